package org.teixit.io.gexf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teixit.io.xml.RichEcosystem;
import org.teixit.model.Ecosystem;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class GexfWriterTest {
    @TempDir
    Path dir;

    private Document write(Ecosystem ecosystem) throws Exception {
        Path file = dir.resolve("map.gexf");
        new GexfWriter().write(ecosystem, file);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static List<Element> elements(Document doc, String name) {
        NodeList list = doc.getElementsByTagNameNS(GexfWriter.NAMESPACE, name);
        return java.util.stream.IntStream.range(0, list.getLength()).mapToObj(i -> (Element) list.item(i))
                .collect(Collectors.toList());
    }

    private static Element byId(Document doc, String name, String id) {
        return elements(doc, name).stream().filter(e -> e.getAttribute("id").equals(id)).findFirst().orElseThrow();
    }

    @Test
    void writesGexf13WithMeta() throws Exception {
        Document doc = write(RichEcosystem.build());
        Element root = doc.getDocumentElement();
        assertEquals("gexf", root.getLocalName());
        assertEquals("http://gexf.net/1.3", root.getNamespaceURI());
        assertEquals("1.3", root.getAttribute("version"));
        assertEquals("Teixit", elements(doc, "creator").get(0).getTextContent());
        assertEquals("Xarxa «Besòs» — niños & famílias 🌱", elements(doc, "title").get(0).getTextContent());
        assertEquals("Mapa del barri\namb accents: àèéíïòóúüç ñ", elements(doc, "description").get(0).getTextContent());
    }

    @Test
    void declaresTypedAttributesForNodesAndEdges() throws Exception {
        Document doc = write(RichEcosystem.build());
        Map<String, String> nodeTypes = new HashMap<>();
        Map<String, String> edgeTypes = new HashMap<>();
        for (Element attributes : elements(doc, "attributes")) {
            Map<String, String> types = attributes.getAttribute("class").equals("node") ? nodeTypes : edgeTypes;
            NodeList list = attributes.getElementsByTagNameNS(GexfWriter.NAMESPACE, "attribute");
            for (int i = 0; i < list.getLength(); i++) {
                Element a = (Element) list.item(i);
                types.put(a.getAttribute("title"), a.getAttribute("type"));
            }
        }
        assertEquals("string", nodeTypes.get("kind"));
        assertEquals("boolean", nodeTypes.get("pinned"));
        assertEquals("integer", nodeTypes.get("alumnes"));
        assertEquals("double", nodeTypes.get("ràtio"));
        assertEquals("string", nodeTypes.get("codi"), "08001234 keeps its leading zero");
        assertEquals("string", nodeTypes.get("custom:type"), "a custom attribute named like a field is escaped");
        assertEquals("integer", edgeTypes.get("strength"));
        assertEquals("string", edgeTypes.get("dimensions"));
        assertEquals("integer", edgeTypes.get("count"));
    }

    @Test
    void edgesCarryWeightLabelAndDimensions() throws Exception {
        Document doc = write(RichEcosystem.build());
        Element meetings = byId(doc, "edge", "t1");
        assertEquals("7.5", meetings.getAttribute("weight"), "the kept weight, unchanged");
        assertEquals("collaboration", meetings.getAttribute("label"));
        assertEquals("2", byId(doc, "edge", "t2").getAttribute("weight"), "else the strength");
        assertTrue(Files.readString(dir.resolve("map.gexf")).contains("value=\"collective;governance\""));
    }

    @Test
    void positionsGoToVizPosition() throws Exception {
        Document doc = write(RichEcosystem.build());
        NodeList positions = doc.getElementsByTagNameNS(GexfWriter.VIZ_NAMESPACE, "position");
        assertEquals(3, positions.getLength());
        Element first = (Element) positions.item(0);
        assertEquals("10.5", first.getAttribute("x"));
        assertEquals("-20.25", first.getAttribute("y"));
    }

    @Test
    void edgeTypesSuitGephi() throws Exception {
        Document mixed = write(RichEcosystem.build());
        assertEquals("", elements(mixed, "graph").get(0).getAttribute("defaultedgetype"), "no default when mixed");
        assertEquals(List.of("directed", "undirected", "directed", "undirected", "directed"),
                elements(mixed, "edge").stream().map(e -> e.getAttribute("type")).collect(Collectors.toList()));
        Document directed = write(RichEcosystem.allDirected());
        assertEquals("directed", elements(directed, "graph").get(0).getAttribute("defaultedgetype"));
        assertTrue(elements(directed, "edge").stream().noneMatch(e -> e.hasAttribute("type")));
        Document undirected = write(RichEcosystem.allUndirected());
        assertEquals("undirected", elements(undirected, "graph").get(0).getAttribute("defaultedgetype"));
        assertTrue(elements(undirected, "edge").stream().noneMatch(e -> e.hasAttribute("type")));
    }

    @Test
    void overwritesInPlaceWithoutLeftovers() throws Exception {
        Path file = Files.writeString(dir.resolve("map.gexf"), "previous");
        new GexfWriter().write(RichEcosystem.build(), file);
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.collect(Collectors.toList()));
        }
        assertTrue(Files.readString(file).startsWith("<?xml"));
    }
}
