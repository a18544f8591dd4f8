package org.teixit.io.picture;

import java.awt.Color;
import java.awt.Shape;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a {@link VectorGraphics2D} recorded: shapes in page coordinates (y down), each filled or stroked with
 * one colour, in drawing order. Text is recorded as glyph outlines, so the picture looks the same wherever it
 * is opened, without fonts.
 */
final class Drawing {
    /** One shape to paint. {@code stroke} is {@code null} for a fill. */
    record Op(Shape shape, Color colour, float alpha, Pen stroke, boolean evenOdd) {
    }

    /** How a stroked shape's outline is drawn, in page units. */
    record Pen(float width, int cap, int join, float miterLimit, float[] dash, float dashPhase) {
    }

    private final double width;
    private final double height;
    private final List<Op> ops = new ArrayList<>();

    Drawing(double width, double height) {
        this.width = width;
        this.height = height;
    }

    void add(Op op) {
        ops.add(op);
    }

    double width() {
        return width;
    }

    double height() {
        return height;
    }

    List<Op> ops() {
        return Collections.unmodifiableList(ops);
    }
}
