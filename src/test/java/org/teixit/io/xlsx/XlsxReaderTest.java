package org.teixit.io.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teixit.io.ImportBatch;
import org.teixit.io.ImportException;
import org.teixit.io.xml.TestFiles;
import org.teixit.model.Actor;
import org.teixit.model.Tie;
import org.teixit.task.Progress;

class XlsxReaderTest {
    @TempDir
    Path dir;

    /** A workbook with the given sheets, each rows of cells (Strings, Numbers, Booleans or null). */
    private Path workbook(String name, Object[][]... sheets) throws Exception {
        return workbook(name, null, sheets);
    }

    private Path workbook(String name, String[] sheetNames, Object[][]... sheets) throws Exception {
        Path file = dir.resolve(name);
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            for (int s = 0; s < sheets.length; s++) {
                Sheet sheet = book.createSheet(sheetNames == null ? "Sheet" + (s + 1) : sheetNames[s]);
                for (int r = 0; r < sheets[s].length; r++) {
                    Row row = sheet.createRow(r);
                    for (int c = 0; c < sheets[s][r].length; c++) {
                        Object v = sheets[s][r][c];
                        if (v instanceof String str) {
                            row.createCell(c).setCellValue(str);
                        } else if (v instanceof Number n) {
                            row.createCell(c).setCellValue(n.doubleValue());
                        } else if (v instanceof Boolean bool) {
                            row.createCell(c).setCellValue(bool);
                        } else if (v instanceof java.time.LocalDate d) {
                            row.createCell(c).setCellValue(d);
                            row.getCell(c).setCellStyle(date);
                        }
                    }
                }
            }
            book.getProperties().getCoreProperties().setTitle("Llibre de prova");
            book.write(out);
        }
        return file;
    }

    private static ImportBatch read(Path file) throws ImportException {
        return new XlsxReader().read(file, Progress.NONE);
    }

    private static ImportException refused(Path file) {
        return assertThrows(ImportException.class, () -> read(file));
    }

    @Test
    void kumuElementsAndConnectionsAreRead() throws Exception {
        Path f = workbook("kumu.xlsx", new String[] {"Elements", "Connections"},
                new Object[][] {{"Label", "Type", "Description", "Tags"},
                        {"Escola Sant Jordi", "institution", "L'escola", "public; primària"},
                        {"AFA", "group", null, null}},
                new Object[][] {{"From", "To", "Type", "Direction", "Strength"},
                        {"AFA", "Escola Sant Jordi", "collaboration", "mutual", 4},
                        {"Escola Sant Jordi", "AFA", "information", "directed", 2.5}});
        ImportBatch b = read(f);
        assertEquals("Llibre de prova", b.graphName());
        Actor escola = TestFiles.actor(b, "Escola Sant Jordi");
        assertEquals("institution", escola.kind());
        assertEquals("L'escola", escola.notes());
        assertEquals(Map.of("Tags", "public; primària"), escola.attributes());
        Tie first = b.ties().get(0);
        assertEquals("collaboration", first.kind());
        assertEquals(4, first.strength());
        assertTrue(!first.directed());
        assertTrue(b.ties().get(1).directed());
        assertEquals(3, b.ties().get(1).strength(), "2.5 rounds half up");
    }

    @Test
    void sheetsAreFoundByTheirColumnsAndCellsKeepTheirText() throws Exception {
        Path f = workbook("plain.xlsx", new String[] {"Full1", "Full2", "Notes"},
                new Object[][] {{"Source", "Target", "Weight"}, {"a", "b", 1}},
                new Object[][] {{"Id", "Label", "codi", "alumnes", "ràtio", "pública", "alta"},
                        {"a", "Escola A", "08001", 412, 12.5, true, java.time.LocalDate.of(2020, 3, 14)},
                        {"b", "Escola B"}},
                new Object[][] {{"whatever"}});
        ImportBatch b = read(f);
        Actor a = TestFiles.actor(b, "a");
        assertEquals(Map.of("codi", "08001", "alumnes", "412", "ràtio", "12.5", "pública", "true", "alta", "2020-03-14"),
                a.attributes());
        assertEquals(1, b.ties().size());
        assertEquals(1, b.warnings().size(), "the third sheet is ignored, with a warning");
    }

    @Test
    void errorsNameTheSheetRowAndField() throws Exception {
        Path f = workbook("bad.xlsx", new String[] {"Actors", "Ties"},
                new Object[][] {{"Id", "Label"}, {"a", "A"}, {"b", "B"}},
                new Object[][] {{"Source", "Target", "Weight"}, {"a", "b", 2}, {"b", "a", "molt"}});
        ImportException e = refused(f);
        assertEquals("bad.xlsx[Ties]:row 3: field 'Weight': \"molt\" is not a number", e.getMessage());
        Path dup = workbook("dup.xlsx", new String[] {"Nodes", "Edges"},
                new Object[][] {{"Id", "Label"}, {"a", "A"}, {"a", "B"}},
                new Object[][] {{"Source", "Target"}});
        assertEquals("dup.xlsx[Nodes]:row 3: field 'id': duplicate node id \"a\" (first at row 2)",
                refused(dup).getMessage());
        Path noTies = workbook("noties.xlsx", new String[] {"Actors", "Ties"},
                new Object[][] {{"Id"}, {"a"}}, new Object[][] {{"From", "Weight"}, {"a", 1}});
        assertTrue(refused(noTies).getMessage().startsWith("noties.xlsx[Ties]:row 1: field 'To'"),
                refused(noTies).getMessage());
    }

    @Test
    void notAWorkbookIsRefusedCleanly() throws Exception {
        TestFiles.assertCleanMessage(refused(Files.write(dir.resolve("empty.xlsx"), new byte[0])), "empty.xlsx", 0, null);
        TestFiles.assertCleanMessage(refused(TestFiles.write(dir, "text.xlsx", "Id,Label\na,b\n")), "text.xlsx", 0, null);
        byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        ImportException xls = refused(Files.write(dir.resolve("old.xlsx"), ole));
        assertTrue(xls.getMessage().contains(".xls"), xls.getMessage());
        Path good = workbook("good.xlsx", new Object[][] {{"Id"}, {"a"}});
        byte[] bytes = Files.readAllBytes(good);
        Path cut = Files.write(dir.resolve("cut.xlsx"), Arrays.copyOf(bytes, bytes.length / 2));
        TestFiles.assertCleanMessage(refused(cut), "cut.xlsx", 0, null);
    }

    @Test
    void zipBombIsRefused() throws Exception {
        Path good = workbook("bomb.xlsx", new Object[][] {{"Id"}, {"a"}});
        Path bomb = dir.resolve("bomb2.xlsx");
        try (var zin = new java.util.zip.ZipInputStream(Files.newInputStream(good));
             ZipOutputStream zout = new ZipOutputStream(Files.newOutputStream(bomb))) {
            for (ZipEntry e = zin.getNextEntry(); e != null; e = zin.getNextEntry()) {
                zout.putNextEntry(new ZipEntry(e.getName()));
                byte[] data = zin.readAllBytes();
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(data, java.nio.charset.StandardCharsets.UTF_8);
                    xml = xml.replace("<sheetData>", "<sheetData>" + "<!--" + " ".repeat(50_000_000) + "-->");
                    data = xml.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                zout.write(data);
                zout.closeEntry();
            }
        }
        ImportException e = refused(bomb);
        TestFiles.assertCleanMessage(e, "bomb2.xlsx", 0, null);
        assertTrue(e.getMessage().contains("zip bomb"), e.getMessage());
    }

    @Test
    void numbersAreWrittenOnlyWhenTheyComeBackExactly() {
        assertTrue(XlsxWriter.isPlainNumber("412"));
        assertTrue(XlsxWriter.isPlainNumber("-3.5"));
        assertTrue(!XlsxWriter.isPlainNumber("08001"));
        assertTrue(!XlsxWriter.isPlainNumber("4.0"));
        assertTrue(!XlsxWriter.isPlainNumber("1e3"));
        assertTrue(!XlsxWriter.isPlainNumber("12345678901234567890"));
    }
}
