package org.teixit.analysis;

import org.teixit.task.Progress;

/**
 * Burt's constraint on an undirected graph, unweighted, as networkx's {@code constraint(G)}:
 * {@code c(v) = sum over neighbours n of (p(v,n) + sum over w of p(v,w) p(w,n))^2} with {@code p(a,b) =
 * 1/|N(a)|} when b is in a's neighbourhood {@code N(a)}, else 0. As in networkx, a self-loop makes an
 * actor its own neighbour. Actors without any other neighbour (isolates, and actors whose only tie is a
 * self-loop, as networkx 3.x's matrix implementation decides) get {@code NaN}: constraint is undefined.
 * Directed maps are not handled here; the caller reports no constraint for them.
 */
final class ConstraintMeasure {
    static final String MESSAGE = "measures.constraint";
    private static final int CHECK_EVERY = 1024;

    private ConstraintMeasure() {
    }

    static double[] compute(CompactGraph g, Progress progress) {
        if (g.directed) {
            throw new IllegalArgumentException("constraint is computed for undirected graphs only");
        }
        int n = g.n;
        // Neighbourhoods with self-loops, as networkx's neighbour sets have them.
        int[] start = new int[n + 1];
        for (int v = 0; v < n; v++) {
            start[v + 1] = start[v] + g.outDegree(v) + (g.loop[v] ? 1 : 0);
        }
        int[] nbr = new int[start[n]];
        double[] share = new double[n];
        for (int v = 0; v < n; v++) {
            int k = start[v];
            for (int i = g.outStart[v]; i < g.outStart[v + 1]; i++) {
                nbr[k++] = g.out[i];
            }
            if (g.loop[v]) {
                nbr[k] = v;
            }
            int size = start[v + 1] - start[v];
            share[v] = size == 0 ? 0.0 : 1.0 / size;
        }
        double[] constraint = new double[n];
        double[] indirect = new double[n];
        for (int v = 0; v < n; v++) {
            if (v % CHECK_EVERY == 0) {
                progress.checkCancelled();
                progress.update(MESSAGE, v, n);
            }
            if (g.outDegree(v) == 0) {
                constraint[v] = Double.NaN;
                continue;
            }
            // indirect[t] = sum over w in N(v) with t in N(w) of p(v,w) p(w,t)
            for (int a = start[v]; a < start[v + 1]; a++) {
                int w = nbr[a];
                double pvw = share[v] * share[w];
                for (int b = start[w]; b < start[w + 1]; b++) {
                    indirect[nbr[b]] += pvw;
                }
            }
            double c = 0.0;
            for (int a = start[v]; a < start[v + 1]; a++) {
                double local = share[v] + indirect[nbr[a]];
                c += local * local;
            }
            constraint[v] = c;
            for (int a = start[v]; a < start[v + 1]; a++) {
                int w = nbr[a];
                for (int b = start[w]; b < start[w + 1]; b++) {
                    indirect[nbr[b]] = 0.0;
                }
            }
        }
        return constraint;
    }
}
