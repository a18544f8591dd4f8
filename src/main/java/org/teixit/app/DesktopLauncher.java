package org.teixit.app;

import javafx.application.Application;

/** Starts the JavaFX application; kept apart so the headless CLI never loads a JavaFX class. */
public final class DesktopLauncher {
    private DesktopLauncher() {
    }

    public static void launch(String[] args) {
        Application.launch(TeixitApp.class, args);
    }
}
