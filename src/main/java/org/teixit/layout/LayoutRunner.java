package org.teixit.layout;

import java.util.Map;
import java.util.function.Consumer;

import org.teixit.model.Ecosystem;
import org.teixit.model.Position;
import org.teixit.task.Progress;

/**
 * Owns the ForceAtlas2 loop: runs up to a number of iterations, stops early once the map has settled,
 * checks for cancellation between steps, and hands out position snapshots at most {@code
 * snapshotsPerSecond} times a second so a view can animate without being flooded.
 */
public final class LayoutRunner {
    /** Average movement per step, relative to the map's size, under which the map counts as settled. */
    public static final double SETTLED_MOVEMENT = 2e-4;
    /** How many calm steps in a row mean settled. */
    public static final int SETTLED_STEPS = 25;

    private final LayoutSettings settings;
    private final boolean stopWhenSettled;
    private final int snapshotsPerSecond;

    public LayoutRunner(LayoutSettings settings, boolean stopWhenSettled, int snapshotsPerSecond) {
        this.settings = settings;
        this.stopWhenSettled = stopWhenSettled;
        this.snapshotsPerSecond = snapshotsPerSecond;
    }

    /** What a run did. */
    public record Result(Map<String, Position> positions, int iterations, boolean settled) {
    }

    /**
     * @param snapshots receives positions while the layout runs (may be called from this thread only)
     */
    public Result run(Ecosystem ecosystem, int maxIterations, Progress progress,
                      Consumer<Map<String, Position>> snapshots) {
        try (ForceAtlas2Layout layout = new ForceAtlas2Layout(ecosystem, settings)) {
            long minNanosBetweenSnapshots = snapshotsPerSecond <= 0 ? Long.MAX_VALUE : 1_000_000_000L / snapshotsPerSecond;
            long lastSnapshot = System.nanoTime();
            int calm = 0;
            int i = 0;
            boolean settled = false;
            while (i < maxIterations) {
                progress.checkCancelled();
                double movement = layout.step();
                i++;
                calm = movement < SETTLED_MOVEMENT ? calm + 1 : 0;
                if (calm >= SETTLED_STEPS) {
                    settled = true;
                    if (stopWhenSettled) {
                        break;
                    }
                }
                long now = System.nanoTime();
                if (now - lastSnapshot >= minNanosBetweenSnapshots) {
                    snapshots.accept(layout.positions());
                    lastSnapshot = now;
                    progress.update("layout", i, maxIterations);
                }
            }
            Map<String, Position> positions = layout.positions();
            snapshots.accept(positions);
            progress.update("layout", i, maxIterations);
            return new Result(positions, i, settled);
        }
    }

    /** Applies positions to a map, leaving actors that are not in {@code positions} as they were. */
    public static Ecosystem apply(Ecosystem ecosystem, Map<String, Position> positions) {
        Ecosystem.Builder b = ecosystem.toBuilder();
        ecosystem.actors().forEach(a -> {
            Position p = positions.get(a.id());
            if (p != null && !a.pinned()) {
                b.actor(a.withPosition(p));
            }
        });
        return b.build();
    }
}
