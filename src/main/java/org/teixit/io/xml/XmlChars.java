package org.teixit.io.xml;

/**
 * Prepares text for the JDK's {@link javax.xml.stream.XMLStreamWriter}, which escapes {@code & < > "} but
 * writes line breaks and tabs in attributes, and carriage returns anywhere, as they are — and a reader then
 * turns them into spaces or line feeds. Such characters are replaced by marker characters that
 * {@link CharRefWriter} writes as character references ({@code &#10;}, {@code &#13;}, {@code &#9;}).
 * The markers are Unicode noncharacters (U+FDD0–U+FDD2), which text never legitimately carries; those,
 * and characters XML 1.0 cannot hold at all (most control characters, lone surrogates, U+FFFE, U+FFFF),
 * are written as U+FFFD.
 */
final class XmlChars {
    static final char LINE_FEED = '\uFDD0';
    static final char CARRIAGE_RETURN = '\uFDD1';
    static final char TAB = '\uFDD2';
    private static final char REPLACEMENT = '\uFFFD';

    private XmlChars() {
    }

    /** Text for element content: line feeds and tabs stay, carriage returns become a marker. */
    static String content(String text) {
        return clean(text, false);
    }

    /** Text for an attribute value: line feeds, carriage returns and tabs become markers. */
    static String attribute(String text) {
        return clean(text, true);
    }

    private static String clean(String text, boolean attribute) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (c == '\n') {
                out.append(attribute ? LINE_FEED : c);
            } else if (c == '\t') {
                out.append(attribute ? TAB : c);
            } else if (c == '\r') {
                out.append(CARRIAGE_RETURN);
            } else {
                out.append(allowed(c) ? c : REPLACEMENT);
            }
        }
        return out.toString();
    }

    private static boolean allowed(char c) {
        return c >= 0x20 && !Character.isSurrogate(c) && c != 0xFFFE && c != 0xFFFF && !(c >= 0xFDD0 && c <= 0xFDEF);
    }
}
