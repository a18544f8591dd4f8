package org.teixit.analysis;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.teixit.model.Actor;
import org.teixit.model.Ecosystem;
import org.teixit.model.Tie;

/**
 * The measured graph of an ecosystem as int-indexed adjacency arrays (compressed sparse rows): actor
 * {@code i} is the ecosystem's i-th actor. Parallel ties collapse to one edge; self-loops are kept apart
 * in {@link #loop} so that the neighbour lists hold distinct other actors only, sorted by index. For
 * undirected graphs the in-lists are the out-lists. Immutable once built; the arrays are shared, not
 * copied, so callers must not change them.
 */
final class CompactGraph {
    final int n;
    final boolean directed;
    /** Out-neighbours of v: {@code out[outStart[v]] .. out[outStart[v + 1] - 1]}. */
    final int[] outStart;
    final int[] out;
    /** In-neighbours of v, the same arrays as the out-lists when undirected. */
    final int[] inStart;
    final int[] in;
    /** Whether v has a self-loop. */
    final boolean[] loop;
    final int loops;
    /** Sum of tie strengths at each actor, parallel ties included, a self-loop twice. */
    final double[] strength;

    private CompactGraph(int n, boolean directed, int[] outStart, int[] out, int[] inStart, int[] in,
                         boolean[] loop, int loops, double[] strength) {
        this.n = n;
        this.directed = directed;
        this.outStart = outStart;
        this.out = out;
        this.inStart = inStart;
        this.in = in;
        this.loop = loop;
        this.loops = loops;
        this.strength = strength;
    }

    /** A map is measured as directed when it has ties and every one of them is directed. */
    static boolean isDirected(Ecosystem ecosystem) {
        return ecosystem.tieCount() > 0 && ecosystem.ties().stream().allMatch(Tie::directed);
    }

    static CompactGraph of(Ecosystem ecosystem) {
        int n = ecosystem.actorCount();
        boolean directed = isDirected(ecosystem);
        Map<String, Integer> index = new HashMap<>(n * 2);
        for (Actor a : ecosystem.actors()) {
            index.put(a.id(), index.size());
        }
        boolean[] loop = new boolean[n];
        double[] strength = new double[n];
        long[] keys = new long[ecosystem.tieCount() * (directed ? 1 : 2)];
        int k = 0;
        for (Tie t : ecosystem.ties()) {
            int s = index.get(t.source());
            int d = index.get(t.target());
            strength[s] += t.strength();
            strength[d] += t.strength();
            if (s == d) {
                loop[s] = true;
                continue;
            }
            keys[k++] = (long) s * n + d;
            if (!directed) {
                keys[k++] = (long) d * n + s;
            }
        }
        long[] pairs = distinctSorted(keys, k);
        int[] outStart = new int[n + 1];
        int[] out = new int[pairs.length];
        for (int i = 0; i < pairs.length; i++) {
            outStart[(int) (pairs[i] / n) + 1]++;
            out[i] = (int) (pairs[i] % n);
        }
        for (int v = 0; v < n; v++) {
            outStart[v + 1] += outStart[v];
        }
        int loops = 0;
        for (boolean l : loop) {
            loops += l ? 1 : 0;
        }
        if (!directed) {
            return new CompactGraph(n, false, outStart, out, outStart, out, loop, loops, strength);
        }
        int[] inStart = new int[n + 1];
        for (int target : out) {
            inStart[target + 1]++;
        }
        for (int v = 0; v < n; v++) {
            inStart[v + 1] += inStart[v];
        }
        int[] fill = Arrays.copyOf(inStart, n);
        int[] in = new int[out.length];
        for (int v = 0; v < n; v++) {
            for (int i = outStart[v]; i < outStart[v + 1]; i++) {
                in[fill[out[i]]++] = v; // sources arrive in increasing order, so in-lists are sorted
            }
        }
        return new CompactGraph(n, true, outStart, out, inStart, in, loop, loops, strength);
    }

    private static long[] distinctSorted(long[] keys, int count) {
        long[] sorted = Arrays.copyOf(keys, count);
        Arrays.sort(sorted);
        int m = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (m == 0 || sorted[i] != sorted[m - 1]) {
                sorted[m++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, m);
    }

    int outDegree(int v) {
        return outStart[v + 1] - outStart[v];
    }

    int inDegree(int v) {
        return inStart[v + 1] - inStart[v];
    }

    /** {@code G.degree(v)} in networkx: a self-loop counts twice; directed: in + out. */
    int degree(int v) {
        int self = loop[v] ? 2 : 0;
        return directed ? outDegree(v) + inDegree(v) + self : outDegree(v) + self;
    }

    /** {@code G.number_of_edges()}: distinct edges, self-loops included. */
    long edgeCount() {
        return (directed ? out.length : out.length / 2) + (long) loops;
    }

    /** Whether the edge {@code u -> v} exists (any edge between them when undirected); no self-loops. */
    boolean hasEdge(int u, int v) {
        return Arrays.binarySearch(out, outStart[u], outStart[u + 1], v) >= 0;
    }
}
