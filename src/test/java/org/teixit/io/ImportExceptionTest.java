package org.teixit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A refusal is one line a user can read, whatever the file held (the import fuzzing found a line break). */
class ImportExceptionTest {

    @Test
    void lineBreaksAndControlCharactersInAQuotedValueStayOnOneLine() {
        ImportException e = new ImportException(SourceLocation.file("m.ties.csv"), "source",
                "names unknown actor '-\n,#1\r\u0000\u2028x'");
        assertEquals("m.ties.csv: field 'source': names unknown actor '-\\n,#1\\r??x'", e.getMessage());
        assertFalse(e.getMessage().lines().count() > 1);
    }

    @Test
    void aHugeValueIsCutAfterThePlace() {
        String huge = "x".repeat(100_000);
        ImportException e = new ImportException(SourceLocation.file("big.gexf"), "label", "'" + huge + "'");
        assertTrue(e.getMessage().startsWith("big.gexf: field 'label': 'xxx"), e.getMessage());
        assertEquals(ImportException.MAX_MESSAGE + 1, e.getMessage().length());
        assertTrue(e.getMessage().endsWith("…"));
    }
}
