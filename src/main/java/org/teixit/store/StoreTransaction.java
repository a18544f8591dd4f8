package org.teixit.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.HashMap;
import java.util.Map;

import org.teixit.model.Actor;
import org.teixit.model.CserDimension;
import org.teixit.model.Ecosystem;
import org.teixit.model.Position;
import org.teixit.model.Term;
import org.teixit.model.Tie;
import org.teixit.model.VocabularyCategory;

/**
 * The changes one {@link EcosystemStore#write} may make. Valid only inside that call; every method
 * throws {@link TransactionFailure} on a database error, which rolls the whole transaction back.
 *
 * <p>Each SQL statement is prepared once per transaction and reused for every row it writes, so writing a
 * whole map ({@link #putAll}) costs one statement compilation per kind of row, not several per actor and tie.
 */
public final class StoreTransaction implements AutoCloseable {
    private final Connection connection;
    private final Map<String, PreparedStatement> prepared = new HashMap<>();
    /** Whether {@link #clear} ran in this transaction, so {@link #putAll} need not delete old rows first. */
    private boolean cleared;

    StoreTransaction(Connection connection) {
        this.connection = connection;
    }

    /** The statement for {@code sql}, prepared on first use in this transaction. */
    private PreparedStatement statement(String sql) throws SQLException {
        PreparedStatement ps = prepared.get(sql);
        if (ps == null) {
            ps = connection.prepareStatement(sql);
            prepared.put(sql, ps);
        }
        return ps;
    }

    /** Releases the prepared statements; called by the store when the transaction ends. */
    @Override
    public void close() {
        for (PreparedStatement ps : prepared.values()) {
            try {
                ps.close();
            } catch (SQLException ignored) {
                // the connection outlives the statement; nothing is lost
            }
        }
        prepared.clear();
    }

    /** A database error inside a transaction; the transaction is rolled back. */
    public static final class TransactionFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TransactionFailure(String what, SQLException cause) {
            super(what + ": " + cause.getMessage(), cause);
        }
    }

    public void setName(String name) {
        putMeta("name", name);
    }

    public void setDescription(String description) {
        putMeta("description", description);
    }

    private void putMeta(String key, String value) {
        run("set " + key, "INSERT INTO meta (key, value) VALUES (?, ?) "
                + "ON CONFLICT (key) DO UPDATE SET value = excluded.value", key, value == null ? "" : value);
    }

    public void putTerm(VocabularyCategory category, Term term) {
        run("add term " + term.id(), "INSERT INTO vocabulary (category, id, label, position) VALUES (?, ?, ?, "
                + "(SELECT coalesce(max(position), 0) + 1 FROM vocabulary)) "
                + "ON CONFLICT (category, id) DO UPDATE SET label = excluded.label",
                category.id(), term.id(), term.label());
    }

    /** Adds an actor, or replaces the one with the same id (keeping its place in the list). */
    public void putActor(Actor a) {
        cleared = false;
        putActor(a, false);
    }

    /** @param fresh the store holds no row of {@code a} yet (after {@link #clear}): no old rows to delete */
    private void putActor(Actor a, boolean fresh) {
        String sql = "INSERT INTO actor (id, label, kind, setting, notes, x, y, pinned, position) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, (SELECT coalesce(max(position), 0) + 1 FROM actor)) "
                + "ON CONFLICT (id) DO UPDATE SET label = excluded.label, kind = excluded.kind, "
                + "setting = excluded.setting, notes = excluded.notes, x = excluded.x, y = excluded.y, "
                + "pinned = excluded.pinned";
        try {
            PreparedStatement ps = statement(sql);
            ps.setString(1, a.id());
            ps.setString(2, a.label());
            ps.setString(3, a.kind());
            ps.setString(4, a.setting());
            ps.setString(5, a.notes());
            setPosition(ps, 6, a.position());
            ps.setInt(8, a.pinned() ? 1 : 0);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new TransactionFailure("save actor " + a.id(), e);
        }
        replaceAttributes("actor_attribute", "actor_id", a.id(), a.attributes(), fresh);
    }

    public void deleteActor(String id) {
        run("delete actor " + id, "DELETE FROM actor WHERE id = ?", id);
    }

    /** Adds a tie, or replaces the one with the same id. Both ends must already be in the store. */
    public void putTie(Tie t) {
        cleared = false;
        putTie(t, false);
    }

    /** @param fresh the store holds no row of {@code t} yet (after {@link #clear}): no old rows to delete */
    private void putTie(Tie t, boolean fresh) {
        String sql = "INSERT INTO tie (id, source, target, kind, directed, strength, stage, notes, position) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, (SELECT coalesce(max(position), 0) + 1 FROM tie)) "
                + "ON CONFLICT (id) DO UPDATE SET source = excluded.source, target = excluded.target, "
                + "kind = excluded.kind, directed = excluded.directed, strength = excluded.strength, "
                + "stage = excluded.stage, notes = excluded.notes";
        try {
            PreparedStatement ps = statement(sql);
            ps.setString(1, t.id());
            ps.setString(2, t.source());
            ps.setString(3, t.target());
            ps.setString(4, t.kind());
            ps.setInt(5, t.directed() ? 1 : 0);
            ps.setInt(6, t.strength());
            if (t.stage() == null) {
                ps.setNull(7, Types.VARCHAR);
            } else {
                ps.setString(7, t.stage().id());
            }
            ps.setString(8, t.notes());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new TransactionFailure("save tie " + t.id() + " (" + t.source() + " → " + t.target() + ")", e);
        }
        if (!fresh) {
            run("save tie dimensions", "DELETE FROM tie_dimension WHERE tie_id = ?", t.id());
        }
        try {
            PreparedStatement ps = statement(
                    "INSERT INTO tie_dimension (tie_id, dimension) VALUES (?, ?)");
            for (CserDimension d : t.dimensions()) {
                ps.setString(1, t.id());
                ps.setString(2, d.id());
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new TransactionFailure("save dimensions of tie " + t.id(), e);
        }
        replaceAttributes("tie_attribute", "tie_id", t.id(), t.attributes(), fresh);
    }

    public void deleteTie(String id) {
        run("delete tie " + id, "DELETE FROM tie WHERE id = ?", id);
    }

    /** Adds or replaces a saved view; new ones go at the end of the story. */
    public void putSavedView(org.teixit.model.SavedView view) {
        String sql = "INSERT INTO saved_view (id, position, caption, filter, centre_x, centre_y, zoom, anonymised) "
                + "VALUES (?, (SELECT coalesce(max(position), 0) + 1 FROM saved_view), ?, ?, ?, ?, ?, ?) "
                + "ON CONFLICT (id) DO UPDATE SET caption = excluded.caption, filter = excluded.filter, "
                + "centre_x = excluded.centre_x, centre_y = excluded.centre_y, zoom = excluded.zoom, "
                + "anonymised = excluded.anonymised";
        try {
            PreparedStatement ps = statement(sql);
            ps.setString(1, view.id());
            ps.setString(2, view.caption());
            ps.setString(3, FilterCodec.encode(view.filter()));
            setPosition(ps, 4, view.centre());
            ps.setDouble(6, view.zoom());
            ps.setInt(7, view.anonymised() ? 1 : 0);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new TransactionFailure("save view " + view.id(), e);
        }
    }

    public void deleteSavedView(String id) {
        run("delete view " + id, "DELETE FROM saved_view WHERE id = ?", id);
    }

    /**
     * Makes the story exactly {@code views}, in this order: the others are deleted, and positions are
     * renumbered 1, 2, 3… (story order is the {@code position} column). Reordering, renaming and deleting
     * views are all this one write.
     */
    public void replaceSavedViews(java.util.List<org.teixit.model.SavedView> views) {
        run("replace the saved views", "DELETE FROM saved_view");
        String sql = "INSERT INTO saved_view (id, position, caption, filter, centre_x, centre_y, zoom, anonymised) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            int position = 1;
            for (org.teixit.model.SavedView view : views) {
                ps.setString(1, view.id());
                ps.setInt(2, position++);
                ps.setString(3, view.caption());
                ps.setString(4, FilterCodec.encode(view.filter()));
                setPosition(ps, 5, view.centre());
                ps.setDouble(7, view.zoom());
                ps.setInt(8, view.anonymised() ? 1 : 0);
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new TransactionFailure("save the story's order", e);
        }
    }

    /** Moves actors (and sets whether they are pinned), leaving everything else as it is. */
    public void setPositions(Map<String, Position> positions, boolean pinned) {
        try {
            PreparedStatement ps = statement(
                    "UPDATE actor SET x = ?, y = ?, pinned = ? WHERE id = ?");
            for (Map.Entry<String, Position> e : positions.entrySet()) {
                setPosition(ps, 1, e.getValue());
                ps.setInt(3, pinned ? 1 : 0);
                ps.setString(4, e.getKey());
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new TransactionFailure("save positions", e);
        }
    }

    /**
     * Writes the whole of {@code ecosystem}: name, vocabulary, actors and ties. After {@link #clear} in the same
     * transaction it only inserts (an ecosystem's ids are unique, so no row can be there already).
     */
    public void putAll(Ecosystem ecosystem) {
        setName(ecosystem.name());
        setDescription(ecosystem.description());
        ecosystem.vocabulary().additions().forEach((category, terms) -> terms.forEach(t -> putTerm(category, t)));
        boolean fresh = cleared;
        ecosystem.actors().forEach(a -> putActor(a, fresh));
        ecosystem.ties().forEach(t -> putTie(t, fresh));
    }

    /** Empties the store (actors, ties, vocabulary and names). */
    public void clear() {
        try (Statement st = connection.createStatement()) {
            for (String table : new String[] {"tie_attribute", "tie_dimension", "tie", "actor_attribute", "actor",
                    "vocabulary", "meta", "saved_view"}) {
                st.executeUpdate("DELETE FROM " + table);
            }
            cleared = true;
        } catch (SQLException e) {
            throw new TransactionFailure("clear the map", e);
        }
    }

    private void replaceAttributes(String table, String ownerColumn, String ownerId, Map<String, String> attributes,
                                   boolean fresh) {
        if (!fresh) {
            run("save attributes of " + ownerId, "DELETE FROM " + table + " WHERE " + ownerColumn + " = ?", ownerId);
        }
        if (attributes.isEmpty()) {
            return;
        }
        try {
            PreparedStatement ps = statement(
                    "INSERT INTO " + table + " (" + ownerColumn + ", name, value, position) VALUES (?, ?, ?, ?)");
            int position = 0;
            for (Map.Entry<String, String> e : attributes.entrySet()) {
                ps.setString(1, ownerId);
                ps.setString(2, e.getKey());
                ps.setString(3, e.getValue());
                ps.setInt(4, position++);
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new TransactionFailure("save attributes of " + ownerId, e);
        }
    }

    private static void setPosition(PreparedStatement ps, int index, Position p) throws SQLException {
        if (p == null) {
            ps.setNull(index, Types.REAL);
            ps.setNull(index + 1, Types.REAL);
        } else {
            ps.setDouble(index, p.x());
            ps.setDouble(index + 1, p.y());
        }
    }

    private void run(String what, String sql, String... args) {
        try {
            PreparedStatement ps = statement(sql);
            for (int i = 0; i < args.length; i++) {
                ps.setString(i + 1, args[i]);
            }
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new TransactionFailure(what, e);
        }
    }
}
