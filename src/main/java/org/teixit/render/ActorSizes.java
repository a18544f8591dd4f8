package org.teixit.render;

import java.util.HashMap;
import java.util.Map;

import org.teixit.model.Actor;
import org.teixit.model.Ecosystem;

/**
 * How big each actor's dot is, in logical pixels: by its number of ties (the default), or by a measure the
 * user picked, scaled so the largest value gets the largest dot. Area grows with the value.
 */
public final class ActorSizes {
    private final Map<String, Double> radius = new HashMap<>();

    private ActorSizes() {
    }

    public static ActorSizes of(Ecosystem map, RenderOptions options) {
        ActorSizes sizes = new ActorSizes();
        double scale = options.theme().nodeScale();
        if (options.sizeBy() == null) {
            MapRenderer.degrees(map).forEach((id, d) -> sizes.radius.put(id, (4 + 2.2 * Math.sqrt(d)) * scale));
            return sizes;
        }
        double max = 0;
        for (Actor a : map.actors()) {
            max = Math.max(max, options.sizeBy().getOrDefault(a.id(), 0.0));
        }
        for (Actor a : map.actors()) {
            double v = options.sizeBy().getOrDefault(a.id(), 0.0);
            double share = max > 0 && v > 0 ? Math.sqrt(v / max) : 0;
            sizes.radius.put(a.id(), (4 + 14 * share) * scale);
        }
        return sizes;
    }

    public double radius(String actorId) {
        return radius.getOrDefault(actorId, 4.0);
    }
}
