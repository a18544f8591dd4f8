package org.teixit.io.xml;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/** Writes {@link XmlChars}' marker characters as the character references they stand for. */
final class CharRefWriter extends FilterWriter {
    CharRefWriter(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) throws IOException {
        switch (c) {
            case XmlChars.LINE_FEED -> out.write("&#10;");
            case XmlChars.CARRIAGE_RETURN -> out.write("&#13;");
            case XmlChars.TAB -> out.write("&#9;");
            default -> out.write(c);
        }
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        int start = offset;
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            char c = chars[i];
            if (c == XmlChars.LINE_FEED || c == XmlChars.CARRIAGE_RETURN || c == XmlChars.TAB) {
                out.write(chars, start, i - start);
                write(c);
                start = i + 1;
            }
        }
        out.write(chars, start, end - start);
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        write(text.toCharArray(), offset, length);
    }
}
