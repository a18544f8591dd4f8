package org.teixit.io.gexf;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.teixit.io.ImportException;
import org.teixit.io.SourceLocation;
import org.teixit.io.xml.BatchCollector;
import org.teixit.io.xml.DefaultBudget;
import org.teixit.io.xml.RawElement;
import org.teixit.io.xml.RawElement.Value;
import org.teixit.io.xml.XmlInput;

/**
 * Walks a GEXF document from its root: {@code meta}, {@code graph}, its {@code attributes}, {@code nodes}
 * and {@code edges}. Native values (a node's label and {@code viz:position}, an edge's type, kind, label
 * and weight) are put before the attribute values, so they win when both say the same thing. Nested nodes
 * (hierarchical graphs) are flattened; colours, sizes, shapes and spells are ignored.
 */
final class GexfContent {
    private static final int MAX_NESTING = 64;
    /** The attvalue Gephi writes, undeclared, for an edge's weight over time. */
    private static final String GEPHI_DYNAMIC_WEIGHT = "weight";

    private final XmlInput in;
    private final BatchCollector batch;
    private final GexfAttributeTable nodeAttributes = new GexfAttributeTable();
    private final GexfAttributeTable edgeAttributes = new GexfAttributeTable();
    private final DefaultBudget defaults = new DefaultBudget();
    private boolean directedByDefault;

    GexfContent(XmlInput in, BatchCollector batch) {
        this.in = in;
        this.batch = batch;
    }

    void readRoot() throws ImportException {
        boolean sawGraph = false;
        while (in.nextChild()) {
            switch (in.name()) {
                case "meta" -> readMeta();
                case "graph" -> {
                    if (sawGraph) {
                        batch.warnOnce("graphs", in.here(), "the file holds more than one graph; all are read into one map");
                    }
                    readGraph();
                    sawGraph = true;
                }
                default -> in.skip();
            }
        }
        if (!sawGraph) {
            throw in.error(null, "the GEXF file has no <graph> element");
        }
    }

    private void readMeta() throws ImportException {
        while (in.nextChild()) {
            if (in.name().equals("title")) {
                batch.graphName(in.text());
            } else if (in.name().equals("description")) {
                batch.graphDescription(in.text());
            } else {
                in.skip();
            }
        }
    }

    private void readGraph() throws ImportException {
        directedByDefault = defaultDirectedness(in.attribute("defaultedgetype"));
        if ("dynamic".equals(in.attribute("mode"))) {
            batch.warnOnce("dynamic", in.here(), "the graph is dynamic; only the first value of each attribute is read");
        }
        batch.graphName(in.attribute("name"));
        while (in.nextChild()) {
            switch (in.name()) {
                case "attributes" -> readAttributeDeclarations();
                case "nodes" -> readNodes(0);
                case "edges" -> readEdges();
                default -> in.skip();
            }
        }
    }

    private boolean defaultDirectedness(String type) {
        if (type == null || type.isBlank()) {
            return false;
        }
        switch (type.strip().toLowerCase(Locale.ROOT)) {
            case "directed":
                return true;
            case "undirected", "mutual":
                return false;
            default:
                batch.warn(in.here(), "unknown defaultedgetype \"" + type.strip() + "\"; ties are read as undirected");
                return false;
        }
    }

    private void readAttributeDeclarations() throws ImportException {
        String kind = in.attribute("class");
        GexfAttributeTable table = "node".equals(kind) ? nodeAttributes : "edge".equals(kind) ? edgeAttributes : null;
        if (table == null) {
            in.skip();
            return;
        }
        if ("dynamic".equals(in.attribute("mode"))) {
            batch.warnOnce("dynamic", in.here(), "the graph is dynamic; only the first value of each attribute is read");
        }
        while (in.nextChild()) {
            if (in.name().equals("attribute")) {
                readAttributeDeclaration(table);
            } else {
                in.skip();
            }
        }
    }

    private void readAttributeDeclaration(GexfAttributeTable table) throws ImportException {
        String id = in.attribute("id");
        String title = in.attribute("title");
        String defaultValue = null;
        int defaultLine = 0;
        while (in.nextChild()) {
            if (in.name().equals("default")) {
                defaultLine = in.line();
                defaultValue = in.text();
            } else {
                in.skip();
            }
        }
        if (id == null || id.isBlank()) {
            batch.warn(in.here(), "an <attribute> without id is ignored");
            return;
        }
        table.declare(id, title, defaultValue, defaultLine);
    }

    private void readNodes(int depth) throws ImportException {
        if (depth > MAX_NESTING) {
            throw in.error(null, "nodes are nested more than " + MAX_NESTING + " levels deep");
        }
        while (in.nextChild()) {
            if (in.name().equals("node")) {
                readNode(depth);
            } else {
                in.skip();
            }
        }
    }

    private void readNode(int depth) throws ImportException {
        SourceLocation where = in.here();
        String id = in.attribute("id");
        String label = in.attribute("label");
        String x = null;
        String y = null;
        int positionLine = 0;
        Map<String, Value> attvalues = new LinkedHashMap<>();
        while (in.nextChild()) {
            switch (in.name()) {
                case "attvalues" -> readAttvalues(nodeAttributes, attvalues);
                case "position" -> {
                    x = in.attribute("x");
                    y = in.attribute("y");
                    positionLine = in.line();
                    in.skip();
                }
                case "nodes" -> {
                    batch.warnOnce("nested", in.here(), "nested nodes (a hierarchical graph) are read as one flat map");
                    readNodes(depth + 1);
                }
                case "edges" -> readEdges();
                default -> in.skip();
            }
        }
        RawElement node = RawElement.node(id, where)
                .put("label", label, where.line())
                .put("x", x, positionLine)
                .put("y", y, positionLine);
        attvalues.values().forEach(v -> node.put(v.name(), v.text(), v.line()));
        nodeAttributes.applyDefaults(node, defaults);
        batch.node(node);
    }

    private void readEdges() throws ImportException {
        while (in.nextChild()) {
            if (in.name().equals("edge")) {
                readEdge();
            } else {
                in.skip();
            }
        }
    }

    private void readEdge() throws ImportException {
        SourceLocation where = in.here();
        RawElement edge = RawElement.edge(in.attribute("id"), in.attribute("source"), in.attribute("target"),
                where, directedByDefault);
        edge.put("directed", directedness(in.attribute("type")), where.line())
                .put("kind", in.attribute("kind"), where.line())
                .put("label", in.attribute("label"), where.line())
                .put("weight", in.attribute("weight"), where.line());
        Map<String, Value> attvalues = new LinkedHashMap<>();
        while (in.nextChild()) {
            if (in.name().equals("attvalues")) {
                readAttvalues(edgeAttributes, attvalues);
            } else {
                in.skip();
            }
        }
        attvalues.values().forEach(v -> edge.put(v.name(), v.text(), v.line()));
        edgeAttributes.applyDefaults(edge, defaults);
        batch.edge(edge);
    }

    private String directedness(String type) throws ImportException {
        if (type == null || type.isBlank()) {
            return null;
        }
        switch (type.strip().toLowerCase(Locale.ROOT)) {
            case "directed":
                return "true";
            case "undirected", "mutual":
                return "false";
            default:
                throw in.error("type", "\"" + type.strip() + "\" is not directed, undirected or mutual");
        }
    }

    /** Reads {@code <attvalue for=… value=…/>}s; a dynamic attribute's later values are dropped. */
    private void readAttvalues(GexfAttributeTable table, Map<String, Value> into) throws ImportException {
        while (in.nextChild()) {
            if (!in.name().equals("attvalue")) {
                in.skip();
                continue;
            }
            String ref = in.attribute("for") != null ? in.attribute("for") : in.attribute("id");
            String value = in.attribute("value");
            int line = in.line();
            if (in.attribute("start") != null || in.attribute("end") != null) {
                batch.warnOnce("dynamic", in.here(), "the graph is dynamic; only the first value of each attribute is read");
            }
            in.skip();
            if (ref == null || value == null) {
                continue;
            }
            if (!table.isDeclared(ref) && !(table == edgeAttributes && ref.equals(GEPHI_DYNAMIC_WEIGHT))) {
                batch.warnOnce("undeclared " + ref, in.at(line),
                        "attribute \"" + ref + "\" is not declared; its values are kept under that name");
            }
            String title = table.title(ref);
            into.putIfAbsent(title, new Value(title, value, line));
        }
    }
}
