package org.teixit.io;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import org.teixit.io.csv.CsvReader;
import org.teixit.io.csv.CsvWriter;
import org.teixit.io.gexf.GexfReader;
import org.teixit.io.gexf.GexfWriter;
import org.teixit.io.graphml.GraphmlReader;
import org.teixit.io.graphml.GraphmlWriter;
import org.teixit.io.json.JsonEcosystemReader;
import org.teixit.io.json.JsonEcosystemWriter;
import org.teixit.io.roster.RosterReader;
import org.teixit.io.xlsx.XlsxReader;
import org.teixit.io.xlsx.XlsxWriter;
import org.teixit.model.Actor;
import org.teixit.model.Ecosystem;
import org.teixit.service.MapLoader;
import org.teixit.task.CancelledException;
import org.teixit.task.Progress;

/**
 * Throws generated and mutated files at every importer: a random map is written in the format, then its bytes
 * are flipped, cut, sprinkled with delimiters, quotes and line breaks, given a huge field or deeply nested XML,
 * or replaced by noise (for workbooks, the sheet inside the zip is mutated too). The only acceptable outcomes
 * are a clean {@link ImportBatch} or an {@link ImportException}; any other exception, or a read that takes more
 * than {@value #LIMIT_SECONDS} seconds, fails. Tries are bounded so the whole class runs in well under a minute.
 */
class ImportFuzzProperties {
    static final int LIMIT_SECONDS = 10;
    private static final ExecutorService POOL = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "fuzz-import");
        t.setDaemon(true);
        return t;
    });

    @AfterContainer
    static void shutDown() {
        POOL.shutdownNow();
    }

    private static Path folder() throws IOException {
        return Files.createTempDirectory("teixit-fuzz");
    }

    /** Reads {@code bytes} as {@code name} with {@code reader}; fails on anything but a batch or a refusal. */
    private static void mustReadOrRefuse(EcosystemReader reader, String name, byte[] bytes) throws Exception {
        Path dir = folder();
        try {
            Path file = Files.write(dir.resolve(name), bytes);
            Future<?> run = POOL.submit(() -> {
                try {
                    ImportBatch b = reader.read(file, Progress.NONE);
                    if (b == null) {
                        throw new AssertionError("the reader returned null");
                    }
                    for (Actor a : b.actors()) {
                        a.id();
                    }
                } catch (ImportException refused) {
                    String m = refused.getMessage();
                    if (m.contains("\n") || m.contains("\r") || !m.startsWith(name)) {
                        throw new AssertionError("refusal is not one line naming the file: " + m);
                    }
                }
                return null;
            });
            try {
                run.get(LIMIT_SECONDS, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                run.cancel(true);
                fail(name + ": the reader took more than " + LIMIT_SECONDS + " s (" + bytes.length + " bytes)");
            } catch (java.util.concurrent.ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof CancelledException) {
                    fail("cancelled without being asked");
                }
                throw new AssertionError(name + ": unexpected " + cause, cause);
            }
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    private static byte[] written(EcosystemWriter writer, Ecosystem map, String name, String part) throws Exception {
        Path dir = folder();
        try {
            writer.write(map, dir.resolve(name));
            Path out = part == null ? dir.resolve(name) : dir.resolve(part);
            return Files.readAllBytes(out);
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    /** One of nine mutations, chosen and placed by {@code seed}. */
    static byte[] mutate(byte[] in, int kind, long seed, boolean xml) {
        Random r = new Random(seed);
        byte[] b = in.clone();
        int at = b.length == 0 ? 0 : r.nextInt(b.length);
        switch (kind) {
            case 0 -> {
                return b;
            }
            case 1 -> {
                for (int i = 0, n = 1 + r.nextInt(8); i < n && b.length > 0; i++) {
                    b[r.nextInt(b.length)] ^= (byte) (1 << r.nextInt(8));
                }
                return b;
            }
            case 2 -> {
                return Arrays.copyOf(b, at);
            }
            case 3 -> {
                String[] bits = {",", ";", "\t", "\"", "\n", "\r", "''", "\"\"", "<", ">", "&", "=", "\u0000", "ñ", "{", "]"};
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                int last = 0;
                for (int i = 0, n = 1 + r.nextInt(10); i < n; i++) {
                    int pos = last + (b.length - last == 0 ? 0 : r.nextInt(b.length - last + 1));
                    out.write(b, last, pos - last);
                    out.writeBytes(bits[r.nextInt(bits.length)].getBytes(StandardCharsets.UTF_8));
                    last = pos;
                }
                out.write(b, last, b.length - last);
                return out.toByteArray();
            }
            case 4 -> {
                byte filler = (byte) "x\",;\n".charAt(r.nextInt(5));
                byte[] huge = new byte[2_000_000];
                Arrays.fill(huge, filler);
                return splice(b, at, huge);
            }
            case 5 -> {
                String deep = xml ? "<a>".repeat(200_000) : "[".repeat(200_000);
                int root = xml ? Math.max(0, indexOf(b, ">", indexOf(b, "<graph", 0)) + 1) : at;
                return splice(b, root, deep.getBytes(StandardCharsets.UTF_8));
            }
            case 6 -> {
                byte[] noise = new byte[r.nextInt(5000)];
                r.nextBytes(noise);
                return noise;
            }
            case 7 -> {
                String entity = "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>";
                return xml ? splice(b, Math.max(0, indexOf(b, "?>", 0) + 2), entity.getBytes(StandardCharsets.UTF_8))
                        : splice(b, at, "\"unclosed".getBytes(StandardCharsets.UTF_8));
            }
            default -> {
                int from = r.nextInt(Math.max(1, b.length));
                int to = Math.min(b.length, from + r.nextInt(200));
                return splice(b, at, Arrays.copyOfRange(b, from, to));
            }
        }
    }

    private static int indexOf(byte[] b, String what, int from) {
        String s = new String(b, StandardCharsets.ISO_8859_1);
        return s.indexOf(what, Math.max(0, from));
    }

    private static byte[] splice(byte[] b, int at, byte[] insert) {
        int pos = Math.max(0, Math.min(at, b.length));
        byte[] out = new byte[b.length + insert.length];
        System.arraycopy(b, 0, out, 0, pos);
        System.arraycopy(insert, 0, out, pos, insert.length);
        System.arraycopy(b, pos, out, pos + insert.length, b.length - pos);
        return out;
    }

    /** Mutates one entry of a zip (an xlsx sheet, say) and zips it again, so the damage reaches POI's parser. */
    private static byte[] mutateInside(byte[] zip, int kind, long seed) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Path dir = folder();
        Path original = Files.write(dir.resolve("in.zip"), zip);
        try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(original.toFile());
             ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                byte[] data;
                try (var stream = in.getInputStream(e)) {
                    data = stream.readAllBytes();
                }
                if (e.getName().startsWith("xl/worksheets/") || e.getName().equals("xl/workbook.xml")
                        && new Random(seed).nextInt(4) == 0) {
                    data = mutate(data, kind, seed, true);
                }
                z.putNextEntry(new ZipEntry(e.getName()));
                z.write(data);
                z.closeEntry();
            }
        } finally {
            Files.deleteIfExists(original);
            Files.deleteIfExists(dir);
        }
        return out.toByteArray();
    }

    @Property(tries = 45)
    void csvActorsAndTies(@ForAll long seed, @ForAll @IntRange(min = 0, max = 8) int kind) throws Exception {
        Ecosystem map = RandomMaps.map(seed);
        String part = Math.floorMod(seed, 2) == 0 ? "m.actors.csv" : "m.ties.csv";
        byte[] file = written(new CsvWriter(), map, "m.csv", part);
        mustReadOrRefuse(new CsvReader(), part, mutate(file, kind, seed, false));
    }

    @Property(tries = 30)
    void xlsxWorkbooks(@ForAll long seed, @ForAll @IntRange(min = 0, max = 8) int kind) throws Exception {
        byte[] file = written(new XlsxWriter(), RandomMaps.map(seed), "m.xlsx", null);
        byte[] mutated = Math.floorMod(seed, 3) == 0 ? mutate(file, kind, seed, false) : mutateInside(file, kind, seed);
        mustReadOrRefuse(new XlsxReader(), "m.xlsx", mutated);
    }

    @Property(tries = 35)
    void gexfFiles(@ForAll long seed, @ForAll @IntRange(min = 0, max = 8) int kind) throws Exception {
        byte[] file = written(new GexfWriter(), RandomMaps.map(seed), "m.gexf", null);
        mustReadOrRefuse(new GexfReader(), "m.gexf", mutate(file, kind, seed, true));
    }

    @Property(tries = 35)
    void graphmlFiles(@ForAll long seed, @ForAll @IntRange(min = 0, max = 8) int kind) throws Exception {
        byte[] file = written(new GraphmlWriter(), RandomMaps.map(seed), "m.graphml", null);
        mustReadOrRefuse(new GraphmlReader(), "m.graphml", mutate(file, kind, seed, true));
    }

    /**
     * Teixit JSON through the import path ({@link MapLoader}: the registry's reader, then the merger). Called
     * directly, {@link JsonEcosystemReader} lets the model's IllegalArgumentException through for an id over
     * 512 characters or a coordinate like 1e999; the registry turns that into a refusal.
     */
    @Property(tries = 35)
    void jsonFiles(@ForAll long seed, @ForAll @IntRange(min = 0, max = 8) int kind) throws Exception {
        byte[] file = written(new JsonEcosystemWriter(), RandomMaps.map(seed), "m.json", null);
        mustReadOrRefuse(LOADER, "m.json", mutate(file, kind, seed, false));
    }

    /** Every format as the app opens it: reader and merger. */
    @Property(tries = 30)
    void anyFormatThroughTheImportPath(@ForAll long seed, @ForAll @IntRange(min = 0, max = 8) int kind,
                                       @ForAll @IntRange(min = 0, max = 4) int format) throws Exception {
        String[] names = {"m.gexf", "m.graphml", "m.json", "m.xlsx", "m.ties.csv"};
        EcosystemWriter[] writers = {new GexfWriter(), new GraphmlWriter(), new JsonEcosystemWriter(),
            new XlsxWriter(), new CsvWriter()};
        String name = names[format];
        byte[] file = written(writers[format], RandomMaps.map(seed), format == 4 ? "m.csv" : name,
                format == 4 ? name : null);
        mustReadOrRefuse(LOADER, name, mutate(file, kind, seed, format < 3));
    }

    private static final EcosystemReader LOADER = (file, progress) -> {
        Ecosystem map = MapLoader.load(file, progress);
        ImportBatch.Builder b = ImportBatch.builder(file.getFileName().toString());
        map.actors().forEach(a -> b.actor(a, SourceLocation.file("x")));
        return b.build();
    };

    @Property(tries = 35)
    void surveyRosters(@ForAll long seed, @ForAll @IntRange(min = 0, max = 8) int kind) throws Exception {
        Random r = new Random(seed);
        StringBuilder roster = new StringBuilder("Nom;Suport;tie:mentoring [funds];Rol\n");
        for (int i = 0, n = r.nextInt(20); i < n; i++) {
            roster.append('"').append(RandomMaps.text(r, 3).replace("\"", "\"\"")).append("\";\"")
                    .append(RandomMaps.text(r, 6).replace("\"", "\"\"")).append("\";")
                    .append(RandomMaps.text(r, 2).replace("\"", "").replace(";", "").replace("\n", ""))
                    .append(";rol\n");
        }
        byte[] bytes = roster.toString().getBytes(StandardCharsets.UTF_8);
        mustReadOrRefuse(new RosterReader(), "m.roster.csv", mutate(bytes, kind, seed, false));
    }

    @Property(tries = 25)
    void anyGeneratedMapSurvivesCsvAndXlsx(@ForAll long seed) throws Exception {
        Ecosystem map = RandomMaps.map(seed);
        for (String format : new String[] {"csv", "xlsx"}) {
            Path dir = folder();
            try {
                Path file = dir.resolve("m." + format);
                org.teixit.service.ExportService.save(map, file);
                Ecosystem back = org.teixit.service.MapLoader.load(file, Progress.NONE);
                LosslessTest.assertSameData(map, back, format + " seed " + seed);
            } finally {
                try (var files = Files.list(dir)) {
                    for (Path p : files.toList()) {
                        Files.deleteIfExists(p);
                    }
                }
                Files.deleteIfExists(dir);
            }
        }
    }
}
