package org.teixit.io.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.teixit.io.EcosystemReader;
import org.teixit.io.ImportBatch;
import org.teixit.io.ImportException;
import org.teixit.io.SourceLocation;
import org.teixit.io.csv.TableMapping;
import org.teixit.io.csv.TableRow;
import org.teixit.io.csv.TableSource;
import org.teixit.io.xml.AttributeNames;
import org.teixit.io.xml.BatchCollector;
import org.teixit.task.CancelledException;
import org.teixit.task.Progress;

/**
 * Reads an Excel workbook (.xlsx) with an actors sheet and a ties sheet, each in the conventions of
 * {@link TableMapping}. Sheets are found by name (Actors/Ties, Nodes/Edges, Kumu's Elements/Connections, and
 * Catalan and Spanish names), else by their columns (Source and Target make a ties sheet); a workbook may hold
 * only one of them. The map's name and description come from the workbook's title and description.
 *
 * <p>Sheets are streamed ({@link SheetTable}), never loaded whole. Apache POI's zip-bomb guards are set
 * tighter than its defaults: an entry may not expand more than 100 times nor beyond 512 MB, and a workbook may
 * hold at most 1000 parts. Anything POI cannot open becomes a one-line refusal.
 */
public final class XlsxReader implements EcosystemReader {
    static final Set<String> ACTOR_SHEETS = Set.of("actors", "actor", "nodes", "node", "elements", "element",
            "actores", "nodos", "agents", "agentes", "vertices");
    static final Set<String> TIE_SHEETS = Set.of("ties", "tie", "edges", "edge", "connections", "connection",
            "links", "relationships", "vincles", "vinculos", "relacions", "relaciones", "connexions", "conexiones",
            "arestes", "aristas", "lligams");

    static {
        PoiSetup.quietLogging();
        guardAgainstZipBombs();
    }

    /** Sets POI's global limits (idempotent). */
    public static void guardAgainstZipBombs() {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(512L * 1024 * 1024);
        ZipSecureFile.setMaxFileCount(1000);
        ZipSecureFile.setMaxTextSize(256L * 1024 * 1024);
    }

    /** A sheet's name and first row. */
    private record SheetHead(String name, TableRow header, TableMapping.Kind kind) {
    }

    /** Opens each sheet in turn. */
    @FunctionalInterface
    interface SheetVisitor {
        /** @return {@code false} to stop */
        boolean visit(String name, InputStream data) throws ImportException;
    }

    @Override
    public ImportBatch read(Path file, Progress progress) throws ImportException {
        String name = nameOf(file);
        Workbook.check(file, name);
        try (Workbook book = Workbook.open(file, name)) {
            BatchCollector batch = new BatchCollector(name).refuseDuplicateEdgeIds();
            batch.graphName(book.title());
            batch.graphDescription(book.description());
            List<SheetHead> heads = new ArrayList<>();
            book.eachSheet((sheet, data) -> {
                try (SheetTable t = book.table(sheet, data, Progress.NONE)) {
                    TableRow header = t.header();
                    heads.add(new SheetHead(sheet, header, header == null ? null : TableMapping.classify(header)));
                }
                return true;
            });
            SheetHead actors = choose(heads, ACTOR_SHEETS, TableMapping.Kind.ACTORS);
            SheetHead ties = choose(heads, TIE_SHEETS, TableMapping.Kind.TIES);
            if (actors == null && ties == null) {
                throw new ImportException(SourceLocation.file(name), null, "no actors or ties sheet: name the sheets "
                        + "Actors and Ties (or Nodes and Edges), with an Id column and Source and Target columns");
            }
            for (SheetHead h : heads) {
                if (h != actors && h != ties && h.header() != null) {
                    batch.warn(SourceLocation.row(name, h.name(), 0), "the sheet is neither actors nor ties; ignored");
                }
            }
            for (SheetHead chosen : new SheetHead[] {actors, ties}) {
                if (chosen == null) {
                    continue;
                }
                book.eachSheet((sheet, data) -> {
                    if (!sheet.equals(chosen.name())) {
                        return true;
                    }
                    try (SheetTable t = book.table(sheet, data, progress)) {
                        TableMapping.Kind kind = TableMapping.read(t, batch);
                        if (chosen == ties && kind != TableMapping.Kind.TIES) {
                            throw new ImportException(SourceLocation.row(name, sheet, chosen.header().where().line()),
                                    "Source", "a ties sheet needs Source and Target columns (or From and To)");
                        }
                    }
                    return false;
                });
            }
            ImportBatch result = batch.finish();
            progress.update("Read " + name, 1, 1);
            return result;
        }
    }

    /** The sheet named like {@code names}, else the first whose columns say {@code kind}. */
    private static SheetHead choose(List<SheetHead> heads, Set<String> names, TableMapping.Kind kind) {
        for (SheetHead h : heads) {
            if (names.contains(AttributeNames.fold(h.name())) && h.header() != null) {
                return h;
            }
        }
        for (SheetHead h : heads) {
            boolean namedOther = ACTOR_SHEETS.contains(AttributeNames.fold(h.name()))
                    || TIE_SHEETS.contains(AttributeNames.fold(h.name()));
            if (!namedOther && h.kind() == kind) {
                return h;
            }
        }
        return null;
    }

    /** Reads the first sheet of a workbook as a table, for readers that need just one (survey rosters). */
    public static <T> T readFirstSheet(Path file, Progress progress, TableReader<T> reader) throws ImportException {
        String name = nameOf(file);
        Workbook.check(file, name);
        try (Workbook book = Workbook.open(file, name)) {
            List<T> result = new ArrayList<>();
            book.eachSheet((sheet, data) -> {
                try (SheetTable t = book.table(sheet, data, progress)) {
                    result.add(reader.read(t));
                }
                return false;
            });
            if (result.isEmpty()) {
                throw new ImportException(SourceLocation.file(name), null, "the workbook has no sheets");
            }
            return result.get(0);
        }
    }

    /** Consumes one sheet. */
    @FunctionalInterface
    public interface TableReader<T> {
        T read(TableSource table) throws ImportException;
    }

    static String nameOf(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    /** An open workbook package, with everything POI throws turned into one-line refusals. */
    static final class Workbook implements AutoCloseable {
        private final String name;
        private final OPCPackage pkg;
        private final XSSFReader reader;
        private final SharedStrings strings;
        private final StylesTable styles;

        private Workbook(String name, OPCPackage pkg, XSSFReader reader, SharedStrings strings, StylesTable styles) {
            this.name = name;
            this.pkg = pkg;
            this.reader = reader;
            this.strings = strings;
            this.styles = styles;
        }

        /** Refuses what is plainly not an .xlsx file, with a reason a user can act on. */
        static void check(Path file, String name) throws ImportException {
            byte[] head;
            try {
                if (Files.isDirectory(file)) {
                    throw new ImportException(SourceLocation.file(name), null, "is a folder, not a file");
                }
                try (InputStream in = Files.newInputStream(file)) {
                    head = in.readNBytes(8);
                }
            } catch (java.nio.file.NoSuchFileException e) {
                throw new ImportException(SourceLocation.file(name), null, "no such file");
            } catch (IOException e) {
                throw new ImportException(SourceLocation.file(name), null, "cannot read the file ("
                        + String.valueOf(e.getMessage()).replaceAll("\\s+", " ") + ")");
            }
            if (head.length == 0) {
                throw new ImportException(SourceLocation.file(name), null, "the file is empty");
            }
            if (head.length >= 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11
                    && (head[3] & 0xFF) == 0xE0) {
                throw new ImportException(SourceLocation.file(name), null, "is an old .xls or a password-protected "
                        + "workbook; save it in Excel as an unprotected .xlsx workbook");
            }
            if (head.length < 4 || head[0] != 'P' || head[1] != 'K') {
                throw new ImportException(SourceLocation.file(name), null, "is not an .xlsx workbook (not a zip file)");
            }
        }

        static Workbook open(Path file, String name) throws ImportException {
            guardAgainstZipBombs();
            OPCPackage pkg = null;
            try {
                pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
                XSSFReader reader = new XSSFReader(pkg);
                SharedStrings strings;
                try {
                    strings = reader.getSharedStringsTable();
                } catch (RuntimeException | IOException e) {
                    strings = null;
                }
                StylesTable styles;
                try {
                    styles = reader.getStylesTable();
                } catch (RuntimeException | IOException e) {
                    styles = null;
                }
                return new Workbook(name, pkg, reader, strings, styles);
            } catch (CancelledException e) {
                revert(pkg);
                throw e;
            } catch (Exception e) {
                revert(pkg);
                throw refusal(name, e);
            }
        }

        private static void revert(OPCPackage pkg) {
            if (pkg != null) {
                pkg.revert();
            }
        }

        /** Whether POI refused to expand an entry (a zip bomb, or more parts than allowed). */
        static boolean isBomb(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                String m = String.valueOf(t.getMessage());
                if (m.contains("Zip bomb") || m.contains("zip bomb") || m.contains("exceeds the max")
                        || m.contains("MAX_ENTRY_SIZE") || m.contains("max file count")) {
                    return true;
                }
            }
            return false;
        }

        static ImportException refusal(String name, Exception e) {
            String message = String.valueOf(e.getMessage());
            String reason;
            if (isBomb(e)) {
                reason = "refused: the workbook expands to far more data than it holds (a zip bomb?)";
            } else {
                reason = "is not a readable .xlsx workbook (" + message.replaceAll("\\s+", " ")
                        .substring(0, Math.min(160, message.replaceAll("\\s+", " ").length())) + ")";
            }
            return new ImportException(SourceLocation.file(name), null, reason);
        }

        String title() {
            try {
                return pkg.getPackageProperties().getTitleProperty().orElse(null);
            } catch (RuntimeException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
                return null;
            }
        }

        String description() {
            try {
                return pkg.getPackageProperties().getDescriptionProperty().orElse(null);
            } catch (RuntimeException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
                return null;
            }
        }

        void eachSheet(SheetVisitor visitor) throws ImportException {
            try {
                XSSFReader.SheetIterator sheets = reader.getSheetIterator();
                while (sheets.hasNext()) {
                    InputStream data = sheets.next();
                    String sheet = sheets.getSheetName();
                    boolean more;
                    try {
                        more = visitor.visit(sheet == null ? "?" : sheet, data);
                    } finally {
                        data.close();
                    }
                    if (!more) {
                        return;
                    }
                }
            } catch (ImportException | CancelledException e) {
                throw e;
            } catch (Exception e) {
                throw refusal(name, e);
            }
        }

        SheetTable table(String sheet, InputStream data, Progress progress) throws ImportException {
            return new SheetTable(name, sheet, data, strings, styles, progress);
        }

        @Override
        public void close() {
            pkg.revert();
        }
    }
}
