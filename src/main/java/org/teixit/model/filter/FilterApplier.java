package org.teixit.model.filter;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.teixit.model.Actor;
import org.teixit.model.CserDimension;
import org.teixit.model.Ecosystem;
import org.teixit.model.Tie;

/** Cuts a map down to what a {@link MapFilter} shows. One pass over actors and ties (plus a BFS for ego focus). */
public final class FilterApplier {
    private FilterApplier() {
    }

    public static Ecosystem apply(Ecosystem map, MapFilter filter) {
        Set<String> actors = new HashSet<>();
        for (Actor a : map.actors()) {
            if ((filter.actorKinds().isEmpty() || filter.actorKinds().contains(a.kind()))
                    && (filter.settings().isEmpty() || filter.settings().contains(a.setting()))) {
                actors.add(a.id());
            }
        }
        List<Tie> ties = map.ties().stream().filter(t -> tieShown(t, filter)
                && actors.contains(t.source()) && actors.contains(t.target())).toList();
        if (filter.egoCenter() != null && actors.contains(filter.egoCenter())) {
            Set<String> ego = neighbourhood(filter.egoCenter(), filter.egoDepth(), ties);
            actors.retainAll(ego);
            ties = ties.stream().filter(t -> ego.contains(t.source()) && ego.contains(t.target())).toList();
        }
        if (filter.hideIsolated()) {
            Set<String> tied = new HashSet<>();
            ties.forEach(t -> {
                tied.add(t.source());
                tied.add(t.target());
            });
            actors.retainAll(tied);
        }
        Ecosystem.Builder b = Ecosystem.builder(map.name()).description(map.description()).vocabulary(map.vocabulary());
        map.actors().forEach(a -> {
            if (actors.contains(a.id())) {
                b.actor(a);
            }
        });
        ties.forEach(b::tie);
        return b.build();
    }

    public static boolean tieShown(Tie t, MapFilter filter) {
        if (t.strength() < filter.minStrength()) {
            return false;
        }
        if (!filter.tieKinds().isEmpty() && !filter.tieKinds().contains(t.kind())) {
            return false;
        }
        if (t.dimensions().isEmpty()) {
            return true;
        }
        for (CserDimension d : t.dimensions()) {
            if (filter.dimensions().contains(d)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> neighbourhood(String center, int depth, List<Tie> ties) {
        Map<String, List<String>> adjacent = new HashMap<>();
        for (Tie t : ties) {
            adjacent.computeIfAbsent(t.source(), k -> new java.util.ArrayList<>()).add(t.target());
            adjacent.computeIfAbsent(t.target(), k -> new java.util.ArrayList<>()).add(t.source());
        }
        Map<String, Integer> distance = new HashMap<>();
        distance.put(center, 0);
        Deque<String> queue = new ArrayDeque<>(List.of(center));
        while (!queue.isEmpty()) {
            String v = queue.poll();
            int d = distance.get(v);
            if (d == depth) {
                continue;
            }
            for (String w : adjacent.getOrDefault(v, List.of())) {
                if (distance.putIfAbsent(w, d + 1) == null) {
                    queue.add(w);
                }
            }
        }
        return distance.keySet();
    }
}
