package org.teixit.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teixit.model.Actor;
import org.teixit.model.Ecosystem;
import org.teixit.model.SavedView;
import org.teixit.model.filter.MapFilter;
import org.teixit.sample.SampleEcosystem;
import org.teixit.store.EcosystemStore;

/** Reordering, renaming and deleting saved views: each one undoable edit, written to SQLite at once. */
class MapSessionViewsTest {
    @TempDir
    Path dir;

    private MapSession session(String... captions) {
        Path file = dir.resolve("story.teixit");
        try (EcosystemStore s = EcosystemStore.openOrCreate(file)) {
            s.replaceAll(SampleEcosystem.load());
            s.update(tx -> {
                for (int i = 0; i < captions.length; i++) {
                    tx.putSavedView(view("v" + (i + 1), captions[i]));
                }
            });
        }
        return MapSession.open(file);
    }

    private static SavedView view(String id, String caption) {
        return new SavedView(id, caption, MapFilter.all().withMinStrength(2), null, 0, false);
    }

    /** The story as another program reading the file sees it. */
    private static List<String> stored(MapSession session) {
        try (EcosystemStore s = EcosystemStore.open(session.file())) {
            return captions(s.savedViews());
        }
    }

    private static List<String> captions(List<SavedView> views) {
        return views.stream().map(SavedView::caption).toList();
    }

    @Test
    void movingAViewIsOneUndoableEditSavedAtOnce() {
        try (MapSession session = session("one", "two", "three")) {
            assertEquals(2, session.moveView("v1", 5), "stops at the end");
            assertEquals(List.of("two", "three", "one"), stored(session));
            assertEquals(Optional.of(MapSession.EDIT_MOVE_VIEW), session.undoName());
            assertEquals(0, session.moveView("v3", -1));
            assertEquals(List.of("three", "two", "one"), stored(session));
            assertEquals(0, session.moveView("v3", -1));
            assertEquals(List.of("three", "two", "one"), stored(session), "already first: nothing to do");

            session.undo();
            assertEquals(List.of("two", "three", "one"), stored(session));
            session.undo();
            assertEquals(List.of("one", "two", "three"), stored(session));
            assertFalse(session.canUndo(), "the no-op move was not recorded");
            session.redo();
            session.redo();
            assertEquals(List.of("three", "two", "one"), stored(session));
            assertEquals(-1, session.moveView("nope", 1));
        }
    }

    @Test
    void renameAndDeleteUndoAndRedo() {
        try (MapSession session = session("one", "two", "three")) {
            assertTrue(session.renameView("v2", "Who decides?"));
            assertEquals(Optional.of(MapSession.EDIT_RENAME_VIEW), session.undoName());
            assertTrue(session.removeView("v1"));
            assertEquals(Optional.of(MapSession.EDIT_DELETE_VIEW), session.undoName());
            assertEquals(List.of("Who decides?", "three"), stored(session));

            session.undo();
            assertEquals(List.of("one", "Who decides?", "three"), stored(session), "back in its place");
            assertEquals(view("v1", "one"), session.savedViews().get(0), "with its filter");
            session.undo();
            assertEquals(List.of("one", "two", "three"), stored(session));
            assertEquals(Optional.of(MapSession.EDIT_RENAME_VIEW), session.redoName());
            session.redo();
            session.redo();
            assertEquals(List.of("Who decides?", "three"), stored(session));
            assertFalse(session.removeView("v1"));
            assertFalse(session.renameView("v1", "x"));
        }
    }

    @Test
    void storyAndMapEditsShareOneHistory() {
        try (MapSession session = session("one", "two")) {
            Ecosystem original = session.current();
            Actor school = original.actor("school").orElseThrow();
            session.moveView("v2", -1);
            session.apply(ChangeSet.putActor("edit.actor", school.withLabel("Escola nova")));
            session.renameView("v1", "first");
            session.undo();
            assertEquals(List.of("two", "one"), stored(session));
            assertEquals("Escola nova", session.current().actor("school").orElseThrow().label());
            session.undo();
            assertEquals(original, session.current());
            session.undo();
            assertEquals(List.of("one", "two"), stored(session));
            session.redo();
            assertEquals(List.of("two", "one"), stored(session));
            session.apply(ChangeSet.putActor("edit.actor", school.withLabel("Escola")));
            assertFalse(session.canRedo(), "a new edit clears redo");
        }
    }

    @Test
    void undoKeepsViewsSavedOrDeletedOutsideTheHistory() {
        try (MapSession session = session("one", "two", "three")) {
            session.moveView("v3", -2); // three, one, two
            session.saveView(view("v4", "four")); // not in the history
            session.deleteView("v1"); // nor this
            assertEquals(List.of("three", "two", "four"), stored(session));
            session.undo();
            assertEquals(List.of("two", "three", "four"), stored(session),
                    "order restored; the new view stays, the deleted one stays deleted");
            session.redo();
            assertEquals(List.of("three", "two", "four"), stored(session));
        }
    }

    @Test
    void listenersHearStoryEdits() {
        try (MapSession session = session("one", "two")) {
            AtomicInteger story = new AtomicInteger();
            AtomicInteger map = new AtomicInteger();
            session.addStoryListener(story::incrementAndGet);
            session.addListener(m -> map.incrementAndGet());
            Ecosystem before = session.current();
            session.moveView("v1", 1);
            session.undo();
            session.saveView(view("v3", "three"));
            assertEquals(3, story.get());
            assertEquals(2, map.get(), "map listeners hear history steps, so Undo menus stay current");
            assertEquals(before, session.current());
        }
    }

    @Test
    void editViewsRefusesDuplicateIdsAndChangesNothing() {
        try (MapSession session = session("one", "two")) {
            SavedView one = session.savedViews().get(0);
            assertThrows(IllegalArgumentException.class, () -> session.editViews(List.of(one, one), "x"));
            assertEquals(List.of("one", "two"), stored(session));
            assertFalse(session.canUndo());
        }
    }
}
