package org.teixit.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.teixit.io.ImportException;
import org.teixit.io.MapFormat;
import org.teixit.model.Ecosystem;
import org.teixit.sample.SampleEcosystem;
import org.teixit.store.EcosystemStore;
import org.teixit.task.Progress;

/**
 * Where the window keeps maps it makes for the user: the editable copy of the bundled sample, and stores
 * made from files that are not stores (a GEXF opened directly). The folder is {@code ~/.teixit/maps}, or
 * {@code <teixit.home>/maps} when the {@code teixit.home} system property is set (tests use it).
 */
public final class MapFiles {
    private final Path home;

    public MapFiles(Path home) {
        this.home = home;
    }

    public static MapFiles fromSystem() {
        String override = System.getProperty("teixit.home");
        return new MapFiles(override != null ? Path.of(override) : Path.of(System.getProperty("user.home"), ".teixit"));
    }

    public Path home() {
        return home;
    }

    /** Where native libraries are kept between launches ({@code ~/.teixit/native}). */
    public static Path nativeLibraries() {
        return fromSystem().home().resolve("native");
    }

    /** The editable sample store, written from the bundled sample the first time. */
    public Path sampleStore() throws IOException {
        Path file = maps().resolve("petits-joves-actius.teixit");
        if (!Files.exists(file)) {
            Ecosystem sample = SampleEcosystem.load();
            Path temp = maps().resolve(".sample-" + ProcessHandle.current().pid() + ".teixit");
            try (EcosystemStore store = EcosystemStore.openOrCreate(temp)) {
                store.replaceAll(sample);
            }
            try {
                Files.move(temp, file);
            } catch (java.nio.file.FileAlreadyExistsException raced) {
                Files.deleteIfExists(temp);
            }
        }
        return file;
    }

    /** A store to open for {@code file}: the file itself when it is a store, else a fresh store made from it. */
    public Path storeFor(Path file, Progress progress) throws IOException, ImportException {
        if (MapFormat.require(file) == MapFormat.STORE) {
            return file;
        }
        Ecosystem map = MapLoader.load(file, progress);
        String base = MapLoader.baseName(file);
        Path dir = maps();
        Path store = dir.resolve(Ids.fromName(base, name -> Files.exists(dir.resolve(name + ".teixit"))) + ".teixit");
        try (EcosystemStore s = EcosystemStore.openOrCreate(store)) {
            s.replaceAll(map);
        }
        return store;
    }

    private Path maps() throws IOException {
        Path dir = home.resolve("maps");
        Files.createDirectories(dir);
        return dir;
    }
}
