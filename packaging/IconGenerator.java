import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.imageio.ImageIO;

/**
 * Draws the Teixit app icon with Java2D and writes it in the forms jpackage wants: {@code teixit.png}
 * (256×256, Linux), {@code teixit.ico} (16–256, PNG-compressed entries, Windows) and {@code teixit.icns}
 * (16–512, PNG entries, macOS). The picture: a woven web of five actors on the app's green, the same
 * colours as the participant page's favicon.
 *
 * <p>Run from the repository root (no build needed): {@code java packaging/IconGenerator.java [outDir]}
 * (default {@code assets/icons}). The output is committed; rerun only to change the icon.
 */
public final class IconGenerator {
    private static final Color GREEN = new Color(0x1f6f5c);
    private static final Color THREAD = new Color(0xffffff);
    private static final Color NODE = new Color(0xf0a500);
    private static final Color NODE_EDGE = new Color(0x0f3d32);
    /** Actor positions on a 256 grid, and the ties between them (a woven pentagon with its star). */
    private static final double[][] NODES = {{128, 52}, {204, 108}, {176, 198}, {80, 198}, {52, 108}};
    private static final int[][] TIES = {{0, 1}, {1, 2}, {2, 3}, {3, 4}, {4, 0}, {0, 2}, {1, 3}, {2, 4}, {3, 0}, {4, 1}};

    private IconGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "assets/icons");
        Files.createDirectories(out);
        Map<Integer, byte[]> png = new LinkedHashMap<>();
        for (int size : new int[] {16, 32, 48, 64, 128, 256, 512}) {
            png.put(size, encode(draw(size)));
        }
        Files.write(out.resolve("teixit.png"), png.get(256));
        Files.write(out.resolve("teixit.ico"), ico(png, 16, 32, 48, 64, 128, 256));
        Files.write(out.resolve("teixit.icns"), icns(png));
        System.out.println("wrote teixit.png, teixit.ico, teixit.icns to " + out);
    }

    static BufferedImage draw(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.scale(size / 256.0, size / 256.0);
        g.setColor(GREEN);
        g.fill(new RoundRectangle2D.Double(8, 8, 240, 240, 56, 56));
        // small sizes get thicker threads and fewer of them, so the icon still reads at 16 px
        boolean small = size <= 32;
        g.setColor(THREAD);
        g.setStroke(new BasicStroke(small ? 16f : 9f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int i = 0; i < (small ? 5 : TIES.length); i++) {
            double[] a = NODES[TIES[i][0]];
            double[] b = NODES[TIES[i][1]];
            g.draw(new Line2D.Double(a[0], a[1], b[0], b[1]));
        }
        double r = small ? 30 : 24;
        for (double[] n : NODES) {
            Ellipse2D dot = new Ellipse2D.Double(n[0] - r, n[1] - r, 2 * r, 2 * r);
            g.setColor(NODE);
            g.fill(dot);
            g.setColor(NODE_EDGE);
            g.setStroke(new BasicStroke(small ? 6f : 4f));
            g.draw(dot);
        }
        g.dispose();
        return img;
    }

    static byte[] encode(BufferedImage img) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(img, "png", bytes);
        return bytes.toByteArray();
    }

    /** A Windows .ico whose entries are PNGs (read by Windows Vista and later, and by jpackage's WiX). */
    static byte[] ico(Map<Integer, byte[]> png, int... sizes) {
        int offset = 6 + 16 * sizes.length;
        int total = offset;
        for (int s : sizes) {
            total += png.get(s).length;
        }
        ByteBuffer b = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 0).putShort((short) 1).putShort((short) sizes.length);
        for (int s : sizes) {
            byte[] data = png.get(s);
            b.put((byte) (s >= 256 ? 0 : s)).put((byte) (s >= 256 ? 0 : s)).put((byte) 0).put((byte) 0);
            b.putShort((short) 1).putShort((short) 32).putInt(data.length).putInt(offset);
            offset += data.length;
        }
        for (int s : sizes) {
            b.put(png.get(s));
        }
        return b.array();
    }

    /** A macOS .icns with PNG entries: icp4 16, icp5 32, icp6 64, ic07 128, ic08 256, ic09 512. */
    static byte[] icns(Map<Integer, byte[]> png) {
        Map<String, Integer> types = new LinkedHashMap<>();
        types.put("icp4", 16);
        types.put("icp5", 32);
        types.put("icp6", 64);
        types.put("ic07", 128);
        types.put("ic08", 256);
        types.put("ic09", 512);
        int total = 8;
        for (int s : types.values()) {
            total += 8 + png.get(s).length;
        }
        ByteBuffer b = ByteBuffer.allocate(total).order(ByteOrder.BIG_ENDIAN);
        b.put("icns".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(total);
        types.forEach((type, s) -> {
            byte[] data = png.get(s);
            b.put(type.getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(8 + data.length).put(data);
        });
        return b.array();
    }
}
