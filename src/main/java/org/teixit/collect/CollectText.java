package org.teixit.collect;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

import org.teixit.model.Term;
import org.teixit.model.Vocabulary;
import org.teixit.model.VocabularyCategory;

/**
 * The workshop's text in one language, chosen per request (a phone's language, not the laptop's): the
 * {@code collect} bundle first, then the core {@code messages} bundle (dimension names and descriptions,
 * vocabulary names). Unlike {@link ResourceBundle#getBundle(String, Locale)} with the default control,
 * an English phone gets English even on a Catalan laptop (no fallback to the default locale).
 */
public final class CollectText {
    /** The bundle to register in {@code org.teixit.i18n.Messages.BUNDLES}. */
    public static final String BUNDLE = "org.teixit.i18n.collect";
    static final String CORE_BUNDLE = "org.teixit.i18n.messages";
    /** The languages the participant page speaks, in the order of its language switch. */
    public static final List<String> LANGUAGES = List.of("en", "ca", "es");
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final List<ResourceBundle> bundles;

    private CollectText(Locale locale) {
        this.locale = locale;
        this.bundles = List.of(ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK),
                ResourceBundle.getBundle(CORE_BUNDLE, locale, NO_FALLBACK));
    }

    /** Text in {@code language} ({@code en}, {@code ca} or {@code es}; anything else is English). */
    public static CollectText of(String language) {
        return new CollectText(Locale.forLanguageTag(LANGUAGES.contains(language) ? language : "en"));
    }

    /** Text in the JVM's default language when the page speaks it, else English (for the command line). */
    public static CollectText forDefaultLocale() {
        return of(Locale.getDefault().getLanguage());
    }

    /**
     * The page's language: {@code ?lang=} when it names one, else the best match of the browser's
     * {@code Accept-Language}, else {@code fallback}.
     */
    static String negotiate(String langParam, String acceptLanguage, String fallback) {
        if (langParam != null && LANGUAGES.contains(langParam)) {
            return langParam;
        }
        if (acceptLanguage != null && !acceptLanguage.isBlank() && acceptLanguage.length() < 512) {
            try {
                String best = Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), LANGUAGES);
                if (best != null) {
                    return best;
                }
            } catch (IllegalArgumentException malformedHeader) {
                // fall through to the default
            }
        }
        return LANGUAGES.contains(fallback) ? fallback : "en";
    }

    public String language() {
        return locale.getLanguage().isEmpty() ? "en" : locale.getLanguage();
    }

    /** The pattern stored under {@code key}, or empty. */
    Optional<String> pattern(String key) {
        for (ResourceBundle b : bundles) {
            if (b.containsKey(key)) {
                return Optional.of(b.getString(key));
            }
        }
        return Optional.empty();
    }

    public boolean has(String key) {
        return pattern(key).isPresent();
    }

    /**
     * The text of {@code key}, formatted with {@code args} like {@code Messages.get} (with arguments a
     * value is a {@link MessageFormat} pattern, so it writes apostrophes as {@code ''}); {@code !key!} when
     * missing.
     */
    public String get(String key, Object... args) {
        String pattern = pattern(key).orElse(null);
        if (pattern == null) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** The name of a vocabulary term: the bundle's for built-in terms, the map's own label otherwise. */
    public String term(Vocabulary vocabulary, VocabularyCategory category, String id) {
        Optional<Term> term = vocabulary.find(category, id);
        if (term.isPresent() && !term.get().label().isEmpty()) {
            return term.get().label();
        }
        String key = category.id() + "." + id;
        return has(key) ? get(key) : id;
    }
}
