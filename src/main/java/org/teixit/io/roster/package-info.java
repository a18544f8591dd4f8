/**
 * Survey rosters, the export of a name-generator questionnaire: one row per respondent, one column per tie
 * kind listing the partners named. {@link org.teixit.io.roster.RosterReader} reads them from CSV or the first
 * sheet of a workbook into a batch that knows actors only by name, which
 * {@link org.teixit.io.ImportMerger} matches to the map ignoring case and accents, warning about near misses.
 *
 * <p>May depend on {@code org.teixit.model}, {@code org.teixit.io} and its csv, xlsx and xml packages,
 * {@code org.teixit.i18n} and {@code org.teixit.task}.
 */
package org.teixit.io.roster;
