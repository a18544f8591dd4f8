package org.teixit.render;

import java.awt.geom.Rectangle2D;
import java.util.Arrays;

import org.teixit.model.CserDimension;

/**
 * The ties a frame will draw, with their screen coordinates: ties in a shown dimension (or in none), whose
 * ends are placed, that cross the screen and are at least a pixel long. Collected first so the renderer
 * can choose a level of detail from how many there are. Reads only the {@link RenderIndex}'s arrays, and
 * only for the ties listed in the grid cells on screen.
 */
final class VisibleTies {
    private int size;
    private int[] ties;
    /** The tie's dimensions that are shown, as a bit mask by ordinal. */
    private int[] shown;
    private double[] coordinates;

    /** Room for {@code expected} ties without growing (up to 65,536 at first). */
    private VisibleTies(int expected) {
        int room = Math.max(16, Math.min(expected, 65_536));
        ties = new int[room];
        shown = new int[room];
        coordinates = new double[room * 4];
    }

    /**
     * The ties of {@code index} on {@code screen} (screen pixels) through {@code v} whose dimensions meet
     * {@code shownMask}. {@code only}, when not {@code null}, limits the candidates to the set bits (tie indexes).
     */
    static VisibleTies collect(RenderIndex index, Viewport v, int shownMask, Rectangle2D screen, long[] only) {
        VisibleTies out = new VisibleTies(only == null ? index.tieCount() : 64);
        long[] near = index.tiesNear(v.worldX(screen.getMinX()), v.worldY(screen.getMaxY()),
                v.worldX(screen.getMaxX()), v.worldY(screen.getMinY()));
        long[] candidates = near;
        if (only != null) {
            candidates = only.clone();
            if (near != null) {
                for (int w = 0; w < candidates.length; w++) {
                    candidates[w] &= near[w];
                }
            }
        }
        int count = index.tieCount();
        double[] x = index.x;
        double[] y = index.y;
        for (int t = RenderIndex.next(candidates, 0, count); t >= 0; t = RenderIndex.next(candidates, t + 1, count)) {
            int all = index.dimensions[t];
            int dims = all & shownMask;
            if (dims == 0 && all != 0) {
                continue;
            }
            int a = index.source[t];
            int b = index.target[t];
            if (a == b || Double.isNaN(x[a]) || Double.isNaN(x[b])) {
                continue;
            }
            double x1 = v.screenX(x[a]);
            double y1 = v.screenY(y[a]);
            double x2 = v.screenX(x[b]);
            double y2 = v.screenY(y[b]);
            if (Math.abs(x2 - x1) + Math.abs(y2 - y1) < 1 || !screen.intersectsLine(x1, y1, x2, y2)) {
                continue;
            }
            out.add(t, dims, x1, y1, x2, y2);
        }
        return out;
    }

    /** The dimensions in {@code mask}, in their natural order. */
    static CserDimension[] dimensionsOf(int mask) {
        CserDimension[] all = CserDimension.values();
        CserDimension[] out = new CserDimension[Integer.bitCount(mask)];
        int k = 0;
        for (CserDimension d : all) {
            if ((mask & (1 << d.ordinal())) != 0) {
                out[k++] = d;
            }
        }
        return out;
    }

    /** The mask of the dimensions in {@code dimensions}. */
    static int maskOf(Iterable<CserDimension> dimensions) {
        int mask = 0;
        for (CserDimension d : dimensions) {
            mask |= 1 << d.ordinal();
        }
        return mask;
    }

    private void add(int t, int dims, double x1, double y1, double x2, double y2) {
        if (size == ties.length) {
            ties = Arrays.copyOf(ties, size * 2);
            shown = Arrays.copyOf(shown, size * 2);
        }
        int i = size * 4;
        if (i + 4 > coordinates.length) {
            coordinates = Arrays.copyOf(coordinates, coordinates.length * 2);
        }
        coordinates[i] = x1;
        coordinates[i + 1] = y1;
        coordinates[i + 2] = x2;
        coordinates[i + 3] = y2;
        ties[size] = t;
        shown[size] = dims;
        size++;
    }

    int size() {
        return size;
    }

    /** The index (in the {@link RenderIndex}) of the {@code n}-th visible tie. */
    int tie(int n) {
        return ties[n];
    }

    int shownMask(int n) {
        return shown[n];
    }

    double x1(int n) {
        return coordinates[n * 4];
    }

    double y1(int n) {
        return coordinates[n * 4 + 1];
    }

    double x2(int n) {
        return coordinates[n * 4 + 2];
    }

    double y2(int n) {
        return coordinates[n * 4 + 3];
    }
}
