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

    /** Longest message: the place comes first, so a long quoted value is what is cut. */
    static final int MAX_MESSAGE = 400;

    private static String format(SourceLocation location, String field, String reason) {
        String where = String.valueOf(location);
        return oneLine(field == null || field.isEmpty()
                ? where + ": " + reason
                : where + ": field '" + field + "': " + reason);
    }

    /**
     * One line whatever the file held: line breaks in a quoted value become {@code \n}, other control
     * characters {@code ?}, and a message past {@value #MAX_MESSAGE} characters ends in "…".
     */
    static String oneLine(String message) {
        StringBuilder b = new StringBuilder(Math.min(message.length(), MAX_MESSAGE + 8));
        for (int i = 0; i < message.length() && b.length() < MAX_MESSAGE; i++) {
            char c = message.charAt(i);
            if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c == '\t') {
                b.append(' ');
            } else if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                b.append('?');
            } else {
                b.append(c);
            }
        }
        if (b.length() >= MAX_MESSAGE && message.length() > MAX_MESSAGE) {
            b.setLength(MAX_MESSAGE);
            b.append('…');
        }
        return b.toString();
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
