package org.teixit.io.xml;

import org.teixit.model.Tie;

/**
 * How an edge weight becomes a tie strength (1 to 5). A weight that is a whole number from 1 to 5 is the
 * strength. Any other number is rounded to the nearest whole number (halves up) and then clamped into
 * 1..5: 0.4 and every weight of zero or less become 1, 2.5 becomes 3, 12 becomes 5. The scale is
 * per value, never per file, so the same weight always gives the same strength; readers keep the
 * original weight as the custom attribute {@code weight} (unless it equals the strength, as 4 or 4.0
 * does), so writers can give it back unchanged.
 */
public final class WeightScale {
    private WeightScale() {
    }

    public static int strengthOf(double weight) {
        long rounded = Math.round(weight);
        return (int) Math.max(Tie.MIN_STRENGTH, Math.min(Tie.MAX_STRENGTH, rounded));
    }

    /**
     * Whether the weight's text is a number equal to this strength ("4", "4.0"), so keeping the weight
     * would add nothing.
     */
    static boolean sameAs(String weightText, int strength) {
        try {
            return Double.parseDouble(weightText.strip()) == strength;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
