package org.teixit.analysis.ecosystem;

import java.util.Arrays;
import java.util.Random;

import org.teixit.task.Progress;

/**
 * Communities by the Louvain method (Blondel, Guillaume, Lambiotte and Lefebvre 2008), on the undirected
 * simple graph without self-loops, unweighted, resolution 1 — the graph and settings with which networkx's
 * {@code louvain_communities(G, seed=…)} is compared in the tests (the partition found is at least as good,
 * give or take 0.02 in modularity, on Zachary's karate club and generated graphs).
 *
 * <p>Each level moves actors one at a time, in an order shuffled by a {@link Random} seeded with
 * {@code seed}, to the neighbouring community that raises modularity most (ties broken by the first such
 * community met), until a whole pass moves nobody; then communities become the actors of the next level.
 * It stops when a level moves nobody or raises modularity by less than {@code 1e-7} (networkx's default
 * threshold). The same seed always gives the same communities. O(m) per pass, a few passes per level.
 */
public final class Louvain {
    /** The default seed, the same as the layout's. */
    public static final long DEFAULT_SEED = 42L;
    static final String MESSAGE = "analysis.communities";
    private static final double THRESHOLD = 1e-7;
    private static final double EPSILON = 1e-12;

    private Louvain() {
    }

    /** Communities of {@code g}, found with {@code seed}; checks {@code progress} for a cancel between passes. */
    public static Communities detect(MapGraph g, long seed, Progress progress) {
        int n = g.size();
        Level level = Level.of(g);
        int[] membership = new int[n];
        for (int v = 0; v < n; v++) {
            membership[v] = v;
        }
        Random random = new Random(seed);
        double q = level.modularity(identity(level.n));
        int round = 0;
        while (true) {
            progress.checkCancelled();
            progress.update(MESSAGE, round++, -1);
            int[] comm = level.moveNodes(random, progress);
            int communities = renumber(comm);
            if (communities == level.n) {
                break; // nobody moved
            }
            double next = level.modularity(comm);
            for (int v = 0; v < n; v++) {
                membership[v] = comm[membership[v]];
            }
            if (next - q <= THRESHOLD) {
                q = next;
                break;
            }
            q = next;
            level = level.aggregate(comm, communities);
        }
        return new Communities(g, membership, modularity(g, membership), seed);
    }

    /**
     * Newman's modularity of {@code membership} (community number per actor index) on the undirected simple
     * graph of {@code g} without self-loops, resolution 1: the sum over communities of {@code L_c / m -
     * (d_c / 2m)^2}, with {@code L_c} the edges inside c and {@code d_c} the degrees of its actors. 0 when
     * there are no edges.
     */
    public static double modularity(MapGraph g, int[] membership) {
        return Level.of(g).modularity(membership);
    }

    private static int[] identity(int n) {
        int[] id = new int[n];
        for (int i = 0; i < n; i++) {
            id[i] = i;
        }
        return id;
    }

    /** Renumbers community labels 0.. in order of first appearance; returns the number of communities. */
    private static int renumber(int[] comm) {
        int[] map = new int[comm.length];
        Arrays.fill(map, -1);
        int next = 0;
        for (int i = 0; i < comm.length; i++) {
            if (map[comm[i]] < 0) {
                map[comm[i]] = next++;
            }
            comm[i] = map[comm[i]];
        }
        return next;
    }

    /** One level's weighted graph: CSR without self-loops, plus each node's self-loop weight. */
    private static final class Level {
        final int n;
        final int[] start;
        final int[] nbr;
        final double[] w;
        /** Weight of the edges inside the node (a self-loop counted once). */
        final double[] self;
        /** Weighted degree: incident edge weights plus twice the self weight. */
        final double[] k;
        /** Twice the total edge weight. */
        final double m2;

        Level(int n, int[] start, int[] nbr, double[] w, double[] self) {
            this.n = n;
            this.start = start;
            this.nbr = nbr;
            this.w = w;
            this.self = self;
            k = new double[n];
            double total = 0;
            for (int i = 0; i < n; i++) {
                double d = 2 * self[i];
                for (int e = start[i]; e < start[i + 1]; e++) {
                    d += w[e];
                }
                k[i] = d;
                total += d;
            }
            m2 = total;
        }

        static Level of(MapGraph g) {
            int n = g.size();
            double[] w = new double[g.adj.length];
            Arrays.fill(w, 1.0);
            return new Level(n, g.start, g.adj, w, new double[n]);
        }

        double modularity(int[] comm) {
            if (m2 == 0) {
                return 0.0;
            }
            int c = 0;
            for (int x : comm) {
                c = Math.max(c, x + 1);
            }
            double[] inside = new double[c];
            double[] tot = new double[c];
            for (int i = 0; i < n; i++) {
                int ci = comm[i];
                tot[ci] += k[i];
                inside[ci] += self[i];
                for (int e = start[i]; e < start[i + 1]; e++) {
                    if (comm[nbr[e]] == ci) {
                        inside[ci] += w[e] / 2; // each edge is seen from both ends
                    }
                }
            }
            double m = m2 / 2;
            double q = 0;
            for (int x = 0; x < c; x++) {
                q += inside[x] / m - (tot[x] / m2) * (tot[x] / m2);
            }
            return q;
        }

        /** Louvain's first phase; returns each node's community (not renumbered). */
        int[] moveNodes(Random random, Progress progress) {
            int[] comm = identity(n);
            double[] tot = k.clone();
            if (m2 == 0) {
                return comm;
            }
            int[] order = identity(n);
            for (int i = n - 1; i > 0; i--) { // Fisher–Yates with the seeded generator
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            double[] toComm = new double[n];
            int[] seen = new int[n];
            int[] touched = new int[n];
            Arrays.fill(seen, -1);
            int stamp = 0;
            boolean moved = true;
            while (moved) {
                moved = false;
                progress.checkCancelled();
                for (int idx = 0; idx < n; idx++) {
                    int i = order[idx];
                    int ci = comm[i];
                    stamp++;
                    int count = 0;
                    for (int e = start[i]; e < start[i + 1]; e++) {
                        int c = comm[nbr[e]];
                        if (seen[c] != stamp) {
                            seen[c] = stamp;
                            toComm[c] = 0;
                            touched[count++] = c;
                        }
                        toComm[c] += w[e];
                    }
                    double ki = k[i];
                    tot[ci] -= ki;
                    double own = seen[ci] == stamp ? toComm[ci] : 0.0;
                    int best = ci;
                    double bestGain = own - tot[ci] * ki / m2;
                    for (int t = 0; t < count; t++) {
                        int c = touched[t];
                        double gain = toComm[c] - tot[c] * ki / m2;
                        if (gain > bestGain + EPSILON) {
                            best = c;
                            bestGain = gain;
                        }
                    }
                    tot[best] += ki;
                    if (best != ci) {
                        comm[i] = best;
                        moved = true;
                    }
                }
            }
            return comm;
        }

        /** The next level: one node per community, edge weights summed. */
        Level aggregate(int[] comm, int communities) {
            double[] newSelf = new double[communities];
            int edges = 0;
            long[] keys = new long[nbr.length];
            double[] weights = new double[nbr.length];
            for (int i = 0; i < n; i++) {
                int ci = comm[i];
                newSelf[ci] += self[i];
                for (int e = start[i]; e < start[i + 1]; e++) {
                    int j = nbr[e];
                    int cj = comm[j];
                    if (ci == cj) {
                        newSelf[ci] += w[e] / 2;
                    } else {
                        keys[edges] = (long) ci * communities + cj;
                        weights[edges++] = w[e];
                    }
                }
            }
            Integer[] idx = new Integer[edges];
            for (int e = 0; e < edges; e++) {
                idx[e] = e;
            }
            final long[] k2 = keys;
            Arrays.sort(idx, (a, b) -> Long.compare(k2[a], k2[b]));
            int[] newStart = new int[communities + 1];
            int distinct = 0;
            for (int e = 0; e < edges; e++) {
                if (e == 0 || keys[idx[e]] != keys[idx[e - 1]]) {
                    distinct++;
                }
            }
            int[] newNbr = new int[distinct];
            double[] newW = new double[distinct];
            int d = -1;
            for (int e = 0; e < edges; e++) {
                long key = keys[idx[e]];
                if (e == 0 || key != keys[idx[e - 1]]) {
                    d++;
                    newNbr[d] = (int) (key % communities);
                    newStart[(int) (key / communities) + 1]++;
                }
                newW[d] += weights[idx[e]];
            }
            for (int c = 0; c < communities; c++) {
                newStart[c + 1] += newStart[c];
            }
            return new Level(communities, newStart, newNbr, newW, newSelf);
        }
    }
}
