package org.teixit.analysis;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything {@link NetworkMeasures#compute} found: the whole-network figures and one row per actor.
 *
 * @param network the whole-network summary
 * @param actors  one entry per actor, in the ecosystem's actor order
 */
public record MeasuresResult(NetworkSummary network, List<ActorMeasures> actors) {

    public MeasuresResult {
        Objects.requireNonNull(network, "network");
        actors = List.copyOf(actors);
    }

    /** The measures of the actor with this id, if the ecosystem had it. */
    public Optional<ActorMeasures> actor(String id) {
        return actors.stream().filter(a -> a.id().equals(id)).findFirst();
    }
}
