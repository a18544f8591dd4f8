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
 * How actors look in Teixit, for Gephi: the colour of their setting (the map's palette, in vocabulary
 * order) and a size that grows with the square root of their number of ties, as on Teixit's map.
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

    double size(Actor a) {
        return 4 + 2.2 * Math.sqrt(degree.getOrDefault(a.id(), 0));
    }
}
