package org.teixit.ui;

import org.teixit.i18n.Messages;
import org.teixit.model.Term;
import org.teixit.model.VocabularyCategory;

/** Display names for vocabulary terms: the bundle's name for built-in terms, the map's label otherwise. */
public final class Text {
    private Text() {
    }

    public static String term(VocabularyCategory category, Term term) {
        if (!term.label().isEmpty()) {
            return term.label();
        }
        String key = term.bundleKey(category);
        return Messages.has(key) ? Messages.get(key) : term.id();
    }

    public static String term(VocabularyCategory category, String id, org.teixit.model.Vocabulary vocabulary) {
        if (id == null || id.isEmpty()) {
            return "";
        }
        return vocabulary.find(category, id).map(t -> term(category, t)).orElse(id);
    }
}
