package org.teixit.analysis.report;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.teixit.analysis.ActorMeasures;
import org.teixit.analysis.NetworkSummary;
import org.teixit.analysis.diagnose.Diagnosis;
import org.teixit.analysis.diagnose.Finding;
import org.teixit.analysis.diagnose.Names;
import org.teixit.analysis.diagnose.Recommendation;
import org.teixit.analysis.ecosystem.ActorRoles;
import org.teixit.analysis.ecosystem.EcosystemAnalysis;
import org.teixit.analysis.ecosystem.Mesosystem;
import org.teixit.analysis.ecosystem.SettingMixing;
import org.teixit.i18n.Messages;
import org.teixit.model.CserDimension;
import org.teixit.model.Ecosystem;
import org.teixit.model.VocabularyCategory;

/**
 * A self-contained HTML report of one map that a school leader can print or email: the map drawing (a PNG
 * embedded as a {@code data:} URI), key measures, CSER dimensions, settings and their E-I index, key actors,
 * the mesosystem matrix (supportive and all ties, and supportive ties by dimension), the findings and the
 * weaving recommendations. No script, no external file or font, no network; inline CSS with print rules.
 * Text in the user's language ({@link Locale#getDefault()}); every text that comes from the map or from the
 * bundles is HTML-escaped, so an actor called {@code <script>} stays text.
 */
public final class HtmlReport {
    private static final int KEY_ACTORS = 10;

    private final Ecosystem ecosystem;
    private final EcosystemAnalysis analysis;
    private final Diagnosis diagnosis;
    private final Locale locale;
    private final StringBuilder html = new StringBuilder(64 * 1024);

    private HtmlReport(Ecosystem ecosystem, EcosystemAnalysis analysis, Diagnosis diagnosis, Locale locale) {
        this.ecosystem = ecosystem;
        this.analysis = analysis;
        this.diagnosis = diagnosis;
        this.locale = locale;
    }

    /**
     * The report as one HTML document.
     *
     * @param analysis  the complete analysis of {@code ecosystem}
     * @param diagnosis its diagnosis
     * @param mapPng    the map drawing as PNG bytes, or {@code null} to leave it out
     * @param date      the date printed on the report
     */
    public static String render(Ecosystem ecosystem, EcosystemAnalysis analysis, Diagnosis diagnosis, byte[] mapPng,
                                LocalDate date) {
        Objects.requireNonNull(ecosystem, "ecosystem");
        Objects.requireNonNull(diagnosis, "diagnosis");
        if (!analysis.isComplete()) {
            throw new IllegalArgumentException("the analysis lacks the network measures");
        }
        HtmlReport r = new HtmlReport(ecosystem, analysis, diagnosis, Locale.getDefault());
        r.document(mapPng, date);
        return r.html.toString();
    }

    /** Escapes text for HTML element content and double- or single-quoted attribute values. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
                        out.append(' '); // control characters are not allowed in HTML text
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static String t(String key, Object... args) {
        return escape(Messages.get(key, args));
    }

    private HtmlReport add(String... parts) {
        for (String p : parts) {
            html.append(p);
        }
        return this;
    }

    private String number(double value, int decimals) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        return escape(f.format(value));
    }

    private String integer(long value) {
        return escape(NumberFormat.getIntegerInstance(locale).format(value));
    }

    private String settingName(String id) {
        return escape(Names.setting(ecosystem.vocabulary(), id));
    }

    private void document(byte[] mapPng, LocalDate date) {
        String name = ecosystem.name();
        add("<!DOCTYPE html>\n<html lang=\"", escape(locale.getLanguage().isEmpty() ? "en" : locale.getLanguage()),
                "\">\n<head>\n<meta charset=\"utf-8\">\n",
                "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n",
                "<meta name=\"generator\" content=\"Teixit\">\n<title>", t("report.title", name), "</title>\n<style>\n",
                CSS, "</style>\n</head>\n<body>\n<header>\n<h1>", t("report.title", name), "</h1>\n");
        if (!ecosystem.description().isEmpty()) {
            add("<p class=\"description\">", escape(ecosystem.description()), "</p>\n");
        }
        add("<p class=\"generated\">", t("report.generated",
                date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale))), "</p>\n");
        add("<nav><strong>", t("report.contents"), ":</strong> <a href=\"#map\">", t("report.map"),
                "</a> · <a href=\"#summary\">", t("report.summary"), "</a> · <a href=\"#mesosystem\">",
                t("report.mesosystem"), "</a> · <a href=\"#findings\">", t("report.findings"),
                "</a> · <a href=\"#recommendations\">", t("report.recommendations"), "</a></nav>\n</header>\n");
        map(mapPng, name);
        summary();
        mesosystem();
        findings();
        recommendations();
        add("<footer><p>", t("report.footer"), "</p></footer>\n</body>\n</html>\n");
    }

    private void map(byte[] png, String name) {
        add("<section id=\"map\">\n<h2>", t("report.map"), "</h2>\n");
        if (png == null || png.length == 0) {
            add("<p>", t("report.map.none"), "</p>\n");
        } else {
            add("<figure><img src=\"data:image/png;base64,", Base64.getEncoder().encodeToString(png), "\" alt=\"",
                    t("report.map.alt", name), "\"></figure>\n");
        }
        add("</section>\n");
    }

    private void row(String label, String value) {
        add("<tr><th scope=\"row\">", label, "</th><td class=\"num\">", value, "</td></tr>\n");
    }

    private void summary() {
        NetworkSummary n = analysis.measures().network();
        add("<section id=\"summary\">\n<h2>", t("report.summary"), "</h2>\n<table class=\"measures\">\n");
        row(t("report.measure.actors"), integer(n.actors()));
        row(t("report.measure.ties"), integer(n.ties()));
        row(t("report.measure.density"), number(n.density(), 3));
        row(t("report.measure.components"), integer(n.components()));
        row(t("report.measure.isolates"), integer(analysis.structure().isolates().size()));
        row(t("report.measure.cut-actors"), integer(analysis.structure().cutActors().size()));
        row(t("report.measure.bridges"), integer(analysis.structure().bridges().size()));
        row(t("report.measure.average-clustering"), number(n.averageClustering(), 3));
        if (n.degreeCentralization() != null) {
            row(t("report.measure.degree-centralization"), number(n.degreeCentralization(), 3));
        }
        if (n.reciprocity() != null) {
            row(t("report.measure.reciprocity"), number(n.reciprocity(), 3));
        }
        row(t("report.measure.communities"), integer(analysis.communities().count()));
        row(t("report.measure.modularity"), number(analysis.communities().modularity(), 3));
        add("</table>\n");

        add("<h3>", t("report.dimensions"), "</h3>\n<table>\n<thead><tr><th>", t("report.column.dimension"),
                "</th><th class=\"num\">", t("report.column.ties"), "</th><th class=\"num\">",
                t("report.column.density"), "</th></tr></thead>\n<tbody>\n");
        for (CserDimension d : CserDimension.values()) {
            int ties = analysis.tiesByDimension().getOrDefault(d, 0);
            add("<tr", ties == 0 ? " class=\"gap\"" : "", "><td>", escape(Names.dimension(d)),
                    "</td><td class=\"num\">", integer(ties), "</td><td class=\"num\">",
                    number(analysis.densityByDimension().get(d), 3), "</td></tr>\n");
        }
        add("</tbody>\n</table>\n");

        add("<h3>", t("report.kinds"), "</h3>\n<table>\n<thead><tr><th>", t("report.column.kind"),
                "</th><th class=\"num\">", t("report.column.ties"), "</th><th class=\"num\">",
                t("report.column.density"), "</th></tr></thead>\n<tbody>\n");
        for (Map.Entry<String, Double> k : analysis.densityByKind().entrySet()) {
            long ties = ecosystem.ties().stream().filter(x -> x.kind().equals(k.getKey())).count();
            add("<tr><td>", escape(Names.term(ecosystem.vocabulary(), VocabularyCategory.TIE_KIND, k.getKey())),
                    "</td><td class=\"num\">", integer(ties), "</td><td class=\"num\">", number(k.getValue(), 3),
                    "</td></tr>\n");
        }
        add("</tbody>\n</table>\n");

        add("<h3>", t("report.settings"), "</h3>\n<table>\n<thead><tr><th>", t("report.column.setting"),
                "</th><th class=\"num\">", t("report.column.actors"), "</th><th class=\"num\">",
                t("report.column.internal"), "</th><th class=\"num\">", t("report.column.external"),
                "</th><th class=\"num\">", t("report.column.ei"), "</th></tr></thead>\n<tbody>\n");
        for (SettingMixing s : analysis.settings()) {
            add("<tr><td>", settingName(s.setting()), "</td><td class=\"num\">", integer(s.actors()),
                    "</td><td class=\"num\">", integer(s.internal()), "</td><td class=\"num\">", integer(s.external()),
                    "</td><td class=\"num\">", s.eiIndex() == null ? "—" : number(s.eiIndex(), 2), "</td></tr>\n");
        }
        add("</tbody>\n</table>\n<p class=\"note\">", t("report.settings.note"), "</p>\n");
        keyActors();
        add("</section>\n");
    }

    private void keyActors() {
        List<ActorMeasures> measures = analysis.measures().actors();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < measures.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -measures.get(i).betweenness())
                .thenComparingInt(i -> -measures.get(i).degree()).thenComparingInt(i -> i));
        add("<h3>", t("report.actors"), "</h3>\n<table>\n<thead><tr><th>", t("report.column.actor"), "</th><th>",
                t("report.column.setting"), "</th><th class=\"num\">", t("report.column.degree"),
                "</th><th class=\"num\">", t("report.column.betweenness"), "</th><th class=\"num\">",
                t("report.column.closeness"), "</th><th class=\"num\">", t("report.column.core"),
                "</th><th class=\"num\">", t("report.column.community"), "</th><th class=\"num\">",
                t("report.column.brokerage"), "</th></tr></thead>\n<tbody>\n");
        for (int i : order.subList(0, Math.min(KEY_ACTORS, order.size()))) {
            ActorMeasures m = measures.get(i);
            ActorRoles r = analysis.actors().get(i);
            add("<tr><td>", escape(m.label()), "</td><td>", settingName(r.setting()), "</td><td class=\"num\">",
                    integer(m.degree()), "</td><td class=\"num\">", number(m.betweenness(), 3),
                    "</td><td class=\"num\">", number(m.closeness(), 3), "</td><td class=\"num\">",
                    integer(r.coreNumber()), "</td><td class=\"num\">", integer(r.community() + 1),
                    "</td><td class=\"num\">", integer(r.brokerage().total()), "</td></tr>\n");
        }
        add("</tbody>\n</table>\n<p class=\"note\">", t("report.actors.note"), "</p>\n");
    }

    private void mesosystem() {
        Mesosystem m = analysis.mesosystem();
        add("<section id=\"mesosystem\">\n<h2>", t("report.mesosystem"), "</h2>\n<p class=\"note\">",
                t("report.mesosystem.note"), "</p>\n");
        if (m.everyTieSupportive()) {
            add("<p class=\"note\">", t("report.mesosystem.untyped"), "</p>\n");
        }
        matrix(m, m.supportiveMatrix(), "supportive");
        add("<h3>", t("report.mesosystem.all"), "</h3>\n");
        matrix(m, m.allMatrix(), "all");
        add("<h3>", t("report.mesosystem.dimensions"), "</h3>\n<table class=\"by-dimension\">\n<thead><tr><th>",
                t("report.column.setting"), "</th><th>", t("report.column.setting"), "</th>");
        for (CserDimension d : CserDimension.values()) {
            add("<th class=\"num\" title=\"", escape(Names.dimension(d)), "\">", escape(Names.dimension(d)), "</th>");
        }
        add("<th class=\"num\">", t("report.column.ties"), "</th></tr></thead>\n<tbody>\n");
        List<String> settings = m.settings();
        for (int i = 0; i < settings.size(); i++) {
            for (int j = i + 1; j < settings.size(); j++) {
                String a = settings.get(i);
                String b = settings.get(j);
                int total = m.supportive(a, b);
                add("<tr", total == 0 ? " class=\"gap\"" : "", "><td>", settingName(a), "</td><td>", settingName(b),
                        "</td>");
                for (CserDimension d : CserDimension.values()) {
                    add("<td class=\"num\">", integer(m.supportive(a, b, d)), "</td>");
                }
                add("<td class=\"num\"><strong>", integer(total), "</strong></td></tr>\n");
            }
        }
        add("</tbody>\n</table>\n</section>\n");
    }

    private void matrix(Mesosystem m, int[][] cells, String css) {
        List<String> settings = m.settings();
        int max = 1;
        for (int[] row : cells) {
            for (int c : row) {
                max = Math.max(max, c);
            }
        }
        add("<table class=\"matrix ", css, "\">\n<thead><tr><th></th>");
        for (String s : settings) {
            add("<th scope=\"col\">", settingName(s), "</th>");
        }
        add("</tr></thead>\n<tbody>\n");
        for (int i = 0; i < settings.size(); i++) {
            add("<tr><th scope=\"row\">", settingName(settings.get(i)), "</th>");
            for (int j = 0; j < settings.size(); j++) {
                int c = cells[i][j];
                String cls = i == j ? "diagonal" : c == 0 ? "gap" : "linked";
                double alpha = c == 0 ? 0 : 0.12 + 0.6 * c / max;
                String style = c == 0 ? "" : String.format(Locale.ROOT,
                        " style=\"background-color: rgba(46, 125, 50, %.2f)\"", alpha);
                add("<td class=\"num ", cls, "\"", style, ">", integer(c), "</td>");
            }
            add("</tr>\n");
        }
        add("</tbody>\n</table>\n");
    }

    private void findings() {
        add("<section id=\"findings\">\n<h2>", t("report.findings"), "</h2>\n");
        if (diagnosis.findings().isEmpty()) {
            add("<p>", t("report.findings.none"), "</p>\n</section>\n");
            return;
        }
        add("<ul class=\"findings\">\n");
        for (Finding f : diagnosis.findings()) {
            add("<li class=\"", f.severity().id(), "\"><span class=\"badge ", f.severity().id(), "\">",
                    t(f.severity().nameKey()), "</span> <strong>", t(f.kind().nameKey()), ".</strong> ",
                    escape(f.message()), "</li>\n");
        }
        add("</ul>\n</section>\n");
    }

    private void recommendations() {
        add("<section id=\"recommendations\">\n<h2>", t("report.recommendations"), "</h2>\n");
        if (diagnosis.recommendations().isEmpty()) {
            add("<p>", t("report.recommendations.none"), "</p>\n</section>\n");
            return;
        }
        add("<ol class=\"recommendations\">\n");
        for (Recommendation r : diagnosis.recommendations()) {
            String from = ecosystem.actor(r.from()).map(a -> a.label()).orElse(r.from());
            String to = ecosystem.actor(r.to()).map(a -> a.label()).orElse(r.to());
            add("<li><strong>", escape(from), " — ", escape(to), "</strong>. ", escape(r.reason()),
                    "<br><span class=\"effect\">", t("report.recommendation.effect", r.effect()), "</span></li>\n");
        }
        add("</ol>\n</section>\n");
    }

    private static final String CSS = """
            :root { color-scheme: light; }
            body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
                   color: #1d2327; background: #fff; max-width: 60rem; margin: 2rem auto; padding: 0 1rem;
                   line-height: 1.45; }
            h1 { font-size: 1.7rem; margin-bottom: 0.2rem; }
            h2 { font-size: 1.3rem; border-bottom: 2px solid #2e7d32; padding-bottom: 0.2rem; margin-top: 2rem; }
            h3 { font-size: 1.05rem; margin-top: 1.4rem; }
            .description { font-size: 1.05rem; }
            .generated, .note, nav { color: #555; font-size: 0.9rem; }
            nav a { color: #2e7d32; }
            figure { margin: 0; }
            figure img { max-width: 100%; height: auto; border: 1px solid #ddd; }
            table { border-collapse: collapse; margin: 0.5rem 0; font-size: 0.92rem; }
            th, td { border: 1px solid #ccc; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
            thead th { background: #f1f4f1; }
            td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
            table.measures th { font-weight: normal; }
            table.matrix td { min-width: 2.5rem; }
            table.matrix td.gap, tr.gap td { background: #fdecea; color: #b3261e; }
            table.matrix td.diagonal { font-style: italic; }
            ul.findings { list-style: none; padding-left: 0; }
            ul.findings li { margin: 0.4rem 0; padding: 0.35rem 0.5rem; border-left: 4px solid #888; }
            ul.findings li.critical { border-color: #b3261e; background: #fdecea; }
            ul.findings li.warning { border-color: #c77700; background: #fff4e0; }
            ul.findings li.info { border-color: #1565c0; background: #eaf2fb; }
            .badge { display: inline-block; font-size: 0.75rem; font-weight: bold; text-transform: uppercase;
                     letter-spacing: 0.03em; padding: 0 0.35rem; border-radius: 0.2rem; color: #fff; background: #888; }
            .badge.critical { background: #b3261e; }
            .badge.warning { background: #c77700; }
            .badge.info { background: #1565c0; }
            ol.recommendations li { margin: 0.5rem 0; }
            .effect { color: #2e7d32; font-size: 0.92rem; }
            footer { margin-top: 2.5rem; color: #555; font-size: 0.85rem; border-top: 1px solid #ddd; }
            @media print {
              body { margin: 0; max-width: none; font-size: 10.5pt; }
              nav { display: none; }
              section { break-inside: auto; }
              h2, h3 { break-after: avoid; }
              table, figure, li { break-inside: avoid; }
              ul.findings li, .badge, table.matrix td, tr.gap td { -webkit-print-color-adjust: exact;
                     print-color-adjust: exact; }
              a { color: inherit; text-decoration: none; }
            }
            """;
}
