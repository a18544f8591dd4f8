package org.teixit.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageArchiveTest {
    @TempDir
    Path dir;

    @Test
    void makesTheArchiveTheJvmWasToldToMapWhenItIsMissing() {
        Path archive = dir.resolve("teixit.jsa");
        assertEquals(Optional.of(archive), ImageArchive.missing(List.of("-Xmx2g", "-XX:SharedArchiveFile=" + archive)));
        assertEquals(Optional.of(archive), ImageArchive.missing(List.of("-XX:SharedArchiveFile=/elsewhere/a.jsa",
                "-XX:SharedArchiveFile=" + archive)), "the last one counts, as for the JVM");
    }

    @Test
    void notWhenItIsThereNotNamedOrCannotBeWritten() throws Exception {
        Path archive = Files.writeString(dir.resolve("teixit.jsa"), "x");
        assertEquals(Optional.empty(), ImageArchive.missing(List.of("-XX:SharedArchiveFile=" + archive)));
        assertEquals(Optional.empty(), ImageArchive.missing(List.of("-Xmx2g")));
        Path notAFolder = Files.writeString(dir.resolve("file"), "x");
        assertEquals(Optional.empty(), ImageArchive.missing(List.of("-XX:SharedArchiveFile=" + notAFolder.resolve("a.jsa"))));
    }

    @Test
    void theClassListTravelsInTheJar() {
        assertFalse(ImageArchive.class.getResource("startup.classlist") == null, "packaging/startup.classlist as a resource");
    }
}
