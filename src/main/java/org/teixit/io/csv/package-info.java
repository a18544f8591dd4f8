/**
 * Spreadsheet tables, CSV first: {@link org.teixit.io.csv.CsvReader} and {@link org.teixit.io.csv.CsvWriter}
 * read and write actors and ties files in Gephi's spreadsheet conventions; {@link org.teixit.io.csv.TableMapping}
 * maps any table (a CSV file, a sheet) to actors and ties through the same attribute mapping as GEXF and
 * GraphML ({@link org.teixit.io.xml}); {@link org.teixit.io.csv.TableColumns} is the one list of columns the
 * CSV and XLSX writers write. {@link org.teixit.io.csv.DecodedText} decodes text files (UTF-8 with or without
 * BOM, UTF-16 with BOM, Windows-1252 detected with a warning) and {@link org.teixit.io.csv.CellText} guards
 * cells against formula injection.
 *
 * <p>May depend on {@code org.teixit.model}, {@code org.teixit.io}, {@code org.teixit.io.xml},
 * {@code org.teixit.task} and Apache Commons CSV; never on JavaFX, {@code java.sql} or {@code org.gephi}.
 */
package org.teixit.io.csv;
