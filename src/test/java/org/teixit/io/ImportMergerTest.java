package org.teixit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.teixit.model.Actor;
import org.teixit.model.CserDimension;
import org.teixit.model.Ecosystem;
import org.teixit.model.Tie;

class ImportMergerTest {
    private final Ecosystem current = Ecosystem.builder("Palau")
            .actor(Actor.of("council", "Ajuntament de Palau", "institution", "administration"))
            .actor(Actor.of("school", "Escola Arnau Berenguer", "institution", "school"))
            .tie(Tie.of("t1", "council", "school", "collaboration", CserDimension.GOVERNANCE))
            .build();

    private static ImportBatch.Builder batch() {
        return ImportBatch.builder("in.json");
    }

    @Test
    void actorsMatchByIdThenByLabelIgnoringCaseAndAccents() throws Exception {
        ImportBatch b = batch()
                .actor(new Actor("council", "Ajuntament", "", "", "", Map.of("phone", "973"), null, false),
                        SourceLocation.line("in.json", 2))
                .actor(Actor.of("x7", "escola arnau berénguer", "", ""), SourceLocation.line("in.json", 3))
                .actor(Actor.of("library", "Biblioteca", "institution", "community"), SourceLocation.line("in.json", 4))
                .build();
        MergeResult r = new ImportMerger(false).merge(current, b);
        assertEquals(3, r.merged().actorCount());
        assertEquals(1, r.actorsAdded());
        assertEquals("973", r.merged().actor("council").orElseThrow().attributes().get("phone"));
        assertEquals("institution", r.merged().actor("council").orElseThrow().kind(), "empty fields keep old values");
        assertTrue(r.merged().actor("x7").isEmpty(), "matched the school by label");
    }

    @Test
    void tieNamingAnUnknownActorIsRefusedWithItsLine() {
        ImportBatch b = batch().tie(Tie.of("e1", "school", "nobody", "trust"), SourceLocation.line("ties.csv", 12))
                .build();
        ImportException e = assertThrows(ImportException.class, () -> new ImportMerger(false).merge(current, b));
        assertEquals("ties.csv:12: field 'target': names unknown actor 'nobody' (import its actors too, or use "
                + "--create-missing)", e.getMessage());
    }

    @Test
    void createMissingAddsTheActor() throws Exception {
        ImportBatch b = batch().tie(Tie.of("e1", "Escola Arnau Berenguer", "Biblioteca", "trust"),
                SourceLocation.line("ties.csv", 2)).build();
        MergeResult r = new ImportMerger(true).merge(current, b);
        Tie t = r.merged().ties().stream().filter(x -> x.kind().equals("trust")).findFirst().orElseThrow();
        assertEquals("school", t.source(), "resolved by label");
        assertEquals("Biblioteca", r.merged().actor(t.target()).orElseThrow().label());
        assertEquals(1, r.actorsAdded(), "the created actor counts as added in the summary");
        assertEquals(1, r.tiesAdded());
    }

    @Test
    void reimportingTheSameTieUpdatesInsteadOfDuplicating() throws Exception {
        ImportBatch b = batch().tie(Tie.of("t99", "school", "council", "collaboration", CserDimension.FUNDS),
                SourceLocation.line("x", 1)).build();
        MergeResult r = new ImportMerger(false).merge(current, b);
        assertEquals(1, r.merged().tieCount());
        assertEquals(1, r.tiesUpdated());
        assertTrue(r.merged().tie("t1").orElseThrow().has(CserDimension.FUNDS));
    }

    @Test
    void clashingTieIdBetweenOtherActorsGetsAFreshId() throws Exception {
        Ecosystem withLibrary = current.toBuilder().actor(Actor.of("library", "Biblioteca", "", "")).build();
        ImportBatch b = batch().tie(Tie.of("t1", "library", "school", "resources"), SourceLocation.line("x", 1))
                .build();
        MergeResult r = new ImportMerger(false).merge(withLibrary, b);
        assertEquals(2, r.merged().tieCount());
        assertEquals("council", r.merged().tie("t1").orElseThrow().source(), "the old t1 is untouched");
    }
}
