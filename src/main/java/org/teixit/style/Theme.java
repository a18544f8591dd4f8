package org.teixit.style;

import java.util.Locale;
import java.util.Optional;

/**
 * The map's look for a room: light for laptops, dark for dim rooms, projector for the back row (high
 * contrast, big labels, thick lines).
 */
public enum Theme {
    LIGHT(Rgb.hex("#FFFFFF"), Rgb.hex("#1A1A1A"), Rgb.hex("#FFFFFF"), 1.0, 13, 1.0),
    DARK(Rgb.hex("#1E1F22"), Rgb.hex("#F2F2F2"), Rgb.hex("#1E1F22"), 1.0, 13, 1.0),
    PROJECTOR(Rgb.hex("#000000"), Rgb.hex("#FFFFFF"), Rgb.hex("#000000"), 1.8, 22, 1.8);

    private final Rgb background;
    private final Rgb text;
    private final Rgb halo;
    private final double lineScale;
    private final int labelPoints;
    private final double nodeScale;

    Theme(Rgb background, Rgb text, Rgb halo, double lineScale, int labelPoints, double nodeScale) {
        this.background = background;
        this.text = text;
        this.halo = halo;
        this.lineScale = lineScale;
        this.labelPoints = labelPoints;
        this.nodeScale = nodeScale;
    }

    public Rgb background() {
        return background;
    }

    public Rgb text() {
        return text;
    }

    /** The outline drawn around labels so they read over lines. */
    public Rgb halo() {
        return halo;
    }

    public double lineScale() {
        return lineScale;
    }

    public int labelPoints() {
        return labelPoints;
    }

    public double nodeScale() {
        return nodeScale;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Theme> parse(String id) {
        for (Theme t : values()) {
            if (t.id().equalsIgnoreCase(id == null ? "" : id.strip())) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
