package org.teixit.analysis.diagnose;

import java.util.List;

import org.teixit.i18n.Messages;
import org.teixit.model.CserDimension;
import org.teixit.model.Term;
import org.teixit.model.Vocabulary;
import org.teixit.model.VocabularyCategory;

/**
 * Display names in the user's language for the text of findings, recommendations and reports: a map's own
 * terms by their label, built-in terms by their bundle name ({@code setting.family}, …), CSER dimensions by
 * {@code dimension.<id>.name}; and lists of names joined the way the language joins them.
 */
public final class Names {
    private Names() {
    }

    /** A setting, actor kind or tie kind by its display name; the id itself when nothing better is known. */
    public static String term(Vocabulary vocabulary, VocabularyCategory category, String id) {
        if (id == null || id.isEmpty()) {
            return category == VocabularyCategory.SETTING ? Messages.get("analysis.no-setting") : "";
        }
        Term term = vocabulary.find(category, id).orElse(null);
        if (term != null && !term.label().isEmpty()) {
            return term.label();
        }
        String key = category.id() + "." + id;
        return Messages.has(key) ? Messages.get(key) : id;
    }

    public static String setting(Vocabulary vocabulary, String id) {
        return term(vocabulary, VocabularyCategory.SETTING, id);
    }

    public static String dimension(CserDimension d) {
        return Messages.has(d.nameKey()) ? Messages.get(d.nameKey()) : d.englishName();
    }

    /** A name in the language's quotation marks, for names that read badly inside a sentence. */
    public static String quoted(String name) {
        return Messages.get("names.quoted", name);
    }

    /**
     * "A", "A and B", "A, B and C", or "A, B, C and 4 more" when there are more than {@code max} names
     * (at least 1), in the user's language.
     */
    public static String list(List<String> names, int max) {
        int n = names.size();
        if (n == 0) {
            return "";
        }
        if (n == 1) {
            return names.get(0);
        }
        int shown = Math.max(1, max);
        if (n <= shown) {
            return Messages.get("names.list.two", String.join(", ", names.subList(0, n - 1)), names.get(n - 1));
        }
        return Messages.get("names.list.more", String.join(", ", names.subList(0, shown)), n - shown);
    }
}
