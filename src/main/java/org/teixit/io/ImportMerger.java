package org.teixit.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.teixit.i18n.Messages;
import org.teixit.model.Actor;
import org.teixit.model.Ecosystem;
import org.teixit.model.Tie;

/**
 * Merges an {@link ImportBatch} into a map, the one place where every format's data meets the map.
 * Actors match an existing actor by id, else by label (ignoring case and accents), else are added.
 * A tie's ends are resolved the same way; a tie matches an existing one with the same id and ends, or the
 * same ends and kind (each existing tie at most once, so parallel ties stay apart); otherwise it is added
 * (with a fresh id when its id is taken). A tie naming an actor
 * found nowhere is an error, unless {@code createMissing}, which adds that actor. A batch that knows actors
 * only by name ({@link ImportBatch#namesOnly()}, a survey roster) matches by label alone; its new actors
 * get fresh ids made from their names, and a new name that looks like a known one (say "Ajuntamen" and
 * "Ajuntament de Palau") is warned about with the suggestion. Pure: it computes the result and touches no
 * store; the caller writes {@link MergeResult} in one transaction.
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
        List<ImportWarning> warnings = new ArrayList<>(batch.warnings());
        for (Actor incoming : batch.actors()) {
            Actor existing = batch.namesOnly() ? index.findByLabel(incoming.label())
                    : index.find(incoming.id(), incoming.label());
            Actor result;
            if (existing == null) {
                result = batch.namesOnly() ? newNamedActor(incoming, index, batch, warnings) : incoming;
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

        int actorsBeforeTies = changedActors.size();
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
        added += changedActors.size() - actorsBeforeTies; // actors the ties named and --create-missing made
        Ecosystem merged;
        try {
            merged = out.build();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new ImportException(SourceLocation.file(batch.sourceName()), null,
                    String.valueOf(e.getMessage()).replaceAll("\\s+", " "));
        }
        return new MergeResult(merged, List.copyOf(changedActors.values()), List.copyOf(changedTies.values()),
                added, updated, tiesAdded, tiesUpdated, List.copyOf(warnings));
    }

    /** A roster's new actor: a fresh id from its name, and a warning when it looks like a known actor. */
    private static Actor newNamedActor(Actor incoming, ActorIndex index, ImportBatch batch,
                                       List<ImportWarning> warnings) {
        Actor alike = index.mostAlike(incoming.label());
        if (alike != null) {
            warnings.add(new ImportWarning(batch.locationOfActor(incoming.id()),
                    Messages.get("io.roster.near-miss", incoming.label(), alike.label())));
        }
        String slug = NameKey.slug(incoming.label());
        String id = slug;
        for (int n = 2; index.hasId(id); n++) {
            id = slug + "-" + n;
        }
        return new Actor(id, incoming.label(), incoming.kind(), incoming.setting(), incoming.notes(),
                incoming.attributes(), incoming.position(), incoming.pinned());
    }

    private String resolve(String reference, Tie tie, ImportBatch batch, Map<String, String> batchIdToFinal,
                           ActorIndex index, Ecosystem.Builder out, Map<String, Actor> changedActors)
            throws ImportException {
        String mapped = batchIdToFinal.get(reference);
        if (mapped != null) {
            return mapped;
        }
        Actor found = index.lookup(reference);
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

    /**
     * Actors by id, and the map's own actors (not the batch's) by folded label. A batch actor claims a label
     * match at most once, so two actors of one file that share a name stay two actors.
     */
    private static final class ActorIndex {
        private final Map<String, Actor> byId = new LinkedHashMap<>();
        private final Map<String, java.util.ArrayDeque<Actor>> byLabel = new HashMap<>();
        private final java.util.Set<String> claimed = new java.util.HashSet<>();

        ActorIndex(Ecosystem e) {
            e.actors().forEach(a -> {
                byId.put(a.id(), a);
                byLabel.computeIfAbsent(NameKey.of(a.label()), k -> new java.util.ArrayDeque<>()).add(a);
            });
        }

        void add(Actor a) {
            byId.put(a.id(), a);
        }

        /** The actor a batch actor is: same id, else a map actor of the same name not yet claimed. */
        Actor find(String id, String label) {
            Actor a = byId.get(id);
            if (a != null) {
                claimed.add(a.id());
                return a;
            }
            return findByLabel(label);
        }

        Actor findByLabel(String label) {
            java.util.ArrayDeque<Actor> same = byLabel.get(NameKey.of(label));
            if (same != null) {
                for (Actor a : same) {
                    if (claimed.add(a.id())) {
                        return byId.get(a.id());
                    }
                }
            }
            return null;
        }

        /** The actor a tie end names: by id, else the first actor of the map with that name. */
        Actor lookup(String reference) {
            Actor a = byId.get(reference);
            if (a != null) {
                return a;
            }
            java.util.ArrayDeque<Actor> same = byLabel.get(NameKey.of(reference));
            return same == null || same.isEmpty() ? null : byId.get(same.peek().id());
        }

        boolean hasId(String id) {
            return byId.containsKey(id);
        }

        /** The known actor (the map's or the batch's so far) whose label looks most like {@code label}, or {@code null}. */
        Actor mostAlike(String label) {
            Actor best = null;
            double score = 0;
            for (Actor a : byId.values()) {
                double r = NameKey.resemblance(label, a.label());
                if (r > score) {
                    score = r;
                    best = a;
                }
            }
            return best;
        }
    }

    /**
     * Ties by id, and the map's own ties (not the batch's) by (ends, kind). Each of the map's ties is matched
     * at most once per batch, so a file's parallel ties (same ends and kind, different ids) stay apart.
     */
    private static final class TieIndex {
        private final Map<String, Tie> byId = new HashMap<>();
        private final Map<String, java.util.ArrayDeque<Tie>> byEnds = new HashMap<>();
        private final java.util.Set<String> matched = new java.util.HashSet<>();

        TieIndex(Ecosystem e) {
            e.ties().forEach(t -> {
                byId.put(t.id(), t);
                byEnds.computeIfAbsent(endsKey(t), k -> new java.util.ArrayDeque<>()).add(t);
            });
        }

        void add(Tie t) {
            byId.put(t.id(), t);
        }

        int size() {
            return byId.size();
        }

        boolean hasId(String id) {
            return byId.containsKey(id);
        }

        Tie match(Tie t) {
            Tie same = byId.get(t.id());
            if (same != null && sameEnds(same, t) && matched.add(same.id())) {
                return same;
            }
            java.util.ArrayDeque<Tie> candidates = byEnds.get(endsKey(t));
            while (candidates != null && !candidates.isEmpty()) {
                Tie c = candidates.poll();
                if (matched.add(c.id())) {
                    return c;
                }
            }
            return null;
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
