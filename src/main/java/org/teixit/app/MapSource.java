package org.teixit.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;

/**
 * Which map the window opens: the file on the command line, else the last one used, else the bundled
 * sample ({@link Optional#empty()}).
 */
final class MapSource {
    private static final String LAST_FILE = "lastFile";
    private final Preferences preferences;

    MapSource(Preferences preferences) {
        this.preferences = preferences;
    }

    Optional<Path> choose(List<String> arguments) {
        if (!arguments.isEmpty()) {
            return Optional.of(Path.of(arguments.get(0)));
        }
        String last = preferences.get(LAST_FILE, null);
        if (last != null && java.nio.file.Files.isRegularFile(Path.of(last))) {
            return Optional.of(Path.of(last));
        }
        return Optional.empty();
    }

    void remember(Path file) {
        preferences.put(LAST_FILE, file.toAbsolutePath().toString());
    }
}
