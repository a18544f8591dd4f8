package org.teixit.io.csv;

import java.nio.file.Files;
import java.nio.file.Path;

import org.teixit.io.EcosystemReader;
import org.teixit.io.ImportBatch;
import org.teixit.io.ImportException;
import org.teixit.io.SourceLocation;
import org.teixit.io.xml.BatchCollector;
import org.teixit.task.Progress;

/**
 * Reads a CSV file of actors or of ties (see {@link TableMapping}), or, given {@code map.csv} when only
 * {@code map.actors.csv} and {@code map.ties.csv} exist, both of them as one batch. Text is decoded by
 * {@link DecodedText} and split by {@link CsvTable}.
 */
public final class CsvReader implements EcosystemReader {
    @Override
    public ImportBatch read(Path file, Progress progress) throws ImportException {
        String name = nameOf(file);
        BatchCollector batch = new BatchCollector(name).refuseDuplicateEdgeIds();
        if (CsvPair.standsForPair(file)) {
            readTable(CsvPair.actorsFile(file), batch, progress);
            Path ties = CsvPair.tiesFile(file);
            if (Files.exists(ties)) {
                readTable(ties, batch, progress);
            }
        } else {
            readTable(file, batch, progress);
        }
        ImportBatch result = batch.finish();
        progress.update("Read " + name, 1, 1);
        return result;
    }

    /** Reads one CSV file into {@code batch}; returns what it held. */
    public static TableMapping.Kind readTable(Path file, BatchCollector batch, Progress progress)
            throws ImportException {
        String name = nameOf(file);
        DecodedText text = DecodedText.read(file, name);
        if (text.guessedAt() > 0) {
            batch.warn(SourceLocation.line(name, text.guessedAt()), "the file is not UTF-8; read as Windows-1252 "
                    + "(Western European) from here on: check its accents, or save it as \"CSV UTF-8\"");
        }
        return TableMapping.read(new CsvTable(name, text.text(), progress), batch);
    }

    static String nameOf(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }
}
