package org.teixit.io.csv;

import java.util.regex.Pattern;

/**
 * Guards CSV cells against formula injection: a cell that a spreadsheet would run as a formula (it starts
 * with {@code = + - @}, a tab or a carriage return, and is not a plain number such as {@code -3.5}) is written
 * with a leading apostrophe, which spreadsheets show as text. Reading takes that apostrophe off again. The
 * rule is applied to text that already starts with apostrophes before such a character too, so writing and
 * reading give back exactly the text written: {@code unescape(escape(s)) == s} for every {@code s}.
 */
public final class CellText {
    private static final Pattern RISKY = Pattern.compile("^'*[=+\\-@\\t\\r].*", Pattern.DOTALL);
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    private CellText() {
    }

    public static String escape(String text) {
        return text != null && needsEscape(text) ? "'" + text : text;
    }

    public static String unescape(String text) {
        return text != null && text.startsWith("'") && needsEscape(text.substring(1)) ? text.substring(1) : text;
    }

    private static boolean needsEscape(String text) {
        return RISKY.matcher(text).matches() && !NUMBER.matcher(text).matches();
    }
}
