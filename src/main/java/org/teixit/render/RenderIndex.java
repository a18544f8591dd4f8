package org.teixit.render;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.teixit.model.Actor;
import org.teixit.model.CserDimension;
import org.teixit.model.Ecosystem;
import org.teixit.model.Tie;

/**
 * What the renderer reads every frame, built once per {@link Ecosystem} snapshot (they are immutable, so a
 * renderer keeps the index of the last map it drew, keyed by identity): actors as indexes with their layout
 * positions in arrays ({@code NaN} when unplaced), ties as pairs of actor indexes with their strength and a
 * bit mask of their CSER dimensions, each actor's number of ties, and a uniform grid over the placed
 * actors' bounds holding, per cell, the actors in it and the ties whose segment crosses it. A frame then
 * looks only at the grid cells on screen instead of hashing every tie's two ends.
 *
 * <p>Cells are conservative: a tie is listed in every cell its segment may cross, so a query returns a
 * superset of what is on screen, and the renderer's exact test on screen coordinates decides. Indexes come
 * back in map order (actors and ties as {@code Ecosystem.actors()} / {@code ties()} list them), so drawing
 * order is the map's.
 */
final class RenderIndex {
    final Ecosystem map;
    final Actor[] actors;
    final double[] x;
    final double[] y;
    final int[] degree;
    final Tie[] ties;
    final int[] source;
    final int[] target;
    /** Bit {@code d.ordinal()} set when the tie serves dimension {@code d}. */
    final int[] dimensions;
    private final Map<String, Integer> actorIndex;
    private Map<String, Integer> tieIndex;

    // The grid, in layout coordinates: cells of cellSize starting at (minX, minY); cols × rows of them.
    private final double minX;
    private final double minY;
    private final double cellSize;
    private final int cols;
    private final int rows;
    /** Cell c holds actorItems[actorStart[c] .. actorStart[c + 1]). */
    private final int[] actorStart;
    private final int[] actorItems;
    private final int[] tieStart;
    private final int[] tieItems;
    /** Whether any actor is placed (else there is no grid and nothing is drawn). */
    private final boolean gridded;

    private RenderIndex(Ecosystem map) {
        this.map = map;
        int n = map.actorCount();
        actors = map.actors().toArray(new Actor[0]);
        x = new double[n];
        y = new double[n];
        degree = new int[n];
        actorIndex = new HashMap<>(n * 2);
        double x0 = Double.MAX_VALUE;
        double y0 = Double.MAX_VALUE;
        double x1 = -Double.MAX_VALUE;
        double y1 = -Double.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            Actor a = actors[i];
            actorIndex.put(a.id(), i);
            if (a.position() == null) {
                x[i] = Double.NaN;
                y[i] = Double.NaN;
            } else {
                x[i] = a.position().x();
                y[i] = a.position().y();
                x0 = Math.min(x0, x[i]);
                y0 = Math.min(y0, y[i]);
                x1 = Math.max(x1, x[i]);
                y1 = Math.max(y1, y[i]);
            }
        }
        int m = map.tieCount();
        ties = map.ties().toArray(new Tie[0]);
        source = new int[m];
        target = new int[m];
        dimensions = new int[m];
        for (int t = 0; t < m; t++) {
            Tie tie = ties[t];
            source[t] = actorIndex.get(tie.source());
            target[t] = actorIndex.get(tie.target());
            int mask = 0;
            for (CserDimension d : tie.dimensions()) {
                mask |= 1 << d.ordinal();
            }
            dimensions[t] = mask;
            degree[source[t]]++;
            if (!tie.isLoop()) {
                degree[target[t]]++;
            }
        }
        gridded = x0 <= x1;
        if (!gridded) {
            minX = minY = 0;
            cellSize = 1;
            cols = rows = 1;
            actorStart = new int[2];
            actorItems = new int[0];
            tieStart = new int[2];
            tieItems = new int[0];
            return;
        }
        double w = Math.max(x1 - x0, 1e-9);
        double h = Math.max(y1 - y0, 1e-9);
        // About four actors a cell on average, at most 256 cells a side.
        int wanted = Math.max(1, Math.min(256 * 256, n / 4));
        double size = Math.sqrt(w * h / wanted);
        if (!(size > 0) || Double.isInfinite(size)) {
            size = Math.max(w, h);
        }
        size = Math.max(size, Math.max(w, h) / 256);
        cellSize = size;
        minX = x0;
        minY = y0;
        cols = Math.max(1, Math.min(256, (int) Math.floor(w / size) + 1));
        rows = Math.max(1, Math.min(256, (int) Math.floor(h / size) + 1));

        int cells = cols * rows;
        actorStart = new int[cells + 1];
        for (int i = 0; i < n; i++) {
            if (!Double.isNaN(x[i])) {
                actorStart[cellOf(x[i], y[i]) + 1]++;
            }
        }
        prefix(actorStart);
        actorItems = new int[actorStart[cells]];
        int[] fill = Arrays.copyOf(actorStart, cells);
        for (int i = 0; i < n; i++) {
            if (!Double.isNaN(x[i])) {
                actorItems[fill[cellOf(x[i], y[i])]++] = i;
            }
        }

        tieStart = new int[cells + 1];
        for (int t = 0; t < m; t++) {
            forCells(t, c -> tieStart[c + 1]++);
        }
        prefix(tieStart);
        tieItems = new int[tieStart[cells]];
        int[] tieFill = Arrays.copyOf(tieStart, cells);
        for (int t = 0; t < m; t++) {
            final int tie = t;
            forCells(t, c -> tieItems[tieFill[c]++] = tie);
        }
    }

    /** The index of {@code map}: {@code kept} if it was built for the same snapshot, else a new one. */
    static RenderIndex of(Ecosystem map, RenderIndex kept) {
        return kept != null && kept.map == map ? kept : new RenderIndex(map);
    }

    private static void prefix(int[] counts) {
        for (int i = 1; i < counts.length; i++) {
            counts[i] += counts[i - 1];
        }
    }

    int actorCount() {
        return actors.length;
    }

    int tieCount() {
        return ties.length;
    }

    boolean placed(int actor) {
        return !Double.isNaN(x[actor]);
    }

    /** The index of actor {@code id}, or -1. */
    int actor(String id) {
        Integer i = actorIndex.get(id);
        return i == null ? -1 : i;
    }

    /** The index of tie {@code id}, or -1 (the tie map is built on first use: only highlights need it). */
    synchronized int tie(String id) {
        if (tieIndex == null) {
            Map<String, Integer> index = new HashMap<>(ties.length * 2);
            for (int t = 0; t < ties.length; t++) {
                index.put(ties[t].id(), t);
            }
            tieIndex = index;
        }
        Integer i = tieIndex.get(id);
        return i == null ? -1 : i;
    }

    private int col(double wx) {
        return Math.max(0, Math.min(cols - 1, (int) Math.floor((wx - minX) / cellSize)));
    }

    private int row(double wy) {
        return Math.max(0, Math.min(rows - 1, (int) Math.floor((wy - minY) / cellSize)));
    }

    private int cellOf(double wx, double wy) {
        return row(wy) * cols + col(wx);
    }

    /** Every cell the segment of tie {@code t} may cross (none when an end is unplaced). */
    private void forCells(int t, java.util.function.IntConsumer action) {
        int a = source[t];
        int b = target[t];
        if (Double.isNaN(x[a]) || Double.isNaN(x[b])) {
            return;
        }
        double ax = x[a];
        double ay = y[a];
        double bx = x[b];
        double by = y[b];
        if (ax > bx) {
            double s = ax;
            ax = bx;
            bx = s;
            s = ay;
            ay = by;
            by = s;
        }
        int c0 = col(ax);
        int c1 = col(bx);
        double slope = bx - ax > 0 ? (by - ay) / (bx - ax) : 0;
        for (int c = c0; c <= c1; c++) {
            double ya;
            double yb;
            if (c0 == c1) {
                ya = ay;
                yb = by;
            } else {
                double xa = Math.max(ax, minX + c * cellSize);
                double xb = Math.min(bx, minX + (c + 1) * cellSize);
                ya = ay + (xa - ax) * slope;
                yb = ay + (xb - ax) * slope;
                if (c == c0) {
                    ya = ay;
                }
                if (c == c1) {
                    yb = by;
                }
            }
            // A little slack so that rounding never leaves out a cell the segment touches.
            double slack = cellSize * 1e-6;
            int r0 = row(Math.min(ya, yb) - slack);
            int r1 = row(Math.max(ya, yb) + slack);
            for (int r = r0; r <= r1; r++) {
                action.accept(r * cols + c);
            }
        }
    }

    /**
     * The ties listed in the cells that overlap the layout-coordinate rectangle, as a bit set over tie indexes
     * (so they come out in map order, each once); {@code null} when the rectangle covers the whole grid, i.e.
     * every tie is a candidate.
     */
    long[] tiesNear(double wx0, double wy0, double wx1, double wy1) {
        return query(wx0, wy0, wx1, wy1, tieStart, tieItems, ties.length);
    }

    /** As {@link #tiesNear}, for placed actors. */
    long[] actorsNear(double wx0, double wy0, double wx1, double wy1) {
        return query(wx0, wy0, wx1, wy1, actorStart, actorItems, actors.length);
    }

    private long[] query(double wx0, double wy0, double wx1, double wy1, int[] start, int[] items, int count) {
        if (!gridded) {
            return null;
        }
        if (wx0 <= minX && wy0 <= minY && wx1 >= minX + cols * cellSize && wy1 >= minY + rows * cellSize) {
            return null;
        }
        long[] bits = new long[(count + 63) >>> 6];
        if (wx1 < minX || wy1 < minY || wx0 > minX + cols * cellSize || wy0 > minY + rows * cellSize) {
            return bits;
        }
        int c0 = col(wx0);
        int c1 = col(wx1);
        int r0 = row(wy0);
        int r1 = row(wy1);
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                int cell = r * cols + c;
                for (int k = start[cell]; k < start[cell + 1]; k++) {
                    int i = items[k];
                    bits[i >>> 6] |= 1L << i;
                }
            }
        }
        return bits;
    }

    /** The next index set in {@code bits} from {@code from} on, or -1; with {@code null} bits, every index below count. */
    static int next(long[] bits, int from, int count) {
        if (bits == null) {
            return from < count ? from : -1;
        }
        int word = from >>> 6;
        if (word >= bits.length) {
            return -1;
        }
        long w = bits[word] & (-1L << from);
        while (true) {
            if (w != 0) {
                int i = (word << 6) + Long.numberOfTrailingZeros(w);
                return i < count ? i : -1;
            }
            if (++word == bits.length) {
                return -1;
            }
            w = bits[word];
        }
    }
}
