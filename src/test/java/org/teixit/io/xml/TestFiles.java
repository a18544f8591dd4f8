package org.teixit.io.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.teixit.io.ImportBatch;
import org.teixit.io.ImportException;
import org.teixit.model.Actor;
import org.teixit.model.Ecosystem;
import org.teixit.model.Tie;

/** Finds committed fixtures and writes small inline ones; shared checks for the XML format tests. */
public final class TestFiles {
    private TestFiles() {
    }

    /** A fixture under src/test/resources/org/teixit/io/, e.g. {@code gexf/networkx-karate-1.3.gexf}. */
    public static Path fixture(String relative) {
        URL url = TestFiles.class.getResource("/org/teixit/io/" + relative);
        assertNotNull(url, "missing fixture " + relative);
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Path write(Path folder, String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
    }

    public static Actor actor(ImportBatch batch, String id) {
        return batch.actors().stream().filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no actor " + id));
    }

    public static Tie tie(ImportBatch batch, String id) {
        return batch.ties().stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no tie " + id));
    }

    /** Asserts the batch holds exactly the ecosystem's actors and ties (with every field) and its name. */
    public static void assertSameMap(Ecosystem expected, ImportBatch batch) {
        assertEquals(expected.name(), batch.graphName());
        assertEquals(new ArrayList<>(expected.actors()), batch.actors());
        List<Tie> expectedTies = new ArrayList<>(expected.ties());
        assertEquals(expectedTies.size(), batch.ties().size());
        for (int i = 0; i < expectedTies.size(); i++) {
            assertEquals(expectedTies.get(i), batch.ties().get(i), "tie " + expectedTies.get(i).id());
        }
    }

    /** Asserts a refusal's message is one clean line naming the file and, when given, line and field. */
    public static void assertCleanMessage(ImportException e, String file, int line, String field) {
        String message = e.getMessage();
        assertFalse(message.contains("\n") || message.contains("\r"), "one line: " + message);
        assertFalse(message.contains("Exception") || message.contains("\tat ") || message.contains("ParseError"),
                "no stack trace text: " + message);
        assertTrue(message.startsWith(file + ":"), "names the file: " + message);
        if (line > 0) {
            assertEquals(line, e.location().line(), message);
            assertTrue(message.startsWith(file + ":" + line + ":"), "names the line: " + message);
        }
        if (field != null) {
            assertEquals(field, e.field(), message);
            assertTrue(message.contains("field '" + field + "'"), "names the field: " + message);
        }
    }
}
