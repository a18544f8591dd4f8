package org.teixit.io.csv;

import java.util.Collections;
import java.util.List;

import org.teixit.io.SourceLocation;

/**
 * One row of a table (a CSV record or a sheet row) as text cells, and where it starts. A {@code null} cell
 * is absent (an empty unquoted CSV field, an empty spreadsheet cell); {@code ""} is a value that is empty
 * (a quoted empty CSV field, a text cell holding nothing).
 */
public record TableRow(List<String> cells, SourceLocation where) {
    public TableRow {
        cells = Collections.unmodifiableList(new java.util.ArrayList<>(cells));
    }

    /** The cell in column {@code i}, or {@code null} when the row is shorter. */
    public String cell(int i) {
        return i >= 0 && i < cells.size() ? cells.get(i) : null;
    }

    /** Whether every cell is absent or blank. */
    public boolean isBlank() {
        return cells.stream().allMatch(c -> c == null || c.isBlank());
    }
}
