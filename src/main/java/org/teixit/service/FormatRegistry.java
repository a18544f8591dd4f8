package org.teixit.service;

import java.nio.file.Files;
import java.nio.file.Path;

import org.teixit.io.EcosystemReader;
import org.teixit.io.EcosystemWriter;
import org.teixit.io.ImportException;
import org.teixit.io.MapFormat;
import org.teixit.io.SourceLocation;
import org.teixit.io.csv.CsvPair;
import org.teixit.io.csv.CsvReader;
import org.teixit.io.csv.CsvWriter;
import org.teixit.io.gexf.GexfReader;
import org.teixit.io.gexf.GexfWriter;
import org.teixit.io.graphml.GraphmlReader;
import org.teixit.io.graphml.GraphmlWriter;
import org.teixit.io.json.JsonEcosystemReader;
import org.teixit.io.json.JsonEcosystemWriter;
import org.teixit.io.picture.PictureOptions;
import org.teixit.io.picture.PictureWriter;
import org.teixit.io.roster.RosterReader;
import org.teixit.io.xlsx.XlsxReader;
import org.teixit.io.xlsx.XlsxWriter;

/** The reader and writer for each file format other than the store itself. */
final class FormatRegistry {
    private FormatRegistry() {
    }

    static EcosystemReader reader(Path file) throws ImportException {
        return reader(file, false);
    }

    /**
     * @param roster read a .csv or .xlsx file as a survey roster (as {@code .roster.csv} files always are)
     */
    static EcosystemReader reader(Path file, boolean roster) throws ImportException {
        return guarded(plainReader(file, roster));
    }

    /**
     * A reader whose stray model validation errors (an id longer than the model allows, a coordinate that is
     * not finite, which some readers let through as {@link IllegalArgumentException}) become refusals naming
     * the file, like every other bad input.
     */
    private static EcosystemReader guarded(EcosystemReader reader) {
        return (file, progress) -> {
            try {
                return reader.read(file, progress);
            } catch (IllegalArgumentException | IllegalStateException e) {
                String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
                throw new ImportException(SourceLocation.file(name), null,
                        String.valueOf(e.getMessage()).replaceAll("\\s+", " "), e);
            }
        };
    }

    private static EcosystemReader plainReader(Path file, boolean roster) throws ImportException {
        MapFormat format = MapFormat.requireReadable(file);
        if (roster && (format == MapFormat.CSV || format == MapFormat.XLSX)) {
            return new RosterReader();
        }
        return switch (format) {
            case JSON -> new JsonEcosystemReader();
            case GEXF -> new GexfReader();
            case GRAPHML -> new GraphmlReader();
            case CSV -> new CsvReader();
            case XLSX -> new XlsxReader();
            case ROSTER_CSV, ROSTER_XLSX -> new RosterReader();
            case STORE -> throw new ImportException(SourceLocation.file(file.toString()), null,
                    "is a store; open it instead of reading it as a file");
            case PNG, SVG, PDF -> throw new ImportException(SourceLocation.file(file.toString()), null,
                    "is a picture; Teixit cannot read pictures");
        };
    }

    static EcosystemWriter writer(Path file) throws ImportException {
        return writer(file, PictureOptions.defaults());
    }

    static EcosystemWriter writer(Path file, PictureOptions picture) throws ImportException {
        MapFormat format = MapFormat.requireWritable(file);
        return switch (format) {
            case JSON -> new JsonEcosystemWriter();
            case GEXF -> new GexfWriter();
            case GRAPHML -> new GraphmlWriter();
            case CSV -> new CsvWriter();
            case XLSX -> new XlsxWriter();
            case PNG, SVG, PDF -> new PictureWriter(picture);
            case STORE -> StoreFiles::save;
            case ROSTER_CSV, ROSTER_XLSX -> throw new ImportException(SourceLocation.file(file.toString()), null,
                    "a survey roster is read only; export to .csv or .xlsx instead");
        };
    }

    /** Whether there is something to read at {@code file}: the file, or for {@code map.csv} its pair. */
    static boolean exists(Path file) {
        if (Files.isRegularFile(file)) {
            return true;
        }
        return MapFormat.of(file).orElse(null) == MapFormat.CSV && CsvPair.standsForPair(file);
    }
}
