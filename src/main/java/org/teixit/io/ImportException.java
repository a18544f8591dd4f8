package org.teixit.io;

/**
 * An input file was refused. The message is one line a user can act on: the file, the line or row, the
 * field when there is one, and the reason — e.g. {@code ties.csv:12: field 'Weight': "lots" is not a
 * number}.
 */
public class ImportException extends Exception {
    private static final long serialVersionUID = 1L;

    private final SourceLocation location;
    private final String field;
    private final String reason;

    public ImportException(SourceLocation location, String field, String reason) {
        this(location, field, reason, null);
    }

    public ImportException(SourceLocation location, String field, String reason, Throwable cause) {
        super(format(location, field, reason), cause);
        this.location = location;
        this.field = field;
        this.reason = reason;
    }

    private static String format(SourceLocation location, String field, String reason) {
        String where = String.valueOf(location);
        return field == null || field.isEmpty()
                ? where + ": " + reason
                : where + ": field '" + field + "': " + reason;
    }

    public SourceLocation location() {
        return location;
    }

    /** The column, attribute or element at fault, or {@code null}. */
    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
