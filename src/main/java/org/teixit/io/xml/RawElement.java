package org.teixit.io.xml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.teixit.io.SourceLocation;

/**
 * One node or edge as a file gave it, before it becomes an {@link org.teixit.model.Actor} or
 * {@link org.teixit.model.Tie}: its id (and ends, for an edge), where it starts, and its named values in the
 * order the reader found them. Format readers put a format's native values (a GEXF {@code label}, a
 * {@code viz:position} as {@code x}/{@code y}, an edge's {@code weight} or {@code directed}) under the same
 * names as attributes, before or after the attribute values depending on which should win; the mapping
 * then treats both alike.
 */
public final class RawElement {
    private final String id;
    private final String source;
    private final String target;
    private final SourceLocation where;
    private final boolean directedByDefault;
    private final List<Value> values = new ArrayList<>();
    private final Set<String> names = new HashSet<>();

    private RawElement(String id, String source, String target, SourceLocation where, boolean directedByDefault) {
        this.id = id;
        this.source = source;
        this.target = target;
        this.where = where;
        this.directedByDefault = directedByDefault;
    }

    public static RawElement node(String id, SourceLocation where) {
        return new RawElement(id, null, null, where, false);
    }

    /** An edge; {@code id} may be {@code null} when the file gives none. */
    public static RawElement edge(String id, String source, String target, SourceLocation where,
                                  boolean directedByDefault) {
        return new RawElement(id, source, target, where, directedByDefault);
    }

    /** A named value and the line it was read from. */
    public record Value(String name, String text, int line) {
    }

    /** Adds a value; {@code null} names or texts are ignored. */
    public RawElement put(String name, String text, int line) {
        if (name != null && !name.isBlank() && text != null) {
            values.add(new Value(name.strip(), text, line));
            names.add(name.strip());
        }
        return this;
    }

    /** Whether a value with this exact name is already there (e.g. to apply attribute defaults). */
    public boolean has(String name) {
        return names.contains(name);
    }

    public String id() {
        return id;
    }

    public String source() {
        return source;
    }

    public String target() {
        return target;
    }

    public SourceLocation where() {
        return where;
    }

    public boolean directedByDefault() {
        return directedByDefault;
    }

    public List<Value> values() {
        return Collections.unmodifiableList(values);
    }
}
