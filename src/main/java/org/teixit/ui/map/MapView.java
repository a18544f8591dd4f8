package org.teixit.ui.map;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import javafx.application.Platform;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.Region;
import org.teixit.model.Ecosystem;
import org.teixit.render.MapRenderer;
import org.teixit.render.RenderOptions;
import org.teixit.render.Viewport;
import org.teixit.style.Theme;

/**
 * Shows a map drawn by {@link MapRenderer} (Java2D, off the FX thread) as an image: pan by dragging,
 * zoom with the wheel or a pinch. Only the newest requested frame is drawn; older ones are dropped.
 */
public final class MapView extends Region {
    private final ImageView imageView = new ImageView();
    private final MapRenderer renderer = new MapRenderer();
    private final ExecutorService painter = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "teixit-map-painter");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong generation = new AtomicLong();
    private Ecosystem ecosystem;
    private Viewport viewport;
    private RenderOptions options = RenderOptions.defaults(Theme.LIGHT);
    private double dragX;
    private double dragY;
    private Runnable onFirstFrame;

    public MapView() {
        getStyleClass().add("map-view");
        getChildren().add(imageView);
        imageView.setManaged(false);
        setMinSize(200, 150);
        widthProperty().addListener((o, was, now) -> repaint());
        heightProperty().addListener((o, was, now) -> repaint());
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            dragX = e.getX();
            dragY = e.getY();
        });
        addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (viewport != null) {
                viewport = viewport.panned(e.getX() - dragX, e.getY() - dragY);
                dragX = e.getX();
                dragY = e.getY();
                repaint();
            }
        });
        addEventHandler(ScrollEvent.SCROLL, e -> {
            if (viewport != null && e.getDeltaY() != 0) {
                zoom(Math.pow(1.0015, e.getDeltaY()), e.getX(), e.getY());
            }
        });
        addEventHandler(ZoomEvent.ZOOM, e -> zoom(e.getZoomFactor(), e.getX(), e.getY()));
    }

    /** Runs once, when the first frame of a map is on screen. */
    public void setOnFirstFrame(Runnable action) {
        this.onFirstFrame = action;
    }

    public void show(Ecosystem map) {
        this.ecosystem = map;
        this.viewport = null;
        requestLayout();
        repaint();
    }

    public void setOptions(RenderOptions newOptions) {
        this.options = newOptions;
        repaint();
    }

    public void fit() {
        viewport = null;
        repaint();
    }

    public void zoom(double factor, double x, double y) {
        if (viewport != null) {
            viewport = viewport.zoomed(factor, x, y);
            repaint();
        }
    }

    @Override
    protected void layoutChildren() {
        imageView.relocate(0, 0);
    }

    private void repaint() {
        double w = getWidth();
        double h = getHeight();
        if (ecosystem == null || w < 1 || h < 1) {
            return;
        }
        if (viewport == null) {
            viewport = Viewport.fit(ecosystem.actors(), w, h, 60);
        }
        double scale = getScene() != null && getScene().getWindow() != null
                ? getScene().getWindow().getOutputScaleX() : 1.0;
        Ecosystem map = ecosystem;
        Viewport v = viewport;
        RenderOptions o = new RenderOptions(options.theme(), options.dimensions(), options.labels(),
                options.legend(), scale);
        long frame = generation.incrementAndGet();
        painter.execute(() -> {
            if (frame != generation.get()) {
                return;
            }
            int pw = (int) Math.ceil(w * scale);
            int ph = (int) Math.ceil(h * scale);
            BufferedImage image = new BufferedImage(pw, ph, BufferedImage.TYPE_INT_ARGB_PRE);
            java.awt.Graphics2D g = image.createGraphics();
            g.scale(scale, scale);
            renderer.render(g, map, v, w, h, o);
            g.dispose();
            int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
            Platform.runLater(() -> {
                if (frame != generation.get()) {
                    return;
                }
                WritableImage fx = new WritableImage(pw, ph);
                fx.getPixelWriter().setPixels(0, 0, pw, ph, PixelFormat.getIntArgbPreInstance(), pixels, 0, pw);
                imageView.setImage(fx);
                imageView.setFitWidth(w);
                imageView.setFitHeight(h);
                if (onFirstFrame != null) {
                    Runnable once = onFirstFrame;
                    onFirstFrame = null;
                    once.run();
                }
            });
        });
    }

    /** Stops the painter thread; call when the window closes. */
    public void dispose() {
        painter.shutdownNow();
    }
}
