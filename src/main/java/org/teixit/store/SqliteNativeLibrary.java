package org.teixit.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * sqlite-jdbc copies its native library out of its jar into the temporary folder on every launch, under a
 * new name each time, and then compares the copy with the jar's byte by byte: about a tenth of a second of
 * CPU at every start. This keeps one copy per library (size and checksum) and platform in a folder of ours and points
 * sqlite-jdbc at it ({@code org.sqlite.lib.path}, {@code org.sqlite.lib.name}). Whatever goes wrong here
 * (no such resource, a read-only folder, a copy that does not load) leaves sqlite-jdbc its own way.
 */
public final class SqliteNativeLibrary {
    static final String PATH_PROPERTY = "org.sqlite.lib.path";
    static final String NAME_PROPERTY = "org.sqlite.lib.name";
    private static final String RESOURCE_ROOT = "/org/sqlite/native/";

    private SqliteNativeLibrary() {
    }

    /**
     * Makes sure {@code folder} holds this platform's library (copying it once) and tells sqlite-jdbc to load
     * it from there; does nothing when the user already chose a library path.
     *
     * @return the library file sqlite-jdbc will load, or empty when it keeps its own way
     */
    public static Optional<Path> useCacheIn(Path folder) {
        if (System.getProperty(PATH_PROPERTY) != null) {
            return Optional.empty();
        }
        try {
            String resourceFolder = LibraryLoaderUtil.getNativeLibResourcePath();
            String name = LibraryLoaderUtil.getNativeLibName();
            if (!resourceFolder.startsWith(RESOURCE_ROOT)) {
                return Optional.empty();
            }
            // Read from sqlite-jdbc's own jar: asking the class loader would open every jar before it on the
            // class path (over a hundred, on the window's critical path).
            Path jar = Path.of(SQLiteJDBCLoader.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            try (JarFile jarFile = new JarFile(jar.toFile())) {
                JarEntry entry = jarFile.getJarEntry(resourceFolder.substring(1) + "/" + name);
                if (entry == null || entry.getSize() <= 0) {
                    return Optional.empty();
                }
                // The folder names the library's size and checksum (from the jar's index), so another
                // sqlite-jdbc gets its own copy and a good copy is never read again.
                Path dir = folder.resolve("sqlite-" + entry.getSize() + "-" + Long.toHexString(entry.getCrc()))
                        .resolve(resourceFolder.substring(RESOURCE_ROOT.length()));
                Path library = dir.resolve(name);
                if (!Files.isRegularFile(library) || Files.size(library) != entry.getSize()) {
                    try (InputStream in = jarFile.getInputStream(entry)) {
                        copy(in, dir, library);
                    }
                }
                System.setProperty(PATH_PROPERTY, dir.toString());
                System.setProperty(NAME_PROPERTY, name);
                return Optional.of(library);
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Writes beside the target and moves it in whole, so a reader never sees half a library. */
    private static void copy(InputStream in, Path dir, Path library) throws IOException {
        Files.createDirectories(dir);
        Path part = Files.createTempFile(dir, library.getFileName().toString(), ".part");
        try {
            Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
            try {
                Files.move(part, library, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(part, library, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(part);
        }
    }
}
