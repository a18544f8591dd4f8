package org.teixit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.teixit.cli.Cli;
import org.teixit.cli.CliRun;
import org.teixit.io.xml.TestFiles;
import org.teixit.model.Ecosystem;
import org.teixit.sample.SampleEcosystem;
import org.teixit.store.EcosystemStore;

/** The import and export commands for spreadsheets, rosters and pictures, end to end. */
class IoCliTest {
    @TempDir
    Path dir;

    static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private Path sample() {
        Path store = dir.resolve("sample.teixit");
        assertEquals(0, run("sample", store.toString()).code());
        return store;
    }

    private static Ecosystem load(Path store) {
        try (EcosystemStore s = EcosystemStore.open(store)) {
            return s.load();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"csv", "xlsx"})
    void spreadsheetsRoundTripThroughTheCommands(String format) {
        Path file = dir.resolve("palau." + format);
        CliRun export = run("export", sample().toString(), "--to", file.toString());
        assertEquals(0, export.code(), export.err());
        Path back = dir.resolve("back.teixit");
        String[] files = format.equals("csv")
                ? new String[] {dir.resolve("palau.ties.csv").toString(), dir.resolve("palau.actors.csv").toString()}
                : new String[] {file.toString()};
        String[] args = new String[files.length + 3];
        args[0] = "import";
        System.arraycopy(files, 0, args, 1, files.length);
        args[files.length + 1] = "--into";
        args[files.length + 2] = back.toString();
        CliRun imported = run(args);
        assertEquals(0, imported.code(), imported.err());
        Ecosystem sample = SampleEcosystem.load();
        LosslessTest.assertSameData(sample, load(back), format);
        if (format.equals("csv")) {
            assertTrue(export.out().contains("palau.actors.csv") && export.out().contains("palau.ties.csv"), export.out());
        }
    }

    @Test
    void csvCellsAreEscapedAgainstFormulas() throws Exception {
        Path ties = TestFiles.write(dir, "in.csv", "Source,Target,Label\n=HYPERLINK(\"x\"),@SUM(1),+cmd\n");
        Path store = dir.resolve("f.teixit");
        assertEquals(0, run("import", ties.toString(), "--into", store.toString(), "--create-missing").code());
        Path out = dir.resolve("out.csv");
        assertEquals(0, run("export", store.toString(), "--to", out.toString()).code());
        String text = Files.readString(dir.resolve("out.ties.csv"));
        assertTrue(text.contains("\"'=HYPERLINK(\"\"x\"\")\""), text);
        assertTrue(text.contains("\"'@SUM(1)\""), text);
        assertTrue(text.contains("\"'+cmd\""), text);
        assertFalse(text.matches("(?s).*(^|,)\"[=+@-].*"), text);
    }

    @Test
    void picturesAreWrittenAtTheAskedSize() throws Exception {
        Path store = sample();
        CliRun png = run("export", store.toString(), "--to", dir.resolve("m.png").toString(), "--width", "640",
                "--height", "400", "--scale", "2", "--theme", "dark", "--dimension", "governance");
        assertEquals(0, png.code(), png.err());
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(dir.resolve("m.png").toFile());
        assertEquals(1280, image.getWidth());
        assertEquals(800, image.getHeight());
        assertEquals(0, run("export", store.toString(), "--to", dir.resolve("m.svg").toString()).code());
        assertTrue(Files.readString(dir.resolve("m.svg")).startsWith("<?xml"));
        assertEquals(0, run("export", store.toString(), "--to", dir.resolve("m.pdf").toString()).code());
        assertTrue(new String(Files.readAllBytes(dir.resolve("m.pdf")), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)
                .startsWith("%PDF-"));
        CliRun tooBig = run("export", store.toString(), "--to", dir.resolve("x.png").toString(), "--width", "100000",
                "--height", "100000");
        assertEquals(2, tooBig.code(), tooBig.err());
        assertFalse(Files.exists(dir.resolve("x.png")));
    }

    @Test
    void rosterByNameOrFlag() throws Exception {
        Path roster = TestFiles.write(dir, "answers.csv", "Name,Support,Trust\nAnna,Bea; Carles,Bea\nBea,anna,\n");
        Path store = dir.resolve("r.teixit");
        CliRun r = run("import", roster.toString(), "--roster", "--into", store.toString());
        assertEquals(0, r.code(), r.err());
        Ecosystem m = load(store);
        assertEquals(3, m.actorCount());
        assertEquals(4, m.tieCount());
    }

    @Test
    void refusalsAreOneLineNamingFileLineAndField() throws Exception {
        Path bad = TestFiles.write(dir, "ties.csv", "Source,Target,Weight\na,b,1\nb,c,molt\n");
        Path store = dir.resolve("x.teixit");
        CliRun r = run("import", bad.toString(), "--into", store.toString(), "--create-missing");
        assertEquals(Cli.REFUSED, r.code());
        assertEquals("teixit: ties.csv:3: field 'Weight': \"molt\" is not a number", r.err().strip());
        assertFalse(Files.exists(store));
        CliRun unknown = run("import", TestFiles.write(dir, "t2.csv", "Source,Target\na,b\n").toString(),
                "--into", store.toString());
        assertEquals(Cli.REFUSED, unknown.code());
        assertTrue(unknown.err().contains("t2.csv:2: field 'source'"), unknown.err());
        CliRun picture = run("import", dir.resolve("m.png").toString(), "--into", store.toString());
        assertEquals(Cli.REFUSED, picture.code());
        assertEquals(1, picture.err().strip().lines().count(), picture.err());
        CliRun roster = run("export", sample().toString(), "--to", dir.resolve("x.roster.csv").toString());
        assertEquals(Cli.REFUSED, roster.code(), roster.err());
    }

    @Test
    void helpListsTheNewOptions() {
        CliRun help = run("export", "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("--width") && help.out().contains("--scale") && help.out().contains(".pdf"),
                help.out());
        assertFalse(help.out().contains("!"), "every help key is present: " + help.out());
        CliRun importHelp = run("import", "--help");
        assertTrue(importHelp.out().contains("--roster") && importHelp.out().contains(".xlsx"), importHelp.out());
    }
}
