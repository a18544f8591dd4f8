package org.teixit.io.csv;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.teixit.io.ImportException;
import org.teixit.io.SourceLocation;

/**
 * A text file's characters, decoded the way spreadsheet files need: a byte order mark says UTF-8 or UTF-16;
 * without one the text must be UTF-8, except that a file with no UTF-8 accents at all whose bytes are not
 * UTF-8 is read as Windows-1252 (what Excel writes as "CSV" on Western European Windows), with a warning
 * naming the first such line. A file mixing UTF-8 and other bytes, or holding control characters other than
 * tab and line breaks (a binary file), is refused naming the line.
 *
 * @param text     the characters, without byte order mark
 * @param charset  what the bytes were read as
 * @param guessedAt the line of the first non-UTF-8 byte when the charset was guessed, else 0
 */
public record DecodedText(String text, Charset charset, int guessedAt) {
    /** Larger files are refused: a spreadsheet of this size is not a map. */
    public static final long MAX_BYTES = 256L * 1024 * 1024;
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    public static DecodedText read(Path file, String name) throws ImportException {
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new ImportException(SourceLocation.file(name), null, "is a folder, not a file");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new ImportException(SourceLocation.file(name), null, "is larger than "
                        + (MAX_BYTES >> 20) + " MB; split it or use .xlsx");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ImportException(SourceLocation.file(name), null, "no such file");
        } catch (AccessDeniedException e) {
            throw new ImportException(SourceLocation.file(name), null, "cannot read the file (access denied)");
        } catch (IOException e) {
            throw new ImportException(SourceLocation.file(name), null, "cannot read the file ("
                    + String.valueOf(e.getMessage()).replaceAll("\\s+", " ") + ")");
        }
        return decode(bytes, name);
    }

    public static DecodedText decode(byte[] bytes, String name) throws ImportException {
        if (bytes.length == 0) {
            throw new ImportException(SourceLocation.file(name), null, "the file is empty");
        }
        DecodedText result;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            result = strict(bytes, 3, StandardCharsets.UTF_8, name, 0);
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            result = strict(bytes, 2, StandardCharsets.UTF_16LE, name, 0);
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            result = strict(bytes, 2, StandardCharsets.UTF_16BE, name, 0);
        } else {
            int bad = firstInvalidUtf8(bytes);
            if (bad < 0) {
                result = strict(bytes, 0, StandardCharsets.UTF_8, name, 0);
            } else {
                int line = lineOf(bytes, bad);
                if (hasUtf8MultiByte(bytes) || hasNul(bytes)) {
                    throw new ImportException(SourceLocation.line(name, line), null,
                            "not a text file in UTF-8: some bytes on this line are not UTF-8 (save it as \"CSV UTF-8\")");
                }
                result = strict(bytes, 0, WINDOWS_1252, name, line);
            }
        }
        checkControlCharacters(result.text, name);
        return result;
    }

    private static DecodedText strict(byte[] bytes, int skip, Charset charset, String name, int guessedAt)
            throws ImportException {
        try {
            String text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
            return new DecodedText(text, charset, guessedAt);
        } catch (CharacterCodingException e) {
            int line = charset.equals(StandardCharsets.UTF_8) ? lineOf(bytes, Math.max(0, firstInvalidUtf8(bytes))) : 0;
            throw new ImportException(line > 0 ? SourceLocation.line(name, line) : SourceLocation.file(name), null,
                    "not a text file: some bytes are not valid " + charset.displayName());
        }
    }

    private static void checkControlCharacters(String text, String name) throws ImportException {
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            } else if (c < 0x20 && c != '\t' && c != '\r' && c != '\f' || c == 0x7F || c == '\uFFFE' || c == '\uFFFF') {
                throw new ImportException(SourceLocation.line(name, line), null,
                        "not a text file: it holds binary data (control character U+"
                                + String.format("%04X", (int) c) + ")");
            }
        }
    }

    /** The offset of the first byte that does not start or continue a valid UTF-8 sequence, or -1. */
    static int firstInvalidUtf8(byte[] b) {
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            int n;
            int min;
            if (c < 0x80) {
                i++;
                continue;
            } else if (c >= 0xC2 && c <= 0xDF) {
                n = 1;
                min = 0x80;
            } else if (c >= 0xE0 && c <= 0xEF) {
                n = 2;
                min = 0x800;
            } else if (c >= 0xF0 && c <= 0xF4) {
                n = 3;
                min = 0x10000;
            } else {
                return i;
            }
            int cp = c & (0x3F >> n);
            for (int k = 1; k <= n; k++) {
                if (i + k >= b.length || (b[i + k] & 0xC0) != 0x80) {
                    return i;
                }
                cp = (cp << 6) | (b[i + k] & 0x3F);
            }
            if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                return i;
            }
            i += n + 1;
        }
        return -1;
    }

    private static boolean hasUtf8MultiByte(byte[] b) {
        for (int i = 0; i + 1 < b.length; i++) {
            int c = b[i] & 0xFF;
            if (c >= 0xC2 && c <= 0xDF && (b[i + 1] & 0xC0) == 0x80) {
                return true;
            }
            if (c >= 0xE0 && c <= 0xEF && i + 2 < b.length && (b[i + 1] & 0xC0) == 0x80 && (b[i + 2] & 0xC0) == 0x80) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasNul(byte[] b) {
        for (byte x : b) {
            if (x == 0) {
                return true;
            }
        }
        return false;
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
