package org.teixit.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.teixit.io.NameKey;
import org.teixit.model.Actor;
import org.teixit.model.Ecosystem;
import org.teixit.model.Tie;
import org.teixit.store.EcosystemStore;

/**
 * A room at once: 200 participants submitting together lose nothing, and 250 answers from one address
 * (a classroom behind one router) within seconds are never rate-limited. Loopback only.
 */
class LoadTest {
    @TempDir
    Path dir;

    /** Participant {@code i}'s answer: 1–3 ties, to sample actors, to each other and to new names. */
    private static List<Map<String, Object>> tiesOf(int i) {
        List<Map<String, Object>> ties = new ArrayList<>();
        ties.add(Workshop.tie(i % 2 == 0 ? "Families" : "escola arnau berenguer", "support", 1 + i % 5, "orientation"));
        if (i % 3 != 0) {
            ties.add(Workshop.tie("Participant " + ((i + 1) % 200), "collaboration", 3, "collective", "funds"));
        }
        if (i % 4 == 0) {
            ties.add(Workshop.tie("Club " + (i % 7), "information", 2, "communication"));
        }
        return ties;
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void twoHundredParticipantsAtOnceLoseNothing() throws Exception {
        int participants = 200;
        try (Workshop w = Workshop.start(dir)) {
            Ecosystem before = w.session.current();
            List<HttpRequest> requests = new ArrayList<>();
            int expectedTies = 0;
            for (int i = 0; i < participants; i++) {
                List<Map<String, Object>> ties = tiesOf(i);
                expectedTies += ties.size();
                requests.add(w.postRequest(Workshop.answer(Workshop.CODE, "Participant " + i, ties)));
            }
            // all 200 go out at once (each on its own connection), before any answer comes back
            long start = System.nanoTime();
            List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
            for (HttpRequest r : requests) {
                sent.add(w.http.sendAsync(r, HttpResponse.BodyHandlers.ofString()));
            }
            CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).get(90, TimeUnit.SECONDS);
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

            Map<Integer, Integer> statuses = new HashMap<>();
            List<JsonNode> acknowledged = new ArrayList<>();
            for (CompletableFuture<HttpResponse<String>> f : sent) {
                HttpResponse<String> r = f.get();
                statuses.merge(r.statusCode(), 1, Integer::sum);
                if (r.statusCode() == 201) {
                    acknowledged.add(Workshop.json(r));
                }
            }
            System.out.printf("200 participants at once: %s in %d ms%n", statuses, millis);
            assertEquals(Map.of(201, participants), statuses);
            w.close();

            // reopen the file: every acknowledged answer is there, exactly
            try (EcosystemStore store = EcosystemStore.open(w.store)) {
                Ecosystem after = store.load();
                assertEquals(before.tieCount() + expectedTies, after.tieCount());
                for (JsonNode ack : acknowledged) {
                    for (JsonNode t : ack.get("ties")) {
                        Tie tie = after.tie(t.get("id").asText()).orElseThrow(() -> new AssertionError(t.toString()));
                        assertEquals(ack.get("respondent").get("id").asText(), tie.source());
                        assertEquals(t.get("strength").asInt(), tie.strength());
                    }
                }
                for (int i = 0; i < participants; i++) {
                    String key = NameKey.of("Participant " + i);
                    List<Actor> same = after.actors().stream().filter(a -> NameKey.of(a.label()).equals(key)).toList();
                    assertEquals(1, same.size(), "one actor for participant " + i + " (named by others too)");
                    assertEquals(tiesOf(i).size(), after.tiesOf(same.get(0).id()).stream()
                            .filter(t -> t.source().equals(same.get(0).id())).count());
                }
                // new names named by many become one actor each
                for (int c = 0; c < 7; c++) {
                    String key = NameKey.of("Club " + c);
                    assertEquals(1, after.actors().stream().filter(a -> NameKey.of(a.label()).equals(key)).count());
                }
            }
        }
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void twoHundredFiftyAnswersFromOneAddressWithinSecondsAreNeverRateLimited() throws Exception {
        try (Workshop w = Workshop.start(dir)) {
            int before = w.session.current().tieCount();
            long start = System.nanoTime();
            // a room loading the page and the actor list, then answering, all from 127.0.0.1
            for (int i = 0; i < 30; i++) {
                assertEquals(200, w.get("/").statusCode());
                assertEquals(200, w.get("/api/actors", CollectServer.CODE_HEADER, Workshop.CODE).statusCode());
            }
            List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
            for (int i = 0; i < 250; i++) {
                sent.add(w.http.sendAsync(w.postRequest(Workshop.answer("Pupil " + i, "Families", "Pupil " + (i + 1))),
                        HttpResponse.BodyHandlers.ofString()));
                if (i % 25 == 24) {
                    CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
                }
            }
            CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            Map<Integer, Integer> statuses = new HashMap<>();
            for (CompletableFuture<HttpResponse<String>> f : sent) {
                statuses.merge(f.get().statusCode(), 1, Integer::sum);
            }
            System.out.printf("250 answers from one address: %s in %d ms%n", statuses, millis);
            assertEquals(Map.of(201, 250), statuses, "no 429 for a classroom behind one router");
            assertTrue(millis < 60_000);
            assertEquals(before + 500, w.session.current().tieCount());
        }
    }
}
