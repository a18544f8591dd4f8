package org.teixit.render;

import java.util.EnumSet;
import java.util.Set;

import org.teixit.model.CserDimension;
import org.teixit.model.VocabularyCategory;
import org.teixit.style.Theme;

/**
 * What to draw: the theme, which CSER dimensions' ties are shown, whether to draw labels and the legend,
 * and what actors are coloured by (their setting or their kind). {@code pixelScale} is the screen's scale
 * (2 on HiDPI), so lines and text stay the same size.
 */
public record RenderOptions(Theme theme, Set<CserDimension> dimensions, boolean labels, boolean legend,
                            double pixelScale, VocabularyCategory colourBy) {
    public RenderOptions {
        dimensions = dimensions.isEmpty() ? EnumSet.noneOf(CserDimension.class) : EnumSet.copyOf(dimensions);
        if (colourBy != VocabularyCategory.ACTOR_KIND) {
            colourBy = VocabularyCategory.SETTING;
        }
    }

    /** Actors coloured by setting. */
    public RenderOptions(Theme theme, Set<CserDimension> dimensions, boolean labels, boolean legend,
                         double pixelScale) {
        this(theme, dimensions, labels, legend, pixelScale, VocabularyCategory.SETTING);
    }

    public static RenderOptions defaults(Theme theme) {
        return new RenderOptions(theme, EnumSet.allOf(CserDimension.class), true, true, 1.0);
    }

    public RenderOptions withDimensions(Set<CserDimension> shown) {
        return new RenderOptions(theme, shown, labels, legend, pixelScale, colourBy);
    }

    public RenderOptions withLegend(boolean show) {
        return new RenderOptions(theme, dimensions, labels, show, pixelScale, colourBy);
    }

    public RenderOptions withPixelScale(double scale) {
        return new RenderOptions(theme, dimensions, labels, legend, scale, colourBy);
    }

    /** Colour actors by {@link VocabularyCategory#SETTING} or {@link VocabularyCategory#ACTOR_KIND}. */
    public RenderOptions withColourBy(VocabularyCategory category) {
        return new RenderOptions(theme, dimensions, labels, legend, pixelScale, category);
    }
}
