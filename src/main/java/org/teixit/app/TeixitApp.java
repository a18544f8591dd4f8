package org.teixit.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** Placeholder window until the explorer lands. */
public final class TeixitApp extends Application {
    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new Label("Teixit"), 800, 600));
        stage.show();
    }
}
