package org.teixit.io.xml;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.teixit.io.ImportException;
import org.teixit.io.SourceLocation;
import org.teixit.task.Progress;

/**
 * A cursor over one XML file for recursive-descent readers. The cursor always sits on an element: after
 * {@link #nextChild()} returns {@code true} it is on the child's start tag, and every method that handles an
 * element ({@link #text()}, {@link #skip()}, a {@code nextChild()} loop that returned {@code false}) leaves
 * it on that element's end tag. Every parser failure becomes a one-line {@link ImportException} naming the
 * file and line; a DOCTYPE is refused before anything it declares is used. Reports progress (bytes read)
 * and checks for cancellation every {@value #REPORT_EVERY} elements.
 */
public final class XmlInput implements AutoCloseable {
    static final int REPORT_EVERY = 1000;

    private final String fileName;
    private final CountingInputStream bytes;
    private final long size;
    private final Progress progress;
    private final XmlEncoding.StrictReader text;
    private final XMLStreamReader reader;
    private long elements;

    private XmlInput(String fileName, CountingInputStream bytes, long size, Progress progress,
                     XmlEncoding.StrictReader text, XMLStreamReader reader) {
        this.fileName = fileName;
        this.bytes = bytes;
        this.size = size;
        this.progress = progress;
        this.text = text;
        this.reader = reader;
    }

    /** Opens {@code file} and moves to its root element, which must be called {@code rootName}. */
    public static XmlInput openAtRoot(Path file, Progress progress, String rootName, String formatName)
            throws ImportException {
        XmlInput in = open(file, progress);
        try {
            in.moveToRoot(rootName, formatName);
            return in;
        } catch (ImportException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    static XmlInput open(Path file, Progress progress) throws ImportException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        CountingInputStream stream;
        long size;
        try {
            size = Files.size(file);
            stream = new CountingInputStream(new BufferedInputStream(Files.newInputStream(file)));
        } catch (IOException e) {
            throw new ImportException(SourceLocation.file(name), null, "cannot read the file (" + ParserErrors.ioReason(e) + ")");
        }
        if (Files.isDirectory(file)) {
            closeQuietly(stream);
            throw new ImportException(SourceLocation.file(name), null, "is a folder, not a file");
        }
        if (size == 0) {
            closeQuietly(stream);
            throw new ImportException(SourceLocation.file(name), null, "the file is empty");
        }
        XmlEncoding.StrictReader text = null;
        try {
            text = XmlEncoding.reader(stream);
            XMLStreamReader reader = SafeXml.inputFactory().createXMLStreamReader(text);
            return new XmlInput(name, stream, size, progress, text, reader);
        } catch (XMLStreamException | IOException | RuntimeException e) {
            closeQuietly(stream);
            SourceLocation where = ParserErrors.where(name, e);
            throw new ImportException(where, null, ParserErrors.reason(e, text, where, false));
        }
    }

    private void moveToRoot(String rootName, String formatName) throws ImportException {
        int event = reader.getEventType();
        while (event != XMLStreamConstants.START_ELEMENT) {
            if (event == XMLStreamConstants.END_DOCUMENT) {
                throw error(null, "no XML element found; not a " + formatName + " file");
            }
            event = advance();
        }
        if (!reader.getLocalName().equals(rootName)) {
            throw error(null, "not a " + formatName + " file: the root element is <" + reader.getLocalName()
                    + ">, expected <" + rootName + ">");
        }
        countElement();
    }

    public String fileName() {
        return fileName;
    }

    /** The local name of the element the cursor is on. */
    public String name() {
        return reader.getLocalName();
    }

    /** The namespace URI of the element the cursor is on, or "" when it has none. */
    public String namespace() {
        String ns = reader.getNamespaceURI();
        return ns == null ? "" : ns;
    }

    /** The value of the current element's attribute with this local name (any namespace), or {@code null}. */
    public String attribute(String localName) {
        return reader.getAttributeValue(null, localName);
    }

    public int line() {
        Location location = reader.getLocation();
        return location == null ? 0 : Math.max(0, location.getLineNumber());
    }

    public SourceLocation here() {
        return SourceLocation.line(fileName, line());
    }

    /** A line of this file. */
    public SourceLocation at(int line) {
        return SourceLocation.line(fileName, line);
    }

    /** An exception at the current line. */
    public ImportException error(String field, String reason) {
        return new ImportException(here(), field, reason);
    }

    /**
     * Moves to the next child element of the element whose start tag the cursor is on (or whose previous
     * child it has just finished). Returns {@code false}, on the parent's end tag, when there are no more.
     */
    public boolean nextChild() throws ImportException {
        while (true) {
            switch (advance()) {
                case XMLStreamConstants.START_ELEMENT:
                    countElement();
                    return true;
                case XMLStreamConstants.END_ELEMENT:
                    return false;
                case XMLStreamConstants.END_DOCUMENT:
                    throw error(null, ParserErrors.TRUNCATED);
                default:
                    break;
            }
        }
    }

    /** Handles a child element met inside text; must leave the cursor on that child's end tag. */
    @FunctionalInterface
    public interface ChildReader {
        void read() throws ImportException;
    }

    /** The text directly inside the current element (nested elements are skipped); ends on its end tag. */
    public String text() throws ImportException {
        return text(this::skip);
    }

    /**
     * The text directly inside the current element; each nested element is handed to {@code children},
     * with the cursor on its start tag. Ends on the current element's end tag.
     */
    public String text(ChildReader children) throws ImportException {
        StringBuilder text = new StringBuilder();
        while (true) {
            int event = advance();
            if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                text.append(reader.getText());
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                countElement();
                children.read();
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                return text.toString();
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                throw error(null, "the file ends inside an element (truncated?)");
            }
        }
    }

    /** Skips the current element and everything inside it; ends on its end tag. */
    public void skip() throws ImportException {
        int depth = 1;
        while (depth > 0) {
            int event = advance();
            if (event == XMLStreamConstants.START_ELEMENT) {
                countElement();
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                throw error(null, "the file ends inside an element (truncated?)");
            }
        }
    }

    private int advance() throws ImportException {
        int event;
        try {
            event = reader.next();
        } catch (XMLStreamException | RuntimeException e) {
            SourceLocation where = ParserErrors.where(fileName, e);
            where = where.line() > 0 ? where : here();
            throw new ImportException(where, null, ParserErrors.reason(e, text, where, elements > 0));
        }
        if (event == XMLStreamConstants.DTD) {
            throw error(null, "DOCTYPE declarations are not allowed (they can read other files or expand "
                    + "without limit); remove the <!DOCTYPE …> part and try again");
        }
        if (event == XMLStreamConstants.ENTITY_REFERENCE) {
            throw error(null, "undeclared entity &" + reader.getLocalName() + ";");
        }
        return event;
    }

    private void countElement() {
        elements++;
        if (elements % REPORT_EVERY == 0) {
            progress.checkCancelled();
            progress.update("Reading " + fileName, bytes.count(), size);
        }
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (XMLStreamException e) {
            // nothing left to do: the stream is closed below
        }
        closeQuietly(bytes);
    }

    private static void closeQuietly(InputStream stream) {
        try {
            stream.close();
        } catch (IOException e) {
            // reading is over; a failing close changes nothing
        }
    }
}
