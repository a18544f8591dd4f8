package org.teixit.render;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * The screen areas already taken by dots and labels, in a grid of buckets over the area labels go in, so
 * that checking a new label looks only at its neighbourhood: constant time per check instead of a scan of
 * every actor. Rectangles reaching outside the grid are kept in its edge cells, so every overlap is found.
 */
final class OccupiedAreas {
    private static final double CELL = 64;
    private final double x0;
    private final double y0;
    private final int cols;
    private final int rows;
    private final List<Rectangle2D>[] cells;

    /** A grid over {@code area}. */
    @SuppressWarnings("unchecked")
    OccupiedAreas(Rectangle2D area) {
        x0 = area.getMinX();
        y0 = area.getMinY();
        cols = Math.max(1, Math.min(1024, (int) Math.ceil(area.getWidth() / CELL)));
        rows = Math.max(1, Math.min(1024, (int) Math.ceil(area.getHeight() / CELL)));
        cells = new List[cols * rows];
    }

    void add(Rectangle2D r) {
        int c0 = col(r.getMinX());
        int c1 = col(r.getMaxX());
        int r0 = row(r.getMinY());
        int r1 = row(r.getMaxY());
        for (int y = r0; y <= r1; y++) {
            for (int x = c0; x <= c1; x++) {
                int i = y * cols + x;
                if (cells[i] == null) {
                    cells[i] = new ArrayList<>(4);
                }
                cells[i].add(r);
            }
        }
    }

    boolean overlaps(Rectangle2D r) {
        int c0 = col(r.getMinX());
        int c1 = col(r.getMaxX());
        int r0 = row(r.getMinY());
        int r1 = row(r.getMaxY());
        for (int y = r0; y <= r1; y++) {
            for (int x = c0; x <= c1; x++) {
                List<Rectangle2D> list = cells[y * cols + x];
                if (list != null) {
                    for (Rectangle2D other : list) {
                        if (other.intersects(r)) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    private int col(double x) {
        double c = Math.floor((x - x0) / CELL);
        return c < 0 ? 0 : c >= cols ? cols - 1 : (int) c;
    }

    private int row(double y) {
        double r = Math.floor((y - y0) / CELL);
        return r < 0 ? 0 : r >= rows ? rows - 1 : (int) r;
    }
}
