package org.teixit.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.prefs.Preferences;

import org.teixit.model.Ecosystem;
import org.teixit.render.MapRenderer;
import org.teixit.render.RenderOptions;
import org.teixit.sample.SampleEcosystem;
import org.teixit.service.MapLoader;
import org.teixit.style.Theme;
import org.teixit.task.Progress;

/**
 * Work that can start before JavaFX is up: reading the map and warming Java2D's fonts by drawing it once
 * off screen. JavaFX takes over a second to start; doing this alongside it gets the map on screen sooner.
 * The launcher starts it; the application takes the result once ({@link #take()}).
 */
final class StartupPreload {
    /** The map the window will open, and where it came from (empty for the bundled sample). */
    record Loaded(Optional<Path> file, Ecosystem map) {
    }

    private static volatile CompletableFuture<Loaded> pending;

    private StartupPreload() {
    }

    static void start(List<String> arguments) {
        MapSource source = new MapSource(Preferences.userNodeForPackage(TeixitApp.class));
        Optional<Path> file = source.choose(arguments);
        pending = CompletableFuture.supplyAsync(() -> {
            try {
                Ecosystem map = file.isPresent() ? MapLoader.load(file.get(), Progress.NONE) : SampleEcosystem.load();
                new MapRenderer().renderImage(map, 64, 64, RenderOptions.defaults(Theme.LIGHT));
                return new Loaded(file, map);
            } catch (Exception e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        });
    }

    /** The preloaded map, or a fresh load when nothing was started (e.g. in tests). */
    static CompletableFuture<Loaded> take(List<String> arguments) {
        CompletableFuture<Loaded> p = pending;
        pending = null;
        if (p == null) {
            start(arguments);
            p = pending;
            pending = null;
        }
        return p;
    }
}
