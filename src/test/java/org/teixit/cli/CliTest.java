package org.teixit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.teixit.model.Ecosystem;
import org.teixit.sample.SampleEcosystem;
import org.teixit.store.EcosystemStore;

/** Each command end to end on temporary files, through the same entry point the jar uses. */
class CliTest {
    @TempDir
    Path dir;

    static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private Path sampleStore() {
        Path store = dir.resolve("sample.teixit");
        assertEquals(0, run("sample", store.toString()).code());
        return store;
    }

    @Test
    void sampleWritesAStoreWithTheBundledMap() {
        Path store = sampleStore();
        try (EcosystemStore s = EcosystemStore.open(store)) {
            assertEquals(SampleEcosystem.load(), s.load());
        }
    }

    @Test
    void infoJsonFollowsTheContract() throws Exception {
        CliRun r = run("info", sampleStore().toString(), "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        Ecosystem sample = SampleEcosystem.load();
        assertEquals(sample.actorCount(), json.get("actors").asInt());
        assertEquals(sample.tieCount(), json.get("ties").asInt());
        sample.tiesPerDimension().forEach((d, n) -> assertEquals((int) n, json.get("dimensions").get(d.id()).asInt()));
        assertEquals(5, json.get("dimensions").size());
    }

    @Test
    void infoWithoutJsonIsReadable() {
        CliRun r = run("info", sampleStore().toString());
        assertEquals(0, r.code());
        assertTrue(r.out().contains("governance"));
        assertTrue(r.out().contains(SampleEcosystem.load().name()));
    }

    @Test
    void importCreatesTheStoreAndExportRoundTrips() throws Exception {
        Path json = dir.resolve("map.json");
        assertEquals(0, run("sample", json.toString()).code());
        Path store = dir.resolve("new.teixit");
        CliRun r = run("import", json.toString(), "--into", store.toString());
        assertEquals(0, r.code(), r.err());
        Path back = dir.resolve("back.json");
        assertEquals(0, run("export", store.toString(), "--to", back.toString()).code());
        assertEquals(Files.readString(json), Files.readString(back));
    }

    @ParameterizedTest
    @ValueSource(strings = {"map.gexf", "map.graphml", "map.json", "copy.teixit"})
    void exportThenImportGivesBackTheSameMap(String name) {
        Path store = sampleStore();
        Path file = dir.resolve(name);
        CliRun export = run("export", store.toString(), "--to", file.toString());
        assertEquals(0, export.code(), export.err());
        Path back = dir.resolve("back-" + name.replace('.', '-') + ".teixit");
        CliRun imported = run("import", file.toString(), "--into", back.toString());
        assertEquals(0, imported.code(), imported.err());
        try (EcosystemStore s = EcosystemStore.open(back)) {
            assertEquals(SampleEcosystem.load(), s.load());
        }
    }

    @Test
    void gexfExportHasPositionsAndVersion13() throws Exception {
        Path gexf = dir.resolve("map.gexf");
        assertEquals(0, run("export", sampleStore().toString(), "--to", gexf.toString()).code());
        String xml = Files.readString(gexf);
        assertTrue(xml.contains("http://gexf.net/1.3"), "GEXF 1.3 namespace");
        assertEquals(SampleEcosystem.load().actorCount(), xml.split("<viz:position").length - 1);
        assertEquals(SampleEcosystem.load().actorCount() + SampleEcosystem.load().tieCount(),
                xml.split("<viz:color").length - 1, "actors' and ties' colours as in Teixit");
        assertEquals(SampleEcosystem.load().tieCount(), xml.split("<viz:thickness").length - 1, "tie widths");
        assertEquals(SampleEcosystem.load().actorCount(), xml.split("<viz:size").length - 1, "sizes as in Teixit");
    }

    @Test
    void layoutWritesGexfToo() throws Exception {
        Path gexf = dir.resolve("laid-out.gexf");
        CliRun r = run("layout", sampleStore().toString(), "--iterations", "20", "--out", gexf.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.readString(gexf).contains("viz:position"));
    }

    @Test
    void failedImportChangesNothingAndSaysWhichFile() throws Exception {
        Path store = sampleStore();
        byte[] before = Files.readAllBytes(store);
        Path good = dir.resolve("good.json");
        Files.writeString(good, "{\"format\":\"teixit-ecosystem\",\"version\":1,\"actors\":[{\"id\":\"new\"}]}");
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\":\"teixit-ecosystem\",\"version\":1,\"ties\":"
                + "[{\"id\":\"x\",\"source\":\"new\",\"target\":\"ghost\"}]}");
        CliRun r = run("import", good.toString(), bad.toString(), "--into", store.toString());
        assertEquals(Cli.REFUSED, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("bad.json"), r.err());
        assertTrue(r.err().contains("ghost"), r.err());
        try (EcosystemStore s = EcosystemStore.open(store)) {
            assertEquals(SampleEcosystem.load(), s.load());
        }
        assertTrue(before.length > 0);
    }

    @Test
    void failedImportIntoANewPathLeavesNoFile() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "not json at all");
        Path store = dir.resolve("never.teixit");
        CliRun r = run("import", bad.toString(), "--into", store.toString());
        assertEquals(Cli.REFUSED, r.code());
        assertFalse(Files.exists(store));
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void createMissingLetsTiesAddActors() throws Exception {
        Path ties = dir.resolve("ties.json");
        Files.writeString(ties, "{\"format\":\"teixit-ecosystem\",\"version\":1,\"ties\":"
                + "[{\"id\":\"x\",\"source\":\"Escola\",\"target\":\"Biblioteca\",\"dimensions\":[\"funds\"]}]}");
        Path store = dir.resolve("m.teixit");
        assertEquals(Cli.REFUSED, run("import", ties.toString(), "--into", store.toString()).code());
        assertEquals(0, run("import", ties.toString(), "--into", store.toString(), "--create-missing").code());
        try (EcosystemStore s = EcosystemStore.open(store)) {
            assertEquals(2, s.load().actorCount());
        }
    }

    @Test
    void layoutIsReproducibleAndSavesPositions() throws Exception {
        Path store = sampleStore();
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        assertEquals(0, run("layout", store.toString(), "--iterations", "50", "--seed", "9", "--out", a.toString()).code());
        assertEquals(0, run("layout", store.toString(), "--iterations", "50", "--seed", "9", "--out", b.toString()).code());
        assertEquals(Files.readString(a), Files.readString(b));
        CliRun inPlace = run("layout", store.toString(), "--iterations", "50", "--out", store.toString());
        assertEquals(0, inPlace.code(), inPlace.err());
        try (EcosystemStore s = EcosystemStore.open(store)) {
            assertTrue(s.load().actors().stream().allMatch(x -> x.hasPosition()));
            assertTrue(!s.load().equals(SampleEcosystem.load()), "positions changed in place");
        }
    }

    @Test
    void renderWritesAPngOfTheRequestedSizeWithTheMapDrawn() throws Exception {
        Path png = dir.resolve("map.png");
        CliRun r = run("render", sampleStore().toString(), "--out", png.toString(), "--width", "800", "--height", "500",
                "--theme", "projector");
        assertEquals(0, r.code(), r.err());
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
        assertEquals(800, image.getWidth());
        assertEquals(500, image.getHeight());
        int background = image.getRGB(799, 0) & 0xffffff;
        long drawn = 0;
        for (int y = 0; y < 500; y += 2) {
            for (int x = 0; x < 800; x += 2) {
                if ((image.getRGB(x, y) & 0xffffff) != background) {
                    drawn++;
                }
            }
        }
        assertEquals(0x000000, background, "projector theme is black");
        assertTrue(drawn > 5_000, "only " + drawn + " sampled pixels differ from the background");
    }

    @Test
    void renderRefusesAnUnknownDimensionOrTheme() {
        Path store = sampleStore();
        Path png = dir.resolve("x.png");
        assertEquals(2, run("render", store.toString(), "--out", png.toString(), "--dimension", "fun").code());
        assertEquals(2, run("render", store.toString(), "--out", png.toString(), "--theme", "neon").code());
        assertFalse(Files.exists(png));
    }

    @Test
    void metricsJsonHasTheContractedShape() throws Exception {
        CliRun r = run("metrics", sampleStore().toString(), "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        JsonNode network = json.get("network");
        Ecosystem sample = SampleEcosystem.load();
        assertEquals(sample.actorCount(), network.get("actors").asInt());
        assertEquals(sample.tieCount(), network.get("ties").asInt());
        for (String key : new String[] {"density", "components", "averageClustering", "degreeCentralization"}) {
            assertTrue(network.has(key), "network lacks " + key);
        }
        assertEquals(sample.actorCount(), json.get("actors").size());
        double pagerankSum = 0;
        for (JsonNode a : json.get("actors")) {
            for (String key : new String[] {"id", "label", "degree", "betweenness", "closeness", "pagerank",
                "clustering", "constraint"}) {
                assertTrue(a.has(key), "actor lacks " + key);
            }
            pagerankSum += a.get("pagerank").asDouble();
        }
        assertEquals(1.0, pagerankSum, 1e-6);
        assertEquals(1, network.get("components").asInt());
    }

    @Test
    void metricsOfSeveralFilesIsAnArray() throws Exception {
        Path store = sampleStore();
        Path json = dir.resolve("s.json");
        assertEquals(0, run("sample", json.toString()).code());
        CliRun r = run("metrics", store.toString(), json.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode doc = new ObjectMapper().readTree(r.out());
        assertEquals(2, doc.size());
        assertEquals(doc.get(0).get("network"), doc.get(1).get("network"));
    }

    @Test
    void unknownFileTypeIsAClearRefusal() {
        CliRun r = run("info", dir.resolve("map.docx").toString());
        assertEquals(Cli.REFUSED, r.code());
        assertTrue(r.err().contains("map.docx"), r.err());
    }

    @Test
    void notAStoreIsAClearRefusal() throws Exception {
        Path fake = dir.resolve("fake.teixit");
        Files.writeString(fake, "hello".repeat(300));
        CliRun r = run("info", fake.toString(), "--json");
        assertEquals(Cli.REFUSED, r.code());
        assertTrue(r.err().startsWith("teixit: "), r.err());
        assertTrue(r.err().contains("fake.teixit"), r.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"sample", "info", "import", "export", "metrics", "layout", "render"})
    void everyCommandHasHelp(String command) {
        CliRun r = run(command, "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("teixit " + command), r.out());
        assertFalse(r.out().contains("!"), "a missing help key shows as !key!: " + r.out());
    }

    @Test
    void wrongUsageExitsWithTwo() {
        assertEquals(2, run("import", "x.json").code(), "--into is required");
        assertEquals(2, run("layout", "x.teixit", "--iterations", "many", "--out", "y.teixit").code());
    }

    @Test
    void launcherTellsCommandsFromFiles() {
        assertTrue(Cli.isCommand("info"));
        assertTrue(Cli.isCommand("--help"));
        assertFalse(Cli.isCommand("my-map.teixit"));
        for (String name : Cli.commandLine().getSubcommands().keySet()) {
            assertTrue(Cli.isCommand(name), name + " is a command");
        }
    }
}
