package org.teixit.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teixit.model.Actor;
import org.teixit.model.CserDimension;
import org.teixit.model.Ecosystem;
import org.teixit.model.PartnershipStage;
import org.teixit.model.Position;
import org.teixit.model.Term;
import org.teixit.model.Tie;
import org.teixit.model.VocabularyCategory;

class EcosystemStoreTest {
    @TempDir
    Path dir;

    static Ecosystem richEcosystem() {
        Map<String, String> attrs = new LinkedHashMap<>();
        attrs.put("email", "afa@escola.cat");
        attrs.put("members", "120");
        return Ecosystem.builder("Xarxa d'Anglesola – «primavera»")
                .description("Línia 1\nLínia 2 <b>&</b>")
                .vocabulary(org.teixit.model.Vocabulary.defaults()
                        .with(VocabularyCategory.SETTING, new Term("sports", "Esports i lleure")))
                .actor(new Actor("escola", "Escola Arnau Berenguer", "institution", "school", "Centre públic",
                        Map.of(), new Position(1.5, -2.25), true))
                .actor(new Actor("afa", "AFA — famílies", "organisation", "family", "", attrs, null, false))
                .actor(Actor.of("club", "Club Natació Palau 🏊", "organisation", "sports"))
                .tie(new Tie("t1", "escola", "afa", "collaboration", false, 4,
                        EnumSet.of(CserDimension.GOVERNANCE, CserDimension.ORIENTATION), PartnershipStage.STRATEGIC,
                        "Reunions mensuals", Map.of("since", "2019")))
                .tie(new Tie("t2", "club", "escola", "resources", true, 2, Set.of(CserDimension.FUNDS), null, "",
                        Map.of()))
                .tie(new Tie("t3", "afa", "escola", "information", true, 1, Set.of(), null, "", Map.of()))
                .build();
    }

    @Test
    void roundTripKeepsEverything() {
        Path file = dir.resolve("map.teixit");
        Ecosystem e = richEcosystem();
        try (EcosystemStore store = EcosystemStore.openOrCreate(file)) {
            store.replaceAll(e);
        }
        try (EcosystemStore store = EcosystemStore.open(file)) {
            Ecosystem loaded = store.load();
            assertEquals(e, loaded);
            assertEquals(new Position(1.5, -2.25), loaded.actor("escola").orElseThrow().position());
            assertEquals("Esports i lleure",
                    loaded.vocabulary().find(VocabularyCategory.SETTING, "sports").orElseThrow().label());
        }
    }

    @Test
    void fileIsSqliteWithWalForeignKeysAndCurrentVersion() throws Exception {
        Path file = dir.resolve("map.teixit");
        try (EcosystemStore store = EcosystemStore.openOrCreate(file)) {
            store.replaceAll(richEcosystem());
            assertEquals(SchemaMigrator.LATEST_VERSION, store.schemaVersion());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement()) {
            assertEquals("wal", string(st, "PRAGMA journal_mode"));
            assertEquals(String.valueOf(SchemaMigrator.APPLICATION_ID), string(st, "PRAGMA application_id"));
            assertEquals("3", string(st, "SELECT count(*) FROM actor"));
        }
    }

    @Test
    void replacingTheMapAgainAndEditingAfterAClearLeaveNoStrayRows() throws Exception {
        Path file = dir.resolve("again.teixit");
        Ecosystem rich = richEcosystem();
        try (EcosystemStore store = EcosystemStore.openOrCreate(file)) {
            store.replaceAll(rich);
            store.replaceAll(rich);
            assertEquals(rich, store.load());
            store.update(tx -> {
                tx.clear();
                tx.putActor(rich.actor("afa").orElseThrow());
                tx.putActor(rich.actor("escola").orElseThrow());
                tx.putTie(rich.tie("t1").orElseThrow());
                tx.putAll(rich); // afa (attributes) and t1 (dimensions) are there already: replaced, not doubled
            });
            assertEquals(rich, store.load());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement()) {
            long attributes = rich.actors().stream().mapToLong(a -> a.attributes().size()).sum();
            long dimensions = rich.ties().stream().mapToLong(t -> t.dimensions().size()).sum();
            assertEquals(String.valueOf(attributes), string(st, "SELECT count(*) FROM actor_attribute"));
            assertEquals(String.valueOf(dimensions), string(st, "SELECT count(*) FROM tie_dimension"));
        }
    }

    @Test
    void foreignKeysRefuseTiesToUnknownActorsAndCascadeDeletes() {
        try (EcosystemStore store = EcosystemStore.openOrCreate(dir.resolve("m.teixit"))) {
            store.replaceAll(richEcosystem());
            assertThrows(StoreTransaction.TransactionFailure.class,
                    () -> store.update(tx -> tx.putTie(Tie.of("t9", "escola", "nobody", "trust"))));
            store.update(tx -> tx.deleteActor("afa"));
            Ecosystem after = store.load();
            assertEquals(2, after.actorCount());
            assertEquals(1, after.tieCount(), "ties of the deleted actor go with it");
        }
    }

    @Test
    void failedTransactionChangesNothing() {
        try (EcosystemStore store = EcosystemStore.openOrCreate(dir.resolve("m.teixit"))) {
            store.replaceAll(richEcosystem());
            Ecosystem before = store.load();
            assertThrows(IllegalStateException.class, () -> store.update(tx -> {
                tx.putActor(Actor.of("new", "New actor", "", ""));
                tx.deleteTie("t1");
                tx.setName("changed");
                throw new IllegalStateException("boom");
            }));
            assertEquals(before, store.load());
        }
    }

    @Test
    void replaceAllThatFailsHalfwayKeepsTheOldMap() {
        try (EcosystemStore store = EcosystemStore.openOrCreate(dir.resolve("m.teixit"))) {
            store.replaceAll(richEcosystem());
            Ecosystem before = store.load();
            assertThrows(StoreTransaction.TransactionFailure.class, () -> store.update(tx -> {
                tx.clear();
                tx.putTie(Tie.of("x", "a", "b", "trust"));
            }));
            assertEquals(before, store.load());
        }
    }

    @Test
    void putActorUpdatesInPlaceKeepingOrder() {
        try (EcosystemStore store = EcosystemStore.openOrCreate(dir.resolve("m.teixit"))) {
            store.replaceAll(richEcosystem());
            store.update(tx -> tx.putActor(Actor.of("escola", "Escola nova", "institution", "school")));
            Ecosystem e = store.load();
            assertEquals("escola", e.actors().iterator().next().id());
            assertEquals("Escola nova", e.actor("escola").orElseThrow().label());
        }
    }

    @Test
    void setPositionsMovesAndPins() {
        try (EcosystemStore store = EcosystemStore.openOrCreate(dir.resolve("m.teixit"))) {
            store.replaceAll(richEcosystem());
            store.update(tx -> tx.setPositions(Map.of("club", new Position(7, 8)), true));
            Actor club = store.load().actor("club").orElseThrow();
            assertEquals(new Position(7, 8), club.position());
            assertTrue(club.pinned());
        }
    }

    @Test
    void version1FileOpensMigratedWithItsData() throws Exception {
        Path file = dir.resolve("old.teixit");
        Files.copy(EcosystemStoreTest.class.getResourceAsStream("v1-map.teixit"), file);
        try (EcosystemStore store = EcosystemStore.open(file)) {
            assertEquals(SchemaMigrator.LATEST_VERSION, store.schemaVersion());
            Ecosystem e = store.load();
            assertEquals("Escola i barri, curs 2019–2020", e.name());
            assertEquals(3, e.actorCount());
            assertEquals("120", e.actor("afa").orElseThrow().attributes().get("members"));
            Tie t1 = e.tie("t1").orElseThrow();
            assertEquals(EnumSet.of(CserDimension.GOVERNANCE, CserDimension.ORIENTATION), t1.dimensions());
            assertEquals(PartnershipStage.STRATEGIC, t1.stage());
            assertEquals("2018", e.tie("t2").orElseThrow().attributes().get("since"));
            assertFalse(e.actor("escola").orElseThrow().hasPosition(), "v1 had no positions");
            store.update(tx -> tx.setPositions(Map.of("escola", new Position(1, 2)), false));
            assertEquals(new Position(1, 2), store.load().actor("escola").orElseThrow().position());
        }
    }

    @Test
    void storeWrittenAtVersion1ByThisCodeMigratesToo() {
        Path file = dir.resolve("v1.teixit");
        EcosystemStore.openAtVersion(file, 1).close();
        try (EcosystemStore store = EcosystemStore.open(file)) {
            assertEquals(SchemaMigrator.LATEST_VERSION, store.schemaVersion());
        }
    }

    @Test
    void newerSchemaIsRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("future.teixit");
        try (EcosystemStore store = EcosystemStore.openOrCreate(file)) {
            store.replaceAll(richEcosystem());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement()) {
            st.execute("PRAGMA user_version = 99");
        }
        StoreException e = assertThrows(StoreException.class, () -> EcosystemStore.open(file));
        assertTrue(e.getMessage().contains("newer Teixit"), e.getMessage());
        assertTrue(e.getMessage().contains("future.teixit"), e.getMessage());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement()) {
            assertEquals("99", string(st, "PRAGMA user_version"));
            assertEquals("3", string(st, "SELECT count(*) FROM actor"));
        }
    }

    @Test
    void fileThatIsNotSqliteIsRefusedClearlyAndUnchanged() throws Exception {
        Path file = dir.resolve("notes.teixit");
        byte[] content = "these are my notes, not a database\n".repeat(200).getBytes();
        Files.write(file, content);
        StoreException e = assertThrows(StoreException.class, () -> EcosystemStore.open(file));
        assertTrue(e.getMessage().contains("not a Teixit map"), e.getMessage());
        assertTrue(java.util.Arrays.equals(content, Files.readAllBytes(file)));
    }

    @Test
    void otherSqliteDatabaseIsRefused() throws Exception {
        Path file = dir.resolve("other.teixit");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement()) {
            st.execute("CREATE TABLE accounts (id INTEGER, balance REAL)");
        }
        StoreException e = assertThrows(StoreException.class, () -> EcosystemStore.open(file));
        assertTrue(e.getMessage().contains("not a Teixit map"), e.getMessage());
    }

    @Test
    void openingAMissingFileFailsWithoutCreatingIt() {
        Path file = dir.resolve("missing.teixit");
        StoreException e = assertThrows(StoreException.class, () -> EcosystemStore.open(file));
        assertTrue(e.getMessage().contains("no such file"));
        assertFalse(Files.exists(file));
    }

    @Test
    void copyToWritesAConsistentStore() {
        Path copy = dir.resolve("copy.teixit");
        try (EcosystemStore store = EcosystemStore.openOrCreate(dir.resolve("m.teixit"))) {
            store.replaceAll(richEcosystem());
            store.copyTo(copy);
        }
        try (EcosystemStore store = EcosystemStore.open(copy)) {
            assertEquals(richEcosystem(), store.load());
        }
    }

    @Test
    void everyMigrationFileIsListed() throws Exception {
        Path dirOfMigrations = Path.of(SchemaMigrator.class.getResource("migrations").toURI());
        try (var files = Files.list(dirOfMigrations)) {
            assertEquals(Set.copyOf(SchemaMigrator.MIGRATIONS),
                    Set.copyOf(files.map(p -> p.getFileName().toString()).toList()));
        }
    }

    private static String string(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
