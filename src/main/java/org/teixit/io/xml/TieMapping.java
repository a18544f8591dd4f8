package org.teixit.io.xml;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.teixit.io.ImportBatch;
import org.teixit.io.ImportException;
import org.teixit.io.SourceLocation;
import org.teixit.io.xml.AttributeNames.EdgeField;
import org.teixit.io.xml.RawElement.Value;
import org.teixit.model.CserDimension;
import org.teixit.model.PartnershipStage;
import org.teixit.model.Tie;

/**
 * Makes a {@link Tie} of a file's edge: "kind"/"type"/"label" give the kind, "strength" or else "weight"
 * the strength (see {@link WeightScale}; a weight that is not exactly the strength is kept as the custom
 * attribute {@code weight}), "dimensions" the CSER dimensions, "stage", "notes"/"description" and
 * "directed" (else the graph's default); everything else is kept as a custom attribute.
 */
public final class TieMapping {
    /** The custom attribute that keeps a file's original edge weight. */
    public static final String WEIGHT_ATTRIBUTE = "weight";

    private TieMapping() {
    }

    /** @param id the edge's id, or one the reader made up when the file had none */
    public static Tie toTie(RawElement edge, String id, ImportBatch.Builder batch) throws ImportException {
        SourceLocation file = edge.where();
        FieldValues values = new FieldValues(edge);
        String kind = ActorMapping.text(values.take(EdgeField.KIND));
        ActorMapping.checkTerm(values, kind, EdgeField.KIND, edge);
        int strength = strength(values, edge, batch);
        Value dimensionsValue = values.take(EdgeField.DIMENSIONS);
        Set<CserDimension> dimensions = dimensionsValue == null ? Set.of()
                : FieldParsing.dimensions(dimensionsValue, file);
        Value stageValue = values.take(EdgeField.STAGE);
        PartnershipStage stage = stageValue == null ? null : FieldParsing.stage(stageValue, file);
        String notes = ActorMapping.text(values.take(EdgeField.NOTES));
        Value directedValue = values.take(EdgeField.DIRECTED);
        boolean directed = directedValue == null || directedValue.text().isBlank() ? edge.directedByDefault()
                : FieldParsing.bool(directedValue, file);
        if (edge.source() == null || edge.source().isBlank()) {
            throw new ImportException(edge.where(), "source", "edge " + id + " has no source");
        }
        if (edge.target() == null || edge.target().isBlank()) {
            throw new ImportException(edge.where(), "target", "edge " + id + " has no target");
        }
        Map<String, String> custom = weightFirst(values.custom());
        try {
            return new Tie(id, edge.source(), edge.target(), kind, directed, strength, dimensions, stage, notes,
                    custom);
        } catch (IllegalArgumentException e) {
            throw new ImportException(edge.where(), "id", e.getMessage());
        }
    }

    /** A kept weight leads the custom attributes, where GEXF has it too, whatever the file's order. */
    private static Map<String, String> weightFirst(Map<String, String> custom) {
        if (!custom.containsKey(WEIGHT_ATTRIBUTE)) {
            return custom;
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        ordered.put(WEIGHT_ATTRIBUTE, custom.get(WEIGHT_ATTRIBUTE));
        ordered.putAll(custom);
        return ordered;
    }

    private static int strength(FieldValues values, RawElement edge, ImportBatch.Builder batch)
            throws ImportException {
        SourceLocation file = edge.where();
        Value strength = values.take(EdgeField.STRENGTH);
        Value weight = values.take(EdgeField.WEIGHT);
        Value given = strength != null ? strength : weight;
        if (given == null || given.text().isBlank()) {
            return Tie.DEFAULT_STRENGTH;
        }
        double number = FieldParsing.number(given, file);
        if (number <= 0) {
            batch.warn(FieldParsing.at(file, given.line()), "field '" + given.name() + "': "
                    + FieldParsing.quote(given.text()) + " is not positive; read as strength 1");
        }
        int result = WeightScale.strengthOf(number);
        if (weight != null && !WeightScale.sameAs(weight.text(), result)) {
            values.keep(weight, WEIGHT_ATTRIBUTE);
        }
        return result;
    }
}
