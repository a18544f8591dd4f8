package org.teixit.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.List;

import org.teixit.i18n.Messages;
import org.teixit.model.CserDimension;
import org.teixit.model.Term;
import org.teixit.model.VocabularyCategory;
import org.teixit.style.Palette;

/**
 * The key drawn in the map's corner, generated from the same styling the map uses: a line sample per CSER
 * dimension (colour and dash, so it does not rely on colour alone), a dot per setting, and what size means.
 */
final class Legend {
    /** How wide the legend will be, so a view can keep the map clear of it (the same measure as drawing). */
    double width(Graphics2D g, RenderOptions options, SettingColours settings) {
        return layout(g, options, settings, 0).w;
    }

    /** The legend's box in a {@code height}-tall frame (its bottom-left corner), as {@link #draw} draws it. */
    Rectangle2D box(Graphics2D g, RenderOptions options, SettingColours settings, double height) {
        Layout l = layout(g, options, settings, height);
        return new Rectangle2D.Double(l.x0, l.y0, l.w, l.h);
    }

    /** What the legend shows and where, measured once for drawing and for keeping labels clear of it. */
    private record Layout(int points, Font font, FontMetrics fm, double line, double sample, List<String> dims,
                          List<String> settingNames, String sizeNote, double pad, double w, double h, double x0,
                          double y0) {
    }

    private Layout layout(Graphics2D g, RenderOptions options, SettingColours settings, double height) {
        int points = Math.max(12, (int) Math.round(options.theme().labelPoints() * 0.95));
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, points);
        FontMetrics fm = g.getFontMetrics(font);
        double line = fm.getHeight() * 1.15;
        double sample = points * 2.6;
        List<String> dims = new ArrayList<>();
        for (CserDimension d : CserDimension.values()) {
            dims.add(Messages.get(d.nameKey()));
        }
        List<String> settingNames = new ArrayList<>();
        if (options.colourValues() == null) {
            for (Term t : settings.settings()) {
                settingNames.add(termName(settings.category(), t));
            }
        }
        double textWidth = 0;
        for (String s : dims) {
            textWidth = Math.max(textWidth, fm.stringWidth(s));
        }
        for (String s : settingNames) {
            textWidth = Math.max(textWidth, fm.stringWidth(s));
        }
        String sizeNote = Messages.get(options.sizeBy() == null ? "legend.size" : "legend.size-measure");
        textWidth = Math.max(textWidth, fm.stringWidth(sizeNote) - sample - 8);
        if (settings.tiesWithoutDimension()) {
            textWidth = Math.max(textWidth, fm.stringWidth(Messages.get("legend.no-dimension")));
        }
        int rows = 2 + dims.size() + (settings.tiesWithoutDimension() ? 1 : 0) + 1 + settingNames.size() + 1
                + (options.colourValues() != null ? 1 : 0);
        double pad = points * 0.8;
        double w = pad * 2 + sample + 8 + textWidth;
        double h = pad * 2 + rows * line;
        return new Layout(points, font, fm, line, sample, dims, settingNames, sizeNote, pad, w, h, 12,
                Math.max(12, height - h - 12));
    }

    void draw(Graphics2D g, RenderOptions options, SettingColours settings, double height) {
        Layout l = layout(g, options, settings, height);
        int points = l.points;
        Font font = l.font;
        Font bold = font.deriveFont(Font.BOLD);
        FontMetrics fm = l.fm;
        double line = l.line;
        double sample = l.sample;
        List<String> dims = l.dims;
        List<String> settingNames = l.settingNames;
        String sizeNote = l.sizeNote;
        double pad = l.pad;
        double w = l.w;
        double h = l.h;
        double x0 = l.x0;
        double y0 = l.y0;
        Color bg = MapRenderer.awt(options.theme().background());
        Color fg = MapRenderer.awt(options.theme().text());
        g.setColor(new Color(bg.getRed(), bg.getGreen(), bg.getBlue(), 230));
        g.fill(new RoundRectangle2D.Double(x0, y0, w, h, 10, 10));
        g.setColor(new Color(fg.getRed(), fg.getGreen(), fg.getBlue(), 90));
        g.setStroke(new BasicStroke(1f));
        g.draw(new RoundRectangle2D.Double(x0, y0, w, h, 10, 10));

        double y = y0 + pad + fm.getAscent();
        double xs = x0 + pad;
        double xt = xs + sample + 8;
        g.setFont(bold);
        g.setColor(fg);
        g.drawString(Messages.get("legend.dimensions"), (float) xs, (float) y);
        y += line;
        g.setFont(font);
        for (CserDimension d : CserDimension.values()) {
            boolean shown = options.dimensions().contains(d);
            float width = (float) (2.5 * options.theme().lineScale());
            float[] dash = Palette.dash(d);
            g.setStroke(new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                    dash.length == 0 ? null : dash, 0f));
            Color c = MapRenderer.awt(Palette.dimension(d));
            g.setColor(shown ? c : new Color(c.getRed(), c.getGreen(), c.getBlue(), 60));
            double mid = y - fm.getAscent() / 2.5;
            g.draw(new Line2D.Double(xs, mid, xs + sample, mid));
            g.setColor(shown ? fg : new Color(fg.getRed(), fg.getGreen(), fg.getBlue(), 110));
            g.drawString(dims.get(d.ordinal()), (float) xt, (float) y);
            y += line;
        }
        if (settings.tiesWithoutDimension()) {
            g.setStroke(new BasicStroke((float) (2.5 * options.theme().lineScale())));
            g.setColor(MapRenderer.awt(Palette.NO_DIMENSION));
            double mid = y - fm.getAscent() / 2.5;
            g.draw(new Line2D.Double(xs, mid, xs + sample, mid));
            g.setColor(fg);
            g.drawString(Messages.get("legend.no-dimension"), (float) xt, (float) y);
            y += line;
        }
        y += line * 0.3;
        g.setFont(bold);
        g.setColor(fg);
        g.drawString(Messages.get(options.colourValues() != null ? "legend.colour-measure"
                : settings.category() == VocabularyCategory.ACTOR_KIND ? "legend.kinds" : "legend.settings"), (float) xs, (float) y);
        if (options.colourValues() != null) {
            for (int k = 0; k < 5; k++) {
                double r = points * 0.45;
                g.setColor(MapRenderer.awt(Palette.scale(k / 4.0)));
                g.fill(new Ellipse2D.Double(xs + k * 2.4 * r, y + line * 0.4 - r, 2 * r, 2 * r));
            }
            y += line;
        }
        y += line;
        g.setFont(font);
        for (int i = 0; i < settingNames.size(); i++) {
            double r = points * 0.45;
            double mid = y - fm.getAscent() / 2.5;
            g.setColor(MapRenderer.awt(settings.ofTerm(settings.settings().get(i).id())));
            g.fill(new Ellipse2D.Double(xs + sample / 2 - r, mid - r, 2 * r, 2 * r));
            g.setColor(fg);
            g.drawString(settingNames.get(i), (float) xt, (float) y);
            y += line;
        }
        y += line * 0.3;
        g.drawString(sizeNote, (float) xs, (float) y);
    }

    private static String termName(VocabularyCategory category, Term t) {
        if (!t.label().isEmpty()) {
            return t.label();
        }
        String key = t.bundleKey(category);
        return Messages.has(key) ? Messages.get(key) : t.id();
    }
}
