package org.teixit.collect;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.teixit.model.Ecosystem;
import org.teixit.sample.SampleEcosystem;
import org.teixit.service.MapSession;
import org.teixit.store.EcosystemStore;

/**
 * A workshop server for tests: a map in a temporary store, a {@link MapSession} on it, and the server on
 * 127.0.0.1 with a free port. Every request of the tests goes to loopback only.
 */
final class Workshop implements AutoCloseable {
    static final String CODE = "4821";
    static final ObjectMapper JSON = new ObjectMapper();
    static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    final Path store;
    final MapSession session;
    final CollectServer server;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private Workshop(Path store, MapSession session, CollectServer server) {
        this.store = store;
        this.session = session;
        this.server = server;
    }

    static Workshop start(Path dir) throws IOException {
        return start(dir, SampleEcosystem.load(), o -> o);
    }

    static Workshop start(Path dir, Ecosystem map, UnaryOperator<CollectServer.Options> options) throws IOException {
        Path store = dir.resolve("workshop.teixit");
        try (EcosystemStore s = EcosystemStore.openOrCreate(store)) {
            s.replaceAll(map);
        }
        MapSession session = MapSession.open(store);
        if (!InetAddress.getByName("127.0.0.1").isLoopbackAddress()) {
            throw new IllegalStateException("tests bind loopback only");
        }
        CollectServer server = CollectServer.start(ResponseSink.of(session),
                options.apply(CollectServer.Options.on(InetAddress.getByName("127.0.0.1")).withCode(CODE)));
        return new Workshop(store, session, server);
    }

    URI uri(String pathAndQuery) {
        return URI.create(server.url().toString().replaceAll("/$", "") + pathAndQuery);
    }

    HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(20)).GET();
        if (headers.length > 0) {
            b.headers(headers);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> post(String body) throws IOException, InterruptedException {
        return http.send(postRequest(body), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpRequest postRequest(String body) {
        return HttpRequest.newBuilder(uri("/api/responses")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    }

    /** An answer as JSON: respondent {@code name}, then (to, kind, strength, dimensions…) per tie. */
    static String answer(String code, String name, List<Map<String, Object>> ties) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("code", code);
        doc.put("respondent", Map.of("name", name));
        doc.put("ties", ties);
        try {
            return JSON.writeValueAsString(doc);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String answer(String name, String... to) {
        List<Map<String, Object>> ties = new ArrayList<>();
        for (String t : to) {
            ties.add(tie(t, "support", 3, "orientation"));
        }
        return answer(CODE, name, ties);
    }

    static Map<String, Object> tie(String to, String kind, int strength, String... dimensions) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("to", to);
        m.put("kind", kind);
        m.put("strength", strength);
        m.put("dimensions", List.of(dimensions));
        return m;
    }

    static JsonNode json(HttpResponse<String> r) throws IOException {
        return JSON.readTree(r.body());
    }

    @Override
    public void close() {
        server.stop();
        session.close();
    }
}
