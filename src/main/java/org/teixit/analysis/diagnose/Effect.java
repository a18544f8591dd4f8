package org.teixit.analysis.diagnose;

import java.util.LinkedHashMap;
import java.util.Map;

import org.teixit.model.CserDimension;

/**
 * What a proposed tie changes, measured by adding it to a copy of the map and recomputing. The structural
 * counts are always measured; the rest only where they apply ({@code null} otherwise).
 *
 * @param componentsBefore            separate parts of the map (connected components) before
 * @param componentsAfter             and after
 * @param isolatesBefore              actors with no tie, before
 * @param isolatesAfter               and after
 * @param cutActorsBefore             articulation points before
 * @param cutActorsAfter              and after
 * @param cutOffBefore                actors that would lose their link with the rest if a cut actor left,
 *                                    summed over cut actors ({@code Structure.cutOffTotal}), before
 * @param cutOffAfter                 and after
 * @param bridgesBefore               ties whose loss splits the map (bridges), before
 * @param bridgesAfter                and after
 * @param peripheralBefore            actors with a single tie, before
 * @param peripheralAfter             and after
 * @param oneWayBefore                pairs tied one way only (an arc with no arc back), before
 * @param oneWayAfter                 and after
 * @param settingA                    the setting of one end, when both ends have one
 * @param settingB                    the setting of the other end
 * @param mesosystemBefore            supportive ties between those settings, before
 * @param mesosystemAfter             and after
 * @param dimension                   the dimension the tie adds, if any
 * @param dimensionTiesBefore         ties in that dimension, before
 * @param dimensionTiesAfter          and after
 * @param topBroker                   the actor with the highest betweenness before, when measured
 * @param topBrokerBetweennessBefore  its betweenness before
 * @param topBrokerBetweennessAfter   and after (measured only for the best candidates on large maps)
 */
public record Effect(int componentsBefore, int componentsAfter, int isolatesBefore, int isolatesAfter,
                     int cutActorsBefore, int cutActorsAfter, int cutOffBefore, int cutOffAfter,
                     int bridgesBefore, int bridgesAfter, int peripheralBefore, int peripheralAfter,
                     int oneWayBefore, int oneWayAfter, String settingA, String settingB,
                     Integer mesosystemBefore, Integer mesosystemAfter, CserDimension dimension,
                     Integer dimensionTiesBefore, Integer dimensionTiesAfter, String topBroker,
                     Double topBrokerBetweennessBefore, Double topBrokerBetweennessAfter) {

    /** This effect with the top broker's betweenness after the tie. */
    Effect withBroker(String broker, double before, double after) {
        return new Effect(componentsBefore, componentsAfter, isolatesBefore, isolatesAfter, cutActorsBefore,
                cutActorsAfter, cutOffBefore, cutOffAfter, bridgesBefore, bridgesAfter, peripheralBefore,
                peripheralAfter, oneWayBefore, oneWayAfter, settingA, settingB,
                mesosystemBefore, mesosystemAfter, dimension, dimensionTiesBefore, dimensionTiesAfter, broker,
                before, after);
    }

    /** The numbers as a JSON-friendly map, leaving out what does not apply. */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("components", pair(componentsBefore, componentsAfter));
        m.put("isolates", pair(isolatesBefore, isolatesAfter));
        m.put("cutActors", pair(cutActorsBefore, cutActorsAfter));
        m.put("actorsHangingOnOne", pair(cutOffBefore, cutOffAfter));
        m.put("bridges", pair(bridgesBefore, bridgesAfter));
        m.put("singleTieActors", pair(peripheralBefore, peripheralAfter));
        m.put("oneWayPairs", pair(oneWayBefore, oneWayAfter));
        if (mesosystemBefore != null) {
            Map<String, Object> meso = new LinkedHashMap<>();
            meso.put("settings", java.util.List.of(settingA, settingB));
            meso.put("before", mesosystemBefore);
            meso.put("after", mesosystemAfter);
            m.put("mesosystem", meso);
        }
        if (dimension != null) {
            Map<String, Object> dim = new LinkedHashMap<>();
            dim.put("dimension", dimension.id());
            dim.put("before", dimensionTiesBefore);
            dim.put("after", dimensionTiesAfter);
            m.put("dimensionTies", dim);
        }
        if (topBroker != null && topBrokerBetweennessAfter != null) {
            Map<String, Object> broker = new LinkedHashMap<>();
            broker.put("actor", topBroker);
            broker.put("before", topBrokerBetweennessBefore);
            broker.put("after", topBrokerBetweennessAfter);
            m.put("topBrokerBetweenness", broker);
        }
        return m;
    }

    private static Map<String, Object> pair(Object before, Object after) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("before", before);
        m.put("after", after);
        return m;
    }
}
