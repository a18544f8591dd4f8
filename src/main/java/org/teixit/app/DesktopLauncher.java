package org.teixit.app;

import java.util.List;

import javafx.application.Application;
import org.teixit.service.MapFiles;
import org.teixit.ui.RecentFiles;

/** Starts the JavaFX application; kept apart so the headless CLI never loads a JavaFX class. */
public final class DesktopLauncher {
    private DesktopLauncher() {
    }

    public static void launch(String[] args) {
        java.util.Optional<List<String>> relaunch = StartupArchive.relaunchCommand("org.teixit.Launcher", args);
        if (relaunch.isPresent()) {
            java.util.Optional<Integer> code = StartupArchive.run(relaunch.get());
            if (code.isPresent()) {
                System.exit(code.get());
            }
        }
        // The map is drawn with Java2D into images; no AWT window is ever opened, so AWT stays headless
        // and cannot fight JavaFX for the display.
        System.setProperty("java.awt.headless", "true");
        StartupPreload.start(List.of(args), MapFiles.fromSystem(), recentFiles());
        KnownJavaFxWarning.hide();
        Application.launch(TeixitApp.class, args);
    }

    static RecentFiles recentFiles() {
        return new RecentFiles(MapFiles.fromSystem().home().resolve("recent.txt"));
    }
}
