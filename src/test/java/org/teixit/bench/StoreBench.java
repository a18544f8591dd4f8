package org.teixit.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.teixit.model.Ecosystem;
import org.teixit.store.EcosystemStore;

/**
 * Store open on a generated 50,000-actor / 150,000-tie map: how long {@code openOrCreate(file).replaceAll}
 * takes to write it, then {@code EcosystemStore.open(file).load()} against reading the same rows with plain
 * JDBC ({@code SELECT *} from actor, actor_attribute, tie, tie_dimension and tie_attribute, every column into
 * plain Java objects). Best of 5 after a warm-up, taking turns. The file goes to {@code -Dbench.dir}
 * ({@code target-bench} by default).
 */
public final class StoreBench {
    static final int ACTORS = 50_000;
    static final int TIES = 150_000;
    private static final int RUNS = 5;

    private StoreBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(System.getProperty("bench.dir", "target-bench"));
        Files.createDirectories(dir);
        Path file = dir.resolve("bench-store.teixit");
        System.out.printf("Store benchmark: %,d actors / %,d ties in %s, Java %s%n", ACTORS, TIES, file,
                System.getProperty("java.version"));
        Ecosystem map = GeneratedMaps.generate(ACTORS, TIES, GeneratedMaps.SEED);
        String size = BenchResults.format("%,d / %,d", ACTORS, TIES);

        double write = Double.MAX_VALUE;
        for (int i = 0; i < 2; i++) {
            delete(file);
            long start = System.nanoTime();
            try (EcosystemStore store = EcosystemStore.openOrCreate(file)) {
                store.replaceAll(map);
            }
            double ms = (System.nanoTime() - start) / 1e6;
            System.out.printf("    openOrCreate + replaceAll + close: %.0f ms%n", ms);
            write = Math.min(write, ms);
        }
        System.out.printf("    file size %.1f MB%n", Files.size(file) / 1e6);

        // Warm-up: both readers once, and a check that the store reads back what was written.
        Ecosystem back = load(file);
        if (back.actorCount() != ACTORS || back.tieCount() != TIES) {
            throw new IllegalStateException("store read back " + back);
        }
        long rows = readPlain(file).rows();
        double store = Double.MAX_VALUE;
        double plain = Double.MAX_VALUE;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            load(file);
            double a = (System.nanoTime() - start) / 1e6;
            start = System.nanoTime();
            readPlain(file);
            double b = (System.nanoTime() - start) / 1e6;
            System.out.printf("    open().load() %.0f ms, plain JDBC %.0f ms (%,d rows)%n", a, b, rows);
            store = Math.min(store, a);
            plain = Math.min(plain, b);
        }
        BenchResults.row("store " + size + ": write (openOrCreate + replaceAll)", "-",
                BenchResults.ms(write), BenchResults.Verdict.INFO);
        BenchResults.row("store " + size + ": open().load() / plain JDBC", "<= 2.00x",
                BenchResults.format("%.2fx (%s vs %s)", store / plain, BenchResults.ms(store), BenchResults.ms(plain)),
                BenchResults.Verdict.of(store / plain <= 2.0));
        delete(file);
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
