package org.teixit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.teixit.io.xml.RichEcosystem;
import org.teixit.io.xml.TestFiles;
import org.teixit.model.Actor;
import org.teixit.model.Ecosystem;
import org.teixit.model.Tie;
import org.teixit.sample.SampleEcosystem;
import org.teixit.service.ExportService;
import org.teixit.service.MapLoader;
import org.teixit.task.Progress;

/**
 * Import → export → import gives the same actors, ties, attributes and dimensions, for every format Teixit
 * writes, both ways: a map written and read back, and a file (written by networkx or by Teixit) read, written
 * in every other format and read again.
 */
class LosslessTest {
    static final List<String> FORMATS = List.of("csv", "xlsx", "gexf", "graphml", "json");

    @TempDir
    Path dir;

    static void assertSameData(Ecosystem expected, Ecosystem actual, String what) {
        assertEquals(new ArrayList<>(expected.actors()), new ArrayList<>(actual.actors()), what + ": actors");
        List<Tie> e = new ArrayList<>(expected.ties());
        List<Tie> a = new ArrayList<>(actual.ties());
        assertEquals(e.size(), a.size(), what + ": tie count");
        for (int i = 0; i < e.size(); i++) {
            assertEquals(e.get(i), a.get(i), what + ": tie " + e.get(i).id());
        }
    }

    private Ecosystem through(Ecosystem map, String format) throws ImportException {
        Path file = dir.resolve("map-" + System.nanoTime() + "." + format);
        ExportService.save(map, file);
        return MapLoader.load(file, Progress.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"csv", "xlsx", "gexf", "graphml", "json"})
    void richMapComesBackUnchanged(String format) throws Exception {
        Ecosystem rich = RichEcosystem.build();
        Ecosystem back = through(rich, format);
        assertSameData(rich, back, format);
        if (!format.equals("csv")) {
            assertEquals(rich.name(), back.name(), "the name travels in " + format);
        }
        assertSameData(rich, through(back, format), format + " twice");
    }

    @ParameterizedTest
    @ValueSource(strings = {"csv", "xlsx", "gexf", "graphml", "json"})
    void directedUndirectedAndEmptyMapsComeBack(String format) throws Exception {
        assertSameData(RichEcosystem.allDirected(), through(RichEcosystem.allDirected(), format), format);
        assertSameData(RichEcosystem.allUndirected(), through(RichEcosystem.allUndirected(), format), format);
        Ecosystem empty = through(Ecosystem.empty("Buit"), format);
        assertEquals(0, empty.actorCount() + empty.tieCount());
    }

    @ParameterizedTest
    @ValueSource(strings = {"csv", "xlsx", "gexf", "graphml", "json"})
    void bundledSampleComesBackUnchanged(String format) throws Exception {
        Ecosystem sample = SampleEcosystem.load();
        assertSameData(sample, through(sample, format), format);
    }

    static Stream<Arguments> filesTimesFormats() {
        List<String> files = List.of("gexf/networkx-karate-1.3.gexf", "gexf/networkx-partners-1.2draft.gexf",
                "gexf/networkx-partners-1.3.gexf", "graphml/networkx-karate.graphml", "graphml/networkx-partners.graphml",
                "gexf/gephi-toolkit-0.10.1.gexf", "graphml/yed-groups.graphml", "csv/networkx-partners.csv",
                "csv/networkx-karate.csv");
        List<Arguments> out = new ArrayList<>();
        for (String f : files) {
            for (String format : FORMATS) {
                out.add(Arguments.of(f, format));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} via {1}")
    @MethodSource("filesTimesFormats")
    void aFileReadWrittenInAnyFormatAndReadAgainIsTheSame(String fixture, String format) throws Exception {
        Path file = fixture.endsWith(".csv") ? csvPair(fixture) : TestFiles.fixture(fixture);
        Ecosystem first = MapLoader.load(file, Progress.NONE);
        Ecosystem second = through(first, format);
        assertSameData(first, second, fixture + " via " + format);
        Ecosystem third = through(second, fixture.substring(fixture.lastIndexOf('.') + 1));
        assertSameData(first, third, fixture + " via " + format + " and back");
    }

    /** {@code csv/x.csv} stands for the committed pair x.actors.csv and x.ties.csv. */
    private static Path csvPair(String fixture) {
        Path actors = TestFiles.fixture(fixture.replace(".csv", ".actors.csv"));
        return actors.resolveSibling(actors.getFileName().toString().replace(".actors.csv", ".csv"));
    }

    @Test
    void networkxCsvReadsLikeTheSameGraphInGexf() throws Exception {
        Ecosystem gexf = MapLoader.load(TestFiles.fixture("gexf/networkx-partners-1.3.gexf"), Progress.NONE);
        Ecosystem csv = MapLoader.load(csvPair("csv/networkx-partners.csv"), Progress.NONE);
        assertSameData(gexf, csv, "partners");
        Ecosystem karateGexf = MapLoader.load(TestFiles.fixture("gexf/networkx-karate-1.3.gexf"), Progress.NONE);
        Ecosystem karateCsv = MapLoader.load(csvPair("csv/networkx-karate.csv"), Progress.NONE);
        assertEquals(karateGexf.actorCount(), karateCsv.actorCount());
        for (Actor a : karateGexf.actors()) {
            assertEquals(a, karateCsv.actor(a.id()).orElseThrow());
        }
        assertEquals(new ArrayList<>(karateGexf.ties()), new ArrayList<>(karateCsv.ties()));
    }
}
