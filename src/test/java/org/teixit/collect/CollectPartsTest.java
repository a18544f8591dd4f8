package org.teixit.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.teixit.model.CserDimension;
import org.teixit.model.Ecosystem;
import org.teixit.sample.SampleEcosystem;
import org.teixit.service.ChangeSet;

/** The pieces: bundles, the page template, names, the join code, rate limits, planning an answer. */
class CollectPartsTest {
    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = CollectPartsTest.class.getResourceAsStream("/org/teixit/i18n/" + name + ".properties")) {
            assertTrue(in != null, name);
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = {"collect", "cli_collect"})
    void bundlesHaveTheSameKeysInEveryLanguageAndDoubleApostrophesWithArguments(String bundle) throws IOException {
        Set<String> english = load(bundle).stringPropertyNames();
        for (String suffix : List.of("", "_ca", "_es")) {
            Properties p = load(bundle + suffix);
            assertEquals(new TreeSet<>(english), new TreeSet<>(p.stringPropertyNames()), bundle + suffix);
            for (String key : p.stringPropertyNames()) {
                String v = p.getProperty(key);
                if (v.contains("{0}")) {
                    assertFalse(v.replace("''", "").contains("'"), bundle + suffix + " " + key + " has a lone apostrophe");
                } else if (bundle.equals("collect")) {
                    assertFalse(v.contains("''"), bundle + suffix + " " + key + " doubles an apostrophe without arguments");
                }
            }
        }
    }

    @Test
    void everyTextThePageAndScriptUseExistsInEveryLanguage() {
        for (String lang : CollectText.LANGUAGES) {
            CollectText text = CollectText.of(lang);
            for (String key : CollectTextKeys.SCRIPT_KEYS) {
                assertTrue(text.has("collect.js." + key), lang + " collect.js." + key);
            }
            for (CserDimension d : CserDimension.values()) {
                assertTrue(text.has("collect.dimension." + d.id() + ".plain"), lang + " " + d.id());
            }
            String page = ParticipantPage.render(SampleEcosystem.load(), lang);
            assertFalse(page.contains("{{") || page.contains("!collect."), lang);
            assertTrue(page.contains("<html lang=\"" + lang + "\">"));
        }
        // the script gets ready-to-show text: '' became ' and {0} is left for it
        String ca = ParticipantPage.render(SampleEcosystem.load(), "ca");
        assertTrue(ca.contains("{0} ja és al mapa: els teus vincles s\\u0027hi afegiran."), "Catalan apostrophe");
    }

    @Test
    void languageNegotiation() {
        assertEquals("ca", CollectText.negotiate(null, "ca-ES,ca;q=0.9,en;q=0.5", "en"));
        assertEquals("es", CollectText.negotiate(null, "es-AR", "en"));
        assertEquals("es", CollectText.negotiate("es", "ca", "en"));
        assertEquals("en", CollectText.negotiate("xx", "de", "en"));
        assertEquals("ca", CollectText.negotiate(null, null, "ca"));
        assertEquals("en", CollectText.negotiate(null, ";;;q=nonsense,,", "en"));
    }

    @Test
    void namesAreCleanedOfControlAndBidiCharacters() {
        assertEquals("Ana Pi", Names.clean("  Ana \t\n Pi \u202E"));
        assertEquals("abc", Names.clean("a\u200Fb\u2066c\u2069\u0000"));
        assertEquals("Cafè", Names.clean("Cafe\u0300"), "NFC");
        assertEquals("", Names.clean(null));
        assertEquals(Names.key("ESCOLA  Arnau"), Names.key("escola arnau\u202E"));
        assertEquals("👩‍👧", Names.clean("👩‍👧"), "a zero-width joiner in an emoji stays");
    }

    @Test
    void joinCodes() {
        for (int i = 0; i < 100; i++) {
            assertTrue(JoinCode.isValid(JoinCode.generate()));
        }
        assertTrue(JoinCode.isValid("0123"));
        assertFalse(JoinCode.isValid("123"));
        assertFalse(JoinCode.isValid("1234567"));
        assertFalse(JoinCode.isValid("12a4"));
        assertTrue(JoinCode.matches("4821", "4821"));
        assertFalse(JoinCode.matches("4821", "48210"));
        assertFalse(JoinCode.matches("4821", null));
    }

    @Test
    void hostHeaders() {
        for (String ok : List.of("127.0.0.1", "127.0.0.1:8080", "192.168.1.20:80", "localhost:9", "[::1]:8080", "[::1]")) {
            assertTrue(CollectServer.hostAllowed(ok), ok);
        }
        for (String bad : List.of("evil.example", "evil.example:8080", "127.0.0.1.nip.io", "1.2.3.4:x", "[::1]x")) {
            assertFalse(CollectServer.hostAllowed(bad), bad);
        }
    }

    @Test
    void tokenBucketsRefillAndStayBounded() throws Exception {
        AtomicLong now = new AtomicLong();
        RateLimiter limiter = new RateLimiter(3, 1, 2, now::get);
        InetAddress a = InetAddress.getByName("127.0.0.1");
        InetAddress b = InetAddress.getByName("127.0.0.2");
        InetAddress c = InetAddress.getByName("127.0.0.3");
        assertTrue(limiter.tryAcquire(a) && limiter.tryAcquire(a) && limiter.tryAcquire(a));
        assertFalse(limiter.tryAcquire(a));
        assertTrue(limiter.tryAcquire(b), "another address has its own bucket");
        now.addAndGet(1_000_000_000L);
        assertTrue(limiter.tryAcquire(a), "one token back after a second");
        assertFalse(limiter.tryAcquire(a));
        now.addAndGet(10_000_000_000L);
        assertTrue(limiter.tryAcquire(c));
        assertTrue(limiter.clients() <= 2, "idle buckets are dropped when the table is full");
    }

    @Test
    void planningMatchesNamesAndACorrectionCleansUp() throws Exception {
        Ecosystem map = SampleEcosystem.load();
        Submission first = Submission.parse(Workshop.JSON.readTree(Workshop.answer("Families", "Escola ARNAU Berenguer",
                "Brand New Group")), map.vocabulary());
        ResponsePlanner.Plan plan = ResponsePlanner.plan(map, first, null);
        ChangeSet change = plan.change();
        assertEquals(1, change.putActors().size(), "only the new group is new; Families already exists");
        assertEquals(2, change.putTies().size());
        assertEquals(List.of("brand-new-group"), plan.newActorIds());
        Ecosystem after = change.applyTo(map);

        Submission second = Submission.parse(Workshop.JSON.readTree(Workshop.answer("families", "Swimming club")),
                map.vocabulary());
        ResponsePlanner.Plan fix = ResponsePlanner.plan(after, second, plan.answer());
        assertEquals(Set.copyOf(plan.answer().tieIds()), Set.copyOf(fix.change().deleteTies()));
        assertEquals(List.of("brand-new-group"), fix.change().deleteActors(), "created by the mistake, now untied");
        Ecosystem fixed = fix.change().applyTo(after);
        assertEquals(map.actorCount(), fixed.actorCount());
        assertEquals(map.tieCount() + 1, fixed.tieCount());
        assertTrue(fix.change().putTies().stream().noneMatch(t -> plan.answer().tieIds().contains(t.id())),
                "new tie ids never reuse the ones being deleted");
        assertNull(Submission.parse(Workshop.JSON.readTree("{\"respondent\":{\"name\":\"x\"}}"), null).token());
    }
}
