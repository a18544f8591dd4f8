/**
 * What the XML graph formats (GEXF, GraphML) share: a StAX reader that refuses DOCTYPEs and external
 * entities ({@link org.teixit.io.xml.SafeXml}, {@link org.teixit.io.xml.XmlInput}), the one mapping from
 * node and edge attributes to actors and ties ({@link org.teixit.io.xml.ActorMapping},
 * {@link org.teixit.io.xml.TieMapping}, {@link org.teixit.io.xml.AttributeNames}), the columns both writers
 * export ({@link org.teixit.io.xml.ExportColumns}), and an atomic, correctly escaping XML file writer
 * ({@link org.teixit.io.xml.XmlOutput}).
 *
 * <p>May depend on {@code org.teixit.model}, {@code org.teixit.io}, {@code org.teixit.task} and the JDK's
 * {@code javax.xml.stream}; never on JavaFX, {@code java.sql}, {@code org.gephi} or {@code org.jgrapht}.
 */
package org.teixit.io.xml;
