package org.teixit.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.teixit.io.ImportBatch;
import org.teixit.io.ImportException;
import org.teixit.model.Ecosystem;
import org.teixit.sample.SampleEcosystem;
import org.teixit.task.Progress;

class JsonEcosystemReaderTest {
    @TempDir
    Path dir;

    @Test
    void writeThenReadGivesTheSameMap() throws Exception {
        Ecosystem sample = SampleEcosystem.load();
        Path file = dir.resolve("s.teixit.json");
        new JsonEcosystemWriter().write(sample, file);
        try (var in = Files.newInputStream(file)) {
            assertEquals(sample, new JsonEcosystemReader().readEcosystem(in, "s.teixit.json"));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"format\":\"teixit-ecosystem\",\"version\":1,\"ties\":[{\"id\":\"t\",\"source\":\"a\",\"target\":\"b\",\"strength\":9}]}|strength",
        "{\"format\":\"teixit-ecosystem\",\"version\":1,\"ties\":[{\"id\":\"t\",\"source\":\"a\",\"target\":\"b\",\"dimensions\":[\"fun\"]}]}|dimensions",
        "{\"format\":\"teixit-ecosystem\",\"version\":1,\"actors\":[{\"label\":\"no id\"}]}|id",
        "{\"format\":\"teixit-ecosystem\",\"version\":1,\"actors\":[{\"id\":\"a\"},{\"id\":\"a\"}]}|id",
        "{\"format\":\"teixit-ecosystem\",\"version\":1,\"actors\":[{\"id\":\"a\",\"x\":\"left\",\"y\":1}]}|x",
        "{\"format\":\"something-else\"}|format",
        "{\"format\":\"teixit-ecosystem\",\"version\":7}|version",
    })
    void badValuesAreRefusedNamingTheField(String json, String field) throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, json);
        ImportException e = assertThrows(ImportException.class,
                () -> new JsonEcosystemReader().read(file, Progress.NONE));
        assertEquals(field, e.field(), e.getMessage());
        assertTrue(e.getMessage().startsWith("bad.json"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void brokenJsonNamesTheLine() throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\n\"format\": \"teixit-ecosystem\",\n\"actors\": [\n{\"id\": \"a\",,}\n]}");
        ImportException e = assertThrows(ImportException.class,
                () -> new JsonEcosystemReader().read(file, Progress.NONE));
        assertEquals(4, e.location().line(), e.getMessage());
    }

    @Test
    void emptyAndBinaryFilesAreRefused() throws Exception {
        Path empty = dir.resolve("empty.json");
        Files.write(empty, new byte[0]);
        assertThrows(ImportException.class, () -> new JsonEcosystemReader().read(empty, Progress.NONE));
        Path binary = dir.resolve("binary.json");
        Files.write(binary, new byte[] {0, 1, 2, (byte) 0xff, (byte) 0xfe, 0x7f});
        assertThrows(ImportException.class, () -> new JsonEcosystemReader().read(binary, Progress.NONE));
    }

    @Test
    void readsTiesWhoseEndsAreLeftForTheMergerToResolve() throws Exception {
        Path file = dir.resolve("ties-only.json");
        Files.writeString(file, "{\"format\":\"teixit-ecosystem\",\"version\":1,\"ties\":"
                + "[{\"id\":\"t\",\"source\":\"Escola\",\"target\":\"AFA\"}]}");
        ImportBatch batch = new JsonEcosystemReader().read(file, Progress.NONE);
        assertEquals(1, batch.ties().size());
        assertEquals(3, batch.ties().get(0).strength(), "default strength");
    }
}
