package org.teixit.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teixit.model.Actor;
import org.teixit.model.CserDimension;
import org.teixit.model.Ecosystem;
import org.teixit.model.Tie;
import org.teixit.service.MapSession;
import org.teixit.store.EcosystemStore;

/** The workshop server's API end to end, on 127.0.0.1. */
class CollectServerTest {
    @TempDir
    Path dir;

    @Test
    void servesThePageInThePhonesLanguageWithStrictHeaders() throws Exception {
        try (Workshop w = Workshop.start(dir)) {
            HttpResponse<String> en = w.get("/");
            assertEquals(200, en.statusCode());
            assertTrue(en.body().contains("<html lang=\"en\">"));
            assertTrue(en.body().contains("Join the map"));
            assertFalse(en.body().contains("{{"), "no placeholder left");
            assertEquals("default-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
                    en.headers().firstValue("Content-Security-Policy").orElseThrow());
            assertEquals("nosniff", en.headers().firstValue("X-Content-Type-Options").orElseThrow());
            assertEquals("no-referrer", en.headers().firstValue("Referrer-Policy").orElseThrow());
            assertTrue(en.headers().map().keySet().stream().noneMatch(h -> h.toLowerCase().startsWith("access-control")),
                    "no CORS headers at all");
            assertTrue(en.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));

            HttpResponse<String> ca = w.get("/", "Accept-Language", "ca-ES,ca;q=0.9,es;q=0.8");
            assertTrue(ca.body().contains("<html lang=\"ca\">"));
            assertTrue(ca.body().contains("Entra al mapa"));
            HttpResponse<String> es = w.get("/?lang=es", "Accept-Language", "ca");
            assertTrue(es.body().contains("<html lang=\"es\">"));
            assertTrue(es.body().contains("Entra en el mapa"));
            HttpResponse<String> other = w.get("/", "Accept-Language", "de-DE,fr;q=0.5");
            assertTrue(other.body().contains("<html lang=\"en\">"));

            // the page explains every CSER dimension, in plain words and with the bundle's description
            for (CserDimension d : CserDimension.values()) {
                assertTrue(en.body().contains("value=\"" + d.id() + "\""), d.id());
                assertTrue(en.body().contains(Html.escape(CollectText.of("en").get(d.descriptionKey()))), d.id());
            }
            // no external resources: every src/href is the page's own
            assertFalse(en.body().matches("(?s).*(src|href)=\"(https?:)?//.*"));
            for (String asset : List.of("/app.js", "/app.css", "/favicon.svg")) {
                HttpResponse<String> a = w.get(asset);
                assertEquals(200, a.statusCode(), asset);
                String body = a.body().replace("xmlns=\"http://www.w3.org/2000/svg\"", ""); // a name, not a download
                assertFalse(body.contains("http://") || body.contains("https://"), asset + " stays offline");
            }
        }
    }

    @Test
    void actorListNeedsTheCode() throws Exception {
        try (Workshop w = Workshop.start(dir)) {
            assertEquals(403, w.get("/api/actors").statusCode());
            assertEquals(403, w.get("/api/actors", CollectServer.CODE_HEADER, "0000").statusCode());
            HttpResponse<String> ok = w.get("/api/actors", CollectServer.CODE_HEADER, Workshop.CODE);
            assertEquals(200, ok.statusCode());
            JsonNode list = Workshop.json(ok);
            assertEquals(w.session.current().actorCount(), list.size());
            JsonNode first = list.get(0);
            for (String field : List.of("id", "label", "kind", "setting")) {
                assertTrue(first.has(field), field);
            }
            assertEquals(200, w.get("/api/actors?code=" + Workshop.CODE).statusCode());
        }
    }

    @Test
    void anAnswerIsOnTheMapBefore201AndNamesMatchIgnoringCaseAndAccents() throws Exception {
        try (Workshop w = Workshop.start(dir)) {
            int actorsBefore = w.session.current().actorCount();
            int tiesBefore = w.session.current().tieCount();
            String body = Workshop.answer(Workshop.CODE, "Marta Puig", List.of(
                    Workshop.tie("ajuntament de palau d'anglesola", "collaboration", 4, "governance", "communication"),
                    Workshop.tie("  ESCOLA  arnau berenguer ", "support", 5, "orientation"),
                    Workshop.tie("Biblioteca Municipal", "information", 2)));
            HttpResponse<String> r = w.post(body);
            assertEquals(201, r.statusCode(), r.body());
            JsonNode reply = Workshop.json(r);
            assertEquals("applied", reply.get("status").asText());
            assertTrue(reply.get("token").asText().length() >= 22);

            // committed: a second connection to the file sees it
            try (EcosystemStore other = EcosystemStore.open(w.store)) {
                Ecosystem saved = other.load();
                assertEquals(actorsBefore + 2, saved.actorCount(), "Marta and the library are new");
                assertEquals(tiesBefore + 3, saved.tieCount());
                Actor marta = saved.actors().stream().filter(a -> a.label().equals("Marta Puig")).findFirst()
                        .orElseThrow();
                Set<String> targets = saved.tiesOf(marta.id()).stream().map(t -> saved.actor(t.otherEnd(marta.id()))
                        .orElseThrow().label()).collect(Collectors.toSet());
                assertEquals(Set.of("Ajuntament de Palau d'Anglesola", "Escola Arnau Berenguer", "Biblioteca Municipal"),
                        targets);
                Tie council = saved.tiesOf(marta.id()).stream().filter(t -> t.kind().equals("collaboration"))
                        .findFirst().orElseThrow();
                assertEquals(4, council.strength());
                assertFalse(council.directed());
                assertEquals(marta.id(), council.source(), "the source records who reported the tie");
                assertEquals(Set.of(CserDimension.GOVERNANCE, CserDimension.COMMUNICATION), council.dimensions());
            }
            // the desktop's undo history has it as one step
            assertEquals("collect.edit.response", w.session.undoName().orElseThrow());
            assertEquals(1, w.server.stats().participants());
            assertEquals(3, w.server.stats().ties());
        }
    }

    @Test
    void aParticipantSeesAndCorrectsTheirOwnAnswer() throws Exception {
        try (Workshop w = Workshop.start(dir)) {
            HttpResponse<String> first = w.post(Workshop.answer("Jordi Vila", "Swimming club", "Bibliotecaa Typo"));
            assertEquals(201, first.statusCode());
            String token = Workshop.json(first).get("token").asText();
            JsonNode mine = Workshop.json(w.get("/api/responses/mine?token=" + token));
            assertEquals("Jordi Vila", mine.get("respondent").get("name").asText());
            assertEquals(2, mine.get("ties").size());
            int actorsWithTypo = w.session.current().actorCount();

            String corrected = Workshop.JSON.writeValueAsString(Map.of("code", Workshop.CODE, "token", token,
                    "respondent", Map.of("name", "Jordi Vila"),
                    "ties", List.of(Workshop.tie("Swimming club", "trust", 5, "collective"))));
            HttpResponse<String> second = w.post(corrected);
            assertEquals(201, second.statusCode(), second.body());
            assertEquals(token, Workshop.json(second).get("token").asText(), "same participant, same token");

            Ecosystem map = w.session.current();
            Actor jordi = map.actors().stream().filter(a -> a.label().equals("Jordi Vila")).findFirst().orElseThrow();
            List<Tie> ties = map.tiesOf(jordi.id());
            assertEquals(1, ties.size(), "the correction replaced the earlier ties");
            assertEquals(5, ties.get(0).strength());
            assertEquals(actorsWithTypo - 1, map.actorCount(), "the mistyped actor nobody else names is gone");
            assertTrue(map.actors().stream().noneMatch(a -> a.label().equals("Bibliotecaa Typo")));

            JsonNode after = Workshop.json(w.get("/api/responses/mine?token=" + token));
            assertEquals(1, after.get("ties").size());
            assertEquals("trust", after.get("ties").get(0).get("kind").asText());
            assertEquals(404, w.get("/api/responses/mine?token=AAAAAAAAAAAAAAAAAAAAAA").statusCode());
            assertEquals(1, w.server.stats().participants());
            assertEquals(1, w.server.stats().ties());
            assertEquals(2, w.server.stats().responses());
        }
    }

    @Test
    void rotatingTheCodeRefusesTheOldOne() throws Exception {
        try (Workshop w = Workshop.start(dir)) {
            BlockingQueue<CollectEvent> events = new LinkedBlockingQueue<>();
            w.server.addListener(events::add);
            String fresh = w.server.rotateCode();
            assertNotEquals(Workshop.CODE, fresh);
            assertTrue(JoinCode.isValid(fresh));
            assertTrue(events.poll(1, TimeUnit.SECONDS) instanceof CollectEvent.CodeRotated);
            assertEquals(403, w.post(Workshop.answer("Anna", "Families")).statusCode());
            HttpResponse<String> ok = w.post(Workshop.answer(fresh, "Anna", List.of(Workshop.tie("Families", "", 3))));
            assertEquals(201, ok.statusCode(), ok.body());
        }
    }

    @Test
    void listenersHearOfEachAnswerWithinASecond() throws Exception {
        try (Workshop w = Workshop.start(dir)) {
            BlockingQueue<CollectEvent> events = new LinkedBlockingQueue<>();
            w.server.addListener(events::add);
            BlockingQueue<Ecosystem> maps = new LinkedBlockingQueue<>();
            w.session.addListener(maps::add);
            long start = System.nanoTime();
            assertEquals(201, w.post(Workshop.answer("Pau", "Nova Associació")).statusCode());
            CollectEvent e = events.poll(1, TimeUnit.SECONDS);
            assertTrue(e instanceof CollectEvent.Applied, String.valueOf(e));
            CollectEvent.Applied applied = (CollectEvent.Applied) e;
            assertTrue(System.nanoTime() - start < 1_000_000_000L);
            assertEquals(2, applied.newActorIds().size());
            assertEquals(1, applied.tieIds().size());
            assertEquals(1, applied.stats().participants());
            assertNotNull(maps.poll(1, TimeUnit.SECONDS), "the session's own listeners see the new map too");
        }
    }

    @Test
    void moderationQueuesAnswersPersistsThemAndAppliesOnApprove() throws Exception {
        Path journal = dir.resolve("workshop.teixit.collect.jsonl");
        String token;
        try (Workshop w = Workshop.start(dir, org.teixit.sample.SampleEcosystem.load(),
                o -> o.withModeration(true).withJournal(journal))) {
            int ties = w.session.current().tieCount();
            HttpResponse<String> r = w.post(Workshop.answer("Laia", "Families", "Swimming club"));
            assertEquals(202, r.statusCode(), r.body());
            token = Workshop.json(r).get("token").asText();
            assertEquals("pending", Workshop.json(w.get("/api/responses/mine?token=" + token)).get("status").asText());
            assertEquals(ties, w.session.current().tieCount(), "nothing on the map before approval");
            assertEquals(202, w.post(Workshop.answer("Rita", "Families")).statusCode());
            assertEquals(2, w.server.pending().size());
            assertEquals(2, w.server.stats().pending());
        }
        // the queue survives a restart (the journal), and approval puts the answer on the map
        MapSession session = MapSession.open(dir.resolve("workshop.teixit"));
        try (CollectServer server = CollectServer.start(ResponseSink.of(session),
                CollectServer.Options.on(Workshop.LOOPBACK).withCode(Workshop.CODE).withModeration(true)
                        .withJournal(journal))) {
            List<PendingResponse> queue = server.pending();
            assertEquals(2, queue.size());
            assertEquals("Laia", queue.get(0).respondentName());
            int ties = session.current().tieCount();
            assertTrue(server.approve(queue.get(0).id()));
            assertEquals(ties + 2, session.current().tieCount());
            assertTrue(server.reject(queue.get(1).id()));
            assertFalse(server.approve(queue.get(1).id()));
            assertEquals(0, server.pending().size());
            assertTrue(Files.readString(journal).contains("\"resolved\""));
        } finally {
            session.close();
        }
        try (Workshop again = Workshop.start(dir,
                org.teixit.sample.SampleEcosystem.load(), o -> o.withJournal(journal))) {
            assertEquals(0, again.server.pending().size(), "resolved answers do not come back");
            // the participant's token still finds their (now approved) answer after two restarts
            JsonNode mine = Workshop.json(again.get("/api/responses/mine?token=" + token));
            assertEquals("applied", mine.get("status").asText());
        }
    }

    @Test
    void headRequestsAndMethods() throws Exception {
        try (Workshop w = Workshop.start(dir)) {
            HttpResponse<String> head = w.http.send(java.net.http.HttpRequest.newBuilder(w.uri("/"))
                    .method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, head.statusCode());
            assertEquals("", head.body());
        }
    }
}
