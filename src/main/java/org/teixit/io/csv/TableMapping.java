package org.teixit.io.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.teixit.io.ImportException;
import org.teixit.io.SourceLocation;
import org.teixit.io.xml.AttributeNames;
import org.teixit.io.xml.BatchCollector;
import org.teixit.io.xml.RawElement;

/**
 * Reads an actors table or a ties table (a CSV file, a sheet) in Gephi's spreadsheet conventions into a
 * {@link BatchCollector}, through the same mapping as GEXF and GraphML ({@link org.teixit.io.xml.ActorMapping},
 * {@link org.teixit.io.xml.TieMapping}). Column names are compared ignoring case, accents, spaces, '_' and '-'.
 *
 * <p>A table with a {@code Source} or {@code Target} column ({@code From}/{@code To}, as Kumu writes them)
 * holds ties; any other holds actors. Actors: {@code Id} (else {@code Label}/{@code Name} serves as the id),
 * then the actor fields and custom attributes. Ties: {@code Source}, {@code Target}, optional {@code Id}
 * (made up when missing), {@code Type} or {@code Direction} holding Directed/Undirected (a {@code Type} column
 * holding anything else is the tie kind), then the tie fields ({@code Label}/{@code kind}, {@code Weight},
 * {@code strength}, {@code dimensions}, …) and custom attributes. A row with fewer cells than the header
 * names, or a value beyond the last named column, is refused naming the file, line (or sheet and row) and
 * field; an id used twice is refused naming both rows. In a CSV file not separated by commas, number fields
 * may use a decimal comma ({@link DecimalComma}).
 */
public final class TableMapping {
    /** What a table holds. */
    public enum Kind { ACTORS, TIES }

    private static final Set<String> SOURCE = Set.of("source", "from");
    private static final Set<String> TARGET = Set.of("target", "to");
    private static final Set<String> DIRECTED = Set.of("directed", "dirigit", "dirigido", "one way");
    private static final Set<String> UNDIRECTED = Set.of("undirected", "mutual", "no dirigit", "no dirigido",
            "bidirectional");

    private TableMapping() {
    }

    /** Ties when a column is called Source, Target, From or To; else actors. */
    public static Kind classify(TableRow header) {
        for (String name : header.cells()) {
            if (name != null && !isEscaped(name)) {
                String f = AttributeNames.fold(name);
                if (SOURCE.contains(f) || TARGET.contains(f)) {
                    return Kind.TIES;
                }
            }
        }
        return Kind.ACTORS;
    }

    /**
     * Names a custom attribute must not be written under in a table, because the table uses them itself: Id,
     * and in any table Source, Target, From and To (which make a table a ties table).
     */
    public static boolean isStructural(String name, boolean tie) {
        String f = AttributeNames.fold(name);
        boolean common = f.equals("id") || SOURCE.contains(f) || TARGET.contains(f);
        return tie ? common || f.equals("direction") || f.equals("type") : common;
    }

    /** Reads every row of {@code table} into {@code batch}; returns what the table held. */
    public static Kind read(TableSource table, BatchCollector batch) throws ImportException {
        TableRow header = table.header();
        if (header == null || header.isBlank()) {
            throw new ImportException(header == null ? place(table, 0) : header.where(), null,
                    table.sheetName() == null ? "the file has no header row naming its columns" : "the sheet is empty");
        }
        List<String> names = names(header);
        Kind kind = classify(header);
        if (kind == Kind.TIES) {
            readTies(table, names, header, batch);
        } else {
            readActors(table, names, header, batch);
        }
        return kind;
    }

    private static SourceLocation place(TableSource table, int line) {
        return table.sheetName() == null ? SourceLocation.line(table.fileName(), line)
                : SourceLocation.row(table.fileName(), table.sheetName(), line);
    }

    /** The column names, stripped; a name used twice is refused. */
    static List<String> names(TableRow header) throws ImportException {
        List<String> names = new ArrayList<>();
        Map<String, Integer> columnOf = new HashMap<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String raw = header.cell(i);
            String name = raw == null ? "" : raw.strip();
            Integer before = name.isEmpty() ? null : columnOf.putIfAbsent(name, i);
            if (before != null) {
                throw new ImportException(header.where(), name, "two columns have this name (columns "
                        + (before + 1) + " and " + (i + 1) + ")");
            }
            names.add(name);
        }
        while (!names.isEmpty() && names.get(names.size() - 1).isEmpty()) {
            names.remove(names.size() - 1);
        }
        return names;
    }

    private static int find(List<String> names, Set<String> folded) {
        for (int i = 0; i < names.size(); i++) {
            if (!names.get(i).isEmpty() && !isEscaped(names.get(i)) && folded.contains(AttributeNames.fold(names.get(i)))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isEscaped(String name) {
        return AttributeNames.isEscaped(name);
    }

    private static void readActors(TableSource table, List<String> names, TableRow header, BatchCollector batch)
            throws ImportException {
        int id = find(names, Set.of("id"));
        if (id < 0) {
            id = find(names, Set.of("label", "name"));
        }
        if (id < 0) {
            throw new ImportException(header.where(), null, "no Id column: an actors table needs Id (or Label), "
                    + "a ties table Source and Target");
        }
        boolean idIsLabel = !AttributeNames.fold(names.get(id)).equals("id");
        for (TableRow row = table.next(); row != null; row = table.next()) {
            if (!checkShape(row, names)) {
                continue;
            }
            String actorId = row.cell(id);
            if (actorId == null || actorId.isBlank()) {
                throw new ImportException(row.where(), names.get(id), "is empty; every actor needs "
                        + (idIsLabel ? "a name" : "an id"));
            }
            RawElement node = RawElement.node(actorId.strip(), row.where());
            for (int i = 0; i < names.size(); i++) {
                if (i != id || idIsLabel) {
                    node.put(names.get(i), number(table, names.get(i), row.cell(i), false), row.where().line());
                }
            }
            batch.node(node);
        }
    }

    private static void readTies(TableSource table, List<String> names, TableRow header, BatchCollector batch)
            throws ImportException {
        int source = find(names, SOURCE);
        int target = find(names, TARGET);
        if (source < 0 || target < 0) {
            boolean kumu = source >= 0 && AttributeNames.fold(names.get(source)).equals("from")
                    || target >= 0 && AttributeNames.fold(names.get(target)).equals("to");
            throw new ImportException(header.where(), source < 0 ? (kumu ? "From" : "Source") : (kumu ? "To" : "Target"),
                    "a ties table needs both a Source and a Target column (or From and To)");
        }
        int id = find(names, Set.of("id"));
        int type = find(names, Set.of("type"));
        int direction = find(names, Set.of("direction"));
        Boolean typeIsDirection = null;
        for (TableRow row = table.next(); row != null; row = table.next()) {
            if (!checkShape(row, names)) {
                continue;
            }
            String s = row.cell(source);
            String t = row.cell(target);
            if (s == null || s.isBlank()) {
                throw new ImportException(row.where(), names.get(source), "is empty; every tie needs both ends");
            }
            if (t == null || t.isBlank()) {
                throw new ImportException(row.where(), names.get(target), "is empty; every tie needs both ends");
            }
            String tieId = id < 0 ? null : row.cell(id);
            RawElement edge = RawElement.edge(tieId == null || tieId.isBlank() ? null : tieId.strip(), s.strip(),
                    t.strip(), row.where(), false);
            int line = row.where().line();
            if (type >= 0 && typeIsDirection == null && row.cell(type) != null && !row.cell(type).isBlank()) {
                typeIsDirection = direction(row.cell(type)) != null;
            }
            for (int i = 0; i < names.size(); i++) {
                if (i == source || i == target || i == id) {
                    continue;
                }
                String value = row.cell(i);
                if ((i == direction || i == type && Boolean.TRUE.equals(typeIsDirection)) && value != null) {
                    if (value.isBlank()) {
                        continue;
                    }
                    Boolean directed = direction(value);
                    if (directed == null) {
                        throw new ImportException(row.where(), names.get(i), quote(value)
                                + " is not Directed or Undirected");
                    }
                    edge.put("directed", directed.toString(), line);
                } else {
                    edge.put(names.get(i), number(table, names.get(i), value, true), line);
                }
            }
            batch.edge(edge);
        }
    }

    /** The cell as the mapping should read it: a decimal comma made a point where the table allows it. */
    private static String number(TableSource table, String column, String value, boolean tie) {
        return table.decimalComma() ? DecimalComma.read(column, value, tie) : value;
    }

    private static Boolean direction(String value) {
        String f = AttributeNames.fold(value);
        return DIRECTED.contains(f) ? Boolean.TRUE : UNDIRECTED.contains(f) ? Boolean.FALSE : null;
    }

    /**
     * Whether the row is data: {@code false} for a row of empty cells (skipped); refuses a row with fewer
     * cells than there are columns, or a value beyond the last named column.
     */
    private static boolean checkShape(TableRow row, List<String> names) throws ImportException {
        if (row.isBlank()) {
            return false;
        }
        List<String> cells = row.cells();
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            if (c != null && !c.isBlank() && (i >= names.size() || names.get(i).isEmpty())) {
                throw new ImportException(row.where(), "column " + (i + 1), i >= names.size()
                        ? "the row has " + cells.size() + " fields but the header names " + names.size() + " columns"
                        : "the column has no name in the header");
            }
        }
        if (row.where().sheet() == null && cells.size() < names.size()) {
            throw new ImportException(row.where(), names.get(cells.size()).isEmpty() ? "column " + (cells.size() + 1)
                    : names.get(cells.size()), "missing: the row has " + cells.size()
                    + " fields but the header names " + names.size() + " columns");
        }
        return true;
    }

    static String quote(String text) {
        String line = text.replaceAll("\\s+", " ");
        return "\"" + (line.length() > 60 ? line.substring(0, 59) + "…" : line) + "\"";
    }
}
