package org.teixit.io.graphml;

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
import org.teixit.io.ImportBatch;
import org.teixit.io.ImportException;
import org.teixit.io.ImportWarning;
import org.teixit.io.xml.NetworkxExpectations;
import org.teixit.io.xml.TestFiles;
import org.teixit.model.Actor;
import org.teixit.model.CserDimension;
import org.teixit.model.Position;
import org.teixit.model.Tie;
import org.teixit.task.Progress;

class GraphmlReaderTest {
    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n";

    @TempDir
    Path dir;

    private ImportBatch read(Path file) throws ImportException {
        return new GraphmlReader().read(file, Progress.NONE);
    }

    private ImportBatch readInline(String body) throws Exception {
        return read(TestFiles.write(dir, "inline.graphml", HEAD + body + "</graphml>\n"));
    }

    private ImportException refuseInline(String body) throws Exception {
        Path file = TestFiles.write(dir, "bad.graphml", HEAD + body + "</graphml>\n");
        return assertThrows(ImportException.class, () -> read(file));
    }

    @Test
    void readsNetworkxKarateClub() throws Exception {
        NetworkxExpectations.assertKarate(read(TestFiles.fixture("graphml/networkx-karate.graphml")));
    }

    @Test
    void readsNetworkxDirectedWeightedGraphWithDimensions() throws Exception {
        NetworkxExpectations.assertPartners(read(TestFiles.fixture("graphml/networkx-partners.graphml")));
    }

    @Test
    void readsYedLabelsGeometryGroupsAndArrows() throws Exception {
        ImportBatch batch = read(TestFiles.fixture("graphml/yed-groups.graphml"));
        assertNull(batch.graphName(), "yEd keeps a description, not a name");
        assertEquals(List.of("n0", "n1", "n2::n0", "n2::n1", "n2"),
                batch.actors().stream().map(Actor::id).collect(Collectors.toList()), "the group is flattened");
        Actor escola = TestFiles.actor(batch, "n0");
        assertEquals("Escola Sant Jordi", escola.label(), "the label text, without yEd's label model");
        assertEquals("Escola pública del barri", escola.notes(), "yEd's description key");
        assertEquals(Map.of("url", "https://escola.example.cat"), escola.attributes());
        assertEquals(new Position(160.0, -215.0), escola.position(), "centre of the box, y flipped");
        assertEquals("AFA & famílies", TestFiles.actor(batch, "n1").label());
        assertEquals(new Position(0.0, 50.0), TestFiles.actor(batch, "n1").position());
        Actor group = TestFiles.actor(batch, "n2");
        assertEquals("Barri del Besòs", group.label(), "the open group's realizer comes first");
        assertEquals(new Position(525.0, -175.0), group.position());
        Actor library = TestFiles.actor(batch, "n2::n0");
        assertEquals("Préstec de llibres\ni club de lectura", library.notes());
        assertEquals("n2::n1", TestFiles.actor(batch, "n2::n1").label(), "an empty yEd label leaves the id");
        assertEquals(3, batch.ties().size());
        Tie meetings = TestFiles.tie(batch, "e0");
        assertEquals("collaboration", meetings.kind(), "yEd's edge label");
        assertEquals("Reunions mensuals", meetings.notes());
        assertFalse(meetings.directed(), "a line with no arrows is undirected");
        assertTrue(TestFiles.tie(batch, "e1").directed());
        assertEquals("support", TestFiles.tie(batch, "e1").kind());
        assertTrue(TestFiles.tie(batch, "n2::e0").directed());
        assertEquals(1, batch.warnings().size(), batch.warnings().toString());
        assertTrue(batch.warnings().get(0).message().contains("nested"));
    }

    @Test
    void readsWhatGephiToolkitWrites() throws Exception {
        ImportBatch batch = read(TestFiles.fixture("graphml/gephi-toolkit-0.10.1.graphml"));
        assertEquals(4, batch.actors().size());
        Actor casal = TestFiles.actor(batch, "casal");
        assertEquals("Casal de Joves", casal.label());
        assertEquals("organisation", casal.kind());
        assertEquals(new Position(10.0, 16.5), casal.position());
        assertEquals(Map.of("members", "120", "size", "13.0", "r", "200", "g", "120", "b", "30"), casal.attributes());
        Tie collaboration = TestFiles.tie(batch, "0");
        assertEquals("collaboration", collaboration.kind(), "Gephi's 'Edge Label' key");
        assertTrue(collaboration.directed());
        assertEquals(4, collaboration.strength());
        assertEquals(EnumSet.of(CserDimension.COLLECTIVE, CserDimension.GOVERNANCE), collaboration.dimensions());
        assertEquals(Map.of("weight", "2.5"), TestFiles.tie(batch, "1").attributes());
        assertEquals(1, TestFiles.tie(batch, "2").strength());
    }

    @Test
    void keyDefaultsForAllAndPerEdgeDirection() throws Exception {
        ImportBatch batch = readInline("<key id=\"k\" for=\"all\" attr.name=\"Notes\" attr.type=\"string\">"
                + "<default>sense notes</default></key>"
                + "<key id=\"s\" for=\"edge\" attr.name=\"Strength\" attr.type=\"int\"><default>2</default></key>"
                + "<graph edgedefault=\"undirected\"><node id=\"a\"/><node id=\"b\"><data key=\"k\">amb notes</data></node>"
                + "<edge source=\"a\" target=\"b\" directed=\"true\"/><edge source=\"a\" target=\"b\">"
                + "<data key=\"s\">5</data></edge></graph>");
        assertEquals("sense notes", TestFiles.actor(batch, "a").notes());
        assertEquals("amb notes", TestFiles.actor(batch, "b").notes());
        assertEquals(List.of(true, false), batch.ties().stream().map(Tie::directed).collect(Collectors.toList()));
        assertEquals(List.of(2, 5), batch.ties().stream().map(Tie::strength).collect(Collectors.toList()));
        assertEquals("sense notes", batch.ties().get(0).notes());
        assertEquals(List.of("e0", "e1"), batch.ties().stream().map(Tie::id).collect(Collectors.toList()));
    }

    @Test
    void hyperedgesPortsAndLocatorsAreSkippedWithWarnings() throws Exception {
        ImportBatch batch = readInline("<graph edgedefault=\"directed\">"
                + "<node id=\"a\"><port name=\"north\"/></node><node id=\"b\"/><node id=\"c\"/>"
                + "<hyperedge><endpoint node=\"a\"/><endpoint node=\"b\"/><endpoint node=\"c\"/></hyperedge>"
                + "<hyperedge><endpoint node=\"a\"/><endpoint node=\"c\"/></hyperedge>"
                + "<edge source=\"a\" target=\"b\" sourceport=\"north\"/>"
                + "<node id=\"d\"><locator xmlns:xlink=\"http://www.w3.org/1999/xlink\" xlink:href=\"other.graphml\"/></node>"
                + "</graph><graph edgedefault=\"undirected\"><node id=\"e\"/></graph>");
        assertEquals(5, batch.actors().size());
        assertEquals(1, batch.ties().size());
        List<String> warnings = batch.warnings().stream().map(ImportWarning::message).collect(Collectors.toList());
        assertEquals(4, warnings.size(), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("hyperedges")));
        assertTrue(warnings.stream().anyMatch(w -> w.contains("ports")));
        assertTrue(warnings.stream().anyMatch(w -> w.contains("locator")));
        assertTrue(warnings.stream().anyMatch(w -> w.contains("more than one graph")));
    }

    @Test
    void undeclaredKeyIsKeptUnderItsIdWithAWarning() throws Exception {
        ImportBatch batch = readInline("<graph><node id=\"a\"><data key=\"mystery\">42</data></node></graph>");
        assertEquals(Map.of("mystery", "42"), TestFiles.actor(batch, "a").attributes());
        assertEquals(1, batch.warnings().size());
    }

    @Test
    void badDirectedAttributeIsRefused() throws Exception {
        ImportException e = refuseInline("<graph><node id=\"a\"/>\n<edge source=\"a\" target=\"a\" directed=\"maybe\"/>"
                + "</graph>");
        TestFiles.assertCleanMessage(e, "bad.graphml", 4, "directed");
    }

    @Test
    void strengthThatIsNotANumberIsRefusedWithFileLineAndField() throws Exception {
        ImportException e = refuseInline("<key id=\"w\" for=\"edge\" attr.name=\"Weight\" attr.type=\"string\"/>\n"
                + "<graph><node id=\"a\"/>\n<edge source=\"a\" target=\"a\">\n<data key=\"w\">lots</data>\n</edge></graph>");
        TestFiles.assertCleanMessage(e, "bad.graphml", 6, "Weight");
        assertTrue(e.getMessage().endsWith("\"lots\" is not a number"), e.getMessage());
    }

    @Test
    void duplicateNodeIdIsRefused() throws Exception {
        TestFiles.assertCleanMessage(refuseInline("<graph>\n<node id=\"a\"/>\n<node id=\"a\"/></graph>"),
                "bad.graphml", 5, "id");
    }

    @Test
    void positionNeedsBothCoordinates() throws Exception {
        ImportBatch batch = readInline("<key id=\"x\" for=\"node\" attr.name=\"x\" attr.type=\"double\"/>"
                + "<graph><node id=\"a\"><data key=\"x\">3.5</data></node></graph>");
        assertFalse(TestFiles.actor(batch, "a").hasPosition());
        assertEquals(1, batch.warnings().size());
    }

    @Test
    void gexfGivenToTheGraphmlReaderIsRefused() throws Exception {
        ImportException e = assertThrows(ImportException.class,
                () -> read(TestFiles.fixture("gexf/networkx-karate-1.3.gexf")));
        assertTrue(e.getMessage().contains("not a GraphML file"), e.getMessage());
        TestFiles.assertCleanMessage(e, "networkx-karate-1.3.gexf", 2, null);
    }

    @Test
    void doctypeWithExternalEntityIsRefusedWithoutReadingIt() throws Exception {
        Path secret = java.nio.file.Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        Path file = TestFiles.write(dir, "xxe.graphml", "<?xml version=\"1.0\"?>\n<!DOCTYPE graphml [<!ENTITY x SYSTEM \""
                + secret.toUri() + "\">]>\n<graphml><key id=\"d\" for=\"node\" attr.name=\"label\"/><graph>"
                + "<node id=\"a\"><data key=\"d\">&x;</data></node></graph></graphml>");
        ImportException e = assertThrows(ImportException.class, () -> read(file));
        TestFiles.assertCleanMessage(e, "xxe.graphml", 2, null);
        assertTrue(e.getMessage().contains("DOCTYPE"));
        assertFalse(e.getMessage().contains("TOP-SECRET"));
    }
}
