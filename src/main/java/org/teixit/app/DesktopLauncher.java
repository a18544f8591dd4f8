package org.teixit.app;

import javafx.application.Application;

/** Starts the JavaFX application; kept apart so the headless CLI never loads a JavaFX class. */
public final class DesktopLauncher {
    private DesktopLauncher() {
    }

    public static void launch(String[] args) {
        // The map is drawn with Java2D into images; no AWT window is ever opened, so AWT stays headless
        // and cannot fight JavaFX for the display.
        System.setProperty("java.awt.headless", "true");
        StartupPreload.start(java.util.List.of(args));
        Application.launch(TeixitApp.class, args);
    }
}
