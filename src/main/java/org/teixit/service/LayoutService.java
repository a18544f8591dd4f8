package org.teixit.service;

import java.nio.file.Files;
import java.nio.file.Path;

import org.teixit.io.ImportException;
import org.teixit.io.MapFormat;
import org.teixit.layout.LayoutRunner;
import org.teixit.layout.LayoutSettings;
import org.teixit.model.Ecosystem;
import org.teixit.store.EcosystemStore;
import org.teixit.task.Progress;

/** Lays out a map headless and saves it with its positions. */
public final class LayoutService {
    private LayoutService() {
    }

    /** Runs ForceAtlas2 on the map in {@code in} and writes the result to {@code out} (which may be {@code in}). */
    public static LayoutRunner.Result layout(Path in, Path out, int iterations, long seed, boolean untilSettled,
                                             Progress progress) throws ImportException {
        Ecosystem ecosystem = MapLoader.load(in, progress);
        LayoutSettings settings = LayoutSettings.defaults().withSeed(seed)
                .withThreads(Runtime.getRuntime().availableProcessors());
        LayoutRunner.Result result = new LayoutRunner(settings, untilSettled, 0)
                .run(ecosystem, iterations, progress, p -> { });
        Ecosystem laidOut = LayoutRunner.apply(ecosystem, result.positions());
        if (MapFormat.require(out) == MapFormat.STORE && Files.exists(out)
                && out.toAbsolutePath().normalize().equals(in.toAbsolutePath().normalize())) {
            try (EcosystemStore store = EcosystemStore.open(out)) {
                java.util.Map<String, org.teixit.model.Position> moved = new java.util.HashMap<>(result.positions());
                ecosystem.actors().forEach(a -> {
                    if (a.pinned()) {
                        moved.remove(a.id());
                    }
                });
                store.update(tx -> tx.setPositions(moved, false));
            }
        } else {
            ExportService.save(laidOut, out);
        }
        return result;
    }
}
