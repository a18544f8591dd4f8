package org.teixit.analysis.ecosystem;

/**
 * The k-core number of every actor, as networkx's {@code core_number} on the undirected simple graph
 * without self-loops: the largest k such that the actor belongs to a subgraph in which every actor has at
 * least k neighbours. Batagelj and Zaversnik's O(n + m) bucket algorithm.
 */
public final class CoreNumbers {
    private CoreNumbers() {
    }

    /** Core numbers, indexed like {@code g}. */
    public static int[] of(MapGraph g) {
        int n = g.size();
        int[] degree = new int[n];
        int max = 0;
        for (int v = 0; v < n; v++) {
            degree[v] = g.degree(v);
            max = Math.max(max, degree[v]);
        }
        int[] binStart = new int[max + 2];
        for (int v = 0; v < n; v++) {
            binStart[degree[v] + 1]++;
        }
        for (int d = 0; d <= max; d++) {
            binStart[d + 1] += binStart[d];
        }
        int[] order = new int[n];
        int[] position = new int[n];
        int[] fill = binStart.clone();
        for (int v = 0; v < n; v++) {
            position[v] = fill[degree[v]]++;
            order[position[v]] = v;
        }
        // binStart[d] is where actors of current degree d begin in order[]; process in order.
        for (int i = 0; i < n; i++) {
            int v = order[i];
            for (int k = 0; k < g.degree(v); k++) {
                int u = g.neighbour(v, k);
                if (degree[u] > degree[v]) {
                    int du = degree[u];
                    int pu = position[u];
                    int pw = binStart[du];
                    int w = order[pw];
                    if (u != w) { // swap u to the front of its bin
                        order[pu] = w;
                        position[w] = pu;
                        order[pw] = u;
                        position[u] = pw;
                    }
                    binStart[du]++;
                    degree[u]--;
                }
            }
        }
        return degree;
    }
}
