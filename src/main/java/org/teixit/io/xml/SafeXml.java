package org.teixit.io.xml;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;

/**
 * The JDK's own StAX factories, configured so that reading a file can neither open other files or URLs
 * (XXE) nor expand entities without limit (billion laughs), and elements nest at most
 * {@value #MAX_ELEMENT_DEPTH} deep. Uses {@code newDefaultFactory()}, not
 * {@code newInstance()}: Gephi brings Woodstox onto the class path and {@code newInstance()} would pick it.
 * DOCTYPEs themselves are refused by {@link XmlInput} as soon as the parser reports one.
 */
public final class SafeXml {
    /**
     * How deep elements may nest: real files nest a few dozen levels (yEd groups in groups); millions of
     * levels in a hostile file would only fill memory.
     */
    static final int MAX_ELEMENT_DEPTH = 10_000;

    private SafeXml() {
    }

    /** A fresh, namespace-aware input factory with DTDs, external entities and entity replacement off. */
    public static XMLInputFactory inputFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty("javax.xml.stream.isSupportingExternalEntities", false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty("jdk.xml.maxElementDepth", MAX_ELEMENT_DEPTH);
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resources are not allowed: " + systemId);
        });
        // Without a reporter the JDK's parser prints "[Fatal Error] …" to stderr; the error reaches the
        // caller as an exception anyway.
        factory.setXMLReporter((message, errorType, relatedInformation, location) -> {
        });
        return factory;
    }

    /** The JDK's own output factory (never Woodstox). */
    public static XMLOutputFactory outputFactory() {
        return XMLOutputFactory.newDefaultFactory();
    }
}
