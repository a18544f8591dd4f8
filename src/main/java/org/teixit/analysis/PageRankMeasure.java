package org.teixit.analysis;

import java.util.Arrays;

import org.teixit.task.Progress;

/**
 * PageRank by power iteration, as networkx's {@code pagerank(G)} with its defaults and no weights: alpha
 * 0.85, uniform start, personalization and dangling distribution, stop once the L1 change of an
 * iteration is below {@code n * 1e-6}, at most 100 iterations. An undirected edge is a link both ways; a
 * self-loop is a link to oneself (as in networkx's adjacency matrix); actors without out-links
 * (dangling) spread their rank evenly over all actors.
 */
final class PageRankMeasure {
    static final String MESSAGE = "measures.pagerank";
    static final double ALPHA = 0.85;
    static final double TOLERANCE = 1e-6;
    static final int MAX_ITERATIONS = 100;

    private PageRankMeasure() {
    }

    static double[] compute(CompactGraph g, Progress progress) {
        int n = g.n;
        if (n == 0) {
            return new double[0];
        }
        double[] inverseOut = new double[n];
        for (int v = 0; v < n; v++) {
            int links = g.outDegree(v) + (g.loop[v] ? 1 : 0);
            inverseOut[v] = links == 0 ? 0.0 : 1.0 / links;
        }
        double p = 1.0 / n;
        double[] x = new double[n];
        Arrays.fill(x, p);
        double[] next = new double[n];
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            progress.checkCancelled();
            progress.update(MESSAGE, iteration, MAX_ITERATIONS);
            double dangling = 0.0;
            for (int v = 0; v < n; v++) {
                if (inverseOut[v] == 0.0) {
                    dangling += x[v];
                }
            }
            double err = 0.0;
            for (int v = 0; v < n; v++) {
                double sum = g.loop[v] ? x[v] * inverseOut[v] : 0.0;
                for (int i = g.inStart[v], end = g.inStart[v + 1]; i < end; i++) {
                    int u = g.in[i];
                    sum += x[u] * inverseOut[u];
                }
                next[v] = ALPHA * (sum + dangling * p) + (1 - ALPHA) * p;
                err += Math.abs(next[v] - x[v]);
            }
            double[] swap = x;
            x = next;
            next = swap;
            if (err < n * TOLERANCE) {
                break;
            }
        }
        // networkx raises PowerIterationFailedConvergence after 100 iterations; with alpha 0.85 the L1
        // change shrinks by 0.85 per iteration and is below 2e-7 by then, so that cannot happen here.
        progress.update(MESSAGE, MAX_ITERATIONS, MAX_ITERATIONS);
        return x;
    }
}
