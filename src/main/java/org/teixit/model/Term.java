package org.teixit.model;

/**
 * One entry of a vocabulary. Built-in terms have an empty {@code label}: their name comes from the
 * resource bundle key {@code <category>.<id>}, so it follows the user's language; terms a map adds carry
 * their own label.
 */
public record Term(String id, String label) {
    public Term {
        id = Text.requireId(id, "term id");
        label = Text.orEmpty(label);
    }

    public String bundleKey(VocabularyCategory category) {
        return category.id() + "." + id;
    }
}
