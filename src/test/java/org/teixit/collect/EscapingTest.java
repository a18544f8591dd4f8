package org.teixit.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teixit.model.Actor;
import org.teixit.model.Ecosystem;
import org.teixit.model.Term;
import org.teixit.model.Tie;
import org.teixit.model.Vocabulary;
import org.teixit.model.VocabularyCategory;

/**
 * Hostile names on the page and in the JSON: markup, quotes, right-to-left overrides (U+202E), a
 * 10,000-character name. Names already in the map (an imported file may carry anything) are escaped on
 * output; names from phones are cleaned of bidi controls and refused over 120 characters.
 */
class EscapingTest {
    private static final String RLO = "\u202E";
    private static final String MAP_NAME = "<script>alert('map')</script> \"Escola\" & " + RLO + "lirpa";
    private static final String IMG = "<img src=x onerror=alert(1)>";
    private static final String QUOTES = "Tom \"the\" O'Brien & <Sons>";
    private static final String SPOOF = RLO + "gnp.exe";
    private static final String BREAKOUT = "</script><script>alert(2)</script>";

    @TempDir
    Path dir;

    private Workshop hostileWorkshop() throws Exception {
        Vocabulary vocabulary = Vocabulary.defaults().with(VocabularyCategory.SETTING, new Term("evil", BREAKOUT))
                .with(VocabularyCategory.TIE_KIND, new Term("odd", "\"><svg onload=alert(3)>"));
        Ecosystem map = Ecosystem.builder(MAP_NAME).vocabulary(vocabulary)
                .actor(Actor.of("a1", IMG, "person", "evil"))
                .actor(Actor.of("a2", QUOTES, "", ""))
                .actor(Actor.of("a3", SPOOF, "", ""))
                .tie(Tie.of("t1", "a1", "a2", "odd"))
                .build();
        return Workshop.start(dir, map, o -> o);
    }

    private static void assertNoRawMarkupOrBidi(String body, String where) {
        assertFalse(body.contains(RLO), where + " carries a raw U+202E");
        assertFalse(body.contains("<script>alert"), where);
        assertFalse(body.contains("<img src=x"), where);
        assertFalse(body.contains("<svg"), where);
        assertFalse(body.contains(BREAKOUT), where);
    }

    @Test
    void thePageEscapesTheMapNameAndVocabulary() throws Exception {
        try (Workshop w = hostileWorkshop()) {
            for (String lang : CollectText.LANGUAGES) {
                String page = w.get("/?lang=" + lang).body();
                assertNoRawMarkupOrBidi(page, "page " + lang);
                assertTrue(page.contains("&lt;script&gt;alert(&#39;map&#39;)&lt;/script&gt; &quot;Escola&quot; &amp; lirpa"),
                        "the map name, escaped and without the override");
                assertTrue(page.contains("&lt;/script&gt;&lt;script&gt;alert(2)&lt;/script&gt;"), "the setting's label");
                assertTrue(page.toLowerCase().contains("\\u003c/script\\u003e\\u003cscript\\u003ealert(2)"),
                        "the script's data block escapes < so it cannot close its <script>");
                assertEquals(2, count(page, "<script"), "only the data block and app.js");
                assertFalse(page.contains(IMG) || page.contains("O'Brien"), "no actor names on the page");
            }
        }
    }

    @Test
    void theActorListEscapesMarkupAndDropsBidiOverrides() throws Exception {
        try (Workshop w = hostileWorkshop()) {
            HttpResponse<String> r = w.get("/api/actors", CollectServer.CODE_HEADER, Workshop.CODE);
            assertEquals(200, r.statusCode());
            assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
            assertNoRawMarkupOrBidi(r.body(), "/api/actors");
            assertFalse(r.body().contains("<") || r.body().contains(">") || r.body().contains("'"));
            JsonNode list = Workshop.json(r);
            List<String> labels = new ArrayList<>();
            list.forEach(a -> labels.add(a.get("label").asText()));
            assertEquals(List.of(IMG, QUOTES, "gnp.exe"), labels, "the text itself survives, decoded");
        }
    }

    @Test
    void hostileNamesFromPhonesAreStoredCleanAndServedEscaped() throws Exception {
        try (Workshop w = hostileWorkshop()) {
            String script = "<script>alert(1)</script>";
            HttpResponse<String> r = w.post(Workshop.answer(Workshop.CODE, script + " " + RLO + "evil\u0000\u0007",
                    List.of(Workshop.tie("\"quoted\" name", "", 3), Workshop.tie("O'Brien & Sons", "", 3),
                            Workshop.tie(SPOOF, "", 3), Workshop.tie("\u2066isolate\u2069 \u200Fmark", "", 3))));
            assertEquals(201, r.statusCode(), r.body());
            assertNoRawMarkupOrBidi(r.body(), "the 201");

            Ecosystem map = w.session.current();
            assertTrue(map.actors().stream().anyMatch(a -> a.label().equals(script + " evil")),
                    "stored without bidi or control characters");
            assertTrue(map.actors().stream().anyMatch(a -> a.label().equals("isolate mark")));
            assertEquals(1, map.actors().stream().filter(a -> a.label().equals(SPOOF)).count(),
                    "the spoofed name matched the existing actor, not a new one");
            assertTrue(map.actors().stream().noneMatch(a -> a.label().contains(RLO) && !a.id().equals("a3")));

            HttpResponse<String> actors = w.get("/api/actors", CollectServer.CODE_HEADER, Workshop.CODE);
            assertNoRawMarkupOrBidi(actors.body(), "/api/actors after the answer");
            List<String> labels = new ArrayList<>();
            Workshop.json(actors).forEach(a -> labels.add(a.get("label").asText()));
            assertTrue(labels.containsAll(List.of(script + " evil", "\"quoted\" name", "O'Brien & Sons")));

            String token = Workshop.json(r).get("token").asText();
            assertNoRawMarkupOrBidi(w.get("/api/responses/mine?token=" + token).body(), "mine");
            assertNoRawMarkupOrBidi(w.get("/").body(), "page after the answer");
        }
    }

    @Test
    void aTenThousandCharacterNameIsRefusedNotTruncated() throws Exception {
        try (Workshop w = hostileWorkshop()) {
            int actors = w.session.current().actorCount();
            String longName = "N".repeat(10_000);
            HttpResponse<String> asRespondent = w.post(Workshop.answer(Workshop.CODE, longName, List.of()));
            assertEquals(400, asRespondent.statusCode());
            assertEquals("respondent.name", Workshop.json(asRespondent).get("field").asText());
            HttpResponse<String> asTie = w.post(Workshop.answer(Workshop.CODE, "Anna",
                    List.of(Workshop.tie(longName, "", 3))));
            assertEquals(400, asTie.statusCode());
            assertEquals("ties[0].to", Workshop.json(asTie).get("field").asText());
            assertFalse(asTie.body().contains(longName));
            // 120 characters pass; 121 do not
            assertEquals(201, w.post(Workshop.answer(Workshop.CODE, "é".repeat(Names.MAX_LENGTH), List.of())).statusCode());
            assertEquals(400, w.post(Workshop.answer(Workshop.CODE, "é".repeat(Names.MAX_LENGTH + 1), List.of()))
                    .statusCode());
            assertEquals(actors + 1, w.session.current().actorCount());
            assertTrue(w.get("/api/actors", CollectServer.CODE_HEADER, Workshop.CODE).body().length() < 10_000);
        }
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
