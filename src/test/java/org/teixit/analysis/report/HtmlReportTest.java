package org.teixit.analysis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.teixit.analysis.diagnose.Diagnosis;
import org.teixit.analysis.ecosystem.EcosystemAnalysis;
import org.teixit.model.Actor;
import org.teixit.model.Ecosystem;
import org.teixit.model.Tie;
import org.teixit.sample.SampleEcosystem;
import org.teixit.task.Progress;

class HtmlReportTest {
    private Locale saved;

    @BeforeEach
    void english() {
        saved = Locale.getDefault();
        Locale.setDefault(Locale.UK);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(saved);
    }

    @Test
    void escapesEverythingThatCouldBeMarkup() {
        assertEquals("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;",
                HtmlReport.escape("<a href=\"x\" title='y'>&amp;</a>"));
        assertEquals("a b\nc", HtmlReport.escape("a\u0000b\nc"));
    }

    @Test
    void theReportHoldsTheMeasuresMatrixFindingsAndRecommendations() {
        Ecosystem e = SampleEcosystem.load();
        EcosystemAnalysis a = EcosystemAnalysis.compute(e, Progress.NONE);
        Diagnosis d = Diagnosis.of(e, a, Progress.NONE, 5);
        String html = HtmlReport.render(e, a, d, new byte[] {1, 2, 3}, LocalDate.of(2026, 3, 14));
        assertTrue(html.contains("<img src=\"data:image/png;base64,AQID\""), "the bytes as a data URI");
        assertTrue(html.contains("Made with Teixit on 14 March 2026."), "the date in the user's language");
        assertTrue(html.contains("<html lang=\"en\">"));
        // The supportive matrix: family–school has 3 supportive ties, the diagonal of family 2.
        int matrix = html.indexOf("<table class=\"matrix supportive\">");
        int familyRow = html.indexOf("<tr><th scope=\"row\">Family and home</th>", matrix);
        String row = html.substring(familyRow, html.indexOf("</tr>", familyRow));
        assertTrue(row.contains("<td class=\"num diagonal\" style=\"background-color: rgba(46, 125, 50, "), row);
        assertTrue(row.matches(".*>2</td><td class=\"num linked\"[^>]*>3</td>.*"), row);
        // All five findings' and recommendations' texts are in, escaped.
        d.findings().forEach(f -> assertTrue(html.contains(HtmlReport.escape(f.message())), f.message()));
        d.recommendations().forEach(r -> assertTrue(html.contains(HtmlReport.escape(r.reason()))));
        assertEquals(5, html.split("<span class=\"effect\">", -1).length - 1);
        assertTrue(html.contains("<td>Voluntariat de Palau – Petits Joves Actius</td><td>Associations and leisure"
                + "</td><td class=\"num\">18</td><td class=\"num\">0.554</td>"), "the key actors, top broker first");
        assertTrue(html.contains("<th scope=\"row\">Modularity of the communities</th>"));
    }

    @Test
    void anEmptyMapStillMakesAReport() {
        Ecosystem e = Ecosystem.builder("Empty").actor(Actor.of("a", "A", "", "")).build();
        EcosystemAnalysis a = EcosystemAnalysis.compute(e, Progress.NONE);
        Diagnosis d = Diagnosis.of(e, a, Progress.NONE, 5);
        String html = HtmlReport.render(e, a, d, null, LocalDate.of(2026, 1, 1));
        assertTrue(html.contains("The map could not be drawn."));
        assertFalse(html.contains("data:image"));
        assertTrue(html.endsWith("</html>\n"));
        Ecosystem two = Ecosystem.builder("Two").actor(Actor.of("a", "A", "", "school"))
                .actor(Actor.of("b", "B", "", "family")).tie(Tie.of("t", "a", "b", "support")).build();
        EcosystemAnalysis partial = EcosystemAnalysis.compute(two, Progress.NONE).withMeasures(null);
        assertThrows(IllegalArgumentException.class, () -> HtmlReport.render(two, partial,
                Diagnosis.of(two, Progress.NONE), null, LocalDate.of(2026, 1, 1)));
    }
}
