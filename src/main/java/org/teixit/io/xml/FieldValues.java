package org.teixit.io.xml;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.teixit.io.xml.AttributeNames.Field;
import org.teixit.io.xml.RawElement.Value;

/**
 * Hands out an element's values field by field and keeps the rest as custom attributes. For a field, the
 * best alias present wins (see {@link Field#aliases()}); other values for the same field are kept as
 * custom attributes when they say something else, and dropped when they repeat the winner.
 */
final class FieldValues {
    private final List<Value> values;
    private final boolean[] used;
    private final String[] keptAs;
    /** Each value's name {@link AttributeNames#fold folded}, or {@code null} when it is escaped. */
    private final String[] folded;

    FieldValues(RawElement element) {
        this.values = element.values();
        this.used = new boolean[values.size()];
        this.keptAs = new String[values.size()];
        this.folded = new String[values.size()];
        for (int i = 0; i < values.size(); i++) {
            String name = values.get(i).name();
            folded[i] = AttributeNames.isEscaped(name) ? null : AttributeNames.fold(name);
        }
    }

    /** The value for {@code field}, or {@code null} when the element has none. */
    Value take(Field field) {
        Value chosen = null;
        for (String alias : field.aliases()) {
            for (int i = 0; i < values.size(); i++) {
                Value v = values.get(i);
                if (used[i] || !alias.equals(folded[i])) {
                    continue;
                }
                used[i] = true;
                if (chosen == null) {
                    chosen = v;
                } else if (!v.text().equals(chosen.text())) {
                    keptAs[i] = v.name();
                }
            }
        }
        return chosen;
    }

    /** The value {@link #take} chose for {@code field}, if it was taken; {@code null} otherwise. */
    Value taken(Field field) {
        for (String alias : field.aliases()) {
            for (int i = 0; i < values.size(); i++) {
                Value v = values.get(i);
                if (used[i] && keptAs[i] == null && alias.equals(folded[i])) {
                    return v;
                }
            }
        }
        return null;
    }

    /** Keeps a taken value as the custom attribute {@code name} as well. */
    void keep(Value value, String name) {
        int i = values.indexOf(value);
        if (i >= 0) {
            keptAs[i] = name;
        }
    }

    /** Every value no field took, plus the kept ones, in file order; the first of a repeated name wins. */
    Map<String, String> custom() {
        Map<String, String> custom = new LinkedHashMap<>();
        for (int i = 0; i < values.size(); i++) {
            Value v = values.get(i);
            String name = keptAs[i] != null ? keptAs[i] : used[i] ? null : AttributeNames.customName(v.name());
            if (name != null && !name.isBlank()) {
                custom.putIfAbsent(name.strip(), v.text());
            }
        }
        return custom;
    }
}
