package org.teixit.analysis.ecosystem;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.teixit.analysis.NetworkMeasures;
import org.teixit.analysis.PathMeasures;
import org.teixit.model.Actor;
import org.teixit.model.CserDimension;
import org.teixit.model.Ecosystem;
import org.teixit.model.Tie;
import org.teixit.sample.SampleEcosystem;
import org.teixit.task.CancelledException;
import org.teixit.task.Progress;

/** Small maps worked out by hand. */
class HandWorkedEcosystemTest {

    /** Builds maps with settings, kinds and dimensions. */
    static final class Map2 {
        private final Ecosystem.Builder b = Ecosystem.builder("hand");
        private int ties;

        Map2 actor(String id, String setting) {
            b.actor(Actor.of(id, id, "", setting));
            return this;
        }

        Map2 tie(String s, String t, boolean directed, String kind, CserDimension... dims) {
            Set<CserDimension> d = dims.length == 0 ? Set.of() : EnumSet.copyOf(List.of(dims));
            b.tie(new Tie("t" + ties++, s, t, kind, directed, 3, d, null, "", Map.of()));
            return this;
        }

        Map2 und(String s, String t) {
            return tie(s, t, false, "collaboration");
        }

        Map2 dir(String s, String t) {
            return tie(s, t, true, "collaboration");
        }

        Ecosystem build() {
            return b.build();
        }
    }

    private static BrokerageRoles roles(MapGraph g, BrokerageRoles[] all, String id) {
        return all[g.index(id)];
    }

    @Test
    void brokerageRolesOfADirectedExample() {
        // A→B, A→C, B→C, B→D, C→D, D→A; A and B in family, C and D in school.
        Ecosystem e = new Map2().actor("A", "family").actor("B", "family").actor("C", "school")
                .actor("D", "school").dir("A", "B").dir("A", "C").dir("B", "C").dir("B", "D").dir("C", "D")
                .dir("D", "A").build();
        MapGraph g = MapGraph.of(e);
        BrokerageRoles[] r = Brokerage.of(g, Progress.NONE);
        // A brokers D→A→B (D school; A, B family: gatekeeper) and D→A→C (A in the other setting: consultant).
        assertEquals(new BrokerageRoles(0, 1, 0, 1, 0), roles(g, r, "A"));
        // B brokers A→B→D (representative); A→B→C is closed by A→C.
        assertEquals(new BrokerageRoles(0, 0, 1, 0, 0), roles(g, r, "B"));
        // C brokers A→C→D (gatekeeper); B→C→D is closed by B→D.
        assertEquals(new BrokerageRoles(0, 1, 0, 0, 0), roles(g, r, "C"));
        // D brokers B→D→A (consultant) and C→D→A (representative).
        assertEquals(new BrokerageRoles(0, 0, 1, 1, 0), roles(g, r, "D"));
    }

    @Test
    void anUndirectedTwoPathCountsBothWays() {
        Ecosystem e = new Map2().actor("a", "family").actor("v", "school").actor("c", "school")
                .actor("x", "community").actor("y", "community").actor("z", "associations")
                .und("a", "v").und("v", "c")
                .und("x", "y").und("y", "z").und("z", "x") // closed triangle: nobody brokers
                .build();
        MapGraph g = MapGraph.of(e);
        BrokerageRoles[] r = Brokerage.of(g, Progress.NONE);
        // a→v→c: a outside, v and c inside: gatekeeper; c→v→a: representative.
        assertEquals(new BrokerageRoles(0, 1, 1, 0, 0), roles(g, r, "v"));
        assertEquals(BrokerageRoles.NONE, roles(g, r, "y"));
        assertEquals(2, roles(g, r, "v").total());
        assertEquals(2, roles(g, r, "v").acrossSettings());

        Ecosystem same = new Map2().actor("a", "").actor("b", "").actor("c", "").und("a", "b").und("b", "c")
                .build(); // actors without a setting form one group
        MapGraph g2 = MapGraph.of(same);
        assertEquals(List.of(MapGraph.NO_SETTING), g2.groups());
        assertEquals(new BrokerageRoles(2, 0, 0, 0, 0), Brokerage.of(g2, Progress.NONE)[1]);

        Ecosystem liaison = new Map2().actor("a", "family").actor("b", "school").actor("c", "community")
                .dir("a", "b").dir("b", "c").build();
        MapGraph g3 = MapGraph.of(liaison);
        assertEquals(new BrokerageRoles(0, 0, 0, 0, 1), Brokerage.of(g3, Progress.NONE)[1]);
    }

    @Test
    void eiIndexCountsTiedPairsOnce() {
        Ecosystem e = new Map2().actor("f1", "family").actor("f2", "family").actor("s1", "school")
                .actor("c1", "community")
                .und("f1", "f2").und("f1", "s1").und("f2", "s1").und("f2", "s1").dir("s1", "f1").und("s1", "s1")
                .build();
        List<SettingMixing> mixing = SettingMixing.of(MapGraph.of(e));
        assertEquals(3, mixing.size());
        SettingMixing family = mixing.get(0);
        assertEquals("family", family.setting());
        assertEquals(2, family.actors());
        assertEquals(1, family.internal());
        assertEquals(2, family.external());
        assertEquals(1.0 / 3, family.eiIndex(), 1e-15);
        assertEquals(1.0, mixing.get(1).eiIndex(), 1e-15);
        assertNull(mixing.get(2).eiIndex(), "a setting without ties has no E-I index");
    }

    @Test
    void mesosystemCountsSupportiveTiesBetweenSettings() {
        Ecosystem e = new Map2().actor("f1", "family").actor("f2", "family").actor("s1", "school").actor("u", "")
                .tie("f1", "s1", false, "collaboration", CserDimension.GOVERNANCE)
                .tie("f2", "s1", true, "information", CserDimension.COMMUNICATION)
                .tie("s1", "s1", false, "support", CserDimension.ORIENTATION)
                .tie("f1", "f2", false, "support", CserDimension.ORIENTATION)
                .tie("s1", "f1", false, "trust", CserDimension.GOVERNANCE, CserDimension.FUNDS)
                .tie("u", "s1", false, "collaboration")
                .build();
        Mesosystem m = Mesosystem.of(e);
        assertEquals(List.of("family", "school"), m.settings());
        assertFalse(m.everyTieSupportive());
        assertEquals(2, m.supportive("family", "school"), "collaboration and trust, not information");
        assertEquals(2, m.supportive("school", "family"), "symmetric");
        assertEquals(3, m.all("family", "school"));
        assertEquals(1, m.supportive("family", "family"));
        assertEquals(0, m.supportive("school", "school"), "a self-loop links no settings");
        assertEquals(2, m.supportive("family", "school", CserDimension.GOVERNANCE));
        assertEquals(1, m.supportive("family", "school", CserDimension.FUNDS));
        assertEquals(0, m.supportive("family", "school", CserDimension.COMMUNICATION));
        assertEquals(1, m.all("family", "school", CserDimension.COMMUNICATION));
        assertEquals(0, m.supportive("family", "community"), "unknown settings count nothing");
        assertArrayEquals(new int[][] {{1, 2}, {2, 0}}, m.supportiveMatrix());
        assertEquals(2, m.actors("family"));

        Ecosystem untyped = new Map2().actor("f", "family").actor("s", "school").tie("f", "s", false, "").build();
        Mesosystem u = Mesosystem.of(untyped);
        assertTrue(u.everyTieSupportive());
        assertEquals(1, u.supportive("family", "school"), "with no kinds on the map every tie counts");
    }

    /** Triangles abc and cde share c; bridge e–f; triangle fgh; pendant i on h; isolate j; k–l tied twice. */
    private static Ecosystem bowtie() {
        Map2 m = new Map2();
        for (String id : List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l")) {
            m.actor(id, "community");
        }
        return m.und("a", "b").und("b", "c").und("c", "a").und("c", "d").und("d", "e").und("e", "c")
                .und("e", "f").und("f", "g").und("g", "h").und("h", "f").und("h", "i")
                .und("k", "l").dir("l", "k").tie("j", "j", false, "support").build();
    }

    @Test
    void structureFindsCutActorsBridgesAndIsolates() {
        MapGraph g = MapGraph.of(bowtie());
        Structure s = Structure.of(g);
        assertEquals(3, s.components());
        assertEquals(List.of("j"), s.isolates(), "a self-loop is no tie to anyone");
        assertEquals(List.of(new Structure.CutActor("c", 2, 2), new Structure.CutActor("e", 4, 2),
                new Structure.CutActor("f", 3, 2), new Structure.CutActor("h", 1, 2)), s.cutActors());
        assertEquals(2, s.bridges().size(), "k–l is tied twice, so it is no bridge");
        assertTrue(s.bridges().contains(new Structure.Bridge("e", "f", 4, 5)), s.bridges().toString());
        assertTrue(s.bridges().contains(new Structure.Bridge("h", "i", 1, 8)), s.bridges().toString());
        assertEquals(9, s.largestComponent());
        assertEquals(2 + 4 + 3 + 1, s.cutOffTotal());
        assertEquals(List.of("a", "b"), Structure.cutOffBy(g, g.index("c")));
        assertEquals(List.of(List.of("d", "e", "f", "g", "h", "i"), List.of("a", "b")),
                Structure.partsWithout(g, g.index("c")));
        assertEquals(List.of(g.index("a"), g.index("b"), g.index("c"), g.index("d"), g.index("e")),
                Structure.sideOf(g, g.index("e"), g.index("f")));
    }

    @Test
    void withEdgeAddsOneTieAndKeepsParallelCounts() {
        MapGraph g = MapGraph.of(bowtie());
        int k = g.index("k");
        int l = g.index("l");
        int j = g.index("j");
        assertEquals(2, g.ties(k, l));
        MapGraph after = g.withEdge(j, k, false);
        assertEquals(2, after.ties(k, l), "parallel ties survive the copy");
        assertEquals(1, after.ties(j, k));
        assertTrue(after.hasArc(j, k) && after.hasArc(k, j));
        assertFalse(g.adjacent(j, k), "the original is unchanged");
        Structure s = Structure.of(after);
        assertEquals(2, s.components());
        assertEquals(List.of(), s.isolates());
        assertTrue(s.cutActors().stream().anyMatch(c -> c.id().equals("k")), "k now holds j");
        MapGraph directed = g.withEdge(j, k, true);
        assertTrue(directed.hasArc(j, k));
        assertFalse(directed.hasArc(k, j));
    }

    @Test
    void coreNumbersOfATriangleWithAPendant() {
        Ecosystem e = new Map2().actor("a", "").actor("b", "").actor("c", "").actor("d", "").actor("e", "")
                .und("a", "b").und("b", "c").und("c", "a").und("c", "d").und("d", "d").build();
        assertArrayEquals(new int[] {2, 2, 2, 1, 0}, CoreNumbers.of(MapGraph.of(e)));
    }

    @Test
    void densitiesPerDimensionAndKind() {
        Ecosystem e = new Map2().actor("a", "").actor("b", "").actor("c", "").actor("d", "")
                .tie("a", "b", false, "support", CserDimension.GOVERNANCE)
                .tie("b", "a", true, "support", CserDimension.GOVERNANCE)
                .tie("b", "c", false, "trust", CserDimension.GOVERNANCE)
                .tie("c", "c", false, "trust", CserDimension.GOVERNANCE)
                .tie("a", "d", false, "information", CserDimension.COMMUNICATION).build();
        Map<CserDimension, Double> d = Densities.byDimension(e);
        assertEquals(2.0 * 3 / 12, d.get(CserDimension.GOVERNANCE), 1e-15, "a–b once, b–c, and the loop");
        assertEquals(2.0 / 12, d.get(CserDimension.COMMUNICATION), 1e-15);
        assertEquals(0.0, d.get(CserDimension.FUNDS));
        Map<String, Double> k = Densities.byKind(e);
        assertEquals(2.0 / 12, k.get("support"), 1e-15);
        assertEquals(2.0 * 2 / 12, k.get("trust"), 1e-15);
        assertEquals(0.0, k.get("collaboration"), "every kind of the vocabulary is listed");

        Ecosystem directed = new Map2().actor("a", "").actor("b", "").actor("c", "").actor("d", "")
                .tie("a", "b", true, "support", CserDimension.FUNDS).tie("b", "a", true, "support", CserDimension.FUNDS)
                .tie("a", "b", true, "support", CserDimension.FUNDS).build();
        assertEquals(2.0 / 12, Densities.byDimension(directed).get(CserDimension.FUNDS), 1e-15);
    }

    @Test
    void louvainSplitsTwoCliquesJoinedByOneTie() {
        Map2 m = new Map2();
        for (int i = 0; i < 10; i++) {
            m.actor("n" + i, "");
        }
        for (int i = 0; i < 5; i++) {
            for (int j = i + 1; j < 5; j++) {
                m.und("n" + i, "n" + j);
                m.und("n" + (i + 5), "n" + (j + 5));
            }
        }
        m.und("n0", "n5");
        MapGraph g = MapGraph.of(m.build());
        Communities c = Louvain.detect(g, 7, Progress.NONE);
        assertEquals(List.of(List.of("n0", "n1", "n2", "n3", "n4"), List.of("n5", "n6", "n7", "n8", "n9")),
                c.groups());
        // Q = 2 · (10/21 - (21/42)^2) = 20/21 - 1/2
        assertEquals(20.0 / 21 - 0.5, c.modularity(), 1e-12);
        assertEquals(c.groups(), Louvain.detect(g, 7, Progress.NONE).groups(), "the same seed, the same result");
        assertEquals(0.0, Louvain.detect(MapGraph.of(new Map2().actor("x", "").build()), 1, Progress.NONE)
                .modularity());
    }

    @Test
    void theAnalysisGathersEverythingAndShowsCheapMeasuresFirst() {
        Ecosystem e = SampleEcosystem.load();
        AtomicReference<EcosystemAnalysis> early = new AtomicReference<>();
        EcosystemAnalysis a = EcosystemAnalysis.compute(e, Progress.NONE, early::set);
        assertFalse(early.get().isComplete());
        assertNull(early.get().measures());
        assertTrue(a.isComplete());
        assertSame(early.get().structure(), a.structure());
        assertEquals(e.actorCount(), a.actors().size());
        assertEquals(NetworkMeasures.compute(e, Progress.NONE), a.measures());
        ActorRoles voluntariat = a.actor("voluntariat").orElseThrow();
        assertTrue(voluntariat.cutActor(), "the founders hang on the association");
        assertEquals(4, voluntariat.coreNumber());
        assertTrue(voluntariat.brokerage().total() > 0);
        assertEquals(Set.of("degree", "strength", "betweenness", "closeness", "pagerank", "clustering", "constraint",
                "core", "community", "brokerage", "coordinator", "gatekeeper", "representative", "consultant",
                "liaison"), a.actorColumns().keySet());
        assertEquals(e.actorCount(), a.actorColumns().get("core").length);
        assertEquals(e.tiesPerDimension(), a.tiesByDimension());
    }

    @Test
    void cancellingStopsTheAnalysis() {
        Progress cancelled = new Progress() {
            @Override
            public void update(String message, double done, double total) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThrows(CancelledException.class, () -> EcosystemAnalysis.compute(SampleEcosystem.load(), cancelled));
        AtomicInteger asked = new AtomicInteger();
        Progress later = new Progress() {
            @Override
            public void update(String message, double done, double total) {
            }

            @Override
            public boolean isCancelled() {
                return asked.incrementAndGet() > 3;
            }
        };
        assertThrows(CancelledException.class, () -> EcosystemAnalysis.compute(SampleEcosystem.load(), later));
    }

    @Test
    void pathMeasuresGiveTheSameBetweenness() {
        Ecosystem e = SampleEcosystem.load();
        double[] b = PathMeasures.betweenness(e, Progress.NONE);
        var m = NetworkMeasures.compute(e, Progress.NONE).actors();
        for (int i = 0; i < b.length; i++) {
            assertEquals(m.get(i).betweenness(), b[i], 0.0);
        }
    }

    @Test
    void theCacheIsPerMapVersion() {
        EcosystemCache<Integer> cache = new EcosystemCache<>(2);
        AtomicInteger computed = new AtomicInteger();
        Ecosystem a = SampleEcosystem.load();
        Ecosystem sameContent = SampleEcosystem.load();
        assertEquals(1, cache.get(a, x -> computed.incrementAndGet()));
        assertEquals(1, cache.get(a, x -> computed.incrementAndGet()), "the same version is not computed again");
        assertEquals(2, cache.get(sameContent, x -> computed.incrementAndGet()), "an equal map is another version");
        assertEquals(3, cache.get(a, "ca", x -> computed.incrementAndGet()), "a qualifier makes another entry");
        assertTrue(cache.peek(a, "ca").isPresent());
        assertTrue(cache.peek(a).isEmpty(), "capacity 2: the oldest entry is gone");
        assertThrows(CancelledException.class, () -> cache.get(a, x -> {
            throw new CancelledException();
        }));
        assertTrue(cache.peek(a).isEmpty(), "a cancelled computation leaves nothing");
        EcosystemAnalysis first = EcosystemAnalysis.cached(a, Progress.NONE);
        assertSame(first, EcosystemAnalysis.cached(a, Progress.NONE));
        assertSame(first, EcosystemAnalysis.peekCached(a).orElseThrow());
    }
}
