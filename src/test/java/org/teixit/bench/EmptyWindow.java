package org.teixit.bench;

import java.lang.management.ManagementFactory;

import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The start-up baseline of {@code bench/startup.sh}: the plainest JavaFX window (one label), started with
 * plain {@code java} on the same classpath, machine and display as Teixit. Prints when its first frame is
 * drawn, the way Teixit prints "map on screen", so that Teixit's start can be read against JavaFX's own floor.
 */
public final class EmptyWindow {
    private EmptyWindow() {
    }

    /** Kept apart from the main class, which must not extend Application (as with Teixit's own launcher). */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            StackPane root = new StackPane(new Label("Teixit"));
            root.setStyle("-fx-background-color: #e69f00"); // coloured, so bench.ScreenWatch sees it drawn
            stage.setScene(new Scene(root, 1400, 900));
            stage.show();
            new AnimationTimer() {
                private int frames;

                @Override
                public void handle(long now) {
                    if (++frames == 2) { // the first pulse after show has drawn the window
                        System.err.println("startup: window on screen "
                                + (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime())
                                + " ms after launch");
                        stop();
                    }
                }
            }.start();
        }
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }
}
