package org.teixit.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.teixit.model.Ecosystem;
import org.teixit.model.Term;
import org.teixit.model.VocabularyCategory;
import org.teixit.style.Palette;
import org.teixit.style.Rgb;

/** Gives each setting of a map its colour, in vocabulary order, so the legend and the map agree. */
final class SettingColours {
    private final Map<String, Rgb> colours = new HashMap<>();
    private final List<Term> settings;

    SettingColours(Ecosystem ecosystem) {
        settings = ecosystem.vocabulary().terms(VocabularyCategory.SETTING);
        for (int i = 0; i < settings.size(); i++) {
            colours.put(settings.get(i).id(), Palette.setting(i));
        }
    }

    Rgb of(String setting) {
        return colours.getOrDefault(setting, Palette.NO_DIMENSION);
    }

    List<Term> settings() {
        return settings;
    }
}
