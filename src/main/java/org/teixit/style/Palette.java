package org.teixit.style;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.teixit.model.CserDimension;

/**
 * Colours that stay apart for colour-blind viewers. The five CSER dimensions use the Okabe–Ito palette;
 * settings use Paul Tol's "bright" scheme, cycled for settings a map adds. Each dimension also has a
 * dash pattern, so the legend never relies on colour alone.
 */
public final class Palette {
    private static final Map<CserDimension, Rgb> DIMENSIONS = new EnumMap<>(Map.of(
            CserDimension.ORIENTATION, Rgb.hex("#E69F00"),
            CserDimension.FUNDS, Rgb.hex("#56B4E9"),
            CserDimension.COLLECTIVE, Rgb.hex("#009E73"),
            CserDimension.GOVERNANCE, Rgb.hex("#CC79A7"),
            CserDimension.COMMUNICATION, Rgb.hex("#0072B2")));

    /** Dash lengths in pixels per dimension: solid, long dash, dots, dash-dot, short dash. */
    private static final Map<CserDimension, float[]> DASHES = new EnumMap<>(Map.of(
            CserDimension.ORIENTATION, new float[0],
            CserDimension.FUNDS, new float[] {10, 4},
            CserDimension.COLLECTIVE, new float[] {2, 3},
            CserDimension.GOVERNANCE, new float[] {9, 3, 2, 3},
            CserDimension.COMMUNICATION, new float[] {5, 3}));

    private static final List<Rgb> SETTINGS = List.of(
            Rgb.hex("#EE6677"), Rgb.hex("#4477AA"), Rgb.hex("#228833"), Rgb.hex("#CCBB44"),
            Rgb.hex("#AA3377"), Rgb.hex("#66CCEE"), Rgb.hex("#BBBBBB"));

    /** Ties that carry no dimension. */
    public static final Rgb NO_DIMENSION = Rgb.hex("#999999");

    private Palette() {
    }

    public static Rgb dimension(CserDimension d) {
        return DIMENSIONS.get(d);
    }

    public static float[] dash(CserDimension d) {
        return DASHES.get(d).clone();
    }

    /** Viridis stops: dark purple (low) to yellow (high), readable by colour-blind viewers and in grey. */
    private static final List<Rgb> SCALE = List.of(Rgb.hex("#440154"), Rgb.hex("#3B528B"), Rgb.hex("#21918C"),
            Rgb.hex("#5EC962"), Rgb.hex("#FDE725"));

    /** A colour for {@code share} (0 = lowest, 1 = highest) on the viridis scale. */
    public static Rgb scale(double share) {
        double s = Math.max(0, Math.min(1, Double.isNaN(share) ? 0 : share)) * (SCALE.size() - 1);
        int i = Math.min(SCALE.size() - 2, (int) Math.floor(s));
        double f = s - i;
        Rgb a = SCALE.get(i);
        Rgb b = SCALE.get(i + 1);
        return new Rgb((int) Math.round(a.r() + (b.r() - a.r()) * f), (int) Math.round(a.g() + (b.g() - a.g()) * f),
                (int) Math.round(a.b() + (b.b() - a.b()) * f));
    }

    /** The colour of the {@code index}-th setting in the map's vocabulary. */
    public static Rgb setting(int index) {
        return SETTINGS.get(Math.floorMod(index, SETTINGS.size()));
    }
}
