package org.teixit.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.teixit.model.Actor;
import org.teixit.model.Ecosystem;
import org.teixit.model.Position;
import org.teixit.sample.SampleEcosystem;
import org.teixit.task.CancelledException;
import org.teixit.task.Progress;

class LayoutRunnerTest {
    /** The sample without its saved positions, so the seed decides where actors start. */
    private final Ecosystem sample = unplaced(SampleEcosystem.load());

    private static Ecosystem unplaced(Ecosystem e) {
        Ecosystem.Builder b = e.toBuilder();
        e.actors().forEach(a -> b.actor(a.withPosition(null)));
        return b.build();
    }

    private static LayoutRunner.Result run(Ecosystem e, long seed, int iterations) {
        return new LayoutRunner(LayoutSettings.defaults().withSeed(seed), false, 0)
                .run(e, iterations, Progress.NONE, p -> { });
    }

    @Test
    void sameSeedGivesSameLayout() {
        assertEquals(run(sample, 7, 200).positions(), run(sample, 7, 200).positions());
    }

    @Test
    void otherSeedGivesOtherLayout() {
        assertNotEquals(run(sample, 7, 50).positions(), run(sample, 8, 50).positions());
    }

    @Test
    void tiedActorsEndCloserThanUntiedOnes() {
        Map<String, Position> p = run(sample, 1, 500).positions();
        double tied = distance(p, "families", "pupils-infant");
        double untied = distance(p, "swimming-club", "pupils-infant");
        assertTrue(tied < untied, "tied " + tied + " vs untied " + untied);
    }

    @Test
    void savedPositionsAreTheStartingPoint() {
        Ecosystem placed = SampleEcosystem.load();
        assertEquals(run(placed, 1, 30).positions(), run(placed, 2, 30).positions(), "the seed only places new actors");
    }

    @Test
    void pinnedActorStaysPut() {
        Actor school = sample.actor("school").orElseThrow().withPosition(new Position(123, -45)).withPinned(true);
        Ecosystem pinned = sample.toBuilder().actor(school).build();
        assertEquals(new Position(123, -45), run(pinned, 3, 100).positions().get("school"));
    }

    @Test
    void stopsWhenSettled() {
        LayoutRunner.Result r = new LayoutRunner(LayoutSettings.defaults(), true, 0)
                .run(sample, 20_000, Progress.NONE, p -> { });
        assertTrue(r.settled());
        assertTrue(r.iterations() < 20_000, "ran " + r.iterations());
    }

    @Test
    void cancelStopsTheRun() {
        Progress cancelled = new Progress() {
            @Override
            public void update(String message, double done, double total) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThrows(CancelledException.class, () -> new LayoutRunner(LayoutSettings.defaults(), true, 0)
                .run(sample, 100, cancelled, p -> { }));
    }

    @Test
    void snapshotsAreThrottled() {
        List<Map<String, Position>> snapshots = new ArrayList<>();
        new LayoutRunner(LayoutSettings.defaults(), false, 1).run(sample, 300, Progress.NONE, snapshots::add);
        assertTrue(snapshots.size() < 10, "got " + snapshots.size() + " snapshots for 300 fast steps");
        assertEquals(sample.actorCount(), snapshots.get(snapshots.size() - 1).size());
    }

    private static double distance(Map<String, Position> p, String a, String b) {
        return Math.hypot(p.get(a).x() - p.get(b).x(), p.get(a).y() - p.get(b).y());
    }
}
