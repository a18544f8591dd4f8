package org.teixit.io.gexf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.teixit.io.xml.RawElement;

/** The {@code <attribute>}s a GEXF file declares for one class (nodes or edges): titles and defaults. */
final class GexfAttributeTable {
    private record Declared(String title, String defaultValue, int defaultLine) {
    }

    private final Map<String, Declared> byId = new HashMap<>();
    private final List<Declared> inOrder = new ArrayList<>();

    void declare(String id, String title, String defaultValue, int defaultLine) {
        Declared d = new Declared(title == null || title.isBlank() ? id : title, defaultValue, defaultLine);
        if (byId.putIfAbsent(id, d) == null) {
            inOrder.add(d);
        }
    }

    boolean isDeclared(String id) {
        return byId.containsKey(id);
    }

    /** The title of attribute {@code id}; the id itself when the file never declared it. */
    String title(String id) {
        Declared d = byId.get(id);
        return d == null ? id : d.title();
    }

    /** Adds the declared default of every attribute the element has no value for. */
    void applyDefaults(RawElement element) {
        for (Declared d : inOrder) {
            if (d.defaultValue() != null && !element.has(d.title())) {
                element.put(d.title(), d.defaultValue(), d.defaultLine());
            }
        }
    }
}
