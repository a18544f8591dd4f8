package org.teixit.io.xml;

import java.util.ArrayDeque;
import java.util.Deque;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A small element-by-element front to {@link XMLStreamWriter} that indents nested elements, keeps text
 * elements on one line, and passes every text and attribute value through {@link XmlChars} so it reads
 * back exactly as written. Attributes with a {@code null} value are left out.
 */
public final class XmlOut {
    private static final String INDENT = "  ";

    private final XMLStreamWriter writer;
    /** For each open element: whether it has child elements (then its end tag goes on its own line). */
    private final Deque<Boolean> open = new ArrayDeque<>();

    XmlOut(XMLStreamWriter writer) {
        this.writer = writer;
    }

    /** Opens an element (with its namespace declarations to follow, for the root). */
    public XmlOut start(String name) throws XMLStreamException {
        newLine();
        writer.writeStartElement(name);
        open.push(false);
        return this;
    }

    /** Declares the default namespace on the element just opened. */
    public XmlOut defaultNamespace(String uri) throws XMLStreamException {
        writer.writeDefaultNamespace(uri);
        return this;
    }

    /** Declares a prefixed namespace on the element just opened. */
    public XmlOut namespace(String prefix, String uri) throws XMLStreamException {
        writer.writeNamespace(prefix, uri);
        return this;
    }

    /** Writes an element with no content; attributes follow. */
    public XmlOut empty(String name) throws XMLStreamException {
        newLine();
        writer.writeEmptyElement(name);
        return this;
    }

    /** Writes an element with no content in a prefixed namespace declared on an ancestor. */
    public XmlOut empty(String prefix, String name, String namespaceUri) throws XMLStreamException {
        newLine();
        writer.writeEmptyElement(prefix, name, namespaceUri);
        return this;
    }

    public XmlOut attribute(String name, String value) throws XMLStreamException {
        if (value != null) {
            writer.writeAttribute(name, XmlChars.attribute(value));
        }
        return this;
    }

    /** Writes {@code <name>text</name>} on one line. */
    public XmlOut textElement(String name, String text) throws XMLStreamException {
        return start(name).text(text).end();
    }

    /** Writes text into the element just opened; call before {@link #end()}. */
    public XmlOut text(String text) throws XMLStreamException {
        writer.writeCharacters(XmlChars.content(text));
        return this;
    }

    /** Closes the innermost open element. */
    public XmlOut end() throws XMLStreamException {
        boolean hadChildren = open.pop();
        if (hadChildren) {
            writer.writeCharacters("\n" + INDENT.repeat(open.size()));
        }
        writer.writeEndElement();
        return this;
    }

    private void newLine() throws XMLStreamException {
        if (!open.isEmpty()) {
            open.pop();
            open.push(true);
        }
        writer.writeCharacters("\n" + INDENT.repeat(open.size()));
    }
}
