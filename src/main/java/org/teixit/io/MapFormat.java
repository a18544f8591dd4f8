package org.teixit.io;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file Teixit reads and writes, told apart by their name's ending (the longest ending that
 * matches wins, so {@code survey.roster.csv} is a roster and {@code map.csv} a spreadsheet pair).
 */
public enum MapFormat {
    /** A Teixit store: a SQLite database. */
    STORE(".teixit", true, true),
    /** Teixit's JSON form. */
    JSON(".json", true, true),
    /** GEXF, Gephi's format. */
    GEXF(".gexf", true, true),
    /** GraphML, as networkx, yEd and Gephi write it. */
    GRAPHML(".graphml", true, true),
    /** A survey roster (name-generator export) as CSV: one row per respondent. Read only. */
    ROSTER_CSV(".roster.csv", true, false),
    /** A survey roster in the first sheet of a workbook. Read only. */
    ROSTER_XLSX(".roster.xlsx", true, false),
    /**
     * CSV in Gephi's spreadsheet conventions: a file with Source/Target columns holds ties, any other
     * actors. Written as a pair: {@code map.csv} becomes {@code map.actors.csv} and {@code map.ties.csv}.
     */
    CSV(".csv", true, true),
    /** A workbook with an actors sheet and a ties sheet. */
    XLSX(".xlsx", true, true),
    /** A picture of the map with its legend, at any size. Written only. */
    PNG(".png", false, true),
    /** A vector picture of the map with its legend. Written only. */
    SVG(".svg", false, true),
    /** A vector PDF page of the map with its legend. Written only. */
    PDF(".pdf", false, true);

    private final String extension;
    private final boolean readable;
    private final boolean writable;

    MapFormat(String extension, boolean readable, boolean writable) {
        this.extension = extension;
        this.readable = readable;
        this.writable = writable;
    }

    public String extension() {
        return extension;
    }

    /** Whether Teixit can import or open files of this format. */
    public boolean readable() {
        return readable;
    }

    /** Whether Teixit can export to this format. */
    public boolean writable() {
        return writable;
    }

    /** A picture (PNG, SVG, PDF) rather than map data. */
    public boolean isPicture() {
        return this == PNG || this == SVG || this == PDF;
    }

    /** A survey roster, read by the roster reader. */
    public boolean isRoster() {
        return this == ROSTER_CSV || this == ROSTER_XLSX;
    }

    public static Optional<MapFormat> of(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return Optional.empty();
        }
        String lower = name.toString().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> lower.endsWith(f.extension))
                .max((a, b) -> Integer.compare(a.extension.length(), b.extension.length()));
    }

    /** Like {@link #of} but fails with a message naming the file and the endings Teixit knows. */
    public static MapFormat require(Path file) throws ImportException {
        return of(file).orElseThrow(() -> new ImportException(SourceLocation.file(file.toString()), null,
                "unknown file type; Teixit reads and writes " + knownExtensions()));
    }

    /** Like {@link #require} for a file to read: pictures are refused. */
    public static MapFormat requireReadable(Path file) throws ImportException {
        MapFormat f = require(file);
        if (!f.readable) {
            throw new ImportException(SourceLocation.file(file.toString()), null,
                    "is a picture; Teixit writes " + f.extension + " files but cannot read them");
        }
        return f;
    }

    /** Like {@link #require} for a file to write: rosters are refused. */
    public static MapFormat requireWritable(Path file) throws ImportException {
        MapFormat f = require(file);
        if (!f.writable) {
            throw new ImportException(SourceLocation.file(file.toString()), null,
                    "a survey roster is read only; export to .csv or .xlsx instead");
        }
        return f;
    }

    public static String knownExtensions() {
        return String.join(", ", Arrays.stream(values()).map(MapFormat::extension).toList());
    }
}
