package org.teixit.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teixit.model.Actor;
import org.teixit.model.CserDimension;
import org.teixit.model.Ecosystem;
import org.teixit.model.Position;
import org.teixit.model.Tie;
import org.teixit.sample.SampleEcosystem;
import org.teixit.store.EcosystemStore;

class MapSessionTest {
    @TempDir
    Path dir;

    private MapSession sampleSession() {
        Path file = dir.resolve("s.teixit");
        try (EcosystemStore s = EcosystemStore.openOrCreate(file)) {
            s.replaceAll(SampleEcosystem.load());
        }
        return MapSession.open(file);
    }

    private Ecosystem reopened(MapSession session) {
        try (EcosystemStore s = EcosystemStore.open(session.file())) {
            return s.load();
        }
    }

    @Test
    void everyEditIsSavedAtOnceAndTheWholeHistoryUndoes() {
        try (MapSession session = sampleSession()) {
            Ecosystem original = session.current();
            Actor school = original.actor("school").orElseThrow();
            session.apply(ChangeSet.putActor("edit.rename", school.withLabel("Escola renamed")));
            session.apply(ChangeSet.putActor("edit.add-actor", Actor.of("library", "Biblioteca", "institution", "community")));
            session.apply(ChangeSet.putTie("edit.add-tie", Tie.of("tnew", "library", "school", "resources", CserDimension.FUNDS)));
            session.apply(ChangeSet.deleteActor("edit.delete", "families"));
            assertEquals(session.current(), reopened(session), "saved at once");
            assertTrue(session.current().actor("families").isEmpty());

            for (int i = 0; i < 4; i++) {
                session.undo();
                assertEquals(session.current(), reopened(session));
            }
            assertEquals(original, session.current(), "four undos restore the original, ties of the deleted actor too");
            assertFalse(session.canUndo());
            for (int i = 0; i < 4; i++) {
                session.redo();
            }
            assertEquals("Escola renamed", session.current().actor("school").orElseThrow().label());
            assertTrue(session.current().actor("families").isEmpty());
            assertEquals(session.current(), reopened(session));
        }
    }

    @Test
    void aNewEditClearsRedo() {
        try (MapSession session = sampleSession()) {
            session.apply(ChangeSet.deleteTie("edit.delete", "t1"));
            session.undo();
            assertTrue(session.canRedo());
            session.apply(ChangeSet.deleteTie("edit.delete", "t2"));
            assertFalse(session.canRedo());
        }
    }

    @Test
    void failedEditChangesNeitherFileNorSnapshotNorHistory() {
        try (MapSession session = sampleSession()) {
            Ecosystem before = session.current();
            assertThrows(RuntimeException.class, () -> session.apply(
                    ChangeSet.putTie("edit.add-tie", Tie.of("bad", "school", "ghost", "trust"))));
            assertEquals(before, session.current());
            assertEquals(before, reopened(session));
            assertFalse(session.canUndo());
        }
    }

    @Test
    void movingPinsAndUndoes() {
        try (MapSession session = sampleSession()) {
            Position old = session.current().actor("council").orElseThrow().position();
            session.move(Map.of("council", new Position(99, 99)), true, "edit.move");
            Actor moved = reopened(session).actor("council").orElseThrow();
            assertEquals(new Position(99, 99), moved.position());
            assertTrue(moved.pinned());
            session.undo();
            assertEquals(old, reopened(session).actor("council").orElseThrow().position());
            assertFalse(reopened(session).actor("council").orElseThrow().pinned());
        }
    }

    @Test
    void listenersHearEveryChange() {
        try (MapSession session = sampleSession()) {
            List<Ecosystem> heard = new ArrayList<>();
            session.addListener(heard::add);
            session.apply(ChangeSet.deleteTie("edit.delete", "t1"));
            session.undo();
            session.redo();
            assertEquals(3, heard.size());
            assertEquals(session.current(), heard.get(2));
        }
    }
}
