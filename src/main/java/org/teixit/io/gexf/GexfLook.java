package org.teixit.io.gexf;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.teixit.model.Actor;
import org.teixit.model.Ecosystem;
import org.teixit.model.Term;
import org.teixit.model.Tie;
import org.teixit.model.VocabularyCategory;
import org.teixit.style.Palette;
import org.teixit.style.Rgb;

/**
 * How the map looks in Teixit, for Gephi: actors in the colour of their setting (the map's palette, in
 * vocabulary order) with a size that grows with the square root of their number of ties; ties in the
 * colour of their first CSER dimension, thicker when stronger.
 */
final class GexfLook {
    private final Map<String, Rgb> settingColours = new HashMap<>();
    private final Map<String, Integer> degree = new HashMap<>();

    GexfLook(Ecosystem map) {
        List<Term> settings = map.vocabulary().terms(VocabularyCategory.SETTING);
        for (int i = 0; i < settings.size(); i++) {
            settingColours.put(settings.get(i).id(), Palette.setting(i));
        }
        for (Tie t : map.ties()) {
            degree.merge(t.source(), 1, Integer::sum);
            if (!t.isLoop()) {
                degree.merge(t.target(), 1, Integer::sum);
            }
        }
    }

    Rgb colour(Actor a) {
        return settingColours.getOrDefault(a.setting(), Palette.NO_DIMENSION);
    }

    /** A tie's colour: its first CSER dimension's, grey when it has none (as on Teixit's map). */
    static Rgb colour(Tie t) {
        return t.dimensions().isEmpty() ? Palette.NO_DIMENSION : Palette.dimension(t.dimensions().iterator().next());
    }

    /** A tie's width, growing with its strength as on Teixit's map. */
    static double thickness(Tie t) {
        return 0.6 + 0.5 * t.strength();
    }

    double size(Actor a) {
        return 4 + 2.2 * Math.sqrt(degree.getOrDefault(a.id(), 0));
    }
}
