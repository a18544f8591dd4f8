package org.teixit.io.gexf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.teixit.io.ImportBatch;
import org.teixit.io.ImportException;
import org.teixit.io.xml.NetworkxExpectations;
import org.teixit.io.xml.TestFiles;
import org.teixit.model.Actor;
import org.teixit.model.CserDimension;
import org.teixit.model.PartnershipStage;
import org.teixit.model.Position;
import org.teixit.model.Tie;
import org.teixit.task.Progress;

class GexfReaderTest {
    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" version=\"1.3\">\n";

    @TempDir
    Path dir;

    private ImportBatch read(Path file) throws ImportException {
        return new GexfReader().read(file, Progress.NONE);
    }

    private ImportBatch readInline(String body) throws Exception {
        return read(TestFiles.write(dir, "inline.gexf", HEAD + body + "</gexf>\n"));
    }

    private ImportException refuseInline(String body) throws Exception {
        Path file = TestFiles.write(dir, "bad.gexf", HEAD + body + "</gexf>\n");
        return assertThrows(ImportException.class, () -> read(file));
    }

    @ParameterizedTest
    @ValueSource(strings = {"gexf/networkx-karate-1.2draft.gexf", "gexf/networkx-karate-1.3.gexf"})
    void readsNetworkxKarateClub(String fixture) throws Exception {
        NetworkxExpectations.assertKarate(read(TestFiles.fixture(fixture)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"gexf/networkx-partners-1.2draft.gexf", "gexf/networkx-partners-1.3.gexf"})
    void readsNetworkxDirectedWeightedGraphWithDimensions(String fixture) throws Exception {
        ImportBatch batch = read(TestFiles.fixture(fixture));
        NetworkxExpectations.assertPartners(batch);
        assertEquals(List.of("0", "1", "2", "3", "4"), batch.ties().stream().map(Tie::id).collect(Collectors.toList()));
    }

    @Test
    void readsGephiStyleGexf13() throws Exception {
        ImportBatch batch = read(TestFiles.fixture("gexf/gephi-0.10-style.gexf"));
        assertEquals("Xarxa de l'escola", batch.graphName());
        assertEquals(4, batch.actors().size());
        assertEquals(4, batch.ties().size());
        Actor escola = TestFiles.actor(batch, "0");
        assertEquals("Escola Sant Jordi", escola.label());
        assertEquals("institution", escola.kind(), "the column titled Type gives the kind");
        assertEquals(new Position(-87.93029, 6.8120565), escola.position(), "z is ignored");
        assertEquals(Map.of("Àmbit", "school", "Modularity Class", "0"), escola.attributes());
        Actor biblioteca = TestFiles.actor(batch, "2");
        assertEquals(Map.of("Àmbit", "comunitat", "Modularity Class", "1"), biblioteca.attributes(),
                "a declared default fills a missing value");
        assertEquals(new Position(64.5, -33.25), biblioteca.position());

        Tie collaboration = TestFiles.tie(batch, "0");
        assertEquals("collaboration", collaboration.kind(), "the edge label is the kind");
        assertFalse(collaboration.directed(), "graph default undirected");
        assertEquals(5, collaboration.strength());
        assertEquals(Map.of(), collaboration.attributes(), "weight 5.0 is the strength; nothing to keep");
        assertEquals(EnumSet.of(CserDimension.COLLECTIVE, CserDimension.GOVERNANCE), collaboration.dimensions());
        assertEquals(PartnershipStage.STRATEGIC, collaboration.stage());
        Tie support = TestFiles.tie(batch, "1");
        assertTrue(support.directed(), "per-edge type wins over the default");
        assertEquals(2, support.strength());
        Tie weak = TestFiles.tie(batch, "2");
        assertEquals(1, weak.strength());
        assertEquals(Map.of("weight", "0.25"), weak.attributes());
        assertFalse(TestFiles.tie(batch, "3").directed(), "mutual reads as undirected");
        assertTrue(batch.warnings().isEmpty(), batch.warnings().toString());
    }

    @Test
    void readsWhatGephiToolkitWrites() throws Exception {
        ImportBatch batch = read(TestFiles.fixture("gexf/gephi-toolkit-0.10.1.gexf"));
        assertNull(batch.graphName(), "Gephi wrote an empty title");
        assertEquals(4, batch.actors().size());
        assertEquals(3, batch.ties().size());
        Actor casal = TestFiles.actor(batch, "casal");
        assertEquals("Casal de Joves", casal.label());
        assertEquals("organisation", casal.kind());
        assertEquals(Map.of("members", "120"), casal.attributes());
        assertEquals(new Position(10.0, 16.5), casal.position());
        Tie collaboration = TestFiles.tie(batch, "0");
        assertTrue(collaboration.directed());
        assertEquals("collaboration", collaboration.kind());
        assertEquals(4, collaboration.strength());
        assertEquals(EnumSet.of(CserDimension.COLLECTIVE, CserDimension.GOVERNANCE), collaboration.dimensions());
        Tie support = TestFiles.tie(batch, "1");
        assertEquals(3, support.strength(), "2.5 rounds half up");
        assertEquals(Map.of("weight", "2.5"), support.attributes());
        assertEquals(Tie.DEFAULT_STRENGTH, TestFiles.tie(batch, "2").strength(), "no weight: the default strength");
    }

    @Test
    void readsGexf11WithAttvalueIdAndNoNamespaceVersion() throws Exception {
        Path file = TestFiles.write(dir, "old.gexf", "<?xml version=\"1.0\"?>\n"
                + "<gexf xmlns=\"http://www.gexf.net/1.1draft\" xmlns:viz=\"http://www.gexf.net/1.1draft/viz\" version=\"1.1\">\n"
                + "<graph defaultedgetype=\"directed\" name=\"Antic\">\n"
                + "<attributes class=\"node\"><attribute id=\"a\" title=\"Description\" type=\"string\"/></attributes>\n"
                + "<nodes><node id=\"x\" label=\"Ics\"><attvalues><attvalue id=\"a\" value=\"vella\"/></attvalues>"
                + "<viz:position x=\"1\" y=\"2\" z=\"3\"/></node><node id=\"y\"/></nodes>\n"
                + "<edges><edge source=\"x\" target=\"y\"/></edges></graph></gexf>\n");
        ImportBatch batch = read(file);
        assertEquals("Antic", batch.graphName());
        Actor x = TestFiles.actor(batch, "x");
        assertEquals("vella", x.notes(), "'Description' fills notes");
        assertEquals(new Position(1, 2), x.position());
        assertEquals("y", TestFiles.actor(batch, "y").label(), "no label: the id");
        assertTrue(batch.ties().get(0).directed());
    }

    @Test
    void edgesWithoutIdsGetIdsThatClashWithNone() throws Exception {
        ImportBatch batch = readInline("<graph><nodes><node id=\"a\"/><node id=\"b\"/></nodes><edges>"
                + "<edge source=\"a\" target=\"b\"/>"
                + "<edge id=\"e0\" source=\"a\" target=\"b\"/>"
                + "<edge source=\"b\" target=\"a\"/>"
                + "<edge id=\"e2\" source=\"b\" target=\"b\"/>"
                + "<edge id=\"e0\" source=\"a\" target=\"a\"/>"
                + "</edges></graph>");
        List<String> ids = batch.ties().stream().map(Tie::id).collect(Collectors.toList());
        assertEquals(List.of("e1", "e0", "e3", "e2", "e4"), ids);
        assertEquals(1, batch.warnings().size(), "the repeated id e0 is reported");
        assertTrue(batch.warnings().get(0).message().contains("e0"));
    }

    @Test
    void duplicateNodeIdIsRefusedNamingBothLines() throws Exception {
        ImportException e = refuseInline("<graph><nodes>\n<node id=\"a\"/>\n<node id=\"b\"/>\n<node id=\"a\"/>\n"
                + "</nodes></graph>");
        TestFiles.assertCleanMessage(e, "bad.gexf", 6, "id");
        assertTrue(e.getMessage().contains("first at line 4"), e.getMessage());
    }

    @Test
    void edgeToUnknownNodeIsKeptForTheMerger() throws Exception {
        ImportBatch batch = readInline("<graph><nodes><node id=\"a\"/></nodes>"
                + "<edges><edge id=\"t\" source=\"a\" target=\"ghost\"/></edges></graph>");
        assertEquals("ghost", TestFiles.tie(batch, "t").target());
    }

    @Test
    void edgeTypesAndDefaults() throws Exception {
        ImportBatch batch = readInline("<graph defaultedgetype=\"directed\"><nodes><node id=\"a\"/><node id=\"b\"/></nodes>"
                + "<edges><edge id=\"1\" source=\"a\" target=\"b\"/>"
                + "<edge id=\"2\" source=\"a\" target=\"b\" type=\"undirected\"/>"
                + "<edge id=\"3\" source=\"a\" target=\"b\" type=\"mutual\"/>"
                + "<edge id=\"4\" source=\"a\" target=\"b\" type=\"DIRECTED\"/></edges></graph>");
        assertEquals(List.of(true, false, false, true),
                batch.ties().stream().map(Tie::directed).collect(Collectors.toList()));
    }

    @Test
    void unknownEdgeTypeIsRefused() throws Exception {
        ImportException e = refuseInline("<graph><nodes><node id=\"a\"/></nodes><edges>\n"
                + "<edge id=\"1\" source=\"a\" target=\"a\" type=\"sideways\"/></edges></graph>");
        TestFiles.assertCleanMessage(e, "bad.gexf", 4, "type");
    }

    @Test
    void strengthThatIsNotANumberIsRefusedWithFileLineAndField() throws Exception {
        ImportException e = refuseInline("<graph>\n<attributes class=\"edge\">"
                + "<attribute id=\"0\" title=\"strength\" type=\"string\"/></attributes>\n"
                + "<nodes><node id=\"a\"/></nodes>\n<edges>\n<edge id=\"1\" source=\"a\" target=\"a\">\n<attvalues>\n"
                + "<attvalue for=\"0\" value=\"lots\"/>\n</attvalues></edge></edges></graph>");
        TestFiles.assertCleanMessage(e, "bad.gexf", 9, "strength");
        assertTrue(e.getMessage().endsWith("\"lots\" is not a number"), e.getMessage());
    }

    @Test
    void nativeWeightThatIsNotANumberIsRefused() throws Exception {
        ImportException e = refuseInline("<graph><nodes><node id=\"a\"/></nodes><edges>\n\n"
                + "<edge id=\"1\" source=\"a\" target=\"a\" weight=\"lots\"/></edges></graph>");
        TestFiles.assertCleanMessage(e, "bad.gexf", 5, "weight");
    }

    @Test
    void unknownDimensionIsRefusedNamingFieldAndValue() throws Exception {
        ImportException e = refuseInline("<graph><attributes class=\"edge\">"
                + "<attribute id=\"d\" title=\"Dimensions\" type=\"string\"/></attributes>"
                + "<nodes><node id=\"a\"/></nodes><edges><edge id=\"1\" source=\"a\" target=\"a\"><attvalues>\n"
                + "<attvalue for=\"d\" value=\"funds; magic\"/></attvalues></edge></edges></graph>");
        TestFiles.assertCleanMessage(e, "bad.gexf", 4, "Dimensions");
        assertTrue(e.getMessage().contains("\"magic\" is not a CSER dimension"), e.getMessage());
    }

    @Test
    void nestedNodesAreFlattenedWithAWarning() throws Exception {
        ImportBatch batch = readInline("<graph><nodes><node id=\"group\" label=\"Grup\"><nodes>"
                + "<node id=\"inner\" label=\"Dins\"/></nodes></node></nodes></graph>");
        assertEquals(List.of("inner", "group"), batch.actors().stream().map(Actor::id).collect(Collectors.toList()));
        assertEquals(1, batch.warnings().size());
    }

    @Test
    void dynamicAttributesKeepTheFirstValueWithOneWarning() throws Exception {
        ImportBatch batch = readInline("<graph mode=\"dynamic\"><attributes class=\"node\" mode=\"dynamic\">"
                + "<attribute id=\"0\" title=\"score\" type=\"integer\"/></attributes><nodes><node id=\"a\"><attvalues>"
                + "<attvalue for=\"0\" value=\"1\" start=\"2000\" end=\"2001\"/>"
                + "<attvalue for=\"0\" value=\"2\" start=\"2001\" end=\"2002\"/></attvalues></node></nodes></graph>");
        assertEquals(Map.of("score", "1"), TestFiles.actor(batch, "a").attributes());
        assertEquals(1, batch.warnings().size());
    }

    @Test
    void fileWithoutGraphIsRefused() throws Exception {
        TestFiles.assertCleanMessage(refuseInline("<meta><creator>x</creator></meta>"), "bad.gexf", 0, null);
    }

    @Test
    void graphmlGivenToTheGexfReaderIsRefused() throws Exception {
        ImportException e = assertThrows(ImportException.class,
                () -> read(TestFiles.fixture("graphml/networkx-karate.graphml")));
        TestFiles.assertCleanMessage(e, "networkx-karate.graphml", 2, null);
        assertTrue(e.getMessage().contains("not a GEXF file"), e.getMessage());
    }

    @Test
    void doctypeIsRefused() throws Exception {
        Path file = TestFiles.write(dir, "dtd.gexf", "<?xml version=\"1.0\"?>\n<!DOCTYPE gexf [\n"
                + "<!ENTITY name \"x\">]>\n<gexf><graph><nodes><node id=\"&name;\"/></nodes></graph></gexf>");
        ImportException e = assertThrows(ImportException.class, () -> read(file));
        TestFiles.assertCleanMessage(e, "dtd.gexf", 0, null);
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }
}
