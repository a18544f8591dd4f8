package org.teixit.render;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import org.teixit.model.Actor;
import org.teixit.model.CserDimension;
import org.teixit.model.Ecosystem;
import org.teixit.model.Tie;

/**
 * The ties a frame will draw, with their screen coordinates: ties in a shown dimension (or in none), whose
 * ends are placed, that cross the screen and are at least a pixel long. Collected first so the renderer
 * can choose a level of detail from how many there are.
 */
final class VisibleTies {
    private final List<Tie> ties = new ArrayList<>();
    private final List<List<CserDimension>> dimensions = new ArrayList<>();
    private double[] coordinates = new double[256];

    static VisibleTies collect(Ecosystem e, Viewport v, RenderOptions options, Rectangle2D screen) {
        VisibleTies out = new VisibleTies();
        for (Tie t : e.ties()) {
            List<CserDimension> shown = new ArrayList<>(t.dimensions().size());
            for (CserDimension d : t.dimensions()) {
                if (options.dimensions().contains(d)) {
                    shown.add(d);
                }
            }
            if (shown.isEmpty() && !t.dimensions().isEmpty() || t.isLoop()) {
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
            out.add(t, shown, x1, y1, x2, y2);
        }
        return out;
    }

    private void add(Tie t, List<CserDimension> shown, double x1, double y1, double x2, double y2) {
        int i = ties.size() * 4;
        if (i + 4 > coordinates.length) {
            coordinates = java.util.Arrays.copyOf(coordinates, coordinates.length * 2);
        }
        coordinates[i] = x1;
        coordinates[i + 1] = y1;
        coordinates[i + 2] = x2;
        coordinates[i + 3] = y2;
        ties.add(t);
        dimensions.add(shown);
    }

    int size() {
        return ties.size();
    }

    Tie tie(int n) {
        return ties.get(n);
    }

    List<CserDimension> shownDimensions(int n) {
        return dimensions.get(n);
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
