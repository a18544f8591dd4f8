package org.teixit.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teixit.model.CserDimension;
import org.teixit.model.Position;
import org.teixit.model.SavedView;
import org.teixit.model.filter.MapFilter;

/** The story's order is the {@code position} column; replacing the story rewrites it in one transaction. */
class SavedViewOrderStoreTest {
    @TempDir
    Path dir;

    private static final SavedView A = new SavedView("v1", "Everyone", MapFilter.all(), null, 0, false);
    private static final SavedView B = new SavedView("v2", "Who leads?",
            MapFilter.all().withDimensions(EnumSet.of(CserDimension.GOVERNANCE)), new Position(2, -1), 1.5, false);
    private static final SavedView C = new SavedView("v3", "No names", MapFilter.all().withEgo("school", 1), null, 0,
            true);

    private Path storeWith(SavedView... views) {
        Path file = dir.resolve("m.teixit");
        try (EcosystemStore store = EcosystemStore.openOrCreate(file)) {
            store.update(tx -> List.of(views).forEach(tx::putSavedView));
        }
        return file;
    }

    private static List<SavedView> read(Path file) {
        try (EcosystemStore store = EcosystemStore.open(file)) {
            return store.savedViews();
        }
    }

    private static List<Integer> positions(Path file) throws Exception {
        List<Integer> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT position FROM saved_view ORDER BY position")) {
            while (rs.next()) {
                out.add(rs.getInt(1));
            }
        }
        return out;
    }

    @Test
    void replacingTheStoryReordersRenamesAndDeletesInOneWrite() throws Exception {
        Path file = storeWith(A, B, C);
        SavedView renamed = new SavedView("v1", "The whole village", A.filter(), A.centre(), A.zoom(), A.anonymised());
        try (EcosystemStore store = EcosystemStore.open(file)) {
            store.update(tx -> tx.replaceSavedViews(List.of(C, renamed)));
        }
        assertEquals(List.of(C, renamed), read(file), "new order and caption, v2 gone, every field kept");
        assertEquals(List.of(1, 2), positions(file), "positions renumbered from 1");
    }

    @Test
    void aViewSavedAfterAReorderGoesToTheEnd() {
        Path file = storeWith(A, B, C);
        try (EcosystemStore store = EcosystemStore.open(file)) {
            store.update(tx -> tx.replaceSavedViews(List.of(C, B, A)));
            SavedView d = new SavedView("v4", "Next step", MapFilter.all(), null, 0, false);
            store.update(tx -> tx.putSavedView(d));
            store.update(tx -> tx.putSavedView(new SavedView("v3", "No names at all", C.filter(), null, 0, true)));
            assertEquals(List.of("v3", "v2", "v1", "v4"), store.savedViews().stream().map(SavedView::id).toList(),
                    "replacing a view keeps its place");
        }
    }

    @Test
    void aFailedReplaceLeavesTheStoryAsItWas() {
        Path file = storeWith(A, B, C);
        try (EcosystemStore store = EcosystemStore.open(file)) {
            assertThrows(RuntimeException.class, () -> store.update(tx -> tx.replaceSavedViews(List.of(C, A, C))),
                    "two rows with one id break the primary key");
        }
        assertEquals(List.of(A, B, C), read(file), "rolled back: nothing deleted, nothing reordered");
    }

    @Test
    void anEmptyStoryIsAllowed() {
        Path file = storeWith(A, B);
        try (EcosystemStore store = EcosystemStore.open(file)) {
            store.update(tx -> tx.replaceSavedViews(List.of()));
        }
        assertEquals(List.of(), read(file));
    }
}
