package org.teixit.analysis.ecosystem;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A partition of the actors into communities (groups that are tied more among themselves than with the
 * rest), found by {@link Louvain}. Communities are numbered from 0 in the order of their first actor on
 * the map; each lists its actors in map order. Immutable.
 */
public final class Communities {
    private final List<List<String>> groups;
    private final Map<String, Integer> communityOf;
    private final double modularity;
    private final long seed;

    Communities(MapGraph g, int[] membership, double modularity, long seed) {
        int[] renumber = new int[g.size()];
        java.util.Arrays.fill(renumber, -1);
        List<List<String>> lists = new ArrayList<>();
        Map<String, Integer> of = new HashMap<>(g.size() * 2);
        for (int v = 0; v < g.size(); v++) {
            int c = membership[v];
            if (renumber[c] < 0) {
                renumber[c] = lists.size();
                lists.add(new ArrayList<>());
            }
            lists.get(renumber[c]).add(g.id(v));
            of.put(g.id(v), renumber[c]);
        }
        List<List<String>> frozen = new ArrayList<>(lists.size());
        lists.forEach(l -> frozen.add(List.copyOf(l)));
        this.groups = Collections.unmodifiableList(frozen);
        this.communityOf = Collections.unmodifiableMap(of);
        this.modularity = modularity;
        this.seed = seed;
    }

    /** The communities, each a list of actor ids in map order. */
    public List<List<String>> groups() {
        return groups;
    }

    public int count() {
        return groups.size();
    }

    /** The community number of the actor with this id. */
    public Optional<Integer> communityOf(String id) {
        return Optional.ofNullable(communityOf.get(id));
    }

    /**
     * Newman's modularity of the partition on the undirected simple graph without self-loops (resolution
     * 1, as networkx's {@code community.modularity}); 0 for a map without ties.
     */
    public double modularity() {
        return modularity;
    }

    /** The seed that ordered the actors in Louvain's passes. */
    public long seed() {
        return seed;
    }

    @Override
    public String toString() {
        return "Communities[" + groups.size() + ", modularity " + modularity + "]";
    }
}
