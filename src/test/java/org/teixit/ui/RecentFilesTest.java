package org.teixit.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentFilesTest {
    @TempDir
    Path dir;

    @Test
    void keepsTheLastEightMapsNewestFirstWithoutRepeats() throws IOException {
        RecentFiles recent = new RecentFiles(dir.resolve("home/recent.txt"));
        List<Path> maps = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            maps.add(Files.writeString(dir.resolve("map" + i + ".teixit"), "x"));
            recent.add(maps.get(i));
        }
        recent.add(dir.resolve("map5.teixit"));

        List<Path> expected = List.of(maps.get(5), maps.get(9), maps.get(8), maps.get(7), maps.get(6),
                maps.get(4), maps.get(3), maps.get(2));
        assertEquals(expected, recent.list());
        assertEquals(expected, new RecentFiles(dir.resolve("home/recent.txt")).list(), "kept across launches");
        assertEquals(Optional.of(maps.get(5)), recent.last());
    }

    @Test
    void mapsThatAreGoneDropOut() throws IOException {
        RecentFiles recent = new RecentFiles(dir.resolve("recent.txt"));
        Path kept = Files.writeString(dir.resolve("kept.teixit"), "x");
        Path gone = Files.writeString(dir.resolve("gone.teixit"), "x");
        recent.add(kept);
        recent.add(gone);
        Files.delete(gone);

        assertEquals(List.of(kept), recent.list());
    }

    @Test
    void aMissingOrGarbledListIsEmptyAndCanBeWrittenAgain() throws IOException {
        Path file = dir.resolve("recent.txt");
        assertEquals(List.of(), new RecentFiles(file).list());
        Files.write(file, new byte[] {(byte) 0xff, (byte) 0xfe, 0, '\n', 'x'});
        RecentFiles recent = new RecentFiles(file);
        assertEquals(List.of(), recent.list());

        Path map = Files.writeString(dir.resolve("a.teixit"), "x");
        recent.add(map);
        assertEquals(List.of(map), recent.list());
    }

    @Test
    void aListThatCannotBeWrittenIsNotAnError() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("file"), "x");
        RecentFiles recent = new RecentFiles(notAFolder.resolve("recent.txt"));
        recent.add(Files.writeString(dir.resolve("a.teixit"), "x"));

        assertEquals(List.of(), recent.list());
    }
}
