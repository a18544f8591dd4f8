package org.teixit.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleDirectedGraph;
import org.jgrapht.graph.SimpleGraph;
import org.teixit.model.Actor;
import org.teixit.model.Ecosystem;
import org.teixit.model.Tie;
import org.teixit.task.Progress;

/**
 * What org.teixit.bench needs from this package: JGraphT's own betweenness as a reference (JGraphT stays
 * inside org.teixit.analysis) and a run of the measures on a given number of threads.
 */
public final class BenchSupport {

    private BenchSupport() {
    }

    /** {@link NetworkMeasures#compute} on at most {@code threads} threads. */
    public static MeasuresResult compute(Ecosystem ecosystem, int threads) {
        return NetworkMeasures.compute(ecosystem, Progress.NONE, threads);
    }

    /**
     * JGraphT's {@link BetweennessCentrality} (normalized) of the measured graph, actors in the
     * ecosystem's order; self-loops are left out (they change no shortest path). Note that JGraphT
     * normalizes undirected graphs by {@code (n-1)(n-2)}, half of networkx's, so its values are half ours.
     */
    public static double[] jgraphtBetweenness(Ecosystem ecosystem) {
        boolean directed = CompactGraph.isDirected(ecosystem);
        Graph<String, DefaultEdge> graph = directed ? new SimpleDirectedGraph<>(DefaultEdge.class)
                : new SimpleGraph<>(DefaultEdge.class);
        ecosystem.actors().forEach(a -> graph.addVertex(a.id()));
        for (Tie t : ecosystem.ties()) {
            if (!t.isLoop()) {
                graph.addEdge(t.source(), t.target()); // a repeated edge is refused, i.e. collapsed
            }
        }
        Map<String, Double> scores = new HashMap<>(new BetweennessCentrality<>(graph, true).getScores());
        List<Actor> actors = List.copyOf(ecosystem.actors());
        double[] out = new double[actors.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = scores.get(actors.get(i).id());
        }
        return out;
    }
}
