package org.teixit.io.xml;

import org.teixit.i18n.Messages;
import org.teixit.io.ImportException;
import org.teixit.io.SourceLocation;
import org.teixit.io.xml.RawElement.Value;

/**
 * The longest single value an import takes: far more than any label, note or attribute a person writes,
 * far less than what would stall the map (a 50 MB label in a hostile file, say). A longer value refuses the
 * file, naming its line and field.
 */
public final class ValueLimits {
    /** Characters in one value. */
    public static final int MAX_CHARS = 100_000;

    private ValueLimits() {
    }

    /** Refuses the element if any of its values is longer than {@link #MAX_CHARS}. */
    static void check(RawElement element) throws ImportException {
        for (Value v : element.values()) {
            if (v.text().length() > MAX_CHARS) {
                throw FieldParsing.refuse(v, element.where(), tooLong());
            }
        }
    }

    /** Refuses {@code text}, found at {@code where} in {@code field}, if it is longer than {@link #MAX_CHARS}. */
    public static void check(String text, SourceLocation where, String field) throws ImportException {
        if (!fits(text)) {
            throw new ImportException(where, field, tooLong());
        }
    }

    static boolean fits(String text) {
        return text == null || text.length() <= MAX_CHARS;
    }

    private static String tooLong() {
        return Messages.get("io.value.too-long", MAX_CHARS);
    }
}
