package org.teixit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teixit.model.Actor;
import org.teixit.model.CserDimension;
import org.teixit.model.Ecosystem;
import org.teixit.model.Position;
import org.teixit.model.Tie;
import org.teixit.service.ExportService;

/** {@code teixit report} end to end: a self-contained, escaped HTML file. */
class ReportCommandTest {
    private static final Pattern IMAGE = Pattern.compile("<img src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"");

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

    static int run(String... args) {
        return Cli.run(args, new PrintWriter(new StringWriter(), true), new PrintWriter(new StringWriter(), true));
    }

    private static BufferedImage embeddedImage(String html) throws Exception {
        Matcher m = IMAGE.matcher(html);
        assertTrue(m.find(), "the map is embedded as a data URI");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(m.group(1))));
        assertNotNull(image, "a readable PNG");
        return image;
    }

    private static void selfContained(String html) {
        String lower = html.toLowerCase(Locale.ROOT);
        assertFalse(lower.contains("<script"), "no script");
        assertFalse(lower.contains("<link"), "no external style sheet");
        assertFalse(lower.contains("src=\"http") || lower.contains("url(http") || lower.contains("@import"),
                "nothing fetched from the network");
        assertTrue(lower.contains("<style>") && lower.contains("@media print"), "inline, print-friendly CSS");
    }

    @Test
    void theSampleReportHasTheMapMeasuresMatrixFindingsAndRecommendations() throws Exception {
        Path map = dir.resolve("palau.json");
        assertEquals(0, run("sample", map.toString()));
        Path out = dir.resolve("report.html");
        assertEquals(0, run("report", map.toString(), "--out", out.toString(), "--width", "800", "--height", "500"));
        String html = Files.readString(out);
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"));
        BufferedImage image = embeddedImage(html);
        assertEquals(800, image.getWidth());
        assertEquals(500, image.getHeight());
        selfContained(html);
        assertTrue(html.contains("<h2>Key measures</h2>"));
        assertTrue(html.contains("<h2>Mesosystem: supportive ties between settings</h2>"));
        assertTrue(html.contains("<table class=\"matrix supportive\">"));
        assertTrue(html.contains("<table class=\"matrix all\">"));
        assertTrue(html.contains("<th scope=\"row\">Family and home</th>"), "settings by their names");
        assertTrue(html.contains("<th scope=\"col\">Public administration</th>"));
        // Family and home – School: 3 supportive ties (both ways in the symmetric matrix).
        assertTrue(html.contains("<td class=\"num gap\">0</td>"), "missing links stand out");
        assertTrue(html.contains("<h2>Findings</h2>"));
        assertTrue(html.contains("<span class=\"badge critical\">Critical</span> <strong>Actor the map hangs on."
                + "</strong> If Voluntariat de Palau – Petits Joves Actius stepped back, the map would split"), html);
        assertTrue(html.contains("<h2>Weaving recommendations</h2>"));
        assertTrue(html.contains("<span class=\"effect\">Effect: "));
        assertTrue(html.contains("Ajuntament de Palau d&#39;Anglesola"), "apostrophes in names are escaped");
    }

    @Test
    void hostileNamesStayText() throws Exception {
        String hostile = "<script>alert(\"x\")</script> & co";
        Ecosystem.Builder b = Ecosystem.builder("<b>Bad map</b>").description("<img src=x onerror=alert(1)>");
        b.actor(new Actor("evil", hostile, "", "school", "", Map.of(), new Position(0, 0), false));
        b.actor(new Actor("school", "School", "", "school", "", Map.of(), new Position(10, 0), false));
        b.actor(new Actor("home", "Home \"quoted\"", "", "family", "", Map.of(), new Position(0, 10), false));
        b.actor(new Actor("lone", "Lone <i>", "", "family", "", Map.of(), new Position(10, 10), false));
        b.tie(new Tie("t1", "evil", "school", "support", false, 3, Set.of(CserDimension.GOVERNANCE), null, "",
                Map.of()));
        b.tie(new Tie("t2", "evil", "home", "information", true, 3, Set.of(), null, "", Map.of()));
        Path map = dir.resolve("hostile.json");
        ExportService.save(b.build(), map);
        Path out = dir.resolve("hostile.html");
        assertEquals(0, run("report", map.toString(), "--out", out.toString()));
        String html = Files.readString(out);
        selfContained(html);
        embeddedImage(html);
        assertFalse(html.contains(hostile));
        assertFalse(html.contains("<b>Bad map</b>"));
        assertFalse(html.contains("<img src=x"));
        assertFalse(html.contains("Lone <i>"));
        assertTrue(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co"), "escaped, not lost");
        assertTrue(html.contains("<title>Ecosystem report: &lt;b&gt;Bad map&lt;/b&gt;</title>"));
        assertTrue(html.contains("Lone &lt;i&gt; is not linked to anyone on the map yet."), "in the findings");
        assertTrue(html.contains("Home &quot;quoted&quot;"));
    }

    @Test
    void aMapWithoutPositionsIsLaidOutForTheDrawingAndTheReportFollowsTheLanguage() throws Exception {
        Locale.setDefault(Locale.forLanguageTag("ca"));
        Ecosystem.Builder b = Ecosystem.builder("Sense posicions");
        for (String id : new String[] {"a", "b", "c", "d"}) {
            b.actor(Actor.of(id, id.toUpperCase(Locale.ROOT), "", "school"));
        }
        b.tie(Tie.of("t1", "a", "b", "support", CserDimension.FUNDS));
        b.tie(Tie.of("t2", "b", "c", "support", CserDimension.FUNDS));
        Path map = dir.resolve("plain.json");
        ExportService.save(b.build(), map);
        String before = Files.readString(map);
        Path out = dir.resolve("plain.html");
        assertEquals(0, run("report", map.toString(), "--out", out.toString(), "--width", "400", "--height", "300"));
        String html = Files.readString(out);
        assertTrue(html.contains("<html lang=\"ca\">"));
        assertTrue(html.contains("<h2>Mesosistema: vincles de suport entre contextos</h2>"), html);
        assertTrue(html.contains("D encara no té cap vincle amb ningú del mapa."));
        BufferedImage image = embeddedImage(html);
        assertEquals(400, image.getWidth());
        assertEquals(before, Files.readString(map), "the map file is not changed");
    }

    @Test
    void refusesBadUsage() {
        assertEquals(2, run("report", "x.json"), "--out is required");
        assertEquals(2, run("report", "x.json", "--out", dir.resolve("r.html").toString(), "--width", "2"));
    }
}
