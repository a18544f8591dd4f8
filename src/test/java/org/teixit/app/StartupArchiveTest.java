package org.teixit.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupArchiveTest {
    @TempDir
    Path dir;

    @Test
    void relaunchesWithTheArchiveBesideTheJarKeepingOptionsAndArguments() throws Exception {
        Path jar = Files.createFile(dir.resolve("teixit.jar"));
        Path archive = Files.createFile(dir.resolve(StartupArchive.ARCHIVE));
        List<String> command = StartupArchive.relaunchCommand("/jdk/bin/java", jar, List.of("-Xmx2g", "-Dteixit.home=/h"),
                1234L, "org.teixit.Launcher", new String[] {"map one.teixit", "--x"}).orElseThrow();
        assertEquals(List.of("/jdk/bin/java", "-Xmx2g", "-Dteixit.home=/h", "-XX:SharedArchiveFile=" + archive,
                "-Xshare:auto", "-Dteixit.relaunch=false", "-Dteixit.launchedAt=1234", "-cp", jar.toString(),
                "org.teixit.Launcher", "map one.teixit", "--x"), command);
    }

    @Test
    void noRelaunchWithoutAnArchive() throws Exception {
        Path jar = Files.createFile(dir.resolve("teixit.jar"));
        assertTrue(StartupArchive.relaunchCommand("java", jar, List.of(), 0L, "M", new String[0]).isEmpty());
    }

    @Test
    void noRelaunchWhenTheJvmAlreadyChoseItsSharing() throws Exception {
        Path jar = Files.createFile(dir.resolve("teixit.jar"));
        Files.createFile(dir.resolve(StartupArchive.ARCHIVE));
        assertTrue(StartupArchive.relaunchCommand("java", jar, List.of("-Xshare:off"), 0L, "M", new String[0]).isEmpty());
        assertTrue(StartupArchive.relaunchCommand("java", jar, List.of("-XX:SharedArchiveFile=/a.jsa"), 0L, "M",
                new String[0]).isEmpty());
    }

    @Test
    void testsRunFromClassFoldersSoTheWindowOpensInThisJvm() {
        assertTrue(StartupArchive.relaunchCommand("org.teixit.Launcher", new String[0]).isEmpty());
    }
}
