package org.teixit.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.teixit.model.Actor;
import org.teixit.model.CserDimension;
import org.teixit.model.Ecosystem;
import org.teixit.model.Tie;
import org.teixit.store.EcosystemStore;

/**
 * Store open on a generated 50,000-actor / 150,000-tie map: how long {@code openOrCreate(file).replaceAll}
 * takes to write it, then {@code EcosystemStore.open(file).load()} against reading the same rows with plain
 * JDBC ({@code SELECT *} from actor, actor_attribute, tie, tie_dimension and tie_attribute, every column into
 * plain Java objects). Best of 7 after a warm-up, taking turns, with a garbage collection before each read.
 * The file goes to {@code -Dbench.dir} ({@code target-bench} by default).
 *
 * <p>The write runs in a child JVM that is stopped after {@code -Dbench.store.writeBudget} seconds (60 by
 * default), so that a slow writer cannot hold up the whole run. When it is stopped, the same rows are written
 * with plain JDBC batches instead (same schema, same positions; checked by loading the file back and comparing
 * with the generated map), and {@code replaceAll} is timed on a 5,000 / 15,000 map as well, so the summary
 * still has a finished write.
 */
public final class StoreBench {
    static final int ACTORS = 50_000;
    static final int TIES = 150_000;
    private static final int RUNS = 7;
    private static final String WRITING = "writing";
    private static final String WROTE = "wrote-ms=";

    private StoreBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 4 && args[0].equals("--write")) {
            childWrite(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Path.of(args[3]));
            return;
        }
        Path dir = Path.of(System.getProperty("bench.dir", "target-bench"));
        Files.createDirectories(dir);
        Path file = dir.resolve("bench-store.teixit");
        double budget = Double.parseDouble(System.getProperty("bench.store.writeBudget", "60"));
        System.out.printf("Store benchmark: %,d actors / %,d ties in %s, Java %s%n", ACTORS, TIES, file,
                System.getProperty("java.version"));
        Ecosystem map = GeneratedMaps.generate(ACTORS, TIES, GeneratedMaps.SEED);
        String size = BenchResults.format("%,d / %,d", ACTORS, TIES);

        delete(file);
        Write write = writeInChild(ACTORS, TIES, file, budget);
        if (write.finished()) {
            BenchResults.row("store " + size + ": write (openOrCreate + replaceAll)", "-",
                    BenchResults.ms(write.ms()), BenchResults.Verdict.INFO);
        } else {
            BenchResults.row("store " + size + ": write (openOrCreate + replaceAll)", "-",
                    BenchResults.format("> %.0f s, stopped", write.ms() / 1000), BenchResults.Verdict.INFO);
            delete(file);
            long start = System.nanoTime();
            writePlain(map, file);
            System.out.printf("    wrote the same rows with plain JDBC batches instead: %.0f ms%n",
                    (System.nanoTime() - start) / 1e6);
            int smallActors = 5_000;
            int smallTies = 15_000;
            Ecosystem small = GeneratedMaps.generate(smallActors, smallTies, GeneratedMaps.SEED);
            Path smallFile = dir.resolve("bench-store-small.teixit");
            delete(smallFile);
            start = System.nanoTime();
            try (EcosystemStore store = EcosystemStore.openOrCreate(smallFile)) {
                store.replaceAll(small);
            }
            double ms = (System.nanoTime() - start) / 1e6;
            delete(smallFile);
            BenchResults.row(BenchResults.format("store %,d / %,d: write (openOrCreate + replaceAll)", smallActors,
                    smallTies), "-", BenchResults.ms(ms), BenchResults.Verdict.INFO);
        }
        System.out.printf("    file size %.1f MB%n", Files.size(file) / 1e6);

        // Warm-up: both readers once, and a check that the store reads back exactly the generated map.
        Ecosystem back = load(file);
        if (!back.equals(map)) {
            throw new IllegalStateException("the store did not read back the map it was given: " + back);
        }
        long rows = readPlain(file).rows();
        double store = Double.MAX_VALUE;
        double plain = Double.MAX_VALUE;
        for (int i = 0; i < RUNS; i++) {
            // A collection before each read, so that neither pays for the other's garbage.
            System.gc();
            long start = System.nanoTime();
            load(file);
            double a = (System.nanoTime() - start) / 1e6;
            System.gc();
            start = System.nanoTime();
            readPlain(file);
            double b = (System.nanoTime() - start) / 1e6;
            System.out.printf("    open().load() %.0f ms, plain JDBC %.0f ms (%,d rows)%n", a, b, rows);
            store = Math.min(store, a);
            plain = Math.min(plain, b);
        }
        BenchResults.row("store " + size + ": open().load() / plain JDBC", "<= 2.00x",
                BenchResults.format("%.2fx (%s vs %s)", store / plain, BenchResults.ms(store), BenchResults.ms(plain)),
                BenchResults.Verdict.of(store / plain <= 2.0));
        delete(file);
    }

    /** How a write went: its time, or how long it had run when it was stopped. */
    private record Write(boolean finished, double ms) {
    }

    /** In the child JVM: generate, then time openOrCreate + replaceAll + close. */
    private static void childWrite(int actors, int ties, Path file) {
        Ecosystem map = GeneratedMaps.generate(actors, ties, GeneratedMaps.SEED);
        System.out.println(WRITING);
        System.out.flush();
        long start = System.nanoTime();
        try (EcosystemStore store = EcosystemStore.openOrCreate(file)) {
            store.replaceAll(map);
        }
        System.out.println(WROTE + (System.nanoTime() - start) / 1e6);
    }

    private static Write writeInChild(int actors, int ties, Path file, double budgetSeconds) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx2g", "-cp", System.getProperty("java.class.path"),
                StoreBench.class.getName(), "--write", Integer.toString(actors), Integer.toString(ties),
                file.toString()).redirectErrorStream(true).start();
        AtomicLong writingSince = new AtomicLong();
        AtomicReference<Double> wrote = new AtomicReference<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (line.equals(WRITING)) {
                        writingSince.set(System.nanoTime());
                    } else if (line.startsWith(WROTE)) {
                        wrote.set(Double.parseDouble(line.substring(WROTE.length())));
                    } else {
                        System.out.println("    (writer) " + line);
                    }
                }
            } catch (IOException ignored) {
                // the child was stopped
            }
        });
        reader.start();
        boolean done = child.waitFor((long) (budgetSeconds * 1000), TimeUnit.MILLISECONDS);
        if (!done) {
            long since = writingSince.get();
            child.destroyForcibly();
            child.waitFor();
            reader.join();
            double ran = since == 0 ? 0 : (System.nanoTime() - since) / 1e6;
            System.out.printf("    openOrCreate + replaceAll: not done after %.0f s of writing; stopped it%n",
                    ran / 1000);
            return new Write(false, ran);
        }
        reader.join();
        if (child.exitValue() != 0 || wrote.get() == null) {
            throw new IllegalStateException("the writer failed with exit code " + child.exitValue());
        }
        System.out.printf("    openOrCreate + replaceAll + close: %.0f ms%n", wrote.get());
        return new Write(true, wrote.get());
    }

    /**
     * Writes {@code map} as {@code replaceAll} into an empty store would, with plain JDBC batches in one
     * transaction: the schema comes from {@code EcosystemStore.openOrCreate}, positions count from 1 in map
     * order, attribute positions from 0.
     */
    static void writePlain(Ecosystem map, Path file) throws SQLException {
        EcosystemStore.openOrCreate(file).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
            c.setAutoCommit(false);
            try (PreparedStatement meta = c.prepareStatement("INSERT INTO meta (key, value) VALUES (?, ?)");
                 PreparedStatement term = c.prepareStatement(
                         "INSERT INTO vocabulary (category, id, label, position) VALUES (?, ?, ?, ?)");
                 PreparedStatement actor = c.prepareStatement("INSERT INTO actor (id, label, kind, setting, notes, "
                         + "x, y, pinned, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement actorAttribute = c.prepareStatement(
                         "INSERT INTO actor_attribute (actor_id, name, value, position) VALUES (?, ?, ?, ?)");
                 PreparedStatement tie = c.prepareStatement("INSERT INTO tie (id, source, target, kind, directed, "
                         + "strength, stage, notes, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement dimension = c.prepareStatement(
                         "INSERT INTO tie_dimension (tie_id, dimension) VALUES (?, ?)");
                 PreparedStatement tieAttribute = c.prepareStatement(
                         "INSERT INTO tie_attribute (tie_id, name, value, position) VALUES (?, ?, ?, ?)")) {
                meta.setString(1, "name");
                meta.setString(2, map.name());
                meta.addBatch();
                meta.setString(1, "description");
                meta.setString(2, map.description());
                meta.addBatch();
                meta.executeBatch();
                int position = 1;
                for (var entry : map.vocabulary().additions().entrySet()) {
                    for (var t : entry.getValue()) {
                        term.setString(1, entry.getKey().id());
                        term.setString(2, t.id());
                        term.setString(3, t.label());
                        term.setInt(4, position++);
                        term.addBatch();
                    }
                }
                term.executeBatch();
                position = 1;
                for (Actor a : map.actors()) {
                    actor.setString(1, a.id());
                    actor.setString(2, a.label());
                    actor.setString(3, a.kind());
                    actor.setString(4, a.setting());
                    actor.setString(5, a.notes());
                    if (a.position() == null) {
                        actor.setNull(6, Types.REAL);
                        actor.setNull(7, Types.REAL);
                    } else {
                        actor.setDouble(6, a.position().x());
                        actor.setDouble(7, a.position().y());
                    }
                    actor.setInt(8, a.pinned() ? 1 : 0);
                    actor.setInt(9, position++);
                    actor.addBatch();
                    attributes(actorAttribute, a.id(), a.attributes());
                }
                actor.executeBatch();
                actorAttribute.executeBatch();
                position = 1;
                for (Tie t : map.ties()) {
                    tie.setString(1, t.id());
                    tie.setString(2, t.source());
                    tie.setString(3, t.target());
                    tie.setString(4, t.kind());
                    tie.setInt(5, t.directed() ? 1 : 0);
                    tie.setInt(6, t.strength());
                    if (t.stage() == null) {
                        tie.setNull(7, Types.VARCHAR);
                    } else {
                        tie.setString(7, t.stage().id());
                    }
                    tie.setString(8, t.notes());
                    tie.setInt(9, position++);
                    tie.addBatch();
                    for (CserDimension d : t.dimensions()) {
                        dimension.setString(1, t.id());
                        dimension.setString(2, d.id());
                        dimension.addBatch();
                    }
                    attributes(tieAttribute, t.id(), t.attributes());
                }
                tie.executeBatch();
                dimension.executeBatch();
                tieAttribute.executeBatch();
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private static void attributes(PreparedStatement ps, String owner, Map<String, String> attributes)
            throws SQLException {
        int position = 0;
        for (Map.Entry<String, String> e : attributes.entrySet()) {
            ps.setString(1, owner);
            ps.setString(2, e.getKey());
            ps.setString(3, e.getValue());
            ps.setInt(4, position++);
            ps.addBatch();
        }
    }

    private static Ecosystem load(Path file) {
        try (EcosystemStore store = EcosystemStore.open(file)) {
            return store.load();
        }
    }

    private static void delete(Path file) throws IOException {
        for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
        }
    }

    record ActorRow(String id, String label, String kind, String setting, String notes, long position, Double x,
                    Double y, boolean pinned) {
    }

    record AttributeRow(String owner, String name, String value, long position) {
    }

    record TieRow(String id, String source, String target, String kind, boolean directed, int strength,
                  String stage, String notes, long position) {
    }

    record DimensionRow(String tie, String dimension) {
    }

    record Rows(List<ActorRow> actors, List<AttributeRow> actorAttributes, List<TieRow> ties,
                List<DimensionRow> dimensions, List<AttributeRow> tieAttributes) {
        long rows() {
            return (long) actors.size() + actorAttributes.size() + ties.size() + dimensions.size()
                    + tieAttributes.size();
        }
    }

    /** Every row of the five tables, every column, into plain objects: the floor for {@code load()}. */
    static Rows readPlain(Path file) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement st = c.createStatement()) {
            List<ActorRow> actors = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT * FROM actor")) {
                while (rs.next()) {
                    double x = rs.getDouble("x");
                    Double bx = rs.wasNull() ? null : x;
                    double y = rs.getDouble("y");
                    Double by = rs.wasNull() ? null : y;
                    actors.add(new ActorRow(rs.getString("id"), rs.getString("label"), rs.getString("kind"),
                            rs.getString("setting"), rs.getString("notes"), rs.getLong("position"), bx, by,
                            rs.getInt("pinned") == 1));
                }
            }
            List<AttributeRow> actorAttributes = attributes(st, "actor_attribute", "actor_id");
            List<TieRow> ties = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT * FROM tie")) {
                while (rs.next()) {
                    ties.add(new TieRow(rs.getString("id"), rs.getString("source"), rs.getString("target"),
                            rs.getString("kind"), rs.getInt("directed") == 1, rs.getInt("strength"),
                            rs.getString("stage"), rs.getString("notes"), rs.getLong("position")));
                }
            }
            List<DimensionRow> dimensions = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT * FROM tie_dimension")) {
                while (rs.next()) {
                    dimensions.add(new DimensionRow(rs.getString("tie_id"), rs.getString("dimension")));
                }
            }
            List<AttributeRow> tieAttributes = attributes(st, "tie_attribute", "tie_id");
            return new Rows(actors, actorAttributes, ties, dimensions, tieAttributes);
        } catch (SQLException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }

    private static List<AttributeRow> attributes(Statement st, String table, String owner) throws SQLException {
        List<AttributeRow> out = new ArrayList<>();
        try (ResultSet rs = st.executeQuery("SELECT * FROM " + table)) {
            while (rs.next()) {
                out.add(new AttributeRow(rs.getString(owner), rs.getString("name"), rs.getString("value"),
                        rs.getLong("position")));
            }
        }
        return out;
    }
}
