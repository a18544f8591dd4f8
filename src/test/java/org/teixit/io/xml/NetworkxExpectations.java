package org.teixit.io.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Map;

import org.teixit.io.ImportBatch;
import org.teixit.model.Actor;
import org.teixit.model.CserDimension;
import org.teixit.model.PartnershipStage;
import org.teixit.model.Position;
import org.teixit.model.Tie;

/**
 * What the graphs of make_fixtures.py must read as, whatever format networkx wrote them in: GEXF and
 * GraphML go through the same mapping, so they must agree.
 */
public final class NetworkxExpectations {
    private NetworkxExpectations() {
    }

    public static void assertKarate(ImportBatch batch) {
        assertEquals("Zachary's Karate Club", batch.graphName());
        assertEquals(34, batch.actors().size());
        assertEquals(78, batch.ties().size());
        assertTrue(batch.ties().stream().noneMatch(Tie::directed));
        Actor first = TestFiles.actor(batch, "0");
        assertEquals("0", first.label());
        assertEquals(Map.of("club", "Mr. Hi"), first.attributes());
        assertEquals(new Position(100.0, 0.0), first.position());
        assertEquals(new Position(98.297, 18.375), TestFiles.actor(batch, "1").position());
        assertEquals(17, batch.actors().stream().filter(a -> "Officer".equals(a.attributes().get("club"))).count());
        assertTrue(batch.actors().stream().allMatch(Actor::hasPosition));
        Tie strong = between(batch, "0", "1");
        assertEquals(4, strong.strength());
        assertEquals(Map.of(), strong.attributes());
        Tie heavier = between(batch, "1", "2");
        assertEquals(5, heavier.strength());
        assertEquals(Map.of("weight", "6"), heavier.attributes(), "a weight above 5 is kept");
        assertEquals(78, batch.ties().stream().map(Tie::id).distinct().count());
        assertTrue(batch.warnings().isEmpty(), batch.warnings().toString());
    }

    public static void assertPartners(ImportBatch batch) {
        assertEquals("Xarxa educativa del Poble-sec", batch.graphName());
        assertEquals(5, batch.actors().size());
        assertEquals(5, batch.ties().size());
        Actor escola = TestFiles.actor(batch, "escola");
        assertEquals("Escola Sant Jordi", escola.label());
        assertEquals("institution", escola.kind());
        assertEquals("school", escola.setting());
        assertEquals(new Position(0.0, 0.0), escola.position());
        assertEquals(Map.of(), escola.attributes());
        Actor ampa = TestFiles.actor(batch, "ampa");
        assertEquals("AFA de l'escola", ampa.label());
        assertEquals("family", ampa.setting());
        assertEquals(new Position(-50.5, 20.25), ampa.position());
        Actor casal = TestFiles.actor(batch, "casal");
        assertFalse(casal.hasPosition());
        assertEquals(Map.of("members", "120"), casal.attributes());
        assertTrue(batch.ties().stream().allMatch(Tie::directed));

        Tie collaboration = between(batch, "escola", "ampa");
        assertEquals("collaboration", collaboration.kind());
        assertEquals(4, collaboration.strength());
        assertEquals(EnumSet.of(CserDimension.COLLECTIVE, CserDimension.GOVERNANCE), collaboration.dimensions());
        assertEquals(PartnershipStage.STRATEGIC, collaboration.stage());
        assertEquals(Map.of(), collaboration.attributes());

        Tie information = between(batch, "ampa", "escola");
        assertEquals(2, information.strength());
        assertEquals(EnumSet.of(CserDimension.COMMUNICATION), information.dimensions());
        assertNull(information.stage());

        Tie resources = between(batch, "ajuntament", "escola");
        assertEquals(1, resources.strength(), "0.5 rounds up to 1");
        assertEquals(Map.of("weight", "0.5"), resources.attributes());
        assertEquals(EnumSet.of(CserDimension.GOVERNANCE), resources.dimensions(), "English name, any case");

        Tie support = between(batch, "biblioteca", "escola");
        assertEquals(4, support.strength(), "3.5 rounds half up");
        assertEquals(Map.of("weight", "3.5"), support.attributes());
        assertEquals(EnumSet.of(CserDimension.FUNDS, CserDimension.ORIENTATION), support.dimensions(),
                "an English name with a comma in it is one dimension");
        assertEquals(PartnershipStage.COMPLEMENTARY, support.stage());

        Tie youth = between(batch, "casal", "biblioteca");
        assertEquals(5, youth.strength(), "12 is clamped to 5");
        assertEquals(Map.of("weight", "12"), youth.attributes());
        assertTrue(youth.dimensions().isEmpty());
        assertTrue(batch.warnings().isEmpty(), batch.warnings().toString());
    }

    /** The one tie from {@code source} to {@code target} (either way round when undirected). */
    public static Tie between(ImportBatch batch, String source, String target) {
        return batch.ties().stream()
                .filter(t -> t.source().equals(source) && t.target().equals(target)
                        || !t.directed() && t.source().equals(target) && t.target().equals(source))
                .findFirst().orElseThrow(() -> new AssertionError("no tie " + source + " - " + target));
    }
}
