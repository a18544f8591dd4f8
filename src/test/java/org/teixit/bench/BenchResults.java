package org.teixit.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Locale;

/**
 * Where the benchmarks put their numbers. Every row is printed; when {@code -Dbench.results=FILE} is set it
 * is also appended to FILE as one tab-separated line (row, target, measured, verdict), which
 * {@code bench/run.sh} turns into the final summary table. Named values that {@code run.sh} compares with
 * outside numbers (graphology) go to {@code -Dbench.values=FILE} as {@code key=value} lines.
 */
final class BenchResults {
    /** A row's verdict: the target was met, missed, or the row is for information only. */
    enum Verdict {
        MET("met"), MISSED("MISSED"), INFO("info");

        private final String word;

        Verdict(String word) {
            this.word = word;
        }

        static Verdict of(boolean met) {
            return met ? MET : MISSED;
        }
    }

    private BenchResults() {
    }

    static void row(String row, String target, String measured, Verdict verdict) {
        System.out.printf("  %-58s target %-14s measured %-26s %s%n", row, target, measured, verdict.word);
        append("bench.results", String.join("\t", clean(row), clean(target), clean(measured), verdict.word));
    }

    static void value(String key, double value) {
        append("bench.values", key + "=" + String.format(Locale.ROOT, "%.4f", value));
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ');
    }

    private static void append(String property, String line) {
        String file = System.getProperty(property);
        if (file == null || file.isBlank()) {
            return;
        }
        try {
            Files.writeString(Path.of(file), line + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Milliseconds, e.g. {@code 12.3 ms}. */
    static String ms(double ms) {
        return String.format(Locale.ROOT, ms >= 100 ? "%.0f ms" : "%.1f ms", ms);
    }

    static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }

    /** The median of {@code values} (which it sorts). */
    static double median(double[] values) {
        Arrays.sort(values);
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }

    /** The nearest-rank percentile {@code p} (0–100) of {@code values} (which it sorts). */
    static double percentile(double[] values, double p) {
        Arrays.sort(values);
        int rank = (int) Math.ceil(p / 100.0 * values.length);
        return values[Math.max(0, Math.min(values.length - 1, rank - 1))];
    }
}
