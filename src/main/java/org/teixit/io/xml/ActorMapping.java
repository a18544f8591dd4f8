package org.teixit.io.xml;

import org.teixit.i18n.Messages;
import org.teixit.io.ImportBatch;
import org.teixit.io.ImportException;
import org.teixit.io.SourceLocation;
import org.teixit.io.xml.AttributeNames.NodeField;
import org.teixit.io.xml.RawElement.Value;
import org.teixit.model.Actor;
import org.teixit.model.Position;

/**
 * Makes an {@link Actor} of a file's node: "label"/"name" give the label, "kind"/"type" the kind,
 * "setting", "notes"/"description", "x"/"y" the position, "pinned"; everything else is kept as a custom
 * attribute under its own name (see {@link AttributeNames}).
 */
public final class ActorMapping {
    private ActorMapping() {
    }

    public static Actor toActor(RawElement node, ImportBatch.Builder batch) throws ImportException {
        SourceLocation file = node.where();
        FieldValues values = new FieldValues(node);
        String label = text(values.take(NodeField.LABEL));
        String kind = text(values.take(NodeField.KIND));
        String setting = text(values.take(NodeField.SETTING));
        String notes = text(values.take(NodeField.NOTES));
        Position position = position(values.take(NodeField.X), values.take(NodeField.Y), node, batch);
        Value pinned = values.take(NodeField.PINNED);
        boolean isPinned = pinned != null && FieldParsing.bool(pinned, file);
        checkTerm(values, kind, NodeField.KIND, node);
        checkTerm(values, setting, NodeField.SETTING, node);
        if (node.id() == null || node.id().isBlank()) {
            throw new ImportException(node.where(), "id", "a node has no id");
        }
        try {
            return new Actor(node.id(), label, kind, setting, notes, values.custom(), position, isPinned);
        } catch (IllegalArgumentException e) {
            throw new ImportException(node.where(), "id", e.getMessage());
        }
    }

    private static Position position(Value x, Value y, RawElement node, ImportBatch.Builder batch)
            throws ImportException {
        if (x == null && y == null) {
            return null;
        }
        SourceLocation file = node.where();
        if (x == null || y == null || x.text().isBlank() || y.text().isBlank()) {
            Value given = x != null ? x : y;
            batch.warn(FieldParsing.at(file, given.line()),
                    "node " + node.id() + " has only one of x and y; its position is ignored");
            return null;
        }
        if (FieldParsing.isNotFinite(x) || FieldParsing.isNotFinite(y)) {
            batch.warn(FieldParsing.at(file, x.line()), Messages.get("io.position.not-finite", node.id()));
            return null;
        }
        return new Position(FieldParsing.number(x, file), FieldParsing.number(y, file));
    }

    /** The longest kind or setting a map accepts (a vocabulary id). */
    static final int MAX_TERM = 512;

    /** Refuses a kind or setting too long to be a vocabulary term, naming its field. */
    static void checkTerm(FieldValues values, String text, AttributeNames.Field field, RawElement element)
            throws ImportException {
        if (text != null && text.strip().length() > MAX_TERM) {
            Value v = values.taken(field);
            throw new ImportException(FieldParsing.at(element.where(), v == null ? element.where().line() : v.line()),
                    v == null ? field.exportName() : v.name(), "is longer than " + MAX_TERM + " characters");
        }
    }

    static String text(Value v) {
        return v == null ? null : v.text();
    }
}
