package org.teixit.io.xml;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one table of attribute names that mean a model field, shared by GEXF and GraphML, reading and
 * writing. Names are compared {@link #fold folded}: case, accents, spaces, '_' and '-' do not matter
 * ("Description", "déscription", "edge_label" all match).
 *
 * <p>A custom attribute whose name would be read back as a field (an actor attribute called "type", say)
 * is written as {@value #CUSTOM_PREFIX}{@code type} and read back as the custom attribute {@code type}, so
 * writing and reading again changes nothing.
 */
public final class AttributeNames {
    /** Marks a custom attribute whose plain name is reserved for a field. */
    public static final String CUSTOM_PREFIX = "custom:";

    private AttributeNames() {
    }

    /** A model field and the attribute names that fill it, best first; the first is the one written. */
    public interface Field {
        List<String> aliases();

        default String exportName() {
            return aliases().get(0);
        }
    }

    /** Node attributes that fill {@link org.teixit.model.Actor} fields. */
    public enum NodeField implements Field {
        LABEL("label", "name"),
        KIND("kind", "type"),
        SETTING("setting"),
        NOTES("notes", "description"),
        X("x"),
        Y("y"),
        PINNED("pinned");

        private final List<String> aliases;

        NodeField(String... aliases) {
            this.aliases = List.of(aliases);
        }

        @Override
        public List<String> aliases() {
            return aliases;
        }
    }

    /** Edge attributes that fill {@link org.teixit.model.Tie} fields. */
    public enum EdgeField implements Field {
        KIND("kind", "type", "label", "edge label"),
        STRENGTH("strength"),
        WEIGHT("weight"),
        DIMENSIONS("dimensions", "dimension"),
        STAGE("stage"),
        NOTES("notes", "description"),
        DIRECTED("directed");

        private final List<String> aliases;

        EdgeField(String... aliases) {
            this.aliases = List.of(aliases);
        }

        @Override
        public List<String> aliases() {
            return aliases;
        }
    }

    /** Folded names seen lately: files repeat the same few column names on every row. */
    private static final java.util.Map<String, String> FOLDED = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_CACHED = 4096;

    /** The name as compared: no accents, lower case, runs of spaces, '_' and '-' as one space. */
    public static String fold(String name) {
        String cached = FOLDED.get(name);
        if (cached != null) {
            return cached;
        }
        String folded = foldNow(name);
        if (FOLDED.size() < MAX_CACHED && name.length() <= 200) {
            FOLDED.put(name, folded);
        }
        return folded;
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s_-]+");

    private static String foldNow(String name) {
        String stripped = MARKS.matcher(Normalizer.normalize(name.strip(), Normalizer.Form.NFD)).replaceAll("");
        return SEPARATORS.matcher(stripped.toLowerCase(Locale.ROOT)).replaceAll(" ");
    }

    public static boolean matches(String name, Field field) {
        return !isEscaped(name) && field.aliases().contains(fold(name));
    }

    /** The name to write a custom node ({@code edge == false}) or edge attribute under. */
    public static String exportName(String customName, boolean edge) {
        return isReserved(customName, edge) ? CUSTOM_PREFIX + customName : customName;
    }

    /** Whether a custom attribute of this name must be written with {@link #CUSTOM_PREFIX}. */
    public static boolean isReserved(String name, boolean edge) {
        if (isEscaped(name)) {
            return true;
        }
        String folded = fold(name);
        Field[] fields = edge ? EdgeField.values() : NodeField.values();
        for (Field f : fields) {
            if (f.aliases().contains(folded)) {
                return true;
            }
        }
        return false;
    }

    /** The custom attribute name an attribute of the file stands for (drops {@link #CUSTOM_PREFIX}). */
    public static String customName(String fileName) {
        return isEscaped(fileName) ? fileName.strip().substring(CUSTOM_PREFIX.length()) : fileName;
    }

    /** Whether {@code name} carries {@link #CUSTOM_PREFIX}. */
    public static boolean isEscaped(String name) {
        String s = name.strip();
        return s.length() > CUSTOM_PREFIX.length() && s.regionMatches(true, 0, CUSTOM_PREFIX, 0, CUSTOM_PREFIX.length());
    }
}
