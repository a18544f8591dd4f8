package org.teixit.io.picture;

import java.util.EnumSet;
import java.util.Set;

import org.teixit.model.CserDimension;
import org.teixit.style.Theme;

/**
 * How to draw a picture of a map: its size in logical pixels, the pixel scale of a PNG (2 gives twice the
 * pixels with the same layout, for print), the theme and the CSER dimensions whose ties are shown.
 */
public record PictureOptions(int width, int height, double scale, Theme theme, Set<CserDimension> dimensions) {
    public static final int DEFAULT_WIDTH = 1600;
    public static final int DEFAULT_HEIGHT = 1000;
    /** The largest picture, in pixels (width × height × scale²). */
    public static final long MAX_PIXELS = 200_000_000L;

    public PictureOptions {
        if (width < 16 || height < 16 || !(scale >= 0.25 && scale <= 16)
                || (double) width * height * scale * scale > MAX_PIXELS) {
            throw new IllegalArgumentException("a picture must be at least 16 × 16 and at most "
                    + MAX_PIXELS / 1_000_000 + " million pixels, with a scale from 0.25 to 16");
        }
        dimensions = dimensions == null || dimensions.isEmpty() ? EnumSet.noneOf(CserDimension.class)
                : EnumSet.copyOf(dimensions);
    }

    public static PictureOptions defaults() {
        return new PictureOptions(DEFAULT_WIDTH, DEFAULT_HEIGHT, 1, Theme.LIGHT, EnumSet.allOf(CserDimension.class));
    }

    public PictureOptions withSize(int newWidth, int newHeight) {
        return new PictureOptions(newWidth, newHeight, scale, theme, dimensions);
    }

    public PictureOptions withScale(double newScale) {
        return new PictureOptions(width, height, newScale, theme, dimensions);
    }

    public PictureOptions withTheme(Theme newTheme) {
        return new PictureOptions(width, height, scale, newTheme, dimensions);
    }

    public PictureOptions withDimensions(Set<CserDimension> shown) {
        return new PictureOptions(width, height, scale, theme, shown);
    }
}
