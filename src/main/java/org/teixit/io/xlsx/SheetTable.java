package org.teixit.io.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.teixit.io.ImportException;
import org.teixit.io.SourceLocation;
import org.teixit.io.csv.TableRow;
import org.teixit.io.csv.TableSource;
import org.teixit.io.xml.SafeXml;
import org.teixit.task.Progress;

/**
 * One worksheet as a {@link TableSource}, pulled row by row from its XML with the JDK's StAX parser (no
 * DTDs, no external entities), so a large sheet never sits in memory. Cells become text: shared and inline
 * strings as written (Excel's {@code _x000D_} escapes decoded), booleans as true/false, numbers as the
 * shortest text that gives the same number ({@code 412}, {@code 12.5}), dates as ISO text, formulas as their
 * last computed value. A cell without a value is absent. The first row that has a value names the columns.
 */
final class SheetTable implements TableSource, AutoCloseable {
    static final int REPORT_EVERY = 1000;
    private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");
    private static final Pattern LAST_ROW = Pattern.compile("[A-Z]*(\\d+)$");

    private final String fileName;
    private final String sheetName;
    private final InputStream stream;
    private final XMLStreamReader xml;
    private final SharedStrings strings;
    private final StylesTable styles;
    private final Progress progress;
    private TableRow header;
    private boolean headerRead;
    private int lastRow;
    private long rows;
    private long totalRows;

    SheetTable(String fileName, String sheetName, InputStream stream, SharedStrings strings, StylesTable styles,
               Progress progress) throws ImportException {
        this.fileName = fileName;
        this.sheetName = sheetName;
        this.stream = stream;
        this.strings = strings;
        this.styles = styles;
        this.progress = progress;
        try {
            this.xml = SafeXml.inputFactory().createXMLStreamReader(stream);
        } catch (XMLStreamException e) {
            throw error(0, null, "the sheet is not readable XML");
        }
    }

    @Override
    public String fileName() {
        return fileName;
    }

    @Override
    public String sheetName() {
        return sheetName;
    }

    @Override
    public TableRow header() throws ImportException {
        if (!headerRead) {
            headerRead = true;
            TableRow row = readRow();
            while (row != null && row.isBlank()) {
                row = readRow();
            }
            header = row;
        }
        return header;
    }

    @Override
    public TableRow next() throws ImportException {
        header();
        TableRow row = readRow();
        if (row != null && ++rows % REPORT_EVERY == 0) {
            progress.checkCancelled();
            progress.update("Reading " + fileName + " [" + sheetName + "]", row.where().line(), totalRows);
        }
        return row;
    }

    private ImportException error(int row, String field, String reason) {
        return new ImportException(SourceLocation.row(fileName, sheetName, row), field, reason);
    }

    /** The next {@code <row>}, or {@code null} after the sheet data. */
    private TableRow readRow() throws ImportException {
        try {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    throw error(lastRow, null, "DOCTYPE declarations are not allowed in a workbook");
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    if (name.equals("dimension")) {
                        Matcher m = LAST_ROW.matcher(String.valueOf(xml.getAttributeValue(null, "ref")));
                        totalRows = m.find() ? Long.parseLong(m.group(1)) : 0;
                    } else if (name.equals("row")) {
                        return row();
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("sheetData")) {
                    return null;
                }
            }
            return null;
        } catch (XMLStreamException | RuntimeException e) {
            if (e instanceof org.teixit.task.CancelledException c) {
                throw c;
            }
            for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (XlsxReader.Workbook.isBomb(t)) {
                    throw XlsxReader.Workbook.refusal(fileName, (Exception) (t instanceof Exception x ? x : e));
                }
                if (t instanceof XMLStreamException x && x.getNestedException() != null
                        && XlsxReader.Workbook.isBomb(x.getNestedException())) {
                    throw XlsxReader.Workbook.refusal(fileName, (Exception) x.getNestedException());
                }
            }
            throw error(lastRow + 1, null, "the sheet is damaged (not well-formed XML)");
        }
    }

    private TableRow row() throws XMLStreamException, ImportException {
        int number = index(xml.getAttributeValue(null, "r"), lastRow + 1);
        if (number <= lastRow) {
            number = lastRow + 1;
        }
        lastRow = number;
        List<String> cells = new ArrayList<>();
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("c")) {
                int column = column(xml.getAttributeValue(null, "r"), cells.size());
                if (column > 16_384) {
                    throw error(number, null, "a cell lies beyond Excel's last column");
                }
                String value = cell();
                while (cells.size() < column) {
                    cells.add(null);
                }
                if (cells.size() == column) {
                    cells.add(value);
                } else {
                    cells.set(column, value);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("row")) {
                break;
            }
        }
        return new TableRow(cells, SourceLocation.row(fileName, sheetName, number));
    }

    /** The text of the {@code <c>} element the reader is on; ends on its end tag. */
    private String cell() throws XMLStreamException, ImportException {
        String type = xml.getAttributeValue(null, "t");
        String style = xml.getAttributeValue(null, "s");
        String value = null;
        StringBuilder inline = null;
        int depth = 1;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                String name = xml.getLocalName();
                if (name.equals("v")) {
                    value = xml.getElementText();
                    depth--;
                } else if (name.equals("t") && "inlineStr".equals(type)) {
                    if (inline == null) {
                        inline = new StringBuilder();
                    }
                    inline.append(xml.getElementText());
                    depth--;
                } else if (name.equals("rPh") || name.equals("f")) {
                    skip();
                    depth--;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        if ("inlineStr".equals(type)) {
            return inline == null ? (value == null ? null : decode(value)) : decode(inline.toString());
        }
        if (value == null) {
            return null;
        }
        switch (type == null ? "n" : type) {
            case "s":
                return shared(value);
            case "b":
                return "1".equals(value.strip()) ? "true" : "false";
            case "str", "e":
                return decode(value);
            default:
                return number(value, style);
        }
    }

    private void skip() throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private String shared(String index) throws ImportException {
        try {
            int i = Integer.parseInt(index.strip());
            if (strings == null || i < 0 || i >= strings.getCount() && i >= strings.getUniqueCount()) {
                throw error(lastRow, null, "a cell refers to a shared text that the workbook lacks");
            }
            return strings.getItemAt(i).getString();
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            throw error(lastRow, null, "a cell refers to a shared text that the workbook lacks");
        }
    }

    private String number(String raw, String style) throws ImportException {
        double d;
        try {
            d = Double.parseDouble(raw.strip());
        } catch (NumberFormatException e) {
            throw error(lastRow, null, "a number cell holds \"" + raw.strip() + "\"");
        }
        if (style != null && styles != null && DateUtil.isValidExcelDate(d)) {
            try {
                XSSFCellStyle s = styles.getStyleAt(Integer.parseInt(style.strip()));
                if (s != null && DateUtil.isADateFormat(s.getDataFormat(), s.getDataFormatString())) {
                    LocalDateTime t = DateUtil.getLocalDateTime(d);
                    return d == Math.floor(d) ? t.toLocalDate().toString() : t.toString();
                }
            } catch (NumberFormatException | IndexOutOfBoundsException e) {
                // an unknown style: read the plain number
            }
        }
        return numberText(d);
    }

    /** The shortest text for a number: {@code 412} rather than {@code 412.0}. */
    static String numberText(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return Double.toString(d);
    }

    static String decode(String text) {
        if (text.indexOf("_x") < 0) {
            return text;
        }
        Matcher m = ESCAPE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static int index(String r, int fallback) {
        if (r == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(r.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** The 0-based column of a reference like {@code AB12}. */
    private static int column(String ref, int fallback) {
        if (ref == null) {
            return fallback;
        }
        int col = 0;
        int i = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i)) && i < 4) {
            col = col * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            i++;
        }
        return i == 0 ? fallback : col - 1;
    }

    @Override
    public void close() {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // reading is over
        }
        try {
            stream.close();
        } catch (IOException e) {
            // reading is over
        }
    }
}
