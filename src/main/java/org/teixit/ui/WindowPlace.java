package org.teixit.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javafx.geometry.Rectangle2D;
import org.teixit.io.AtomicFile;

/**
 * Where and how large the window was when it last closed ({@code ~/.teixit/window.txt}: "x y width height
 * maximised"), so that it opens there again: on a projector's screen as the facilitator left it. A place
 * that no screen shows any more (a projector unplugged) is not used; a size larger than the screens is cut
 * to them. A file that cannot be read or written only loses the place.
 */
public record WindowPlace(double x, double y, double width, double height, boolean maximised) {
    static final double MIN_WIDTH = 640;
    static final double MIN_HEIGHT = 420;

    /** The place in {@code file}, if it holds one. */
    public static Optional<WindowPlace> read(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static Optional<WindowPlace> parse(String text) {
        String[] p = text.strip().split("\\s+");
        if (p.length != 5) {
            return Optional.empty();
        }
        try {
            WindowPlace place = new WindowPlace(Double.parseDouble(p[0]), Double.parseDouble(p[1]),
                    Double.parseDouble(p[2]), Double.parseDouble(p[3]), Boolean.parseBoolean(p[4]));
            boolean finite = Double.isFinite(place.x) && Double.isFinite(place.y) && Double.isFinite(place.width)
                    && Double.isFinite(place.height);
            return finite && place.width >= MIN_WIDTH && place.height >= MIN_HEIGHT ? Optional.of(place) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    String format() {
        return String.format(Locale.ROOT, "%.0f %.0f %.0f %.0f %b%n", x, y, width, height, maximised);
    }

    /** Writes this place to {@code file}; quietly does nothing where it cannot. */
    public void write(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            AtomicFile.write(file, out -> out.write(format().getBytes(StandardCharsets.UTF_8)));
        } catch (IOException | RuntimeException e) {
            // a convenience: a read-only home only means the place is not remembered
        }
    }

    /**
     * This place as it fits the screens now ({@code screens}: their visible bounds): on the screen that shows
     * its top-left corner's neighbourhood, cut to that screen; empty when no screen shows it.
     */
    public Optional<WindowPlace> onScreens(List<Rectangle2D> screens) {
        for (Rectangle2D s : screens) {
            // its title bar must be reachable: a strip at the top, 100 × 30 pixels, on this screen
            if (s.intersects(x, y, Math.min(100, width), 30)) {
                double w = Math.min(width, s.getWidth());
                double h = Math.min(height, s.getHeight());
                double nx = Math.max(s.getMinX(), Math.min(x, s.getMaxX() - w));
                double ny = Math.max(s.getMinY(), Math.min(y, s.getMaxY() - h));
                return Optional.of(new WindowPlace(nx, ny, w, h, maximised));
            }
        }
        return Optional.empty();
    }
}
