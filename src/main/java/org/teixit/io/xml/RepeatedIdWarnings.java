package org.teixit.io.xml;

import org.teixit.i18n.Messages;
import org.teixit.io.ImportBatch;
import org.teixit.io.SourceLocation;

/**
 * Warns about edge ids a file repeats: the first in full, the others counted in one more warning. A
 * networkx multigraph writes each pair's edge keys as ids ("0", "1", …), so most of its edges repeat an id;
 * one warning per edge would bury every other warning.
 */
final class RepeatedIdWarnings {
    private final ImportBatch.Builder batch;
    private boolean firstReported;
    private int more;
    private SourceLocation firstOfMore;

    RepeatedIdWarnings(ImportBatch.Builder batch) {
        this.batch = batch;
    }

    /** The edge at {@code where} repeats {@code id} and is read as {@code madeId}. */
    void repeated(String id, String madeId, SourceLocation where) {
        if (!firstReported) {
            batch.warn(where, "edge id " + FieldParsing.quote(id) + " is used twice; this edge is read as " + madeId);
            firstReported = true;
        } else if (more++ == 0) {
            firstOfMore = where;
        }
    }

    /** Adds the warning that counts the repeats not reported one by one, if there were any. */
    void finish() {
        if (more > 0) {
            batch.warn(firstOfMore, Messages.get("io.edge-id.repeated-more", more));
        }
    }
}
