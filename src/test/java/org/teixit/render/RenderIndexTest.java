package org.teixit.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.teixit.bench.GeneratedMaps;
import org.teixit.model.Actor;
import org.teixit.model.CserDimension;
import org.teixit.model.Ecosystem;
import org.teixit.model.Position;
import org.teixit.model.Tie;

/** The render index culls exactly what a check of every tie and actor finds, in the map's order. */
class RenderIndexTest {
    private static final int W = 900;
    private static final int H = 600;

    /** A generated map with some actors unplaced, some loops and a few ties across the whole map. */
    private static Ecosystem map() {
        Ecosystem generated = GeneratedMaps.generate(2_000, 6_000, 11);
        Ecosystem.Builder b = generated.toBuilder();
        List<Actor> actors = new ArrayList<>(generated.actors());
        for (int i = 0; i < actors.size(); i += 97) {
            b.actor(actors.get(i).withPosition(null));
        }
        for (int i = 0; i < 20; i++) {
            Actor a = actors.get(i * 31 + 1);
            b.tie(new Tie("loop" + i, a.id(), a.id(), "support", false, 2, Set.of(CserDimension.FUNDS), null, "",
                    Map.of()));
        }
        Actor far1 = actors.get(5);
        Actor far2 = actors.get(actors.size() - 5);
        b.actor(far1.withPosition(new Position(-5_000, -3_000)));
        b.actor(far2.withPosition(new Position(5_000, 3_000)));
        b.tie(new Tie("across", far1.id(), far2.id(), "trust", true, 5, Set.of(), null, "", Map.of()));
        return b.build();
    }

    /** What the renderer drew before the index: every tie, its ends looked up by id. */
    private static List<String> bruteForce(Ecosystem e, Viewport v, Set<CserDimension> shownDims, Rectangle2D screen,
                                           List<double[]> coordinates) {
        List<String> out = new ArrayList<>();
        for (Tie t : e.ties()) {
            boolean anyShown = t.dimensions().stream().anyMatch(shownDims::contains);
            if (!anyShown && !t.dimensions().isEmpty() || t.isLoop()) {
                continue;
            }
            Actor a = e.actor(t.source()).orElseThrow();
            Actor b = e.actor(t.target()).orElseThrow();
            if (a.position() == null || b.position() == null) {
                continue;
            }
            double x1 = v.screenX(a.position().x());
            double y1 = v.screenY(a.position().y());
            double x2 = v.screenX(b.position().x());
            double y2 = v.screenY(b.position().y());
            if (Math.abs(x2 - x1) + Math.abs(y2 - y1) < 1 || !screen.intersectsLine(x1, y1, x2, y2)) {
                continue;
            }
            out.add(t.id());
            coordinates.add(new double[] {x1, y1, x2, y2});
        }
        return out;
    }

    private static List<Viewport> viewports(Ecosystem e) {
        Viewport fit = Viewport.fit(e.actors(), W, H, 60);
        List<Viewport> out = new ArrayList<>(List.of(fit, fit.zoomed(0.1, W / 2.0, H / 2.0), fit.panned(5_000, 0)));
        Random random = new Random(3);
        for (int i = 0; i < 40; i++) {
            double zoom = Math.pow(2, random.nextDouble() * 12 - 2);
            out.add(fit.zoomed(zoom, random.nextDouble() * W, random.nextDouble() * H)
                    .panned(random.nextGaussian() * 300, random.nextGaussian() * 300));
        }
        // Zoomed far into the middle of the long tie, where no actor is near.
        Viewport far = new Viewport(40, W / 2.0, H / 2.0);
        out.add(far);
        return out;
    }

    @Test
    void visibleTiesAreExactlyThoseABruteForceCheckFinds() {
        Ecosystem e = map();
        RenderIndex index = RenderIndex.of(e, null);
        Rectangle2D screen = new Rectangle2D.Double(-50, -50, W + 100, H + 100);
        List<Set<CserDimension>> choices = List.of(EnumSet.allOf(CserDimension.class),
                EnumSet.of(CserDimension.GOVERNANCE, CserDimension.COMMUNICATION), EnumSet.noneOf(CserDimension.class));
        int checked = 0;
        for (Viewport v : viewports(e)) {
            for (Set<CserDimension> dims : choices) {
                List<double[]> expectedCoordinates = new ArrayList<>();
                List<String> expected = bruteForce(e, v, dims, screen, expectedCoordinates);
                VisibleTies visible = VisibleTies.collect(index, v, VisibleTies.maskOf(dims), screen, null);
                List<String> actual = new ArrayList<>();
                for (int n = 0; n < visible.size(); n++) {
                    Tie t = index.ties[visible.tie(n)];
                    actual.add(t.id());
                    assertArrayEquals(expectedCoordinates.get(n),
                            new double[] {visible.x1(n), visible.y1(n), visible.x2(n), visible.y2(n)});
                    int shownMask = 0;
                    for (CserDimension d : t.dimensions()) {
                        if (dims.contains(d)) {
                            shownMask |= 1 << d.ordinal();
                        }
                    }
                    assertEquals(shownMask, visible.shownMask(n));
                }
                assertEquals(expected, actual, "viewport " + v + ", dimensions " + dims);
                checked += expected.size();
            }
        }
        assertTrue(checked > 10_000, "the viewports should see many ties, saw " + checked);
        // The long tie is found zoomed in on its middle, far from both its ends.
        VisibleTies middle = VisibleTies.collect(index, new Viewport(40, W / 2.0, H / 2.0),
                VisibleTies.maskOf(EnumSet.allOf(CserDimension.class)), screen, null);
        boolean found = false;
        for (int n = 0; n < middle.size(); n++) {
            found |= index.ties[middle.tie(n)].id().equals("across");
        }
        assertTrue(found);
    }

    @Test
    void restrictingToSomeTiesKeepsOnlyThose() {
        Ecosystem e = map();
        RenderIndex index = RenderIndex.of(e, null);
        Rectangle2D screen = new Rectangle2D.Double(-50, -50, W + 100, H + 100);
        Viewport v = Viewport.fit(e.actors(), W, H, 60).zoomed(3, 300, 300);
        long[] only = new long[(index.tieCount() + 63) >>> 6];
        for (int t = 0; t < index.tieCount(); t += 3) {
            only[t >>> 6] |= 1L << t;
        }
        VisibleTies all = VisibleTies.collect(index, v, 31, screen, null);
        VisibleTies some = VisibleTies.collect(index, v, 31, screen, only);
        List<Integer> expected = new ArrayList<>();
        for (int n = 0; n < all.size(); n++) {
            if (all.tie(n) % 3 == 0) {
                expected.add(all.tie(n));
            }
        }
        List<Integer> actual = new ArrayList<>();
        for (int n = 0; n < some.size(); n++) {
            actual.add(some.tie(n));
        }
        assertEquals(expected, actual);
        assertTrue(!actual.isEmpty());
    }

    @Test
    void actorsNearHoldEveryActorOnScreenInMapOrder() {
        Ecosystem e = map();
        RenderIndex index = RenderIndex.of(e, null);
        for (Viewport v : viewports(e)) {
            long[] near = index.actorsNear(v.worldX(-10), v.worldY(H + 10), v.worldX(W + 10), v.worldY(-10));
            List<Integer> listed = new ArrayList<>();
            for (int i = RenderIndex.next(near, 0, index.actorCount()); i >= 0;
                 i = RenderIndex.next(near, i + 1, index.actorCount())) {
                listed.add(i);
            }
            for (int k = 1; k < listed.size(); k++) {
                assertTrue(listed.get(k - 1) < listed.get(k));
            }
            int i = 0;
            for (Actor a : e.actors()) {
                assertSame(a, index.actors[i]);
                if (a.position() != null) {
                    double x = v.screenX(a.position().x());
                    double y = v.screenY(a.position().y());
                    if (x >= -10 && x <= W + 10 && y >= -10 && y <= H + 10) {
                        assertTrue(listed.contains(i), a.id() + " on screen at " + x + ", " + y + " through " + v);
                    }
                }
                i++;
            }
        }
    }

    @Test
    void degreesAndIdsMatchTheMap() {
        Ecosystem e = map();
        RenderIndex index = RenderIndex.of(e, null);
        Map<String, Integer> degrees = MapRenderer.degrees(e);
        for (int i = 0; i < index.actorCount(); i++) {
            assertEquals(degrees.get(index.actors[i].id()), index.degree[i]);
            assertEquals(i, index.actor(index.actors[i].id()));
        }
        int t = 0;
        for (Tie tie : e.ties()) {
            assertEquals(t, index.tie(tie.id()));
            assertEquals(tie.source(), index.actors[index.source[t]].id());
            assertEquals(tie.target(), index.actors[index.target[t]].id());
            t++;
        }
        assertEquals(-1, index.actor("nobody"));
        assertEquals(-1, index.tie("nothing"));
    }

    @Test
    void builtOncePerSnapshot() {
        Ecosystem e = map();
        RenderIndex index = RenderIndex.of(e, null);
        assertSame(index, RenderIndex.of(e, index));
        Ecosystem copy = e.toBuilder().build();
        RenderIndex other = RenderIndex.of(copy, index);
        assertTrue(other != index);
        assertSame(copy, other.map);
    }

    @Test
    void aMapWithoutPositionsHasNothingToCull() {
        Ecosystem e = Ecosystem.builder("x").actor(Actor.of("a", "A", "", "")).actor(Actor.of("b", "B", "", ""))
                .tie(Tie.of("t", "a", "b", "")).build();
        RenderIndex index = RenderIndex.of(e, null);
        VisibleTies visible = VisibleTies.collect(index, Viewport.IDENTITY, 31,
                new Rectangle2D.Double(-50, -50, 200, 200), null);
        assertEquals(0, visible.size());
    }
}
