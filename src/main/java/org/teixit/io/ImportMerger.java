package org.teixit.io;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.teixit.model.Actor;
import org.teixit.model.Ecosystem;
import org.teixit.model.Tie;

/**
 * Merges an {@link ImportBatch} into a map, the one place where every format's data meets the map.
 * Actors match an existing actor by id, else by label (ignoring case and accents), else are added.
 * A tie's ends are resolved the same way; a tie matches an existing one with the same id and ends, or the
 * same ends and kind; otherwise it is added (with a fresh id when its id is taken). A tie naming an actor
 * found nowhere is an error, unless {@code createMissing}, which adds that actor. Pure: it computes the
 * result and touches no store; the caller writes {@link MergeResult} in one transaction.
 */
public final class ImportMerger {
    private final boolean createMissing;

    public ImportMerger(boolean createMissing) {
        this.createMissing = createMissing;
    }

    public MergeResult merge(Ecosystem current, ImportBatch batch) throws ImportException {
        Ecosystem.Builder out = current.toBuilder();
        if (current.actorCount() == 0 && batch.graphName() != null) {
            out.name(batch.graphName());
        }
        if (current.description().isEmpty() && batch.graphDescription() != null) {
            out.description(batch.graphDescription());
        }
        ActorIndex index = new ActorIndex(current);
        Map<String, String> batchIdToFinal = new HashMap<>();
        Map<String, Actor> changedActors = new LinkedHashMap<>();
        int added = 0;
        int updated = 0;
        for (Actor incoming : batch.actors()) {
            Actor existing = index.find(incoming.id(), incoming.label());
            Actor result;
            if (existing == null) {
                result = incoming;
                added++;
            } else {
                result = mergeActor(existing, incoming);
                if (!result.equals(existing)) {
                    updated++;
                }
            }
            if (existing == null || !result.equals(existing)) {
                changedActors.put(result.id(), result);
            }
            out.actor(result);
            index.add(result);
            batchIdToFinal.put(incoming.id(), result.id());
        }

        TieIndex ties = new TieIndex(current);
        Map<String, Tie> changedTies = new LinkedHashMap<>();
        int tiesAdded = 0;
        int tiesUpdated = 0;
        for (Tie incoming : batch.ties()) {
            String source = resolve(incoming.source(), incoming, batch, batchIdToFinal, index, out, changedActors);
            String target = resolve(incoming.target(), incoming, batch, batchIdToFinal, index, out, changedActors);
            Tie resolved = incoming.withEnds(source, target);
            Tie existing = ties.match(resolved);
            Tie result;
            if (existing != null) {
                result = new Tie(existing.id(), source, target, resolved.kind(), resolved.directed(),
                        resolved.strength(), resolved.dimensions(), resolved.stage(),
                        resolved.notes().isEmpty() ? existing.notes() : resolved.notes(),
                        mergeAttributes(existing.attributes(), resolved.attributes()));
                if (!result.equals(existing)) {
                    tiesUpdated++;
                    changedTies.put(result.id(), result);
                }
            } else {
                result = ties.hasId(resolved.id()) ? withFreshId(resolved, ties) : resolved;
                tiesAdded++;
                changedTies.put(result.id(), result);
            }
            ties.add(result);
            out.tie(result);
        }
        return new MergeResult(out.build(), List.copyOf(changedActors.values()), List.copyOf(changedTies.values()),
                added, updated, tiesAdded, tiesUpdated, batch.warnings());
    }

    private String resolve(String reference, Tie tie, ImportBatch batch, Map<String, String> batchIdToFinal,
                           ActorIndex index, Ecosystem.Builder out, Map<String, Actor> changedActors)
            throws ImportException {
        String mapped = batchIdToFinal.get(reference);
        if (mapped != null) {
            return mapped;
        }
        Actor found = index.find(reference, reference);
        if (found != null) {
            return found.id();
        }
        if (!createMissing) {
            throw new ImportException(batch.locationOfTie(tie.id()), tie.source().equals(reference) ? "source" : "target",
                    "names unknown actor '" + reference + "' (import its actors too, or use --create-missing)");
        }
        Actor created = Actor.of(reference, reference, "", "");
        out.actor(created);
        index.add(created);
        changedActors.put(created.id(), created);
        batchIdToFinal.put(reference, created.id());
        return created.id();
    }

    private static Actor mergeActor(Actor existing, Actor incoming) {
        return new Actor(existing.id(),
                incoming.label().equals(incoming.id()) ? existing.label() : incoming.label(),
                incoming.kind().isEmpty() ? existing.kind() : incoming.kind(),
                incoming.setting().isEmpty() ? existing.setting() : incoming.setting(),
                incoming.notes().isEmpty() ? existing.notes() : incoming.notes(),
                mergeAttributes(existing.attributes(), incoming.attributes()),
                incoming.position() != null ? incoming.position() : existing.position(),
                incoming.position() != null ? incoming.pinned() : existing.pinned());
    }

    private static Map<String, String> mergeAttributes(Map<String, String> existing, Map<String, String> incoming) {
        Map<String, String> merged = new LinkedHashMap<>(existing);
        merged.putAll(incoming);
        return merged;
    }

    private static Tie withFreshId(Tie tie, TieIndex ties) {
        int n = ties.size() + 1;
        String id;
        do {
            id = "t" + n++;
        } while (ties.hasId(id));
        return new Tie(id, tie.source(), tie.target(), tie.kind(), tie.directed(), tie.strength(), tie.dimensions(),
                tie.stage(), tie.notes(), tie.attributes());
    }

    /** Actors by id and by folded label. */
    private static final class ActorIndex {
        private final Map<String, Actor> byId = new HashMap<>();
        private final Map<String, Actor> byLabel = new HashMap<>();

        ActorIndex(Ecosystem e) {
            e.actors().forEach(this::add);
        }

        void add(Actor a) {
            byId.put(a.id(), a);
            byLabel.putIfAbsent(NameKey.of(a.label()), a);
        }

        Actor find(String id, String label) {
            Actor a = byId.get(id);
            return a != null ? a : byLabel.get(NameKey.of(label));
        }
    }

    /** Ties by id and by (ends, kind). */
    private static final class TieIndex {
        private final Map<String, Tie> byId = new HashMap<>();
        private final Map<String, Tie> byEnds = new HashMap<>();

        TieIndex(Ecosystem e) {
            e.ties().forEach(this::add);
        }

        void add(Tie t) {
            byId.put(t.id(), t);
            byEnds.putIfAbsent(endsKey(t), t);
        }

        int size() {
            return byId.size();
        }

        boolean hasId(String id) {
            return byId.containsKey(id);
        }

        Tie match(Tie t) {
            Tie same = byId.get(t.id());
            if (same != null && sameEnds(same, t)) {
                return same;
            }
            return byEnds.get(endsKey(t));
        }

        private static boolean sameEnds(Tie a, Tie b) {
            return endsKey(a.withKind("")).equals(endsKey(b.withKind("")));
        }

        private static String endsKey(Tie t) {
            String a = t.source();
            String b = t.target();
            if (!t.directed() && a.compareTo(b) > 0) {
                String swap = a;
                a = b;
                b = swap;
            }
            return a + '\u0000' + b + '\u0000' + t.kind();
        }
    }
}
