package org.teixit.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

class SqliteNativeLibraryTest {
    @TempDir
    Path dir;
    private String pathBefore;
    private String nameBefore;

    @BeforeEach
    void keepProperties() {
        pathBefore = System.clearProperty(SqliteNativeLibrary.PATH_PROPERTY);
        nameBefore = System.clearProperty(SqliteNativeLibrary.NAME_PROPERTY);
    }

    @AfterEach
    void restoreProperties() {
        restore(SqliteNativeLibrary.PATH_PROPERTY, pathBefore);
        restore(SqliteNativeLibrary.NAME_PROPERTY, nameBefore);
    }

    @Test
    void copiesTheJarsLibraryOnceAndPointsSqliteAtIt() throws IOException {
        Path library = SqliteNativeLibrary.useCacheIn(dir).orElseThrow();

        assertTrue(library.startsWith(dir) && library.getParent().toString().contains(
                LibraryLoaderUtil.getNativeLibResourcePath().replace("/org/sqlite/native/", "")), library.toString());
        assertArrayEquals(jarsLibrary(), Files.readAllBytes(library));
        assertEquals(library.getParent().toString(), System.getProperty(SqliteNativeLibrary.PATH_PROPERTY));
        assertEquals(library.getFileName().toString(), System.getProperty(SqliteNativeLibrary.NAME_PROPERTY));

        FileTime old = FileTime.from(Instant.parse("2020-03-14T10:00:00Z"));
        Files.setLastModifiedTime(library, old);
        System.clearProperty(SqliteNativeLibrary.PATH_PROPERTY);
        assertEquals(Optional.of(library), SqliteNativeLibrary.useCacheIn(dir));
        assertEquals(old, Files.getLastModifiedTime(library), "a good copy is not written again");
        try (var files = Files.list(library.getParent())) {
            assertEquals(List.of(library), files.toList(), "no partial copies left behind");
        }
    }

    @Test
    void replacesACopyCutShort() throws IOException {
        Path library = SqliteNativeLibrary.useCacheIn(dir).orElseThrow();
        Files.write(library, new byte[] {0x7f, 'E', 'L', 'F'});
        System.clearProperty(SqliteNativeLibrary.PATH_PROPERTY);

        SqliteNativeLibrary.useCacheIn(dir);

        assertArrayEquals(jarsLibrary(), Files.readAllBytes(library));
    }

    @Test
    void leavesAPathTheUserChoseAlone() throws IOException {
        System.setProperty(SqliteNativeLibrary.PATH_PROPERTY, "/opt/my-sqlite");

        assertEquals(Optional.empty(), SqliteNativeLibrary.useCacheIn(dir));
        assertEquals("/opt/my-sqlite", System.getProperty(SqliteNativeLibrary.PATH_PROPERTY));
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void aReadOnlyFolderLeavesSqliteItsOwnWay() throws IOException {
        Path blocked = dir.resolve("a-file-not-a-folder");
        Files.writeString(blocked, "x");

        assertEquals(Optional.empty(), SqliteNativeLibrary.useCacheIn(blocked));
        assertEquals(null, System.getProperty(SqliteNativeLibrary.PATH_PROPERTY));
    }

    /**
     * In a fresh JVM, SQLite loads from the cached copy: its own temporary folder stays empty while the store
     * is open (sqlite-jdbc deletes its copies when the JVM exits, so the child looks before it does).
     */
    @Test
    void aFreshJvmOpensAStoreFromTheCachedCopy() throws Exception {
        Path cache = dir.resolve("native");
        Path sqliteTemp = Files.createDirectories(dir.resolve("sqlite-tmp"));
        Path store = dir.resolve("map.teixit");
        String javaCommand = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(javaCommand, "-cp", System.getProperty("java.class.path"),
                "-Dorg.sqlite.tmpdir=" + sqliteTemp, OpenStoreWithCache.class.getName(), cache.toString(),
                store.toString(), sqliteTemp.toString()).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(child.waitFor(60, TimeUnit.SECONDS));

        assertEquals(0, child.exitValue(), output);
        assertTrue(Files.isRegularFile(store), output);
    }

    /** The child of {@link #aFreshJvmOpensAStoreFromTheCachedCopy}. */
    static final class OpenStoreWithCache {
        public static void main(String[] args) throws IOException {
            SqliteNativeLibrary.useCacheIn(Path.of(args[0])).orElseThrow();
            try (EcosystemStore store = EcosystemStore.openOrCreate(Path.of(args[1]));
                 var extracted = Files.list(Path.of(args[2]))) {
                store.replaceAll(org.teixit.model.Ecosystem.builder("cached").build());
                List<Path> copies = extracted.toList();
                if (!copies.isEmpty()) {
                    System.out.println("sqlite-jdbc extracted its own copy: " + copies);
                    System.exit(3);
                }
            }
        }
    }

    private static byte[] jarsLibrary() throws IOException {
        String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName();
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
            return in.readAllBytes();
        }
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }
}
