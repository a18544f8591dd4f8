package org.teixit.app;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

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
    private static final boolean TIMING = Boolean.getBoolean("teixit.startupTiming");
    private MainWindow window;

    @Override
    public void start(Stage stage) {
        timing("JavaFX started");
        MapFiles files = MapFiles.fromSystem();
        RecentFiles recent = DesktopLauncher.recentFiles();
        window = new MainWindow(stage, new AppState(), files, recent);
        timing("window built");
        CompletableFuture<StartupPreload.Loaded> preload = StartupPreload.take(getParameters().getUnnamed(), files, recent);
        // Usually the map is loaded by now (it loads while JavaFX starts): open it before the window is shown,
        // so that the first layout pass already has it and the map is drawn while the window maps.
        boolean openedEarly = preload.isDone() && !preload.isCompletedExceptionally();
        if (openedEarly) {
            open(preload.join());
        }
        stage.show();
        timing("window shown");
        if (!openedEarly) {
            preload.whenComplete((loaded, error) -> Platform.runLater(() -> {
                if (error != null) {
                    Throwable cause = error.getCause() != null ? error.getCause() : error;
                    javafx.scene.control.Alert alert = new javafx.scene.control.Alert(
                            javafx.scene.control.Alert.AlertType.ERROR, String.valueOf(cause.getMessage()));
                    alert.setHeaderText(Messages.get("error.open"));
                    alert.show();
                    return;
                }
                open(loaded);
            }));
        }
    }

    private void open(StartupPreload.Loaded loaded) {
        timing("map opened");
        // An installed image's own class archive, made once the map is up (the next start maps it).
        window.mapView().onFirstFrame(ImageArchive::makeIfMissing);
        if (TIMING) {
            window.mapView().onFirstFrame(() -> {
                timing("map on screen");
                busiestThreads();
            });
        }
        window.open(loaded.session());
    }

    /** The threads that used the most CPU time so far, for {@code -Dteixit.startupTiming=true}. */
    private static void busiestThreads() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        java.util.Arrays.stream(threads.getThreadInfo(threads.getAllThreadIds()))
                .filter(java.util.Objects::nonNull)
                .map(t -> Map.entry(t.getThreadName(), threads.getThreadCpuTime(t.getThreadId()) / 1_000_000))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(8)
                .forEach(e -> System.err.println("startup:   " + e.getValue() + " ms CPU in " + e.getKey()));
    }

    /**
     * With {@code -Dteixit.startupTiming=true}, prints how long after launch {@code phase} happened, and the
     * CPU time the JavaFX thread and the whole JVM had used by then (which a busy machine does not inflate).
     */
    private static void timing(String phase) {
        if (TIMING) {
            long fxThread = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
            long process = java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                    instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() / 1_000_000 : -1;
            System.err.println("startup: " + phase + " " + StartupArchive.sinceLaunch() + " ms after launch (CPU: "
                    + "JavaFX thread " + fxThread + " ms, JVM " + process + " ms)");
        }
    }

    /** The window (for UI tests). */
    public MainWindow window() {
        return window;
    }

}
