package org.teixit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teixit.io.gexf.GexfReader;
import org.teixit.io.xml.TestFiles;
import org.teixit.task.Progress;

/** A file with a problem on every edge lists the first warnings and counts the others in one more. */
class WarningFloodTest {
    @TempDir
    Path dir;

    @Test
    void warningsPastTheLimitAreCounted() throws Exception {
        int edges = ImportBatch.MAX_WARNINGS + 500;
        Path file = TestFiles.write(dir, "zeros.gexf", "<gexf><graph><nodes><node id=\"a\"/></nodes><edges>"
                + IntStream.range(0, edges).mapToObj(i -> "<edge source=\"a\" target=\"a\" weight=\"0\"/>")
                .collect(Collectors.joining()) + "</edges></graph></gexf>");
        ImportBatch batch = new GexfReader().read(file, Progress.NONE);
        assertEquals(edges, batch.ties().size());
        assertEquals(ImportBatch.MAX_WARNINGS + 1, batch.warnings().size());
        String last = batch.warnings().get(ImportBatch.MAX_WARNINGS).message();
        assertTrue(last.contains("500"), last);
        assertEquals("zeros.gexf", batch.warnings().get(ImportBatch.MAX_WARNINGS).location().toString());
    }
}
