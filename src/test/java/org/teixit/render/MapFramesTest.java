package org.teixit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.teixit.bench.GeneratedMaps;
import org.teixit.model.Actor;
import org.teixit.model.Ecosystem;
import org.teixit.model.Tie;
import org.teixit.sample.SampleEcosystem;
import org.teixit.style.Theme;

/**
 * Full frames look exactly as the renderer draws the view alone; gesture frames are the kept full frame
 * moved (and scaled) to the new viewport.
 */
class MapFramesTest {
    private static final int W = 640;
    private static final int H = 420;

    private static BufferedImage direct(Ecosystem map, Viewport v, RenderOptions options, Highlight highlight) {
        BufferedImage image = new BufferedImage(W, H, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        try {
            new MapRenderer().render(g, map, v, W, H, options, highlight);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** How many pixels differ between two pictures of the same size (LegendClearanceTest uses it too). */
    static int differing(BufferedImage a, BufferedImage b) {
        assertEquals(a.getWidth(), b.getWidth());
        assertEquals(a.getHeight(), b.getHeight());
        int n = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    n++;
                }
            }
        }
        return n;
    }

    /** The largest difference of any channel of any pixel. */
    private static int largestDifference(BufferedImage a, BufferedImage b) {
        int largest = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int shift = 0; shift < 32; shift += 8) {
                    largest = Math.max(largest, Math.abs(((p >> shift) & 255) - ((q >> shift) & 255)));
                }
            }
        }
        return largest;
    }

    private static Highlight hovering(Ecosystem map) {
        Actor a = map.actors().iterator().next();
        Set<String> emphasised = new HashSet<>();
        emphasised.add(a.id());
        for (Tie t : map.tiesOf(a.id())) {
            emphasised.add(t.otherEnd(a.id()));
        }
        return new Highlight(a.id(), map.ties().iterator().next().id(), a.id(), emphasised);
    }

    /**
     * The full frame is drawn with a margin, i.e. every coordinate shifted by it: anti-aliased edges may round
     * one level differently on a few pixels, and nothing else may change (no label placed differently, no
     * other level of detail).
     */
    @Test
    void aFullFrameLooksAsTheViewDrawnAlone() {
        for (Ecosystem map : new Ecosystem[] {SampleEcosystem.load(), GeneratedMaps.generate(3_000, 9_000, 5)}) {
            Viewport fit = Viewport.fit(map.actors(), W, H, 60);
            for (Theme theme : Theme.values()) {
                RenderOptions options = RenderOptions.defaults(theme);
                for (Viewport v : new Viewport[] {fit, fit.zoomed(3, 200, 150).panned(13, -7)}) {
                    for (Highlight h : new Highlight[] {Highlight.NONE, hovering(map)}) {
                        MapFrames frames = new MapFrames(new MapRenderer());
                        BufferedImage frame = frames.full(map, map, v, W, H, options, h);
                        BufferedImage alone = direct(map, v, options, h);
                        String what = map + ", " + theme + ", " + v + ", " + h;
                        assertTrue(differing(alone, frame) <= W * H / 2_000, what);
                        assertTrue(largestDifference(alone, frame) <= 2, what);
                    }
                }
            }
        }
    }

    @Test
    void aPanGestureFrameIsTheLastFrameMoved() {
        Ecosystem map = GeneratedMaps.generate(1_500, 4_500, 8);
        RenderOptions options = RenderOptions.defaults(Theme.LIGHT).withLegend(false);
        Viewport v = Viewport.fit(map.actors(), W, H, 60).zoomed(2, W / 2.0, H / 2.0);
        MapFrames frames = new MapFrames(new MapRenderer());
        BufferedImage rest = frames.full(map, map, v, W, H, options, Highlight.NONE);
        int dx = -37;
        int dy = -41;
        BufferedImage moved = frames.moved(v.panned(dx, dy));
        int compared = 0;
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                int sx = x - dx;
                int sy = y - dy;
                if (sx >= 0 && sy >= 0 && sx < W && sy < H) {
                    assertEquals(rest.getRGB(sx, sy), moved.getRGB(x, y), "at " + x + ", " + y);
                    compared++;
                }
            }
        }
        assertTrue(compared > W * H / 2);
        // Where the view moved into the margin, the margin's drawing shows, not a blank.
        int drawn = 0;
        int background = MapRenderer.awt(options.theme().background()).getRGB();
        for (int y = H + dy; y < H; y++) {
            for (int x = 0; x < W; x++) {
                drawn += moved.getRGB(x, y) != background ? 1 : 0;
            }
        }
        assertTrue(drawn > 500, "the margin below should have ties and dots, has " + drawn);
    }

    @Test
    void beyondTheMarginAGestureFrameShowsTheBackground() {
        Ecosystem map = GeneratedMaps.generate(1_500, 4_500, 8);
        RenderOptions options = RenderOptions.defaults(Theme.DARK).withLegend(false);
        Viewport v = Viewport.fit(map.actors(), W, H, 60).zoomed(2, W / 2.0, H / 2.0);
        MapFrames frames = new MapFrames(new MapRenderer());
        frames.full(map, map, v, W, H, options, Highlight.NONE);
        int margin = (int) Math.round(MapFrames.MARGIN_SHARE * W);
        int dx = margin + 50;
        BufferedImage moved = frames.moved(v.panned(dx, 0));
        int background = MapRenderer.awt(options.theme().background()).getRGB();
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < 50; x++) {
                assertEquals(background, moved.getRGB(x, y));
            }
        }
    }

    @Test
    void aZoomGestureFrameIsTheLastFrameScaled() {
        Ecosystem map = GeneratedMaps.generate(1_500, 4_500, 8);
        RenderOptions options = RenderOptions.defaults(Theme.LIGHT).withLegend(false);
        Viewport v = Viewport.fit(map.actors(), W, H, 60);
        MapFrames frames = new MapFrames(new MapRenderer());
        BufferedImage rest = frames.full(map, map, v, W, H, options, Highlight.NONE);
        // Twice the size around pixel (200, 100): frame pixel (x, y) shows rest pixel (100 + (x - 200) / 2, …).
        BufferedImage zoomed = frames.moved(v.zoomed(2, 200, 100));
        int same = 0;
        int compared = 0;
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                int sx = Math.floorDiv(x + 200, 2);
                int sy = Math.floorDiv(y + 100, 2);
                if (sx < W && sy < H) {
                    compared++;
                    same += rest.getRGB(sx, sy) == zoomed.getRGB(x, y) ? 1 : 0;
                }
            }
        }
        assertTrue(compared > W * H / 2);
        assertEquals(compared, same, "pixels of the scaled copy");
    }

    @Test
    void theLegendStaysWhereItIsDuringAGesture() {
        Ecosystem map = SampleEcosystem.load();
        // without labels, which keep clear of the legend and so are placed differently without it
        RenderOptions labelled = RenderOptions.defaults(Theme.LIGHT);
        RenderOptions options = new RenderOptions(labelled.theme(), labelled.dimensions(), false, true, 1);
        Viewport v = Viewport.fit(map.actors(), W, H, 60);
        MapFrames frames = new MapFrames(new MapRenderer());
        frames.full(map, map, v, W, H, options, Highlight.NONE);
        BufferedImage withLegend = frames.moved(v.panned(25, 10));
        MapFrames plain = new MapFrames(new MapRenderer());
        plain.full(map, map, v, W, H, options.withLegend(false), Highlight.NONE);
        BufferedImage without = plain.moved(v.panned(25, 10));
        // The legend covers the bottom-left corner, as in a full frame, and nothing else.
        assertTrue(differing(withLegend, without) > 1_000);
        for (int y = 0; y < H; y++) {
            for (int x = W * 3 / 4; x < W; x++) {
                assertEquals(without.getRGB(x, y), withLegend.getRGB(x, y));
            }
        }
    }

    @Test
    void aGestureFrameIsMadeFromTheFrameCheckedEvenIfAnotherIsKeptMeanwhile() {
        Ecosystem map = SampleEcosystem.load();
        RenderOptions options = RenderOptions.defaults(Theme.LIGHT);
        Viewport v = Viewport.fit(map.actors(), W, H, 60);
        Viewport panned = v.panned(30, -12);
        MapFrames frames = new MapFrames(new MapRenderer());
        frames.full(map, map, v, W, H, options, Highlight.NONE);
        BufferedImage expected = frames.moved(panned);
        Object checked = frames.movable(map, W, H, options, Highlight.NONE);
        // the painter finishes an older frame drawn with a hover (the user has since moved off the actor)
        frames.full(map, map, v, W, H, options, hovering(map));
        assertFalse(frames.canMove(map, W, H, options, Highlight.NONE), "the kept frame has the hover now");
        BufferedImage moved = frames.moved(checked, panned, null, () -> true);
        assertEquals(0, differing(expected, moved), "no hover from the other kept frame");
        assertEquals(null, frames.moved(checked, panned, null, () -> false), "an outdated frame is not drawn");
    }

    @Test
    void onlyAViewportChangeMayBeShownByMovingTheLastFrame() {
        Ecosystem map = SampleEcosystem.load();
        RenderOptions options = RenderOptions.defaults(Theme.LIGHT);
        Viewport v = Viewport.fit(map.actors(), W, H, 60);
        MapFrames frames = new MapFrames(new MapRenderer());
        assertFalse(frames.canMove(map, W, H, options, Highlight.NONE));
        assertThrows(IllegalStateException.class, () -> frames.moved(v));
        frames.full(map, map, v, W, H, options, Highlight.NONE);
        assertTrue(frames.canMove(map, W, H, RenderOptions.defaults(Theme.LIGHT), Highlight.NONE));
        assertFalse(frames.canMove(map.toBuilder().build(), W, H, options, Highlight.NONE));
        assertFalse(frames.canMove(map, W + 1, H, options, Highlight.NONE));
        assertFalse(frames.canMove(map, W, H, options.withTheme(Theme.DARK), Highlight.NONE));
        assertFalse(frames.canMove(map, W, H, options.withPixelScale(2), Highlight.NONE));
        assertFalse(frames.canMove(map, W, H, options, hovering(map)));
        assertSame(v, frames.keptViewport());
    }

    @Test
    void aGestureFrameIsDrawnIntoTheFrameGivenBack() {
        Ecosystem map = SampleEcosystem.load();
        RenderOptions options = RenderOptions.defaults(Theme.LIGHT).withPixelScale(1.5).withLegend(false);
        Viewport v = Viewport.fit(map.actors(), W, H, 60);
        MapFrames frames = new MapFrames(new MapRenderer());
        BufferedImage rest = frames.full(map, map, v, W, H, options, Highlight.NONE);
        assertEquals(960, rest.getWidth());
        assertEquals(630, rest.getHeight());
        BufferedImage first = frames.moved(v.panned(3, 3), null);
        BufferedImage second = frames.moved(v.panned(0, 0), first);
        assertSame(first, second);
        // Not moved at all: the same picture as at rest.
        assertEquals(0, differing(rest, second));
        assertTrue(frames.moved(v, new BufferedImage(10, 10, BufferedImage.TYPE_INT_ARGB_PRE)).getWidth() == 960);
    }

    @Test
    void fullFramesTakingTurnsWithTheirImagesDrawTheSameAsNewOnes() {
        Ecosystem map = GeneratedMaps.generate(1_500, 4_500, 8);
        // Without the legend: a gesture frame composites it from its own layer, which may round differently.
        RenderOptions options = RenderOptions.defaults(Theme.LIGHT).withLegend(false);
        Viewport v = Viewport.fit(map.actors(), W, H, 60);
        MapFrames frames = new MapFrames(new MapRenderer());
        BufferedImage frame = null;
        for (int i = 0; i < 4; i++) {
            Viewport at = v.zoomed(1 + 0.4 * i, 300, 200).panned(11 * i, -5 * i);
            BufferedImage given = frame;
            frame = frames.full(map, map, at, W, H, options, Highlight.NONE, frame);
            if (given != null) {
                assertSame(given, frame);
            }
            BufferedImage fresh = new MapFrames(new MapRenderer()).full(map, map, at, W, H, options, Highlight.NONE);
            assertEquals(0, differing(fresh, frame), "full frame " + i);
            assertSame(at, frames.keptViewport());
            // A gesture frame moves the newest full frame: not moved, it shows the same picture.
            assertEquals(0, differing(fresh, frames.moved(at)), "gesture frame after full frame " + i);
        }
    }
}
