package org.teixit.bench;

import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Toolkit;
import java.awt.image.BufferedImage;

/**
 * The start-up benchmark's eye: watches the X display (under Xvfb) from outside the application and prints
 * the wall-clock time at which the screen first shows a drawn map, so that "on screen" means pixels on the
 * display, not a promise from inside the JVM. It reads two rows across the middle of the screen (where the
 * window has the map) every few milliseconds (a fraction of one core: reading more would slow what it
 * measures) and waits until {@code MIN_PIXELS} of them are strongly coloured: the map's ties and actors are,
 * the window's greys are not (an empty JavaFX window with an orange background is the same test's floor).
 *
 * <pre>java -cp … org.teixit.bench.ScreenWatch TIMEOUT_MS</pre>
 * prints {@code ready} once it can read the screen, then {@code drawn EPOCH_MS} (or {@code timeout}).
 */
public final class ScreenWatch {
    private static final int MIN_PIXELS = 8;
    private static final int SATURATION = 90;
    private static final long POLL_MILLIS = 15;

    private ScreenWatch() {
    }

    public static void main(String[] args) throws Exception {
        long timeout = args.length > 0 ? Long.parseLong(args[0]) : 30_000;
        java.awt.Dimension screen = Toolkit.getDefaultToolkit().getScreenSize();
        Robot robot = new Robot();
        int left = screen.width * 35 / 100;
        int width = screen.width * 35 / 100;
        // the map's middle (the window is centred; the map takes its upper middle) and the screen's
        int[] rows = {screen.height * 38 / 100, screen.height / 2};
        colouredPixels(robot, left, width, rows); // warm up before the application starts
        System.out.println("ready");
        System.out.flush();
        long end = System.currentTimeMillis() + timeout;
        while (System.currentTimeMillis() < end) {
            int coloured = colouredPixels(robot, left, width, rows);
            if (coloured >= MIN_PIXELS) {
                System.out.println("drawn " + System.currentTimeMillis()); // after the read: an upper bound
                return;
            }
            Thread.sleep(POLL_MILLIS);
        }
        System.out.println("timeout");
    }

    private static int colouredPixels(Robot robot, int left, int width, int[] rows) {
        int count = 0;
        for (int y : rows) {
            BufferedImage row = robot.createScreenCapture(new Rectangle(left, y, width, 1));
            for (int x = 0; x < width; x++) {
                int rgb = row.getRGB(x, 0);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) >= SATURATION) {
                    count++;
                }
            }
        }
        return count;
    }
}
