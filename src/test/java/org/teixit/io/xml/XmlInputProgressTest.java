package org.teixit.io.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teixit.io.ImportException;
import org.teixit.task.CancelledException;
import org.teixit.task.Progress;

class XmlInputProgressTest {
    @TempDir
    Path dir;

    private Path manyElements(int count) throws Exception {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<gexf>\n");
        for (int i = 0; i < count; i++) {
            xml.append("  <node id=\"n").append(i).append("\"/>\n");
        }
        return TestFiles.write(dir, "many.gexf", xml.append("</gexf>\n").toString());
    }

    private static final class Recording implements Progress {
        final List<double[]> updates = new ArrayList<>();
        final int cancelAfter;
        int checks;

        Recording(int cancelAfter) {
            this.cancelAfter = cancelAfter;
        }

        @Override
        public void update(String message, double done, double total) {
            assertEquals("Reading many.gexf", message);
            updates.add(new double[] {done, total});
        }

        @Override
        public boolean isCancelled() {
            return ++checks > cancelAfter;
        }
    }

    private static void readAll(Path file, Progress progress) throws ImportException {
        try (XmlInput in = XmlInput.openAtRoot(file, progress, "gexf", "GEXF")) {
            while (in.nextChild()) {
                in.skip();
            }
        }
    }

    @Test
    void reportsBytesReadEveryThousandElements() throws Exception {
        Path file = manyElements(5500);
        Recording progress = new Recording(Integer.MAX_VALUE);
        readAll(file, progress);
        assertEquals(5, progress.updates.size());
        assertEquals(5, progress.checks);
        double before = 0;
        for (double[] u : progress.updates) {
            assertEquals(Files.size(file), u[1]);
            assertTrue(u[0] > before && u[0] <= u[1], u[0] + " of " + u[1]);
            before = u[0];
        }
    }

    @Test
    void stopsWhenCancelled() throws Exception {
        Path file = manyElements(5500);
        Recording progress = new Recording(2);
        assertThrows(CancelledException.class, () -> readAll(file, progress));
        assertEquals(2, progress.updates.size());
    }
}
