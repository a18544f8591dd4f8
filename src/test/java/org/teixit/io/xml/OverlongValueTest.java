package org.teixit.io.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teixit.io.ImportBatch;
import org.teixit.io.ImportException;
import org.teixit.io.csv.CsvReader;
import org.teixit.io.gexf.GexfReader;
import org.teixit.io.graphml.GraphmlReader;
import org.teixit.task.Progress;

/** A single value far longer than any label or note (a 50 MB attribute, say) is refused, naming where. */
class OverlongValueTest {
    private static final String HUGE = "x".repeat(ValueLimits.MAX_CHARS + 1);

    @TempDir
    Path dir;

    @Test
    void gexfLabelAttribute() throws Exception {
        Path file = TestFiles.write(dir, "big.gexf", "<?xml version=\"1.0\"?>\n<gexf xmlns=\"http://gexf.net/1.3\">"
                + "<graph><nodes>\n<node id=\"a\"/>\n<node id=\"b\" label=\"" + HUGE + "\"/></nodes></graph></gexf>\n");
        ImportException e = assertThrows(ImportException.class, () -> new GexfReader().read(file, Progress.NONE));
        TestFiles.assertCleanMessage(e, "big.gexf", 4, "label");
        assertTrue(e.getMessage().contains(String.format("%,d", ValueLimits.MAX_CHARS))
                || e.getMessage().contains(Integer.toString(ValueLimits.MAX_CHARS)), e.getMessage());
    }

    @Test
    void graphmlEdgeData() throws Exception {
        Path file = TestFiles.write(dir, "big.graphml", "<?xml version=\"1.0\"?>\n"
                + "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"><key id=\"d0\" for=\"edge\" attr.name=\"notes\"/>"
                + "<graph><node id=\"a\"/>\n<edge source=\"a\" target=\"a\">\n<data key=\"d0\">" + HUGE
                + "</data></edge></graph></graphml>\n");
        ImportException e = assertThrows(ImportException.class, () -> new GraphmlReader().read(file, Progress.NONE));
        TestFiles.assertCleanMessage(e, "big.graphml", 4, "notes");
    }

    @Test
    void csvCell() throws Exception {
        Path file = TestFiles.write(dir, "big.csv", "Id,Label,Notes\na,A,short\nb,B," + HUGE + "\n");
        ImportException e = assertThrows(ImportException.class, () -> new CsvReader().read(file, Progress.NONE));
        TestFiles.assertCleanMessage(e, "big.csv", 3, "Notes");
    }

    @Test
    void overlongMapDescriptionIsDroppedWithAWarning() throws Exception {
        Path file = TestFiles.write(dir, "desc.gexf", "<?xml version=\"1.0\"?>\n<gexf xmlns=\"http://gexf.net/1.3\">"
                + "<meta><description>" + HUGE + "</description></meta><graph><nodes><node id=\"a\"/></nodes></graph></gexf>");
        ImportBatch batch = new GexfReader().read(file, Progress.NONE);
        assertNull(batch.graphDescription());
        assertEquals(1, batch.warnings().size(), batch.warnings().toString());
    }
}
