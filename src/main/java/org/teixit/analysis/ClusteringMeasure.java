package org.teixit.analysis;

import org.teixit.task.Progress;

/**
 * The local clustering coefficient, as networkx's {@code clustering(G)} without weights; self-loops are
 * ignored. Undirected: the share of pairs of neighbours that are linked, {@code 2T / (d(d-1))}. Directed:
 * Fagiolo's (2007) coefficient, {@code T / (2 (d_tot (d_tot - 1) - 2 d_bi))}, with {@code T} the directed
 * triangles through the actor, {@code d_tot} its in-degree plus out-degree and {@code d_bi} the number of
 * reciprocated ties.
 */
final class ClusteringMeasure {
    static final String MESSAGE = "measures.clustering";
    private static final int CHECK_EVERY = 1024;

    private ClusteringMeasure() {
    }

    static double[] compute(CompactGraph g, Progress progress) {
        return g.directed ? directed(g, progress) : undirected(g, progress);
    }

    private static double[] undirected(CompactGraph g, Progress progress) {
        int n = g.n;
        double[] clustering = new double[n];
        int[] mark = new int[n];
        for (int v = 0; v < n; v++) {
            checkpoint(progress, v, n);
            int d = g.outDegree(v);
            if (d < 2) {
                continue;
            }
            int stamp = v + 1;
            for (int i = g.outStart[v]; i < g.outStart[v + 1]; i++) {
                mark[g.out[i]] = stamp;
            }
            long twiceTriangles = 0;
            for (int i = g.outStart[v]; i < g.outStart[v + 1]; i++) {
                int u = g.out[i];
                for (int j = g.outStart[u]; j < g.outStart[u + 1]; j++) {
                    if (mark[g.out[j]] == stamp) {
                        twiceTriangles++;
                    }
                }
            }
            clustering[v] = twiceTriangles == 0 ? 0.0 : twiceTriangles / (double) ((long) d * (d - 1));
        }
        return clustering;
    }

    private static double[] directed(CompactGraph g, Progress progress) {
        int n = g.n;
        double[] clustering = new double[n];
        int[] pred = new int[n];
        int[] succ = new int[n];
        for (int i = 0; i < n; i++) {
            checkpoint(progress, i, n);
            int stamp = i + 1;
            for (int k = g.inStart[i]; k < g.inStart[i + 1]; k++) {
                pred[g.in[k]] = stamp;
            }
            long reciprocated = 0;
            for (int k = g.outStart[i]; k < g.outStart[i + 1]; k++) {
                succ[g.out[k]] = stamp;
                reciprocated += pred[g.out[k]] == stamp ? 1 : 0;
            }
            // As networkx: for each j in preds(i) then succs(i) (a reciprocated neighbour twice), every
            // k in preds(j) then succs(j) counts once for each of preds(i), succs(i) that holds it.
            long triangles = 0;
            triangles += countAround(g, g.inStart, g.in, i, pred, succ, stamp);
            triangles += countAround(g, g.outStart, g.out, i, pred, succ, stamp);
            long total = g.inDegree(i) + g.outDegree(i);
            clustering[i] = triangles == 0 ? 0.0
                    : triangles / (double) ((total * (total - 1) - 2 * reciprocated) * 2);
        }
        return clustering;
    }

    private static long countAround(CompactGraph g, int[] start, int[] list, int i, int[] pred, int[] succ,
                                    int stamp) {
        long count = 0;
        for (int a = start[i]; a < start[i + 1]; a++) {
            int j = list[a];
            for (int b = g.inStart[j]; b < g.inStart[j + 1]; b++) {
                int k = g.in[b];
                count += (pred[k] == stamp ? 1 : 0) + (succ[k] == stamp ? 1 : 0);
            }
            for (int b = g.outStart[j]; b < g.outStart[j + 1]; b++) {
                int k = g.out[b];
                count += (pred[k] == stamp ? 1 : 0) + (succ[k] == stamp ? 1 : 0);
            }
        }
        return count;
    }

    private static void checkpoint(Progress progress, int done, int total) {
        if (done % CHECK_EVERY == 0) {
            progress.checkCancelled();
            progress.update(MESSAGE, done, total);
        }
    }
}
