package org.teixit.io.xlsx;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.ooxml.POIXMLProperties;
import org.teixit.io.AtomicFile;
import org.teixit.io.EcosystemWriter;
import org.teixit.io.csv.TableColumns;
import org.teixit.io.xml.Column;
import org.teixit.model.Ecosystem;

/**
 * Writes a map as an Excel workbook: an "Actors" and a "Ties" sheet with the columns of {@link TableColumns}
 * (bold, frozen header row), the map's name and description as the workbook's title and description. A
 * value whose text is a plain number written the way Teixit reads numbers back ({@code 412}, {@code -3.5})
 * is a number cell; every other value, and every id and label, is a text cell, so codes like
 * {@code 08001} and empty texts survive. Streams rows (POI's SXSSF), so large maps need little memory.
 */
public final class XlsxWriter implements EcosystemWriter {
    public static final String ACTORS_SHEET = "Actors";
    public static final String TIES_SHEET = "Ties";
    private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9]\\d{0,14})(\\.\\d+)?([eE]-?\\d+)?");
    private static final int MAX_TEXT;

    static {
        PoiSetup.quietLogging();
        MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    }

    @Override
    public void write(Ecosystem ecosystem, Path file) throws IOException {
        int maxRows = SpreadsheetVersion.EXCEL2007.getMaxRows() - 1;
        if (ecosystem.actorCount() > maxRows || ecosystem.tieCount() > maxRows) {
            throw new IOException("the map has more actors or ties than a sheet has rows (" + maxRows + ")");
        }
        SXSSFWorkbook book = new SXSSFWorkbook(200);
        try {
            POIXMLProperties.CoreProperties props = book.getXSSFWorkbook().getProperties().getCoreProperties();
            props.setTitle(ecosystem.name());
            if (!ecosystem.description().isEmpty()) {
                props.setDescription(ecosystem.description());
            }
            props.setCreator("Teixit");
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            sheet(book, ACTORS_SHEET, ecosystem.actors(), TableColumns.actors(ecosystem.actors()), bold, false);
            sheet(book, TIES_SHEET, ecosystem.ties(), TableColumns.ties(ecosystem.ties()), bold, true);
            AtomicFile.write(file, book::write);
        } finally {
            book.close();
        }
    }

    private static <T> void sheet(SXSSFWorkbook book, String name, Collection<T> elements, List<Column<T>> columns,
                                  CellStyle bold, boolean ties) throws IOException {
        Sheet sheet = book.createSheet(name);
        sheet.createFreezePane(0, 1);
        Row header = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            Cell c = header.createCell(i);
            c.setCellValue(columns.get(i).name());
            c.setCellStyle(bold);
        }
        int r = 1;
        int idColumns = ties ? 4 : 2;
        for (T element : elements) {
            Row row = sheet.createRow(r++);
            for (int i = 0; i < columns.size(); i++) {
                String value = columns.get(i).value().apply(element);
                if (value == null) {
                    continue;
                }
                Cell cell = row.createCell(i);
                if (i >= idColumns && isPlainNumber(value)) {
                    cell.setCellValue(Double.parseDouble(value));
                } else {
                    if (value.length() > MAX_TEXT) {
                        throw new IOException("sheet " + name + ", row " + r + ", column " + columns.get(i).name()
                                + ": the text is longer than Excel's " + MAX_TEXT + " characters");
                    }
                    cell.setCellValue(encode(value));
                }
            }
        }
    }

    /** Whether Excel will keep this number and give back exactly this text. */
    static boolean isPlainNumber(String text) {
        if (!NUMBER.matcher(text).matches()) {
            return false;
        }
        double d = Double.parseDouble(text);
        return Double.isFinite(d) && SheetTable.numberText(d).equals(text);
    }

    /** Escapes carriage returns and Excel's own {@code _xHHHH_} look-alikes, which XML would not keep. */
    static String encode(String text) {
        if (text.indexOf('\r') < 0 && text.indexOf("_x") < 0) {
            return text;
        }
        return text.replaceAll("_(x[0-9A-Fa-f]{4}_)", "_x005F_$1").replace("\r", "_x000D_");
    }
}
