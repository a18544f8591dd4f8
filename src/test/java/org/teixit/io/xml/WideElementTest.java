package org.teixit.io.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teixit.io.ImportBatch;
import org.teixit.io.csv.CsvReader;
import org.teixit.io.gexf.GexfReader;
import org.teixit.io.graphml.GraphmlReader;
import org.teixit.task.Progress;

/**
 * A row or node with a hundred thousand columns or attributes (a hostile or machine-made file) is read in
 * time proportional to its size, not its square: it used to take a minute.
 */
class WideElementTest {
    private static final int WIDTH = 100_000;
    private static final Duration QUICK = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private static String joined(String format) {
        return IntStream.range(0, WIDTH).mapToObj(i -> String.format(format, i, i)).collect(Collectors.joining());
    }

    @Test
    void csvWithAHundredThousandColumns() throws Exception {
        Path file = TestFiles.write(dir, "wide.csv", "Id" + joined(",c%d") + "\na" + ",1".repeat(WIDTH) + "\n");
        ImportBatch batch = assertTimeoutPreemptively(QUICK, () -> new CsvReader().read(file, Progress.NONE));
        assertEquals(WIDTH, TestFiles.actor(batch, "a").attributes().size());
    }

    @Test
    void gexfNodeWithAHundredThousandAttvalues() throws Exception {
        Path file = TestFiles.write(dir, "wide.gexf", "<gexf><graph><attributes class=\"node\">"
                + joined("<attribute id=\"%d\" title=\"t%d\"/>") + "</attributes><nodes><node id=\"a\"><attvalues>"
                + joined("<attvalue for=\"%d\" value=\"%d\"/>") + "</attvalues></node></nodes></graph></gexf>");
        ImportBatch batch = assertTimeoutPreemptively(QUICK, () -> new GexfReader().read(file, Progress.NONE));
        assertEquals(WIDTH, TestFiles.actor(batch, "a").attributes().size());
    }

    @Test
    void graphmlNodeWithAHundredThousandDataKeys() throws Exception {
        Path file = TestFiles.write(dir, "wide.graphml", "<graphml>" + joined("<key id=\"k%d\" for=\"node\" attr.name=\"n%d\"/>")
                + "<graph><node id=\"a\">" + joined("<data key=\"k%d\">%d</data>") + "</node></graph></graphml>");
        ImportBatch batch = assertTimeoutPreemptively(QUICK, () -> new GraphmlReader().read(file, Progress.NONE));
        assertEquals(WIDTH, TestFiles.actor(batch, "a").attributes().size());
    }
}
