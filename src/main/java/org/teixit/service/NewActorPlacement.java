package org.teixit.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.teixit.model.Actor;
import org.teixit.model.Ecosystem;
import org.teixit.model.Position;
import org.teixit.model.Tie;

/**
 * Places actors that arrive without a position (from phones, from quick add) next to the actors they are
 * tied to, and everyone already on the map stays where they are: the map grows without reshuffling. An
 * actor with no placed neighbour goes on a ring just outside the map. Deterministic: the offset comes from
 * the actor's id.
 */
public final class NewActorPlacement {
    private NewActorPlacement() {
    }

    /** {@code change} with positions for the actors it adds that have none. */
    public static ChangeSet place(Ecosystem before, ChangeSet change) {
        if (change.putActors().stream().allMatch(Actor::hasPosition)) {
            return change;
        }
        Ecosystem after = change.applyTo(before);
        Map<String, Position> placed = new HashMap<>();
        after.actors().forEach(a -> {
            if (a.hasPosition()) {
                placed.put(a.id(), a.position());
            }
        });
        Bounds bounds = Bounds.of(placed.values());
        List<Actor> actors = new ArrayList<>();
        int ring = 0;
        for (Actor a : change.putActors()) {
            if (a.hasPosition()) {
                actors.add(a);
                continue;
            }
            Position p = nearNeighbours(a, after, placed, bounds);
            if (p == null) {
                double angle = (Math.floorMod(a.id().hashCode(), 360) + 47.0 * ring++) * Math.PI / 180;
                double r = bounds.radius() * 1.15 + bounds.spacing();
                p = new Position(bounds.cx() + r * Math.cos(angle), bounds.cy() + r * Math.sin(angle));
            }
            placed.put(a.id(), p);
            actors.add(a.withPosition(p));
        }
        return new ChangeSet(change.descriptionKey(), actors, change.deleteActors(), change.putTies(),
                change.deleteTies());
    }

    private static Position nearNeighbours(Actor a, Ecosystem map, Map<String, Position> placed, Bounds bounds) {
        double x = 0;
        double y = 0;
        int n = 0;
        for (Tie t : map.tiesOf(a.id())) {
            Position p = placed.get(t.otherEnd(a.id()));
            if (p != null && !t.isLoop()) {
                x += p.x();
                y += p.y();
                n++;
            }
        }
        if (n == 0) {
            return null;
        }
        double angle = Math.floorMod(a.id().hashCode(), 3600) / 3600.0 * 2 * Math.PI;
        double offset = bounds.spacing() * (n == 1 ? 1.0 : 0.5);
        return new Position(x / n + offset * Math.cos(angle), y / n + offset * Math.sin(angle));
    }

    /** The placed actors' extent and a typical distance between neighbours. */
    private record Bounds(double cx, double cy, double radius, double spacing) {
        static Bounds of(Iterable<Position> positions) {
            double minX = Double.MAX_VALUE;
            double maxX = -Double.MAX_VALUE;
            double minY = Double.MAX_VALUE;
            double maxY = -Double.MAX_VALUE;
            int n = 0;
            for (Position p : positions) {
                minX = Math.min(minX, p.x());
                maxX = Math.max(maxX, p.x());
                minY = Math.min(minY, p.y());
                maxY = Math.max(maxY, p.y());
                n++;
            }
            if (n == 0) {
                return new Bounds(0, 0, 10, 5);
            }
            double size = Math.max(maxX - minX, maxY - minY);
            double spacing = Math.max(1, size / Math.max(2, Math.sqrt(n)) / 2);
            return new Bounds((minX + maxX) / 2, (minY + maxY) / 2, Math.max(size / 2, 1), spacing);
        }
    }
}
