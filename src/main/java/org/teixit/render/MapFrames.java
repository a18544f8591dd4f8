package org.teixit.render;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

import java.util.function.BooleanSupplier;

import org.teixit.model.Ecosystem;

/**
 * The frames a map view shows, as map apps do it: a <em>full</em> frame draws everything in full detail, on an
 * image larger than the view by a margin on every side, and keeps that image; while the user pans or zooms,
 * a <em>gesture</em> frame only moves and scales the kept image to the new viewport (a blit, a few
 * milliseconds whatever the map's size) and draws the legend on top. The view asks for a new full frame
 * when the gesture pauses, and shows it when it is done.
 *
 * <p>A full frame's view (the kept image without its margin, plus the legend) is what
 * {@link MapRenderer#render(Graphics2D, Ecosystem, Viewport, double, double, RenderOptions, Highlight)} draws
 * for the same viewport: labels are placed only inside the view and the level of detail is chosen from
 * what crosses it. A gesture frame shows the margin's content where the view moved into it, and the
 * theme's background beyond it until the next full frame.
 *
 * <p>Frames are new {@code TYPE_INT_ARGB_PRE} images of the view's size in device pixels
 * ({@code ceil(width × pixelScale)}), or the frame a caller gives back once done with it. Full frames are drawn
 * one at a time (on one thread); gesture frames may be drawn on another thread meanwhile, from whichever full
 * frame was kept last.
 */
public final class MapFrames {
    /** The margin drawn around the view on every side of a full frame, as a share of the view's larger side. */
    static final double MARGIN_SHARE = 0.2;
    private final MapRenderer renderer;
    private volatile Kept kept;

    /** What a full frame was drawn from, and its image with the margin. */
    private record Kept(BufferedImage image, int margin, Viewport viewport, double width, double height,
                        Object version, Ecosystem map, RenderOptions options, Highlight highlight, Layer legend) {
    }

    /** The legend drawn alone on a transparent image, cropped to what it covers, and where it goes. */
    private record Layer(BufferedImage image, int x, int y) {
    }

    public MapFrames(MapRenderer renderer) {
        this.renderer = renderer;
    }

    /**
     * Draws a full-detail frame of {@code map} through {@code v} on a {@code width} × {@code height} view
     * (logical pixels; {@code options.pixelScale()} gives the device pixels) and keeps it for gesture frames.
     * {@code version} identifies what is drawn (compared by identity in {@link #canMove}): the map, or
     * whatever the caller derives it from.
     */
    public BufferedImage full(Ecosystem map, Object version, Viewport v, double width, double height,
                              RenderOptions options, Highlight highlight) {
        return full(map, version, v, width, height, options, highlight, null);
    }

    /**
     * As {@link #full(Ecosystem, Object, Viewport, double, double, RenderOptions, Highlight)}, the frame drawn
     * into {@code into} when it has the frame's size (a frame the caller is done with), else into a new image.
     */
    public BufferedImage full(Ecosystem map, Object version, Viewport v, double width, double height,
                              RenderOptions options, Highlight highlight, BufferedImage into) {
        double s = options.pixelScale();
        int pw = devicePixels(width, s);
        int ph = devicePixels(height, s);
        int margin = (int) Math.round(MARGIN_SHARE * Math.max(pw, ph));
        double m = margin / s;
        // Two images with the margin take turns: one kept for gesture frames, the other drawn into.
        BufferedImage image = spareImage;
        if (image == null || image.getWidth() != pw + 2 * margin || image.getHeight() != ph + 2 * margin) {
            image = new BufferedImage(pw + 2 * margin, ph + 2 * margin, BufferedImage.TYPE_INT_ARGB_PRE);
        }
        synchronized (image) {
            drawFull(image, map, v, options, highlight, pw, ph, margin, m, width, height);
        }
        Kept previous = kept;
        spareImage = previous == null ? null : previous.image;
        BufferedImage frame = sized(into, pw, ph);
        Graphics2D f = frame.createGraphics();
        try {
            f.setComposite(java.awt.AlphaComposite.Src);
            f.drawImage(image.getSubimage(margin, margin, pw, ph), 0, 0, null);
            f.setComposite(java.awt.AlphaComposite.SrcOver);
            if (options.legend()) {
                f.scale(s, s);
                renderer.drawLegend(f, map, options, height);
            }
        } finally {
            f.dispose();
        }
        kept = new Kept(image, margin, v, width, height, version, map, options, highlight,
                options.legend() ? legendLayer(map, options, pw, ph, height) : null);
        return frame;
    }

    /** The margin image of the full frame before the kept one, drawn into next (only by the full-frame thread). */
    private BufferedImage spareImage;

    private static BufferedImage sized(BufferedImage into, int pw, int ph) {
        return into != null && into.getWidth() == pw && into.getHeight() == ph
                && into.getType() == BufferedImage.TYPE_INT_ARGB_PRE
                ? into : new BufferedImage(pw, ph, BufferedImage.TYPE_INT_ARGB_PRE);
    }

    private void drawFull(BufferedImage image, Ecosystem map, Viewport v, RenderOptions options, Highlight highlight,
                          int pw, int ph, int margin, double m, double width, double height) {
        double s = options.pixelScale();
        Graphics2D g = image.createGraphics();
        try {
            // Opaque to the last device pixel, so that gesture frames may copy it rather than blend it.
            g.setColor(MapRenderer.awt(options.theme().background()));
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.scale(s, s);
            renderer.draw(g, map, v.panned(m, m), (pw + 2 * margin) / s, (ph + 2 * margin) / s, options, highlight,
                    new java.awt.geom.Rectangle2D.Double(m, m, width, height));
        } finally {
            g.dispose();
        }
    }

    /**
     * Whether a gesture frame may stand in for a full frame of the same arguments: the kept frame shows the
     * same {@code version} (by identity), view size, options and highlight; only the viewport differs.
     */
    public boolean canMove(Object version, double width, double height, RenderOptions options, Highlight highlight) {
        return movable(version, width, height, options, highlight) != null;
    }

    /**
     * The kept full frame, as a token for {@link #moved(Object, Viewport, BufferedImage, BooleanSupplier)}, when a
     * gesture frame may stand in for a full frame of these arguments ({@link #canMove}); else {@code null}. A
     * caller that checks on one thread and draws on another passes the token, so that the gesture frame is made
     * from the frame it checked even if a (by then outdated) full frame is kept meanwhile.
     */
    public Object movable(Object version, double width, double height, RenderOptions options, Highlight highlight) {
        Kept k = kept;
        return k != null && k.version == version && k.width == width && k.height == height
                && k.options.equals(options) && k.highlight.equals(highlight) ? k : null;
    }

    /** Whether a full frame has been kept. */
    public boolean hasFrame() {
        return kept != null;
    }

    /** The viewport of the kept full frame, or {@code null}. */
    public Viewport keptViewport() {
        Kept k = kept;
        return k == null ? null : k.viewport;
    }

    /**
     * The gesture frame for viewport {@code v}: the kept full frame's image (margin included) moved and scaled
     * from its viewport to {@code v}, the background where it does not reach, the legend on top.
     *
     * @throws IllegalStateException when no full frame was drawn yet
     */
    public BufferedImage moved(Viewport v) {
        return moved(v, null);
    }

    /**
     * As {@link #moved(Viewport)}, drawn into {@code into} when it has the frame's size (a frame the caller is
     * done with), else into a new image; returns the image drawn into.
     */
    public BufferedImage moved(Viewport v, BufferedImage into) {
        Kept k = kept;
        if (k == null) {
            throw new IllegalStateException("no full frame to move yet");
        }
        return moved(k, v, into, () -> true);
    }

    /**
     * The gesture frame for viewport {@code v} made from {@code keptFrame} (a token from {@link #movable}), or
     * {@code null} when {@code wanted} says, once the kept image is locked, that the frame is no longer wanted:
     * the image of an older kept frame is drawn into again only for a newer full frame, which makes any
     * gesture frame asked for before it outdated.
     */
    public BufferedImage moved(Object keptFrame, Viewport v, BufferedImage into, BooleanSupplier wanted) {
        Kept k = (Kept) keptFrame;
        double s = k.options.pixelScale();
        int pw = devicePixels(k.width, s);
        int ph = devicePixels(k.height, s);
        BufferedImage frame = sized(into, pw, ph);
        Graphics2D g = frame.createGraphics();
        try {
            g.setComposite(java.awt.AlphaComposite.Src);
            g.setColor(MapRenderer.awt(k.options.theme().background()));
            g.fillRect(0, 0, pw, ph);
            // The kept image is opaque, so copying (Src) shows the same as blending and costs less. Nearest
            // neighbour: a scaled blit with bilinear filtering costs several times more in software.
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
            // A full frame being drawn never draws into the kept image; this only guards the one before it.
            synchronized (k.image) {
                if (!wanted.getAsBoolean()) {
                    return null;
                }
                g.drawImage(k.image, transform(k, v), null);
            }
            g.setComposite(java.awt.AlphaComposite.SrcOver);
            if (k.legend != null) {
                g.drawImage(k.legend.image, k.legend.x, k.legend.y, null);
            }
        } finally {
            g.dispose();
        }
        return frame;
    }

    /**
     * Where the kept image goes for viewport {@code v}, in device pixels: a layout point drawn at device pixel
     * {@code d} of the kept image (whose origin is the margin's corner) is at {@code k·d + t} in the new view,
     * with {@code k} the ratio of the scales. A pure pan is rounded to whole pixels, Java2D's fastest copy.
     */
    private static AffineTransform transform(Kept k, Viewport v) {
        double s = k.options.pixelScale();
        double m = k.margin / s;
        Viewport c = k.viewport;
        double ratio = v.scale() / c.scale();
        double tx = s * (v.offsetX() - ratio * (m + c.offsetX()));
        double ty = s * (v.offsetY() - ratio * (m + c.offsetY()));
        if (Math.abs(ratio - 1) < 1e-9) {
            return AffineTransform.getTranslateInstance(Math.round(tx), Math.round(ty));
        }
        return new AffineTransform(ratio, 0, 0, ratio, tx, ty);
    }

    private Layer legendLayer;
    private java.util.List<Object> legendKey;

    /**
     * The legend as gesture frames draw it: drawn once (again only when what it shows or where changes),
     * then only copied.
     */
    private synchronized Layer legendLayer(Ecosystem map, RenderOptions options, int pw, int ph, double height) {
        java.util.List<Object> key = java.util.Arrays.asList(map.vocabulary(), options, pw, ph, height);
        if (!key.equals(legendKey)) {
            legendLayer = drawLegendLayer(map, options, pw, ph, height);
            legendKey = key;
        }
        return legendLayer;
    }

    private Layer drawLegendLayer(Ecosystem map, RenderOptions options, int pw, int ph, double height) {
        BufferedImage layer = new BufferedImage(pw, ph, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = layer.createGraphics();
        try {
            g.scale(options.pixelScale(), options.pixelScale());
            renderer.drawLegend(g, map, options, height);
        } finally {
            g.dispose();
        }
        int[] argb = ((java.awt.image.DataBufferInt) layer.getRaster().getDataBuffer()).getData();
        int x0 = pw;
        int y0 = ph;
        int x1 = -1;
        int y1 = -1;
        for (int y = 0; y < ph; y++) {
            for (int x = 0, i = y * pw; x < pw; x++, i++) {
                if (argb[i] != 0) {
                    x0 = Math.min(x0, x);
                    x1 = Math.max(x1, x);
                    y0 = Math.min(y0, y);
                    y1 = y;
                }
            }
        }
        if (x1 < 0) {
            return null;
        }
        BufferedImage cropped = new BufferedImage(x1 - x0 + 1, y1 - y0 + 1, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D c = cropped.createGraphics();
        try {
            c.setComposite(java.awt.AlphaComposite.Src);
            c.drawImage(layer.getSubimage(x0, y0, x1 - x0 + 1, y1 - y0 + 1), 0, 0, null);
        } finally {
            c.dispose();
        }
        return new Layer(cropped, x0, y0);
    }

    private static int devicePixels(double logical, double scale) {
        return Math.max(1, (int) Math.ceil(logical * scale));
    }
}
