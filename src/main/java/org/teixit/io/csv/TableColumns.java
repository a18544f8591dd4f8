package org.teixit.io.csv;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.teixit.io.xml.AttributeNames;
import org.teixit.io.xml.AttributeType;
import org.teixit.io.xml.Column;
import org.teixit.io.xml.ExportColumns;
import org.teixit.model.Actor;
import org.teixit.model.Tie;

/**
 * The columns CSV and XLSX writers put in their actors and ties tables, in Gephi's spreadsheet conventions:
 * actors {@code Id, Label}, then the columns GEXF and GraphML export ({@link ExportColumns}), then {@code x,
 * y} when the map has positions; ties {@code Source, Target, Type} (Directed/Undirected), {@code Id},
 * {@code Label} (the tie kind), {@code Weight}, then the exported columns. A custom attribute whose name the
 * table itself uses ("Id", "Source", …) is written with {@link AttributeNames#CUSTOM_PREFIX}.
 */
public final class TableColumns {
    private TableColumns() {
    }

    public static List<Column<Actor>> actors(Collection<Actor> actors) {
        List<Column<Actor>> columns = new ArrayList<>();
        columns.add(new Column<>("Id", AttributeType.STRING, Actor::id));
        columns.add(new Column<>("Label", AttributeType.STRING, Actor::label));
        for (Column<Actor> c : ExportColumns.forActors(actors)) {
            columns.add(renamed(c, false));
        }
        if (actors.stream().anyMatch(Actor::hasPosition)) {
            columns.add(new Column<>("x", AttributeType.DOUBLE,
                    a -> a.hasPosition() ? Double.toString(a.position().x()) : null));
            columns.add(new Column<>("y", AttributeType.DOUBLE,
                    a -> a.hasPosition() ? Double.toString(a.position().y()) : null));
        }
        return columns;
    }

    public static List<Column<Tie>> ties(Collection<Tie> ties) {
        List<Column<Tie>> columns = new ArrayList<>();
        columns.add(new Column<>("Source", AttributeType.STRING, Tie::source));
        columns.add(new Column<>("Target", AttributeType.STRING, Tie::target));
        columns.add(new Column<>("Type", AttributeType.STRING, t -> t.directed() ? "Directed" : "Undirected"));
        columns.add(new Column<>("Id", AttributeType.STRING, Tie::id));
        if (ties.stream().anyMatch(t -> !t.kind().isEmpty())) {
            columns.add(new Column<>("Label", AttributeType.STRING, t -> t.kind().isEmpty() ? null : t.kind()));
        }
        columns.add(new Column<>("Weight", AttributeType.DOUBLE, ExportColumns::weightOf));
        for (Column<Tie> c : ExportColumns.forTies(ties)) {
            if (!c.name().equals(AttributeNames.EdgeField.KIND.exportName())) {
                columns.add(renamed(c, true));
            }
        }
        return columns;
    }

    private static <T> Column<T> renamed(Column<T> c, boolean tie) {
        return !AttributeNames.isEscaped(c.name()) && TableMapping.isStructural(c.name(), tie)
                ? new Column<>(AttributeNames.CUSTOM_PREFIX + c.name(), c.type(), c.value()) : c;
    }
}
