package org.teixit.io.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.teixit.io.ImportBatch;
import org.teixit.io.ImportException;
import org.teixit.io.SourceLocation;
import org.teixit.model.Actor;
import org.teixit.model.CserDimension;
import org.teixit.model.PartnershipStage;
import org.teixit.model.Position;
import org.teixit.model.Tie;

/** The one mapping from attribute names to actor and tie fields that GEXF and GraphML share. */
class AttributeMappingTest {
    private final ImportBatch.Builder batch = ImportBatch.builder("map.xml");

    private static RawElement node(String... namesAndValues) {
        RawElement e = RawElement.node("n", SourceLocation.line("map.xml", 3));
        for (int i = 0; i < namesAndValues.length; i += 2) {
            e.put(namesAndValues[i], namesAndValues[i + 1], 10 + i / 2);
        }
        return e;
    }

    private static RawElement edge(String... namesAndValues) {
        RawElement e = RawElement.edge(null, "a", "b", SourceLocation.line("map.xml", 3), false);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            e.put(namesAndValues[i], namesAndValues[i + 1], 10 + i / 2);
        }
        return e;
    }

    private Actor actor(String... namesAndValues) throws ImportException {
        return ActorMapping.toActor(node(namesAndValues), batch);
    }

    private Tie tie(String... namesAndValues) throws ImportException {
        return TieMapping.toTie(edge(namesAndValues), "t", batch);
    }

    @Test
    void nodeFieldsByAnyAliasIgnoringCaseAndAccents() throws ImportException {
        Actor a = actor("NAME", "Escola", "Type", "institution", "Setting", "school", "Déscription", "Notes",
                "X", "1.5", "y", "-2", "Pinned", "yes", "club", "Mr. Hi");
        assertEquals("Escola", a.label());
        assertEquals("institution", a.kind());
        assertEquals("school", a.setting());
        assertEquals("Notes", a.notes());
        assertEquals(new Position(1.5, -2), a.position());
        assertTrue(a.pinned());
        assertEquals(Map.of("club", "Mr. Hi"), a.attributes());
    }

    @Test
    void theBestAliasWinsAndADifferentValueIsKept() throws ImportException {
        Actor a = actor("name", "Nom llarg", "label", "Curt", "kind", "group", "type", "group");
        assertEquals("Curt", a.label(), "label before name");
        assertEquals("group", a.kind());
        assertEquals(Map.of("name", "Nom llarg"), a.attributes(), "a repeated kind is dropped, another name kept");
    }

    @Test
    void escapedNamesAreCustomAttributesNeverFields() throws ImportException {
        Actor a = actor("custom:type", "associació", "CUSTOM:custom:x", "raw", "type", "group");
        assertEquals("group", a.kind());
        assertEquals(Map.of("type", "associació", "custom:x", "raw"), a.attributes());
    }

    @Test
    void writersEscapeReservedCustomNamesAndOnlyThose() {
        assertEquals("custom:Type", AttributeNames.exportName("Type", false));
        assertEquals("custom:Déscription", AttributeNames.exportName("Déscription", true), "accents ignored");
        assertEquals("custom:custom:a", AttributeNames.exportName("custom:a", false));
        assertEquals("club", AttributeNames.exportName("club", false));
        assertEquals("strength", AttributeNames.exportName("strength", false), "strength is a field of ties only");
        assertEquals("custom:strength", AttributeNames.exportName("strength", true));
        assertEquals("setting", AttributeNames.exportName("setting", true), "setting is a field of actors only");
    }

    @Test
    void positionNeedsBothCoordinatesAndNumbers() throws ImportException {
        assertNull(actor("x", "3").position());
        assertEquals(1, batch.build().warnings().size());
        ImportException e = assertThrows(ImportException.class, () -> actor("x", "3", "y", "north"));
        assertEquals("map.xml:11: field 'y': \"north\" is not a number", e.getMessage());
    }

    @Test
    void badPinnedIsRefused() {
        ImportException e = assertThrows(ImportException.class, () -> actor("pinned", "sometimes"));
        assertEquals("map.xml:10: field 'pinned': \"sometimes\" is not true or false", e.getMessage());
    }

    @Test
    void nodeWithoutIdIsRefused() {
        RawElement e = RawElement.node(null, SourceLocation.line("map.xml", 7));
        ImportException x = assertThrows(ImportException.class, () -> ActorMapping.toActor(e, batch));
        assertEquals("map.xml:7: field 'id': a node has no id", x.getMessage());
    }

    @Test
    void edgeFields() throws ImportException {
        Tie t = tie("Label", "support", "Strength", "4", "Dimension", "funds; Governance", "stage", "Strategic",
                "description", "Cada dijous", "directed", "true", "since", "2019");
        assertEquals("support", t.kind());
        assertEquals(4, t.strength());
        assertEquals(EnumSet.of(CserDimension.FUNDS, CserDimension.GOVERNANCE), t.dimensions());
        assertEquals(PartnershipStage.STRATEGIC, t.stage());
        assertEquals("Cada dijous", t.notes());
        assertTrue(t.directed());
        assertEquals(Map.of("since", "2019"), t.attributes());
    }

    @Test
    void directedFallsBackToTheGraphDefault() throws ImportException {
        assertFalse(tie().directed());
        RawElement e = RawElement.edge("x", "a", "b", SourceLocation.line("map.xml", 1), true);
        assertTrue(TieMapping.toTie(e, "x", batch).directed());
        assertEquals(Tie.DEFAULT_STRENGTH, TieMapping.toTie(e, "x", batch).strength());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "collective|COLLECTIVE",
        "Collective action and participatory culture|COLLECTIVE",
        "orientation, funds|ORIENTATION FUNDS",
        "Orientation, social support and personalization; communication|ORIENTATION COMMUNICATION",
        "funds,,governance;|FUNDS GOVERNANCE",
        "COMMUNICATION AND INFORMATION|COMMUNICATION",
        "''|''"})
    void dimensionsByIdOrEnglishNameSeparatedBySemicolonsOrCommas(String text, String expected) throws ImportException {
        EnumSet<CserDimension> want = EnumSet.noneOf(CserDimension.class);
        for (String name : expected.split(" ")) {
            if (!name.isEmpty()) {
                want.add(CserDimension.valueOf(name));
            }
        }
        assertEquals(want, tie("dimensions", text).dimensions());
    }

    @Test
    void unknownDimensionIsRefusedNamingFieldAndValue() {
        ImportException e = assertThrows(ImportException.class, () -> tie("Dimensions", "funds;  magic  "));
        assertEquals("map.xml:10: field 'Dimensions': \"magic\" is not a CSER dimension "
                + "(orientation, funds, collective, governance, communication)", e.getMessage());
        assertEquals("Dimensions", e.field());
    }

    @Test
    void unknownStageIsRefused() {
        ImportException e = assertThrows(ImportException.class, () -> tie("stage", "engaged"));
        assertEquals("map.xml:10: field 'stage': \"engaged\" is not a partnership stage "
                + "(distant, complementary, strategic)", e.getMessage());
    }

    @Test
    void strengthThatIsNotANumberIsRefusedOnOneLine() {
        ImportException e = assertThrows(ImportException.class, () -> tie("strength", "lots\nand lots"));
        assertEquals("map.xml:10: field 'strength': \"lots and lots\" is not a number", e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"1,1,", "5,5,", "3,3,", "4.0,4,", "2.5,3,2.5", "0.4,1,0.4", "7,5,7", "1e3,5,1e3", "0.999,1,0.999"})
    void weightBecomesStrengthAndIsKeptWhenItSaysMore(String weight, int strength, String kept) throws ImportException {
        Tie t = tie("weight", weight);
        assertEquals(strength, t.strength());
        assertEquals(kept == null ? Map.of() : Map.of("weight", kept), t.attributes());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-2"})
    void weightOfZeroOrLessIsStrengthOneWithAWarning(String weight) throws ImportException {
        Tie t = tie("weight", weight);
        assertEquals(1, t.strength());
        assertEquals(Map.of("weight", weight), t.attributes());
        assertEquals(1, batch.build().warnings().size());
    }

    @Test
    void strengthWinsOverWeightWhichIsKept() throws ImportException {
        Tie t = tie("weight", "0.75", "strength", "2");
        assertEquals(2, t.strength());
        assertEquals(Map.of("weight", "0.75"), t.attributes());
        assertEquals(Map.of(), tie("weight", "2.0", "strength", "2").attributes(), "a weight equal to it adds nothing");
    }

    @Test
    void kindFromKindTypeOrLabelAndOtherLabelsKept() throws ImportException {
        assertEquals("trust", tie("type", "trust").kind());
        assertEquals("trust", tie("edge label", "trust").kind());
        Tie t = tie("label", "informs", "kind", "information");
        assertEquals("information", t.kind());
        assertEquals(Map.of("label", "informs"), t.attributes());
    }
}
