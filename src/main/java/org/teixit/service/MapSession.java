package org.teixit.service;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.teixit.model.Actor;
import org.teixit.model.Ecosystem;
import org.teixit.model.Position;
import org.teixit.store.EcosystemStore;

/**
 * One open map: its store, its current snapshot and the session's whole undo/redo history. Every edit is
 * written to SQLite at once, in one transaction, before listeners hear of it; a failed write changes
 * neither the file nor the snapshot. Thread-safe; listeners are called on the editing thread.
 */
public final class MapSession implements AutoCloseable {
    private final EcosystemStore store;
    private final Deque<ChangeSet> undo = new ArrayDeque<>();
    private final Deque<ChangeSet> redo = new ArrayDeque<>();
    private final List<Consumer<Ecosystem>> listeners = new CopyOnWriteArrayList<>();
    private volatile Ecosystem current;

    private MapSession(EcosystemStore store) {
        this.store = store;
        this.current = store.load();
    }

    public static MapSession open(Path file) {
        return new MapSession(EcosystemStore.open(file));
    }

    public static MapSession openOrCreate(Path file) {
        return new MapSession(EcosystemStore.openOrCreate(file));
    }

    public Path file() {
        return store.file();
    }

    public Ecosystem current() {
        return current;
    }

    public void addListener(Consumer<Ecosystem> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<Ecosystem> listener) {
        listeners.remove(listener);
    }

    /** Applies and saves an edit, and makes it undoable. */
    public synchronized void apply(ChangeSet change) {
        if (change.isEmpty()) {
            return;
        }
        Ecosystem before = current;
        Ecosystem after = change.applyTo(before);
        store.update(change::writeTo);
        undo.push(change.inverse(before));
        redo.clear();
        publish(after);
    }

    public synchronized boolean canUndo() {
        return !undo.isEmpty();
    }

    public synchronized boolean canRedo() {
        return !redo.isEmpty();
    }

    /** The resource key naming what Undo would undo, if anything. */
    public synchronized Optional<String> undoName() {
        return Optional.ofNullable(undo.peek()).map(ChangeSet::descriptionKey);
    }

    public synchronized Optional<String> redoName() {
        return Optional.ofNullable(redo.peek()).map(ChangeSet::descriptionKey);
    }

    public synchronized void undo() {
        step(undo, redo);
    }

    public synchronized void redo() {
        step(redo, undo);
    }

    private void step(Deque<ChangeSet> from, Deque<ChangeSet> to) {
        ChangeSet change = from.peek();
        if (change == null) {
            return;
        }
        Ecosystem before = current;
        Ecosystem after = change.applyTo(before);
        store.update(change::writeTo);
        from.pop();
        to.push(change.inverse(before));
        publish(after);
    }

    /** Saves where actors are (after a layout or a drag) as one undoable edit; pinned as given. */
    public void move(Map<String, Position> positions, boolean pin, String descriptionKey) {
        Ecosystem e = current;
        List<Actor> moved = positions.entrySet().stream()
                .map(en -> e.actor(en.getKey()).map(a -> a.withPosition(en.getValue()).withPinned(pin || a.pinned())))
                .flatMap(Optional::stream).toList();
        apply(new ChangeSet(descriptionKey, moved, List.of(), List.of(), List.of()));
    }

    /** The story's saved views, in order. */
    public synchronized List<org.teixit.model.SavedView> savedViews() {
        return store.savedViews();
    }

    /** Adds or replaces a saved view (saved at once; not part of the undo history). */
    public synchronized void saveView(org.teixit.model.SavedView view) {
        store.update(tx -> tx.putSavedView(view));
    }

    public synchronized void deleteView(String id) {
        store.update(tx -> tx.deleteSavedView(id));
    }

    /** Renames the map (saved at once; not part of the undo history). */
    public synchronized void rename(String name) {
        store.update(tx -> tx.setName(name));
        publish(current.toBuilder().name(name).build());
    }

    /** Writes a copy of the store to {@code target} (Save as). */
    public void saveCopy(Path target) {
        store.copyTo(target);
    }

    private void publish(Ecosystem after) {
        current = after;
        listeners.forEach(l -> l.accept(after));
    }

    @Override
    public void close() {
        store.close();
    }
}
