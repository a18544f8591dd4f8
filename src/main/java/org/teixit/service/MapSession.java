package org.teixit.service;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.teixit.model.Actor;
import org.teixit.model.Ecosystem;
import org.teixit.model.Position;
import org.teixit.model.SavedView;
import org.teixit.store.EcosystemStore;

/**
 * One open map: its store, its current snapshot and the session's whole undo/redo history. Every edit is
 * written to SQLite at once, in one transaction, before listeners hear of it; a failed write changes
 * neither the file nor the snapshot. Thread-safe; listeners are called on the editing thread.
 *
 * <p>The history holds map edits and edits of the story (the saved views: their order, captions and
 * deletions, see {@link #editViews}) in the order they were made. Story edits also tell the map listeners
 * (with the map unchanged) so that an Undo menu listening there stays current, and the story listeners.
 */
public final class MapSession implements AutoCloseable {
    /** Resource keys naming story edits in the Undo and Redo menus. */
    public static final String EDIT_MOVE_VIEW = "collect.views.edit.move";
    public static final String EDIT_RENAME_VIEW = "collect.views.edit.rename";
    public static final String EDIT_DELETE_VIEW = "collect.views.edit.delete";

    private final EcosystemStore store;
    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();
    private final List<Consumer<Ecosystem>> listeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> storyListeners = new CopyOnWriteArrayList<>();
    private volatile Ecosystem current;

    /** One step of the history: a map edit or a story edit, each of which knows how to undo itself. */
    private sealed interface Edit permits MapEdit, StoryEdit {
        String descriptionKey();
    }

    private record MapEdit(ChangeSet change) implements Edit {
        @Override
        public String descriptionKey() {
            return change.descriptionKey();
        }
    }

    /**
     * Takes the story from {@code from} to {@code to}. Applied to the story as it is then, which may have
     * gained views since ({@link #saveView} is not in the history): those stay, at the end; views deleted
     * since stay deleted; only the captions this edit changed are set.
     */
    private record StoryEdit(String descriptionKey, List<SavedView> from, List<SavedView> to) implements Edit {
        StoryEdit inverse() {
            return new StoryEdit(descriptionKey, to, from);
        }

        List<SavedView> applyTo(List<SavedView> now) {
            Map<String, SavedView> was = byId(from);
            Map<String, SavedView> will = byId(to);
            Map<String, SavedView> is = byId(now);
            List<SavedView> out = new ArrayList<>();
            for (SavedView v : to) {
                SavedView present = is.get(v.id());
                if (present == null) {
                    if (!was.containsKey(v.id())) {
                        out.add(v); // this edit brings it back
                    }
                    continue; // deleted since: stays deleted
                }
                SavedView old = was.get(v.id());
                boolean captionChanged = old != null && !old.caption().equals(v.caption());
                out.add(captionChanged ? withCaption(present, v.caption()) : present);
            }
            for (SavedView v : now) {
                if (!will.containsKey(v.id()) && !was.containsKey(v.id())) {
                    out.add(v); // saved since
                }
            }
            return out;
        }
    }

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
        undo.push(new MapEdit(change.inverse(before)));
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
        return Optional.ofNullable(undo.peek()).map(Edit::descriptionKey);
    }

    public synchronized Optional<String> redoName() {
        return Optional.ofNullable(redo.peek()).map(Edit::descriptionKey);
    }

    public synchronized void undo() {
        step(undo, redo);
    }

    public synchronized void redo() {
        step(redo, undo);
    }

    private void step(Deque<Edit> from, Deque<Edit> to) {
        Edit edit = from.peek();
        if (edit == null) {
            return;
        }
        if (edit instanceof StoryEdit story) {
            List<SavedView> target = story.applyTo(store.savedViews());
            store.update(tx -> tx.replaceSavedViews(target));
            from.pop();
            to.push(story.inverse());
            storyChanged();
            return;
        }
        ChangeSet change = ((MapEdit) edit).change();
        Ecosystem before = current;
        Ecosystem after = change.applyTo(before);
        store.update(change::writeTo);
        from.pop();
        to.push(new MapEdit(change.inverse(before)));
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

    /** Hears of every change of the story made through this session (on the editing thread). */
    public void addStoryListener(Runnable listener) {
        storyListeners.add(Objects.requireNonNull(listener));
    }

    public void removeStoryListener(Runnable listener) {
        storyListeners.remove(listener);
    }

    /**
     * Makes the story exactly {@code views}, in this order, as one undoable edit saved at once: views of
     * the story not in the list are deleted, the others take the captions (and everything else) given.
     * Nothing happens when the story is already so.
     *
     * @param descriptionKey resource key naming the edit in the Undo and Redo menus
     * @throws IllegalArgumentException when two views share an id
     */
    public synchronized void editViews(List<SavedView> views, String descriptionKey) {
        List<SavedView> after = List.copyOf(views);
        Set<String> ids = new HashSet<>();
        for (SavedView v : after) {
            if (!ids.add(v.id())) {
                throw new IllegalArgumentException("two saved views with the id " + v.id());
            }
        }
        List<SavedView> before = store.savedViews();
        if (before.equals(after)) {
            return;
        }
        store.update(tx -> tx.replaceSavedViews(after));
        undo.push(new StoryEdit(descriptionKey, after, before));
        redo.clear();
        storyChanged();
    }

    /**
     * Moves a saved view {@code offset} places later in the story (negative: earlier), stopping at either
     * end, as one undoable edit. Returns its new index, or -1 when there is no such view.
     */
    public synchronized int moveView(String id, int offset) {
        List<SavedView> views = new ArrayList<>(store.savedViews());
        int from = indexOf(views, id);
        if (from < 0) {
            return -1;
        }
        int to = Math.max(0, Math.min(views.size() - 1, from + offset));
        views.add(to, views.remove(from));
        editViews(views, EDIT_MOVE_VIEW);
        return to;
    }

    /** Sets a saved view's caption as one undoable edit; false when there is no such view. */
    public synchronized boolean renameView(String id, String caption) {
        List<SavedView> views = new ArrayList<>(store.savedViews());
        int at = indexOf(views, id);
        if (at < 0) {
            return false;
        }
        views.set(at, withCaption(views.get(at), caption));
        editViews(views, EDIT_RENAME_VIEW);
        return true;
    }

    /** Deletes a saved view as one undoable edit (unlike {@link #deleteView}); false when there is none. */
    public synchronized boolean removeView(String id) {
        List<SavedView> views = new ArrayList<>(store.savedViews());
        int at = indexOf(views, id);
        if (at < 0) {
            return false;
        }
        views.remove(at);
        editViews(views, EDIT_DELETE_VIEW);
        return true;
    }

    private static int indexOf(List<SavedView> views, String id) {
        for (int i = 0; i < views.size(); i++) {
            if (views.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private static SavedView withCaption(SavedView v, String caption) {
        return new SavedView(v.id(), caption, v.filter(), v.centre(), v.zoom(), v.anonymised());
    }

    private static Map<String, SavedView> byId(List<SavedView> views) {
        Map<String, SavedView> out = new LinkedHashMap<>();
        views.forEach(v -> out.put(v.id(), v));
        return out;
    }

    private void storyChanged() {
        storyListeners.forEach(Runnable::run);
        publish(current); // the map is unchanged; its listeners refresh what shows the history
    }

    /** Adds or replaces a saved view (saved at once; not part of the undo history). */
    public synchronized void saveView(org.teixit.model.SavedView view) {
        store.update(tx -> tx.putSavedView(view));
        storyListeners.forEach(Runnable::run);
    }

    /** Deletes a saved view (saved at once; not part of the undo history: {@link #removeView} is). */
    public synchronized void deleteView(String id) {
        store.update(tx -> tx.deleteSavedView(id));
        storyListeners.forEach(Runnable::run);
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
