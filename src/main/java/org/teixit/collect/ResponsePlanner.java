package org.teixit.collect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.teixit.model.Actor;
import org.teixit.model.Ecosystem;
import org.teixit.model.Tie;
import org.teixit.service.ChangeSet;
import org.teixit.service.Ids;

/**
 * Turns a {@link Submission} into one undoable {@link ChangeSet} against the current map. Names match
 * existing actors ignoring case, accents and spacing ({@link Names#key}); unknown names become new actors
 * (the respondent with the kind and setting they gave; the others with none, for the facilitator to fill
 * in). The respondent's existing actor gets a kind or setting only where it had none, unless their own
 * previous answer created it: then a correction sets both as given.
 *
 * <p>Ties go from the respondent to each name, {@code directed = false}: a participant reports a
 * relationship (they work with, trust, get support from someone), and on a phone we cannot ask for a
 * direction convention; the source still records who reported it. A correction deletes the ties of the
 * previous answer and the actors it created that nothing touches any more.
 */
final class ResponsePlanner {
    /** Resource key naming an answer from a phone in the Undo menu. */
    static final String EDIT_KEY = "collect.edit.response";

    private ResponsePlanner() {
    }

    /** The change to apply, and the participant's answer after it. */
    record Plan(ChangeSet change, Answer answer, List<String> newActorIds, List<String> removedTieIds) {
    }

    static Plan plan(Ecosystem map, Submission s, Answer previous) {
        Map<String, Actor> byKey = new HashMap<>();
        for (Actor a : map.actors()) {
            byKey.putIfAbsent(Names.key(a.label()), a);
        }
        Set<String> takenActorIds = new HashSet<>();
        map.actors().forEach(a -> takenActorIds.add(a.id()));
        List<Actor> putActors = new ArrayList<>();
        List<String> created = new ArrayList<>();

        // the respondent
        String selfKey = Names.key(s.respondent().name());
        Actor self = byKey.get(selfKey);
        if (self == null) {
            self = Actor.of(Ids.fromName(s.respondent().name(), takenActorIds::contains), s.respondent().name(),
                    s.respondent().kind(), s.respondent().setting());
            takenActorIds.add(self.id());
            byKey.put(selfKey, self);
            putActors.add(self);
            created.add(self.id());
        } else {
            Actor filled = self;
            // an actor this participant's previous answer created is theirs: a correction sets its kind and
            // setting; anyone else's actor only gains a kind or setting it lacked
            boolean own = previous != null && previous.createdActorIds().contains(self.id());
            if (own ? !filled.kind().equals(s.respondent().kind())
                    : filled.kind().isEmpty() && !s.respondent().kind().isEmpty()) {
                filled = filled.withKind(s.respondent().kind());
            }
            if (own ? !filled.setting().equals(s.respondent().setting())
                    : filled.setting().isEmpty() && !s.respondent().setting().isEmpty()) {
                filled = filled.withSetting(s.respondent().setting());
            }
            if (filled != self) {
                putActors.add(filled);
            }
        }
        String selfId = self.id();

        // the previous answer's ties go; new tie ids avoid both the map's and the ones being deleted
        List<String> deleteTies = new ArrayList<>();
        if (previous != null) {
            previous.tieIds().stream().filter(id -> map.tie(id).isPresent()).forEach(deleteTies::add);
        }
        Set<String> newTieIds = new HashSet<>();
        List<Tie> putTies = new ArrayList<>();
        Set<String> named = new LinkedHashSet<>();
        named.add(selfId);
        for (Submission.TieAnswer t : s.ties()) {
            String key = Names.key(t.to());
            Actor target = byKey.get(key);
            if (target == null) {
                target = Actor.of(Ids.fromName(t.to(), takenActorIds::contains), t.to(), "", "");
                takenActorIds.add(target.id());
                byKey.put(key, target);
                putActors.add(target);
                created.add(target.id());
            }
            if (target.id().equals(selfId)) {
                continue; // two spellings of one name; Submission refuses the obvious case
            }
            named.add(target.id());
            String id = Ids.next("t", map.tieCount() + 1, x -> map.tie(x).isPresent() || newTieIds.contains(x));
            newTieIds.add(id);
            putTies.add(new Tie(id, selfId, target.id(), t.kind(), false, t.strength(), t.dimensions(), null, "",
                    Map.of()));
        }

        // actors the previous answer created and this one no longer names: removed when left untied
        List<String> deleteActors = new ArrayList<>();
        List<String> keptCreated = new ArrayList<>(created);
        if (previous != null) {
            Set<String> deleting = new HashSet<>(deleteTies);
            for (String id : previous.createdActorIds()) {
                if (map.actor(id).isEmpty()) {
                    continue;
                }
                if (named.contains(id)) {
                    keptCreated.add(id);
                    continue;
                }
                boolean tied = map.tiesOf(id).stream().anyMatch(t -> !deleting.contains(t.id()));
                if (!tied) {
                    deleteActors.add(id);
                }
            }
        }
        List<String> newActorIds = created.stream().toList();
        ChangeSet change = new ChangeSet(EDIT_KEY, putActors, deleteActors, putTies, deleteTies);
        Answer answer = new Answer(selfId, putTies.stream().map(Tie::id).toList(), keptCreated);
        return new Plan(change, answer, newActorIds, deleteTies);
    }
}
