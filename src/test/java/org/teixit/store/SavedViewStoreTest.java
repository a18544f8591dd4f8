package org.teixit.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teixit.model.CserDimension;
import org.teixit.model.Position;
import org.teixit.model.SavedView;
import org.teixit.model.filter.MapFilter;

class SavedViewStoreTest {
    @TempDir
    Path dir;

    @Test
    void savedViewsRoundTripInStoryOrder() {
        MapFilter governance = MapFilter.all().withDimensions(EnumSet.of(CserDimension.GOVERNANCE))
                .withSettings(Set.of("school", "family")).withMinStrength(3).withHideIsolated(true).withEgo("school", 2);
        SavedView first = new SavedView("v1", "Who leads?", governance, new Position(1.5, -2), 3.25, false);
        SavedView second = new SavedView("v2", "Everyone, no names", MapFilter.all(), null, 0, true);
        try (EcosystemStore store = EcosystemStore.openOrCreate(dir.resolve("m.teixit"))) {
            store.update(tx -> {
                tx.putSavedView(first);
                tx.putSavedView(second);
            });
        }
        try (EcosystemStore store = EcosystemStore.open(dir.resolve("m.teixit"))) {
            List<SavedView> views = store.savedViews();
            assertEquals(List.of(first, second), views);
            assertNull(views.get(1).centre());
            store.update(tx -> tx.deleteSavedView("v1"));
            assertEquals(List.of(second), store.savedViews());
        }
    }

    @Test
    void version2FileGainsAnEmptyStory() throws Exception {
        Path file = dir.resolve("old.teixit");
        Files.copy(SavedViewStoreTest.class.getResourceAsStream("v1-map.teixit"), file);
        try (EcosystemStore store = EcosystemStore.open(file)) {
            assertEquals(List.of(), store.savedViews());
            assertEquals(3, store.load().actorCount());
        }
    }
}
