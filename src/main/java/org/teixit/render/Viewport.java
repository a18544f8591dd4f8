package org.teixit.render;

import java.util.Collection;

import org.teixit.model.Actor;
import org.teixit.model.Position;

/**
 * Maps layout coordinates (y up) to pixels (y down): {@code px = x * scale + offsetX},
 * {@code py = -y * scale + offsetY}. Immutable.
 */
public record Viewport(double scale, double offsetX, double offsetY) {
    public static final Viewport IDENTITY = new Viewport(1, 0, 0);

    public double screenX(double x) {
        return x * scale + offsetX;
    }

    public double screenY(double y) {
        return -y * scale + offsetY;
    }

    public double worldX(double px) {
        return (px - offsetX) / scale;
    }

    public double worldY(double py) {
        return -(py - offsetY) / scale;
    }

    /** Shifted by a drag of (dx, dy) pixels. */
    public Viewport panned(double dx, double dy) {
        return new Viewport(scale, offsetX + dx, offsetY + dy);
    }

    /** Zoomed by {@code factor} around the pixel (px, py), which stays put. */
    public Viewport zoomed(double factor, double px, double py) {
        double s = Math.max(1e-6, Math.min(1e6, scale * factor));
        double f = s / scale;
        return new Viewport(s, px - (px - offsetX) * f, py - (py - offsetY) * f);
    }

    /** The viewport that shows every placed actor inside a {@code width} × {@code height} area with a margin. */
    public static Viewport fit(Collection<Actor> actors, double width, double height, double margin) {
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Actor a : actors) {
            Position p = a.position();
            if (p != null) {
                minX = Math.min(minX, p.x());
                maxX = Math.max(maxX, p.x());
                minY = Math.min(minY, p.y());
                maxY = Math.max(maxY, p.y());
            }
        }
        if (minX > maxX) {
            return new Viewport(1, width / 2, height / 2);
        }
        double w = Math.max(maxX - minX, 1e-9);
        double h = Math.max(maxY - minY, 1e-9);
        double availableW = Math.max(1, width - 2 * margin);
        double availableH = Math.max(1, height - 2 * margin);
        double scale = Math.min(availableW / w, availableH / h);
        if (maxX - minX < 1e-9 && maxY - minY < 1e-9) {
            scale = 1;
        }
        double cx = (minX + maxX) / 2;
        double cy = (minY + maxY) / 2;
        return new Viewport(scale, width / 2 - cx * scale, height / 2 + cy * scale);
    }
}
