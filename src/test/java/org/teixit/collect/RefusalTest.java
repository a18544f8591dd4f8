package org.teixit.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each refusal of the API: 400, 403, 404, 405, 413, 415, 421, 429 — and that nothing refused is stored. */
class RefusalTest {
    @TempDir
    Path dir;

    private static void assertError(int status, HttpResponse<String> r) throws IOException {
        assertEquals(status, r.statusCode(), r.body());
        JsonNode body = Workshop.json(r);
        assertTrue(body.hasNonNull("error"), r.body());
        assertTrue(body.hasNonNull("message"), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
    }

    @Test
    void malformedAnswersAre400WithAClearBodyAndChangeNothing() throws Exception {
        try (Workshop w = Workshop.start(dir)) {
            int ties = w.session.current().tieCount();
            int actors = w.session.current().actorCount();
            String c = "\"code\":\"" + Workshop.CODE + "\",";
            Map<String, String> cases = new java.util.LinkedHashMap<>();
            cases.put("not JSON", "this is not json");
            cases.put("truncated", "{" + c + "\"respondent\":{\"name\":\"A\"");
            cases.put("an array", "[1,2]");
            cases.put("duplicate keys", "{" + c + "\"respondent\":{\"name\":\"A\",\"name\":\"B\"}}");
            cases.put("no respondent", "{" + c + "\"ties\":[]}");
            cases.put("blank name", "{" + c + "\"respondent\":{\"name\":\"   \"}}");
            cases.put("name not text", "{" + c + "\"respondent\":{\"name\":42}}");
            cases.put("strength 9", "{" + c + "\"respondent\":{\"name\":\"A\"},\"ties\":[{\"to\":\"B\",\"strength\":9}]}");
            cases.put("strength as text", "{" + c + "\"respondent\":{\"name\":\"A\"},\"ties\":[{\"to\":\"B\",\"strength\":\"3\"}]}");
            cases.put("strength 2.5", "{" + c + "\"respondent\":{\"name\":\"A\"},\"ties\":[{\"to\":\"B\",\"strength\":2.5}]}");
            cases.put("unknown dimension", "{" + c + "\"respondent\":{\"name\":\"A\"},\"ties\":[{\"to\":\"B\",\"dimensions\":[\"magic\"]}]}");
            cases.put("unknown tie kind", "{" + c + "\"respondent\":{\"name\":\"A\"},\"ties\":[{\"to\":\"B\",\"kind\":\"friendship!\"}]}");
            cases.put("unknown setting", "{" + c + "\"respondent\":{\"name\":\"A\",\"setting\":\"moon\"}}");
            cases.put("tie without to", "{" + c + "\"respondent\":{\"name\":\"A\"},\"ties\":[{\"kind\":\"support\"}]}");
            cases.put("tie to oneself", "{" + c + "\"respondent\":{\"name\":\"Anna\"},\"ties\":[{\"to\":\" ANNA \"}]}");
            cases.put("ties not a list", "{" + c + "\"respondent\":{\"name\":\"A\"},\"ties\":{\"to\":\"B\"}}");
            cases.put("bad token", "{" + c + "\"token\":\"<script>\",\"respondent\":{\"name\":\"A\"}}");
            cases.put("name over 120 characters", "{" + c + "\"respondent\":{\"name\":\"" + "x".repeat(121) + "\"}}");
            StringBuilder many = new StringBuilder("{" + c + "\"respondent\":{\"name\":\"A\"},\"ties\":[");
            for (int i = 0; i <= Submission.MAX_TIES; i++) {
                many.append(i == 0 ? "" : ",").append("{\"to\":\"Actor ").append(i).append("\"}");
            }
            cases.put("51 ties", many.append("]}").toString());
            for (Map.Entry<String, String> e : cases.entrySet()) {
                HttpResponse<String> r = w.post(e.getValue());
                assertEquals(400, r.statusCode(), e.getKey() + ": " + r.body());
                assertError(400, r);
            }
            HttpResponse<String> field = w.post(cases.get("strength 9"));
            assertEquals("ties[0].strength", Workshop.json(field).get("field").asText());
            assertEquals(ties, w.session.current().tieCount());
            assertEquals(actors, w.session.current().actorCount());
        }
    }

    @Test
    void wrongOrMissingCodeIs403() throws Exception {
        try (Workshop w = Workshop.start(dir)) {
            int ties = w.session.current().tieCount();
            assertError(403, w.post(Workshop.answer("0000", "Anna", List.of(Workshop.tie("Families", "support", 3)))));
            assertError(403, w.post("{\"respondent\":{\"name\":\"Anna\"}}"));
            assertError(403, w.post(Workshop.answer("48210", "Anna", List.of())));
            assertError(403, w.post(Workshop.answer(Workshop.CODE + " ", "Anna", List.of())));
            assertEquals(ties, w.session.current().tieCount());
        }
    }

    @Test
    void bodiesOver64KiBAre413ByLengthAndByCounting() throws Exception {
        try (Workshop w = Workshop.start(dir)) {
            int actors = w.session.current().actorCount();
            String big = Workshop.answer(Workshop.CODE, "Anna", List.of(Workshop.tie("x".repeat(70 * 1024), "", 3)));
            assertTrue(big.getBytes(StandardCharsets.UTF_8).length > CollectServer.MAX_BODY_BYTES);
            assertError(413, w.post(big));

            // no Content-Length (chunked): the server counts while reading
            byte[] bytes = big.getBytes(StandardCharsets.UTF_8);
            HttpRequest chunked = HttpRequest.newBuilder(w.uri("/api/responses")).timeout(Duration.ofSeconds(20))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))).build();
            HttpResponse<String> r = w.http.send(chunked, HttpResponse.BodyHandlers.ofString());
            assertError(413, r);

            // a body exactly at the limit is read (and refused only for what it says)
            String padded = "{\"code\":\"" + Workshop.CODE + "\",\"respondent\":{\"name\":\"Anna\"},\"pad\":\"";
            String atLimit = padded + "y".repeat(CollectServer.MAX_BODY_BYTES - padded.length() - 2) + "\"}";
            assertEquals(CollectServer.MAX_BODY_BYTES, atLimit.length());
            assertEquals(201, w.post(atLimit).statusCode());
            assertEquals(actors + 1, w.session.current().actorCount());
        }
    }

    @Test
    void postsThatAreNotJsonAre415() throws Exception {
        try (Workshop w = Workshop.start(dir)) {
            HttpRequest form = HttpRequest.newBuilder(w.uri("/api/responses"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("code=" + Workshop.CODE)).build();
            assertError(415, w.http.send(form, HttpResponse.BodyHandlers.ofString()));
            HttpRequest text = HttpRequest.newBuilder(w.uri("/api/responses")).header("Content-Type", "text/plain")
                    .POST(HttpRequest.BodyPublishers.ofString(Workshop.answer("Anna", "Families"))).build();
            assertError(415, w.http.send(text, HttpResponse.BodyHandlers.ofString()));
        }
    }

    @Test
    void otherPathsAre404AndOtherMethods405() throws Exception {
        try (Workshop w = Workshop.start(dir)) {
            for (String path : List.of("/nope", "/index.html", "/api", "/api/", "/app.js/", "/API/actors",
                    "/org/teixit/collect/page.html", "/page.html", "/favicon.ico", "/api/responses/mine/x")) {
                assertError(404, w.get(path));
            }
            for (String[] mp : new String[][] {{"DELETE", "/api/responses"}, {"PUT", "/api/actors"}, {"POST", "/"},
                    {"GET", "/api/responses"}, {"OPTIONS", "/api/responses"}, {"POST", "/app.js"}}) {
                HttpRequest req = HttpRequest.newBuilder(w.uri(mp[1])).timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "application/json")
                        .method(mp[0], HttpRequest.BodyPublishers.ofString("{}")).build();
                HttpResponse<String> r = w.http.send(req, HttpResponse.BodyHandlers.ofString());
                assertError(405, r);
                assertTrue(r.headers().firstValue("Allow").isPresent());
                assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../pom.xml", "/%2e%2e/pom.xml", "/%2e%2e%2fpom.xml", "/..%2f..%2fpom.xml",
        "/app.js/../../pom.xml", "//etc/passwd", "/./app.css/..", "/%2e%2e/%2e%2e/etc/passwd", "/..\\pom.xml",
        "/org/teixit/collect/app.js", "/assets/samples/petits-joves-actius.teixit.json"})
    void pathTraversalNeverReachesAFile(String path) throws Exception {
        try (Workshop w = Workshop.start(dir)) {
            String reply = raw(w.server.address().getPort(), "GET " + path + " HTTP/1.1", "127.0.0.1");
            int status = Integer.parseInt(reply.substring(9, 12));
            assertTrue(status == 404 || status == 400, path + " → " + reply);
            if (path.equals("/../pom.xml") || path.equals("/%2e%2e/pom.xml")) {
                assertEquals(404, status, reply);
            }
            assertFalse(reply.contains("<project") || reply.contains("root:") || reply.contains("\"actors\""), path);
        }
    }

    @Test
    void foreignHostNamesAre421() throws Exception {
        try (Workshop w = Workshop.start(dir)) {
            int port = w.server.address().getPort();
            assertTrue(raw(port, "GET / HTTP/1.1", "attacker.example").startsWith("HTTP/1.1 421"));
            assertTrue(raw(port, "GET / HTTP/1.1", "127.0.0.1:" + port).startsWith("HTTP/1.1 200"));
            assertTrue(raw(port, "GET / HTTP/1.1", "localhost:" + port).startsWith("HTTP/1.1 200"));
            assertTrue(raw(port, "GET / HTTP/1.1", "192.168.1.20:8080").startsWith("HTTP/1.1 200"));
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aScriptPostingThousandsIsRefusedWith429() throws Exception {
        try (Workshop w = Workshop.start(dir)) {
            // valid code, empty answer: each is a 400 until the address's answer budget is spent
            String body = "{\"code\":\"" + Workshop.CODE + "\"}";
            Map<Integer, AtomicInteger> statuses = hammer(w, 2_000, () -> w.postRequest(body), 16);
            int refused = statuses.getOrDefault(429, new AtomicInteger()).get();
            int served = statuses.getOrDefault(400, new AtomicInteger()).get();
            System.out.printf("flood of 2000 answers: %d served, %d refused (429)%n", served, refused);
            assertTrue(refused > 1_000, statuses.toString());
            assertTrue(served <= CollectServer.SUBMISSIONS_BURST + 100, statuses.toString());
            HttpResponse<String> last = w.post(body);
            assertError(429, last);
            assertTrue(last.headers().firstValue("Retry-After").isPresent());
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aScriptRequestingThousandsOfPagesIsRefusedWith429() throws Exception {
        try (Workshop w = Workshop.start(dir)) {
            Map<Integer, AtomicInteger> statuses = hammer(w, 4_500,
                    () -> HttpRequest.newBuilder(w.uri("/favicon.svg")).timeout(Duration.ofSeconds(20)).build(), 16);
            System.out.println("flood of 4500 requests: " + statuses);
            assertTrue(statuses.getOrDefault(429, new AtomicInteger()).get() > 500, statuses.toString());
        }
    }

    @Test
    void guessingTheCodeIsSlowedTo429() throws Exception {
        try (Workshop w = Workshop.start(dir)) {
            int forbidden = 0;
            int limited = 0;
            for (int guess = 0; guess < 40; guess++) {
                int s = w.post(Workshop.answer(String.format("%04d", guess), "Guesser", List.of())).statusCode();
                forbidden += s == 403 ? 1 : 0;
                limited += s == 429 ? 1 : 0;
            }
            assertEquals((int) CollectServer.WRONG_CODES_BURST, forbidden, "a few typos are just 403");
            assertEquals(40 - forbidden, limited);
            // the right code still works from that address
            assertEquals(201, w.post(Workshop.answer("Guesser", "Families")).statusCode());
        }
    }

    /** Sends {@code count} requests with {@code parallel} in flight, all to loopback; counts statuses. */
    static Map<Integer, AtomicInteger> hammer(Workshop w, int count, java.util.function.Supplier<HttpRequest> request,
                                              int parallel) throws InterruptedException {
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        Semaphore inFlight = new Semaphore(parallel);
        List<CompletableFuture<?>> all = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(45);
        for (int i = 0; i < count && System.nanoTime() < deadline; i++) {
            inFlight.acquire();
            all.add(w.http.sendAsync(request.get(), HttpResponse.BodyHandlers.discarding()).whenComplete((r, e) -> {
                statuses.computeIfAbsent(e == null ? r.statusCode() : -1, k -> new AtomicInteger()).incrementAndGet();
                inFlight.release();
            }));
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).exceptionally(x -> null).join();
        return statuses;
    }

    /** One raw HTTP/1.1 request on a socket to 127.0.0.1, exactly as written (no client normalises it). */
    static String raw(int port, String requestLine, String host) throws IOException {
        try (Socket s = new Socket(InetAddress.getByName("127.0.0.1"), port)) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write((requestLine + "\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
