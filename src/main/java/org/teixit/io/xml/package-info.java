/**
 * What the graph formats share. The attribute mapping ({@link org.teixit.io.xml.ActorMapping},
 * {@link org.teixit.io.xml.TieMapping}, {@link org.teixit.io.xml.AttributeNames},
 * {@link org.teixit.io.xml.RawElement}, {@link org.teixit.io.xml.BatchCollector},
 * {@link org.teixit.io.xml.ExportColumns}) serves the spreadsheet formats (CSV, XLSX) too, so every format
 * maps names to fields the same way. For the XML formats (GEXF, GraphML): a StAX reader that refuses DOCTYPEs and external
 * entities ({@link org.teixit.io.xml.SafeXml}, {@link org.teixit.io.xml.XmlInput}), the one mapping from
 * node and edge attributes to actors and ties ({@link org.teixit.io.xml.ActorMapping},
 * {@link org.teixit.io.xml.TieMapping}, {@link org.teixit.io.xml.AttributeNames}), the columns both writers
 * export ({@link org.teixit.io.xml.ExportColumns}), and an atomic, correctly escaping XML file writer
 * ({@link org.teixit.io.xml.XmlFileWriter}).
 *
 * <p>May depend on {@code org.teixit.model}, {@code org.teixit.io}, {@code org.teixit.task}, {@code org.teixit.i18n} (for
 * messages) and the JDK's
 * {@code javax.xml.stream}; never on JavaFX, {@code java.sql}, {@code org.gephi} or {@code org.jgrapht}.
 */
package org.teixit.io.xml;
