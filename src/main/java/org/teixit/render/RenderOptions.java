package org.teixit.render;

import java.util.EnumSet;
import java.util.Set;

import org.teixit.model.CserDimension;
import org.teixit.style.Theme;

/**
 * What to draw: the theme, which CSER dimensions' ties are shown, and whether to draw labels and the
 * legend. {@code pixelScale} is the screen's scale (2 on HiDPI), so lines and text stay the same size.
 */
public record RenderOptions(Theme theme, Set<CserDimension> dimensions, boolean labels, boolean legend,
                            double pixelScale) {
    public RenderOptions {
        dimensions = dimensions.isEmpty() ? EnumSet.noneOf(CserDimension.class) : EnumSet.copyOf(dimensions);
    }

    public static RenderOptions defaults(Theme theme) {
        return new RenderOptions(theme, EnumSet.allOf(CserDimension.class), true, true, 1.0);
    }

    public RenderOptions withDimensions(Set<CserDimension> shown) {
        return new RenderOptions(theme, shown, labels, legend, pixelScale);
    }

    public RenderOptions withLegend(boolean show) {
        return new RenderOptions(theme, dimensions, labels, show, pixelScale);
    }
}
