package org.teixit.io.graphml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.teixit.io.ImportBatch;
import org.teixit.io.ImportException;
import org.teixit.io.ImportWarning;
import org.teixit.io.xml.TestFiles;
import org.teixit.model.Actor;
import org.teixit.model.Position;
import org.teixit.model.Tie;
import org.teixit.task.Progress;

/** GraphML as igraph, networkx multigraphs and yEd's richer shapes write it (see make_real_world_fixtures.py). */
class RealWorldGraphmlTest {
    private static ImportBatch read(String fixture) throws ImportException {
        return new GraphmlReader().read(TestFiles.fixture(fixture), Progress.NONE);
    }

    @Test
    void readsIgraphDirected() throws Exception {
        ImportBatch batch = read("graphml/igraph-directed.graphml");
        assertEquals("Xarxa igraph", batch.graphName());
        assertEquals(List.of("Escola", "AFA", "Ajuntament", "Biblioteca"),
                batch.actors().stream().map(Actor::label).collect(Collectors.toList()), "igraph's name attribute");
        Actor escola = TestFiles.actor(batch, "n0");
        assertEquals("institution", escola.kind());
        assertEquals(Map.of("members", "300", "ratio", "0.5"), escola.attributes());
        assertEquals(Map.of("members", "12"), TestFiles.actor(batch, "n2").attributes(), "igraph leaves NaN out");
        assertEquals(List.of("e0", "e1", "e2", "e3", "e4"), batch.ties().stream().map(Tie::id).collect(Collectors.toList()));
        assertTrue(batch.ties().stream().allMatch(Tie::directed));
        assertEquals(List.of(1, 3, 3, Tie.DEFAULT_STRENGTH, 5),
                batch.ties().stream().map(Tie::strength).collect(Collectors.toList()));
        assertEquals(Map.of("weight", "10"), TestFiles.tie(batch, "e4").attributes(), "the weight is kept");
        Tie loop = TestFiles.tie(batch, "e3");
        assertEquals(loop.source(), loop.target());
        assertTrue(batch.warnings().isEmpty(), batch.warnings().toString());
    }

    @Test
    void readsIgraphUndirected() throws Exception {
        ImportBatch batch = read("graphml/igraph-undirected.graphml");
        assertEquals(4, batch.actors().size());
        assertEquals(5, batch.ties().size());
        assertTrue(batch.ties().stream().noneMatch(Tie::directed));
        assertTrue(batch.warnings().isEmpty(), batch.warnings().toString());
    }

    @Test
    void networkxMultigraphKeysRepeatedAcrossPairsGiveOneWarning() throws Exception {
        ImportBatch batch = read("graphml/networkx-multigraph.graphml");
        assertEquals("Multigraf", batch.graphName());
        assertEquals(List.of("0", "1", "e0", "e1", "e2"), batch.ties().stream().map(Tie::id).collect(Collectors.toList()));
        assertEquals(List.of(2, 4), batch.ties().subList(0, 2).stream().map(Tie::strength).collect(Collectors.toList()));
        List<String> warnings = batch.warnings().stream().map(ImportWarning::message).collect(Collectors.toList());
        assertEquals(2, warnings.size(), "the first repeat, then how many more: " + warnings);
        assertTrue(warnings.get(0).contains("\"0\""), warnings.toString());
        assertTrue(warnings.get(1).contains("2"), warnings.toString());
    }

    @Test
    void readsGraphToolHexadecimalFloats() throws Exception {
        ImportBatch batch = read("graphml/graph-tool-style.graphml");
        assertEquals("Xarxa desada amb graph-tool", batch.graphDescription());
        Actor escola = TestFiles.actor(batch, "n0");
        assertEquals("Escola", escola.label());
        assertEquals(new Position(3.0, -0.25), escola.position(), "graph-tool writes doubles as C99 hex floats");
        assertEquals(Map.of("pos", "0x1.8p+1, -0x1p-2"), escola.attributes());
        assertEquals(new Position(0, 10), TestFiles.actor(batch, "n1").position());
        assertEquals(List.of(3, 4, 1), batch.ties().stream().map(Tie::strength).collect(Collectors.toList()));
        assertEquals("0x1.4p+1", TestFiles.tie(batch, "e0").attributes().get("weight"), "2.5, kept as written");
        assertFalse(TestFiles.tie(batch, "e1").attributes().containsKey("weight"), "4.0 is the strength itself");
        assertTrue(batch.warnings().isEmpty(), batch.warnings().toString());
    }

    @Test
    void readsYedSvgGenericUmlNodesFoldersAndArcEdges() throws Exception {
        ImportBatch batch = read("graphml/yed-shapes.graphml");
        assertEquals("Línia 1\nLínia 2 <amb> & símbols", batch.graphDescription());
        assertEquals(List.of("n0", "n1", "n2::n0::n0", "n2::n0", "n2::n1", "n2", "n3", "n4"),
                batch.actors().stream().map(Actor::id).collect(Collectors.toList()), "nested groups are flattened");
        Actor svg = TestFiles.actor(batch, "n0");
        assertEquals("Institut\nCastellar", svg.label(), "a two-line yEd label");
        assertEquals("Nota amb ]]> i \"cometes\"", svg.notes(), "two CDATA sections");
        assertEquals(new Position(0, 0), svg.position());
        assertEquals("Ajuntament", TestFiles.actor(batch, "n1").label(), "the first of a generic node's labels");
        assertEquals("Club de bàsquet <CB>", TestFiles.actor(batch, "n2::n0::n0").label());
        Actor folder = TestFiles.actor(batch, "n2");
        assertEquals("Entitats & clubs", folder.label());
        assertEquals(Map.of("Àmbit", "barri"), folder.attributes());
        assertEquals(Map.of("Àmbit", "comunitat"), TestFiles.actor(batch, "n3").attributes(), "the key's default");
        assertEquals("Famílies", TestFiles.actor(batch, "n3").label(), "a UML node's name, not its attributes");
        assertEquals("Segona etiqueta", TestFiles.actor(batch, "n4").label(), "an empty first label is passed over");
        Tie e0 = TestFiles.tie(batch, "e0");
        assertEquals("support", e0.kind());
        assertEquals("Reunió\ntrimestral", e0.notes());
        assertEquals(3, e0.strength());
        assertEquals(Map.of("Pes", "2.5"), e0.attributes());
        assertFalse(TestFiles.tie(batch, "e1").directed(), "an arc without arrows");
        assertEquals("n2::n0::n0", TestFiles.tie(batch, "e1").target(), "an edge into a nested group");
        assertEquals("governance", TestFiles.tie(batch, "e2").kind());
        assertEquals(1, batch.warnings().size(), batch.warnings().toString());
    }
}
