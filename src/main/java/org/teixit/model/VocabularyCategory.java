package org.teixit.model;

/** The open lists a map can extend: where actors live, what they are, and how they relate. */
public enum VocabularyCategory {
    /** Bronfenbrenner's settings: family and home, school, community services, … */
    SETTING("setting"),
    /** What an actor is: a person, a group, an organisation, … */
    ACTOR_KIND("actor-kind"),
    /** What a tie carries: collaboration, information, support, … */
    TIE_KIND("tie-kind");

    private final String id;

    VocabularyCategory(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static VocabularyCategory fromId(String id) {
        for (VocabularyCategory c : values()) {
            if (c.id.equals(id)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown vocabulary category: " + id);
    }
}
