package org.teixit.io.csv;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * How one map is kept in two CSV files: {@code map.csv} stands for {@code map.actors.csv} and
 * {@code map.ties.csv}, beside it.
 */
public final class CsvPair {
    private CsvPair() {
    }

    public static Path actorsFile(Path csv) {
        return sibling(csv, ".actors.csv");
    }

    public static Path tiesFile(Path csv) {
        return sibling(csv, ".ties.csv");
    }

    /** Whether {@code csv} itself is missing but stands for a pair of which at least the actors file exists. */
    public static boolean standsForPair(Path csv) {
        return !Files.exists(csv) && Files.isRegularFile(actorsFile(csv));
    }

    private static Path sibling(Path csv, String ending) {
        String name = csv.getFileName().toString();
        String base = name.toLowerCase(Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
        return csv.resolveSibling(base + ending);
    }
}
