package org.teixit.app;

import java.lang.management.ManagementFactory;
import java.util.prefs.Preferences;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.teixit.i18n.Messages;
import org.teixit.model.Ecosystem;
import org.teixit.ui.map.MapView;

/**
 * The window: opens the map given on the command line, else the last one used, else the bundled sample,
 * loading it in the background, and shows it. The explorer (editing, filters, tables) builds on this.
 */
public final class TeixitApp extends Application {
    private final MapView mapView = new MapView();
    private final Label status = new Label();

    @Override
    public void start(Stage stage) {
        if (Boolean.getBoolean("teixit.startupTiming")) {
            System.err.println("startup: JavaFX started " + sinceJvmStart() + " ms after JVM start");
        }
        BorderPane root = new BorderPane(mapView);
        status.getStyleClass().add("status-bar");
        root.setBottom(status);
        Scene scene = new Scene(root, 1280, 800);
        stage.setScene(scene);
        stage.setTitle(Messages.get("app.name"));
        status.setText(Messages.get("status.loading"));
        stage.setOnHidden(e -> mapView.dispose());
        stage.show();

        MapSource source = new MapSource(Preferences.userNodeForPackage(TeixitApp.class));
        StartupPreload.take(getParameters().getUnnamed()).whenComplete((loaded, error) -> Platform.runLater(() -> {
            if (error != null) {
                Throwable cause = error.getCause() != null ? error.getCause() : error;
                status.setText(Messages.get("status.failed", cause.getMessage()));
                return;
            }
            Ecosystem map = loaded.map();
            loaded.file().ifPresent(source::remember);
            stage.setTitle(Messages.get("window.title", map.name()));
            status.setText(Messages.get("status.counts", map.actorCount(), map.tieCount()));
            if (Boolean.getBoolean("teixit.startupTiming")) {
                System.err.println("startup: map loaded " + sinceJvmStart() + " ms after JVM start");
                mapView.setOnFirstFrame(() -> System.err.println("startup: map on screen " + sinceJvmStart()
                        + " ms after JVM start"));
            }
            mapView.show(map);
        }));
    }

    private static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    @Override
    public void stop() {
        mapView.dispose();
        Platform.exit();
    }
}
