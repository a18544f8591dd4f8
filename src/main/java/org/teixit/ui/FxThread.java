package org.teixit.ui;

import javafx.application.Platform;

/** The one place that moves work onto the FX thread. */
public final class FxThread {
    private FxThread() {
    }

    public static void run(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }
}
