package org.teixit.analysis.diagnose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.teixit.analysis.PathMeasures;
import org.teixit.analysis.ecosystem.EcosystemAnalysis;
import org.teixit.analysis.ecosystem.MapGraph;
import org.teixit.analysis.ecosystem.Mesosystem;
import org.teixit.analysis.ecosystem.Structure;
import org.teixit.model.Actor;
import org.teixit.model.CserDimension;
import org.teixit.model.Ecosystem;
import org.teixit.model.Tie;
import org.teixit.sample.SampleEcosystem;
import org.teixit.service.ChangeSet;
import org.teixit.task.CancelledException;
import org.teixit.task.Progress;

/** Findings and recommendations on hand-made maps and on the bundled sample. */
class DiagnosisTest {
    private Locale saved;

    @BeforeEach
    void english() {
        saved = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(saved);
    }

    /** Builds maps with labels, settings, kinds and dimensions. */
    static final class Maps {
        private final Ecosystem.Builder b = Ecosystem.builder("test");
        private int ties;

        Maps actor(String id, String label, String setting) {
            b.actor(Actor.of(id, label, "", setting));
            return this;
        }

        Maps tie(String s, String t, boolean directed, String kind, CserDimension... dims) {
            Set<CserDimension> d = dims.length == 0 ? Set.of() : EnumSet.copyOf(List.of(dims));
            b.tie(new Tie("t" + ties++, s, t, kind, directed, 3, d, null, "", Map.of()));
            return this;
        }

        Maps und(String s, String t, String kind) {
            return tie(s, t, false, kind, CserDimension.values());
        }

        Ecosystem build() {
            return b.build();
        }
    }

    /** A school, families, a council that bridges them, a club hanging on the council and an isolated library. */
    static Ecosystem library() {
        return new Maps().actor("school", "School", "school").actor("teachers", "Teachers", "school")
                .actor("families", "Families", "family").actor("afa", "AFA", "family")
                .actor("council", "Council", "administration").actor("library", "Library", "community")
                .actor("club", "Club", "associations")
                .und("school", "teachers", "collaboration").und("teachers", "families", "support")
                .und("families", "afa", "trust").und("afa", "school", "collaboration")
                .und("council", "school", "collaboration").und("council", "families", "support")
                .und("club", "council", "collaboration").build();
    }

    private static Diagnosis diagnose(Ecosystem e) {
        return Diagnosis.of(e, EcosystemAnalysis.compute(e, Progress.NONE), Progress.NONE, Diagnosis.DEFAULT_LIMIT);
    }

    /** Adds each recommended tie to the map and checks that the effect it claims is what the map then shows. */
    static void effectsAreMeasured(Ecosystem e, Diagnosis d) {
        Set<String> ids = new HashSet<>();
        for (Recommendation r : d.recommendations()) {
            assertTrue(ids.add(r.tie().id()), "tie ids are unique");
            assertFalse(e.tie(r.tie().id()).isPresent(), "a fresh id");
            assertEquals(r.from(), r.tie().source());
            assertEquals(r.to(), r.tie().target());
            Ecosystem with = ChangeSet.putTie("edit.add-tie", r.tie()).applyTo(e);
            Structure s = Structure.of(MapGraph.of(with));
            Effect x = r.detail();
            assertEquals(x.componentsAfter(), s.components(), r.toString());
            assertEquals(x.isolatesAfter(), s.isolates().size());
            assertEquals(x.cutActorsAfter(), s.cutActors().size());
            assertEquals(x.cutOffAfter(), s.cutOffTotal());
            assertEquals(x.bridgesAfter(), s.bridges().size());
            assertEquals(x.peripheralAfter(), Weaver.singleTieActors(MapGraph.of(with)));
            assertEquals(x.oneWayAfter(), Weaver.oneWayPairs(MapGraph.of(with)));
            assertEquals(x.oneWayBefore(), Weaver.oneWayPairs(MapGraph.of(e)));
            Structure before = Structure.of(MapGraph.of(e));
            assertEquals(x.componentsBefore(), before.components());
            assertEquals(x.cutActorsBefore(), before.cutActors().size());
            if (x.mesosystemAfter() != null) {
                assertEquals(x.mesosystemAfter(), Mesosystem.of(with).supportive(x.settingA(), x.settingB()));
                assertEquals(x.mesosystemBefore(), Mesosystem.of(e).supportive(x.settingA(), x.settingB()));
            }
            if (x.topBrokerBetweennessAfter() != null) {
                int broker = MapGraph.of(e).index(x.topBroker());
                assertEquals(x.topBrokerBetweennessAfter(), PathMeasures.betweenness(with, Progress.NONE)[broker],
                        1e-12);
            }
            if (x.dimension() != null) {
                assertEquals(x.dimensionTiesAfter(), with.tiesPerDimension().get(x.dimension()));
            }
            assertFalse(r.reason().isBlank());
            assertFalse(r.effect().isBlank());
            assertFalse(r.reason().contains("!"), "no missing bundle key: " + r.reason());
            assertFalse(r.effect().contains("!"), "no missing bundle key: " + r.effect());
        }
        for (Finding f : d.findings()) {
            assertFalse(f.message().startsWith("!"), f.message());
            assertEquals(f.ties().size(), f.tieIds().size());
            for (int i = 0; i < f.tieIds().size(); i++) {
                Tie t = e.tie(f.tieIds().get(i)).orElseThrow();
                assertEquals(new Finding.TiePair(t.source(), t.target()), f.ties().get(i));
            }
            f.actors().forEach(a -> assertTrue(e.actor(a).isPresent(), a));
        }
    }

    /** A map of the ecosystem fixtures (written by make_ecosystem_fixtures.py). */
    static Ecosystem fixture(String name) throws IOException {
        JsonNode f;
        try (InputStream in = DiagnosisTest.class.getResourceAsStream("/org/teixit/analysis/ecosystem_" + name
                + ".json")) {
            f = new ObjectMapper().readTree(in);
        }
        Ecosystem.Builder b = Ecosystem.builder(name);
        f.get("actors").forEach(a -> b.actor(Actor.of(a.get("id").asText(), "Actor " + a.get("id").asText(), "",
                a.get("setting").asText())));
        int i = 0;
        for (JsonNode e : f.get("edges")) {
            Set<CserDimension> dims = EnumSet.noneOf(CserDimension.class);
            e.get("dimensions").forEach(d -> dims.add(CserDimension.parse(d.asText()).orElseThrow()));
            b.tie(new Tie("t" + i++, e.get("source").asText(), e.get("target").asText(), e.get("kind").asText(),
                    e.get("directed").asBoolean(), e.get("strength").asInt(), dims, null, "", Map.of()));
        }
        return b.build();
    }

    @ParameterizedTest
    @ValueSource(strings = {"karate", "gnm", "mixed", "directed"})
    void generatedMapsAreDiagnosedConsistently(String name) throws IOException {
        Ecosystem e = fixture(name);
        Diagnosis d = diagnose(e);
        assertFalse(d.findings().isEmpty());
        effectsAreMeasured(e, d);
        Structure s = Structure.of(MapGraph.of(e));
        for (String id : s.isolates()) {
            assertTrue(d.recommendations().stream().anyMatch(r -> r.from().equals(id) || r.to().equals(id)), id);
        }
        assertEquals(s.isolates().size(), d.findings(FindingKind.ISOLATE).size());
        d.recommendations().forEach(r -> assertEquals(MapGraph.isDirectedMap(e), r.tie().directed(),
                "a proposed tie keeps a directed map directed"));
        for (Finding f : d.findings(FindingKind.CUT_ACTOR)) {
            assertTrue(s.cutActors().stream().anyMatch(c -> c.id().equals(f.actors().get(0))));
        }
        assertEquals(d, diagnose(e), "reproducible");
    }

    @Test
    void anIsolatedLibraryIsFoundAndJoinedToTheCouncil() {
        Ecosystem e = library();
        Diagnosis d = diagnose(e);
        List<Finding> isolates = d.findings(FindingKind.ISOLATE);
        assertEquals(1, isolates.size());
        assertEquals(List.of("library"), isolates.get(0).actors());
        assertEquals(Severity.WARNING, isolates.get(0).severity());
        assertEquals("Library is not linked to anyone on the map yet.", isolates.get(0).message());

        Recommendation r = d.recommendations().stream().filter(x -> x.from().equals("library")).findFirst()
                .orElseThrow();
        assertEquals("council", r.to(), "the council already bridges school, families and the club");
        assertEquals(FindingKind.ISOLATE, r.addresses());
        assertEquals(2, r.detail().componentsBefore());
        assertEquals(1, r.detail().componentsAfter());
        assertEquals(0, r.detail().isolatesAfter());
        assertEquals(0, r.detail().mesosystemBefore());
        assertEquals(1, r.detail().mesosystemAfter());
        assertTrue(r.reason().startsWith("Joins the isolated Library to Council, which already links"), r.reason());
        assertTrue(r.reason().contains("“School”") && r.reason().contains("“Family and home”"), r.reason());
        assertTrue(r.effect().contains("separate parts 2→1"), r.effect());
        assertTrue(r.effect().contains("Community services–Public administration supportive ties 0→1"), r.effect());
        assertEquals("collaboration", r.tie().kind());
        assertFalse(r.tie().directed());
        assertEquals(r.reason(), r.tie().notes());
        assertSame(r, d.recommendations().get(0), "joining the map counts most");
        effectsAreMeasured(e, d);

        // The club hangs on the council: a cut actor (info: one actor cut off) and a peripheral club.
        Finding cut = d.findings(FindingKind.CUT_ACTOR).get(0);
        assertEquals(List.of("council", "club"), cut.actors());
        assertEquals(Severity.INFO, cut.severity());
        assertTrue(d.findings(FindingKind.PERIPHERAL).stream().anyMatch(f -> f.actors().get(0).equals("club")));
        // The community setting has no supportive tie with anyone: weak links, family–school is fine.
        List<Finding> weak = d.findings(FindingKind.WEAK_MESOSYSTEM);
        assertTrue(weak.stream().anyMatch(f -> f.message().equals("No supportive tie links “Family and home” and "
                + "“Community services”: nobody collaborates, supports, trusts or shares resources across these two "
                + "settings.")), weak.toString());
        assertTrue(weak.stream().noneMatch(f -> f.actors().containsAll(List.of("school", "families"))
                && f.actors().size() == 4), "family–school has two supportive ties");
    }

    @Test
    void everyIsolateGetsARecommendationEvenWhenThereAreMany() {
        Maps m = new Maps().actor("a", "A", "school").actor("b", "B", "family").actor("c", "C", "family")
                .und("a", "b", "support").und("b", "c", "support");
        for (int i = 0; i < 60; i++) {
            m.actor("i" + i, "Isolated " + i, i % 2 == 0 ? "family" : "");
        }
        Ecosystem e = m.build();
        Diagnosis d = diagnose(e);
        assertEquals(Thresholds.MAX_PER_KIND + 1, d.findings(FindingKind.ISOLATE).size(),
                "capped, the rest gathered");
        Finding rest = d.findings(FindingKind.ISOLATE).get(Thresholds.MAX_PER_KIND);
        assertEquals(60 - Thresholds.MAX_PER_KIND, rest.actors().size());
        assertTrue(rest.message().startsWith("…and 35 more like this: "), rest.message());
        for (int i = 0; i < 60; i++) {
            String id = "i" + i;
            assertTrue(d.recommendations().stream().anyMatch(r -> r.from().equals(id) || r.to().equals(id)),
                    id + " has a recommendation");
        }
        effectsAreMeasured(e, d);
    }

    @Test
    void aMapOfIsolatesOnlyStillGetsRecommendations() {
        Ecosystem e = new Maps().actor("a", "A", "school").actor("b", "B", "school").actor("c", "C", "").build();
        Diagnosis d = diagnose(e);
        assertEquals(3, d.findings(FindingKind.ISOLATE).size());
        for (String id : List.of("a", "b", "c")) {
            assertTrue(d.recommendations().stream().anyMatch(r -> r.from().equals(id) || r.to().equals(id)), id);
        }
        effectsAreMeasured(e, d);
        assertEquals(List.of(), diagnose(Ecosystem.empty("nothing")).findings());
    }

    /** Triangles abc and cde share c; bridge e–f; triangle fgh; pendant i on h. */
    static Ecosystem bowtie() {
        Maps m = new Maps();
        String[] settings = {"school", "school", "school", "family", "family", "community", "community", "community",
            "associations"};
        String[] ids = {"a", "b", "c", "d", "e", "f", "g", "h", "i"};
        for (int i = 0; i < ids.length; i++) {
            m.actor(ids[i], ids[i].toUpperCase(Locale.ROOT), settings[i]);
        }
        return m.und("a", "b", "support").und("b", "c", "support").und("c", "a", "support").und("c", "d", "support")
                .und("d", "e", "support").und("e", "c", "support").und("e", "f", "support").und("f", "g", "support")
                .und("g", "h", "support").und("h", "f", "support").und("h", "i", "support").build();
    }

    @Test
    void cutActorsAndBridgesAreFoundWithTheActorsTheyHold() {
        Ecosystem e = bowtie();
        Diagnosis d = diagnose(e);
        List<Finding> cut = d.findings(FindingKind.CUT_ACTOR);
        Finding worst = cut.get(0);
        assertEquals("e", worst.actors().get(0), "e cuts off four actors");
        assertEquals(Severity.CRITICAL, worst.severity());
        assertEquals(5, worst.actors().size());
        assertTrue(worst.message().startsWith("If E stepped back, the map would split: "), worst.message());
        assertEquals(List.of("e", "f"), List.of(worst.ties().get(0).source(), worst.ties().get(0).target()));

        List<Finding> bridges = d.findings(FindingKind.BRIDGE_TIE);
        assertEquals(1, bridges.size(), "h–i only holds one actor: that is i's peripheral finding");
        assertEquals(List.of("e", "f"), bridges.get(0).actors());
        assertEquals(Severity.CRITICAL, bridges.get(0).severity());
        assertEquals("The tie between E and F is the only link between two parts of the map (4 and 5 actors): "
                + "if it lapses, they lose touch.", bridges.get(0).message());
        Finding pendant = d.findings(FindingKind.PERIPHERAL).get(0);
        assertEquals(List.of("i", "h"), pendant.actors());
        assertEquals("I has a single tie, to H: if it weakens, I is cut off from the ecosystem.", pendant.message());

        // Some recommendation doubles the e–f bridge, and it is measured: bridges and cut actors fall.
        Recommendation r = d.recommendations().stream().filter(x -> x.addresses() == FindingKind.BRIDGE_TIE
                || x.addresses() == FindingKind.CUT_ACTOR).findFirst().orElseThrow();
        assertTrue(r.detail().bridgesAfter() < r.detail().bridgesBefore(), r.toString());
        assertTrue(r.detail().cutOffAfter() < r.detail().cutOffBefore(), r.toString());
        effectsAreMeasured(e, d);
    }

    @Test
    void aStarIsOverCentralizedAndItsLeavesAreTiedDirectly() {
        Maps m = new Maps().actor("hub", "Hub", "school");
        String[] settings = {"family", "community", "associations", "administration", "digital", "family"};
        for (int i = 0; i < settings.length; i++) {
            m.actor("l" + i, "Leaf " + i, settings[i]).und("hub", "l" + i, "collaboration");
        }
        Ecosystem e = m.build();
        Diagnosis d = diagnose(e);
        Finding f = d.findings(FindingKind.OVER_CENTRALIZED).get(0);
        assertEquals(List.of("hub"), f.actors());
        assertEquals(Severity.CRITICAL, f.severity(), "all routes and all brokerage go through the hub");
        assertEquals(6, f.ties().size());
        assertEquals("Hub holds much of the ecosystem together: 100% of the shortest routes between other actors "
                + "pass through it, and it brokers 100% of the contacts between actors who are not tied directly. "
                + "If it is overloaded or steps back, many links are lost.", f.message());
        assertEquals(Severity.CRITICAL, d.worst());
        // Tying two leaves gives them a second way in (peripheral) and takes routes off the hub.
        Recommendation relief = d.recommendations().get(0);
        assertTrue(relief.from().startsWith("l") && relief.to().startsWith("l"), relief.toString());
        assertEquals("hub", relief.detail().topBroker());
        assertEquals(1.0, relief.detail().topBrokerBetweennessBefore(), 1e-12);
        assertTrue(relief.detail().topBrokerBetweennessAfter() < 1.0);
        assertTrue(relief.effect().contains("shortest routes through Hub 100%→"), relief.effect());
        effectsAreMeasured(e, d);
    }

    @Test
    void missingAndScarceDimensionsAreGaps() {
        Maps m = new Maps().actor("a", "A", "school").actor("b", "B", "family").actor("c", "C", "community");
        for (int i = 0; i < 12; i++) {
            m.tie(i % 2 == 0 ? "a" : "b", "c", false, "support", CserDimension.ORIENTATION, CserDimension.FUNDS,
                    CserDimension.COLLECTIVE);
        }
        m.tie("a", "b", false, "collaboration", CserDimension.COMMUNICATION);
        Ecosystem e = m.build();
        Diagnosis d = diagnose(e);
        List<Finding> gaps = d.findings(FindingKind.DIMENSION_GAP);
        assertEquals(2, gaps.size(), gaps.toString());
        assertEquals(Severity.CRITICAL, gaps.get(0).severity());
        assertEquals("No tie serves the dimension “Governance” yet.", gaps.get(0).message());
        assertEquals(Severity.WARNING, gaps.get(1).severity());
        assertEquals("Only 1 of the 13 ties serve the dimension “Communication and information”.",
                gaps.get(1).message());
        assertEquals(List.of("a", "b"), gaps.get(1).actors());
        Recommendation r = d.recommendations().stream().filter(x -> x.detail().dimension() == CserDimension.GOVERNANCE)
                .findFirst().orElseThrow();
        assertEquals(EnumSet.of(CserDimension.GOVERNANCE), r.tie().dimensions());
        assertEquals(0, r.detail().dimensionTiesBefore());
        assertTrue(r.effect().contains("Governance ties 0→1"), r.effect());
        effectsAreMeasured(e, d);

        Ecosystem untagged = new Maps().actor("a", "A", "school").actor("b", "B", "family")
                .tie("a", "b", false, "support").build();
        List<Finding> one = diagnose(untagged).findings(FindingKind.DIMENSION_GAP);
        assertEquals(1, one.size());
        assertTrue(one.get(0).message().startsWith("No tie is tagged with a CSER dimension yet"));
    }

    @Test
    void oneWayTiesAreOneSidedUnlessSomethingComesBack() {
        Ecosystem e = new Maps().actor("a", "A", "school").actor("b", "B", "school").actor("c", "C", "family")
                .actor("d", "D", "family").actor("x", "X", "family")
                .tie("a", "b", true, "information").tie("b", "a", true, "information")
                .tie("a", "c", true, "information").tie("a", "c", true, "support")
                .tie("d", "c", true, "information")
                .tie("x", "d", true, "support").tie("d", "x", false, "trust") // answered by an undirected tie
                .build();
        Diagnosis d = diagnose(e);
        List<Finding> oneSided = d.findings(FindingKind.ONE_SIDED);
        assertEquals(2, oneSided.size(), oneSided.toString());
        assertEquals(List.of("a", "c"), oneSided.get(0).actors());
        assertEquals(2, oneSided.get(0).ties().size(), "both one-way ties from a to c");
        assertEquals("A reaches out to C, but no tie comes back.", oneSided.get(0).message());
        assertEquals(Severity.INFO, oneSided.get(0).severity());
        assertEquals(List.of("d", "c"), oneSided.get(1).actors());
        Recommendation back = d.recommendations().stream().filter(r -> r.addresses() == FindingKind.ONE_SIDED)
                .findFirst().orElseThrow();
        assertEquals(List.of("c", "a"), List.of(back.from(), back.to()), "c answers a");
        assertFalse(back.tie().directed(), "the map has an undirected tie, so it is measured undirected");
        assertEquals(2, back.detail().oneWayBefore());
        assertEquals(1, back.detail().oneWayAfter());
        assertTrue(back.effect().contains("one-way ties 2→1"), back.effect());
        assertEquals("Answers the one-way tie from A to C: C would give something back too.", back.reason());
        effectsAreMeasured(e, d);
    }

    @Test
    void theSampleMapIsDiagnosed() {
        Ecosystem e = SampleEcosystem.load();
        Diagnosis d = diagnose(e);
        Finding first = d.findings().get(0);
        assertEquals(FindingKind.CUT_ACTOR, first.kind(), "the founders hang on the association");
        assertEquals(Severity.CRITICAL, first.severity());
        assertEquals(List.of("voluntariat", "founder-preschool", "founder-primary", "founder-pedagogue-1",
                "founder-pedagogue-2"), first.actors());
        Finding central = d.findings(FindingKind.OVER_CENTRALIZED).get(0);
        assertEquals(List.of("voluntariat"), central.actors());
        assertEquals(Severity.WARNING, central.severity());
        assertTrue(central.message().contains("55%"), central.message());
        // Family and administration have no supportive tie: the council only informs and funds via others.
        assertTrue(d.findings(FindingKind.WEAK_MESOSYSTEM).stream().anyMatch(f -> f.message().equals(
                "No supportive tie links “Family and home” and “Public administration”: nobody collaborates, "
                        + "supports, trusts or shares resources across these two settings.")));
        assertTrue(d.findings(FindingKind.ISOLATE).isEmpty());
        assertTrue(d.findings(FindingKind.DIMENSION_GAP).isEmpty());
        assertFalse(d.findings(FindingKind.ONE_SIDED).isEmpty());
        // Severities come in order.
        for (int i = 1; i < d.findings().size(); i++) {
            assertTrue(d.findings().get(i - 1).severity().compareTo(d.findings().get(i).severity()) >= 0);
        }
        assertEquals(Diagnosis.DEFAULT_LIMIT, d.recommendations().size());
        for (int i = 1; i < d.recommendations().size(); i++) {
            assertTrue(d.recommendations().get(i - 1).score() >= d.recommendations().get(i).score());
        }
        assertTrue(d.recommendations().stream().anyMatch(r -> r.addresses() == FindingKind.WEAK_MESOSYSTEM
                && r.detail().mesosystemBefore() == 0 && r.detail().mesosystemAfter() == 1));
        assertTrue(d.recommendations().stream().anyMatch(r -> r.addresses() == FindingKind.CUT_ACTOR
                && r.from().startsWith("founder-") && r.detail().cutOffAfter() < r.detail().cutOffBefore()));
        effectsAreMeasured(e, d);
        assertEquals(d, diagnose(e), "the same map, the same diagnosis");
    }

    @Test
    void textsFollowTheUsersLanguage() {
        Locale.setDefault(Locale.forLanguageTag("ca"));
        Diagnosis ca = diagnose(SampleEcosystem.load());
        assertTrue(ca.findings().get(0).message().startsWith(
                "Si Voluntariat de Palau – Petits Joves Actius es retirés, el mapa es partiria: "),
                ca.findings().get(0).message());
        assertTrue(ca.findings().get(0).message().endsWith("perdrien tot enllaç amb la resta de l'ecosistema."),
                ca.findings().get(0).message());
        assertTrue(ca.findings(FindingKind.WEAK_MESOSYSTEM).stream().anyMatch(f -> f.message().contains(
                "«Família i llar» i «Administració pública»")));
        Locale.setDefault(Locale.forLanguageTag("es"));
        Diagnosis es = diagnose(library());
        assertEquals("Library todavía no tiene ningún vínculo con nadie del mapa.",
                es.findings(FindingKind.ISOLATE).get(0).message());
        assertTrue(es.recommendations().get(0).effect().contains("partes separadas 2→1"),
                es.recommendations().get(0).effect());
    }

    @Test
    void diagnosingCanBeCancelledAndIsCachedPerVersion() {
        Ecosystem e = SampleEcosystem.load();
        Progress cancelled = new Progress() {
            @Override
            public void update(String message, double done, double total) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        EcosystemAnalysis analysis = EcosystemAnalysis.compute(e, Progress.NONE);
        assertThrows(CancelledException.class, () -> Diagnosis.of(e, analysis, cancelled, 10));
        Diagnosis first = Diagnosis.cached(e, Progress.NONE);
        assertSame(first, Diagnosis.cached(e, Progress.NONE));
        assertNotNull(first.worst());
        assertEquals(3, Diagnosis.of(e, analysis, Progress.NONE, 3).recommendations().size());
        assertEquals(0, Diagnosis.of(e, analysis, Progress.NONE, 0).recommendations().size());
    }
}
