package org.teixit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teixit.analysis.diagnose.FindingKind;
import org.teixit.sample.SampleEcosystem;

/** {@code teixit diagnose} end to end, through the entry point the jar uses. */
class DiagnoseCommandTest {
    @TempDir
    Path dir;
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

    static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private Path sample(String name) {
        Path file = dir.resolve(name);
        assertEquals(0, run("sample", file.toString()).code());
        return file;
    }

    @Test
    void jsonFollowsTheContract() throws Exception {
        CliRun r = run("diagnose", sample("palau.json").toString(), "--json");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err(), "--json keeps stderr quiet");
        JsonNode json = new ObjectMapper().readTree(r.out());
        Set<String> kinds = new HashSet<>();
        for (FindingKind k : FindingKind.values()) {
            kinds.add(k.id());
        }
        Set<String> actors = new HashSet<>();
        SampleEcosystem.load().actors().forEach(a -> actors.add(a.id()));
        JsonNode findings = json.get("findings");
        assertTrue(findings.size() > 5);
        for (JsonNode f : findings) {
            assertTrue(kinds.contains(f.get("kind").asText()), f.toString());
            assertTrue(Set.of("info", "warning", "critical").contains(f.get("severity").asText()));
            f.get("actors").forEach(a -> assertTrue(actors.contains(a.asText()), a.asText()));
            for (JsonNode t : f.get("ties")) {
                assertEquals(2, t.size());
                assertTrue(actors.contains(t.get(0).asText()) && actors.contains(t.get(1).asText()));
            }
            assertFalse(f.get("message").asText().isBlank());
        }
        assertEquals("cut-actor", findings.get(0).get("kind").asText());
        assertEquals("critical", findings.get(0).get("severity").asText());
        assertEquals("voluntariat", findings.get(0).get("actors").get(0).asText());

        JsonNode recommendations = json.get("recommendations");
        assertEquals(10, recommendations.size());
        for (JsonNode rec : recommendations) {
            assertTrue(actors.contains(rec.get("from").asText()));
            assertTrue(actors.contains(rec.get("to").asText()));
            assertFalse(rec.get("reason").asText().isBlank());
            assertFalse(rec.get("effect").asText().isBlank());
            assertTrue(rec.get("effectDetail").get("components").has("before"));
            assertTrue(rec.get("tie").get("id").asText().startsWith("woven-"));
        }
        JsonNode eco = json.get("ecosystem");
        assertEquals(5, eco.get("densityByDimension").size());
        assertEquals("family", eco.get("mesosystem").get("settings").get(0).asText());
        int settings = eco.get("mesosystem").get("settings").size();
        assertEquals(settings, eco.get("mesosystem").get("supportive").size());
        assertEquals(5, eco.get("mesosystem").get("supportiveByDimension").size());
        assertEquals(22, eco.get("actors").size());
        assertTrue(eco.get("communities").get("modularity").asDouble() > 0.15);
        assertEquals("voluntariat", eco.get("cutActors").get(0).asText());
    }

    @Test
    void severalFilesGiveAnArrayWithTheirNames() throws Exception {
        Path a = sample("a.json");
        Path b = sample("b.teixit");
        CliRun r = run("diagnose", a.toString(), b.toString(), "--json", "--limit", "2");
        assertEquals(0, r.code(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(2, json.size());
        assertEquals(a.toString(), json.get(0).get("file").asText());
        assertEquals(b.toString(), json.get(1).get("file").asText());
        assertEquals(2, json.get(1).get("recommendations").size());
        assertEquals(json.get(0).get("findings"), json.get(1).get("findings"), "the same map in two formats");
    }

    @Test
    void withoutJsonItPrintsReadableText() {
        CliRun r = run("diagnose", sample("palau.json").toString(), "--limit", "3");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("[Critical] Actor the map hangs on: If Voluntariat de Palau"), r.out());
        assertTrue(r.out().contains("Weaving recommendations:"), r.out());
        assertTrue(r.out().contains("  1. "), r.out());
        assertTrue(r.out().contains("Effect: "), r.out());
    }

    @Test
    void refusesBadInputAndUsage() throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{ not json");
        assertEquals(1, run("diagnose", broken.toString(), "--json").code());
        assertEquals(2, run("diagnose", sample("palau.json").toString(), "--limit", "-1").code());
        assertEquals(2, run("diagnose").code());
    }

    @Test
    void helpComesFromTheAnalysisBundle() {
        CliRun r = run("diagnose", "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("Find what is weak in one or more maps"), r.out());
        assertTrue(r.out().contains("--limit=N"), r.out());
        assertTrue(r.out().contains("How many recommendations to keep"), r.out());
        CliRun root = run("--help");
        assertTrue(root.out().contains("diagnose") && root.out().contains("report"), root.out());
    }
}
