/**
 * GEXF files, the format of Gephi: {@link org.teixit.io.gexf.GexfReader} reads GEXF 1.1, 1.2draft and 1.3
 * as Gephi 0.9/0.10 and networkx write them; {@link org.teixit.io.gexf.GexfWriter} writes GEXF 1.3.
 * Attribute names map to the model through {@link org.teixit.io.xml}, the same way as for GraphML.
 *
 * <p>May depend on {@code org.teixit.model}, {@code org.teixit.io}, {@code org.teixit.io.xml},
 * {@code org.teixit.task} and the JDK's {@code javax.xml.stream}; never on JavaFX, {@code java.sql},
 * {@code org.gephi} or {@code org.jgrapht}.
 */
package org.teixit.io.gexf;
