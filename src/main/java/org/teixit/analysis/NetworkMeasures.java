package org.teixit.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.teixit.model.Actor;
import org.teixit.model.Ecosystem;
import org.teixit.task.CancelledException;
import org.teixit.task.Progress;

/**
 * Computes the network measures of an ecosystem: per actor degree, strength, betweenness, closeness,
 * PageRank, clustering and Burt's constraint; for the whole map density, components, average clustering,
 * degree centralization (undirected) and reciprocity (directed). The values follow networkx's
 * definitions and defaults, so analysts can check them there; see {@link ActorMeasures} and {@link
 * NetworkSummary} for each one.
 *
 * <p><b>Directed or not.</b> A map is measured as a directed network ({@code nx.DiGraph}) when it has
 * ties and every tie is directed; a map without ties, or with at least one undirected tie, is measured as
 * an undirected network ({@code nx.Graph}), its directed ties taken as undirected.
 *
 * <p><b>The measured graph.</b> Ties count once and unweighted: parallel ties between the same actors
 * (same direction, for directed maps) collapse to one edge, as when networkx builds a Graph from an edge
 * list. A self-loop stays in the graph and does what it does in networkx: it adds 2 to the degree and 1
 * to the edge count (density, reciprocity), is a link to oneself for PageRank and a neighbour of oneself
 * for constraint, and is ignored by shortest paths and clustering. Only {@link ActorMeasures#strength()}
 * uses {@code Tie.strength}, summed over every tie.
 *
 * <p><b>Cost.</b> One breadth-first search per actor, spread over all processors: O(n·m) time and
 * O(n) memory per processor, plus at most 64 MB of partial sums. The results are reproducible: bit for
 * bit the same whatever the number of processors. The calling thread is the only one that calls {@code progress}: it
 * reports under the messages {@code measures.paths} (the long part: done/total counts actors),
 * {@code measures.pagerank}, {@code measures.clustering} and {@code measures.constraint}, and stops with {@link
 * CancelledException} between units of work once the user cancels. Pure computation: safe to call from
 * any thread, several at once.
 */
public final class NetworkMeasures {

    private NetworkMeasures() {
    }

    /**
     * @return the measures, actors in the ecosystem's order
     * @throws CancelledException when {@code progress} reports a cancel
     */
    public static MeasuresResult compute(Ecosystem ecosystem, Progress progress) {
        return compute(ecosystem, progress, Runtime.getRuntime().availableProcessors());
    }

    /** As {@link #compute(Ecosystem, Progress)} on at most {@code threads} threads (at least one). */
    static MeasuresResult compute(Ecosystem ecosystem, Progress progress, int threads) {
        Objects.requireNonNull(ecosystem, "ecosystem");
        Objects.requireNonNull(progress, "progress");
        progress.checkCancelled();
        CompactGraph g = CompactGraph.of(ecosystem);
        ShortestPathMeasures.Result paths = ShortestPathMeasures.compute(g, progress, Math.max(1, threads));
        double[] pagerank = PageRankMeasure.compute(g, progress);
        double[] clustering = ClusteringMeasure.compute(g, progress);
        double[] constraint = g.directed ? null : ConstraintMeasure.compute(g, progress);
        progress.checkCancelled();

        return assemble(ecosystem, g, paths.betweenness(), paths.closeness(), pagerank, clustering, constraint);
    }

    /**
     * The same measures, the cheap ones first: once degree, strength, PageRank, clustering and the whole-map
     * summary are known (quick even on large maps), {@code cheapFirst} receives a partial result whose
     * betweenness and closeness are NaN and whose constraint is {@code null}; then the shortest-path
     * measures run on all processors and constraint after them. The values are those of {@link
     * #compute(Ecosystem, Progress)}. {@code cheapFirst} runs on the calling thread.
     *
     * @throws CancelledException when {@code progress} reports a cancel (perhaps after {@code cheapFirst} ran)
     */
    public static MeasuresResult compute(Ecosystem ecosystem, Progress progress, Consumer<MeasuresResult> cheapFirst) {
        Objects.requireNonNull(ecosystem, "ecosystem");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(cheapFirst, "cheapFirst");
        progress.checkCancelled();
        CompactGraph g = CompactGraph.of(ecosystem);
        double[] pagerank = PageRankMeasure.compute(g, progress);
        double[] clustering = ClusteringMeasure.compute(g, progress);
        progress.checkCancelled();
        double[] unknown = new double[g.n];
        java.util.Arrays.fill(unknown, Double.NaN);
        cheapFirst.accept(assemble(ecosystem, g, unknown, unknown, pagerank, clustering, null));
        progress.checkCancelled();
        ShortestPathMeasures.Result paths = ShortestPathMeasures.compute(g, progress,
                Math.max(1, Runtime.getRuntime().availableProcessors()));
        double[] constraint = g.directed ? null : ConstraintMeasure.compute(g, progress);
        progress.checkCancelled();
        return assemble(ecosystem, g, paths.betweenness(), paths.closeness(), pagerank, clustering, constraint);
    }

    private static MeasuresResult assemble(Ecosystem ecosystem, CompactGraph g, double[] betweenness,
                                           double[] closeness, double[] pagerank, double[] clustering,
                                           double[] constraint) {
        NetworkSummary network = new NetworkSummary(g.n, ecosystem.tieCount(), SummaryMeasures.density(g),
                SummaryMeasures.components(g), SummaryMeasures.average(clustering),
                g.directed ? null : SummaryMeasures.degreeCentralization(g),
                g.directed ? SummaryMeasures.reciprocity(g) : null, g.directed);
        List<ActorMeasures> actors = new ArrayList<>(g.n);
        int v = 0;
        for (Actor a : ecosystem.actors()) {
            Double c = constraint == null || Double.isNaN(constraint[v]) ? null : constraint[v];
            actors.add(new ActorMeasures(a.id(), a.label(), g.degree(v), g.strength[v], betweenness[v],
                    closeness[v], pagerank[v], clustering[v], c));
            v++;
        }
        return new MeasuresResult(network, actors);
    }
}
