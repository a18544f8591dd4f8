package org.teixit.io;

/**
 * Where in an input file something was read: a line (text formats), or a row of a sheet. {@code 0}
 * means unknown.
 */
public record SourceLocation(String file, String sheet, int line) {
    public static SourceLocation line(String file, int line) {
        return new SourceLocation(file, null, line);
    }

    public static SourceLocation row(String file, String sheet, int row) {
        return new SourceLocation(file, sheet, row);
    }

    public static SourceLocation file(String file) {
        return new SourceLocation(file, null, 0);
    }

    /** {@code ties.csv:12}, {@code book.xlsx[Ties]:7}, or just the file name. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(file == null ? "?" : file);
        if (sheet != null) {
            b.append('[').append(sheet).append(']');
        }
        if (line > 0) {
            b.append(sheet != null ? ":row " : ":").append(line);
        }
        return b.toString();
    }
}
