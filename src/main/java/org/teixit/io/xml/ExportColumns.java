package org.teixit.io.xml;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.teixit.io.xml.AttributeNames.EdgeField;
import org.teixit.io.xml.AttributeNames.NodeField;
import org.teixit.model.Actor;
import org.teixit.model.CserDimension;
import org.teixit.model.Tie;

/**
 * The attribute columns GEXF and GraphML writers both export, besides what each format says natively
 * (label, position, edge weight, directedness). Actors: kind, setting, notes, pinned, then their custom
 * attributes. Ties: kind, strength, dimensions (ids joined with ';'), stage, notes, then custom
 * attributes. A column appears only when some element has a value for it (strength always); custom names
 * reserved for a field get {@link AttributeNames#CUSTOM_PREFIX}; types are {@link AttributeType#infer
 * inferred}.
 */
public final class ExportColumns {
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    private ExportColumns() {
    }

    public static List<Column<Actor>> forActors(Collection<Actor> actors) {
        List<Column<Actor>> columns = new ArrayList<>();
        addIfUsed(columns, actors, NodeField.KIND.exportName(), AttributeType.STRING, a -> nonEmpty(a.kind()));
        addIfUsed(columns, actors, NodeField.SETTING.exportName(), AttributeType.STRING, a -> nonEmpty(a.setting()));
        addIfUsed(columns, actors, NodeField.NOTES.exportName(), AttributeType.STRING, a -> nonEmpty(a.notes()));
        addIfUsed(columns, actors, NodeField.PINNED.exportName(), AttributeType.BOOLEAN,
                a -> a.pinned() ? "true" : null);
        for (String name : customNames(actors, Actor::attributes)) {
            addInferred(columns, actors, AttributeNames.exportName(name, false), a -> a.attributes().get(name));
        }
        return columns;
    }

    public static List<Column<Tie>> forTies(Collection<Tie> ties) {
        List<Column<Tie>> columns = new ArrayList<>();
        addIfUsed(columns, ties, EdgeField.KIND.exportName(), AttributeType.STRING, t -> nonEmpty(t.kind()));
        columns.add(new Column<>(EdgeField.STRENGTH.exportName(), AttributeType.INTEGER,
                t -> Integer.toString(t.strength())));
        addIfUsed(columns, ties, EdgeField.DIMENSIONS.exportName(), AttributeType.STRING, ExportColumns::dimensions);
        addIfUsed(columns, ties, EdgeField.STAGE.exportName(), AttributeType.STRING,
                t -> t.stage() == null ? null : t.stage().id());
        addIfUsed(columns, ties, EdgeField.NOTES.exportName(), AttributeType.STRING, t -> nonEmpty(t.notes()));
        for (String name : customNames(ties, Tie::attributes)) {
            Function<Tie, String> value = isWeight(name)
                    ? t -> nativeWeightOf(t) == null ? t.attributes().get(name) : null
                    : t -> t.attributes().get(name);
            addInferred(columns, ties, AttributeNames.exportName(name, true), value);
        }
        return columns;
    }

    /**
     * The edge weight to write natively: the weight the tie was imported with when it kept one (a number
     * other than its strength), else its strength. A kept weight that is not written natively is written
     * as the custom column {@code custom:weight}, so it too comes back.
     */
    public static String weightOf(Tie tie) {
        String kept = nativeWeightOf(tie);
        return kept != null ? kept : Integer.toString(tie.strength());
    }

    private static String nativeWeightOf(Tie tie) {
        String kept = tie.attributes().get(TieMapping.WEIGHT_ATTRIBUTE);
        boolean usable = kept != null && NUMBER.matcher(kept).matches()
                && !WeightScale.sameAs(kept, tie.strength());
        return usable ? kept : null;
    }

    private static boolean isWeight(String name) {
        return name.equals(TieMapping.WEIGHT_ATTRIBUTE);
    }

    /** The tie's dimension ids joined with ';', or {@code null} when it has none. */
    public static String dimensions(Tie tie) {
        return tie.dimensions().isEmpty() ? null
                : tie.dimensions().stream().map(CserDimension::id).collect(Collectors.joining(";"));
    }

    private static <T> Set<String> customNames(Collection<T> elements, Function<T, Map<String, String>> attributes) {
        Set<String> names = new LinkedHashSet<>();
        elements.forEach(e -> names.addAll(attributes.apply(e).keySet()));
        return names;
    }

    private static <T> void addIfUsed(List<Column<T>> columns, Collection<T> elements, String name,
                                      AttributeType type, Function<T, String> value) {
        if (elements.stream().map(value).anyMatch(Objects::nonNull)) {
            columns.add(new Column<>(name, type, value));
        }
    }

    private static <T> void addInferred(List<Column<T>> columns, Collection<T> elements, String name,
                                        Function<T, String> value) {
        List<String> values = elements.stream().map(value).filter(Objects::nonNull).collect(Collectors.toList());
        if (!values.isEmpty()) {
            columns.add(new Column<>(name, AttributeType.infer(values), value));
        }
    }

    private static String nonEmpty(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
