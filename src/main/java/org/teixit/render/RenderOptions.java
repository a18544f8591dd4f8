package org.teixit.render;

import java.util.EnumSet;
import java.util.Set;

import org.teixit.model.CserDimension;
import org.teixit.model.VocabularyCategory;
import org.teixit.style.Theme;

/**
 * What to draw: the theme, which CSER dimensions' ties are shown, whether to draw labels and the legend,
 * what actors are coloured by (their setting or their kind), and whether names are replaced by kind and
 * setting (anonymised). {@code pixelScale} is the screen's scale
 * (2 on HiDPI), so lines and text stay the same size.
 */
public record RenderOptions(Theme theme, Set<CserDimension> dimensions, boolean labels, boolean legend,
                            double pixelScale, VocabularyCategory colourBy, boolean anonymised,
                            java.util.Map<String, Double> sizeBy, java.util.Map<String, Double> colourValues) {
    public RenderOptions {
        dimensions = dimensions.isEmpty() ? EnumSet.noneOf(CserDimension.class) : EnumSet.copyOf(dimensions);
        if (colourBy != VocabularyCategory.ACTOR_KIND) {
            colourBy = VocabularyCategory.SETTING;
        }
        sizeBy = sizeBy == null ? null : java.util.Map.copyOf(sizeBy);
        colourValues = colourValues == null ? null : java.util.Map.copyOf(colourValues);
    }

    /** Actors coloured by setting, named. */
    public RenderOptions(Theme theme, Set<CserDimension> dimensions, boolean labels, boolean legend,
                         double pixelScale) {
        this(theme, dimensions, labels, legend, pixelScale, VocabularyCategory.SETTING, false, null, null);
    }

    public static RenderOptions defaults(Theme theme) {
        return new RenderOptions(theme, EnumSet.allOf(CserDimension.class), true, true, 1.0);
    }

    public RenderOptions withDimensions(Set<CserDimension> shown) {
        return new RenderOptions(theme, shown, labels, legend, pixelScale, colourBy, anonymised, sizeBy, colourValues);
    }

    public RenderOptions withLegend(boolean show) {
        return new RenderOptions(theme, dimensions, labels, show, pixelScale, colourBy, anonymised, sizeBy, colourValues);
    }

    public RenderOptions withPixelScale(double scale) {
        return new RenderOptions(theme, dimensions, labels, legend, scale, colourBy, anonymised, sizeBy, colourValues);
    }

    /** Colour actors by {@link VocabularyCategory#SETTING} or {@link VocabularyCategory#ACTOR_KIND}. */
    public RenderOptions withColourBy(VocabularyCategory category) {
        return new RenderOptions(theme, dimensions, labels, legend, pixelScale, category, anonymised, sizeBy, colourValues);
    }

    /** Labels show each actor's kind and setting instead of its name (maps with minors and families). */
    public RenderOptions withAnonymised(boolean hide) {
        return new RenderOptions(theme, dimensions, labels, legend, pixelScale, colourBy, hide, sizeBy, colourValues);
    }

    /**
     * Sizes actors by a measure (actor id → value, e.g. betweenness) instead of their number of ties;
     * {@code null} goes back to ties.
     */
    public RenderOptions withSizeBy(java.util.Map<String, Double> values) {
        return new RenderOptions(theme, dimensions, labels, legend, pixelScale, colourBy, anonymised, values, colourValues);
    }

    /** Colours actors by a measure (id → value) on a colour-blind-safe scale; {@code null} goes back. */
    public RenderOptions withColourValues(java.util.Map<String, Double> values) {
        return new RenderOptions(theme, dimensions, labels, legend, pixelScale, colourBy, anonymised, sizeBy, values);
    }

    /** A theme change keeping everything else. */
    public RenderOptions withTheme(Theme newTheme) {
        return new RenderOptions(newTheme, dimensions, labels, legend, pixelScale, colourBy, anonymised, sizeBy, colourValues);
    }
}
