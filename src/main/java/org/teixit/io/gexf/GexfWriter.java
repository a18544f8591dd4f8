package org.teixit.io.gexf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

import javax.xml.stream.XMLStreamException;

import org.teixit.io.EcosystemWriter;
import org.teixit.io.xml.Column;
import org.teixit.io.xml.ExportColumns;
import org.teixit.io.xml.XmlFileWriter;
import org.teixit.io.xml.XmlOut;
import org.teixit.model.Actor;
import org.teixit.model.Ecosystem;
import org.teixit.model.Tie;

/**
 * Writes an ecosystem as GEXF 1.3 for Gephi: {@code <meta>} with creator Teixit, the map's name as title
 * and its description; node attributes kind, setting, notes, pinned and the custom ones; edge attributes
 * kind, strength, dimensions, stage, notes and the custom ones (see {@link ExportColumns}); the edge
 * {@code weight} is the strength, or the weight the tie was imported with; the edge {@code label} is the
 * tie kind; {@code viz:position} holds positions. {@code defaultedgetype} is directed or undirected when
 * every tie is; a map that mixes both has no default and a {@code type} on every edge, because Gephi 0.10
 * drops edges whose type differs from a declared default but reads such a mixed graph correctly.
 */
public final class GexfWriter implements EcosystemWriter {
    public static final String NAMESPACE = "http://gexf.net/1.3";
    public static final String VIZ_NAMESPACE = "http://gexf.net/1.3/viz";
    public static final String VERSION = "1.3";
    public static final String CREATOR = "Teixit";

    @Override
    public void write(Ecosystem ecosystem, Path file) throws IOException {
        List<Column<Actor>> nodeColumns = ExportColumns.forActors(ecosystem.actors());
        List<Column<Tie>> edgeColumns = ExportColumns.forTies(ecosystem.ties());
        String defaultType = defaultEdgeType(ecosystem.ties());
        XmlFileWriter.write(file, out -> {
            out.start("gexf").defaultNamespace(NAMESPACE).namespace("viz", VIZ_NAMESPACE).attribute("version", VERSION);
            writeMeta(out, ecosystem);
            out.start("graph").attribute("defaultedgetype", defaultType)
                    .attribute("mode", "static");
            declare(out, "node", nodeColumns);
            declare(out, "edge", edgeColumns);
            writeNodes(out, ecosystem.actors(), nodeColumns, new GexfLook(ecosystem));
            writeEdges(out, ecosystem.ties(), edgeColumns, defaultType == null);
            out.end();
            out.end();
        });
    }

    /** "directed" or "undirected" when every tie agrees (an empty map is undirected), {@code null} when mixed. */
    private static String defaultEdgeType(Collection<Tie> ties) {
        boolean anyDirected = ties.stream().anyMatch(Tie::directed);
        boolean anyUndirected = ties.stream().anyMatch(t -> !t.directed());
        return anyDirected && anyUndirected ? null : anyDirected ? "directed" : "undirected";
    }

    private static void writeMeta(XmlOut out, Ecosystem ecosystem) throws XMLStreamException {
        out.start("meta");
        out.textElement("creator", CREATOR);
        out.textElement("title", ecosystem.name());
        if (!ecosystem.description().isEmpty()) {
            out.textElement("description", ecosystem.description());
        }
        out.end();
    }

    private static <T> void declare(XmlOut out, String kind, List<Column<T>> columns) throws XMLStreamException {
        if (columns.isEmpty()) {
            return;
        }
        out.start("attributes").attribute("class", kind).attribute("mode", "static");
        for (int i = 0; i < columns.size(); i++) {
            Column<T> c = columns.get(i);
            out.empty("attribute").attribute("id", Integer.toString(i)).attribute("title", c.name())
                    .attribute("type", c.type().gexfName());
        }
        out.end();
    }

    private static void writeNodes(XmlOut out, Collection<Actor> actors, List<Column<Actor>> columns, GexfLook look)
            throws XMLStreamException {
        out.start("nodes");
        for (Actor a : actors) {
            out.start("node").attribute("id", a.id()).attribute("label", a.label());
            writeAttvalues(out, a, columns);
            org.teixit.style.Rgb c = look.colour(a);
            out.empty("viz", "color", VIZ_NAMESPACE).attribute("r", Integer.toString(c.r()))
                    .attribute("g", Integer.toString(c.g())).attribute("b", Integer.toString(c.b()));
            if (a.hasPosition()) {
                out.empty("viz", "position", VIZ_NAMESPACE)
                        .attribute("x", Double.toString(a.position().x()))
                        .attribute("y", Double.toString(a.position().y()));
            }
            out.empty("viz", "size", VIZ_NAMESPACE).attribute("value", Double.toString(look.size(a)));
            out.end();
        }
        out.end();
    }

    private static void writeEdges(XmlOut out, Collection<Tie> ties, List<Column<Tie>> columns, boolean mixed)
            throws XMLStreamException {
        out.start("edges");
        for (Tie t : ties) {
            out.start("edge").attribute("id", t.id()).attribute("source", t.source()).attribute("target", t.target())
                    .attribute("type", mixed ? (t.directed() ? "directed" : "undirected") : null)
                    .attribute("label", t.kind().isEmpty() ? null : t.kind())
                    .attribute("weight", ExportColumns.weightOf(t));
            writeAttvalues(out, t, columns);
            org.teixit.style.Rgb c = GexfLook.colour(t);
            out.empty("viz", "color", VIZ_NAMESPACE).attribute("r", Integer.toString(c.r()))
                    .attribute("g", Integer.toString(c.g())).attribute("b", Integer.toString(c.b()));
            out.empty("viz", "thickness", VIZ_NAMESPACE).attribute("value", Double.toString(GexfLook.thickness(t)));
            out.end();
        }
        out.end();
    }

    private static <T> void writeAttvalues(XmlOut out, T element, List<Column<T>> columns) throws XMLStreamException {
        boolean opened = false;
        for (int i = 0; i < columns.size(); i++) {
            String value = columns.get(i).value().apply(element);
            if (value == null) {
                continue;
            }
            if (!opened) {
                out.start("attvalues");
                opened = true;
            }
            out.empty("attvalue").attribute("for", Integer.toString(i)).attribute("value", value);
        }
        if (opened) {
            out.end();
        }
    }
}
