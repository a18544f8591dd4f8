package org.teixit.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable snapshot of one learning ecosystem: its actors, the ties between them, and the vocabulary
 * they use. Every tie's ends are actors of the same snapshot; ids are unique.
 */
public final class Ecosystem {
    private final String name;
    private final String description;
    private final Map<String, Actor> actors;
    private final Map<String, Tie> ties;
    private final Vocabulary vocabulary;
    /** Each actor's ties, built on the first {@link #tiesOf} call (the map never changes after that). */
    private volatile Map<String, List<Tie>> incidence;

    private Ecosystem(String name, String description, Map<String, Actor> actors, Map<String, Tie> ties,
                      Vocabulary vocabulary) {
        this.name = name;
        this.description = description;
        this.actors = actors;
        this.ties = ties;
        this.vocabulary = vocabulary;
    }

    public static Ecosystem empty(String name) {
        return builder(name).build();
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    public Builder toBuilder() {
        Builder b = new Builder(name).description(description).vocabulary(vocabulary);
        actors.values().forEach(b::actor);
        ties.values().forEach(b::tie);
        return b;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public Collection<Actor> actors() {
        return actors.values();
    }

    public Collection<Tie> ties() {
        return ties.values();
    }

    public Optional<Actor> actor(String id) {
        return Optional.ofNullable(actors.get(id));
    }

    public Optional<Tie> tie(String id) {
        return Optional.ofNullable(ties.get(id));
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    public int actorCount() {
        return actors.size();
    }

    public int tieCount() {
        return ties.size();
    }

    /** How many ties serve each dimension; a tie in two dimensions counts in both. */
    public Map<CserDimension, Integer> tiesPerDimension() {
        Map<CserDimension, Integer> counts = new EnumMap<>(CserDimension.class);
        for (CserDimension d : CserDimension.values()) {
            counts.put(d, 0);
        }
        ties.values().forEach(t -> t.dimensions().forEach(d -> counts.merge(d, 1, Integer::sum)));
        return counts;
    }

    /** The ties that touch {@code actorId}, in map order (a loop once); O(1) after the first call. */
    public List<Tie> tiesOf(String actorId) {
        Map<String, List<Tie>> index = incidence;
        if (index == null) {
            index = new HashMap<>(actors.size() * 2);
            for (Tie t : ties.values()) {
                index.computeIfAbsent(t.source(), k -> new ArrayList<>(4)).add(t);
                if (!t.target().equals(t.source())) {
                    index.computeIfAbsent(t.target(), k -> new ArrayList<>(4)).add(t);
                }
            }
            index.replaceAll((k, v) -> Collections.unmodifiableList(v));
            incidence = index;
        }
        return index.getOrDefault(actorId, List.of());
    }

    /** Same name, description, vocabulary, actors and ties; the order of actors and ties does not count. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Ecosystem e && name.equals(e.name) && description.equals(e.description)
                && actors.equals(e.actors) && ties.equals(e.ties)
                && vocabulary.equals(e.vocabulary);
    }

    @Override
    public int hashCode() {
        return actors.hashCode() * 31 + ties.hashCode();
    }

    @Override
    public String toString() {
        return "Ecosystem[" + name + ", " + actors.size() + " actors, " + ties.size() + " ties]";
    }

    /** Collects actors and ties, then checks ids and tie ends once in {@link #build()}. */
    public static final class Builder {
        private String name;
        private String description = "";
        private final Map<String, Actor> actors = new LinkedHashMap<>();
        private final Map<String, Tie> ties = new LinkedHashMap<>();
        private Vocabulary vocabulary = Vocabulary.defaults();

        private Builder(String name) {
            name(name);
        }

        public Builder name(String newName) {
            this.name = newName == null || newName.isBlank() ? "Untitled ecosystem" : newName.strip();
            return this;
        }

        public Builder description(String newDescription) {
            this.description = Text.orEmpty(newDescription);
            return this;
        }

        public Builder vocabulary(Vocabulary newVocabulary) {
            this.vocabulary = newVocabulary;
            return this;
        }

        /** Adds or replaces (same id) an actor. */
        public Builder actor(Actor actor) {
            actors.put(actor.id(), actor);
            return this;
        }

        /** Adds or replaces (same id) a tie. */
        public Builder tie(Tie tie) {
            ties.put(tie.id(), tie);
            return this;
        }

        public Builder removeActor(String id) {
            actors.remove(id);
            ties.values().removeIf(t -> t.touches(id));
            return this;
        }

        public Builder removeTie(String id) {
            ties.remove(id);
            return this;
        }

        public boolean hasActor(String id) {
            return actors.containsKey(id);
        }

        public boolean hasTie(String id) {
            return ties.containsKey(id);
        }

        /**
         * @throws IllegalStateException when a tie names an actor that is not in the ecosystem
         */
        public Ecosystem build() {
            for (Tie t : ties.values()) {
                if (!actors.containsKey(t.source()) || !actors.containsKey(t.target())) {
                    String missing = actors.containsKey(t.source()) ? t.target() : t.source();
                    throw new IllegalStateException("tie " + t.id() + " names unknown actor " + missing);
                }
            }
            Vocabulary complete = vocabulary.including(actors.values(), ties.values());
            return new Ecosystem(name, description, Collections.unmodifiableMap(new LinkedHashMap<>(actors)),
                    Collections.unmodifiableMap(new LinkedHashMap<>(ties)), complete);
        }
    }
}
