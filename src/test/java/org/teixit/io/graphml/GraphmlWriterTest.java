package org.teixit.io.graphml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teixit.io.xml.RichEcosystem;
import org.teixit.model.Ecosystem;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class GraphmlWriterTest {
    @TempDir
    Path dir;

    private Document write(Ecosystem ecosystem) throws Exception {
        Path file = dir.resolve("map.graphml");
        new GraphmlWriter().write(ecosystem, file);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static List<Element> elements(Document doc, String name) {
        NodeList list = doc.getElementsByTagNameNS(GraphmlWriter.NAMESPACE, name);
        return IntStream.range(0, list.getLength()).mapToObj(i -> (Element) list.item(i)).collect(Collectors.toList());
    }

    /** attr.name → "for attr.type" of every key. */
    private static Map<String, String> keys(Document doc) {
        Map<String, String> keys = new HashMap<>();
        elements(doc, "key").forEach(k -> keys.put(k.getAttribute("for") + ":" + k.getAttribute("attr.name"),
                k.getAttribute("attr.type")));
        return keys;
    }

    @Test
    void declaresTypedKeys() throws Exception {
        Map<String, String> keys = keys(write(RichEcosystem.build()));
        assertEquals("string", keys.get("graph:name"));
        assertEquals("string", keys.get("node:label"));
        assertEquals("string", keys.get("node:kind"));
        assertEquals("string", keys.get("node:setting"));
        assertEquals("double", keys.get("node:x"));
        assertEquals("double", keys.get("node:y"));
        assertEquals("boolean", keys.get("node:pinned"));
        assertEquals("int", keys.get("node:alumnes"));
        assertEquals("int", keys.get("edge:strength"));
        assertEquals("double", keys.get("edge:weight"));
        assertEquals("string", keys.get("edge:dimensions"));
    }

    @Test
    void mixedDirectionsUseADirectedKeyThatNetworkxAccepts() throws Exception {
        Document mixed = write(RichEcosystem.build());
        assertEquals("undirected", elements(mixed, "graph").get(0).getAttribute("edgedefault"));
        assertEquals("boolean", keys(mixed).get("edge:directed"));
        assertTrue(elements(mixed, "edge").stream().noneMatch(e -> e.hasAttribute("directed")));
        Document directed = write(RichEcosystem.allDirected());
        assertEquals("directed", elements(directed, "graph").get(0).getAttribute("edgedefault"));
        assertFalse(keys(directed).containsKey("edge:directed"));
    }

    @Test
    void theMapNameIsGraphData() throws Exception {
        Document doc = write(RichEcosystem.build());
        Element graph = elements(doc, "graph").get(0);
        Element firstData = (Element) graph.getElementsByTagNameNS(GraphmlWriter.NAMESPACE, "data").item(0);
        assertEquals("d0", firstData.getAttribute("key"));
        assertEquals("Xarxa «Besòs» — niños & famílias 🌱", firstData.getTextContent());
    }
}
