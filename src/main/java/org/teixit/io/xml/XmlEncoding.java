package org.teixit.io.xml;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes an XML file's bytes before the parser sees them, so that bytes that are not valid in the file's
 * encoding fail as a {@link BadBytesException} the reader can turn into a clean
 * message with its line (the JDK parser, left to decode, prints "[Fatal Error]" lines to stderr and loses the
 * line). The encoding is taken
 * from a byte order mark, else from the XML declaration, else UTF-8.
 */
final class XmlEncoding {
    private static final int SNIFF = 512;
    private static final Pattern DECLARED = Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

    private XmlEncoding() {
    }

    /** A strict reader over {@code in}, which must support mark/reset; any byte order mark is skipped. */
    static StrictReader reader(InputStream in) throws IOException {
        in.mark(SNIFF);
        byte[] head = in.readNBytes(SNIFF);
        in.reset();
        Charset charset;
        int bom = 0;
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            bom = 3;
        } else if (startsWith(head, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            bom = 2;
        } else if (startsWith(head, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            bom = 2;
        } else if (startsWith(head, 0x00, 0x3C, 0x00, 0x3F)) {
            charset = StandardCharsets.UTF_16BE;
        } else if (startsWith(head, 0x3C, 0x00, 0x3F, 0x00)) {
            charset = StandardCharsets.UTF_16LE;
        } else {
            charset = declared(head);
        }
        in.skipNBytes(bom);
        return new StrictReader(in, charset);
    }

    /** Bytes that are not text in the file's encoding, found on {@link #line()}. */
    static final class BadBytesException extends IOException {
        private static final long serialVersionUID = 1L;
        private final int line;

        BadBytesException(int line) {
            super("bytes that are not text on line " + line);
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    /**
     * Decodes strictly and counts lines, so undecodable bytes are reported with the line they are on (the
     * text before them is handed out first).
     */
    static final class StrictReader extends Reader {
        private final InputStream in;
        private final CharsetDecoder decoder;
        private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
        private boolean endOfInput;
        private boolean flushed;
        private boolean broken;
        private int line = 1;

        StrictReader(InputStream in, Charset charset) {
            this.in = in;
            this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            if (broken) {
                throw new BadBytesException(line);
            }
            if (length == 0) {
                return 0;
            }
            if (flushed) {
                return -1;
            }
            CharBuffer out = CharBuffer.wrap(buffer, offset, length);
            while (out.position() == offset) {
                CoderResult result = decoder.decode(bytes, out, endOfInput);
                if (result.isError()) {
                    broken = true;
                    break;
                }
                if (result.isOverflow()) {
                    break;
                }
                if (endOfInput) {
                    flushed = true;
                    decoder.flush(out);
                    break;
                }
                fill();
            }
            int n = out.position() - offset;
            if (n == 0) {
                if (broken) {
                    throw new BadBytesException(line);
                }
                return -1;
            }
            for (int i = offset; i < offset + n; i++) {
                if (buffer[i] == '\n') {
                    line++;
                }
            }
            return n;
        }

        private void fill() throws IOException {
            bytes.compact();
            int n = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
            if (n < 0) {
                endOfInput = true;
            } else {
                bytes.position(bytes.position() + n);
            }
            bytes.flip();
        }

        /** Whether the whole file has been handed out. */
        boolean atEnd() {
            return flushed;
        }

        /** The line the text handed out so far ends on; the file's last line once {@link #atEnd()}. */
        int line() {
            return line;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    private static Charset declared(byte[] head) {
        Matcher m = DECLARED.matcher(new String(head, StandardCharsets.ISO_8859_1));
        if (m.find()) {
            try {
                if (Charset.isSupported(m.group(1))) {
                    return Charset.forName(m.group(1));
                }
            } catch (IllegalCharsetNameException e) {
                return StandardCharsets.UTF_8;
            }
        }
        return StandardCharsets.UTF_8;
    }

    private static boolean startsWith(byte[] head, int... prefix) {
        if (head.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((head[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
