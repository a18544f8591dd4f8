package org.teixit.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Brings a store's schema up to {@link #LATEST_VERSION} by running the numbered SQL files in
 * {@code org/teixit/store/migrations/} that it has not run yet, all in one transaction. The version a
 * file is at lives in {@code PRAGMA user_version}; a file from a newer Teixit is refused, never changed.
 */
final class SchemaMigrator {
    /** Migration files in order; file N brings the schema from version N-1 to N. Never edit a shipped one. */
    static final List<String> MIGRATIONS = List.of("V001__init.sql", "V002__positions.sql", "V003__saved_views.sql",
            "V004__position_indexes.sql");
    static final int LATEST_VERSION = MIGRATIONS.size();
    /** 'TEIX' in ASCII: marks a SQLite file as a Teixit store. */
    static final int APPLICATION_ID = 0x54454958;

    private SchemaMigrator() {
    }

    static int version(Connection connection) throws SQLException {
        return intPragma(connection, "user_version");
    }

    static void migrate(Connection connection, Path file) throws SQLException {
        migrate(connection, file, LATEST_VERSION);
    }

    /** Migrates to {@code target}; tests use a lower target to write files as an older Teixit did. */
    static void migrate(Connection connection, Path file, int target) throws SQLException {
        int appId = intPragma(connection, "application_id");
        int current = version(connection);
        if (appId != APPLICATION_ID && (appId != 0 || current != 0 || hasTables(connection))) {
            throw new StoreException(file, "is a SQLite database but not a Teixit map");
        }
        if (current > LATEST_VERSION) {
            throw new StoreException(file, "was written by a newer Teixit (schema version " + current
                    + "); this Teixit reads up to version " + LATEST_VERSION + ". Please update Teixit.");
        }
        if (current >= target) {
            return;
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement st = connection.createStatement()) {
            for (int v = current + 1; v <= target; v++) {
                for (String sql : statements(MIGRATIONS.get(v - 1))) {
                    st.executeUpdate(sql);
                }
            }
            st.executeUpdate("PRAGMA application_id = " + APPLICATION_ID);
            st.executeUpdate("PRAGMA user_version = " + target);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static boolean hasTables(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement();
             var rs = st.executeQuery("SELECT count(*) FROM sqlite_master")) {
            return rs.next() && rs.getInt(1) > 0;
        }
    }

    private static int intPragma(Connection connection, String pragma) throws SQLException {
        try (Statement st = connection.createStatement(); var rs = st.executeQuery("PRAGMA " + pragma)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** The statements of one migration file: split on ';' at line ends, comment lines dropped. */
    static List<String> statements(String migration) {
        String text;
        try (InputStream in = SchemaMigrator.class.getResourceAsStream("migrations/" + migration)) {
            if (in == null) {
                throw new IllegalStateException("missing migration " + migration);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration " + migration, e);
        }
        StringBuilder sql = new StringBuilder();
        for (String line : text.split("\n")) {
            if (!line.strip().startsWith("--")) {
                sql.append(line).append('\n');
            }
        }
        return java.util.Arrays.stream(sql.toString().split(";\\s*\n"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
