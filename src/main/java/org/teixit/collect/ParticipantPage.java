package org.teixit.collect;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.teixit.model.CserDimension;
import org.teixit.model.Ecosystem;
import org.teixit.model.Term;
import org.teixit.model.Tie;
import org.teixit.model.Vocabulary;
import org.teixit.model.VocabularyCategory;

/**
 * The participant page, rendered on the server in the phone's language from {@code page.html}: every
 * {@code {{key}}} becomes the bundle's text, HTML-escaped; every {@code {{@name}}} a fragment built here
 * from escaped parts (the map's name, vocabulary, dimensions); {@code {{@data}}} the strings and labels
 * the script needs, as JSON that is safe inside the page. No actor names are on the page: the script asks
 * {@code /api/actors} once the participant has typed the join code.
 */
final class ParticipantPage {
    static final String RESOURCE_DIR = "/org/teixit/collect/";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(@?[A-Za-z0-9_.-]+)\\}\\}");
    private static final Map<String, String> LANGUAGE_NAMES = Map.of("en", "English", "ca", "Català", "es", "Español");
    private static final String TEMPLATE = resourceText("page.html");

    private ParticipantPage() {
    }

    static String resourceText(String name) {
        return new String(resourceBytes(name), StandardCharsets.UTF_8);
    }

    static byte[] resourceBytes(String name) {
        try (InputStream in = ParticipantPage.class.getResourceAsStream(RESOURCE_DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE_DIR + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page for {@code map} in {@code language}; fails on a placeholder without text (tests catch it). */
    static String render(Ecosystem map, String language) {
        CollectText text = CollectText.of(language);
        Vocabulary vocabulary = map.vocabulary();
        Map<String, String> fragments = new LinkedHashMap<>();
        fragments.put("@lang", Html.escape(text.language()));
        fragments.put("@mapName", Html.escape(Names.clean(map.name())));
        fragments.put("@languages", languages(text.language()));
        fragments.put("@dimensionsInfo", dimensionsInfo(text));
        fragments.put("@dimensionChoices", dimensionChoices(text));
        fragments.put("@strengthChoices", strengthChoices(text));
        fragments.put("@actorKindOptions", options(text, vocabulary, VocabularyCategory.ACTOR_KIND));
        fragments.put("@settingOptions", options(text, vocabulary, VocabularyCategory.SETTING));
        fragments.put("@tieKindOptions", options(text, vocabulary, VocabularyCategory.TIE_KIND));
        fragments.put("@maxName", Integer.toString(Names.MAX_LENGTH));
        fragments.put("@data", WebJson.text(data(text, vocabulary)));

        Matcher m = PLACEHOLDER.matcher(TEMPLATE);
        StringBuilder out = new StringBuilder(TEMPLATE.length() + 4096);
        while (m.find()) {
            String name = m.group(1);
            String value;
            if (name.startsWith("@")) {
                value = fragments.get(name);
                if (value == null) {
                    throw new IllegalStateException("page.html: unknown fragment " + name);
                }
            } else if (text.has(name)) {
                value = Html.escape(text.get(name));
            } else {
                throw new IllegalStateException("page.html: no text for " + name + " in " + language);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String languages(String current) {
        StringBuilder b = new StringBuilder();
        for (String lang : CollectText.LANGUAGES) {
            b.append("<a href=\"/?lang=").append(lang).append("\" hreflang=\"").append(lang).append("\" lang=\"")
                    .append(lang).append('"');
            if (lang.equals(current)) {
                b.append(" aria-current=\"true\"");
            }
            b.append('>').append(Html.escape(LANGUAGE_NAMES.get(lang))).append("</a>");
        }
        return b.toString();
    }

    private static String dimensionsInfo(CollectText text) {
        StringBuilder b = new StringBuilder();
        for (CserDimension d : CserDimension.values()) {
            b.append("<li><strong>").append(Html.escape(text.get("collect.dimension." + d.id() + ".plain")))
                    .append("</strong> <span class=\"official\">").append(Html.escape(text.get(d.nameKey())))
                    .append("</span>").append(Html.escape(text.get(d.descriptionKey()))).append("</li>");
        }
        return b.toString();
    }

    private static String dimensionChoices(CollectText text) {
        StringBuilder b = new StringBuilder();
        for (CserDimension d : CserDimension.values()) {
            b.append("<label class=\"check\"><input type=\"checkbox\" name=\"dimension\" value=\"").append(d.id())
                    .append("\"><span><strong>").append(Html.escape(text.get("collect.dimension." + d.id() + ".plain")))
                    .append("</strong><small>").append(Html.escape(text.get(d.nameKey()))).append("</small></span></label>");
        }
        return b.toString();
    }

    private static String strengthChoices(CollectText text) {
        StringBuilder b = new StringBuilder();
        for (int s = Tie.MIN_STRENGTH; s <= Tie.MAX_STRENGTH; s++) {
            b.append("<label class=\"strength\"><input type=\"radio\" value=\"").append(s).append('"');
            if (s == Tie.DEFAULT_STRENGTH) {
                b.append(" checked");
            }
            b.append("><span>").append(s).append("<small>")
                    .append(Html.escape(text.get("collect.strength." + s))).append("</small></span></label>");
        }
        return b.toString();
    }

    private static String options(CollectText text, Vocabulary vocabulary, VocabularyCategory category) {
        StringBuilder b = new StringBuilder("<option value=\"\">")
                .append(Html.escape(text.get("collect.page.choose"))).append("</option>");
        for (Term t : vocabulary.terms(category)) {
            b.append("<option value=\"").append(Html.escape(t.id())).append("\">")
                    .append(Html.escape(Names.clean(text.term(vocabulary, category, t.id())))).append("</option>");
        }
        return b.toString();
    }

    /** What the script needs: its strings (ready to show, {0} left for it to fill) and vocabulary labels. */
    private static Map<String, Object> data(CollectText text, Vocabulary vocabulary) {
        Map<String, Object> strings = new LinkedHashMap<>();
        for (String key : CollectTextKeys.SCRIPT_KEYS) {
            String pattern = text.pattern("collect.js." + key).orElseThrow(
                    () -> new IllegalStateException("no text for collect.js." + key + " in " + text.language()));
            // patterns with arguments are MessageFormat patterns ('' for '); the script fills {0} itself
            strings.put(key, pattern.contains("{") ? new MessageFormat(pattern, Locale.ROOT)
                    .format(new Object[] {"{0}", "{1}", "{2}"}) : pattern);
        }
        Map<String, Object> labels = new LinkedHashMap<>();
        for (VocabularyCategory c : VocabularyCategory.values()) {
            Map<String, String> terms = new LinkedHashMap<>();
            vocabulary.terms(c).forEach(t -> terms.put(t.id(), Names.clean(text.term(vocabulary, c, t.id()))));
            labels.put(c.id(), terms);
        }
        Map<String, String> dims = new LinkedHashMap<>();
        for (CserDimension d : CserDimension.values()) {
            dims.put(d.id(), text.get("collect.dimension." + d.id() + ".plain"));
        }
        labels.put("dimension", dims);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("lang", text.language());
        data.put("maxName", Names.MAX_LENGTH);
        data.put("maxTies", Submission.MAX_TIES);
        data.put("strings", strings);
        data.put("labels", labels);
        return data;
    }

    /** The app's own static files: a fixed allow-list, nothing else is ever read from disk or the jar. */
    record Asset(String contentType, byte[] bytes) {
    }

    static final Map<String, Asset> ASSETS = Map.of(
            "/app.js", new Asset("text/javascript; charset=utf-8", resourceBytes("app.js")),
            "/app.css", new Asset("text/css; charset=utf-8", resourceBytes("app.css")),
            "/favicon.svg", new Asset("image/svg+xml", resourceBytes("favicon.svg")));
}
