package org.teixit.app;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.teixit.i18n.Messages;
import org.teixit.service.MapFiles;
import org.teixit.ui.AppState;
import org.teixit.ui.MainWindow;
import org.teixit.ui.RecentFiles;

/**
 * The composition root of the window: builds the shared state and the main window, then shows the map the
 * launcher began opening in the background (the file given, else the last one used, else the sample).
 */
public final class TeixitApp extends Application {
    private MainWindow window;

    @Override
    public void start(Stage stage) {
        if (Boolean.getBoolean("teixit.startupTiming")) {
            System.err.println("startup: JavaFX started " + sinceLaunch() + " ms after launch");
        }
        MapFiles files = MapFiles.fromSystem();
        RecentFiles recent = DesktopLauncher.recentFiles();
        window = new MainWindow(stage, new AppState(), files, recent);
        if (Boolean.getBoolean("teixit.startupTiming")) {
            System.err.println("startup: window built " + sinceLaunch() + " ms after launch");
        }
        stage.show();
        if (Boolean.getBoolean("teixit.startupTiming")) {
            System.err.println("startup: window shown " + sinceLaunch() + " ms after launch");
        }
        StartupPreload.take(getParameters().getUnnamed(), files, recent).whenComplete((loaded, error) -> Platform.runLater(() -> {
            if (error != null) {
                Throwable cause = error.getCause() != null ? error.getCause() : error;
                javafx.scene.control.Alert alert = new javafx.scene.control.Alert(
                        javafx.scene.control.Alert.AlertType.ERROR, String.valueOf(cause.getMessage()));
                alert.setHeaderText(Messages.get("error.open"));
                alert.show();
                return;
            }
            if (Boolean.getBoolean("teixit.startupTiming")) {
                System.err.println("startup: map opened " + sinceLaunch() + " ms after launch");
                window.mapView().setOnFirstFrame(() -> System.err.println("startup: map on screen " + sinceLaunch()
                        + " ms after launch"));
            }
            window.open(loaded.session());
        }));
    }

    /** The window (for UI tests). */
    public MainWindow window() {
        return window;
    }

    private static long sinceLaunch() {
        return StartupArchive.sinceLaunch();
    }
}
