package org.teixit.io.csv;

import java.util.regex.Pattern;

import org.teixit.io.xml.AttributeNames;
import org.teixit.io.xml.AttributeNames.EdgeField;
import org.teixit.io.xml.AttributeNames.NodeField;

/**
 * Numbers as Excel saves them where the decimal separator is a comma (Catalan, Spanish, most of Europe):
 * the file's fields are separated by ';' (or tabs) and a weight reads "2,5". In such a table, a number
 * field (x, y, weight, strength) holding digits, one comma and digits is read with a decimal point.
 * Anything else ("1.234,5", "2,5" in a comma-separated file, a custom column) is left as it is.
 */
final class DecimalComma {
    private static final Pattern NUMBER = Pattern.compile("\\s*[-+]?\\d+,\\d+\\s*");

    private DecimalComma() {
    }

    /** The value to map: {@code value} with its decimal comma made a point when it is such a number. */
    static String read(String column, String value, boolean tie) {
        if (value == null || !NUMBER.matcher(value).matches() || !isNumberField(column, tie)) {
            return value;
        }
        return value.strip().replace(',', '.');
    }

    private static boolean isNumberField(String column, boolean tie) {
        return tie ? AttributeNames.matches(column, EdgeField.WEIGHT) || AttributeNames.matches(column, EdgeField.STRENGTH)
                : AttributeNames.matches(column, NodeField.X) || AttributeNames.matches(column, NodeField.Y);
    }
}
