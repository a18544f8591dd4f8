package org.teixit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

import org.junit.jupiter.api.Test;
import org.teixit.model.Actor;
import org.teixit.model.CserDimension;
import org.teixit.model.Ecosystem;
import org.teixit.model.Tie;
import org.teixit.style.Theme;

/** The legend says what every line on the map means: grey ties (no CSER dimension) get a row when there are any. */
class LegendTest {

    @Test
    void greyTiesGetARowOnlyWhenTheMapHasThem() {
        Ecosystem tagged = map(Tie.of("t1", "a", "b", "support", CserDimension.FUNDS));
        Ecosystem untagged = map(Tie.of("t1", "a", "b", "support", CserDimension.FUNDS), Tie.of("t2", "b", "c", "support"));
        RenderOptions options = RenderOptions.defaults(Theme.LIGHT);
        Rectangle2D without = box(tagged, options);
        Rectangle2D with = box(untagged, options);
        assertTrue(with.getHeight() > without.getHeight(), without + " then " + with);
        assertEquals(without.getWidth(), with.getWidth(), 40, "the same legend, one row more");
    }

    private static Ecosystem map(Tie... ties) {
        Ecosystem.Builder b = Ecosystem.builder("m").actor(Actor.of("a", "A", "", "")).actor(Actor.of("b", "B", "", ""))
                .actor(Actor.of("c", "C", "", ""));
        for (Tie t : ties) {
            b.tie(t);
        }
        return b.build();
    }

    private static Rectangle2D box(Ecosystem map, RenderOptions options) {
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB).createGraphics();
        try {
            return new Legend().box(g, options, new SettingColours(map, options.colourBy()), 800);
        } finally {
            g.dispose();
        }
    }
}
