package org.teixit.model;

/** Where an actor sits on the map, in layout units (not pixels). */
public record Position(double x, double y) {
    public Position {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("position must be finite: " + x + ", " + y);
        }
    }
}
