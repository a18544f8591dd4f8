package org.teixit.io.graphml;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.teixit.io.ImportException;
import org.teixit.io.xml.DefaultBudget;
import org.teixit.io.xml.RawElement;

/** The {@code <key>}s a GraphML file declares: what each data key is called, for what, and its default. */
final class GraphmlKeys {
    /** One declared key; {@code name} is its {@code attr.name}, else its id. */
    record Key(String id, String name, String domain, String defaultValue, int defaultLine, boolean yEdGraphics) {
        boolean appliesTo(String elementKind) {
            return domain.equals(elementKind) || domain.equals("all");
        }
    }

    private final Map<String, Key> byId = new HashMap<>();
    private final List<Key> withDefaults = new ArrayList<>();

    void declare(Key key) {
        if (byId.putIfAbsent(key.id(), key) == null && key.defaultValue() != null && !key.yEdGraphics()) {
            withDefaults.add(key);
        }
    }

    Key get(String id) {
        return byId.get(id);
    }

    /**
     * Adds the default of every plain key for this kind of element ("node", "edge") it has no value for,
     * counting them.
     */
    void applyDefaults(String elementKind, RawElement element, DefaultBudget budget) throws ImportException {
        int added = 0;
        for (Key k : withDefaults) {
            if (k.appliesTo(elementKind) && !element.has(k.name())) {
                element.put(k.name(), k.defaultValue(), k.defaultLine());
                added++;
            }
        }
        budget.spend(added, element.where());
    }
}
