package org.teixit.io.gexf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.teixit.io.ImportException;
import org.teixit.io.xml.DefaultBudget;
import org.teixit.io.xml.RawElement;

/**
 * The {@code <attribute>}s a GEXF file declares for one class (nodes or edges): titles and defaults. An
 * {@code attvalue} names its attribute by id; by title works too, as some writers (and hand-edited files)
 * do it.
 */
final class GexfAttributeTable {
    private record Declared(String title, String defaultValue, int defaultLine) {
    }

    private final Map<String, Declared> byId = new HashMap<>();
    private final Map<String, Declared> byTitle = new HashMap<>();
    private final List<Declared> withDefaults = new ArrayList<>();

    void declare(String id, String title, String defaultValue, int defaultLine) {
        Declared d = new Declared(title == null || title.isBlank() ? id : title, defaultValue, defaultLine);
        if (byId.putIfAbsent(id, d) == null) {
            byTitle.putIfAbsent(d.title(), d);
            if (defaultValue != null) {
                withDefaults.add(d);
            }
        }
    }

    /** Whether {@code ref} is the id, else the title, of a declared attribute. */
    boolean isDeclared(String ref) {
        return find(ref) != null;
    }

    /** The title of the attribute {@code ref} names; {@code ref} itself when the file never declared it. */
    String title(String ref) {
        Declared d = find(ref);
        return d == null ? ref : d.title();
    }

    private Declared find(String ref) {
        Declared d = byId.get(ref);
        return d != null ? d : byTitle.get(ref);
    }

    /** Adds the declared default of every attribute the element has no value for, counting them. */
    void applyDefaults(RawElement element, DefaultBudget budget) throws ImportException {
        int added = 0;
        for (Declared d : withDefaults) {
            if (!element.has(d.title())) {
                element.put(d.title(), d.defaultValue(), d.defaultLine());
                added++;
            }
        }
        budget.spend(added, element.where());
    }
}
