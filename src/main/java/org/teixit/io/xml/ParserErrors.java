package org.teixit.io.xml;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

import javax.xml.stream.XMLStreamException;

import org.teixit.io.SourceLocation;

/** Turns what the JDK's parser and file system throw into one-line reasons and locations for users. */
final class ParserErrors {
    private ParserErrors() {
    }

    static SourceLocation where(String fileName, Exception e) {
        XmlEncoding.BadBytesException bad = badBytes(e);
        if (bad != null) {
            return SourceLocation.line(fileName, bad.line());
        }
        if (e instanceof XMLStreamException x && x.getLocation() != null) {
            return SourceLocation.line(fileName, Math.max(0, x.getLocation().getLineNumber()));
        }
        return SourceLocation.file(fileName);
    }

    static String ioReason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "access denied";
        }
        return oneLine(String.valueOf(e.getMessage()));
    }

    static String reason(Exception e) {
        return isCodingError(e)
                ? "not a text file: some bytes are not valid in its encoding (UTF-8 unless the XML declaration says otherwise)"
                : "not well-formed XML: " + parserMessage(e);
    }

    /**
     * Like {@link #reason(Exception)}, but a parser failure on the file's last line, once all of it was
     * read, is the file ending too early: it is said in words (the parser's own words vary with the JDK and
     * its language).
     */
    static String reason(Exception e, XmlEncoding.StrictReader text, SourceLocation where, boolean sawElement) {
        if (isCodingError(e) || !endsTooEarly(text, where)) {
            return reason(e);
        }
        return sawElement ? TRUNCATED : "no XML element found";
    }

    static final String TRUNCATED = "the file ends before its elements are closed (truncated?)";

    private static boolean endsTooEarly(XmlEncoding.StrictReader text, SourceLocation where) {
        return text != null && text.atEnd() && where.line() >= text.line();
    }

    /** The parser's reason without its "ParseError at [row,col]" prefix, on one line. */
    static String parserMessage(Exception e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return "the parser stopped without saying why";
        }
        int at = message.indexOf("Message: ");
        if (at >= 0) {
            message = message.substring(at + "Message: ".length());
        }
        return oneLine(message.replaceFirst("^\\s*JAXP\\d+:\\s*", ""));
    }

    private static boolean isCodingError(Throwable e) {
        return badBytes(e) != null;
    }

    /** The decoding failure behind a parser exception, if that is what it is. */
    private static XmlEncoding.BadBytesException badBytes(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof XmlEncoding.BadBytesException bad) {
                return bad;
            }
            if (t instanceof XMLStreamException x && x.getNestedException() != null && x.getNestedException() != t) {
                XmlEncoding.BadBytesException nested = badBytes(x.getNestedException());
                if (nested != null) {
                    return nested;
                }
            }
        }
        return null;
    }

    static String oneLine(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() > 200 ? line.substring(0, 199) + "…" : line;
    }
}
