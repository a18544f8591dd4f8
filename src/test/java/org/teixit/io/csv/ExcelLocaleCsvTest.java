package org.teixit.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teixit.io.ImportBatch;
import org.teixit.io.ImportException;
import org.teixit.io.xml.TestFiles;
import org.teixit.model.Position;
import org.teixit.model.Tie;
import org.teixit.task.Progress;

/** CSV as Excel saves it where the decimal separator is a comma: ';' between fields, "2,5" in them. */
class ExcelLocaleCsvTest {
    @TempDir
    Path dir;

    private static ImportBatch read(Path file) throws ImportException {
        return new CsvReader().read(file, Progress.NONE);
    }

    @Test
    void decimalCommasInSemicolonFilesAreNumbers() throws Exception {
        Path pair = TestFiles.fixture("csv/excel-es-semicolon.actors.csv").resolveSibling("excel-es-semicolon.csv");
        ImportBatch batch = read(pair);
        assertEquals(new Position(1.5, -2.25), TestFiles.actor(batch, "escola").position());
        assertEquals(new Position(-10.125, 7.5), TestFiles.actor(batch, "ajuntament").position());
        assertEquals("Escola Plaça", TestFiles.actor(batch, "escola").label());
        assertEquals(List.of(3, 1, 1), batch.ties().stream().map(Tie::strength).collect(Collectors.toList()));
        Tie first = batch.ties().get(0);
        assertEquals(Map.of("weight", "2.5"), first.attributes(), "kept as a number");
        assertEquals("Reunió\r\nmensual", first.notes());
        assertFalse(first.directed());
        assertTrue(batch.ties().get(1).directed());
    }

    @Test
    void tabSeparatedFilesTakeDecimalCommasToo() throws Exception {
        ImportBatch batch = read(TestFiles.write(dir, "a.csv", "Id\tLabel\tX\tY\n a \tA\t+0,5\t3\n"));
        assertEquals(new Position(0.5, 3), TestFiles.actor(batch, "a").position());
    }

    @Test
    void headerCaseAndSpacesDoNotMatter() throws Exception {
        ImportBatch batch = read(TestFiles.write(dir, "t.csv", " SOURCE ;Target ; weight \r\na;b;4,0\r\n\r\n"));
        assertEquals(4, batch.ties().get(0).strength());
        assertEquals(Map.of(), batch.ties().get(0).attributes(), "4,0 is the strength itself");
    }

    @Test
    void commaSeparatedFilesKeepCommasOutOfNumbers() throws Exception {
        Path file = TestFiles.write(dir, "t.csv", "Source,Target,Weight\na,b,\"2,5\"\n");
        ImportException e = assertThrows(ImportException.class, () -> read(file));
        TestFiles.assertCleanMessage(e, "t.csv", 2, "Weight");
    }

    @Test
    void thousandsAndOtherTextStayRefused() throws Exception {
        Path file = TestFiles.write(dir, "t.csv", "Source;Target;Weight\na;b;1.234,5\n");
        ImportException e = assertThrows(ImportException.class, () -> read(file));
        TestFiles.assertCleanMessage(e, "t.csv", 2, "Weight");
        ImportBatch custom = read(TestFiles.write(dir, "c.csv", "Id;Label;Rati\na;A;2,5\n"));
        assertEquals(Map.of("Rati", "2,5"), TestFiles.actor(custom, "a").attributes(), "custom text is left alone");
    }
}
