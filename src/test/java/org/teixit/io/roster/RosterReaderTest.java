package org.teixit.io.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teixit.io.ImportBatch;
import org.teixit.io.ImportException;
import org.teixit.io.ImportMerger;
import org.teixit.io.ImportWarning;
import org.teixit.io.MergeResult;
import org.teixit.io.xml.TestFiles;
import org.teixit.model.Actor;
import org.teixit.model.CserDimension;
import org.teixit.model.Ecosystem;
import org.teixit.model.Tie;
import org.teixit.service.ImportService;
import org.teixit.service.ImportSummary;
import org.teixit.service.MapLoader;
import org.teixit.store.EcosystemStore;
import org.teixit.task.Progress;

class RosterReaderTest {
    @TempDir
    Path dir;

    private final Ecosystem palau = Ecosystem.builder("Palau")
            .actor(Actor.of("council", "Ajuntament de Palau", "institution", "administration"))
            .actor(Actor.of("school", "Escola Arnau Berenguer", "institution", "school"))
            .build();

    private static final String SURVEY = "Nom,Rol,Col·laboració,Informació [communication],tie:mentoring (orientation; funds)\n"
            + "Marta Puig,mestra,ESCOLA ARNAU BERENGUER; Ajuntamen,Familia Roca,Joan\n"
            + "joan,voluntari,marta puig,\"Escola Arnau Berenguer\nAjuntament de Palau\",\n"
            + "Família Roca,família,,Escola Arnau Berenguer;  ;Família Roca,\n";

    private ImportBatch read(String text) throws Exception {
        return new RosterReader().read(TestFiles.write(dir, "survey.roster.csv", text), Progress.NONE);
    }

    @Test
    void rowsBecomeRespondentsAndTheirNominations() throws Exception {
        ImportBatch b = read(SURVEY);
        assertTrue(b.namesOnly());
        List<String> labels = b.actors().stream().map(Actor::label).toList();
        assertEquals(List.of("Marta Puig", "ESCOLA ARNAU BERENGUER", "Ajuntamen", "Familia Roca", "Joan",
                "Ajuntament de Palau"), labels, "names match ignoring case and accents, first spelling wins");
        Actor marta = b.actors().get(0);
        assertEquals(Map.of("Rol", "mestra"), marta.attributes());
        assertEquals(8, b.ties().size());
        Tie mentoring = b.ties().stream().filter(t -> t.kind().equals("mentoring")).findFirst().orElseThrow();
        assertEquals(EnumSet.of(CserDimension.ORIENTATION, CserDimension.FUNDS), mentoring.dimensions());
        assertTrue(mentoring.directed());
        Tie info = b.ties().stream().filter(t -> t.kind().equals("information")).findFirst().orElseThrow();
        assertEquals(EnumSet.of(CserDimension.COMMUNICATION), info.dimensions());
        assertTrue(b.ties().stream().anyMatch(t -> t.kind().equals("collaboration")), "Catalan column name");
        assertEquals(1, b.warnings().size(), "Família Roca named themselves: " + b.warnings());
    }

    @Test
    void mergingMatchesTheMapByNameAndWarnsAboutNearMisses() throws Exception {
        MergeResult r = new ImportMerger(false).merge(palau, read(SURVEY));
        Ecosystem m = r.merged();
        assertEquals(6, m.actorCount(), "the school and the council are matched, four are new");
        assertTrue(m.actor("marta-puig").isPresent(), "new actors get ids from their names");
        assertTrue(m.actor("ajuntamen").isPresent());
        List<String> warnings = r.warnings().stream().map(ImportWarning::message).toList();
        assertTrue(warnings.contains("'Ajuntamen' looks like 'Ajuntament de Palau' — treated as a new actor; "
                + "if they are the same, rename one and import again"), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("'Familia Roca'") || w.startsWith("'Família Roca'"))
                == false, "Família Roca is the same name without accents: " + warnings);
        ImportWarning nearMiss = r.warnings().stream().filter(w -> w.message().startsWith("'Ajuntamen'")).findFirst()
                .orElseThrow();
        assertEquals(2, nearMiss.location().line());
        Tie toSchool = m.ties().stream().filter(t -> t.source().equals("marta-puig") && t.target().equals("school"))
                .findFirst().orElseThrow();
        assertEquals("collaboration", toSchool.kind());
    }

    @Test
    void rosterImportsThroughTheServiceByNameOrFlag() throws Exception {
        Path store = dir.resolve("palau.teixit");
        try (EcosystemStore s = EcosystemStore.openOrCreate(store)) {
            s.update(tx -> palau.actors().forEach(tx::putActor));
        }
        Path roster = TestFiles.write(dir, "enquesta.roster.csv", SURVEY);
        ImportSummary s = new ImportService(false).importFiles(List.of(roster), store, Progress.NONE);
        assertEquals(4, s.actorsAdded());
        assertTrue(s.warnings().stream().anyMatch(w -> w.message().contains("Ajuntamen")));
        Path plain = TestFiles.write(dir, "enquesta.csv", SURVEY);
        Path other = dir.resolve("other.teixit");
        assertThrows(ImportException.class, () -> new ImportService(false).importFiles(List.of(plain), other,
                Progress.NONE), "without --roster it is an actors table whose Nom column is no id");
        new ImportService(false, true).importFiles(List.of(plain), other, Progress.NONE);
        assertEquals(6, MapLoader.load(other, Progress.NONE).actorCount());
    }

    @Test
    void importingTheSameRosterTwiceAddsNothing() throws Exception {
        Path store = dir.resolve("twice.teixit");
        Path roster = TestFiles.write(dir, "s.roster.csv", SURVEY);
        new ImportService(false).importFiles(List.of(roster), store, Progress.NONE);
        ImportSummary again = new ImportService(false).importFiles(List.of(roster), store, Progress.NONE);
        assertEquals(0, again.actorsAdded());
        assertEquals(0, again.tiesAdded());
    }

    @Test
    void badRostersAreRefusedCleanly() throws Exception {
        ImportException noTies = assertThrows(ImportException.class, () -> read("Nom,Edat\nMarta,40\n"));
        TestFiles.assertCleanMessage(noTies, "survey.roster.csv", 1, null);
        ImportException noName = assertThrows(ImportException.class, () -> read("Nom,Suport\nMarta,Joan\n,Pere\n"));
        TestFiles.assertCleanMessage(noName, "survey.roster.csv", 3, "Nom");
        ImportException badDimension = assertThrows(ImportException.class, () -> read("Nom,support [joy]\nA,B\n"));
        TestFiles.assertCleanMessage(badDimension, "survey.roster.csv", 1, "support [joy]");
    }

    @Test
    void aHugeNameOrAnswerIsRefusedNamingItsColumn() throws Exception {
        String huge = "x".repeat(org.teixit.io.xml.ValueLimits.MAX_CHARS + 1);
        ImportException name = assertThrows(ImportException.class, () -> read("Nom,Suport\nMarta,Joan\n" + huge + ",Pere\n"));
        TestFiles.assertCleanMessage(name, "survey.roster.csv", 3, "Nom");
        ImportException partner = assertThrows(ImportException.class, () -> read("Nom,Suport\nMarta,Joan; " + huge + "\n"));
        TestFiles.assertCleanMessage(partner, "survey.roster.csv", 2, "Suport");
    }

    @Test
    void aRosterWorkbookIsReadFromItsFirstSheet() throws Exception {
        Path file = dir.resolve("enquesta.roster.xlsx");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             java.io.OutputStream out = java.nio.file.Files.newOutputStream(file)) {
            var sheet = book.createSheet("Respostes");
            String[][] rows = {{"Nombre", "Apoyo", "Confianza"}, {"Núria", "Pau; Quim", "Pau"}, {"Pau", null, "núria"}};
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] != null) {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            book.write(out);
        }
        ImportBatch b = new RosterReader().read(file, Progress.NONE);
        assertEquals(List.of("Núria", "Pau", "Quim"), b.actors().stream().map(Actor::label).toList());
        assertEquals(4, b.ties().size());
        assertTrue(b.ties().stream().anyMatch(t -> t.kind().equals("trust")), "Spanish column names");
        ImportException bad = assertThrows(ImportException.class, () -> new RosterReader().read(
                TestFiles.write(dir, "text.roster.xlsx", "Nom,Suport\n"), Progress.NONE));
        TestFiles.assertCleanMessage(bad, "text.roster.xlsx", 0, null);
    }

    @Test
    void twoRowsForOneRespondentAreCombinedWithAWarning() throws Exception {
        ImportBatch b = read("Name,Trust,Age\nAnna,Bea,40\nanna,Carles,\n");
        assertEquals(3, b.actors().size());
        assertEquals(2, b.ties().size());
        assertEquals(Map.of("Age", "40"), b.actors().get(0).attributes());
        assertFalse(b.warnings().isEmpty());
    }
}
