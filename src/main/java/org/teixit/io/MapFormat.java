package org.teixit.io;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of file Teixit reads and writes, told apart by their name's ending. */
public enum MapFormat {
    /** A Teixit store: a SQLite database. */
    STORE(".teixit"),
    /** Teixit's JSON form. */
    JSON(".json"),
    /** GEXF, Gephi's format. */
    GEXF(".gexf"),
    /** GraphML, as networkx, yEd and Gephi write it. */
    GRAPHML(".graphml");

    private final String extension;

    MapFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    public static Optional<MapFormat> of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> name.endsWith(f.extension)).findFirst();
    }

    /** Like {@link #of} but fails with a message naming the file and the endings Teixit knows. */
    public static MapFormat require(Path file) throws ImportException {
        return of(file).orElseThrow(() -> new ImportException(SourceLocation.file(file.toString()), null,
                "unknown file type; Teixit reads and writes " + knownExtensions()));
    }

    public static String knownExtensions() {
        return String.join(", ", Arrays.stream(values()).map(MapFormat::extension).toList());
    }
}
