package org.teixit.render;

import java.awt.geom.Line2D;
import java.util.Optional;

import org.teixit.model.Actor;
import org.teixit.model.Ecosystem;
import org.teixit.model.Tie;

/** Finds what is under the pointer, with the same geometry the renderer draws. */
public final class HitTester {
    private final Ecosystem map;
    private final Viewport viewport;
    private final RenderOptions options;
    private final ActorSizes sizes;

    public HitTester(Ecosystem map, Viewport viewport, RenderOptions options) {
        this.map = map;
        this.viewport = viewport;
        this.options = options;
        this.sizes = ActorSizes.of(map, options);
    }

    /** The actor whose dot is under (x, y) — the nearest if dots overlap — within a 3-pixel slack. */
    public Optional<Actor> actorAt(double x, double y) {
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

    /** The tie nearest to (x, y) within 5 pixels. */
    public Optional<Tie> tieAt(double x, double y) {
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
}
