package org.teixit.analysis;

import java.util.Objects;

import org.teixit.model.Ecosystem;
import org.teixit.task.Progress;

/**
 * Betweenness on its own, for callers that need it again and again on slightly changed maps (the effect of a
 * proposed tie) and not the rest of {@link NetworkMeasures}. Same definition, graph and threads as {@link
 * NetworkMeasures#compute}: {@code nx.betweenness_centrality}, normalized, unweighted, all processors,
 * reproducible. Reports under {@code measures.paths} and honours cancellation.
 */
public final class PathMeasures {
    private PathMeasures() {
    }

    /** Normalized betweenness of every actor, in the ecosystem's actor order. */
    public static double[] betweenness(Ecosystem ecosystem, Progress progress) {
        Objects.requireNonNull(ecosystem, "ecosystem");
        progress.checkCancelled();
        CompactGraph g = CompactGraph.of(ecosystem);
        return ShortestPathMeasures.compute(g, progress, Runtime.getRuntime().availableProcessors()).betweenness();
    }
}
