package org.teixit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.EnumSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.teixit.model.CserDimension;
import org.teixit.model.Ecosystem;
import org.teixit.sample.SampleEcosystem;
import org.teixit.style.Theme;

/**
 * Labels keep clear of the legend, which is drawn over the map's bottom-left corner: inside its box a map
 * with labels looks exactly like the same map without them (a label placed there would show through the
 * legend's translucent box, cut off, as "…ils, primary cycles (6–12)" did at the window's usual size).
 */
class LegendClearanceTest {

    @ParameterizedTest
    @CsvSource({"840, 560, LIGHT", "1000, 600, LIGHT", "1100, 700, PROJECTOR", "640, 420, DARK"})
    void noLabelIsDrawnUnderTheLegend(int width, int height, Theme theme) {
        Ecosystem map = SampleEcosystem.load();
        RenderOptions withLabels = new RenderOptions(theme, EnumSet.allOf(CserDimension.class), true, true, 1);
        RenderOptions noLabels = new RenderOptions(theme, EnumSet.allOf(CserDimension.class), false, true, 1);
        Viewport v = new MapRenderer().fitted(map, width, height, withLabels); // the same for both pictures
        BufferedImage labelled = render(map, v, width, height, withLabels);
        BufferedImage plain = render(map, v, width, height, noLabels);

        Rectangle2D box = legendBox(map, withLabels, height);
        int differing = 0;
        for (int y = (int) box.getMinY(); y < (int) box.getMaxY() && y < height; y++) {
            for (int x = (int) box.getMinX(); x < (int) box.getMaxX() && x < width; x++) {
                if (labelled.getRGB(x, y) != plain.getRGB(x, y)) {
                    differing++;
                }
            }
        }
        assertEquals(0, differing, "pixels of labels inside the legend's box " + box);
        assertTrue(MapFramesTest.differing(labelled, plain) > 500, "the map has labels at all");
    }

    private static BufferedImage render(Ecosystem map, Viewport v, int width, int height, RenderOptions options) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        try {
            new MapRenderer().render(g, map, v, width, height, options);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static Rectangle2D legendBox(Ecosystem map, RenderOptions options, int height) {
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB).createGraphics();
        try {
            return new Legend().box(g, options, new SettingColours(map, options.colourBy()), height);
        } finally {
            g.dispose();
        }
    }
}
