package org.teixit.analysis;

import java.util.Arrays;
import java.util.List;

import org.teixit.task.Progress;

/**
 * Betweenness and closeness from one breadth-first search per source (Brandes 2001, unweighted), the
 * sources shared out over several threads by {@link ParallelSources}. Matches networkx's {@code
 * betweenness_centrality(G)} (normalized by {@code 1/((n-1)(n-2))} when {@code n > 2}, endpoints excluded)
 * and {@code closeness_centrality(G)} (Wasserman–Faust scaling; on directed graphs incoming distances,
 * which networkx gets by searching the reversed graph and this class by summing, for every target, the
 * distances the searches from all sources found to it). Self-loops never lie on a shortest path and are
 * ignored.
 *
 * <p>Reproducible: sources are cut into {@link #blockCount} contiguous blocks, a number that depends on
 * the size of the graph only, each block sums its sources in order and the blocks are added in order, so
 * the results are bit for bit the same on any number of threads. Memory: 24 bytes per actor per thread
 * for the search, 20 bytes per actor per block for the sums (at most {@link #BLOCK_MEMORY} in all).
 */
final class ShortestPathMeasures {
    static final String MESSAGE = "measures.paths";
    /** Below this much work (n * (n + m)) one thread is quicker than handing out blocks. */
    static final long SMALL_WORK = 100_000;
    static final int MAX_BLOCKS = 64;
    static final long BLOCK_MEMORY = 64L << 20;

    /** Per-actor results, indexed like the graph. */
    record Result(double[] betweenness, double[] closeness) {
    }

    private ShortestPathMeasures() {
    }

    static Result compute(CompactGraph g, Progress progress, int threads) {
        int n = g.n;
        boolean small = (long) n * (n + g.out.length) < SMALL_WORK;
        List<Sums> blocks = ParallelSources.run(n, blockCount(n), small ? 1 : threads, () -> new Search(g),
                () -> new Sums(n), Search::run, progress, MESSAGE);
        double[] betweenness = new double[n];
        long[] distanceSum = new long[n];
        int[] reachedBy = new int[n];
        for (Sums b : blocks) { // in block order, so the sums do not depend on the threads
            for (int v = 0; v < n; v++) {
                betweenness[v] += b.betweenness[v];
                distanceSum[v] += b.distanceSum[v];
                reachedBy[v] += b.reachedBy[v];
            }
        }
        if (n > 2) {
            double scale = 1.0 / ((long) (n - 1) * (n - 2));
            for (int v = 0; v < n; v++) {
                betweenness[v] *= scale;
            }
        }
        double[] closeness = new double[n];
        for (int v = 0; v < n; v++) {
            if (distanceSum[v] > 0 && n > 1) {
                double c = (double) reachedBy[v] / distanceSum[v];
                c *= (double) reachedBy[v] / (n - 1);
                closeness[v] = c;
            }
        }
        return new Result(betweenness, closeness);
    }

    /** Up to 64 blocks of sources, fewer when their sums would take more than {@link #BLOCK_MEMORY}. */
    static int blockCount(int n) {
        long perBlock = Sums.BYTES_PER_ACTOR * Math.max(1L, n);
        return (int) Math.max(1, Math.min(MAX_BLOCKS, BLOCK_MEMORY / perBlock));
    }

    /** What the searches from one block of sources add up to. */
    private static final class Sums {
        static final int BYTES_PER_ACTOR = 8 + 8 + 4;
        final double[] betweenness;
        /** Sum of the distances from every source that reached v, and how many sources did. */
        final long[] distanceSum;
        final int[] reachedBy;

        Sums(int n) {
            betweenness = new double[n];
            distanceSum = new long[n];
            reachedBy = new int[n];
        }
    }

    /** One thread's scratch space for the search from one source at a time. */
    private static final class Search {
        private final CompactGraph g;
        private final int[] dist;
        private final double[] sigma;
        /** (1 + delta(w)) / sigma(w) of the actors whose dependency is known. */
        private final double[] coeff;
        private final int[] order;

        Search(CompactGraph g) {
            this.g = g;
            int n = g.n;
            dist = new int[n];
            Arrays.fill(dist, -1);
            sigma = new double[n];
            coeff = new double[n];
            order = new int[n];
        }

        /** Adds to {@code sums} what the shortest paths from {@code s} contribute. */
        void run(Sums sums, int s) {
            int[] outStart = g.outStart;
            int[] out = g.out;
            // Breadth-first search counting shortest paths; order[] is the queue, read backwards the stack.
            dist[s] = 0;
            sigma[s] = 1.0;
            order[0] = s;
            int head = 0;
            int tail = 1;
            while (head < tail) {
                int v = order[head++];
                int next = dist[v] + 1;
                double sv = sigma[v];
                for (int i = outStart[v], end = outStart[v + 1]; i < end; i++) {
                    int w = out[i];
                    int dw = dist[w];
                    if (dw < 0) {
                        dist[w] = next;
                        sigma[w] = sv;
                        order[tail++] = w;
                    } else if (dw == next) {
                        sigma[w] += sv;
                    }
                }
            }
            // Brandes' dependencies, farthest first, pulled from the successors one step further:
            // delta(v) = sigma(v) * sum over successors w of (1 + delta(w)) / sigma(w).
            long distanceTotal = 0;
            for (int k = tail - 1; k > 0; k--) {
                int v = order[k];
                int dv = dist[v];
                double delta = sigma[v] * successorSum(outStart, out, v, dv + 1);
                coeff[v] = (1.0 + delta) / sigma[v];
                sums.betweenness[v] += delta;
                if (g.directed) { // closeness uses incoming distances: credit the target
                    sums.distanceSum[v] += dv;
                    sums.reachedBy[v]++;
                } else {
                    distanceTotal += dv;
                }
            }
            if (!g.directed) { // symmetric: the source's own distances are its incoming ones
                sums.distanceSum[s] += distanceTotal;
                sums.reachedBy[s] += tail - 1;
            }
            for (int k = 0; k < tail; k++) {
                dist[order[k]] = -1;
            }
        }

        private double successorSum(int[] outStart, int[] out, int v, int next) {
            double sum = 0.0;
            for (int i = outStart[v], end = outStart[v + 1]; i < end; i++) {
                int w = out[i];
                sum += dist[w] == next ? coeff[w] : 0.0;
            }
            return sum;
        }
    }
}
