package org.teixit.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Small normalisations shared by the model's records. */
final class Text {
    /** Longest id or label a map accepts; longer text is a data error, not a name. */
    static final int MAX_ID_LENGTH = 512;

    private Text() {
    }

    static String requireId(String id, String what) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException(what + " is empty");
        }
        String stripped = id.strip();
        if (stripped.length() > MAX_ID_LENGTH) {
            throw new IllegalArgumentException(what + " is longer than " + MAX_ID_LENGTH + " characters");
        }
        return stripped;
    }

    static String orEmpty(String text) {
        return text == null ? "" : text.strip();
    }

    static Map<String, String> copyAttributes(Map<String, String> attributes) {
        if (attributes == null || attributes.isEmpty()) {
            return Map.of();
        }
        Map<String, String> copy = new LinkedHashMap<>();
        attributes.forEach((k, v) -> {
            if (k != null && !k.isBlank() && v != null) {
                copy.put(k.strip(), v);
            }
        });
        return Collections.unmodifiableMap(copy);
    }
}
