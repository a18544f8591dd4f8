package org.teixit.io.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teixit.io.ImportBatch;
import org.teixit.io.ImportException;
import org.teixit.io.gexf.GexfReader;
import org.teixit.model.Position;
import org.teixit.task.Progress;

/** Gephi writes x="NaN" for a node a layout lost; the node keeps no position instead of sinking the file. */
class NanPositionTest {
    @TempDir
    Path dir;

    private ImportBatch read(String nodes) throws Exception {
        Path file = TestFiles.write(dir, "nan.gexf", "<?xml version=\"1.0\"?>\n<gexf xmlns=\"http://gexf.net/1.3\" "
                + "xmlns:viz=\"http://gexf.net/1.3/viz\"><graph><nodes>\n" + nodes + "\n</nodes></graph></gexf>\n");
        return new GexfReader().read(file, Progress.NONE);
    }

    @Test
    void notANumberPositionIsDroppedWithAWarning() throws Exception {
        ImportBatch batch = read("<node id=\"a\" label=\"A\"><viz:position x=\"NaN\" y=\"NaN\" z=\"0.0\"/></node>\n"
                + "<node id=\"b\"><viz:position x=\"1.5\" y=\"-Infinity\"/></node>\n"
                + "<node id=\"c\"><viz:position x=\"2\" y=\"3\"/></node>");
        assertFalse(TestFiles.actor(batch, "a").hasPosition());
        assertFalse(TestFiles.actor(batch, "b").hasPosition());
        assertEquals(new Position(2, 3), TestFiles.actor(batch, "c").position());
        assertEquals(2, batch.warnings().size(), batch.warnings().toString());
        assertEquals(3, batch.warnings().get(0).location().line());
        assertTrue(batch.warnings().get(0).message().contains("a"), batch.warnings().toString());
    }

    @Test
    void otherTextIsStillRefused() {
        ImportException e = assertThrows(ImportException.class,
                () -> read("<node id=\"a\"><viz:position x=\"left\" y=\"1\"/></node>"));
        TestFiles.assertCleanMessage(e, "nan.gexf", 3, "x");
    }
}
