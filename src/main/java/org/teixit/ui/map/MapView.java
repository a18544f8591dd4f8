package org.teixit.ui.map;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;

import javafx.application.Platform;
import javafx.scene.Cursor;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.Region;
import org.teixit.layout.LayoutRunner;
import org.teixit.model.Actor;
import org.teixit.model.Ecosystem;
import org.teixit.model.Position;
import org.teixit.model.Tie;
import org.teixit.render.Highlight;
import org.teixit.render.HitTester;
import org.teixit.render.MapFrames;
import org.teixit.render.MapRenderer;
import org.teixit.render.RenderOptions;
import org.teixit.render.Viewport;
import org.teixit.style.Theme;
import org.teixit.ui.AppState;

/**
 * The map: drawn by {@link MapRenderer} with Java2D on a painter thread (never the FX thread) and shown as
 * an image. Only the newest requested frame is drawn. Drag the background to pan; wheel or pinch to zoom;
 * hover an actor to light up its ties and neighbours; click to select; drag an actor to move and pin it.
 *
 * <p>While the user pans or zooms, each frame is a {@link MapFrames#moved gesture frame}: the last full frame
 * (drawn with a margin around the view) moved and scaled, drawn on a second thread in a few milliseconds
 * whatever the map's size. When the gesture pauses for {@link #SETTLE_MILLIS} the painter draws a full frame
 * in full detail and shows it when done. Anything else that changes the picture draws a full frame at once.
 */
public final class MapView extends Region {
    private final AppState state;
    private final ImageView imageView = new ImageView();
    /** How long a pan or zoom must pause before the map is drawn again in full detail. */
    static final int SETTLE_MILLIS = 150;
    private final MapRenderer renderer = new MapRenderer();
    private final MapFrames frames = new MapFrames(renderer);
    private final ExecutorService painter = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "teixit-map-painter");
        t.setDaemon(true);
        return t;
    });
    /** Draws gesture frames, so that they never wait behind a full frame being drawn. */
    private final ExecutorService mover = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "teixit-map-mover");
        t.setDaemon(true);
        return t;
    });
    private final javafx.animation.PauseTransition settle =
            new javafx.animation.PauseTransition(javafx.util.Duration.millis(SETTLE_MILLIS));
    /**
     * During a long gesture the kept full frame is redrawn at least this often (in the background, shown only if
     * no newer frame was asked for), so that panning far or zooming out does not run into its margin.
     */
    private static final long REFRESH_DURING_GESTURE_NANOS = 400_000_000L;
    private long lastFullFrameAsked;
    private final java.util.concurrent.atomic.AtomicBoolean refreshing = new java.util.concurrent.atomic.AtomicBoolean();
    /** Frames the screen is done with, drawn into again rather than allocated anew. */
    private final java.util.concurrent.ConcurrentLinkedQueue<BufferedImage> spareFrames =
            new java.util.concurrent.ConcurrentLinkedQueue<>();
    /** Stands for what is drawn ({@code shown} and {@code livePositions}): replaced whenever either changes. */
    private Object version = new Object();
    private final AtomicLong generation = new AtomicLong();
    private Ecosystem shown = Ecosystem.empty("");
    private Map<String, Position> livePositions;
    private Viewport viewport;
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private Actor dragging;
    private boolean moved;
    private BiConsumer<String, Position> onActorDropped = (id, p) -> { };
    private final java.util.List<Runnable> firstFrameActions = new java.util.ArrayList<>();
    private boolean firstFrameDrawn;
    private boolean firstFrameSet;
    private java.util.Set<String> fresh = java.util.Set.of();
    private double pulse;
    private javafx.animation.Timeline pulseAnimation;

    public MapView(AppState state) {
        this.state = state;
        getStyleClass().add("map-view");
        getChildren().add(imageView);
        imageView.setManaged(false);
        setMinSize(200, 150);
        setFocusTraversable(true);
        widthProperty().addListener((o, was, now) -> repaint());
        heightProperty().addListener((o, was, now) -> repaint());
        state.visibleProperty().addListener((o, was, now) -> {
            boolean firstMap = shown.actorCount() == 0;
            shown = now;
            version = new Object();
            if (firstMap) {
                viewport = null;
                following = true;
            }
            repaint();
        });
        state.selectedActorProperty().addListener((o, was, now) -> repaint());
        state.selectedTieProperty().addListener((o, was, now) -> repaint());
        state.hoveredActorProperty().addListener((o, was, now) -> repaint());
        state.themeProperty().addListener((o, was, now) -> repaint());
        state.colourByProperty().addListener((o, was, now) -> repaint());
        state.anonymisedProperty().addListener((o, was, now) -> repaint());
        state.sizeByProperty().addListener((o, was, now) -> repaint());
        state.focusProperty().addListener((o, was, now) -> repaint());
        state.colourValuesProperty().addListener((o, was, now) -> repaint());
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(e.getX(), e.getY()));
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> state.hoveredActorProperty().set(null));
        addEventHandler(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() != 0 && !e.isDirect()) {
                zoom(Math.pow(1.0015, e.getDeltaY()), e.getX(), e.getY());
            } else if (e.isDirect()) {
                pan(e.getDeltaX(), e.getDeltaY());
            }
        });
        addEventHandler(ZoomEvent.ZOOM, e -> zoom(e.getZoomFactor(), e.getX(), e.getY()));
        settle.setOnFinished(e -> repaint());
    }

    /** Called when the user drops a dragged actor: its id and new position (the caller saves and pins it). */
    public void setOnActorDropped(BiConsumer<String, Position> action) {
        this.onActorDropped = action;
    }

    /**
     * Runs {@code action} once the first frame of a map with actors has been drawn and its pixels are on their
     * way to the screen (two pulses after its image was handed over, the renderer has had that frame; then
     * once the renderer has painted it); at once if that has happened.
     */
    public void onFirstFrame(Runnable action) {
        if (firstFrameDrawn) {
            action.run();
        } else {
            firstFrameActions.add(action);
        }
    }

    /** Whether a map's first frame has been drawn on screen. */
    public boolean firstFrameDrawn() {
        return firstFrameDrawn;
    }

    private void firstFrameSet() {
        firstFrameSet = true;
        new javafx.animation.AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 2) {
                    stop();
                    afterRendererCaughtUp(MapView.this::markFirstFrameDrawn);
                }
            }
        }.start();
    }

    /**
     * Runs {@code action} once the renderer has painted every frame handed to it so far and queued its pixels
     * for the screen. The renderer takes jobs in turn, so a one-pixel snapshot, which it takes after them,
     * returns only then; what {@code action} queues on the JavaFX thread (the panels, ~0.1–0.4 s of work)
     * then comes after those pixels' way to the screen instead of holding it up.
     */
    private static void afterRendererCaughtUp(Runnable action) {
        new javafx.scene.shape.Rectangle(1, 1).snapshot(done -> {
            action.run();
            return null;
        }, null, null);
    }

    private void markFirstFrameDrawn() {
        firstFrameDrawn = true;
        java.util.List<Runnable> actions = java.util.List.copyOf(firstFrameActions);
        firstFrameActions.clear();
        actions.forEach(Runnable::run);
    }

    /** Points out actors that just arrived with rings that grow and fade for a few seconds. */
    public void flash(java.util.List<String> actorIds) {
        fresh = java.util.Set.copyOf(actorIds);
        if (pulseAnimation != null) {
            pulseAnimation.stop();
        }
        javafx.beans.property.DoubleProperty phase = new javafx.beans.property.SimpleDoubleProperty(0);
        phase.addListener((o, was, now) -> {
            pulse = now.doubleValue() % 1.0;
            repaint();
        });
        pulseAnimation = new javafx.animation.Timeline(
                new javafx.animation.KeyFrame(javafx.util.Duration.ZERO, new javafx.animation.KeyValue(phase, 0)),
                new javafx.animation.KeyFrame(javafx.util.Duration.seconds(3), new javafx.animation.KeyValue(phase, 2.999)));
        pulseAnimation.setOnFinished(e -> {
            fresh = java.util.Set.of();
            repaint();
        });
        pulseAnimation.play();
    }

    /** Positions from a running layout, drawn instead of the saved ones; {@code null} to go back. */
    public void setLivePositions(Map<String, Position> positions) {
        this.livePositions = positions;
        version = new Object();
        repaint();
    }

    public void fit() {
        viewport = null;
        following = true;
        repaint();
    }

    public void zoom(double factor) {
        zoom(factor, getWidth() / 2, getHeight() / 2);
    }

    public void zoom(double factor, double x, double y) {
        if (viewport != null) {
            following = false;
            viewport = viewport.zoomed(factor, x, y);
            repaintMoved();
        }
    }

    public void pan(double dx, double dy) {
        if (viewport != null) {
            following = false;
            viewport = viewport.panned(dx, dy);
            repaintMoved();
        }
    }

    /** Moves the view so that {@code actorId} is in the middle. */
    public void centreOn(String actorId) {
        displayed().actor(actorId).filter(Actor::hasPosition).ifPresent(a -> {
            if (viewport == null) {
                viewport = fitted();
            }
            following = false;
            viewport = viewport.panned(getWidth() / 2 - viewport.screenX(a.position().x()),
                    getHeight() / 2 - viewport.screenY(a.position().y()));
            repaint();
        });
    }

    public Viewport viewport() {
        return viewport;
    }

    /** Shows {@code centre} in the middle at {@code zoom} pixels per layout unit; a null centre fits the map. */
    public void showCamera(Position centre, double zoom) {
        if (centre == null || zoom <= 0 || getWidth() < 1) {
            fit();
            return;
        }
        following = false;
        viewport = new Viewport(zoom, getWidth() / 2 - centre.x() * zoom, getHeight() / 2 + centre.y() * zoom);
        repaint();
    }

    /** The zoom of the current view, in pixels per layout unit. */
    public double zoomLevel() {
        return viewport == null ? 0 : viewport.scale();
    }

    /** The map position at the middle of the view (where new actors appear). */
    public Position centre() {
        if (viewport == null) {
            return new Position(0, 0);
        }
        return new Position(viewport.worldX(getWidth() / 2), viewport.worldY(getHeight() / 2));
    }

    private Ecosystem displayed() {
        return livePositions == null ? shown : LayoutRunner.apply(shown, livePositions);
    }

    private RenderOptions options() {
        RenderOptions o = RenderOptions.defaults(state.themeProperty().get()).withDimensions(state.filterProperty().get().dimensions())
                .withColourBy(state.colourByProperty().get()).withAnonymised(state.anonymisedProperty().get())
                .withSizeBy(state.sizeByProperty().get()).withColourValues(state.colourValuesProperty().get());
        return withLegendIfRoom(o);
    }

    /**
     * The legend only where it leaves the map half the view or more (and 300 pixels): on a
     * small window or a 1024-pixel projector the projector theme's large legend would cover half the map.
     */
    private RenderOptions withLegendIfRoom(RenderOptions o) {
        double width = getWidth();
        if (!o.legend() || width < 1) {
            return o;
        }
        if (!o.equals(legendMeasuredFor) || shown != legendMeasuredOn) { // options() runs at every pointer move
            legendWidth = renderer.legendWidth(shown, o);
            legendMeasuredFor = o;
            legendMeasuredOn = shown;
        }
        return width - legendWidth >= Math.max(300, 0.5 * width) ? o : o.withLegend(false);
    }

    private double legendWidth;
    private RenderOptions legendMeasuredFor;
    private Ecosystem legendMeasuredOn;
    /** Whether the view is the fitted one, fitted again when the view's size changes: until the user moves it. */
    private boolean following = true;
    private double fittedWidth;
    private double fittedHeight;

    private HitTester hits() {
        if (livePositions == null) {
            // The map the painter draws: its render index is already built, and looking near the pointer is quick.
            return renderer.hitTester(shown, viewport, options());
        }
        return new HitTester(displayed(), viewport, options());
    }

    private void pressed(MouseEvent e) {
        requestFocus();
        pressX = lastX = e.getX();
        pressY = lastY = e.getY();
        moved = false;
        dragging = viewport == null || e.getButton() != MouseButton.PRIMARY ? null
                : hits().actorAt(e.getX(), e.getY()).orElse(null);
    }

    private void dragged(MouseEvent e) {
        if (viewport == null) {
            return;
        }
        moved |= Math.hypot(e.getX() - pressX, e.getY() - pressY) > 3;
        if (dragging != null && moved) {
            Position p = new Position(viewport.worldX(e.getX()), viewport.worldY(e.getY()));
            dragging = dragging.withPosition(p);
            Ecosystem.Builder b = shown.toBuilder();
            b.actor(dragging);
            shown = b.build();
            version = new Object();
            setCursor(Cursor.CLOSED_HAND);
            repaint();
        } else if (dragging == null) {
            pan(e.getX() - lastX, e.getY() - lastY);
        }
        lastX = e.getX();
        lastY = e.getY();
    }

    private void released(MouseEvent e) {
        setCursor(Cursor.DEFAULT);
        if (dragging != null && moved) {
            onActorDropped.accept(dragging.id(), dragging.position());
        } else if (!moved && viewport != null) {
            HitTester h = hits();
            h.actorAt(e.getX(), e.getY()).ifPresentOrElse(a -> state.selectActor(a.id()),
                    () -> h.tieAt(e.getX(), e.getY()).ifPresentOrElse(t -> state.selectTie(t.id()), () -> {
                        state.selectActor(null);
                    }));
        }
        dragging = null;
    }

    private void hover(double x, double y) {
        if (viewport == null) {
            return;
        }
        String id = hits().actorAt(x, y).map(Actor::id).orElse(null);
        setCursor(id == null ? Cursor.DEFAULT : Cursor.HAND);
        if (!java.util.Objects.equals(id, state.hoveredActorProperty().get())) {
            state.hoveredActorProperty().set(id);
        }
    }

    private Highlight highlight(Ecosystem map) {
        String hovered = state.hoveredActorProperty().get();
        Set<String> emphasised = new HashSet<>();
        if (hovered != null && map.actor(hovered).isPresent()) {
            emphasised.add(hovered);
            for (Tie t : map.tiesOf(hovered)) {
                emphasised.add(t.otherEnd(hovered));
            }
        }
        AppState.Focus focus = state.focusProperty().get();
        if (emphasised.isEmpty() && !focus.actors().isEmpty()) {
            emphasised.addAll(focus.actors());
        }
        return new Highlight(state.selectedActorProperty().get(), state.selectedTieProperty().get(),
                hovered != null && map.actor(hovered).isPresent() ? hovered : null, emphasised, fresh, pulse,
                focus.ties());
    }

    @Override
    protected void layoutChildren() {
        imageView.relocate(0, 0);
    }

    private Viewport fitted() {
        return renderer.fitted(displayed(), getWidth(), getHeight(), options());
    }

    /** Draws a full frame: the picture changed. */
    private void repaint() {
        repaint(false);
    }

    /** Only the viewport changed (a pan or zoom): a gesture frame, and a full frame once the gesture pauses. */
    private void repaintMoved() {
        repaint(true);
    }

    private void repaint(boolean moved) {
        if (painter.isShutdown()) {
            return; // disposed: a late change (a layout stopping, an animation) has nothing left to draw on
        }
        double w = getWidth();
        double h = getHeight();
        if (w < 1 || h < 1) {
            return;
        }
        if (viewport == null || following && (w != fittedWidth || h != fittedHeight)) {
            // Fitted: and again when the view's size changes (full screen, a panel's divider, presenting),
            // until the user pans or zooms.
            viewport = fitted();
            fittedWidth = w;
            fittedHeight = h;
        }
        double scale = getScene() != null && getScene().getWindow() != null
                ? getScene().getWindow().getOutputScaleX() : 1.0;
        Ecosystem base = shown;
        Map<String, Position> live = livePositions;
        Object drawn = version;
        Viewport v = viewport;
        RenderOptions o = options();
        RenderOptions scaled = o.withPixelScale(scale);
        Highlight highlight = highlight(base);
        long frame = generation.incrementAndGet();
        Object keptFrame = moved ? frames.movable(drawn, w, h, scaled, highlight) : null;
        if (keptFrame != null) {
            mover.execute(() -> {
                if (frame == generation.get()) {
                    BufferedImage into = spareFrames.poll();
                    BufferedImage image = frames.moved(keptFrame, v, into, () -> frame == generation.get());
                    if (image != null) {
                        show(frame, image, w, h, null, true);
                    } else if (into != null) {
                        recycle(into, true);
                    }
                }
            });
            settle.playFromStart();
            if (System.nanoTime() - lastFullFrameAsked > REFRESH_DURING_GESTURE_NANOS && refreshing.compareAndSet(false, true)) {
                lastFullFrameAsked = System.nanoTime();
                painter.execute(() -> {
                    try {
                        Ecosystem map = live == null ? base : LayoutRunner.apply(base, live);
                        show(frame, frames.full(map, drawn, v, w, h, scaled, highlight, null), w, h, map, false);
                    } finally {
                        refreshing.set(false);
                    }
                });
            }
            return;
        }
        settle.stop();
        lastFullFrameAsked = System.nanoTime();
        painter.execute(() -> {
            if (frame != generation.get()) {
                return;
            }
            Ecosystem map = live == null ? base : LayoutRunner.apply(base, live);
            show(frame, frames.full(map, drawn, v, w, h, scaled, highlight, spareFrames.poll()), w, h, map, true);
        });
    }

    /**
     * Puts {@code image} on screen unless a newer frame was asked for meanwhile; a {@code spare} image is
     * kept for a next frame once its pixels are copied.
     */
    private void show(long frame, BufferedImage image, double w, double h, Ecosystem map, boolean spare) {
        int pw = image.getWidth();
        int ph = image.getHeight();
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        Platform.runLater(() -> {
            if (frame != generation.get()) {
                recycle(image, spare);
                return;
            }
            // One image on screen, written again while its size holds (the FX thread owns it): no new
            // full-size image, and its garbage, for every frame of a gesture
            WritableImage fx = imageView.getImage() instanceof WritableImage shownImage
                    && (int) shownImage.getWidth() == pw && (int) shownImage.getHeight() == ph
                    ? shownImage : new WritableImage(pw, ph);
            fx.getPixelWriter().setPixels(0, 0, pw, ph, PixelFormat.getIntArgbPreInstance(), pixels, 0, pw);
            recycle(image, spare);
            imageView.setImage(fx);
            imageView.setFitWidth(w);
            imageView.setFitHeight(h);
            if (!firstFrameSet && map != null && map.actorCount() > 0) {
                firstFrameSet();
            }
        });
    }

    private void recycle(BufferedImage image, boolean spare) {
        if (spare && spareFrames.size() < 2) {
            spareFrames.offer(image);
        }
    }

    /** Whether the last frame asked for has been drawn (for tests that wait for the screen). */
    public boolean isPainted() {
        return imageView.getImage() != null;
    }

    /** Stops the painter thread; call when the window closes. */
    public void dispose() {
        settle.stop();
        if (pulseAnimation != null) {
            pulseAnimation.stop();
        }
        painter.shutdownNow();
        mover.shutdownNow();
    }

    /** The theme the map is drawn with. */
    public Theme theme() {
        return state.themeProperty().get();
    }
}
