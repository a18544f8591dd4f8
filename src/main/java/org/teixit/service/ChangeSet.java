package org.teixit.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.teixit.model.Actor;
import org.teixit.model.Ecosystem;
import org.teixit.model.Tie;
import org.teixit.store.StoreTransaction;

/**
 * One user edit as data: actors and ties to put (add or replace) and to delete. It can be applied to a
 * snapshot, written to a store in one transaction, and inverted against the snapshot it was applied to —
 * which is all undo and redo need. Deleting an actor deletes its ties too.
 *
 * @param descriptionKey resource-bundle key naming the edit in the Undo/Redo menus
 */
public record ChangeSet(String descriptionKey, List<Actor> putActors, List<String> deleteActors,
                        List<Tie> putTies, List<String> deleteTies) {

    public ChangeSet {
        putActors = List.copyOf(putActors);
        deleteActors = List.copyOf(deleteActors);
        putTies = List.copyOf(putTies);
        deleteTies = List.copyOf(deleteTies);
    }

    public static ChangeSet putActor(String key, Actor actor) {
        return new ChangeSet(key, List.of(actor), List.of(), List.of(), List.of());
    }

    public static ChangeSet putTie(String key, Tie tie) {
        return new ChangeSet(key, List.of(), List.of(), List.of(tie), List.of());
    }

    public static ChangeSet deleteActor(String key, String id) {
        return new ChangeSet(key, List.of(), List.of(id), List.of(), List.of());
    }

    public static ChangeSet deleteTie(String key, String id) {
        return new ChangeSet(key, List.of(), List.of(), List.of(), List.of(id));
    }

    public boolean isEmpty() {
        return putActors.isEmpty() && deleteActors.isEmpty() && putTies.isEmpty() && deleteTies.isEmpty();
    }

    /** The map after this change. */
    public Ecosystem applyTo(Ecosystem before) {
        Ecosystem.Builder b = before.toBuilder();
        putActors.forEach(b::actor);
        putTies.forEach(b::tie);
        deleteTies.forEach(b::removeTie);
        deleteActors.forEach(b::removeActor);
        return b.build();
    }

    /** Writes this change; the caller's transaction makes it all or nothing. */
    public void writeTo(StoreTransaction tx) {
        putActors.forEach(tx::putActor);
        putTies.forEach(tx::putTie);
        deleteTies.forEach(tx::deleteTie);
        deleteActors.forEach(tx::deleteActor);
    }

    /** The change that takes {@code applyTo(before)} back to {@code before}. */
    public ChangeSet inverse(Ecosystem before) {
        Map<String, Actor> restoreActors = new LinkedHashMap<>();
        Set<String> removeActors = new LinkedHashSet<>();
        Map<String, Tie> restoreTies = new LinkedHashMap<>();
        Set<String> removeTies = new LinkedHashSet<>();
        for (Actor a : putActors) {
            before.actor(a.id()).ifPresentOrElse(old -> restoreActors.put(old.id(), old), () -> removeActors.add(a.id()));
        }
        for (Tie t : putTies) {
            before.tie(t.id()).ifPresentOrElse(old -> restoreTies.put(old.id(), old), () -> removeTies.add(t.id()));
        }
        for (String id : deleteTies) {
            before.tie(id).ifPresent(old -> restoreTies.put(id, old));
        }
        for (String id : deleteActors) {
            before.actor(id).ifPresent(old -> restoreActors.put(id, old));
            before.tiesOf(id).forEach(t -> restoreTies.put(t.id(), t));
        }
        return new ChangeSet(descriptionKey, new ArrayList<>(restoreActors.values()), new ArrayList<>(removeActors),
                new ArrayList<>(restoreTies.values()), new ArrayList<>(removeTies));
    }
}
