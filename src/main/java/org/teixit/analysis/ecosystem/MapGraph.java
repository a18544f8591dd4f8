package org.teixit.analysis.ecosystem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.teixit.model.Actor;
import org.teixit.model.Ecosystem;
import org.teixit.model.Term;
import org.teixit.model.Tie;
import org.teixit.model.VocabularyCategory;

/**
 * An ecosystem as int-indexed adjacency arrays for the ecosystem measures: actor {@code i} is the
 * ecosystem's i-th actor. It holds two graphs over the same actors:
 * <ul>
 *   <li>the <b>undirected simple graph</b>: one edge per pair of distinct actors tied by at least one tie,
 *       whatever its direction; self-loops left out. Components, cut actors, k-cores, communities and the
 *       E-I index use it. {@link #multiplicity} says how many ties join a pair (for bridges).</li>
 *   <li>the <b>directed graph</b> of arcs: a directed tie is one arc, an undirected tie an arc each way;
 *       parallel arcs collapse, self-loops left out. Brokerage and one-sided ties use it.</li>
 * </ul>
 * Each actor also belongs to one <b>setting group</b>: the settings that actors use, in the vocabulary's
 * order, then one group for actors without a setting ({@link #NO_SETTING}) if there are any.
 *
 * <p>Immutable; the arrays are never handed out. Building costs O(m log m); {@link #withEdge} copies the
 * arrays once (O(n + m)), which is what measuring the effect of a proposed tie needs.
 */
public final class MapGraph {
    /** The group of actors without a setting. */
    public static final String NO_SETTING = "";

    private final String[] ids;
    private final String[] labels;
    private final Map<String, Integer> index;
    private final boolean directedMap;
    private final List<String> groups;
    private final int[] groupOf;
    /** Undirected simple graph (CSR), neighbour lists sorted. */
    final int[] start;
    final int[] adj;
    /** Number of ties (of any direction, no loops) between v and adj[i], parallel to adj. */
    final int[] multiplicity;
    /** Directed arcs (CSR), sorted. */
    final int[] outStart;
    final int[] out;
    final int[] inStart;
    final int[] in;

    private MapGraph(String[] ids, String[] labels, Map<String, Integer> index, boolean directedMap,
                     List<String> groups, int[] groupOf, int[] start, int[] adj, int[] multiplicity,
                     int[] outStart, int[] out, int[] inStart, int[] in) {
        this.ids = ids;
        this.labels = labels;
        this.index = index;
        this.directedMap = directedMap;
        this.groups = groups;
        this.groupOf = groupOf;
        this.start = start;
        this.adj = adj;
        this.multiplicity = multiplicity;
        this.outStart = outStart;
        this.out = out;
        this.inStart = inStart;
        this.in = in;
    }

    /** Whether a map is measured as directed: it has ties and all of them are directed (as NetworkMeasures). */
    public static boolean isDirectedMap(Ecosystem ecosystem) {
        return ecosystem.tieCount() > 0 && ecosystem.ties().stream().allMatch(Tie::directed);
    }

    public static MapGraph of(Ecosystem ecosystem) {
        int n = ecosystem.actorCount();
        String[] ids = new String[n];
        String[] labels = new String[n];
        Map<String, Integer> index = new HashMap<>(n * 2);
        Set<String> used = new LinkedHashSet<>();
        boolean unset = false;
        int i = 0;
        for (Actor a : ecosystem.actors()) {
            ids[i] = a.id();
            labels[i] = a.label();
            index.put(a.id(), i++);
            if (a.setting().isEmpty()) {
                unset = true;
            } else {
                used.add(a.setting());
            }
        }
        List<String> groups = new ArrayList<>();
        for (Term t : ecosystem.vocabulary().terms(VocabularyCategory.SETTING)) {
            if (used.contains(t.id())) {
                groups.add(t.id());
            }
        }
        used.stream().filter(s -> !groups.contains(s)).forEach(groups::add); // cannot happen after build()
        if (unset) {
            groups.add(NO_SETTING);
        }
        Map<String, Integer> groupIndex = new HashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            groupIndex.put(groups.get(g), g);
        }
        int[] groupOf = new int[n];
        i = 0;
        for (Actor a : ecosystem.actors()) {
            groupOf[i++] = groupIndex.get(a.setting());
        }
        int m = ecosystem.tieCount();
        int[] src = new int[m];
        int[] dst = new int[m];
        boolean[] directed = new boolean[m];
        int k = 0;
        for (Tie t : ecosystem.ties()) {
            src[k] = index.get(t.source());
            dst[k] = index.get(t.target());
            directed[k] = t.directed();
            k++;
        }
        return build(ids, labels, index, isDirectedMap(ecosystem), Collections.unmodifiableList(groups), groupOf,
                src, dst, directed, m);
    }

    private static MapGraph build(String[] ids, String[] labels, Map<String, Integer> index, boolean directedMap,
                                  List<String> groups, int[] groupOf, int[] src, int[] dst, boolean[] directed,
                                  int m) {
        int n = ids.length;
        long[] pairs = new long[2 * m];
        long[] arcs = new long[2 * m];
        int p = 0;
        int a = 0;
        for (int t = 0; t < m; t++) {
            int s = src[t];
            int d = dst[t];
            if (s == d) {
                continue;
            }
            pairs[p++] = (long) s * n + d;
            pairs[p++] = (long) d * n + s;
            arcs[a++] = (long) s * n + d;
            if (!directed[t]) {
                arcs[a++] = (long) d * n + s;
            }
        }
        Arrays.sort(pairs, 0, p);
        int[] start = new int[n + 1];
        int distinct = 0;
        for (int i = 0; i < p; i++) {
            if (i == 0 || pairs[i] != pairs[i - 1]) {
                distinct++;
            }
        }
        int[] adj = new int[distinct];
        int[] multiplicity = new int[distinct];
        int e = -1;
        for (int i = 0; i < p; i++) {
            if (i == 0 || pairs[i] != pairs[i - 1]) {
                e++;
                adj[e] = (int) (pairs[i] % n);
                start[(int) (pairs[i] / n) + 1]++;
            }
            multiplicity[e]++;
        }
        for (int v = 0; v < n; v++) {
            start[v + 1] += start[v];
        }
        Arrays.sort(arcs, 0, a);
        int[] outStart = new int[n + 1];
        int arcCount = 0;
        for (int i = 0; i < a; i++) {
            if (i == 0 || arcs[i] != arcs[i - 1]) {
                arcCount++;
            }
        }
        int[] out = new int[arcCount];
        int o = 0;
        for (int i = 0; i < a; i++) {
            if (i == 0 || arcs[i] != arcs[i - 1]) {
                out[o++] = (int) (arcs[i] % n);
                outStart[(int) (arcs[i] / n) + 1]++;
            }
        }
        for (int v = 0; v < n; v++) {
            outStart[v + 1] += outStart[v];
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
                in[fill[out[i]]++] = v; // sources in increasing order: in-lists come out sorted
            }
        }
        return new MapGraph(ids, labels, index, directedMap, groups, groupOf, start, adj, multiplicity,
                outStart, out, inStart, in);
    }

    /**
     * This graph plus one tie between {@code u} and {@code v} (a loop is ignored), as if it were on the map:
     * an undirected tie unless {@code directed}. Actors and groups stay the same. Copies the arrays once,
     * inserting the new neighbours in place: O(n + m), no sorting.
     */
    public MapGraph withEdge(int u, int v, boolean directed) {
        if (u == v) {
            return this;
        }
        int[][] und = {start, adj, multiplicity};
        und = insert(und[0], und[1], und[2], u, v);
        und = insert(und[0], und[1], und[2], v, u);
        int[][] outs = insert(outStart, out, null, u, v);
        int[][] ins = insert(inStart, in, null, v, u);
        if (!directed) {
            outs = insert(outs[0], outs[1], null, v, u);
            ins = insert(ins[0], ins[1], null, u, v);
        }
        return new MapGraph(ids, labels, index, directedMap && directed, groups, groupOf, und[0], und[1], und[2],
                outs[0], outs[1], ins[0], ins[1]);
    }

    /**
     * Adds y to x's sorted list (CSR {@code start}/{@code list}); with {@code counts}, counts one more tie
     * (1 for a new entry). Returns {start, list, counts}, the same arrays when nothing changes.
     */
    private static int[][] insert(int[] start, int[] list, int[] counts, int x, int y) {
        int at = Arrays.binarySearch(list, start[x], start[x + 1], y);
        if (at >= 0) {
            if (counts == null) {
                return new int[][] {start, list, null};
            }
            int[] more = counts.clone();
            more[at]++;
            return new int[][] {start, list, more};
        }
        int pos = -at - 1;
        int[] newStart = start.clone();
        for (int i = x + 1; i < newStart.length; i++) {
            newStart[i]++;
        }
        int[] newList = new int[list.length + 1];
        System.arraycopy(list, 0, newList, 0, pos);
        newList[pos] = y;
        System.arraycopy(list, pos, newList, pos + 1, list.length - pos);
        int[] newCounts = null;
        if (counts != null) {
            newCounts = new int[counts.length + 1];
            System.arraycopy(counts, 0, newCounts, 0, pos);
            newCounts[pos] = 1;
            System.arraycopy(counts, pos, newCounts, pos + 1, counts.length - pos);
        }
        return new int[][] {newStart, newList, newCounts};
    }

    /** Number of actors. */
    public int size() {
        return ids.length;
    }

    public String id(int v) {
        return ids[v];
    }

    public String label(int v) {
        return labels[v];
    }

    /** The index of the actor with this id, or -1. */
    public int index(String id) {
        Integer i = index.get(id);
        return i == null ? -1 : i;
    }

    /** Whether the map is measured as directed (every tie directed). */
    public boolean directedMap() {
        return directedMap;
    }

    /** The setting groups, in vocabulary order; {@link #NO_SETTING} last when some actor has no setting. */
    public List<String> groups() {
        return groups;
    }

    /** The index in {@link #groups()} of v's setting group. */
    public int group(int v) {
        return groupOf[v];
    }

    /** Neighbours of v in the undirected simple graph. */
    public int degree(int v) {
        return start[v + 1] - start[v];
    }

    /** Number of edges of the undirected simple graph. */
    public int edgeCount() {
        return adj.length / 2;
    }

    /** The i-th neighbour of v (0 &lt;= i &lt; degree(v)), in increasing index order. */
    public int neighbour(int v, int i) {
        return adj[start[v] + i];
    }

    /** Whether u and v are tied (any direction). */
    public boolean adjacent(int u, int v) {
        return Arrays.binarySearch(adj, start[u], start[u + 1], v) >= 0;
    }

    /** How many ties (no loops, any direction) join u and v. */
    public int ties(int u, int v) {
        int i = Arrays.binarySearch(adj, start[u], start[u + 1], v);
        return i >= 0 ? multiplicity[i] : 0;
    }

    /** Whether there is an arc u → v: a directed tie from u to v or an undirected tie between them. */
    public boolean hasArc(int u, int v) {
        return Arrays.binarySearch(out, outStart[u], outStart[u + 1], v) >= 0;
    }

    public int outDegree(int v) {
        return outStart[v + 1] - outStart[v];
    }

    public int inDegree(int v) {
        return inStart[v + 1] - inStart[v];
    }
}
