package org.teixit.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teixit.model.Actor;
import org.teixit.model.Ecosystem;
import org.teixit.store.EcosystemStore;

/**
 * A participant who put themselves on the map corrects what they are and where they belong (found when the
 * page was first used in a browser: the correction form hid those fields and the server ignored them);
 * someone who answered as an actor already on the map cannot change that actor's kind or setting.
 */
class OwnActorCorrectionTest {
    @TempDir
    Path dir;

    private static String answer(String token, String name, String kind, String setting) throws Exception {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("code", Workshop.CODE);
        if (token != null) {
            doc.put("token", token);
        }
        doc.put("respondent", Map.of("name", name, "kind", kind, "setting", setting));
        doc.put("ties", List.of(Workshop.tie("Families", "support", 3, "orientation")));
        return Workshop.JSON.writeValueAsString(doc);
    }

    private static Actor stored(Workshop w, String label) {
        try (EcosystemStore s = EcosystemStore.open(w.store)) {
            Ecosystem map = s.load();
            return map.actors().stream().filter(a -> a.label().equals(label)).findFirst().orElseThrow();
        }
    }

    @Test
    void aCorrectionSetsTheKindAndSettingOfTheParticipantsOwnActor() throws Exception {
        try (Workshop w = Workshop.start(dir)) {
            HttpResponse<String> first = w.post(answer(null, "Biblioteca Municipal", "institution", "community"));
            assertEquals(201, first.statusCode(), first.body());
            JsonNode view = Workshop.json(first);
            assertTrue(view.get("respondent").get("editable").asBoolean(), view.toString());
            String token = view.get("token").asText();

            HttpResponse<String> fixed = w.post(answer(token, "Biblioteca Municipal", "organisation", "associations"));
            assertEquals(201, fixed.statusCode(), fixed.body());
            Actor library = stored(w, "Biblioteca Municipal");
            assertEquals("organisation", library.kind());
            assertEquals("associations", library.setting());
            JsonNode mine = Workshop.json(w.get("/api/responses/mine?token=" + token));
            assertEquals("organisation", mine.get("respondent").get("kind").asText());
            assertTrue(mine.get("respondent").get("editable").asBoolean());

            // "not sure" is an answer too
            assertEquals(201, w.post(answer(token, "Biblioteca Municipal", "", "")).statusCode());
            assertEquals("", stored(w, "Biblioteca Municipal").kind());
        }
    }

    @Test
    void someoneAnsweringAsAnExistingActorCannotChangeIt() throws Exception {
        try (Workshop w = Workshop.start(dir)) {
            Actor school = stored(w, "Escola Arnau Berenguer");
            HttpResponse<String> first = w.post(answer(null, "escola arnau berenguer", "person", "family"));
            assertEquals(201, first.statusCode(), first.body());
            JsonNode view = Workshop.json(first);
            assertFalse(view.get("respondent").get("editable").asBoolean());
            String token = view.get("token").asText();
            assertEquals(201, w.post(answer(token, "Escola Arnau Berenguer", "group", "digital")).statusCode());
            Actor after = stored(w, "Escola Arnau Berenguer");
            assertEquals(school.kind(), after.kind());
            assertEquals(school.setting(), after.setting());
        }
    }
}
