package org.teixit.analysis.ecosystem;

/**
 * The ecosystem measures of one actor (the network measures are in {@link
 * org.teixit.analysis.ActorMeasures}).
 *
 * @param id         the actor's id
 * @param label      its label
 * @param setting    its setting id, empty when it has none
 * @param coreNumber its k-core number ({@link CoreNumbers})
 * @param community  its community number in {@link EcosystemAnalysis#communities()}
 * @param brokerage  its Gould–Fernandez brokerage roles ({@link Brokerage})
 * @param cutActor   whether the map would split if it left ({@link Structure#cutActors()})
 */
public record ActorRoles(String id, String label, String setting, int coreNumber, int community,
                         BrokerageRoles brokerage, boolean cutActor) {
}
