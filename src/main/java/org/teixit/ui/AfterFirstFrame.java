package org.teixit.ui;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Runs set-up that the first frame does not show (a column filter's menus, name suggestions) just after the
 * node's window has laid out its first frame, so the window reaches the screen sooner.
 */
public final class AfterFirstFrame {
    private AfterFirstFrame() {
    }

    /** Runs {@code task} on the JavaFX thread once {@code node}'s scene has laid out a frame. */
    public static void run(Node node, Runnable task) {
        Scene scene = node.getScene();
        if (scene != null) {
            afterNextLayout(scene, task);
            return;
        }
        node.sceneProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> o, Scene was, Scene now) {
                if (now != null) {
                    node.sceneProperty().removeListener(this);
                    afterNextLayout(now, task);
                }
            }
        });
    }

    private static void afterNextLayout(Scene scene, Runnable task) {
        Runnable listener = new Runnable() {
            private boolean done;

            @Override
            public void run() {
                if (!done) {
                    done = true;
                    // Not from inside the pulse: the scene walks its listener list while calling this one.
                    Platform.runLater(() -> {
                        scene.removePostLayoutPulseListener(this);
                        task.run();
                    });
                }
            }
        };
        scene.addPostLayoutPulseListener(listener);
    }
}
