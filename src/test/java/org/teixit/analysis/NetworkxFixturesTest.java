package org.teixit.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.teixit.model.Ecosystem;
import org.teixit.task.Progress;

/**
 * Compares every measure with networkx's value, from the JSON fixtures that make_fixtures.py wrote next
 * to this package's test resources.
 */
class NetworkxFixturesTest {
    private static final double TOLERANCE = 1e-9;
    private static final double PAGERANK_TOLERANCE = 1e-6;
    private static final Map<String, Double> MAX_ERROR = new ConcurrentHashMap<>();

    @ParameterizedTest
    @ValueSource(strings = {"karate", "disconnected", "directed", "multi_loop", "directed_multi_loop",
            "gnm_undirected", "gnm_directed"})
    void matchesNetworkx(String name) throws IOException {
        JsonNode fixture = read(name);
        Ecosystem ecosystem = ecosystemOf(fixture);
        for (int threads : new int[] {1, 4}) {
            MeasuresResult result = NetworkMeasures.compute(ecosystem, Progress.NONE, threads);
            String where = name + " (" + threads + " threads)";
            checkNetwork(where, fixture.get("network"), result.network());
            checkActors(where, fixture.get("actors"), result.actors());
        }
    }

    @AfterAll
    static void printMaxErrors() {
        System.out.println("networkx fixtures, max absolute error: " + new TreeMap<>(MAX_ERROR));
    }

    static JsonNode read(String name) throws IOException {
        try (InputStream in = NetworkxFixturesTest.class.getResourceAsStream(name + ".json")) {
            assertNotNull(in, "fixture " + name + ".json");
            return new ObjectMapper().readTree(in);
        }
    }

    static Ecosystem ecosystemOf(JsonNode fixture) {
        TestMaps map = TestMaps.named(fixture.get("name").asText());
        fixture.get("nodes").forEach(n -> map.actors(n.asText()));
        fixture.get("edges").forEach(e -> map.tie(e.get("source").asText(), e.get("target").asText(),
                e.get("directed").asBoolean(), e.get("strength").asInt()));
        return map.build();
    }

    private static void checkNetwork(String where, JsonNode expected, NetworkSummary actual) {
        assertEquals(expected.get("actors").asInt(), actual.actors(), where + " actors");
        assertEquals(expected.get("ties").asInt(), actual.ties(), where + " ties");
        assertEquals(expected.get("directed").asBoolean(), actual.directed(), where + " directed");
        assertEquals(expected.get("components").asInt(), actual.components(), where + " components");
        close(where, "density", expected.get("density"), actual.density(), TOLERANCE);
        close(where, "averageClustering", expected.get("averageClustering"), actual.averageClustering(),
                TOLERANCE);
        close(where, "degreeCentralization", expected.get("degreeCentralization"),
                actual.degreeCentralization(), TOLERANCE);
        close(where, "reciprocity", expected.get("reciprocity"), actual.reciprocity(), TOLERANCE);
    }

    private static void checkActors(String where, JsonNode expected, List<ActorMeasures> actual) {
        assertEquals(expected.size(), actual.size(), where + " actor count");
        for (int i = 0; i < actual.size(); i++) {
            JsonNode e = expected.get(i);
            ActorMeasures a = actual.get(i);
            String who = where + " actor " + a.id();
            assertEquals(e.get("id").asText(), a.id(), where + " actor order");
            assertEquals(e.get("degree").asInt(), a.degree(), who + " degree");
            close(who, "strength", e.get("strength"), a.strength(), TOLERANCE);
            close(who, "betweenness", e.get("betweenness"), a.betweenness(), TOLERANCE);
            close(who, "closeness", e.get("closeness"), a.closeness(), TOLERANCE);
            close(who, "pagerank", e.get("pagerank"), a.pagerank(), PAGERANK_TOLERANCE);
            close(who, "clustering", e.get("clustering"), a.clustering(), TOLERANCE);
            close(who, "constraint", e.get("constraint"), a.constraint(), TOLERANCE);
        }
    }

    private static void close(String who, String measure, JsonNode expected, Double actual, double tolerance) {
        if (expected == null || expected.isNull()) {
            assertNull(actual, who + " " + measure + " should be absent");
            return;
        }
        assertNotNull(actual, who + " " + measure + " should be present");
        double error = Math.abs(expected.asDouble() - actual);
        MAX_ERROR.merge(measure, error, Math::max);
        assertEquals(expected.asDouble(), actual, tolerance, who + " " + measure);
    }
}
