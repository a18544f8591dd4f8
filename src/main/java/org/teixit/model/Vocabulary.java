package org.teixit.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The settings, actor kinds and tie kinds a map knows, each an ordered list of {@link Term}s. Starts from
 * sensible defaults; a map may add its own terms. Immutable.
 */
public final class Vocabulary {
    private static final Map<VocabularyCategory, List<String>> DEFAULT_IDS = Map.of(
            VocabularyCategory.SETTING,
            List.of("family", "school", "community", "associations", "administration", "digital"),
            VocabularyCategory.ACTOR_KIND,
            List.of("person", "group", "organisation", "institution", "channel"),
            VocabularyCategory.TIE_KIND,
            List.of("collaboration", "information", "support", "trust", "resources"));

    private static final Vocabulary DEFAULTS = buildDefaults();

    private final Map<VocabularyCategory, Map<String, Term>> terms;

    private Vocabulary(Map<VocabularyCategory, Map<String, Term>> terms) {
        this.terms = terms;
    }

    public static Vocabulary defaults() {
        return DEFAULTS;
    }

    public static boolean isBuiltIn(VocabularyCategory category, String id) {
        return DEFAULT_IDS.get(category).contains(id);
    }

    private static Vocabulary buildDefaults() {
        Map<VocabularyCategory, Map<String, Term>> map = new EnumMap<>(VocabularyCategory.class);
        for (VocabularyCategory c : VocabularyCategory.values()) {
            Map<String, Term> list = new LinkedHashMap<>();
            DEFAULT_IDS.get(c).forEach(id -> list.put(id, new Term(id, "")));
            map.put(c, Collections.unmodifiableMap(list));
        }
        return new Vocabulary(Collections.unmodifiableMap(map));
    }

    public List<Term> terms(VocabularyCategory category) {
        return List.copyOf(terms.get(category).values());
    }

    public Optional<Term> find(VocabularyCategory category, String id) {
        return Optional.ofNullable(terms.get(category).get(id));
    }

    public boolean contains(VocabularyCategory category, String id) {
        return terms.get(category).containsKey(id);
    }

    /** This vocabulary plus {@code term}; the same instance when the id is already known. */
    public Vocabulary with(VocabularyCategory category, Term term) {
        if (contains(category, term.id())) {
            return this;
        }
        Map<VocabularyCategory, Map<String, Term>> copy = new EnumMap<>(terms);
        Map<String, Term> list = new LinkedHashMap<>(terms.get(category));
        list.put(term.id(), term);
        copy.put(category, Collections.unmodifiableMap(list));
        return new Vocabulary(Collections.unmodifiableMap(copy));
    }

    /** Terms added to the defaults, category by category, for storage. */
    public Map<VocabularyCategory, List<Term>> additions() {
        Map<VocabularyCategory, List<Term>> out = new EnumMap<>(VocabularyCategory.class);
        terms.forEach((c, list) -> {
            List<Term> added = new ArrayList<>();
            list.values().forEach(t -> {
                if (!isBuiltIn(c, t.id())) {
                    added.add(t);
                }
            });
            out.put(c, List.copyOf(added));
        });
        return out;
    }

    /** Adds every setting, actor kind and tie kind {@code ecosystem}'s data uses but this list lacks. */
    public Vocabulary including(Iterable<Actor> actors, Iterable<Tie> ties) {
        Vocabulary v = this;
        for (Actor a : actors) {
            if (!a.setting().isEmpty()) {
                v = v.with(VocabularyCategory.SETTING, new Term(a.setting(), a.setting()));
            }
            if (!a.kind().isEmpty()) {
                v = v.with(VocabularyCategory.ACTOR_KIND, new Term(a.kind(), a.kind()));
            }
        }
        for (Tie t : ties) {
            if (!t.kind().isEmpty()) {
                v = v.with(VocabularyCategory.TIE_KIND, new Term(t.kind(), t.kind()));
            }
        }
        return v;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Vocabulary v && terms.equals(v.terms);
    }

    @Override
    public int hashCode() {
        return terms.hashCode();
    }
}
