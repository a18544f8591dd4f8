package org.teixit.analysis.ecosystem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.teixit.model.Actor;
import org.teixit.model.CserDimension;
import org.teixit.model.Ecosystem;
import org.teixit.model.Tie;
import org.teixit.task.Progress;

/**
 * Compares the ecosystem measures with networkx (and, for brokerage and the E-I index, brute-force
 * definitions) from the fixtures that make_ecosystem_fixtures.py wrote.
 */
class EcosystemFixturesTest {
    private static final double TOLERANCE = 1e-12;

    static JsonNode read(String name) throws IOException {
        try (InputStream in = EcosystemFixturesTest.class.getResourceAsStream(
                "/org/teixit/analysis/ecosystem_" + name + ".json")) {
            assertNotNull(in, "fixture ecosystem_" + name + ".json");
            return new ObjectMapper().readTree(in);
        }
    }

    static Ecosystem ecosystemOf(JsonNode fixture) {
        Ecosystem.Builder b = Ecosystem.builder(fixture.get("name").asText());
        fixture.get("actors").forEach(a -> b.actor(Actor.of(a.get("id").asText(), a.get("id").asText(), "",
                a.get("setting").asText())));
        int i = 0;
        for (JsonNode e : fixture.get("edges")) {
            Set<CserDimension> dims = EnumSet.noneOf(CserDimension.class);
            e.get("dimensions").forEach(d -> dims.add(CserDimension.parse(d.asText()).orElseThrow()));
            b.tie(new Tie("t" + i++, e.get("source").asText(), e.get("target").asText(), e.get("kind").asText(),
                    e.get("directed").asBoolean(), e.get("strength").asInt(), dims, null, "", Map.of()));
        }
        return b.build();
    }

    @ParameterizedTest
    @ValueSource(strings = {"karate", "planted", "gnm", "mixed", "directed"})
    void densitiesMatchNetworkx(String name) throws IOException {
        JsonNode fixture = read(name);
        Ecosystem e = ecosystemOf(fixture);
        assertEquals(fixture.get("directed").asBoolean(), MapGraph.isDirectedMap(e));
        Map<CserDimension, Double> byDimension = Densities.byDimension(e);
        fixture.get("densityByDimension").fields().forEachRemaining(f -> assertEquals(f.getValue().asDouble(),
                byDimension.get(CserDimension.parse(f.getKey()).orElseThrow()), TOLERANCE, name + " " + f.getKey()));
        Map<String, Double> byKind = Densities.byKind(e);
        fixture.get("densityByKind").fields().forEachRemaining(f -> assertEquals(f.getValue().asDouble(),
                byKind.get(f.getKey()), TOLERANCE, name + " " + f.getKey()));
        assertTrue(fixture.get("densityByKind").size() >= 4, "the fixture exercises several kinds");
    }

    @ParameterizedTest
    @ValueSource(strings = {"karate", "planted", "gnm", "mixed", "directed"})
    void coreNumbersMatchNetworkx(String name) throws IOException {
        JsonNode fixture = read(name);
        Ecosystem e = ecosystemOf(fixture);
        MapGraph g = MapGraph.of(e);
        int[] cores = CoreNumbers.of(g);
        JsonNode expected = fixture.get("coreNumber");
        for (int v = 0; v < g.size(); v++) {
            assertEquals(expected.get(g.id(v)).asInt(), cores[v], name + " core of " + g.id(v));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"karate", "planted", "gnm", "mixed", "directed"})
    void structureMatchesNetworkx(String name) throws IOException {
        JsonNode fixture = read(name);
        MapGraph g = MapGraph.of(ecosystemOf(fixture));
        Structure s = Structure.of(g);
        assertEquals(fixture.get("components").asInt(), s.components(), name + " components");
        Set<String> cut = new TreeSet<>();
        s.cutActors().forEach(c -> cut.add(c.id()));
        Set<String> expectedCut = new TreeSet<>();
        fixture.get("articulationPoints").forEach(a -> expectedCut.add(a.asText()));
        assertEquals(expectedCut, cut, name + " articulation points");
        Set<List<String>> bridges = new java.util.HashSet<>();
        s.bridges().forEach(b -> bridges.add(sorted(b.source(), b.target())));
        Set<List<String>> expectedBridges = new java.util.HashSet<>();
        fixture.get("bridges").forEach(b -> expectedBridges.add(sorted(b.get(0).asText(), b.get(1).asText())));
        assertEquals(expectedBridges, bridges, name + " bridges");
        // cutOff agrees with a search on the graph without the actor
        for (Structure.CutActor c : s.cutActors()) {
            assertEquals(c.cutOff(), Structure.cutOffBy(g, g.index(c.id())).size(), name + " cutOff " + c.id());
            assertEquals(c.pieces(), Structure.partsWithout(g, g.index(c.id())).size(), name + " parts " + c.id());
        }
    }

    private static List<String> sorted(String a, String b) {
        return a.compareTo(b) <= 0 ? List.of(a, b) : List.of(b, a);
    }

    @ParameterizedTest
    @ValueSource(strings = {"karate", "planted", "gnm", "mixed", "directed"})
    void louvainIsAtLeastAsGoodAsNetworkx(String name) throws IOException {
        JsonNode fixture = read(name);
        MapGraph g = MapGraph.of(ecosystemOf(fixture));
        JsonNode louvain = fixture.get("louvain");
        // Our modularity of networkx's own partition is networkx's modularity.
        int[] theirs = new int[g.size()];
        int c = 0;
        for (JsonNode community : louvain.get("communities")) {
            for (JsonNode v : community) {
                theirs[g.index(v.asText())] = c;
            }
            c++;
        }
        double expected = louvain.get("modularity").asDouble();
        assertEquals(expected, Louvain.modularity(g, theirs), 1e-9, name + " modularity of networkx's partition");

        Communities ours = Louvain.detect(g, Louvain.DEFAULT_SEED, Progress.NONE);
        assertTrue(ours.modularity() >= expected - 0.02,
                name + ": ours " + ours.modularity() + " vs networkx " + expected);
        // The reported modularity is that of the reported partition, which covers every actor once.
        int[] membership = new int[g.size()];
        java.util.Arrays.fill(membership, -1);
        for (int k = 0; k < ours.count(); k++) {
            for (String id : ours.groups().get(k)) {
                assertEquals(-1, membership[g.index(id)], id + " in two communities");
                membership[g.index(id)] = k;
                assertEquals(k, ours.communityOf(id).orElseThrow());
            }
        }
        for (int v = 0; v < g.size(); v++) {
            assertTrue(membership[v] >= 0, g.id(v) + " in no community");
        }
        assertEquals(Louvain.modularity(g, membership), ours.modularity(), 1e-12);
        System.out.printf("Louvain %s: ours %.4f (%d communities), networkx %.4f%n", name, ours.modularity(),
                ours.count(), expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"karate", "planted", "gnm", "mixed", "directed"})
    void brokerageMatchesTheDefinition(String name) throws IOException {
        JsonNode fixture = read(name);
        MapGraph g = MapGraph.of(ecosystemOf(fixture));
        BrokerageRoles[] roles = Brokerage.of(g, Progress.NONE);
        JsonNode expected = fixture.get("brokerage");
        long total = 0;
        for (int v = 0; v < g.size(); v++) {
            JsonNode x = expected.get(g.id(v));
            String where = name + " " + g.id(v);
            assertEquals(x.get("coordinator").asLong(), roles[v].coordinator(), where);
            assertEquals(x.get("gatekeeper").asLong(), roles[v].gatekeeper(), where);
            assertEquals(x.get("representative").asLong(), roles[v].representative(), where);
            assertEquals(x.get("consultant").asLong(), roles[v].consultant(), where);
            assertEquals(x.get("liaison").asLong(), roles[v].liaison(), where);
            total += roles[v].total();
        }
        assertTrue(total > 0, name + " has brokerage");
    }

    @ParameterizedTest
    @ValueSource(strings = {"karate", "planted", "gnm", "mixed", "directed"})
    void eiIndexMatchesTheDefinition(String name) throws IOException {
        JsonNode fixture = read(name);
        MapGraph g = MapGraph.of(ecosystemOf(fixture));
        Map<String, SettingMixing> ours = new HashMap<>();
        SettingMixing.of(g).forEach(s -> ours.put(s.setting(), s));
        JsonNode expected = fixture.get("eiIndex");
        assertEquals(expected.size(), ours.size(), name + " settings");
        List<String> checked = new ArrayList<>();
        expected.fields().forEachRemaining(f -> {
            SettingMixing s = ours.get(f.getKey());
            assertNotNull(s, f.getKey());
            if (f.getValue().isNull()) {
                assertNull(s.eiIndex(), f.getKey());
            } else {
                assertEquals(f.getValue().asDouble(), s.eiIndex(), TOLERANCE, name + " " + f.getKey());
            }
            checked.add(f.getKey());
        });
        assertTrue(checked.size() >= 2);
    }
}
