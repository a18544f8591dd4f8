package org.teixit.render;

import java.awt.geom.Line2D;
import java.util.Optional;

import org.teixit.model.Actor;
import org.teixit.model.Ecosystem;
import org.teixit.model.Tie;

/**
 * Finds what is under the pointer, with the same geometry the renderer draws. One made by
 * {@link MapRenderer#hitTester} reads the renderer's index of the map (looking only at the grid cells around
 * the pointer) and its dot sizes, instead of measuring every actor and tie again.
 */
public final class HitTester {
    private final Ecosystem map;
    private final Viewport viewport;
    private final ActorSizes sizes;
    private final RenderIndex index;
    private final double[] radius;
    private final double maxRadius;

    public HitTester(Ecosystem map, Viewport viewport, RenderOptions options) {
        this.map = map;
        this.viewport = viewport;
        this.sizes = ActorSizes.of(map, options);
        this.index = null;
        this.radius = null;
        this.maxRadius = 0;
    }

    HitTester(RenderIndex index, MapRenderer.Sized sized, Viewport viewport) {
        this.map = index.map;
        this.viewport = viewport;
        this.sizes = null;
        this.index = index;
        this.radius = sized.radius;
        this.maxRadius = sized.maxRadius;
    }

    /** The actor whose dot is under (x, y) — the nearest if dots overlap — within a 3-pixel slack. */
    public Optional<Actor> actorAt(double x, double y) {
        if (index != null) {
            return indexedActorAt(x, y);
        }
        Actor best = null;
        double bestDistance = Double.MAX_VALUE;
        for (Actor a : map.actors()) {
            if (a.position() == null) {
                continue;
            }
            double d = Math.hypot(viewport.screenX(a.position().x()) - x, viewport.screenY(a.position().y()) - y);
            double r = sizes.radius(a.id()) + 3;
            if (d <= r && d < bestDistance) {
                best = a;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    private Optional<Actor> indexedActorAt(double x, double y) {
        double reach = maxRadius + 4;
        long[] near = index.actorsNear(viewport.worldX(x - reach), viewport.worldY(y + reach),
                viewport.worldX(x + reach), viewport.worldY(y - reach));
        int best = -1;
        double bestDistance = Double.MAX_VALUE;
        int count = index.actorCount();
        for (int i = RenderIndex.next(near, 0, count); i >= 0; i = RenderIndex.next(near, i + 1, count)) {
            if (!index.placed(i)) {
                continue;
            }
            double d = Math.hypot(viewport.screenX(index.x[i]) - x, viewport.screenY(index.y[i]) - y);
            if (d <= radius[i] + 3 && d < bestDistance) {
                best = i;
                bestDistance = d;
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(index.actors[best]);
    }

    /** The tie nearest to (x, y) within 5 pixels. */
    public Optional<Tie> tieAt(double x, double y) {
        if (index != null) {
            return indexedTieAt(x, y);
        }
        Tie best = null;
        double bestDistance = 5;
        for (Tie t : map.ties()) {
            Actor a = map.actor(t.source()).orElseThrow();
            Actor b = map.actor(t.target()).orElseThrow();
            if (a.position() == null || b.position() == null) {
                continue;
            }
            double d = Line2D.ptSegDist(viewport.screenX(a.position().x()), viewport.screenY(a.position().y()),
                    viewport.screenX(b.position().x()), viewport.screenY(b.position().y()), x, y);
            if (d <= bestDistance) {
                best = t;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    private Optional<Tie> indexedTieAt(double x, double y) {
        long[] near = index.tiesNear(viewport.worldX(x - 6), viewport.worldY(y + 6), viewport.worldX(x + 6),
                viewport.worldY(y - 6));
        int best = -1;
        double bestDistance = 5;
        int count = index.tieCount();
        for (int t = RenderIndex.next(near, 0, count); t >= 0; t = RenderIndex.next(near, t + 1, count)) {
            int a = index.source[t];
            int b = index.target[t];
            if (!index.placed(a) || !index.placed(b)) {
                continue;
            }
            double d = Line2D.ptSegDist(viewport.screenX(index.x[a]), viewport.screenY(index.y[a]),
                    viewport.screenX(index.x[b]), viewport.screenY(index.y[b]), x, y);
            if (d <= bestDistance) {
                best = t;
                bestDistance = d;
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(index.ties[best]);
    }
}
