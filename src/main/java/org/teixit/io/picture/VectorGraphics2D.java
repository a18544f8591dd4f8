package org.teixit.io.picture;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.GraphicsConfiguration;
import java.awt.Image;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.BufferedImageOp;
import java.awt.image.ImageObserver;
import java.awt.image.RenderedImage;
import java.awt.image.renderable.RenderableImage;
import java.text.AttributedCharacterIterator;
import java.util.Map;

/**
 * A {@link Graphics2D} that records what is drawn as vector shapes in a {@link Drawing} instead of pixels, so
 * {@link org.teixit.render.MapRenderer} can draw the same map for SVG and PDF as for the screen. Supports what
 * the renderer uses: solid colours, alpha composites, basic strokes (kept as strokes under a uniform scale,
 * turned into outlines otherwise), transforms and text (as glyph outlines, laid out by {@link TextLayout} as on
 * screen). Images, clips and XOR mode are not drawn.
 */
final class VectorGraphics2D extends Graphics2D {
    private static final BufferedImage SCRATCH = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);

    private final Drawing drawing;
    private final Graphics2D metrics;
    private AffineTransform transform = new AffineTransform();
    private Color colour = Color.BLACK;
    private Color background = Color.WHITE;
    private Composite composite = AlphaComposite.SrcOver;
    private Stroke stroke = new BasicStroke(1f);
    private Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private final RenderingHints hints = new RenderingHints(null);

    VectorGraphics2D(Drawing drawing) {
        this.drawing = drawing;
        this.metrics = SCRATCH.createGraphics();
    }

    private VectorGraphics2D(VectorGraphics2D from) {
        this(from.drawing);
        transform = new AffineTransform(from.transform);
        colour = from.colour;
        background = from.background;
        composite = from.composite;
        stroke = from.stroke;
        font = from.font;
        hints.putAll(from.hints);
    }

    private float alpha() {
        float a = colour.getAlpha() / 255f;
        if (composite instanceof AlphaComposite ac) {
            a *= ac.getAlpha();
        }
        return a;
    }

    private Color opaque() {
        return new Color(colour.getRed(), colour.getGreen(), colour.getBlue());
    }

    @Override
    public void fill(Shape s) {
        if (alpha() <= 0) {
            return;
        }
        Shape page = transform.createTransformedShape(s);
        drawing.add(new Drawing.Op(page, opaque(), alpha(), null, evenOdd(page)));
    }

    @Override
    public void draw(Shape s) {
        if (alpha() <= 0) {
            return;
        }
        double scale = uniformScale();
        if (stroke instanceof BasicStroke b && scale > 0) {
            float[] dash = b.getDashArray();
            float[] scaled = null;
            if (dash != null) {
                scaled = new float[dash.length];
                for (int i = 0; i < dash.length; i++) {
                    scaled[i] = (float) (dash[i] * scale);
                }
            }
            Drawing.Pen pen = new Drawing.Pen((float) (b.getLineWidth() * scale), b.getEndCap(), b.getLineJoin(),
                    b.getMiterLimit(), scaled, (float) (b.getDashPhase() * scale));
            drawing.add(new Drawing.Op(transform.createTransformedShape(s), opaque(), alpha(), pen, false));
        } else {
            fill(stroke.createStrokedShape(s));
        }
    }

    /** The transform's scale when it scales both axes alike (no shear), else 0. */
    private double uniformScale() {
        double sx = Math.hypot(transform.getScaleX(), transform.getShearY());
        double sy = Math.hypot(transform.getShearX(), transform.getScaleY());
        boolean orthogonal = Math.abs(transform.getScaleX() * transform.getShearX()
                + transform.getShearY() * transform.getScaleY()) < 1e-9;
        return orthogonal && Math.abs(sx - sy) < 1e-9 * Math.max(1, sx) ? sx : 0;
    }

    private static boolean evenOdd(Shape s) {
        return s.getPathIterator(null).getWindingRule() == PathIterator.WIND_EVEN_ODD;
    }

    @Override
    public void drawString(String str, float x, float y) {
        if (str == null || str.isEmpty()) {
            return;
        }
        TextLayout layout = new TextLayout(str, font, getFontRenderContext());
        fill(layout.getOutline(AffineTransform.getTranslateInstance(x, y)));
    }

    @Override
    public void drawString(String str, int x, int y) {
        drawString(str, (float) x, (float) y);
    }

    @Override
    public void drawString(AttributedCharacterIterator iterator, float x, float y) {
        if (iterator.getEndIndex() > iterator.getBeginIndex()) {
            TextLayout layout = new TextLayout(iterator, getFontRenderContext());
            fill(layout.getOutline(AffineTransform.getTranslateInstance(x, y)));
        }
    }

    @Override
    public void drawString(AttributedCharacterIterator iterator, int x, int y) {
        drawString(iterator, (float) x, (float) y);
    }

    @Override
    public void drawGlyphVector(GlyphVector g, float x, float y) {
        fill(g.getOutline(x, y));
    }

    @Override
    public FontRenderContext getFontRenderContext() {
        Object aa = hints.get(RenderingHints.KEY_TEXT_ANTIALIASING);
        Object fm = hints.get(RenderingHints.KEY_FRACTIONALMETRICS);
        return new FontRenderContext(null, aa == null ? RenderingHints.VALUE_TEXT_ANTIALIAS_DEFAULT : aa,
                fm == null ? RenderingHints.VALUE_FRACTIONALMETRICS_DEFAULT : fm);
    }

    @Override
    public FontMetrics getFontMetrics(Font f) {
        return metrics.getFontMetrics(f);
    }

    @Override
    public boolean hit(Rectangle rect, Shape s, boolean onStroke) {
        Shape page = transform.createTransformedShape(onStroke ? stroke.createStrokedShape(s) : s);
        return page.intersects(rect);
    }

    @Override
    public GraphicsConfiguration getDeviceConfiguration() {
        return metrics.getDeviceConfiguration();
    }

    @Override
    public void setComposite(Composite comp) {
        composite = comp == null ? AlphaComposite.SrcOver : comp;
    }

    @Override
    public void setPaint(Paint paint) {
        if (paint instanceof Color c) {
            colour = c;
        }
    }

    @Override
    public void setStroke(Stroke s) {
        stroke = s == null ? new BasicStroke(1f) : s;
    }

    @Override
    public void setRenderingHint(RenderingHints.Key key, Object value) {
        hints.put(key, value);
    }

    @Override
    public Object getRenderingHint(RenderingHints.Key key) {
        return hints.get(key);
    }

    @Override
    public void setRenderingHints(Map<?, ?> map) {
        hints.clear();
        hints.putAll(map);
    }

    @Override
    public void addRenderingHints(Map<?, ?> map) {
        hints.putAll(map);
    }

    @Override
    public RenderingHints getRenderingHints() {
        return (RenderingHints) hints.clone();
    }

    @Override
    public void translate(int x, int y) {
        transform.translate(x, y);
    }

    @Override
    public void translate(double tx, double ty) {
        transform.translate(tx, ty);
    }

    @Override
    public void rotate(double theta) {
        transform.rotate(theta);
    }

    @Override
    public void rotate(double theta, double x, double y) {
        transform.rotate(theta, x, y);
    }

    @Override
    public void scale(double sx, double sy) {
        transform.scale(sx, sy);
    }

    @Override
    public void shear(double shx, double shy) {
        transform.shear(shx, shy);
    }

    @Override
    public void transform(AffineTransform tx) {
        transform.concatenate(tx);
    }

    @Override
    public void setTransform(AffineTransform tx) {
        transform = new AffineTransform(tx);
    }

    @Override
    public AffineTransform getTransform() {
        return new AffineTransform(transform);
    }

    @Override
    public Paint getPaint() {
        return colour;
    }

    @Override
    public Composite getComposite() {
        return composite;
    }

    @Override
    public void setBackground(Color c) {
        background = c;
    }

    @Override
    public Color getBackground() {
        return background;
    }

    @Override
    public Stroke getStroke() {
        return stroke;
    }

    @Override
    public void clip(Shape s) {
        // clips are not recorded; the renderer draws none
    }

    @Override
    public Graphics create() {
        return new VectorGraphics2D(this);
    }

    @Override
    public Color getColor() {
        return colour;
    }

    @Override
    public void setColor(Color c) {
        if (c != null) {
            colour = c;
        }
    }

    @Override
    public void setPaintMode() {
        composite = AlphaComposite.SrcOver;
    }

    @Override
    public void setXORMode(Color c1) {
        // not supported in vector output
    }

    @Override
    public Font getFont() {
        return font;
    }

    @Override
    public void setFont(Font f) {
        if (f != null) {
            font = f;
        }
    }

    @Override
    public Rectangle getClipBounds() {
        return null;
    }

    @Override
    public void clipRect(int x, int y, int width, int height) {
        // clips are not recorded
    }

    @Override
    public void setClip(int x, int y, int width, int height) {
        // clips are not recorded
    }

    @Override
    public Shape getClip() {
        return null;
    }

    @Override
    public void setClip(Shape clip) {
        // clips are not recorded
    }

    @Override
    public void copyArea(int x, int y, int width, int height, int dx, int dy) {
        // a vector drawing has no pixels to copy
    }

    @Override
    public void drawLine(int x1, int y1, int x2, int y2) {
        draw(new Line2D.Float(x1, y1, x2, y2));
    }

    @Override
    public void fillRect(int x, int y, int width, int height) {
        fill(new Rectangle(x, y, width, height));
    }

    @Override
    public void clearRect(int x, int y, int width, int height) {
        Color c = colour;
        Composite k = composite;
        colour = background;
        composite = AlphaComposite.SrcOver;
        fillRect(x, y, width, height);
        colour = c;
        composite = k;
    }

    @Override
    public void drawRoundRect(int x, int y, int width, int height, int arcWidth, int arcHeight) {
        draw(new RoundRectangle2D.Float(x, y, width, height, arcWidth, arcHeight));
    }

    @Override
    public void fillRoundRect(int x, int y, int width, int height, int arcWidth, int arcHeight) {
        fill(new RoundRectangle2D.Float(x, y, width, height, arcWidth, arcHeight));
    }

    @Override
    public void drawOval(int x, int y, int width, int height) {
        draw(new Ellipse2D.Float(x, y, width, height));
    }

    @Override
    public void fillOval(int x, int y, int width, int height) {
        fill(new Ellipse2D.Float(x, y, width, height));
    }

    @Override
    public void drawArc(int x, int y, int width, int height, int startAngle, int arcAngle) {
        draw(new Arc2D.Float(x, y, width, height, startAngle, arcAngle, Arc2D.OPEN));
    }

    @Override
    public void fillArc(int x, int y, int width, int height, int startAngle, int arcAngle) {
        fill(new Arc2D.Float(x, y, width, height, startAngle, arcAngle, Arc2D.PIE));
    }

    @Override
    public void drawPolyline(int[] xPoints, int[] yPoints, int nPoints) {
        draw(poly(xPoints, yPoints, nPoints, false));
    }

    @Override
    public void drawPolygon(int[] xPoints, int[] yPoints, int nPoints) {
        draw(poly(xPoints, yPoints, nPoints, true));
    }

    @Override
    public void fillPolygon(int[] xPoints, int[] yPoints, int nPoints) {
        fill(poly(xPoints, yPoints, nPoints, true));
    }

    private static Shape poly(int[] xs, int[] ys, int n, boolean close) {
        Path2D.Float p = new Path2D.Float();
        for (int i = 0; i < n; i++) {
            if (i == 0) {
                p.moveTo(xs[i], ys[i]);
            } else {
                p.lineTo(xs[i], ys[i]);
            }
        }
        if (close && n > 0) {
            p.closePath();
        }
        return p;
    }

    @Override
    public boolean drawImage(Image img, AffineTransform xform, ImageObserver obs) {
        return true;
    }

    @Override
    public void drawImage(BufferedImage img, BufferedImageOp op, int x, int y) {
        // images are not part of a map picture
    }

    @Override
    public void drawRenderedImage(RenderedImage img, AffineTransform xform) {
        // images are not part of a map picture
    }

    @Override
    public void drawRenderableImage(RenderableImage img, AffineTransform xform) {
        // images are not part of a map picture
    }

    @Override
    public boolean drawImage(Image img, int x, int y, ImageObserver observer) {
        return true;
    }

    @Override
    public boolean drawImage(Image img, int x, int y, int width, int height, ImageObserver observer) {
        return true;
    }

    @Override
    public boolean drawImage(Image img, int x, int y, Color bgcolor, ImageObserver observer) {
        return true;
    }

    @Override
    public boolean drawImage(Image img, int x, int y, int width, int height, Color bgcolor, ImageObserver observer) {
        return true;
    }

    @Override
    public boolean drawImage(Image img, int dx1, int dy1, int dx2, int dy2, int sx1, int sy1, int sx2, int sy2,
                             ImageObserver observer) {
        return true;
    }

    @Override
    public boolean drawImage(Image img, int dx1, int dy1, int dx2, int dy2, int sx1, int sy1, int sx2, int sy2,
                             Color bgcolor, ImageObserver observer) {
        return true;
    }

    @Override
    public void dispose() {
        metrics.dispose();
    }
}
