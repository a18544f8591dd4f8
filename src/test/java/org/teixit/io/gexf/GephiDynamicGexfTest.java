package org.teixit.io.gexf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.teixit.io.ImportBatch;
import org.teixit.io.ImportWarning;
import org.teixit.io.xml.TestFiles;
import org.teixit.model.Actor;
import org.teixit.model.CserDimension;
import org.teixit.model.Position;
import org.teixit.model.Tie;
import org.teixit.task.Progress;

/** A dynamic, hierarchical GEXF 1.3 as Gephi 0.10 Desktop exports it (gexf/gephi-dynamic.gexf). */
class GephiDynamicGexfTest {
    private static ImportBatch read() throws Exception {
        return new GexfReader().read(TestFiles.fixture("gexf/gephi-dynamic.gexf"), Progress.NONE);
    }

    @Test
    void readsNodesOfAllLevelsWithFirstDynamicValues() throws Exception {
        ImportBatch batch = read();
        assertEquals(List.of("s1", "s2", "g1", "afa"), batch.actors().stream().map(Actor::id).collect(Collectors.toList()));
        Actor school = TestFiles.actor(batch, "s1");
        assertEquals("Escola A", school.label());
        assertEquals("institution", school.kind());
        assertEquals(Map.of("Members", "420", "Score", "1.5"), school.attributes(), "attvalue for= a title; first spell");
        assertEquals(new Position(-12.25, 40.5), school.position());
        assertEquals(new Position(10, -0.0025), TestFiles.actor(batch, "s2").position(), "1E1 and -2.5e-3");
        assertEquals("s2", TestFiles.actor(batch, "s2").label(), "no label: the id");
        assertEquals(Map.of("Members", "0"), TestFiles.actor(batch, "g1").attributes(), "the declared default");
    }

    @Test
    void readsMutualFloatAndLoopEdges() throws Exception {
        ImportBatch batch = read();
        Tie mutual = TestFiles.tie(batch, "0");
        assertFalse(mutual.directed());
        assertEquals("partnership", mutual.kind(), "kind= wins over label=");
        assertEquals(3, mutual.strength(), "weight 2.5, not the dynamic 3.0");
        assertEquals(EnumSet.of(CserDimension.COMMUNICATION), mutual.dimensions(), "the edge attribute's default");
        assertEquals(5, TestFiles.tie(batch, "1").strength(), "1E1");
        assertEquals(1, TestFiles.tie(batch, "2").strength(), "1.0E0 on a loop");
        assertEquals(EnumSet.of(CserDimension.FUNDS, CserDimension.GOVERNANCE), TestFiles.tie(batch, "3").dimensions());
    }

    @Test
    void warnsOnlyAboutWhatIsLost() throws Exception {
        List<String> warnings = read().warnings().stream().map(ImportWarning::message).collect(Collectors.toList());
        assertEquals(3, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("dynamic"), warnings.toString());
        assertTrue(warnings.get(1).contains("nested"), warnings.toString());
        assertTrue(warnings.get(2).contains("not positive"), warnings.toString());
    }
}
