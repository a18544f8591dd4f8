package org.teixit.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.teixit.cli.Cli;
import org.teixit.model.Ecosystem;
import org.teixit.sample.SampleEcosystem;
import org.teixit.store.EcosystemStore;

/**
 * {@code teixit collect} in a child JVM, as a facilitator runs it: killed with {@code kill -9} it loses
 * no acknowledged answer; SIGTERM stops it cleanly. The child binds 127.0.0.1 only.
 */
class CollectCliTest {
    private static final Pattern URL = Pattern.compile("(http://127\\.0\\.0\\.1:[0-9]+/)");
    private static final String CODE = "123456";

    @TempDir
    Path dir;

    /** A running {@code collect} child and its output so far. */
    private static final class Child implements AutoCloseable {
        final Process process;
        final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        final StringBuffer all = new StringBuffer();

        Child(Path store, String... extra) throws IOException {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
            List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-Djava.awt.headless=true",
                    "-Duser.language=en", "-Duser.country=US", "-cp", classpath, "org.teixit.Launcher", "collect",
                    store.toString(), "--port", "0", "--code", CODE, "--bind", "127.0.0.1"));
            command.addAll(List.of(extra));
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = in.readLine()) != null) {
                        all.append(line).append('\n');
                        lines.add(line);
                    }
                } catch (IOException ended) {
                    // the child is gone
                }
            }, "collect-child-output");
            reader.setDaemon(true);
            reader.start();
        }

        URI awaitUrl() throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline) {
                String line = lines.poll(1, TimeUnit.SECONDS);
                if (line != null) {
                    Matcher m = URL.matcher(line);
                    if (m.find()) {
                        return URI.create(m.group(1));
                    }
                }
                if (!process.isAlive() && lines.isEmpty()) {
                    break;
                }
            }
            throw new AssertionError("the child printed no URL:\n" + all);
        }

        @Override
        public void close() throws InterruptedException {
            if (process.isAlive()) {
                process.destroyForcibly();
                process.waitFor(20, TimeUnit.SECONDS);
            }
        }
    }

    private Path sampleStore() {
        Path store = dir.resolve("room.teixit");
        try (EcosystemStore s = EcosystemStore.openOrCreate(store)) {
            s.replaceAll(SampleEcosystem.load());
        }
        return store;
    }

    private static HttpResponse<String> post(HttpClient http, URI base, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(base.resolve("/api/responses")).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void killMinus9LosesNoAcknowledgedAnswer() throws Exception {
        Path store = sampleStore();
        Ecosystem before = SampleEcosystem.load();
        int n = 60;
        List<JsonNode> acknowledged = new ArrayList<>();
        try (Child child = new Child(store)) {
            URI base = child.awaitUrl();
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                HttpResponse<String> r = post(http, base, Workshop.answer(CODE, "Survivor " + i,
                        List.of(Workshop.tie("Families", "support", 4, "orientation"),
                                Workshop.tie("Newcomer " + (i % 10), "information", 2, "communication"))));
                assertEquals(201, r.statusCode(), r.body());
                acknowledged.add(Workshop.json(r));
            }
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            // no clean shutdown: SIGKILL right after the last 201
            child.process.destroyForcibly();
            assertTrue(child.process.waitFor(20, TimeUnit.SECONDS));
            assertEquals(137, child.process.exitValue(), "killed, not stopped");
            System.out.printf("kill -9 after %d acknowledged answers (%d ms)%n", n, millis);
        }
        try (EcosystemStore reopened = EcosystemStore.open(store)) {
            Ecosystem after = reopened.load();
            assertEquals(before.tieCount() + 2 * n, after.tieCount());
            assertEquals(before.actorCount() + n + 10, after.actorCount());
            for (JsonNode ack : acknowledged) {
                String self = ack.get("respondent").get("id").asText();
                assertTrue(after.actor(self).isPresent(), self);
                for (JsonNode t : ack.get("ties")) {
                    assertTrue(after.tie(t.get("id").asText()).isPresent(), t.toString());
                }
            }
        }
    }

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void sigtermStopsTheServerAndClosesTheStoreCleanly() throws Exception {
        Path store = sampleStore();
        try (Child child = new Child(store)) {
            URI base = child.awaitUrl();
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            for (int i = 0; i < 5; i++) {
                assertEquals(201, post(http, base, Workshop.answer(CODE, "Guest " + i,
                        List.of(Workshop.tie("Swimming club", "trust", 3)))).statusCode());
            }
            // SIGTERM (through the handle: Process.destroy() would also close our end of the child's output)
            assertTrue(child.process.toHandle().destroy());
            assertTrue(child.process.waitFor(60, TimeUnit.SECONDS), "stops within a minute:\n" + child.all);
            assertEquals(143, child.process.exitValue());
            Thread.sleep(500);
            String out = child.all.toString();
            assertTrue(out.contains("Join code: " + CODE), out);
            assertTrue(out.contains("Guest 4 sent 1 ties."), out);
            assertTrue(out.contains("Stopped. The map is saved in"), out);
            Path wal = store.resolveSibling(store.getFileName() + "-wal");
            assertTrue(!Files.exists(wal) || Files.size(wal) == 0, "the store was closed (WAL checkpointed)");
        }
        try (EcosystemStore reopened = EcosystemStore.open(store)) {
            assertEquals(SampleEcosystem.load().tieCount() + 5, reopened.load().tieCount());
        }
        assertTrue(Files.exists(dir.resolve("room.teixit.collect.jsonl")), "the journal beside the map");
    }

    @Test
    void wrongArgumentsAreRefusedBeforeAnythingListens() {
        Path store = sampleStore();
        assertEquals(2, run("collect", store.toString(), "--code", "12", "--bind", "127.0.0.1").code);
        assertEquals(2, run("collect", store.toString(), "--code", "abcd", "--bind", "127.0.0.1").code);
        assertEquals(2, run("collect", store.toString(), "--port", "70000", "--bind", "127.0.0.1").code);
        Run missing = run("collect", dir.resolve("missing.teixit").toString(), "--bind", "127.0.0.1");
        assertEquals(1, missing.code);
        assertTrue(missing.err.contains("missing.teixit"), missing.err);
        assertFalse(Files.exists(dir.resolve("missing.teixit")));
        Run help = run("collect", "--help");
        assertEquals(0, help.code);
        assertTrue(help.out.contains("--moderate") && help.out.contains("--bind"), help.out);
    }

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }
}
