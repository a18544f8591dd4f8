package org.teixit.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.teixit.io.ImportBatch;
import org.teixit.io.ImportException;
import org.teixit.io.xml.TestFiles;
import org.teixit.model.Actor;
import org.teixit.model.CserDimension;
import org.teixit.model.Ecosystem;
import org.teixit.model.Position;
import org.teixit.model.Tie;
import org.teixit.service.ImportService;
import org.teixit.service.ImportSummary;
import org.teixit.store.EcosystemStore;
import org.teixit.task.Progress;

class CsvReaderTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        return TestFiles.write(dir, name, text);
    }

    private Path writeBytes(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }

    private static ImportBatch read(Path file) throws ImportException {
        return new CsvReader().read(file, Progress.NONE);
    }

    private ImportException refused(Path file) {
        return assertThrows(ImportException.class, () -> read(file));
    }

    @Test
    void gephiActorsFileWithAccentsAndCustomColumns() throws Exception {
        Path f = write("actors.csv", "Id,Label,kind,setting,Barri,x,y\n"
                + "escola,Escola Sant Jordi — «la nostra»,institution,school,Poble-sec,1.5,-2\n"
                + "afa,AFA de l'escola Niño Ñandú,group,family,Sants,,\n");
        ImportBatch b = read(f);
        Actor escola = TestFiles.actor(b, "escola");
        assertEquals("Escola Sant Jordi — «la nostra»", escola.label());
        assertEquals("institution", escola.kind());
        assertEquals("school", escola.setting());
        assertEquals(Map.of("Barri", "Poble-sec"), escola.attributes());
        assertEquals(new Position(1.5, -2), escola.position());
        Actor afa = TestFiles.actor(b, "afa");
        assertEquals("AFA de l'escola Niño Ñandú", afa.label());
        assertNull(afa.position());
        assertTrue(b.ties().isEmpty());
    }

    @Test
    void gephiTiesFileMapsTypeWeightLabelAndDimensions() throws Exception {
        Path f = write("ties.csv", "Source,Target,Type,Id,Label,Weight,dimensions,Freqüència\n"
                + "escola,afa,Directed,e1,collaboration,4,collective;Governance,mensual\n"
                + "afa,escola,Undirected,e2,,7.5,\"Orientation, social support and personalization\",\n"
                + "escola,ajuntament,Directed,,information,,,\n");
        ImportBatch b = read(f);
        Tie e1 = TestFiles.tie(b, "e1");
        assertTrue(e1.directed());
        assertEquals("collaboration", e1.kind());
        assertEquals(4, e1.strength());
        assertEquals(EnumSet.of(CserDimension.COLLECTIVE, CserDimension.GOVERNANCE), e1.dimensions());
        assertEquals(Map.of("Freqüència", "mensual"), e1.attributes());
        Tie e2 = TestFiles.tie(b, "e2");
        assertFalse(e2.directed());
        assertEquals(5, e2.strength());
        assertEquals(Map.of("weight", "7.5"), e2.attributes(), "the original weight is kept");
        assertEquals(EnumSet.of(CserDimension.ORIENTATION), e2.dimensions());
        assertEquals(3, b.ties().size(), "a tie without id gets one");
    }

    @Test
    void typeColumnThatIsNotDirectionIsTheKind() throws Exception {
        ImportBatch b = read(write("kumu.csv", "From,To,Type,Direction\nA,B,support,directed\nB,C,trust,mutual\n"));
        assertEquals("support", b.ties().get(0).kind());
        assertTrue(b.ties().get(0).directed());
        assertEquals("trust", b.ties().get(1).kind());
        assertFalse(b.ties().get(1).directed());
    }

    @ParameterizedTest
    @ValueSource(strings = {",", ";", "\t"})
    void delimiterIsDetected(String d) throws Exception {
        String text = String.join(d, "Id", "Label", "notes") + "\r\n" + String.join(d, "a", "\"Escola, l'Àngel\"",
                "\"dues\r\nlínies; amb \"\"cometes\"\"\"") + "\r\n";
        ImportBatch b = read(write("a.csv", text));
        Actor a = TestFiles.actor(b, "a");
        assertEquals("Escola, l'Àngel", a.label());
        assertEquals("dues\r\nlínies; amb \"cometes\"", a.notes());
    }

    @Test
    void excelSepLineSetsTheDelimiter() throws Exception {
        ImportBatch b = read(write("a.csv", "sep=;\nId;Label\nx;Un, dos\n"));
        assertEquals("Un, dos", TestFiles.actor(b, "x").label());
    }

    @Test
    void byteOrderMarkIsSkippedAndUtf16Read() throws Exception {
        byte[] body = "Id,Label\nç,Plaça\n".getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[body.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bom, 3, body.length);
        assertEquals("Plaça", TestFiles.actor(read(writeBytes("bom.csv", bom)), "ç").label());
        byte[] utf16 = "\uFEFFId\tLabel\nç\tPlaça\n".getBytes(StandardCharsets.UTF_16LE);
        assertEquals("Plaça", TestFiles.actor(read(writeBytes("u16.csv", utf16)), "ç").label());
    }

    @Test
    void windows1252IsDetectedWithAWarningNamingTheLine() throws Exception {
        byte[] bytes = "Id;Label\nescola;Escola\nplaca;Plaça Catalunya àéíóú ñ\n".getBytes(Charset.forName("windows-1252"));
        ImportBatch b = read(writeBytes("excel.csv", bytes));
        assertEquals("Plaça Catalunya àéíóú ñ", TestFiles.actor(b, "placa").label());
        assertEquals(1, b.warnings().size());
        assertEquals(3, b.warnings().get(0).location().line());
        assertTrue(b.warnings().get(0).message().contains("Windows-1252"), b.warnings().toString());
    }

    @Test
    void mixedEncodingIsRefusedNamingTheLine() throws Exception {
        byte[] good = "Id,Label\na,Plaça\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = "b,Pla\u00e7a\n".getBytes(Charset.forName("windows-1252"));
        byte[] both = new byte[good.length + bad.length];
        System.arraycopy(good, 0, both, 0, good.length);
        System.arraycopy(bad, 0, both, good.length, bad.length);
        ImportException e = refused(writeBytes("mixed.csv", both));
        TestFiles.assertCleanMessage(e, "mixed.csv", 3, null);
        assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
    }

    @Test
    void binaryAndEmptyFilesAreRefused() throws Exception {
        TestFiles.assertCleanMessage(refused(writeBytes("empty.csv", new byte[0])), "empty.csv", 0, null);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        TestFiles.assertCleanMessage(refused(writeBytes("image.csv", png)), "image.csv", 0, null);
        TestFiles.assertCleanMessage(refused(write("blank.csv", "\n\n")), "blank.csv", 0, null);
    }

    @Test
    void raggedRowsAreRefusedNamingLineAndField() throws Exception {
        ImportException shortRow = refused(write("ties.csv", "Source,Target,Weight\na,b,1\n\"b\nc\",c\n"));
        TestFiles.assertCleanMessage(shortRow, "ties.csv", 3, "Weight");
        ImportException longRow = refused(write("actors.csv", "Id,Label\na,A\nb,B,extra\n"));
        TestFiles.assertCleanMessage(longRow, "actors.csv", 3, "column 3");
        read(write("trailing.csv", "Id,Label,\na,A,\nb,B,\n,,\n"));
    }

    @Test
    void unclosedQuoteIsRefusedNamingTheLine() throws Exception {
        ImportException e = refused(write("cut.csv", "Id,Label\na,A\nb,\"B is cut short\n"));
        TestFiles.assertCleanMessage(e, "cut.csv", 3, null);
        ImportException after = refused(write("junk.csv", "Id,Label\na,\"A\"junk\n"));
        TestFiles.assertCleanMessage(after, "junk.csv", 2, null);
    }

    @Test
    void duplicateIdsAreRefusedNamingBothRows() throws Exception {
        ImportException actors = refused(write("a.csv", "Id,Label\nx,X\ny,Y\nx,Again\n"));
        TestFiles.assertCleanMessage(actors, "a.csv", 4, "id");
        assertTrue(actors.getMessage().contains("line 2"), actors.getMessage());
        ImportException ties = refused(write("t.csv", "Source,Target,Id\na,b,e1\nb,c,e1\n"));
        TestFiles.assertCleanMessage(ties, "t.csv", 3, "id");
        ImportException columns = refused(write("c.csv", "Id,Label,Label\nx,X,Y\n"));
        TestFiles.assertCleanMessage(columns, "c.csv", 1, "Label");
    }

    @Test
    void badValuesNameTheirField() throws Exception {
        TestFiles.assertCleanMessage(refused(write("w.csv", "Source,Target,Weight\na,b,lots\n")), "w.csv", 2, "Weight");
        TestFiles.assertCleanMessage(refused(write("d.csv", "Source,Target,dimensions\na,b,joy\n")), "d.csv", 2,
                "dimensions");
        TestFiles.assertCleanMessage(refused(write("s.csv", "Source,Target\na,\n")), "s.csv", 2, "Target");
        TestFiles.assertCleanMessage(refused(write("i.csv", "Id,Label\n,Nobody\n")), "i.csv", 2, "Id");
        TestFiles.assertCleanMessage(refused(write("n.csv", "Weight,Colour\n1,red\n")), "n.csv", 1, null);
    }

    @Test
    void formulaEscapesAreUndone() throws Exception {
        ImportBatch b = read(write("f.csv", "Id,Label,note\nx,'=SUM(A1),'-2\ny,'@home,-2\n"));
        assertEquals("=SUM(A1)", TestFiles.actor(b, "x").label());
        assertEquals("'-2", TestFiles.actor(b, "x").attributes().get("note"), "a number is never escaped");
        assertEquals("@home", TestFiles.actor(b, "y").label());
    }

    @Test
    void cellTextEscapingIsExactlyUndone() {
        for (String s : List.of("=1+1", "+34 973", "-x", "@a", "\tx", "\rx", "'=a", "''@", "-3.5", "plain", "'",
                "'plain", "")) {
            assertEquals(s, CellText.unescape(CellText.escape(s)), s);
        }
        assertEquals("'=1+1", CellText.escape("=1+1"));
        assertEquals("-3.5", CellText.escape("-3.5"));
        assertEquals("'+34 973", CellText.escape("+34 973"));
    }

    @Test
    void pairImportsWithEitherOrderAndTiesOnlyNeedCreateMissing() throws Exception {
        Path actors = write("actors.csv", "Id;Label;setting\nescola;Escola Sant Jordi;school\nafa;AFA;family\n");
        Path ties = write("ties.csv", "Source;Target;Type;Weight\nescola;afa;Directed;2\n");
        Path store = dir.resolve("x.teixit");
        ImportSummary s = new ImportService(false).importFiles(List.of(ties, actors), store, Progress.NONE);
        assertEquals(2, s.actorsAdded());
        assertEquals(1, s.tiesAdded());

        Path labels = write("by-label.csv", "Source,Target\nEscola Sant Jordi,Biblioteca\n");
        Path other = dir.resolve("y.teixit");
        ImportException e = assertThrows(ImportException.class,
                () -> new ImportService(false).importFiles(List.of(labels), other, Progress.NONE));
        TestFiles.assertCleanMessage(e, "by-label.csv", 2, "source");
        assertFalse(Files.exists(other), "a failed import leaves no store");
        new ImportService(true).importFiles(List.of(labels), other, Progress.NONE);
        try (EcosystemStore st = EcosystemStore.open(other)) {
            Ecosystem m = st.load();
            assertEquals(2, m.actorCount());
            assertEquals(1, m.tieCount());
        }
        new ImportService(true).importFiles(List.of(labels), store, Progress.NONE);
        try (EcosystemStore st = EcosystemStore.open(store)) {
            assertEquals(3, st.load().actorCount(), "into x the school is matched by its label");
        }
    }

    @Test
    void failedPairImportChangesNothing() throws Exception {
        Path actors = write("actors.csv", "Id,Label\nescola,Escola\n");
        Path store = dir.resolve("x.teixit");
        new ImportService(false).importFiles(List.of(actors), store, Progress.NONE);
        byte[] before = Files.readAllBytes(store);
        Path more = write("more.csv", "Id,Label\nnou,Nou\n");
        Path bad = write("bad.csv", "Source,Target,Weight\nescola,nou,1\nescola,nou,heavy\n");
        assertThrows(ImportException.class,
                () -> new ImportService(false).importFiles(List.of(more, bad), store, Progress.NONE));
        try (EcosystemStore st = EcosystemStore.open(store)) {
            assertEquals(1, st.load().actorCount());
        }
        assertTrue(before.length > 0);
    }
}
