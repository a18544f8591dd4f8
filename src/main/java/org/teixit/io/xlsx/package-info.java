/**
 * Excel workbooks (.xlsx) with Apache POI: {@link org.teixit.io.xlsx.XlsxReader} streams an actors sheet and a
 * ties sheet (sheets pulled row by row with the JDK's StAX parser, POI's zip-bomb limits tightened) and maps
 * them with {@link org.teixit.io.csv.TableMapping}; {@link org.teixit.io.xlsx.XlsxWriter} writes the same
 * columns as CSV with POI's streaming SXSSF.
 *
 * <p>May depend on {@code org.teixit.model}, {@code org.teixit.io}, {@code org.teixit.io.csv},
 * {@code org.teixit.io.xml}, {@code org.teixit.task} and Apache POI; never on JavaFX, {@code java.sql} or
 * {@code org.gephi}.
 */
package org.teixit.io.xlsx;
