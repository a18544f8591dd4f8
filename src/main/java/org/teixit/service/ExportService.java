package org.teixit.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.teixit.io.ImportException;
import org.teixit.model.Ecosystem;
import org.teixit.task.Progress;

/** Writes a map from any file Teixit reads to any format it writes, chosen by the target's name. */
public final class ExportService {
    private ExportService() {
    }

    public static Ecosystem export(Path from, Path to, Progress progress) throws ImportException {
        Ecosystem ecosystem = MapLoader.load(from, progress);
        save(ecosystem, to);
        return ecosystem;
    }

    public static void save(Ecosystem ecosystem, Path to) throws ImportException {
        try {
            FormatRegistry.writer(to).write(ecosystem, to);
        } catch (IOException e) {
            throw new UncheckedIOException(to + ": cannot be written: " + e.getMessage(), e);
        }
    }
}
