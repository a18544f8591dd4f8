package org.teixit.io.csv;

import org.teixit.io.ImportException;

/**
 * A table read row by row: a CSV file or one sheet of a workbook. Sources report progress and check for
 * cancellation as they go.
 */
public interface TableSource {
    /** The file name, as shown in messages. */
    String fileName();

    /** The sheet's name, or {@code null} for a CSV file. */
    String sheetName();

    /** The first row, which names the columns; {@code null} when the table has no rows at all. */
    TableRow header() throws ImportException;

    /** The next row after the header, or {@code null} at the end. */
    TableRow next() throws ImportException;

    /** Whether numbers may be written with a decimal comma ("2,5"; see {@link DecimalComma}). */
    default boolean decimalComma() {
        return false;
    }
}
