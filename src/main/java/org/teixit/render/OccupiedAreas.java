package org.teixit.render;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The screen areas already taken by dots and labels, in a grid of buckets so that checking a new label
 * looks only at its neighbourhood: constant time per check instead of a scan of every actor.
 */
final class OccupiedAreas {
    private static final double CELL = 64;
    private final Map<Long, List<Rectangle2D>> cells = new HashMap<>();

    void add(Rectangle2D r) {
        forCells(r, key -> cells.computeIfAbsent(key, k -> new ArrayList<>(4)).add(r));
    }

    boolean overlaps(Rectangle2D r) {
        boolean[] hit = {false};
        forCells(r, key -> {
            if (!hit[0]) {
                List<Rectangle2D> list = cells.get(key);
                if (list != null) {
                    for (Rectangle2D other : list) {
                        if (other.intersects(r)) {
                            hit[0] = true;
                            return;
                        }
                    }
                }
            }
        });
        return hit[0];
    }

    private static void forCells(Rectangle2D r, java.util.function.LongConsumer action) {
        int x0 = (int) Math.floor(r.getMinX() / CELL);
        int x1 = (int) Math.floor(r.getMaxX() / CELL);
        int y0 = (int) Math.floor(r.getMinY() / CELL);
        int y1 = (int) Math.floor(r.getMaxY() / CELL);
        for (int x = x0; x <= x1; x++) {
            for (int y = y0; y <= y1; y++) {
                action.accept(((long) x << 32) ^ (y & 0xffffffffL));
            }
        }
    }
}
