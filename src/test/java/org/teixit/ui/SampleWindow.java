package org.teixit.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javafx.stage.Stage;
import org.teixit.service.MapFiles;
import org.teixit.service.MapSession;

/** The main window on an editable copy of the bundled sample, in a scratch home: the UI tests' set-up. */
final class SampleWindow {
    final Path home;
    final AppState state = new AppState();
    final MainWindow window;

    /** Opens the sample in a window on {@code stage} (not shown yet); {@code name} names the scratch home. */
    SampleWindow(Stage stage, String name) throws IOException {
        home = Files.createTempDirectory(name);
        MapFiles files = new MapFiles(home);
        window = new MainWindow(stage, state, files, new RecentFiles(home.resolve("recent.txt")));
        window.open(MapSession.open(files.sampleStore()));
    }

    /** Closes the map's store (tests' clean-up). */
    void close() {
        if (state.session() != null) {
            state.session().close();
        }
    }
}
