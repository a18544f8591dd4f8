package org.teixit.io.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teixit.io.ImportException;
import org.teixit.io.gexf.GexfReader;
import org.teixit.io.graphml.GraphmlReader;
import org.teixit.task.Progress;

/** A file cut short (a half-finished download or copy) says so in words, not in the parser's. */
class TruncatedXmlTest {
    @TempDir
    Path dir;

    private static String lastLineOf(String text) {
        return Integer.toString((int) text.chars().filter(c -> c == '\n').count() + 1);
    }

    @Test
    void yedFileCutInTheMiddleOfATag() throws Exception {
        String whole = Files.readString(TestFiles.fixture("graphml/yed-shapes.graphml"));
        String half = whole.substring(0, whole.indexOf("<y:NodeLabel", whole.indexOf("n2::n1")) + 20);
        Path file = TestFiles.write(dir, "cut.graphml", half);
        ImportException e = assertThrows(ImportException.class, () -> new GraphmlReader().read(file, Progress.NONE));
        TestFiles.assertCleanMessage(e, "cut.graphml", Integer.parseInt(lastLineOf(half)), null);
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void gexfCutBetweenElements() throws Exception {
        String whole = Files.readString(TestFiles.fixture("gexf/gephi-dynamic.gexf"));
        String half = whole.substring(0, whole.indexOf("<edges>"));
        Path file = TestFiles.write(dir, "cut.gexf", half);
        ImportException e = assertThrows(ImportException.class, () -> new GexfReader().read(file, Progress.NONE));
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void onlyTheXmlDeclarationSaysThereIsNoElement() throws Exception {
        Path file = TestFiles.write(dir, "decl.gexf", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- nothing -->\n");
        ImportException e = assertThrows(ImportException.class, () -> new GexfReader().read(file, Progress.NONE));
        TestFiles.assertCleanMessage(e, "decl.gexf", 0, null);
        assertTrue(e.getMessage().contains("no XML element"), e.getMessage());
    }

    @Test
    void aSyntaxErrorInTheMiddleIsNotCalledTruncated() throws Exception {
        Path file = TestFiles.write(dir, "bad.gexf", "<?xml version=\"1.0\"?>\n<gexf>\n<graph><nodes><node id=\"a>\n"
                + "</nodes></graph>\n</gexf>\n");
        ImportException e = assertThrows(ImportException.class, () -> new GexfReader().read(file, Progress.NONE));
        assertEquals(false, e.getMessage().contains("truncated"), e.getMessage());
        assertTrue(e.getMessage().contains("not well-formed XML"), e.getMessage());
    }
}
