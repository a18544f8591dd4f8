package org.teixit.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.teixit.io.AtomicFile;

/**
 * The maps opened lately, newest first, one path a line in a small text file ({@code ~/.teixit/recent.txt});
 * missing files drop out. (Java's preferences would parse an XML file with a DOM on every launch: ~150
 * classes and tens of milliseconds before the window could show.) A file that cannot be read or written
 * only loses the list, never the maps.
 */
public final class RecentFiles {
    private static final int MAX = 8;
    private final Path file;

    public RecentFiles(Path file) {
        this.file = file;
    }

    public List<Path> list() {
        List<Path> out = new ArrayList<>();
        for (String line : lines()) {
            try {
                Path p = Path.of(line);
                if (out.size() < MAX && !out.contains(p) && Files.isRegularFile(p)) {
                    out.add(p);
                }
            } catch (InvalidPathException e) {
                // a line this system cannot read as a path: skip it
            }
        }
        return out;
    }

    public void add(Path map) {
        List<Path> files = list();
        Path absolute = map.toAbsolutePath().normalize();
        files.remove(absolute);
        files.add(0, absolute);
        StringBuilder text = new StringBuilder();
        for (Path p : files.subList(0, Math.min(MAX, files.size()))) {
            text.append(p).append('\n');
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            AtomicFile.write(file, out -> out.write(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (IOException | RuntimeException e) {
            // the list is a convenience: a read-only home only means it is not remembered
        }
    }

    /** The last map used, if it still exists. */
    public Optional<Path> last() {
        List<Path> files = list();
        return files.isEmpty() ? Optional.empty() : Optional.of(files.get(0));
    }

    private List<String> lines() {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
