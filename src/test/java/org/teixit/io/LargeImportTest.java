package org.teixit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teixit.io.csv.CsvReader;
import org.teixit.io.xlsx.XlsxReader;
import org.teixit.model.Actor;
import org.teixit.model.Ecosystem;
import org.teixit.model.Tie;
import org.teixit.service.ExportService;
import org.teixit.service.ImportService;
import org.teixit.service.ImportSummary;
import org.teixit.service.MapLoader;
import org.teixit.task.CancelledException;
import org.teixit.task.Progress;

/** A 10 MB CSV imports with progress, and stops cleanly when cancelled; so does a large workbook. */
class LargeImportTest {
    static final int ACTORS = 5_000;
    static final int TIES = 110_000;

    @TempDir
    static Path dir;
    static Path actors;
    static Path ties;

    @BeforeAll
    static void generate() throws Exception {
        actors = dir.resolve("big.actors.csv");
        ties = dir.resolve("big.ties.csv");
        try (BufferedWriter w = Files.newBufferedWriter(actors, StandardCharsets.UTF_8)) {
            w.write("Id;Label;setting;Barri\n");
            for (int i = 0; i < ACTORS; i++) {
                w.write("a" + i + ";Actor número " + i + " de Sant Adrià;" + (i % 2 == 0 ? "school" : "family")
                        + ";\"Barri " + (i % 40) + "; zona nord\"\n");
            }
        }
        try (BufferedWriter w = Files.newBufferedWriter(ties, StandardCharsets.UTF_8)) {
            w.write("Source;Target;Type;Id;Label;Weight;dimensions;notes\n");
            for (int i = 0; i < TIES; i++) {
                w.write("a" + (i % ACTORS) + ";a" + ((i * 7 + 1) % ACTORS) + ";" + (i % 3 == 0 ? "Directed" : "Undirected")
                        + ";e" + i + ";support;" + (1 + i % 5) + ";\"collective;funds\";\"Reunió setmanal, "
                        + "amb \"\"acta\"\"\"\n");
            }
        }
        assertTrue(Files.size(actors) + Files.size(ties) > 10_000_000, "at least 10 MB: " + Files.size(ties));
    }

    /** Records progress; cancels on the {@code cancelAt}-th check. */
    static final class Recording implements Progress {
        final List<double[]> updates = new ArrayList<>();
        final int cancelAt;
        int checks;

        Recording(int cancelAt) {
            this.cancelAt = cancelAt;
        }

        @Override
        public void update(String message, double done, double total) {
            updates.add(new double[] {done, total});
        }

        @Override
        public boolean isCancelled() {
            return ++checks >= cancelAt;
        }
    }

    @Test
    void tenMegabytesReadAndMergeWithProgressReports() throws Exception {
        Recording progress = new Recording(Integer.MAX_VALUE);
        long start = System.nanoTime();
        Ecosystem map = MapLoader.load(dir.resolve("big.csv"), progress);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(ACTORS, map.actorCount());
        assertEquals(TIES, map.tieCount());
        assertEquals("Actor número 7 de Sant Adrià", map.actor("a7").orElseThrow().label());
        assertTrue(progress.updates.size() > 100, "reports as it goes: " + progress.updates.size());
        assertTrue(progress.checks > 100, "checks for cancel as it goes");
        assertTrue(progress.updates.stream().allMatch(u -> u[0] <= u[1] || u[1] <= 0), "done within total");
        assertTrue(millis < 60_000, "took " + millis + " ms");
    }

    @Test
    void aLargeFileImportsIntoAStore() throws Exception {
        List<String> lines = Files.readAllLines(ties, StandardCharsets.UTF_8).subList(0, 5_001);
        Path some = Files.write(dir.resolve("some.ties.csv"), lines, StandardCharsets.UTF_8);
        Path store = dir.resolve("big.teixit");
        ImportSummary s = new ImportService(false).importFiles(List.of(some, actors), store, new Recording(Integer.MAX_VALUE));
        assertEquals(ACTORS, s.actorsAdded());
        assertEquals(5_000, s.tiesAdded());
    }

    @Test
    void cancellingStopsTheReadAndLeavesNoStore() {
        Recording progress = new Recording(20);
        assertThrows(CancelledException.class, () -> new CsvReader().read(ties, progress));
        assertEquals(20, progress.checks, "stopped at the first check that said cancel");
        List<Double> done = progress.updates.stream().map(u -> u[0]).toList();
        for (int i = 1; i < done.size(); i++) {
            assertTrue(done.get(i) > done.get(i - 1), "progress grows");
        }
        assertTrue(progress.updates.get(0)[1] > 9_000_000, "total is the text's length");

        Path store = dir.resolve("never.teixit");
        assertThrows(CancelledException.class,
                () -> new ImportService(false).importFiles(List.of(actors, ties), store, new Recording(50)));
        assertFalse(Files.exists(store), "a cancelled import leaves nothing behind");
    }

    @Test
    void aLargeWorkbookCanBeCancelledToo() throws Exception {
        Ecosystem.Builder b = Ecosystem.builder("Gran");
        for (int i = 0; i < 500; i++) {
            b.actor(Actor.of("a" + i, "Actor " + i, "", "school"));
        }
        for (int i = 0; i < 30_000; i++) {
            b.tie(Tie.of("t" + i, "a" + (i % 500), "a" + ((i * 3 + 1) % 500), "support"));
        }
        Path xlsx = dir.resolve("gran.xlsx");
        ExportService.save(b.build(), xlsx);
        Recording progress = new Recording(5);
        assertThrows(CancelledException.class, () -> new XlsxReader().read(xlsx, progress));
        assertTrue(progress.updates.stream().allMatch(u -> u[1] >= u[0]), "rows read of the sheet's rows");
        assertEquals(30_000, new XlsxReader().read(xlsx, Progress.NONE).ties().size());
    }
}
