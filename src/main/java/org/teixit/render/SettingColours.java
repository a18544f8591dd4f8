package org.teixit.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.teixit.model.Actor;
import org.teixit.model.Ecosystem;
import org.teixit.model.Term;
import org.teixit.model.VocabularyCategory;
import org.teixit.style.Palette;
import org.teixit.style.Rgb;

/**
 * Gives each setting (or each actor kind) of a map its colour, in vocabulary order, so the legend and the
 * map agree.
 */
final class SettingColours {
    private final Map<String, Rgb> colours = new HashMap<>();
    private final List<Term> terms;
    private final VocabularyCategory category;

    private final Ecosystem ecosystem;
    private Boolean tiesWithoutDimension;

    SettingColours(Ecosystem ecosystem, VocabularyCategory category) {
        this.category = category;
        this.ecosystem = ecosystem;
        terms = ecosystem.vocabulary().terms(category);
        for (int i = 0; i < terms.size(); i++) {
            colours.put(terms.get(i).id(), Palette.setting(i));
        }
    }

    /**
     * Whether some tie has no CSER dimension (drawn grey: the legend then says what grey means); looked up
     * once, and only where a legend is drawn.
     */
    boolean tiesWithoutDimension() {
        if (tiesWithoutDimension == null) {
            tiesWithoutDimension = ecosystem.ties().stream().anyMatch(t -> t.dimensions().isEmpty());
        }
        return tiesWithoutDimension;
    }

    Rgb of(Actor actor) {
        return colours.getOrDefault(category == VocabularyCategory.ACTOR_KIND ? actor.kind() : actor.setting(),
                Palette.NO_DIMENSION);
    }

    Rgb ofTerm(String id) {
        return colours.getOrDefault(id, Palette.NO_DIMENSION);
    }

    List<Term> settings() {
        return terms;
    }

    VocabularyCategory category() {
        return category;
    }
}
