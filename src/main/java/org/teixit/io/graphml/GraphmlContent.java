package org.teixit.io.graphml;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.teixit.io.ImportException;
import org.teixit.io.SourceLocation;
import org.teixit.io.xml.AttributeNames;
import org.teixit.io.xml.BatchCollector;
import org.teixit.io.xml.DefaultBudget;
import org.teixit.io.xml.RawElement;
import org.teixit.io.xml.RawElement.Value;
import org.teixit.io.xml.XmlInput;

/**
 * Walks a GraphML document: {@code <key>}s, then {@code <graph>}s with their nodes, edges and data.
 * Nested graphs (yEd groups) are flattened into one map, the group nodes staying actors; hyperedges,
 * ports and external graphs ({@code <locator>}) are skipped with a warning. yEd's graphics give a node's
 * label and position only where no plain data does.
 */
final class GraphmlContent {
    private static final int MAX_NESTING = 64;

    private final XmlInput in;
    private final BatchCollector batch;
    private final GraphmlKeys keys = new GraphmlKeys();
    private final DefaultBudget defaults = new DefaultBudget();
    private int graphs;

    GraphmlContent(XmlInput in, BatchCollector batch) {
        this.in = in;
        this.batch = batch;
    }

    void readRoot() throws ImportException {
        while (in.nextChild()) {
            switch (in.name()) {
                case "key" -> readKey();
                case "graph" -> {
                    if (++graphs == 2) {
                        batch.warnOnce("graphs", in.here(), "the file holds more than one graph; all are read into one map");
                    }
                    readGraph(0);
                }
                default -> in.skip();
            }
        }
        if (graphs == 0) {
            throw in.error(null, "the GraphML file has no <graph> element");
        }
    }

    private void readKey() throws ImportException {
        String id = in.attribute("id");
        String name = in.attribute("attr.name");
        String domain = in.attribute("for");
        boolean yEdGraphics = in.attribute("yfiles.type") != null;
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
            batch.warn(in.here(), "a <key> without id is ignored");
            return;
        }
        keys.declare(new GraphmlKeys.Key(id, name == null || name.isBlank() ? id : name,
                domain == null || domain.isBlank() ? "all" : domain.strip(), defaultValue, defaultLine, yEdGraphics));
    }

    private void readGraph(int depth) throws ImportException {
        if (depth > MAX_NESTING) {
            throw in.error(null, "graphs are nested more than " + MAX_NESTING + " levels deep");
        }
        boolean directed = "directed".equals(in.attribute("edgedefault"));
        while (in.nextChild()) {
            switch (in.name()) {
                case "node" -> readNode(depth, directed);
                case "edge" -> readEdge(depth, directed);
                case "data" -> readGraphData(depth);
                case "hyperedge" -> {
                    batch.warnOnce("hyperedge", in.here(), "hyperedges (edges joining more than two nodes) are skipped");
                    in.skip();
                }
                case "locator" -> {
                    batch.warnOnce("locator", in.here(), "graphs kept in other files (<locator>) are skipped");
                    in.skip();
                }
                default -> in.skip();
            }
        }
    }

    private void readGraphData(int depth) throws ImportException {
        GraphmlKeys.Key key = keys.get(in.attribute("key"));
        String text = in.text();
        if (depth == 0 && key != null && AttributeNames.fold(key.name()).equals("name")) {
            batch.graphName(text);
        } else if (depth == 0 && key != null && AttributeNames.fold(key.name()).equals("description")) {
            batch.graphDescription(text);
        }
    }

    private void readNode(int depth, boolean directed) throws ImportException {
        SourceLocation where = in.here();
        RawElement node = RawElement.node(in.attribute("id"), where);
        YedGraphics yEd = new YedGraphics();
        Map<String, Value> values = new LinkedHashMap<>();
        while (in.nextChild()) {
            switch (in.name()) {
                case "data" -> readData(values, yEd);
                case "graph" -> {
                    batch.warnOnce("nested", in.here(), "nested graphs (groups) are read as one flat map");
                    readGraph(depth + 1);
                }
                case "port" -> {
                    batch.warnOnce("port", in.here(), "ports are ignored; edges are attached to their nodes");
                    in.skip();
                }
                case "locator" -> {
                    batch.warnOnce("locator", in.here(), "graphs kept in other files (<locator>) are skipped");
                    in.skip();
                }
                default -> in.skip();
            }
        }
        values.values().forEach(v -> node.put(v.name(), v.text(), v.line()));
        yEd.addTo(node);
        keys.applyDefaults("node", node, defaults);
        batch.node(node);
    }

    private void readEdge(int depth, boolean directedByDefault) throws ImportException {
        SourceLocation where = in.here();
        RawElement edge = RawElement.edge(in.attribute("id"), in.attribute("source"), in.attribute("target"),
                where, directedByDefault);
        String directed = in.attribute("directed");
        edge.put("directed", directed == null ? null : directed.strip().toLowerCase(Locale.ROOT), where.line());
        if (in.attribute("sourceport") != null || in.attribute("targetport") != null) {
            batch.warnOnce("port", where, "ports are ignored; edges are attached to their nodes");
        }
        YedGraphics yEd = new YedGraphics();
        Map<String, Value> values = new LinkedHashMap<>();
        while (in.nextChild()) {
            switch (in.name()) {
                case "data" -> readData(values, yEd);
                case "graph" -> {
                    batch.warnOnce("nested", in.here(), "nested graphs (groups) are read as one flat map");
                    readGraph(depth + 1);
                }
                default -> in.skip();
            }
        }
        values.values().forEach(v -> edge.put(v.name(), v.text(), v.line()));
        yEd.addTo(edge);
        keys.applyDefaults("edge", edge, defaults);
        batch.edge(edge);
    }

    /** A {@code <data>}: plain text becomes a named value; yEd graphics inside it go to {@code yEd}. */
    private void readData(Map<String, Value> values, YedGraphics yEd) throws ImportException {
        String keyId = in.attribute("key");
        int line = in.line();
        GraphmlKeys.Key key = keyId == null ? null : keys.get(keyId);
        boolean[] structured = {false};
        String text = in.text(() -> {
            structured[0] = true;
            if (in.namespace().equals(YedGraphics.NAMESPACE)) {
                yEd.read(in);
            } else {
                batch.warnOnce("structured " + keyId, in.here(), "data " + keyId
                        + " holds XML elements Teixit does not know; it is skipped");
                in.skip();
            }
        });
        if (structured[0] || keyId == null || (key != null && key.yEdGraphics())) {
            return;
        }
        if (key == null) {
            batch.warnOnce("undeclared " + keyId, in.at(line),
                    "data key \"" + keyId + "\" is not declared; its values are kept under that name");
        }
        String name = key == null ? keyId : key.name();
        values.putIfAbsent(name, new Value(name, text, line));
    }
}
