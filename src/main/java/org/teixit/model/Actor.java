package org.teixit.model;

import java.util.Map;
import java.util.Objects;

/**
 * Someone or something that takes part in a learning ecosystem: a school, a family association, a
 * teacher, a WhatsApp group. Immutable; "with" methods return changed copies.
 *
 * @param id         stable identifier, unique in its ecosystem
 * @param label      the name shown on the map
 * @param kind       an actor-kind vocabulary id (person, organisation, …), may be empty
 * @param setting    a setting vocabulary id (family, school, …), may be empty
 * @param notes      free text
 * @param attributes custom attributes kept as text, in insertion order
 * @param position   where the layout put it, or {@code null} before any layout
 * @param pinned     whether the layout must leave it where it is
 */
public record Actor(String id, String label, String kind, String setting, String notes,
                   Map<String, String> attributes, Position position, boolean pinned) {

    public Actor {
        id = Text.requireId(id, "actor id");
        label = label == null || label.isBlank() ? id : label.strip();
        kind = Text.orEmpty(kind);
        setting = Text.orEmpty(setting);
        notes = Text.orEmpty(notes);
        attributes = Text.copyAttributes(attributes);
    }

    public static Actor of(String id, String label, String kind, String setting) {
        return new Actor(id, label, kind, setting, "", Map.of(), null, false);
    }

    public Actor withLabel(String newLabel) {
        return new Actor(id, newLabel, kind, setting, notes, attributes, position, pinned);
    }

    public Actor withKind(String newKind) {
        return new Actor(id, label, newKind, setting, notes, attributes, position, pinned);
    }

    public Actor withSetting(String newSetting) {
        return new Actor(id, label, kind, newSetting, notes, attributes, position, pinned);
    }

    public Actor withNotes(String newNotes) {
        return new Actor(id, label, kind, setting, newNotes, attributes, position, pinned);
    }

    public Actor withAttributes(Map<String, String> newAttributes) {
        return new Actor(id, label, kind, setting, notes, newAttributes, position, pinned);
    }

    public Actor withPosition(Position newPosition) {
        return new Actor(id, label, kind, setting, notes, attributes, newPosition, pinned);
    }

    public Actor withPinned(boolean newPinned) {
        return new Actor(id, label, kind, setting, notes, attributes, position, newPinned);
    }

    public boolean hasPosition() {
        return position != null;
    }

    /** Same actor apart from where it sits on the map. */
    public boolean sameDataAs(Actor other) {
        return other != null && id.equals(other.id) && label.equals(other.label) && kind.equals(other.kind)
                && setting.equals(other.setting) && notes.equals(other.notes)
                && attributes.equals(other.attributes);
    }

    @Override
    public String toString() {
        return "Actor[" + id + " \"" + label + "\"]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Actor a && sameDataAs(a) && pinned == a.pinned && Objects.equals(position, a.position);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, label, kind, setting, notes, attributes, position, pinned);
    }
}
