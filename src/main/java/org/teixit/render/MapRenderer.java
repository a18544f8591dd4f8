package org.teixit.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.teixit.model.Actor;
import org.teixit.model.CserDimension;
import org.teixit.model.Ecosystem;
import org.teixit.model.Tie;
import org.teixit.style.Palette;
import org.teixit.style.Rgb;

/**
 * Draws ties (coloured and dashed by CSER dimension; one parallel line per dimension; width by strength;
 * arrows when directed), actors (coloured by setting, sized by number of ties) and labels that never
 * overlap (busier actors first; the rest hide). Ties of one dimension and width are batched into one path.
 * A frame reads the map's {@link RenderIndex} (built once per map snapshot) and visits only the grid cells
 * on screen; dot sizes, dot colours and the label order are kept per map and option, not redone per frame.
 */
public final class MapRenderer {
    /** More visible ties than this and the view draws one plain line per tie, without arrows. */
    static final int BUSY_TIES = 1_500;
    /** More visible ties than this and lines are drawn without anti-aliasing. */
    static final int NO_ANTIALIAS_TIES = 6_000;
    /** More actors than this and dots are drawn without outlines or anti-aliasing. */
    static final int CROWDED_ACTORS = 3_000;
    /** At most this many labels are tried (busiest actors first); the rest would collide anyway. */
    static final int LABEL_CANDIDATES = 200;
    private final Legend legend = new Legend();

    /** Renders into a new ARGB image of {@code width} × {@code height} pixels, fitting the whole map. */
    public BufferedImage renderImage(Ecosystem ecosystem, int width, int height, RenderOptions options) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        try {
            double s = options.pixelScale();
            g.scale(s, s);
            render(g, ecosystem, fitted(ecosystem, width / s, height / s, options), width / s, height / s, options);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Renders in logical pixels onto {@code g}, whose transform already carries any HiDPI scale. */
    public void render(Graphics2D g, Ecosystem ecosystem, Viewport v, double width, double height,
                       RenderOptions options) {
        render(g, ecosystem, v, width, height, options, Highlight.NONE);
    }

    /** As {@link #render(Graphics2D, Ecosystem, Viewport, double, double, RenderOptions)}, with a selection. */
    public void render(Graphics2D g, Ecosystem ecosystem, Viewport v, double width, double height,
                       RenderOptions options, Highlight highlight) {
        draw(g, ecosystem, v, width, height, options, highlight, new Rectangle2D.Double(0, 0, width, height));
        if (options.legend()) {
            drawLegend(g, ecosystem, options, height);
        }
    }

    /** Draws the legend in the bottom-left corner of a {@code height}-tall frame, as {@code render} does. */
    void drawLegend(Graphics2D g, Ecosystem ecosystem, RenderOptions options, double height) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        legend.draw(g, options, new SettingColours(ecosystem, options.colourBy()), height);
    }

    /**
     * Draws the map without its legend onto a {@code width} × {@code height} area whose part {@code view} is
     * what the user sees: labels are placed only inside {@code view}, and the level of detail is chosen from
     * what crosses it, so that {@code view} looks exactly as a render of that area alone would.
     */
    void draw(Graphics2D g, Ecosystem ecosystem, Viewport v, double width, double height, RenderOptions options,
              Highlight highlight, Rectangle2D view) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(awt(options.theme().background()));
        g.fill(new Rectangle2D.Double(0, 0, width, height));
        RenderIndex index = indexFor(ecosystem);
        Sized sized = sizedFor(index, options);
        SettingColours settings = new SettingColours(ecosystem, options.colourBy());
        Rectangle2D screen = new Rectangle2D.Double(-50, -50, width + 100, height + 100);
        Rectangle2D lodScreen = new Rectangle2D.Double(view.getX() - 50, view.getY() - 50, view.getWidth() + 100,
                view.getHeight() + 100);
        drawTies(g, index, v, options, sized, highlight, screen, lodScreen);
        drawActors(g, index, v, options, sized, settings, highlight, screen);
        if (options.labels()) {
            drawLabels(g, index, v, options, sized, settings, view, highlight);
        }
    }

    private RenderIndex index;
    private Sized sized;

    /** The render index of {@code map}, built once per map snapshot. */
    private synchronized RenderIndex indexFor(Ecosystem map) {
        index = RenderIndex.of(map, index);
        return index;
    }

    /**
     * Dot sizes and the order labels are tried in (busiest first), computed once per map and size choice
     * rather than every frame.
     */
    private synchronized Sized sizedFor(RenderIndex map, RenderOptions options) {
        if (sized == null || sized.index != map || !java.util.Objects.equals(sized.sizeBy, options.sizeBy())
                || sized.nodeScale != options.theme().nodeScale()) {
            // A map that only moved (a layout running) keeps its sizes and label order.
            sized = sized != null && sized.sizeBy == options.sizeBy() && sized.nodeScale == options.theme().nodeScale()
                    && sized.sameActorsAndTies(map) ? sized.movedTo(map) : new Sized(map, options);
        }
        return sized;
    }

    /** Each actor's dot radius and the actors in label-importance order (larger dots first, then by label). */
    static final class Sized {
        final RenderIndex index;
        final Map<String, Double> sizeBy;
        final double nodeScale;
        final double[] radius;
        final int[] labelOrder;
        final double maxRadius;

        Sized(RenderIndex index, RenderOptions options) {
            this.index = index;
            this.sizeBy = options.sizeBy();
            this.nodeScale = options.theme().nodeScale();
            int n = index.actorCount();
            radius = new double[n];
            double scale = options.theme().nodeScale();
            if (sizeBy == null) {
                for (int i = 0; i < n; i++) {
                    radius[i] = (4 + 2.2 * Math.sqrt(index.degree[i])) * scale;
                }
            } else {
                double max = 0;
                for (int i = 0; i < n; i++) {
                    max = Math.max(max, sizeBy.getOrDefault(index.actors[i].id(), 0.0));
                }
                for (int i = 0; i < n; i++) {
                    double value = sizeBy.getOrDefault(index.actors[i].id(), 0.0);
                    double share = max > 0 && value > 0 ? Math.sqrt(value / max) : 0;
                    radius[i] = (4 + 14 * share) * scale;
                }
            }
            double biggest = 0;
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
                biggest = Math.max(biggest, radius[i]);
            }
            maxRadius = biggest;
            // Stable, as the per-frame sort it replaces: equal dots and labels keep the map's order.
            Arrays.sort(order, Comparator.comparingDouble((Integer i) -> radius[i]).reversed()
                    .thenComparing(i -> index.actors[i].label()));
            labelOrder = new int[n];
            for (int i = 0; i < n; i++) {
                labelOrder[i] = order[i];
            }
        }

        private Sized(Sized kept, RenderIndex index) {
            this.index = index;
            this.sizeBy = kept.sizeBy;
            this.nodeScale = kept.nodeScale;
            this.radius = kept.radius;
            this.labelOrder = kept.labelOrder;
            this.maxRadius = kept.maxRadius;
        }

        Sized movedTo(RenderIndex moved) {
            return new Sized(this, moved);
        }

        /** Whether {@code other} has the same actors (ids and labels, in order) and numbers of ties. */
        boolean sameActorsAndTies(RenderIndex other) {
            if (other.actorCount() != index.actorCount() || other.tieCount() != index.tieCount()) {
                return false;
            }
            for (int i = 0; i < other.actorCount(); i++) {
                Actor a = other.actors[i];
                Actor b = index.actors[i];
                if (a != b && (!a.id().equals(b.id()) || !a.label().equals(b.label()))
                        || other.degree[i] != index.degree[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * A hit tester for {@code map} through {@code v} that shares this renderer's index of the map and dot
     * sizes (built once per map snapshot, as for drawing) and looks only near the pointer: for pointer events
     * on the map this renderer draws.
     */
    public HitTester hitTester(Ecosystem map, Viewport v, RenderOptions options) {
        RenderIndex indexed = indexFor(map);
        return new HitTester(indexed, sizedFor(indexed, options), v);
    }

    /**
     * The viewport that shows the whole map in a {@code width} × {@code height} frame, clear of the legend
     * when that leaves the map 300 pixels or more (the window and the pictures alike).
     */
    public Viewport fitted(Ecosystem map, double width, double height, RenderOptions options) {
        double legendWidth = legendWidth(map, options);
        if (width - legendWidth < 300) {
            legendWidth = 0;
        }
        return Viewport.fit(map.actors(), width - legendWidth, height, 60).panned(legendWidth, 0);
    }

    /** How much room on the left the legend takes, in logical pixels, so views can fit the map beside it. */
    public double legendWidth(Ecosystem ecosystem, RenderOptions options) {
        if (!options.legend()) {
            return 0;
        }
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = scratch.createGraphics();
        try {
            return legend.width(g, options, new SettingColours(ecosystem, options.colourBy())) + 12;
        } finally {
            g.dispose();
        }
    }

    public static Map<String, Integer> degrees(Ecosystem e) {
        Map<String, Integer> degree = new HashMap<>();
        e.actors().forEach(a -> degree.put(a.id(), 0));
        e.ties().forEach(t -> {
            degree.merge(t.source(), 1, Integer::sum);
            if (!t.isLoop()) {
                degree.merge(t.target(), 1, Integer::sum);
            }
        });
        return degree;
    }

    private static double lineWidth(int strength, RenderOptions options) {
        return (0.6 + 0.5 * strength) * options.theme().lineScale();
    }

    private void drawTies(Graphics2D g, RenderIndex e, Viewport v, RenderOptions options, Sized sizes,
                          Highlight highlight, Rectangle2D screen, Rectangle2D lodScreen) {
        java.awt.Composite normal = g.getComposite();
        if (!highlight.emphasised().isEmpty()) {
            g.setComposite(java.awt.AlphaComposite.getInstance(java.awt.AlphaComposite.SRC_OVER, 0.15f));
        }
        int selected = highlight.selectedTie() == null ? -1 : e.tie(highlight.selectedTie());
        strokeTies(g, e, v, options, sizes, screen, lodScreen, null);
        g.setComposite(normal);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        if (!highlight.emphasised().isEmpty() || selected >= 0 || !highlight.focusTies().isEmpty()) {
            // The hovered actor's ties, the selected tie and the ties in focus, drawn again at full strength.
            long[] focus = new long[(e.tieCount() + 63) >>> 6];
            boolean any = false;
            int hovered = highlight.hoveredActor() == null ? -1 : e.actor(highlight.hoveredActor());
            if (hovered >= 0) {
                for (int t = 0; t < e.tieCount(); t++) {
                    if (e.source[t] == hovered || e.target[t] == hovered) {
                        focus[t >>> 6] |= 1L << t;
                        any = true;
                    }
                }
            }
            if (selected >= 0) {
                focus[selected >>> 6] |= 1L << selected;
                any = true;
            }
            for (String id : highlight.focusTies()) {
                int t = e.tie(id);
                if (t >= 0) {
                    focus[t >>> 6] |= 1L << t;
                    any = true;
                }
            }
            if (any) {
                if (selected >= 0) {
                    drawSelectedTieHalo(g, e, v, selected, options);
                }
                strokeTies(g, e, v, options, sizes, screen, lodScreen, focus);
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            }
        }
    }

    /** Strokes the visible ties among {@code only} (every tie when {@code null}), batched by dimension and width. */
    private static void strokeTies(Graphics2D g, RenderIndex e, Viewport v, RenderOptions options, Sized sizes,
                                   Rectangle2D screen, Rectangle2D lodScreen, long[] only) {
        List<Color> arrowColours = new ArrayList<>();
        List<Shape> arrowShapes = new ArrayList<>();
        VisibleTies visible = VisibleTies.collect(e, v, VisibleTies.maskOf(options.dimensions()), screen, only);
        // Level of detail: a busy view (zoomed out on a big map) drops what nobody can see at that size —
        // parallel lines per dimension, dashes, arrow heads and anti-aliasing — and keeps colour and width.
        // It is chosen from the ties that cross the part of the frame on screen.
        int onScreen = visible.size();
        if (!lodScreen.contains(screen)) {
            onScreen = 0;
            for (int n = 0; n < visible.size(); n++) {
                if (lodScreen.intersectsLine(visible.x1(n), visible.y1(n), visible.x2(n), visible.y2(n))) {
                    onScreen++;
                }
            }
        }
        boolean busy = onScreen > BUSY_TIES;
        if (onScreen > NO_ANTIALIAS_TIES) {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        }
        CserDimension[][] dimensionsByMask = new CserDimension[1 << CserDimension.values().length][];
        // Count the segments of each path first, so that no path grows (and copies itself) while it is built.
        int dimensionCount = CserDimension.values().length;
        int[] segments = new int[(dimensionCount + 1) * 5];
        for (int n = 0; n < visible.size(); n++) {
            int strength = e.ties[visible.tie(n)].strength() - 1;
            int mask = visible.shownMask(n);
            if (mask == 0) {
                segments[dimensionCount * 5 + strength]++;
            } else if (busy) {
                segments[Integer.numberOfTrailingZeros(mask) * 5 + strength]++;
            } else {
                for (int bits = mask; bits != 0; bits &= bits - 1) {
                    segments[Integer.numberOfTrailingZeros(bits) * 5 + strength]++;
                }
            }
        }
        // Opaque one-pixel lines without anti-aliasing are drawn from float coordinates, as Java2D would copy a
        // double path into a float one for them anyway (translucent ones are drawn from the doubles).
        boolean floats = onScreen > NO_ANTIALIAS_TIES && java.awt.AlphaComposite.SrcOver.equals(g.getComposite());
        Map<CserDimension, Path2D[]> byDimension = new EnumMap<>(CserDimension.class);
        for (CserDimension d : CserDimension.values()) {
            if (hasAny(segments, d.ordinal())) {
                byDimension.put(d, newPaths(segments, d.ordinal(), floats));
            }
        }
        Path2D[] plain = newPaths(segments, dimensionCount, floats);
        for (int n = 0; n < visible.size(); n++) {
            int ti = visible.tie(n);
            Tie t = e.ties[ti];
            int mask = visible.shownMask(n);
            CserDimension[] shown = dimensionsByMask[mask];
            if (shown == null) {
                shown = VisibleTies.dimensionsOf(mask);
                dimensionsByMask[mask] = shown;
            }
            double x1 = visible.x1(n);
            double y1 = visible.y1(n);
            double x2 = visible.x2(n);
            double y2 = visible.y2(n);
            if (busy) {
                // One plain line, no arrow: nothing else to work out.
                Path2D path = shown.length == 0 ? plain[t.strength() - 1] : byDimension.get(shown[0])[t.strength() - 1];
                path.moveTo(x1, y1);
                path.lineTo(x2, y2);
                continue;
            }
            double len = Math.hypot(x2 - x1, y2 - y1);
            double nx = -(y2 - y1) / len;
            double ny = (x2 - x1) / len;
            double w = lineWidth(t.strength(), options);
            double gap = w + 1.2;
            int k = busy ? 1 : Math.max(1, shown.length);
            for (int i = 0; i < k; i++) {
                double off = (i - (k - 1) / 2.0) * gap;
                Path2D path = shown.length == 0 ? plain[t.strength() - 1]
                        : byDimension.get(shown[i])[t.strength() - 1];
                path.moveTo(x1 + nx * off, y1 + ny * off);
                path.lineTo(x2 + nx * off, y2 + ny * off);
            }
            if (t.directed() && !busy && len > 12) {
                double r = sizes.radius[e.target[ti]];
                Rgb c = shown.length == 0 ? Palette.NO_DIMENSION : Palette.dimension(shown[0]);
                arrowShapes.add(arrowHead(x1, y1, x2, y2, r, 4 + 2.5 * w));
                arrowColours.add(awt(c));
            }
        }
        for (Map.Entry<CserDimension, Path2D[]> entry : byDimension.entrySet()) {
            if (!hasPoints(entry.getValue())) {
                continue;
            }
            strokeAll(g, entry.getValue(), awt(Palette.dimension(entry.getKey())),
                    busy ? new float[0] : Palette.dash(entry.getKey()), options, busy);
        }
        strokeAll(g, plain, awt(Palette.NO_DIMENSION), new float[0], options, busy);
        for (int i = 0; i < arrowShapes.size(); i++) {
            g.setColor(arrowColours.get(i));
            g.fill(arrowShapes.get(i));
        }
    }

    private static void drawSelectedTieHalo(Graphics2D g, RenderIndex e, Viewport v, int t, RenderOptions options) {
        int a = e.source[t];
        int b = e.target[t];
        if (!e.placed(a) || !e.placed(b)) {
            return;
        }
        g.setColor(new Color(255, 200, 0, 140));
        g.setStroke(new BasicStroke((float) (lineWidth(e.ties[t].strength(), options) * 3 + 6), BasicStroke.CAP_ROUND,
                BasicStroke.JOIN_ROUND));
        g.draw(new java.awt.geom.Line2D.Double(v.screenX(e.x[a]), v.screenY(e.y[a]),
                v.screenX(e.x[b]), v.screenY(e.y[b])));
    }

    /**
     * One path per strength for a dimension (or, at {@code dimensionCount}, for ties without one), sized for
     * its segments.
     */
    private static Path2D[] newPaths(int[] segments, int dimension, boolean floats) {
        Path2D[] paths = new Path2D[5];
        for (int i = 0; i < 5; i++) {
            int capacity = Math.max(2, segments[dimension * 5 + i] * 2);
            paths[i] = floats ? new Path2D.Float(Path2D.WIND_NON_ZERO, capacity)
                    : new Path2D.Double(Path2D.WIND_NON_ZERO, capacity);
        }
        return paths;
    }

    private static boolean hasAny(int[] segments, int dimension) {
        for (int i = 0; i < 5; i++) {
            if (segments[dimension * 5 + i] > 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasPoints(Path2D[] paths) {
        for (Path2D p : paths) {
            if (p.getCurrentPoint() != null) {
                return true;
            }
        }
        return false;
    }

    /** Strokes each strength's path once; a busy view uses one-pixel lines, Java2D's fastest path. */
    private static void strokeAll(Graphics2D g, Path2D[] byStrength, Color colour, float[] dash,
                                  RenderOptions options, boolean busy) {
        g.setColor(colour);
        for (int s = 0; s < byStrength.length; s++) {
            if (byStrength[s].getCurrentPoint() == null) {
                continue;
            }
            float w = busy ? 0f : (float) lineWidth(s + 1, options);
            float[] scaled = null;
            if (dash.length > 0) {
                scaled = dash.clone();
                for (int i = 0; i < scaled.length; i++) {
                    scaled[i] *= (float) Math.max(1, options.theme().lineScale());
                }
            }
            g.setStroke(new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, scaled, 0f));
            g.draw(byStrength[s]);
        }
    }

    private static Shape arrowHead(double x1, double y1, double x2, double y2, double targetRadius, double size) {
        double angle = Math.atan2(y2 - y1, x2 - x1);
        Path2D.Double head = new Path2D.Double();
        head.moveTo(0, 0);
        head.lineTo(-size, size / 2.2);
        head.lineTo(-size, -size / 2.2);
        head.closePath();
        AffineTransform at = new AffineTransform();
        at.translate(x2 - Math.cos(angle) * (targetRadius + 1.5), y2 - Math.sin(angle) * (targetRadius + 1.5));
        at.rotate(angle);
        return at.createTransformedShape(head);
    }

    /** The actors in the grid cells overlapping {@code area} (screen pixels) grown by {@code grow} pixels. */
    private static long[] actorsNear(RenderIndex e, Viewport v, Rectangle2D area, double grow) {
        return e.actorsNear(v.worldX(area.getMinX() - grow), v.worldY(area.getMaxY() + grow),
                v.worldX(area.getMaxX() + grow), v.worldY(area.getMinY() - grow));
    }

    private void drawActors(Graphics2D g, RenderIndex e, Viewport v, RenderOptions options,
                            Sized sizes, SettingColours settings, Highlight highlight,
                            Rectangle2D screen) {
        java.awt.Composite normal = g.getComposite();
        java.awt.Composite faint = java.awt.AlphaComposite.getInstance(java.awt.AlphaComposite.SRC_OVER, 0.25f);
        Color outline = awt(options.theme().background());
        g.setStroke(new BasicStroke((float) (1.5 * options.theme().lineScale())));
        boolean crowded = e.actorCount() > CROWDED_ACTORS;
        if (crowded) {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        }
        long[] near = actorsNear(e, v, screen, 1);
        int count = e.actorCount();
        boolean dimming = !highlight.emphasised().isEmpty();
        Color[] colours = coloursFor(e, options, settings);
        for (int i = RenderIndex.next(near, 0, count); i >= 0; i = RenderIndex.next(near, i + 1, count)) {
            if (!e.placed(i)) {
                continue;
            }
            Actor a = e.actors[i];
            double r = sizes.radius[i];
            double cx = v.screenX(e.x[i]);
            double cy = v.screenY(e.y[i]);
            if (!screen.contains(cx, cy)) {
                continue;
            }
            Ellipse2D.Double dot = new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
            g.setComposite(dimming && highlight.dims(a.id()) ? faint : normal);
            g.setColor(colours[i]);
            g.fill(dot);
            if (!crowded) {
                g.setColor(outline);
                g.draw(dot);
            }
            if (a.id().equals(highlight.selectedActor())) {
                g.setColor(awt(options.theme().text()));
                g.setStroke(new BasicStroke((float) (2.5 * options.theme().lineScale())));
                g.draw(new Ellipse2D.Double(cx - r - 4, cy - r - 4, 2 * r + 8, 2 * r + 8));
                g.setStroke(new BasicStroke((float) (1.5 * options.theme().lineScale())));
            }
            if (highlight.fresh().contains(a.id())) {
                float alpha = (float) Math.max(0, 1 - highlight.pulse());
                g.setColor(new Color(1f, 0.78f, 0f, alpha));
                g.setStroke(new BasicStroke((float) (3 * options.theme().lineScale())));
                double grow = r + 4 + 26 * highlight.pulse();
                g.draw(new Ellipse2D.Double(cx - grow, cy - grow, 2 * grow, 2 * grow));
                g.setStroke(new BasicStroke((float) (1.5 * options.theme().lineScale())));
            }
            if (a.pinned()) {
                g.setColor(outline);
                g.fill(new Ellipse2D.Double(cx - r / 3, cy - r / 3, 2 * r / 3, 2 * r / 3));
            }
        }
        g.setComposite(normal);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    }

    private Color[] actorColours;
    private RenderIndex colouredIndex;
    private org.teixit.model.VocabularyCategory colouredBy;
    private Map<String, Double> colouredValues;

    /** Each actor's dot colour, kept per map and colour choice rather than looked up every frame. */
    private synchronized Color[] coloursFor(RenderIndex e, RenderOptions options, SettingColours settings) {
        if (actorColours == null || colouredIndex != e || colouredBy != options.colourBy()
                || colouredValues != options.colourValues()) {
            double colourMax = options.colourValues() == null ? 1
                    : Math.max(1e-12, options.colourValues().values().stream().mapToDouble(Double::doubleValue).max().orElse(1));
            Map<Rgb, Color> byRgb = new HashMap<>();
            Color[] colours = new Color[e.actorCount()];
            for (int i = 0; i < colours.length; i++) {
                Actor a = e.actors[i];
                colours[i] = byRgb.computeIfAbsent(options.colourValues() == null ? settings.of(a)
                        : Palette.scale(options.colourValues().getOrDefault(a.id(), 0.0) / colourMax), MapRenderer::awt);
            }
            actorColours = colours;
            colouredIndex = e;
            colouredBy = options.colourBy();
            colouredValues = options.colourValues();
        }
        return actorColours;
    }

    private void drawLabels(Graphics2D g, RenderIndex e, Viewport v, RenderOptions options,
                            Sized sizes, SettingColours settings, Rectangle2D view, Highlight highlight) {
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, options.theme().labelPoints());
        double left = view.getMinX();
        double top = view.getMinY();
        double right = view.getMaxX();
        double bottom = view.getMaxY();
        OccupiedAreas taken = new OccupiedAreas(view);
        long[] near = actorsNear(e, v, view, sizes.maxRadius + 1);
        int count = e.actorCount();
        for (int i = RenderIndex.next(near, 0, count); i >= 0; i = RenderIndex.next(near, i + 1, count)) {
            if (e.placed(i)) {
                double r = sizes.radius[i];
                double x = v.screenX(e.x[i]);
                double y = v.screenY(e.y[i]);
                if (x > left - r && y > top - r && x < right + r && y < bottom + r) {
                    taken.add(new Rectangle2D.Double(x - r, y - r, 2 * r, 2 * r));
                }
            }
        }
        if (options.legend()) {
            // The legend is drawn over the map's bottom-left corner: a label there would be hidden behind it.
            Rectangle2D key = legend.box(g, options, settings, view.getHeight());
            taken.add(new Rectangle2D.Double(view.getMinX() + key.getX(), view.getMinY() + key.getY(), key.getWidth(),
                    key.getHeight()));
        }
        BasicStroke haloStroke = new BasicStroke(options.theme().labelPoints() / 4f, BasicStroke.CAP_ROUND,
                BasicStroke.JOIN_ROUND);
        Color halo = awt(options.theme().halo());
        Color text = awt(options.theme().text());
        boolean crowded = e.actorCount() > CROWDED_ACTORS;
        int tried = 0;
        // The selected actor first, then the rest busiest first (the order is kept per map and size choice).
        int selected = highlight.selectedActor() == null ? -1 : e.actor(highlight.selectedActor());
        int[] order = sizes.labelOrder;
        for (int k = selected >= 0 ? -1 : 0; k < order.length; k++) {
            int i = k < 0 ? selected : order[k];
            if (k >= 0 && i == selected) {
                continue;
            }
            if (!e.placed(i)) {
                continue;
            }
            Actor a = e.actors[i];
            double x = v.screenX(e.x[i]);
            double y = v.screenY(e.y[i]);
            if (x < left - 200 || y < top - 50 || x > right + 200 || y > bottom + 50 || highlight.dims(a.id())) {
                continue;
            }
            if (++tried > LABEL_CANDIDATES) {
                break;
            }
            double r = sizes.radius[i];
            TextLayout layout = labelLayout(labelOf(a, e.map, options), font, g.getFontRenderContext());
            Rectangle2D bounds = layout.getBounds();
            Rectangle2D box = null;
            double tx = 0;
            double ty = 0;
            for (int place = 0; place < LABEL_PLACES && box == null; place++) {
                double[] at = labelPlace(place, x, y, r, bounds, layout);
                Rectangle2D candidate = new Rectangle2D.Double(at[0] + bounds.getX() - 2, at[1] + bounds.getY() - 2,
                        bounds.getWidth() + 4, bounds.getHeight() + 4);
                boolean inside = candidate.getMinX() >= left && candidate.getMaxX() <= right
                        && candidate.getMinY() >= top && candidate.getMaxY() <= bottom;
                if (inside && !taken.overlaps(candidate)) {
                    box = candidate;
                    tx = at[0];
                    ty = at[1];
                }
            }
            if (box == null) {
                continue;
            }
            taken.add(box);
            if (crowded) {
                // On a crowded map a soft box behind the text reads as well and costs a fraction of an outline.
                g.setColor(new Color(halo.getRed(), halo.getGreen(), halo.getBlue(), 200));
                g.fill(box);
                g.setColor(text);
                layout.draw(g, (float) tx, (float) ty);
                continue;
            }
            Shape outline = layout.getOutline(AffineTransform.getTranslateInstance(tx, ty));
            g.setColor(halo);
            g.setStroke(haloStroke);
            g.draw(outline);
            g.setColor(text);
            g.fill(outline);
        }
    }

    /** How many places a label may take around its dot (see {@link #labelPlace}). */
    private static final int LABEL_PLACES = 8;

    /**
     * Where a label's baseline starts for the {@code place}-th choice: below, above, right, left of the dot,
     * then its four diagonals (below right, below left, above right, above left).
     */
    private static double[] labelPlace(int place, double x, double y, double r, Rectangle2D bounds, TextLayout layout) {
        double centredX = x - bounds.getWidth() / 2 - bounds.getX();
        double midY = y + layout.getAscent() / 2 - layout.getDescent() / 2;
        double rightX = x + r + 4 - bounds.getX();
        double leftX = x - r - 4 - bounds.getWidth() - bounds.getX();
        double d = r * 0.7; // the dot's edge on a diagonal
        double diagonalRightX = x + d + 2 - bounds.getX();
        double diagonalLeftX = x - d - 2 - bounds.getWidth() - bounds.getX();
        double belowY = y + d + 2 + layout.getAscent();
        double aboveY = y - d - 2 - layout.getDescent();
        return switch (place) {
            case 0 -> new double[] {centredX, y + r + 3 + layout.getAscent()};
            case 1 -> new double[] {centredX, y - r - 3 - layout.getDescent()};
            case 2 -> new double[] {rightX, midY};
            case 3 -> new double[] {leftX, midY};
            case 4 -> new double[] {diagonalRightX, belowY};
            case 5 -> new double[] {diagonalLeftX, belowY};
            case 6 -> new double[] {diagonalRightX, aboveY};
            default -> new double[] {diagonalLeftX, aboveY};
        };
    }

    private final Map<String, TextLayout> labelLayouts = new HashMap<>();
    private Font labelFont;
    private java.awt.font.FontRenderContext labelContext;

    /** Laying text out is the costliest part of a label: keep each label's layout across frames. */
    private synchronized TextLayout labelLayout(String text, Font font, java.awt.font.FontRenderContext frc) {
        if (!font.equals(labelFont) || !frc.equals(labelContext) || labelLayouts.size() > 20_000) {
            labelLayouts.clear();
            labelFont = font;
            labelContext = frc;
        }
        return labelLayouts.computeIfAbsent(text, t -> new TextLayout(t.isEmpty() ? " " : t, font, frc));
    }

    /** The actor's name, or in an anonymised view its kind and setting ("Person · Family and home"). */
    static String labelOf(Actor a, Ecosystem e, RenderOptions options) {
        if (!options.anonymised()) {
            return a.label();
        }
        String kind = termName(e, org.teixit.model.VocabularyCategory.ACTOR_KIND, a.kind());
        String setting = termName(e, org.teixit.model.VocabularyCategory.SETTING, a.setting());
        String text = kind.isEmpty() ? setting : setting.isEmpty() ? kind : kind + " · " + setting;
        return text.isEmpty() ? "·" : text;
    }

    private static String termName(Ecosystem e, org.teixit.model.VocabularyCategory category, String id) {
        if (id.isEmpty()) {
            return "";
        }
        return e.vocabulary().find(category, id).map(t -> !t.label().isEmpty() ? t.label()
                : org.teixit.i18n.Messages.has(t.bundleKey(category)) ? org.teixit.i18n.Messages.get(t.bundleKey(category))
                : id).orElse(id);
    }

    static Color awt(Rgb c) {
        return new Color(c.r(), c.g(), c.b());
    }
}
