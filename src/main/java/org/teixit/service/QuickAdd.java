package org.teixit.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.teixit.io.NameKey;
import org.teixit.model.Actor;
import org.teixit.model.CserDimension;
import org.teixit.model.Ecosystem;
import org.teixit.model.Tie;

/**
 * The facilitator's quick add: two names, a kind and dimensions become one undoable edit. Names match
 * existing actors ignoring case and accents; new names become new actors.
 */
public final class QuickAdd {
    private QuickAdd() {
    }

    public static ChangeSet tie(Ecosystem map, String from, String to, String kind, Set<CserDimension> dimensions) {
        if (from == null || from.isBlank() || to == null || to.isBlank()) {
            throw new IllegalArgumentException("both names are needed");
        }
        List<Actor> added = new ArrayList<>();
        Set<String> takenIds = new HashSet<>();
        map.actors().forEach(a -> takenIds.add(a.id()));
        String source = resolve(map, from, added, takenIds);
        String target = resolve(map, to, added, takenIds);
        String id = Ids.next("t", map.tieCount() + 1, x -> map.tie(x).isPresent());
        Tie tie = new Tie(id, source, target, kind, false, Tie.DEFAULT_STRENGTH, dimensions, null, "", Map.of());
        return new ChangeSet("edit.quick-add", added, List.of(), List.of(tie), List.of());
    }

    private static String resolve(Ecosystem map, String name, List<Actor> added, Set<String> takenIds) {
        String key = NameKey.of(name);
        Optional<Actor> existing = map.actors().stream().filter(a -> NameKey.of(a.label()).equals(key)).findFirst()
                .or(() -> added.stream().filter(a -> NameKey.of(a.label()).equals(key)).findFirst());
        if (existing.isPresent()) {
            return existing.get().id();
        }
        String id = Ids.fromName(name, takenIds::contains);
        takenIds.add(id);
        added.add(Actor.of(id, name.strip(), "", ""));
        return id;
    }
}
