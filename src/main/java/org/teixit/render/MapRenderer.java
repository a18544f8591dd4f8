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
            double legendWidth = legendWidth(ecosystem, options);
            Viewport v = Viewport.fit(ecosystem.actors(), width / s - legendWidth, height / s, 60)
                    .panned(legendWidth, 0);
            render(g, ecosystem, v, width / s, height / s, options);
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
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(awt(options.theme().background()));
        g.fill(new Rectangle2D.Double(0, 0, width, height));
        ActorSizes sizes = sizesFor(ecosystem, options);
        SettingColours settings = new SettingColours(ecosystem, options.colourBy());
        Rectangle2D screen = new Rectangle2D.Double(-50, -50, width + 100, height + 100);
        drawTies(g, ecosystem, v, options, sizes, highlight, screen);
        drawActors(g, ecosystem, v, options, sizes, settings, highlight, screen);
        if (options.labels()) {
            drawLabels(g, ecosystem, v, options, sizes, width, height, highlight);
        }
        if (options.legend()) {
            legend.draw(g, options, settings, height);
        }
    }

    private Ecosystem sizedMap;
    private RenderOptions sizedOptions;
    private ActorSizes sizes;

    /** Dot sizes, computed once per map and size choice rather than every frame. */
    private synchronized ActorSizes sizesFor(Ecosystem map, RenderOptions options) {
        if (map != sizedMap || sizedOptions == null || options.sizeBy() != sizedOptions.sizeBy()
                || options.theme() != sizedOptions.theme()) {
            sizes = ActorSizes.of(map, options);
            sizedMap = map;
            sizedOptions = options;
        }
        return sizes;
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

    private void drawTies(Graphics2D g, Ecosystem e, Viewport v, RenderOptions options, ActorSizes sizes,
                          Highlight highlight, Rectangle2D screen) {
        java.awt.Composite normal = g.getComposite();
        if (!highlight.emphasised().isEmpty()) {
            g.setComposite(java.awt.AlphaComposite.getInstance(java.awt.AlphaComposite.SRC_OVER, 0.15f));
        }
        Tie selected = highlight.selectedTie() == null ? null : e.tie(highlight.selectedTie()).orElse(null);
        Map<CserDimension, Path2D.Double[]> byDimension = new EnumMap<>(CserDimension.class);
        Path2D.Double[] plain = newPaths();
        Path2D.Double arrows = new Path2D.Double();
        List<Color> arrowColours = new ArrayList<>();
        List<Shape> arrowShapes = new ArrayList<>();
        VisibleTies visible = VisibleTies.collect(e, v, options, screen);
        // Level of detail: a busy view (zoomed out on a big map) drops what nobody can see at that size —
        // parallel lines per dimension, dashes, arrow heads and anti-aliasing — and keeps colour and width.
        boolean busy = visible.size() > BUSY_TIES;
        if (visible.size() > NO_ANTIALIAS_TIES) {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        }
        for (int n = 0; n < visible.size(); n++) {
            Tie t = visible.tie(n);
            List<CserDimension> shown = visible.shownDimensions(n);
            double x1 = visible.x1(n);
            double y1 = visible.y1(n);
            double x2 = visible.x2(n);
            double y2 = visible.y2(n);
            double len = Math.hypot(x2 - x1, y2 - y1);
            double nx = -(y2 - y1) / len;
            double ny = (x2 - x1) / len;
            double w = lineWidth(t.strength(), options);
            double gap = w + 1.2;
            int k = busy ? 1 : Math.max(1, shown.size());
            for (int i = 0; i < k; i++) {
                double off = (i - (k - 1) / 2.0) * gap;
                Path2D.Double path = shown.isEmpty() ? plain[t.strength() - 1]
                        : byDimension.computeIfAbsent(shown.get(i), d -> newPaths())[t.strength() - 1];
                path.moveTo(x1 + nx * off, y1 + ny * off);
                path.lineTo(x2 + nx * off, y2 + ny * off);
            }
            if (t.directed() && !busy && len > 12) {
                double r = sizes.radius(t.target());
                Rgb c = shown.isEmpty() ? Palette.NO_DIMENSION : Palette.dimension(shown.get(0));
                arrowShapes.add(arrowHead(x1, y1, x2, y2, r, 4 + 2.5 * w));
                arrowColours.add(awt(c));
            }
        }
        for (Map.Entry<CserDimension, Path2D.Double[]> entry : byDimension.entrySet()) {
            strokeAll(g, entry.getValue(), awt(Palette.dimension(entry.getKey())),
                    busy ? new float[0] : Palette.dash(entry.getKey()), options, busy);
        }
        strokeAll(g, plain, awt(Palette.NO_DIMENSION), new float[0], options, busy);
        for (int i = 0; i < arrowShapes.size(); i++) {
            g.setColor(arrowColours.get(i));
            g.fill(arrowShapes.get(i));
        }
        arrows.reset();
        g.setComposite(normal);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        if (!highlight.emphasised().isEmpty() || selected != null || !highlight.focusTies().isEmpty()) {
            Ecosystem.Builder focus = Ecosystem.builder(e.name()).vocabulary(e.vocabulary());
            e.actors().forEach(focus::actor);
            e.ties().forEach(t -> {
                boolean touchesFocus = highlight.hoveredActor() != null && t.touches(highlight.hoveredActor());
                if (touchesFocus || t == selected || highlight.focusTies().contains(t.id())) {
                    focus.tie(t);
                }
            });
            Ecosystem focused = focus.build();
            if (focused.tieCount() > 0) {
                if (selected != null) {
                    drawSelectedTieHalo(g, e, v, selected, options);
                }
                drawTies(g, focused, v, options, sizes, Highlight.NONE, screen);
            }
        }
    }

    private static void drawSelectedTieHalo(Graphics2D g, Ecosystem e, Viewport v, Tie t, RenderOptions options) {
        Actor a = e.actor(t.source()).orElseThrow();
        Actor b = e.actor(t.target()).orElseThrow();
        if (a.position() == null || b.position() == null) {
            return;
        }
        g.setColor(new Color(255, 200, 0, 140));
        g.setStroke(new BasicStroke((float) (lineWidth(t.strength(), options) * 3 + 6), BasicStroke.CAP_ROUND,
                BasicStroke.JOIN_ROUND));
        g.draw(new java.awt.geom.Line2D.Double(v.screenX(a.position().x()), v.screenY(a.position().y()),
                v.screenX(b.position().x()), v.screenY(b.position().y())));
    }

    private static Path2D.Double[] newPaths() {
        Path2D.Double[] paths = new Path2D.Double[5];
        for (int i = 0; i < 5; i++) {
            paths[i] = new Path2D.Double();
        }
        return paths;
    }

    /** Strokes each strength's path once; a busy view uses one-pixel lines, Java2D's fastest path. */
    private static void strokeAll(Graphics2D g, Path2D.Double[] byStrength, Color colour, float[] dash,
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

    private void drawActors(Graphics2D g, Ecosystem e, Viewport v, RenderOptions options,
                            ActorSizes sizes, SettingColours settings, Highlight highlight,
                            Rectangle2D screen) {
        java.awt.Composite normal = g.getComposite();
        java.awt.Composite faint = java.awt.AlphaComposite.getInstance(java.awt.AlphaComposite.SRC_OVER, 0.25f);
        Color outline = awt(options.theme().background());
        g.setStroke(new BasicStroke((float) (1.5 * options.theme().lineScale())));
        boolean crowded = e.actorCount() > CROWDED_ACTORS;
        if (crowded) {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        }
        double colourMax = options.colourValues() == null ? 1
                : Math.max(1e-12, options.colourValues().values().stream().mapToDouble(Double::doubleValue).max().orElse(1));
        for (Actor a : e.actors()) {
            if (a.position() == null) {
                continue;
            }
            double r = sizes.radius(a.id());
            double cx = v.screenX(a.position().x());
            double cy = v.screenY(a.position().y());
            if (!screen.contains(cx, cy)) {
                continue;
            }
            Ellipse2D.Double dot = new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
            g.setComposite(highlight.dims(a.id()) ? faint : normal);
            g.setColor(awt(options.colourValues() == null ? settings.of(a)
                    : Palette.scale(options.colourValues().getOrDefault(a.id(), 0.0) / colourMax)));
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

    private void drawLabels(Graphics2D g, Ecosystem e, Viewport v, RenderOptions options,
                            ActorSizes sizes, double width, double height, Highlight highlight) {
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, options.theme().labelPoints());
        List<Actor> byImportance = new ArrayList<>(e.actors());
        byImportance.sort(Comparator.comparing((Actor a) -> !a.id().equals(highlight.selectedActor()))
                .thenComparing(a -> highlight.dims(a.id()))
                .thenComparing(Comparator.comparingDouble((Actor a) -> sizes.radius(a.id())).reversed())
                .thenComparing(Actor::label));
        OccupiedAreas taken = new OccupiedAreas();
        for (Actor a : e.actors()) {
            if (a.position() != null) {
                double r = sizes.radius(a.id());
                double x = v.screenX(a.position().x());
                double y = v.screenY(a.position().y());
                if (x > -r && y > -r && x < width + r && y < height + r) {
                    taken.add(new Rectangle2D.Double(x - r, y - r, 2 * r, 2 * r));
                }
            }
        }
        BasicStroke haloStroke = new BasicStroke(options.theme().labelPoints() / 4f, BasicStroke.CAP_ROUND,
                BasicStroke.JOIN_ROUND);
        Color halo = awt(options.theme().halo());
        Color text = awt(options.theme().text());
        boolean crowded = e.actorCount() > CROWDED_ACTORS;
        int tried = 0;
        for (Actor a : byImportance) {
            if (a.position() == null) {
                continue;
            }
            double x = v.screenX(a.position().x());
            double y = v.screenY(a.position().y());
            if (x < -200 || y < -50 || x > width + 200 || y > height + 50 || highlight.dims(a.id())) {
                continue;
            }
            if (++tried > LABEL_CANDIDATES) {
                break;
            }
            double r = sizes.radius(a.id());
            TextLayout layout = labelLayout(labelOf(a, e, options), font, g.getFontRenderContext());
            Rectangle2D bounds = layout.getBounds();
            Rectangle2D box = null;
            double tx = 0;
            double ty = 0;
            for (int place = 0; place < 4 && box == null; place++) {
                double[] at = labelPlace(place, x, y, r, bounds, layout);
                Rectangle2D candidate = new Rectangle2D.Double(at[0] + bounds.getX() - 2, at[1] + bounds.getY() - 2,
                        bounds.getWidth() + 4, bounds.getHeight() + 4);
                boolean inside = candidate.getMinX() >= 0 && candidate.getMaxX() <= width
                        && candidate.getMinY() >= 0 && candidate.getMaxY() <= height;
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

    /** Where a label's baseline starts for the {@code place}-th choice: below, above, right, left of the dot. */
    private static double[] labelPlace(int place, double x, double y, double r, Rectangle2D bounds, TextLayout layout) {
        double centredX = x - bounds.getWidth() / 2 - bounds.getX();
        double midY = y + layout.getAscent() / 2 - layout.getDescent() / 2;
        return switch (place) {
            case 0 -> new double[] {centredX, y + r + 3 + layout.getAscent()};
            case 1 -> new double[] {centredX, y - r - 3 - layout.getDescent()};
            case 2 -> new double[] {x + r + 4 - bounds.getX(), midY};
            default -> new double[] {x - r - 4 - bounds.getWidth() - bounds.getX(), midY};
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
