package org.teixit.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import java.util.List;

import org.teixit.io.ImportException;
import org.teixit.io.MapFormat;
import org.teixit.io.csv.CsvWriter;
import org.teixit.io.picture.PictureOptions;
import org.teixit.model.Ecosystem;
import org.teixit.task.Progress;

/**
 * Writes a map from any file Teixit reads to any format it writes, chosen by the target's name: a store,
 * JSON, GEXF, GraphML, CSV ({@code map.csv} writes {@code map.actors.csv} and {@code map.ties.csv}), XLSX,
 * or a picture (PNG, SVG, PDF) drawn as on screen with its legend.
 */
public final class ExportService {
    private ExportService() {
    }

    public static Ecosystem export(Path from, Path to, Progress progress) throws ImportException {
        return export(from, to, progress, PictureOptions.defaults());
    }

    /** As {@link #export(Path, Path, Progress)}; {@code picture} sizes PNG, SVG and PDF output. */
    public static Ecosystem export(Path from, Path to, Progress progress, PictureOptions picture)
            throws ImportException {
        MapFormat.requireWritable(to);
        Ecosystem ecosystem = MapLoader.load(from, progress);
        save(ecosystem, to, picture);
        return ecosystem;
    }

    public static void save(Ecosystem ecosystem, Path to) throws ImportException {
        save(ecosystem, to, PictureOptions.defaults());
    }

    public static void save(Ecosystem ecosystem, Path to, PictureOptions picture) throws ImportException {
        try {
            FormatRegistry.writer(to, picture).write(ecosystem, to);
        } catch (IOException e) {
            throw new UncheckedIOException(to + ": cannot be written: " + e.getMessage(), e);
        }
    }

    /** The files {@link #save} writes for {@code to}: two for a CSV pair, else {@code to} itself. */
    public static List<Path> filesWritten(Path to) {
        return MapFormat.of(to).orElse(null) == MapFormat.CSV ? CsvWriter.filesFor(to) : List.of(to);
    }
}
