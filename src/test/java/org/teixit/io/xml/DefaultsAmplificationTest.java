package org.teixit.io.xml;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teixit.io.ImportException;
import org.teixit.io.gexf.GexfReader;
import org.teixit.io.graphml.GraphmlReader;
import org.teixit.task.Progress;

/**
 * Declared defaults multiply: a small file declaring thousands of them for thousands of nodes would add
 * billions of values (it ran out of a 1 GB heap after two minutes). It is refused once they pass
 * {@link DefaultBudget#MAX_VALUES}.
 */
class DefaultsAmplificationTest {
    private static final int DECLARED = 1_000;
    private static final int NODES = DefaultBudget.MAX_VALUES / DECLARED + 1;

    @TempDir
    Path dir;

    private static String repeat(String format, int times) {
        return IntStream.range(0, times).mapToObj(i -> String.format(format, i, i)).collect(Collectors.joining());
    }

    private static void assertRefused(Path file, org.junit.jupiter.api.function.ThrowingSupplier<?> read) {
        ImportException e = assertThrows(ImportException.class, () -> assertTimeoutPreemptively(Duration.ofSeconds(20), read));
        TestFiles.assertCleanMessage(e, file.getFileName().toString(), 0, null);
        assertTrue(e.getMessage().contains("defaults"), e.getMessage());
    }

    @Test
    void gexfDefaults() throws Exception {
        Path file = TestFiles.write(dir, "bomb.gexf", "<gexf><graph><attributes class=\"node\">"
                + repeat("<attribute id=\"%d\" title=\"t%d\"><default>v</default></attribute>", DECLARED)
                + "</attributes><nodes>" + repeat("<node id=\"%d\"/>", NODES) + "</nodes></graph></gexf>");
        assertRefused(file, () -> new GexfReader().read(file, Progress.NONE));
    }

    @Test
    void graphmlDefaults() throws Exception {
        Path file = TestFiles.write(dir, "bomb.graphml", "<graphml>"
                + repeat("<key id=\"k%d\" for=\"node\" attr.name=\"n%d\"><default>v</default></key>", DECLARED)
                + "<graph>" + repeat("<node id=\"%d\"/>", NODES) + "</graph></graphml>");
        assertRefused(file, () -> new GraphmlReader().read(file, Progress.NONE));
    }
}
