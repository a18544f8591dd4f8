package org.teixit.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window opens where it was left: kept in a small file, fitted to the screens there are now. */
class WindowPlaceTest {
    @TempDir
    Path home;

    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 740);
    private static final Rectangle2D PROJECTOR = new Rectangle2D(1366, 0, 1920, 1050);

    @Test
    void aPlaceIsWrittenAndReadBack() {
        Path file = home.resolve("sub/window.txt");
        WindowPlace place = new WindowPlace(1400, 20, 1800, 1000, true);
        place.write(file);
        assertEquals(Optional.of(place), WindowPlace.read(file));
    }

    @Test
    void missingDamagedOrAbsurdFilesGiveNoPlace() throws Exception {
        assertTrue(WindowPlace.read(home.resolve("none.txt")).isEmpty());
        for (String text : List.of("", "1 2 3", "a b c d true", "0 0 NaN 800 false", "0 0 10 10 false",
                "0 0 1e400 800 false", "\u0000\u0001")) {
            Path file = Files.writeString(home.resolve("w.txt"), text);
            assertTrue(WindowPlace.read(file).isEmpty(), text);
        }
    }

    @Test
    void aPlaceOnAScreenThatIsGoneIsNotUsedAndOneTooLargeIsCut() {
        WindowPlace onProjector = new WindowPlace(1500, 10, 1700, 1000, false);
        assertEquals(Optional.of(onProjector), onProjector.onScreens(List.of(LAPTOP, PROJECTOR)));
        assertTrue(onProjector.onScreens(List.of(LAPTOP)).isEmpty(), "the projector was unplugged");
        WindowPlace overTheEdge = new WindowPlace(1500, 10, 1900, 1000, false);
        assertEquals(new WindowPlace(1366 + 1920 - 1900, 10, 1900, 1000, false),
                overTheEdge.onScreens(List.of(LAPTOP, PROJECTOR)).orElseThrow(), "moved back onto the screen");

        WindowPlace huge = new WindowPlace(10, 10, 3000, 2000, false);
        WindowPlace cut = huge.onScreens(List.of(LAPTOP)).orElseThrow();
        assertEquals(new WindowPlace(0, 0, 1366, 740, false), cut);
    }
}
