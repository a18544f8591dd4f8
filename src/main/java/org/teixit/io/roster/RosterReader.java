package org.teixit.io.roster;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

import org.teixit.i18n.Messages;
import org.teixit.io.EcosystemReader;
import org.teixit.io.ImportBatch;
import org.teixit.io.ImportException;
import org.teixit.io.MapFormat;
import org.teixit.io.NameKey;
import org.teixit.io.SourceLocation;
import org.teixit.io.csv.CsvTable;
import org.teixit.io.csv.DecodedText;
import org.teixit.io.csv.TableRow;
import org.teixit.io.csv.TableSource;
import org.teixit.io.xlsx.XlsxReader;
import org.teixit.io.xml.ActorMapping;
import org.teixit.io.xml.RawElement;
import org.teixit.io.xml.ValueLimits;
import org.teixit.model.Actor;
import org.teixit.model.CserDimension;
import org.teixit.model.Tie;
import org.teixit.model.Vocabulary;
import org.teixit.model.VocabularyCategory;
import org.teixit.task.Progress;

/**
 * Reads a survey roster, the usual export of a name-generator questionnaire: one row per respondent, a name
 * column, and one column per tie kind listing the partners the respondent named, separated by {@code ;} (or
 * line breaks). A CSV file ({@code .roster.csv}) or the first sheet of a workbook ({@code .roster.xlsx}).
 *
 * <ul>
 *   <li>The name column is the first called Name, Nom, Nombre, Respondent or Label; else the first column.</li>
 *   <li>A tie column is named after a tie kind, by id or by its English, Catalan or Spanish name
 *       ({@code support}, {@code Suport}, {@code Apoyo}), or starts with {@code tie:} for a kind of the map's
 *       own ({@code tie:mentoring}). CSER dimensions may follow in brackets:
 *       {@code support [orientation; funds]}; every tie of that column gets them.</li>
 *   <li>Every other column describes the respondent (kind, setting, notes, custom attributes), as in an
 *       actors table.</li>
 * </ul>
 *
 * Each nomination is a directed tie from the respondent to the partner, of the column's kind. Names are
 * matched ignoring case, accents and spacing, to each other here and to the map's actors when merged
 * ({@link ImportBatch#namesOnly()}): the merger warns about a new name that looks like a known one.
 */
public final class RosterReader implements EcosystemReader {
    private static final Set<String> NAME_COLUMNS = Set.of("name", "nom", "nombre", "respondent", "label",
            "respondent name", "nom i cognoms", "nombre y apellidos", "participant", "participante");
    private static final String TIE_PREFIX = "tie:";

    @Override
    public ImportBatch read(Path file, Progress progress) throws ImportException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        ImportBatch result;
        if (MapFormat.of(file).filter(f -> f == MapFormat.ROSTER_XLSX || f == MapFormat.XLSX).isPresent()) {
            result = XlsxReader.readFirstSheet(file, progress, t -> read(t, null));
        } else {
            DecodedText text = DecodedText.read(file, name);
            String warning = text.guessedAt() > 0 ? "the file is not UTF-8; read as Windows-1252 (Western "
                    + "European) from here on: check its accents, or save it as \"CSV UTF-8\"" : null;
            result = read(new CsvTable(name, text.text(), progress),
                    warning == null ? null : new org.teixit.io.ImportWarning(SourceLocation.line(name, text.guessedAt()), warning));
        }
        progress.update("Read " + name, 1, 1);
        return result;
    }

    /** A tie column: its index, kind and dimensions. */
    private record TieColumn(int index, String kind, Set<CserDimension> dimensions) {
    }

    static ImportBatch read(TableSource table, org.teixit.io.ImportWarning decoding) throws ImportException {
        ImportBatch.Builder batch = ImportBatch.builder(table.fileName()).namesOnly(true);
        if (decoding != null) {
            batch.warn(decoding.location(), decoding.message());
        }
        TableRow header = table.header();
        if (header == null || header.isBlank()) {
            throw new ImportException(SourceLocation.file(table.fileName()), null,
                    "the roster has no header row naming its columns");
        }
        List<String> names = new ArrayList<>();
        header.cells().forEach(c -> names.add(c == null ? "" : c.strip()));
        int nameColumn = 0;
        for (int i = 0; i < names.size(); i++) {
            if (NAME_COLUMNS.contains(NameKey.of(names.get(i)))) {
                nameColumn = i;
                break;
            }
        }
        Map<String, String> kinds = knownKinds();
        List<TieColumn> tieColumns = new ArrayList<>();
        Set<Integer> tieIndexes = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            if (i == nameColumn || names.get(i).isEmpty()) {
                continue;
            }
            TieColumn c = tieColumn(i, names.get(i), kinds, header.where());
            if (c != null) {
                tieColumns.add(c);
                tieIndexes.add(i);
            }
        }
        if (tieColumns.isEmpty()) {
            throw new ImportException(header.where(), null, "no tie columns: name them after a tie kind "
                    + "(collaboration, information, support, trust, resources) or start them with 'tie:'");
        }

        Map<String, String> idOfKey = new HashMap<>();
        Map<String, Actor> actors = new LinkedHashMap<>();
        Map<String, SourceLocation> actorWhere = new HashMap<>();
        Map<String, SourceLocation> respondentRow = new HashMap<>();
        Map<String, Tie> ties = new LinkedHashMap<>();
        Map<String, SourceLocation> tieWhere = new HashMap<>();
        for (TableRow row = table.next(); row != null; row = table.next()) {
            if (row.isBlank()) {
                continue;
            }
            checkLengths(row, names);
            String respondent = row.cell(nameColumn);
            if (respondent == null || respondent.isBlank()) {
                throw new ImportException(row.where(), names.get(nameColumn).isEmpty() ? "column " + (nameColumn + 1)
                        : names.get(nameColumn), "is empty: whose answers are on this row?");
            }
            String key = NameKey.of(respondent);
            String id = idOfKey.computeIfAbsent(key, k -> "n" + (idOfKey.size() + 1));
            RawElement node = RawElement.node(id, row.where()).put("label", respondent.strip(), row.where().line());
            for (int i = 0; i < names.size(); i++) {
                if (i != nameColumn && !tieIndexes.contains(i)) {
                    node.put(names.get(i), row.cell(i), row.where().line());
                }
            }
            for (int i = names.size(); i < row.cells().size(); i++) {
                if (row.cell(i) != null && !row.cell(i).isBlank()) {
                    throw new ImportException(row.where(), "column " + (i + 1), "a value beyond the last named column");
                }
            }
            Actor fromRow = ActorMapping.toActor(node, batch);
            if (respondentRow.containsKey(key)) {
                batch.warn(row.where(), "'" + respondent.strip() + "' answered twice (first at "
                        + describe(respondentRow.get(key)) + "); the rows are combined");
                Actor first = actors.get(key);
                Map<String, String> attributes = new LinkedHashMap<>(first.attributes());
                attributes.putAll(fromRow.attributes());
                fromRow = new Actor(id, first.label(), fromRow.kind().isEmpty() ? first.kind() : fromRow.kind(),
                        fromRow.setting().isEmpty() ? first.setting() : fromRow.setting(),
                        fromRow.notes().isEmpty() ? first.notes() : fromRow.notes(), attributes, null, false);
            } else {
                respondentRow.put(key, row.where());
                if (actors.containsKey(key)) {
                    fromRow = new Actor(id, actors.get(key).label(), fromRow.kind(), fromRow.setting(), fromRow.notes(),
                            fromRow.attributes(), null, false);
                }
            }
            actors.put(key, fromRow);
            actorWhere.putIfAbsent(key, row.where());
            for (TieColumn c : tieColumns) {
                String cell = row.cell(c.index());
                if (cell == null) {
                    continue;
                }
                for (String partner : cell.split("[;\\n\\r]+")) {
                    String p = partner.strip();
                    if (p.isEmpty()) {
                        continue;
                    }
                    String partnerKey = NameKey.of(p);
                    if (partnerKey.equals(key)) {
                        batch.warn(row.where(), "field '" + names.get(c.index()) + "': '" + respondent.strip()
                                + "' named themselves; skipped");
                        continue;
                    }
                    String partnerId = idOfKey.computeIfAbsent(partnerKey, k -> "n" + (idOfKey.size() + 1));
                    if (!actors.containsKey(partnerKey)) {
                        actors.put(partnerKey, Actor.of(partnerId, p, "", ""));
                        actorWhere.put(partnerKey, row.where());
                    }
                    String tieKey = id + '\u0000' + partnerId + '\u0000' + c.kind();
                    if (!ties.containsKey(tieKey)) {
                        ties.put(tieKey, new Tie("r" + (ties.size() + 1), id, partnerId, c.kind(), true,
                                Tie.DEFAULT_STRENGTH, c.dimensions(), null, "", Map.of()));
                        tieWhere.put(tieKey, row.where());
                    }
                }
            }
        }
        actors.forEach((key, a) -> batch.actor(a, actorWhere.get(key)));
        ties.forEach((key, t) -> batch.tie(t, tieWhere.get(key)));
        return batch.build();
    }

    /** Refuses a row with a cell longer than any name or answer (see {@link ValueLimits}). */
    private static void checkLengths(TableRow row, List<String> names) throws ImportException {
        for (int i = 0; i < row.cells().size(); i++) {
            String field = i < names.size() && !names.get(i).isEmpty() ? names.get(i) : "column " + (i + 1);
            ValueLimits.check(row.cell(i), row.where(), field);
        }
    }

    private static String describe(SourceLocation where) {
        return (where.sheet() != null ? "row " : "line ") + where.line();
    }

    private static TieColumn tieColumn(int index, String header, Map<String, String> kinds, SourceLocation where)
            throws ImportException {
        String base = header;
        String dims = null;
        int open = indexOfAny(header, "[(");
        if (open > 0) {
            int close = indexOfAny(header.substring(open), "])");
            base = header.substring(0, open).strip();
            dims = header.substring(open + 1, close < 0 ? header.length() : open + close);
        }
        String kind;
        if (base.regionMatches(true, 0, TIE_PREFIX, 0, TIE_PREFIX.length())) {
            kind = base.substring(TIE_PREFIX.length()).strip().toLowerCase(Locale.ROOT);
            if (kind.isEmpty()) {
                throw new ImportException(where, header, "'tie:' must be followed by the tie kind");
            }
        } else {
            kind = kinds.get(squash(base));
            if (kind == null) {
                return null;
            }
        }
        Set<CserDimension> dimensions = EnumSet.noneOf(CserDimension.class);
        if (dims != null) {
            for (String d : dims.split("[;,]")) {
                if (d.isBlank()) {
                    continue;
                }
                dimensions.add(CserDimension.parse(d).orElseThrow(() -> new ImportException(where, header,
                        "'" + d.strip() + "' is not a CSER dimension (orientation, funds, collective, governance, communication)")));
            }
        }
        return new TieColumn(index, kind, dimensions);
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** Tie kinds by id and by their names in English, Catalan and Spanish, squashed. */
    private static Map<String, String> knownKinds() {
        Map<String, String> kinds = new HashMap<>();
        for (var term : Vocabulary.defaults().terms(VocabularyCategory.TIE_KIND)) {
            kinds.put(squash(term.id()), term.id());
            for (Locale l : new Locale[] {Locale.ROOT, Locale.forLanguageTag("ca"), Locale.forLanguageTag("es")}) {
                try {
                    ResourceBundle b = ResourceBundle.getBundle(Messages.BUNDLE, l,
                            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
                    String key = term.bundleKey(VocabularyCategory.TIE_KIND);
                    if (b.containsKey(key)) {
                        kinds.putIfAbsent(squash(b.getString(key)), term.id());
                    }
                } catch (MissingResourceException e) {
                    // that language has no bundle
                }
            }
        }
        return kinds;
    }

    private static String squash(String text) {
        return NameKey.of(text).replaceAll("[^\\p{L}\\p{N}]+", "");
    }
}
