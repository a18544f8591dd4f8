package org.teixit.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

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
        List<String> expected = new java.util.ArrayList<>(List.of("/jdk/bin/java", "-Xmx2g", "-Dteixit.home=/h",
                "-XX:SharedArchiveFile=" + archive, "-Xshare:auto"));
        expected.addAll(StartupArchive.LATER_C2);
        expected.addAll(List.of("-Dteixit.relaunch=false", "-Dteixit.launchedAt=1234", "-cp", jar.toString(),
                "org.teixit.Launcher", "map one.teixit", "--x"));
        assertEquals(expected, command);
        List<String> ownTiers = StartupArchive.relaunchCommand("java", jar, List.of("-XX:TieredStopAtLevel=1"), 0L,
                "M", new String[0]).orElseThrow();
        assertTrue(ownTiers.stream().noneMatch(StartupArchive.LATER_C2::contains), "the user's own compiler options win");
    }

    @Test
    void theReadmesArgumentFileHasTheSameOptions() throws Exception {
        List<String> options = Files.readAllLines(Path.of("packaging/teixit.jvm")).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        List<String> expected = new java.util.ArrayList<>(List.of("-XX:SharedArchiveFile=target/" + StartupArchive.ARCHIVE));
        expected.addAll(StartupArchive.LATER_C2);
        expected.add("-Dteixit.relaunch=false"); // what the relaunch adds too: these options need none
        assertEquals(expected, options);
    }

    @Test
    void theJvmOptionsAreWhatComesBeforeTheJar() {
        assertEquals(Optional.of(List.of("-Xmx2g", "-Dteixit.home=/a b", "--add-opens", "java.base/java.lang=ALL-UNNAMED")),
                StartupArchive.optionsBeforeJar(new String[] {"-Xmx2g", "-Dteixit.home=/a b", "--add-opens",
                        "java.base/java.lang=ALL-UNNAMED", "-jar", "teixit.jar", "-jar"}));
        assertEquals(Optional.of(List.of()), StartupArchive.optionsBeforeJar(new String[] {"-jar", "teixit.jar"}));
        // an argument file's options are not on the command line; nor is a jar when a class is named
        assertEquals(Optional.empty(), StartupArchive.optionsBeforeJar(new String[] {"@opts", "-jar", "teixit.jar"}));
        assertEquals(Optional.empty(), StartupArchive.optionsBeforeJar(new String[] {"-cp", "x.jar", "org.M"}));
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
