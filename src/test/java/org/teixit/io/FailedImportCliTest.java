package org.teixit.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teixit.cli.Cli;
import org.teixit.cli.CliRun;
import org.teixit.io.xml.TestFiles;

/**
 * Hostile and broken files imported into a store that already holds a map: each is refused with one line
 * naming the file, and the store keeps its bytes.
 */
class FailedImportCliTest {
    @TempDir
    Path dir;

    @Test
    void aStoreKeepsItsMapWhateverIsRefused() throws Exception {
        Path store = dir.resolve("map.teixit");
        CliRun first = CliRun.of("import", TestFiles.fixture("graphml/igraph-directed.graphml").toString(),
                "--into", store.toString());
        assertEquals(0, first.code(), first.err());
        byte[] before = Files.readAllBytes(store);
        String yEd = Files.readString(TestFiles.fixture("graphml/yed-shapes.graphml"));
        Path[] bad = {
            TestFiles.write(dir, "cut.graphml", yEd.substring(0, yEd.length() / 2)),
            TestFiles.write(dir, "xxe.gexf", "<?xml version=\"1.0\"?>\n<!DOCTYPE gexf [<!ENTITY x SYSTEM "
                    + "\"file:///etc/passwd\">]>\n<gexf><graph><nodes><node id=\"a\" label=\"&x;\"/></nodes></graph></gexf>"),
            TestFiles.write(dir, "ghost.gexf", "<gexf><graph><nodes><node id=\"a\"/></nodes>\n<edges>"
                    + "<edge source=\"a\" target=\"ghost\"/></edges></graph></gexf>"),
            TestFiles.write(dir, "twice.graphml", "<graphml><graph><node id=\"a\"/>\n<node id=\"a\"/></graph></graphml>"),
            TestFiles.write(dir, "huge.gexf", "<gexf><graph><nodes><node id=\"a\" label=\""
                    + "x".repeat(org.teixit.io.xml.ValueLimits.MAX_CHARS + 1) + "\"/></nodes></graph></gexf>"),
            Files.write(dir.resolve("noise.gexf"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, (byte) 0xFF}),
            Files.write(dir.resolve("empty.graphml"), new byte[0]),
            Files.write(dir.resolve("latin.graphml"), "<graphml><graph><node id=\"Pla\u00e7a\"/></graph></graphml>"
                    .getBytes(StandardCharsets.ISO_8859_1)),
        };
        for (Path file : bad) {
            CliRun r = CliRun.of("import", file.toString(), "--into", store.toString());
            String name = file.getFileName().toString();
            assertEquals(Cli.REFUSED, r.code(), name + ": " + r.err());
            // one line and nothing else (progress is printed only at a terminal)
            java.util.List<String> lines = r.err().strip().lines().toList();
            assertEquals(1, lines.size(), r.err());
            assertTrue(lines.get(0).startsWith("teixit: " + name + ":"), r.err());
            assertTrue(!r.err().contains("root:") && !r.err().contains("Exception"), r.err());
            assertArrayEquals(before, Files.readAllBytes(store), name + " left the store as it was");
        }
    }
}
