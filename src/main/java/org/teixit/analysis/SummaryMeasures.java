package org.teixit.analysis;

/** The whole-network figures that need no search: density, components, reciprocity, centralization. */
final class SummaryMeasures {

    private SummaryMeasures() {
    }

    /** {@code nx.density}: {@code m / (n(n-1))}, doubled when undirected; 0 when {@code n <= 1} or no edge. */
    static double density(CompactGraph g) {
        long m = g.edgeCount();
        long n = g.n;
        if (m == 0 || n <= 1) {
            return 0.0;
        }
        double d = m / (double) (n * (n - 1));
        return g.directed ? d : d * 2;
    }

    /** Connected components, weakly connected when directed; an isolate is a component. */
    static int components(CompactGraph g) {
        int[] parent = new int[g.n];
        for (int v = 0; v < g.n; v++) {
            parent[v] = v;
        }
        int components = g.n;
        for (int v = 0; v < g.n; v++) {
            for (int i = g.outStart[v]; i < g.outStart[v + 1]; i++) {
                int a = root(parent, v);
                int b = root(parent, g.out[i]);
                if (a != b) {
                    parent[a] = b;
                    components--;
                }
            }
        }
        return components;
    }

    private static int root(int[] parent, int v) {
        while (parent[v] != v) {
            parent[v] = parent[parent[v]];
            v = parent[v];
        }
        return v;
    }

    /**
     * {@code nx.reciprocity} of a directed graph: the share of edges whose reverse is an edge too;
     * self-loops count as edges that are not reciprocated. 0 when there are no edges (networkx raises).
     */
    static double reciprocity(CompactGraph g) {
        long m = g.edgeCount();
        if (m == 0) {
            return 0.0;
        }
        long reciprocated = 0;
        for (int v = 0; v < g.n; v++) {
            for (int i = g.outStart[v]; i < g.outStart[v + 1]; i++) {
                reciprocated += g.hasEdge(g.out[i], v) ? 1 : 0;
            }
        }
        return reciprocated / (double) m;
    }

    /**
     * Freeman degree centralization of an undirected graph: {@code sum over v of (maxDegree - degree(v))
     * / ((n-1)(n-2))}, the observed spread of degrees over a star's; 0 when {@code n < 3}. Degrees as
     * {@link CompactGraph#degree}, so a self-loop adds 2.
     */
    static double degreeCentralization(CompactGraph g) {
        long n = g.n;
        if (n < 3) {
            return 0.0;
        }
        int max = 0;
        for (int v = 0; v < g.n; v++) {
            max = Math.max(max, g.degree(v));
        }
        long spread = 0;
        for (int v = 0; v < g.n; v++) {
            spread += max - g.degree(v);
        }
        return spread / (double) ((n - 1) * (n - 2));
    }

    /** {@code nx.average_clustering}: the plain mean over all actors; 0 when there are none. */
    static double average(double[] values) {
        if (values.length == 0) {
            return 0.0;
        }
        double sum = 0.0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }
}
