package org.teixit.io.xml;

import org.teixit.i18n.Messages;
import org.teixit.io.ImportException;
import org.teixit.io.SourceLocation;

/**
 * Counts the values a file's declared defaults (GEXF {@code <default>}, GraphML key {@code <default>}) add
 * to its nodes and edges. Every other value is written in the file, so the file's size bounds it; defaults
 * multiply, and a 1 MB file declaring ten thousand of them for twenty thousand nodes would fill any
 * memory. Past {@value #MAX_VALUES} added values the file is refused.
 */
public final class DefaultBudget {
    public static final int MAX_VALUES = 1_000_000;

    private long added;

    /** Counts {@code values} more defaults added to the element at {@code where}; refuses past the limit. */
    public void spend(int values, SourceLocation where) throws ImportException {
        added += values;
        if (added > MAX_VALUES) {
            throw new ImportException(where, null, Messages.get("io.defaults.too-many", MAX_VALUES));
        }
    }
}
