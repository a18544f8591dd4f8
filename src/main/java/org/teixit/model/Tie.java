package org.teixit.model;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * A relationship between two actors: who works with, informs, supports or trusts whom, in which CSER
 * dimensions. Immutable; "with" methods return changed copies.
 *
 * @param id         stable identifier, unique in its ecosystem
 * @param source     the id of the actor the tie starts from
 * @param target     the id of the other actor
 * @param kind       a tie-kind vocabulary id (collaboration, information, …)
 * @param directed   whether the tie goes one way only
 * @param strength   1 (weak) to 5 (strong)
 * @param dimensions the CSER dimensions the tie serves; may be empty
 * @param stage      partnership stage, or {@code null} when it does not apply
 * @param notes      free text
 * @param attributes custom attributes kept as text, in insertion order
 */
public record Tie(String id, String source, String target, String kind, boolean directed, int strength,
                  Set<CserDimension> dimensions, PartnershipStage stage, String notes,
                  Map<String, String> attributes) {

    public static final int MIN_STRENGTH = 1;
    public static final int MAX_STRENGTH = 5;
    public static final int DEFAULT_STRENGTH = 3;

    public Tie {
        id = Text.requireId(id, "tie id");
        source = Text.requireId(source, "tie source");
        target = Text.requireId(target, "tie target");
        kind = Text.orEmpty(kind);
        if (strength < MIN_STRENGTH || strength > MAX_STRENGTH) {
            throw new IllegalArgumentException("tie strength must be 1 to 5, was " + strength);
        }
        dimensions = dimensions == null || dimensions.isEmpty()
                ? Collections.unmodifiableSet(EnumSet.noneOf(CserDimension.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(dimensions));
        notes = Text.orEmpty(notes);
        attributes = Text.copyAttributes(attributes);
    }

    public static Tie of(String id, String source, String target, String kind, CserDimension... dimensions) {
        Set<CserDimension> dims = EnumSet.noneOf(CserDimension.class);
        dims.addAll(java.util.List.of(dimensions));
        return new Tie(id, source, target, kind, false, DEFAULT_STRENGTH, dims, null, "", Map.of());
    }

    public Tie withKind(String newKind) {
        return new Tie(id, source, target, newKind, directed, strength, dimensions, stage, notes, attributes);
    }

    public Tie withDirected(boolean newDirected) {
        return new Tie(id, source, target, kind, newDirected, strength, dimensions, stage, notes, attributes);
    }

    public Tie withStrength(int newStrength) {
        return new Tie(id, source, target, kind, directed, newStrength, dimensions, stage, notes, attributes);
    }

    public Tie withDimensions(Set<CserDimension> newDimensions) {
        return new Tie(id, source, target, kind, directed, strength, newDimensions, stage, notes, attributes);
    }

    public Tie withStage(PartnershipStage newStage) {
        return new Tie(id, source, target, kind, directed, strength, dimensions, newStage, notes, attributes);
    }

    public Tie withNotes(String newNotes) {
        return new Tie(id, source, target, kind, directed, strength, dimensions, stage, newNotes, attributes);
    }

    public Tie withAttributes(Map<String, String> newAttributes) {
        return new Tie(id, source, target, kind, directed, strength, dimensions, stage, notes, newAttributes);
    }

    public Tie withEnds(String newSource, String newTarget) {
        return new Tie(id, newSource, newTarget, kind, directed, strength, dimensions, stage, notes, attributes);
    }

    public boolean touches(String actorId) {
        return source.equals(actorId) || target.equals(actorId);
    }

    public boolean isLoop() {
        return source.equals(target);
    }

    public boolean has(CserDimension dimension) {
        return dimensions.contains(dimension);
    }

    /** The actor at the other end from {@code actorId}. */
    public String otherEnd(String actorId) {
        return source.equals(actorId) ? target : source;
    }
}
