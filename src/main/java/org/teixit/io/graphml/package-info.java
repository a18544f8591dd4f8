/**
 * GraphML files as networkx, yEd and Gephi write them: {@link org.teixit.io.graphml.GraphmlReader} reads
 * plain GraphML keys and yEd's node graphics (labels and geometry); {@link org.teixit.io.graphml.GraphmlWriter}
 * writes plain GraphML. Attribute names map to the model through {@link org.teixit.io.xml}, the same way
 * as for GEXF.
 *
 * <p>May depend on {@code org.teixit.model}, {@code org.teixit.io}, {@code org.teixit.io.xml},
 * {@code org.teixit.task} and the JDK's {@code javax.xml.stream}; never on JavaFX, {@code java.sql},
 * {@code org.gephi} or {@code org.jgrapht}.
 */
package org.teixit.io.graphml;
