package org.teixit.analysis.ecosystem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How a map holds together, on its undirected simple graph (see {@link MapGraph}): connected components
 * (weak, for directed maps, as networkx's {@code number_connected_components} of the undirected graph),
 * isolates, <b>cut actors</b> (articulation points: if one leaves, its part of the map splits) and
 * <b>bridges</b> (ties whose loss splits the map; a pair joined by two or more ties is never a bridge, as
 * networkx's {@code bridges} of the multigraph). One iterative depth-first search, O(n + m), no recursion.
 *
 * @param components number of connected components; an isolate is one
 * @param isolates   actors with no tie to another actor (a self-loop does not count), in map order
 * @param cutActors  articulation points, in map order
 * @param bridges    bridge ties as pairs of actors, in the order the search met them
 */
public record Structure(int components, List<String> isolates, List<CutActor> cutActors, List<Bridge> bridges,
                        int[] componentOf, int[] componentSize) {

    /**
     * An articulation point.
     *
     * @param id     the actor
     * @param cutOff how many actors would lose their link with the largest part that remains if it left
     * @param pieces into how many parts its component (without it) would fall
     */
    public record CutActor(String id, int cutOff, int pieces) {
    }

    /**
     * A bridge: the only tie between two sides of its component.
     *
     * @param source    one end (the one nearer the search's start)
     * @param target    the other end
     * @param smallSide actors on the smaller side
     * @param largeSide actors on the larger side
     */
    public record Bridge(String source, String target, int smallSide, int largeSide) {
    }

    public Structure {
        isolates = List.copyOf(isolates);
        cutActors = List.copyOf(cutActors);
        bridges = List.copyOf(bridges);
        componentOf = componentOf.clone();
        componentSize = componentSize.clone();
    }

    /** The component (0-based, numbered in the order of their first actor) of actor index v. */
    public int componentOf(int v) {
        return componentOf[v];
    }

    /** Number of actors in the component of actor index v. */
    public int componentSizeOf(int v) {
        return componentSize[componentOf[v]];
    }

    /**
     * How many actors hang on a single other actor, counted per cut actor: the sum of {@link
     * CutActor#cutOff()} over all cut actors (an actor behind two cut actors counts twice).
     */
    public int cutOffTotal() {
        return cutActors.stream().mapToInt(CutActor::cutOff).sum();
    }

    /** The size of the largest component (0 for an empty map). */
    public int largestComponent() {
        return Arrays.stream(componentSize).max().orElse(0);
    }

    @Override
    public int[] componentOf() {
        return componentOf.clone();
    }

    @Override
    public int[] componentSize() {
        return componentSize.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Structure s && components == s.components && isolates.equals(s.isolates)
                && cutActors.equals(s.cutActors) && bridges.equals(s.bridges)
                && Arrays.equals(componentOf, s.componentOf);
    }

    @Override
    public int hashCode() {
        return (components * 31 + cutActors.hashCode()) * 31 + bridges.hashCode();
    }

    @Override
    public String toString() {
        return "Structure[components=" + components + ", isolates=" + isolates.size() + ", cutActors="
                + cutActors.size() + ", bridges=" + bridges.size() + "]";
    }

    public static Structure of(MapGraph g) {
        int n = g.size();
        int[] disc = new int[n];
        int[] low = new int[n];
        int[] parent = new int[n];
        int[] parentEdge = new int[n];
        int[] next = new int[n];
        int[] sub = new int[n];
        // Per actor: parts its removal would separate among its DFS children, their total size and the largest.
        int[] sepCount = new int[n];
        int[] sepSum = new int[n];
        int[] sepMax = new int[n];
        int[] comp = new int[n];
        int[] stack = new int[n];
        Arrays.fill(disc, -1);
        List<Integer> sizes = new ArrayList<>();
        List<String> isolates = new ArrayList<>();
        List<Bridge> bridgeList = new ArrayList<>();
        List<int[]> bridgeEnds = new ArrayList<>();
        int time = 0;
        for (int r = 0; r < n; r++) {
            if (disc[r] >= 0) {
                continue;
            }
            int c = sizes.size();
            int firstBridge = bridgeList.size();
            int top = 0;
            stack[top++] = r;
            disc[r] = low[r] = time++;
            parent[r] = -1;
            next[r] = g.start[r];
            sub[r] = 1;
            comp[r] = c;
            while (top > 0) {
                int v = stack[top - 1];
                if (next[v] < g.start[v + 1]) {
                    int i = next[v]++;
                    int w = g.adj[i];
                    if (disc[w] < 0) {
                        disc[w] = low[w] = time++;
                        parent[w] = v;
                        parentEdge[w] = i;
                        next[w] = g.start[w];
                        sub[w] = 1;
                        comp[w] = c;
                        stack[top++] = w;
                    } else if (w != parent[v]) {
                        low[v] = Math.min(low[v], disc[w]);
                    }
                } else {
                    top--;
                    int p = parent[v];
                    if (p >= 0) {
                        low[p] = Math.min(low[p], low[v]);
                        sub[p] += sub[v];
                        if (low[v] >= disc[p]) {
                            sepCount[p]++;
                            sepSum[p] += sub[v];
                            sepMax[p] = Math.max(sepMax[p], sub[v]);
                        }
                        if (low[v] > disc[p] && g.multiplicity[parentEdge[v]] == 1) {
                            bridgeEnds.add(new int[] {p, v, sub[v]});
                            bridgeList.add(null);
                        }
                    }
                }
            }
            int size = sub[r];
            sizes.add(size);
            if (size == 1) {
                isolates.add(g.id(r));
            }
            for (int b = firstBridge; b < bridgeList.size(); b++) {
                int[] e = bridgeEnds.get(b);
                int side = e[2];
                bridgeList.set(b, new Bridge(g.id(e[0]), g.id(e[1]), Math.min(side, size - side),
                        Math.max(side, size - side)));
            }
        }
        int[] componentSize = sizes.stream().mapToInt(Integer::intValue).toArray();
        List<CutActor> cut = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            int size = componentSize[comp[v]];
            int pieces;
            int largest;
            if (parent[v] < 0) { // a root: every DFS child is a separate part
                pieces = sepCount[v];
                largest = sepMax[v];
            } else {
                int rest = size - 1 - sepSum[v];
                pieces = sepCount[v] + (rest > 0 ? 1 : 0);
                largest = Math.max(sepMax[v], rest);
            }
            if (pieces >= 2) {
                cut.add(new CutActor(g.id(v), size - 1 - largest, pieces));
            }
        }
        return new Structure(sizes.size(), isolates, cut, bridgeList, comp, componentSize);
    }

    /**
     * The actors that would lose their link with the largest remaining part if actor index {@code cut} left
     * (those of every part but the largest), in map order. O(n + m).
     */
    public static List<String> cutOffBy(MapGraph g, int cut) {
        List<List<String>> parts = partsWithout(g, cut);
        List<String> out = new ArrayList<>();
        parts.subList(Math.min(1, parts.size()), parts.size()).forEach(out::addAll);
        out.sort(java.util.Comparator.comparingInt(g::index));
        return out;
    }

    /**
     * The parts that actor index {@code cut}'s component would fall into without it, largest first (ties in
     * size: the part of its lower-indexed neighbour first), each in map order. O(n + m).
     */
    public static List<List<String>> partsWithout(MapGraph g, int cut) {
        int n = g.size();
        int[] part = new int[n];
        Arrays.fill(part, -1);
        part[cut] = -2;
        List<List<Integer>> parts = new ArrayList<>();
        int[] queue = new int[n];
        for (int i = 0; i < g.degree(cut); i++) {
            int s = g.neighbour(cut, i);
            if (part[s] != -1) {
                continue;
            }
            int id = parts.size();
            int head = 0;
            int tail = 0;
            queue[tail++] = s;
            part[s] = id;
            while (head < tail) {
                int v = queue[head++];
                for (int j = 0; j < g.degree(v); j++) {
                    int w = g.neighbour(v, j);
                    if (part[w] == -1) {
                        part[w] = id;
                        queue[tail++] = w;
                    }
                }
            }
            List<Integer> members = new ArrayList<>(tail);
            for (int k = 0; k < tail; k++) {
                members.add(queue[k]);
            }
            members.sort(null);
            parts.add(members);
        }
        List<List<Integer>> bySize = new ArrayList<>(parts);
        bySize.sort(java.util.Comparator.comparingInt((List<Integer> p) -> -p.size()));
        List<List<String>> out = new ArrayList<>();
        for (List<Integer> p : bySize) {
            out.add(p.stream().map(g::id).toList());
        }
        return out;
    }

    /** Actor indexes on {@code from}'s side of the bridge {@code from}–{@code across}, in map order. O(n + m). */
    public static List<Integer> sideOf(MapGraph g, int from, int across) {
        int n = g.size();
        boolean[] seen = new boolean[n];
        int[] queue = new int[n];
        int head = 0;
        int tail = 0;
        queue[tail++] = from;
        seen[from] = true;
        seen[across] = true;
        while (head < tail) {
            int v = queue[head++];
            for (int j = 0; j < g.degree(v); j++) {
                int w = g.neighbour(v, j);
                if (!seen[w]) {
                    seen[w] = true;
                    queue[tail++] = w;
                }
            }
        }
        List<Integer> out = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            if (seen[v] && v != across) {
                out.add(v);
            }
        }
        return out;
    }
}
