package org.teixit.style;

/** An sRGB colour, 0–255 per channel, free of any UI toolkit. */
public record Rgb(int r, int g, int b) {
    public Rgb {
        if ((r | g | b) < 0 || r > 255 || g > 255 || b > 255) {
            throw new IllegalArgumentException("channels are 0-255: " + r + "," + g + "," + b);
        }
    }

    public static Rgb hex(String hex) {
        int v = Integer.parseInt(hex.startsWith("#") ? hex.substring(1) : hex, 16);
        return new Rgb((v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff);
    }

    public int argb() {
        return 0xff000000 | (r << 16) | (g << 8) | b;
    }

    public String toHex() {
        return String.format("#%02X%02X%02X", r, g, b);
    }
}
