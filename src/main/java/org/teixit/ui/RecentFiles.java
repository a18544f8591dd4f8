package org.teixit.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

/** The maps opened lately, newest first, kept in the user's preferences; missing files drop out. */
public final class RecentFiles {
    private static final int MAX = 8;
    private final Preferences preferences;

    public RecentFiles(Preferences preferences) {
        this.preferences = preferences;
    }

    public List<Path> list() {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < MAX; i++) {
            String p = preferences.get("recent." + i, null);
            if (p != null && Files.isRegularFile(Path.of(p))) {
                out.add(Path.of(p));
            }
        }
        return out;
    }

    public void add(Path file) {
        List<Path> files = list();
        Path absolute = file.toAbsolutePath().normalize();
        files.remove(absolute);
        files.add(0, absolute);
        for (int i = 0; i < MAX; i++) {
            if (i < files.size()) {
                preferences.put("recent." + i, files.get(i).toString());
            } else {
                preferences.remove("recent." + i);
            }
        }
    }

    /** The last map used, if it still exists. */
    public java.util.Optional<Path> last() {
        List<Path> files = list();
        return files.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(files.get(0));
    }
}
