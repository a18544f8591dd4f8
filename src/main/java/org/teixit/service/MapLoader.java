package org.teixit.service;

import java.nio.file.Files;
import java.nio.file.Path;

import org.teixit.io.ImportBatch;
import org.teixit.io.ImportException;
import org.teixit.io.ImportMerger;
import org.teixit.io.MapFormat;
import org.teixit.io.SourceLocation;
import org.teixit.model.Ecosystem;
import org.teixit.store.EcosystemStore;
import org.teixit.task.Progress;

/**
 * Reads a map from any file Teixit knows: a store, Teixit JSON, GEXF, GraphML, CSV (a file, or
 * {@code map.csv} for the pair {@code map.actors.csv} and {@code map.ties.csv}), XLSX or a survey roster.
 */
public final class MapLoader {
    private MapLoader() {
    }

    public static Ecosystem load(Path file, Progress progress) throws ImportException {
        if (!FormatRegistry.exists(file)) {
            throw new ImportException(SourceLocation.file(file.toString()), null, "no such file");
        }
        if (MapFormat.require(file) == MapFormat.STORE) {
            try (EcosystemStore store = EcosystemStore.open(file)) {
                return store.load();
            }
        }
        ImportBatch batch = FormatRegistry.reader(file).read(file, progress);
        String name = batch.graphName() != null ? batch.graphName() : baseName(file);
        return new ImportMerger(false).merge(Ecosystem.empty(name), batch).merged();
    }

    /** The file's name up to its first dot: {@code palau} for {@code palau.actors.csv}. */
    public static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.indexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
