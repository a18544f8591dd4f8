package org.teixit.io.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;
import org.teixit.io.ImportException;
import org.teixit.io.SourceLocation;
import org.teixit.task.Progress;

/**
 * A CSV file as a {@link TableSource}. The delimiter is a comma, a semicolon or a tab: an Excel-style first
 * line {@code sep=;} says which, else the one that occurs most often, outside quotes, on the header line.
 * Quoted fields may hold delimiters, quotes (doubled) and line breaks. An empty unquoted field is absent;
 * {@code ""} is an empty value. Cells lose the apostrophe {@link CellText} adds against formula injection.
 */
public final class CsvTable implements TableSource {
    static final int REPORT_EVERY = 1000;

    private final String fileName;
    private final String text;
    private final int offset;
    private final int[] lineStarts;
    private final Progress progress;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final char delimiter;
    private TableRow header;
    private boolean headerRead;
    private long rows;
    private long lastEndLine;

    public CsvTable(String fileName, String text, Progress progress) throws ImportException {
        this.fileName = fileName;
        this.text = text;
        this.progress = progress;
        this.lineStarts = lineStarts(text);
        int start = 0;
        Character declared = null;
        String firstLine = text.lines().findFirst().orElse("");
        if (firstLine.length() == 5 && firstLine.regionMatches(true, 0, "sep=", 0, 4)) {
            declared = firstLine.charAt(4);
            start = Math.min(text.length(), text.indexOf(firstLine) + firstLine.length());
            while (start < text.length() && (text.charAt(start) == '\r' || text.charAt(start) == '\n')) {
                if (text.charAt(start) == '\n' || start + 1 >= text.length() || text.charAt(start + 1) != '\n') {
                    start++;
                    break;
                }
                start++;
            }
        }
        this.offset = start;
        this.delimiter = declared != null ? declared : sniff(text, start);
        if ("\"\r\n".indexOf(delimiter) >= 0) {
            throw new ImportException(SourceLocation.line(fileName, 1), null, "cannot use " + delimiter
                    + " as the delimiter");
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setQuote('"')
                .setIgnoreEmptyLines(true).setQuoteMode(QuoteMode.ALL_NON_NULL).setTrim(false)
                .setIgnoreSurroundingSpaces(false).setAllowMissingColumnNames(true).get();
        try {
            this.parser = format.parse(new StringReader(text.substring(start)));
        } catch (IOException e) {
            throw new ImportException(SourceLocation.file(fileName), null, "cannot be read: " + e.getMessage());
        }
        this.records = parser.iterator();
    }

    /** The delimiter in use. */
    public char delimiter() {
        return delimiter;
    }

    /** A file whose fields are not separated by commas may use the comma for decimals, as Excel does. */
    @Override
    public boolean decimalComma() {
        return delimiter != ',';
    }

    @Override
    public String fileName() {
        return fileName;
    }

    @Override
    public String sheetName() {
        return null;
    }

    @Override
    public TableRow header() throws ImportException {
        if (!headerRead) {
            headerRead = true;
            header = read();
        }
        return header;
    }

    @Override
    public TableRow next() throws ImportException {
        header();
        TableRow row = read();
        if (row != null && ++rows % REPORT_EVERY == 0) {
            progress.checkCancelled();
            progress.update("Reading " + fileName, offset + (double) charPosition(row), text.length());
        }
        return row;
    }

    private long charPosition(TableRow row) {
        int line = row.where().line();
        return line - 1 < lineStarts.length ? lineStarts[Math.max(0, line - 1)] : text.length();
    }

    private TableRow read() throws ImportException {
        CSVRecord record;
        try {
            if (!records.hasNext()) {
                return null;
            }
            record = records.next();
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new ImportException(SourceLocation.line(fileName, failingLine()), null, reason(e));
        }
        lastEndLine = parser.getCurrentLineNumber();
        List<String> cells = new ArrayList<>(record.size());
        for (String cell : record) {
            cells.add(CellText.unescape(cell));
        }
        return new TableRow(cells, SourceLocation.line(fileName, lineAt(offset + (int) record.getCharacterPosition())));
    }

    /** The first line of the record the parser failed on: the line after the last record read. */
    private int failingLine() {
        int at = Arrays.binarySearch(lineStarts, offset);
        int baseLine = (at >= 0 ? at + 1 : -at - 1) - 1;
        return nonEmptyFrom(Math.min(lineStarts.length, baseLine + (int) lastEndLine + 1));
    }

    private static String reason(Exception e) {
        String m = String.valueOf(e.getCause() != null ? e.getCause().getMessage() : e.getMessage());
        if (m.contains("EOF reached before encapsulated token finished")) {
            return "a quoted field is never closed (a \" is missing, or the file is cut short)";
        }
        if (m.contains("invalid char between encapsulated token and delimiter")
                || m.contains("Invalid character between encapsulated token and delimiter")) {
            return "text after the closing quote of a field (quotes inside a quoted field must be doubled: \"\")";
        }
        return "not valid CSV: " + m.replaceAll("\\s+", " ").replaceAll("^IOException: ", "");
    }

    /** The 1-based line of a character offset in the text; a record read after empty lines starts after them. */
    int lineAt(int position) {
        int i = Arrays.binarySearch(lineStarts, position);
        return nonEmptyFrom(i >= 0 ? i + 1 : -i - 1);
    }

    private int nonEmptyFrom(int line) {
        int l = Math.max(1, line);
        while (l < lineStarts.length && isEmptyLine(l)) {
            l++;
        }
        return l;
    }

    private boolean isEmptyLine(int line) {
        int start = lineStarts[line - 1];
        int end = line < lineStarts.length ? lineStarts[line] : text.length();
        for (int i = start; i < end; i++) {
            if (text.charAt(i) != '\r' && text.charAt(i) != '\n') {
                return false;
            }
        }
        return true;
    }

    private static int[] lineStarts(String text) {
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                count++;
            }
        }
        int[] starts = new int[count];
        int n = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                starts[n++] = i + 1;
            }
        }
        return starts;
    }

    /** The delimiter used most on the header line, outside quotes; a comma when none is. */
    static char sniff(String text, int from) {
        int comma = 0;
        int semicolon = 0;
        int tab = 0;
        boolean quoted = false;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                comma++;
            } else if (!quoted && c == ';') {
                semicolon++;
            } else if (!quoted && c == '\t') {
                tab++;
            }
        }
        if (tab > 0 && tab >= semicolon && tab >= comma) {
            return '\t';
        }
        if (semicolon > comma) {
            return ';';
        }
        return ',';
    }
}
