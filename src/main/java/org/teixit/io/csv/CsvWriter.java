package org.teixit.io.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

import org.teixit.io.AtomicFile;
import org.teixit.io.EcosystemWriter;
import org.teixit.io.xml.Column;
import org.teixit.model.Ecosystem;

/**
 * Writes a map as two CSV files in Gephi's spreadsheet conventions ({@link TableColumns}): {@code map.csv}
 * becomes {@code map.actors.csv} and {@code map.ties.csv} (see {@link CsvPair}). UTF-8 without byte order
 * mark, comma-separated, CRLF line ends (RFC 4180); every value is quoted and an absent value is an empty
 * unquoted field, so an empty text and no value stay apart. Cells that a spreadsheet would run as formulas
 * get a leading apostrophe ({@link CellText}). Each file is written atomically.
 */
public final class CsvWriter implements EcosystemWriter {
    @Override
    public void write(Ecosystem ecosystem, Path file) throws IOException {
        writeTable(CsvPair.actorsFile(file), ecosystem.actors(), TableColumns.actors(ecosystem.actors()));
        writeTable(CsvPair.tiesFile(file), ecosystem.ties(), TableColumns.ties(ecosystem.ties()));
    }

    /** The files {@link #write} writes for {@code file}. */
    public static List<Path> filesFor(Path file) {
        return List.of(CsvPair.actorsFile(file), CsvPair.tiesFile(file));
    }

    private static <T> void writeTable(Path file, Collection<T> rows, List<Column<T>> columns) throws IOException {
        AtomicFile.write(file, out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            for (int i = 0; i < columns.size(); i++) {
                cell(w, i, columns.get(i).name());
            }
            w.write("\r\n");
            for (T row : rows) {
                for (int i = 0; i < columns.size(); i++) {
                    cell(w, i, columns.get(i).value().apply(row));
                }
                w.write("\r\n");
            }
            w.flush();
        });
    }

    private static void cell(Writer w, int index, String value) throws IOException {
        if (index > 0) {
            w.write(',');
        }
        if (value != null) {
            w.write('"');
            w.write(CellText.escape(value).replace("\"", "\"\""));
            w.write('"');
        }
    }
}
