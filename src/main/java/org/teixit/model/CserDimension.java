package org.teixit.model;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The five dimensions of Community Socio-Educational Resilience (CSER). Their ids are stable: they are
 * stored in files and typed by users. Display names and descriptions live in the resource bundles under
 * {@code dimension.<id>.name} and {@code dimension.<id>.description}.
 */
public enum CserDimension {
    ORIENTATION("orientation", "Orientation, social support and personalization"),
    FUNDS("funds", "Community funds of knowledge and identity"),
    COLLECTIVE("collective", "Collective action and participatory culture"),
    GOVERNANCE("governance", "Governance"),
    COMMUNICATION("communication", "Communication and information");

    private final String id;
    private final String englishName;
    /** Exact ids, the common case (stores and files Teixit wrote), looked up without any text folding. */
    private static final java.util.Map<String, CserDimension> BY_ID = new java.util.HashMap<>();

    static {
        for (CserDimension d : values()) {
            BY_ID.put(d.id, d);
        }
    }

    CserDimension(String id, String englishName) {
        this.id = id;
        this.englishName = englishName;
    }

    /** The stable id stored in files, e.g. {@code funds}. */
    public String id() {
        return id;
    }

    /** The seed paper's English name, accepted when parsing; the UI shows the bundle's name. */
    public String englishName() {
        return englishName;
    }

    public String nameKey() {
        return "dimension." + id + ".name";
    }

    public String descriptionKey() {
        return "dimension." + id + ".description";
    }

    /**
     * Parses an id or an English name, ignoring case, accents and surrounding space; a few short forms
     * that users type are accepted too ("communication", "funds of knowledge", "support").
     */
    public static Optional<CserDimension> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        CserDimension exact = BY_ID.get(text);
        if (exact != null) {
            return Optional.of(exact);
        }
        String key = fold(text);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        return Arrays.stream(values())
                .filter(d -> d.id.equals(key) || fold(d.englishName).equals(key) || d.aliases(key))
                .findFirst();
    }

    private boolean aliases(String key) {
        return switch (this) {
            case ORIENTATION -> key.startsWith("orientation") || key.equals("social support")
                    || key.equals("personalization") || key.equals("personalisation");
            case FUNDS -> key.startsWith("community funds") || key.startsWith("funds of knowledge");
            case COLLECTIVE -> key.startsWith("collective action") || key.equals("participatory culture");
            case GOVERNANCE -> false;
            case COMMUNICATION -> key.startsWith("communication") || key.equals("information");
        };
    }

    static String fold(String text) {
        String stripped = Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return stripped.toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", " ");
    }
}
