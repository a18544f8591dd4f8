package org.teixit.io.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.xml.stream.XMLStreamException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teixit.io.ImportException;
import org.teixit.task.Progress;

class XmlFileWriterTest {
    @TempDir
    Path dir;

    private List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }

    @Test
    void writesTheWholeFileAndLeavesNoTemporaryFile() throws Exception {
        Path file = dir.resolve("out.gexf");
        XmlFileWriter.write(file, out -> out.start("gexf").textElement("graph", "hola").end());
        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gexf>\n  <graph>hola</graph>\n</gexf>\n",
                Files.readString(file));
        assertEquals(List.of("out.gexf"), filesIn(dir));
    }

    @Test
    void replacesAnExistingFile() throws Exception {
        Path file = Files.writeString(dir.resolve("out.gexf"), "old");
        XmlFileWriter.write(file, out -> out.start("gexf").end());
        assertTrue(Files.readString(file).contains("<gexf>"));
        assertEquals(List.of("out.gexf"), filesIn(dir));
    }

    @Test
    void aFailureLeavesTheOldFileAndNoTemporaryFile() throws Exception {
        Path file = Files.writeString(dir.resolve("out.gexf"), "old");
        IOException e = assertThrows(IOException.class, () -> XmlFileWriter.write(file, out -> {
            out.start("gexf");
            throw new XMLStreamException("disk on fire");
        }));
        assertTrue(e.getMessage().contains("disk on fire"));
        assertEquals("old", Files.readString(file));
        assertEquals(List.of("out.gexf"), filesIn(dir));
    }

    @Test
    void aMissingFolderFailsWithoutCreatingAnything() {
        assertThrows(IOException.class, () -> XmlFileWriter.write(dir.resolve("no/such/out.gexf"), out -> out.start("a").end()));
        assertFalse(Files.exists(dir.resolve("no")));
    }

    @Test
    void textAndAttributesReadBackExactlyAndUnwritableCharactersBecomeReplacementCharacters() throws Exception {
        String tricky = "línia 1\nlínia 2\r\ntab\there \"q\" 'a' <&> ]]> 😀 ";
        String invalid = "nul\u0000 bell\u0007 lone\uD800 nonchar\uFFFE sentinel\uFDD0";
        Path file = dir.resolve("chars.gexf");
        XmlFileWriter.write(file, out -> out.start("gexf").attribute("a", tricky).attribute("b", invalid)
                .textElement("t", tricky).textElement("u", invalid).end());
        try (XmlInput in = XmlInput.openAtRoot(file, Progress.NONE, "gexf", "GEXF")) {
            assertEquals(tricky, in.attribute("a"));
            assertEquals("nul\uFFFD bell\uFFFD lone\uFFFD nonchar\uFFFD sentinel\uFFFD", in.attribute("b"));
            in.nextChild();
            assertEquals(tricky, in.text());
            in.nextChild();
            assertEquals("nul\uFFFD bell\uFFFD lone\uFFFD nonchar\uFFFD sentinel\uFFFD", in.text());
        } catch (ImportException e) {
            throw new AssertionError(e.getMessage() + "\n" + Files.readString(file), e);
        }
    }
}
