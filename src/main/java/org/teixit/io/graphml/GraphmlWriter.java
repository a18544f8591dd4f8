package org.teixit.io.graphml;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamException;

import org.teixit.io.EcosystemWriter;
import org.teixit.io.xml.AttributeNames.EdgeField;
import org.teixit.io.xml.AttributeNames.NodeField;
import org.teixit.io.xml.AttributeType;
import org.teixit.io.xml.Column;
import org.teixit.io.xml.ExportColumns;
import org.teixit.io.xml.XmlFileWriter;
import org.teixit.io.xml.XmlOut;
import org.teixit.model.Actor;
import org.teixit.model.Ecosystem;
import org.teixit.model.Tie;

/**
 * Writes an ecosystem as plain GraphML that networkx ({@code read_graphml}), yEd and Gephi read: typed
 * {@code <key>}s for the map's name and description, node label, kind, setting, notes, pinned, custom
 * attributes and x/y; edge kind, strength, dimensions, stage, notes, custom attributes and weight (see
 * {@link ExportColumns}). {@code edgedefault} is directed when every tie is, else undirected. When a map
 * mixes directed and undirected ties, each edge gets a boolean "directed" data value instead of GraphML's
 * own {@code directed} attribute, because networkx refuses mixed graphs.
 */
public final class GraphmlWriter implements EcosystemWriter {
    public static final String NAMESPACE = "http://graphml.graphdrawing.org/xmlns";

    private record Key<T>(String id, String domain, Column<T> column) {
    }

    /** Hands out key ids d0, d1, … in the order keys are declared. */
    private static final class KeyIds {
        private int next;

        <T> void add(List<Key<T>> keys, String domain, Column<T> column) {
            keys.add(new Key<>("d" + next++, domain, column));
        }
    }

    @Override
    public void write(Ecosystem ecosystem, Path file) throws IOException {
        boolean allDirected = !ecosystem.ties().isEmpty() && ecosystem.ties().stream().allMatch(Tie::directed);
        boolean mixed = !allDirected && ecosystem.ties().stream().anyMatch(Tie::directed);
        List<Key<Ecosystem>> graphKeys = new ArrayList<>();
        List<Key<Actor>> nodeKeys = new ArrayList<>();
        List<Key<Tie>> edgeKeys = new ArrayList<>();
        KeyIds ids = new KeyIds();
        ids.add(graphKeys, "graph", new Column<>("name", AttributeType.STRING, Ecosystem::name));
        if (!ecosystem.description().isEmpty()) {
            ids.add(graphKeys, "graph", new Column<>("description", AttributeType.STRING, Ecosystem::description));
        }
        ids.add(nodeKeys, "node", new Column<>(NodeField.LABEL.exportName(), AttributeType.STRING, Actor::label));
        ExportColumns.forActors(ecosystem.actors()).forEach(c -> ids.add(nodeKeys, "node", c));
        if (ecosystem.actors().stream().anyMatch(Actor::hasPosition)) {
            ids.add(nodeKeys, "node", new Column<>(NodeField.X.exportName(), AttributeType.DOUBLE,
                    a -> a.hasPosition() ? Double.toString(a.position().x()) : null));
            ids.add(nodeKeys, "node", new Column<>(NodeField.Y.exportName(), AttributeType.DOUBLE,
                    a -> a.hasPosition() ? Double.toString(a.position().y()) : null));
        }
        ExportColumns.forTies(ecosystem.ties()).forEach(c -> ids.add(edgeKeys, "edge", c));
        ids.add(edgeKeys, "edge", new Column<>(EdgeField.WEIGHT.exportName(), AttributeType.DOUBLE, ExportColumns::weightOf));
        if (mixed) {
            ids.add(edgeKeys, "edge", new Column<>(EdgeField.DIRECTED.exportName(), AttributeType.BOOLEAN,
                    t -> Boolean.toString(t.directed())));
        }
        XmlFileWriter.write(file, out -> {
            out.start("graphml").defaultNamespace(NAMESPACE);
            declare(out, graphKeys);
            declare(out, nodeKeys);
            declare(out, edgeKeys);
            out.start("graph").attribute("id", "G").attribute("edgedefault", allDirected ? "directed" : "undirected");
            writeData(out, ecosystem, graphKeys);
            for (Actor a : ecosystem.actors()) {
                out.start("node").attribute("id", a.id());
                writeData(out, a, nodeKeys);
                out.end();
            }
            for (Tie t : ecosystem.ties()) {
                out.start("edge").attribute("id", t.id()).attribute("source", t.source()).attribute("target", t.target());
                writeData(out, t, edgeKeys);
                out.end();
            }
            out.end();
            out.end();
        });
    }

    private static <T> void declare(XmlOut out, List<Key<T>> keys) throws XMLStreamException {
        for (Key<T> k : keys) {
            out.empty("key").attribute("id", k.id()).attribute("for", k.domain())
                    .attribute("attr.name", k.column().name()).attribute("attr.type", k.column().type().graphmlName());
        }
    }

    private static <T> void writeData(XmlOut out, T element, List<Key<T>> keys) throws XMLStreamException {
        for (Key<T> k : keys) {
            String value = k.column().value().apply(element);
            if (value != null) {
                out.start("data").attribute("key", k.id()).text(value).end();
            }
        }
    }
}
