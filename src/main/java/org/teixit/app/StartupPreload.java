package org.teixit.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.teixit.render.MapRenderer;
import org.teixit.render.RenderOptions;
import org.teixit.service.MapFiles;
import org.teixit.service.MapSession;
import org.teixit.style.Theme;
import org.teixit.task.Progress;
import org.teixit.ui.RecentFiles;

/**
 * Work that can start before JavaFX is up: opening the map's store and warming Java2D's fonts by drawing
 * it once off screen. JavaFX takes over a second to start; doing this alongside it gets the map on screen
 * sooner. The launcher starts it; the application takes the result once.
 */
final class StartupPreload {
    /** The opened map, and the file the user asked for (empty when it is the sample or the last map). */
    record Loaded(MapSession session, Optional<Path> requested) {
    }

    private static volatile CompletableFuture<Loaded> pending;

    private StartupPreload() {
    }

    /** Which map to open: the file on the command line, else the last one used, else the bundled sample. */
    static void start(List<String> arguments, MapFiles files, RecentFiles recent) {
        Optional<Path> requested = arguments.isEmpty() ? Optional.empty() : Optional.of(Path.of(arguments.get(0)));
        pending = CompletableFuture.supplyAsync(() -> {
            try {
                // One copy of SQLite's native library in ~/.teixit/native, not a fresh copy at every launch.
                org.teixit.store.SqliteNativeLibrary.useCacheIn(MapFiles.nativeLibraries());
                Path store = requested.isPresent() ? files.storeFor(requested.get(), Progress.NONE)
                        : recent.last().orElse(files.sampleStore());
                MapSession session = MapSession.open(store);
                new MapRenderer().renderImage(session.current(), 64, 64, RenderOptions.defaults(Theme.LIGHT));
                return new Loaded(session, requested);
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        });
    }

    /** The preloaded map, or a fresh start when nothing was started (e.g. in tests). */
    static CompletableFuture<Loaded> take(List<String> arguments, MapFiles files, RecentFiles recent) {
        CompletableFuture<Loaded> p = pending;
        pending = null;
        if (p == null) {
            start(arguments, files, recent);
            p = pending;
            pending = null;
        }
        return p;
    }
}
