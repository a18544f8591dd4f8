package org.teixit.collect;

import java.text.Normalizer;

import org.teixit.io.NameKey;

/**
 * Cleaning of names typed on phones. Control characters and the invisible bidirectional controls
 * (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C) are removed, since they only serve to make a
 * name look like another one on the projector; runs of white space become one space. Names longer than
 * {@link #MAX_LENGTH} characters (after cleaning) are refused, not truncated: a cut name would silently
 * become a different actor.
 */
public final class Names {
    /** Longest name a phone may send, in characters (code points). */
    public static final int MAX_LENGTH = 120;

    private Names() {
    }

    /** The name as it will be stored: NFC, without control or bidi characters, single-spaced, stripped. */
    public static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                space = out.length() > 0;
                continue;
            }
            if (isInvisibleControl(cp)) {
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.appendCodePoint(cp);
        }
        return out.toString();
    }

    /** The key two names match on: cleaned, then case, accents and spacing ignored ({@link NameKey}). */
    public static String key(String raw) {
        return NameKey.of(clean(raw));
    }

    static boolean isInvisibleControl(int cp) {
        int type = Character.getType(cp);
        if (type == Character.CONTROL || type == Character.SURROGATE) {
            return true; // C0/C1 controls, and surrogate halves without their pair
        }
        return cp == 0x061C || cp == 0x200E || cp == 0x200F || (cp >= 0x202A && cp <= 0x202E)
                || (cp >= 0x2066 && cp <= 0x2069) || cp == 0xFEFF || cp == 0xFFFE || cp == 0xFFFF
                || cp == 0x2028 || cp == 0x2029;
    }

    static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
