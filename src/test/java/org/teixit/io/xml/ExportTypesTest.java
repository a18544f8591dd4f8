package org.teixit.io.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.teixit.model.Tie;

class ExportTypesTest {
    @Test
    void typesAreInferredFromAllValues() {
        assertEquals(AttributeType.INTEGER, AttributeType.infer(List.of("1", "-20", "0")));
        assertEquals(AttributeType.LONG, AttributeType.infer(List.of("1", "12345678901")));
        assertEquals(AttributeType.DOUBLE, AttributeType.infer(List.of("1", "2.5", "1e-3")));
        assertEquals(AttributeType.BOOLEAN, AttributeType.infer(List.of("true", "false")));
        assertEquals(AttributeType.STRING, AttributeType.infer(List.of("true", "1")));
        assertEquals(AttributeType.STRING, AttributeType.infer(List.of("08001")), "leading zeros stay text");
        assertEquals(AttributeType.STRING, AttributeType.infer(List.of("1", "")));
        assertEquals(AttributeType.STRING, AttributeType.infer(List.of("NaN")));
        assertEquals(AttributeType.STRING, AttributeType.infer(List.of("0x1F")));
        assertEquals(AttributeType.STRING, AttributeType.infer(List.of()));
    }

    @Test
    void nativeWeightIsTheKeptWeightOrTheStrength() {
        Tie plain = Tie.of("t", "a", "b", "");
        assertEquals("3", ExportColumns.weightOf(plain));
        assertEquals("0.25", ExportColumns.weightOf(plain.withAttributes(Map.of("weight", "0.25"))));
        assertEquals("3", ExportColumns.weightOf(plain.withAttributes(Map.of("weight", "heavy"))));
        assertEquals("3", ExportColumns.weightOf(plain.withAttributes(Map.of("weight", "3.0"))));
    }

    @Test
    void strengthColumnAlwaysAndOtherColumnsOnlyWhenUsed() {
        List<Column<Tie>> columns = ExportColumns.forTies(List.of(Tie.of("t", "a", "b", "")));
        assertEquals(List.of("strength"), columns.stream().map(Column::name).toList());
        List<Column<Tie>> weighted = ExportColumns.forTies(List.of(
                Tie.of("t", "a", "b", "").withAttributes(Map.of("weight", "heavy", "Pes", "2"))));
        assertEquals(Set.of("strength", "custom:weight", "Pes"), weighted.stream().map(Column::name).collect(Collectors.toSet()));
        assertEquals(AttributeType.INTEGER, weighted.stream().filter(c -> c.name().equals("Pes")).findFirst().orElseThrow().type());
    }
}
