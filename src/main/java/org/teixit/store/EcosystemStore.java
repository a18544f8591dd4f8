package org.teixit.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;
import org.teixit.model.Actor;
import org.teixit.model.CserDimension;
import org.teixit.model.Ecosystem;
import org.teixit.model.PartnershipStage;
import org.teixit.model.Position;
import org.teixit.model.Term;
import org.teixit.model.Tie;
import org.teixit.model.Vocabulary;
import org.teixit.model.VocabularyCategory;

/**
 * A {@code .teixit} file: one SQLite database holding one ecosystem. Opening migrates older files; every
 * change runs in one transaction through {@link #write(Function)}, so a failure leaves the file as it was.
 * The file is treated as untrusted input (it may come from a workshop's USB stick): triggers and views in
 * it cannot run our functions ({@code trusted_schema = OFF}).
 *
 * <p>One store serves one thread at a time; its methods are synchronized.
 */
public final class EcosystemStore implements AutoCloseable {
    private final Path file;
    private final Connection connection;

    private EcosystemStore(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens an existing store, migrating it to the current schema; fails if the file does not exist. */
    public static EcosystemStore open(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new StoreException(file, "no such file");
        }
        return connect(file, SchemaMigrator.LATEST_VERSION);
    }

    /** Opens {@code file}, creating an empty store there first if it does not exist. */
    public static EcosystemStore openOrCreate(Path file) {
        return connect(file, SchemaMigrator.LATEST_VERSION);
    }

    /** Test seam: a store at an older schema version, as an older Teixit wrote it. */
    static EcosystemStore openAtVersion(Path file, int version) {
        return connect(file, version);
    }

    private static EcosystemStore connect(Path file, int version) {
        Path absolute = file.toAbsolutePath();
        try {
            Path parent = absolute.getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                throw new StoreException(file, "its folder does not exist");
            }
            SQLiteConfig config = new SQLiteConfig();
            config.enforceForeignKeys(true);
            config.setBusyTimeout(5_000);
            config.setOpenMode(SQLiteOpenMode.READWRITE);
            config.setOpenMode(SQLiteOpenMode.CREATE);
            Connection c = config.createConnection("jdbc:sqlite:" + absolute);
            try {
                try (Statement st = c.createStatement()) {
                    st.execute("PRAGMA trusted_schema = OFF");
                    readHeader(st);
                }
                SchemaMigrator.migrate(c, file, version);
                try (Statement st = c.createStatement()) {
                    st.execute("PRAGMA journal_mode = WAL");
                    st.execute("PRAGMA synchronous = NORMAL");
                }
                return new EcosystemStore(file, c);
            } catch (SQLException | RuntimeException e) {
                c.close();
                throw e;
            }
        } catch (StoreException e) {
            throw e;
        } catch (SQLException e) {
            throw new StoreException(file, explain(e), e);
        }
    }

    /** Touches the header so that a file that is not SQLite fails here, with a clear message. */
    private static void readHeader(Statement st) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_master")) {
            rs.next();
        }
    }

    private static String explain(SQLException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("NOTADB") || m.contains("not a database")) {
            return "is not a Teixit map (not a SQLite database)";
        }
        if (m.contains("CORRUPT") || m.contains("malformed")) {
            return "is damaged (the SQLite database is malformed)";
        }
        if (m.contains("CANTOPEN")) {
            return "cannot be opened (check that the folder exists and is writable)";
        }
        if (m.contains("READONLY")) {
            return "is read-only";
        }
        return "database error: " + m;
    }

    public Path file() {
        return file;
    }

    public synchronized int schemaVersion() {
        try {
            return SchemaMigrator.version(connection);
        } catch (SQLException e) {
            throw new StoreException(file, explain(e), e);
        }
    }

    /** Reads the whole ecosystem. */
    public synchronized Ecosystem load() {
        try {
            Map<String, String> meta = readMeta();
            Ecosystem.Builder builder = Ecosystem.builder(meta.get("name"))
                    .description(meta.getOrDefault("description", ""))
                    .vocabulary(readVocabulary());
            Map<String, Map<String, String>> actorAttributes = readAttributes("actor_attribute", "actor_id");
            try (Statement st = connection.createStatement();
                 ResultSet rs = st.executeQuery("SELECT id, label, kind, setting, notes, x, y, pinned "
                         + "FROM actor ORDER BY position")) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    double x = rs.getDouble(6);
                    boolean hasX = !rs.wasNull();
                    double y = rs.getDouble(7);
                    boolean hasPosition = hasX && !rs.wasNull();
                    builder.actor(new Actor(id, rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), actorAttributes.get(id),
                            hasPosition ? new Position(x, y) : null, rs.getInt(8) == 1));
                }
            }
            Map<String, Map<String, String>> tieAttributes = readAttributes("tie_attribute", "tie_id");
            Map<String, Set<CserDimension>> dimensions = readDimensions();
            try (Statement st = connection.createStatement();
                 ResultSet rs = st.executeQuery("SELECT id, source, target, kind, directed, strength, stage, "
                         + "notes FROM tie ORDER BY position")) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    builder.tie(new Tie(id, rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getInt(5) == 1, rs.getInt(6), dimensions.get(id),
                            PartnershipStage.parse(rs.getString(7)).orElse(null), rs.getString(8),
                            tieAttributes.get(id)));
                }
            }
            return builder.build();
        } catch (SQLException e) {
            throw new StoreException(file, explain(e), e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new StoreException(file, "holds invalid data: " + e.getMessage(), e);
        }
    }

    private Map<String, String> readMeta() throws SQLException {
        Map<String, String> meta = new HashMap<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT key, value FROM meta")) {
            while (rs.next()) {
                meta.put(rs.getString(1), rs.getString(2));
            }
        }
        return meta;
    }

    private Vocabulary readVocabulary() throws SQLException {
        Vocabulary v = Vocabulary.defaults();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT category, id, label FROM vocabulary ORDER BY position")) {
            while (rs.next()) {
                v = v.with(VocabularyCategory.fromId(rs.getString(1)), new Term(rs.getString(2), rs.getString(3)));
            }
        }
        return v;
    }

    private Map<String, Map<String, String>> readAttributes(String table, String ownerColumn) throws SQLException {
        Map<String, Map<String, String>> out = new HashMap<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT " + ownerColumn + ", name, value FROM " + table
                     + " ORDER BY " + ownerColumn + ", position")) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getString(3));
            }
        }
        return out;
    }

    private Map<String, Set<CserDimension>> readDimensions() throws SQLException {
        Map<String, Set<CserDimension>> out = new HashMap<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT tie_id, dimension FROM tie_dimension")) {
            while (rs.next()) {
                CserDimension d = CserDimension.parse(rs.getString(2))
                        .orElseThrow(() -> new IllegalStateException("unknown dimension"));
                out.computeIfAbsent(rs.getString(1), k -> EnumSet.noneOf(CserDimension.class)).add(d);
            }
        }
        return out;
    }

    /**
     * Runs {@code work} in one transaction: all of its changes are written, or none when it throws.
     *
     * @return what {@code work} returns
     */
    public synchronized <T> T write(Function<StoreTransaction, T> work) {
        try {
            connection.setAutoCommit(false);
            try (StoreTransaction transaction = new StoreTransaction(connection)) {
                T result = work.apply(transaction);
                connection.commit();
                return result;
            } catch (RuntimeException | Error e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException(file, explain(e), e);
        }
    }

    /** {@link #write(Function)} for work that returns nothing. */
    public void update(Consumer<StoreTransaction> work) {
        write(tx -> {
            work.accept(tx);
            return null;
        });
    }

    /** Replaces everything in the store with {@code ecosystem}, in one transaction. */
    public void replaceAll(Ecosystem ecosystem) {
        update(tx -> {
            tx.clear();
            tx.putAll(ecosystem);
        });
    }

    /** Writes a consistent copy of this store to {@code target} (Save as). */
    public synchronized void copyTo(Path target) {
        try (PreparedStatement ps = connection.prepareStatement("VACUUM INTO ?")) {
            Files.deleteIfExists(target);
            ps.setString(1, target.toAbsolutePath().toString());
            ps.execute();
        } catch (SQLException e) {
            throw new StoreException(target, explain(e), e);
        } catch (java.io.IOException e) {
            throw new StoreException(target, "cannot replace it: " + e.getMessage(), e);
        }
    }

    /** The map's saved views, in story order. */
    public synchronized List<org.teixit.model.SavedView> savedViews() {
        List<org.teixit.model.SavedView> out = new ArrayList<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, caption, filter, centre_x, centre_y, zoom, anonymised "
                     + "FROM saved_view ORDER BY position")) {
            while (rs.next()) {
                double x = rs.getDouble(4);
                boolean hasX = !rs.wasNull();
                double y = rs.getDouble(5);
                boolean hasCentre = hasX && !rs.wasNull();
                out.add(new org.teixit.model.SavedView(rs.getString(1), rs.getString(2),
                        FilterCodec.decode(rs.getString(3)), hasCentre ? new Position(x, y) : null, rs.getDouble(6),
                        rs.getInt(7) == 1));
            }
        } catch (SQLException e) {
            throw new StoreException(file, explain(e), e);
        }
        return out;
    }

    /** Row counts read straight from the tables, for checks and benchmarks. */
    public synchronized List<Integer> rowCounts() {
        List<Integer> counts = new ArrayList<>();
        try (Statement st = connection.createStatement()) {
            for (String table : List.of("actor", "tie")) {
                try (ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
                    rs.next();
                    counts.add(rs.getInt(1));
                }
            }
        } catch (SQLException e) {
            throw new StoreException(file, explain(e), e);
        }
        return counts;
    }

    @Override
    public synchronized void close() {
        try {
            if (!connection.isClosed()) {
                try (Statement st = connection.createStatement()) {
                    st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                } catch (SQLException ignoredBecauseClosingAnyway) {
                    // a checkpoint is an optimisation; the WAL is replayed on the next open
                }
                connection.close();
            }
        } catch (SQLException e) {
            throw new StoreException(file, explain(e), e);
        }
    }
}
