package org.teixit.io.graphml;

import org.teixit.io.ImportException;
import org.teixit.io.xml.RawElement;
import org.teixit.io.xml.XmlInput;

/**
 * What yEd keeps inside a node's or edge's graphics data ({@code <y:ShapeNode>}, {@code <y:GenericNode>},
 * a group's {@code <y:ProxyAutoBoundsNode>}, {@code <y:PolyLineEdge>}, …): the first non-empty
 * {@code <y:NodeLabel>}/{@code <y:EdgeLabel>}, the first {@code <y:Geometry>} and an edge's
 * {@code <y:Arrows>}. Positions are the geometry's centre with the y axis flipped: yEd's y grows
 * downwards, Teixit's upwards.
 */
final class YedGraphics {
    static final String NAMESPACE = "http://www.yworks.com/xml/graphml";
    private static final int MAX_DEPTH = 32;

    private String label;
    private int labelLine;
    private String x;
    private String y;
    private String width;
    private String height;
    private int geometryLine;
    private boolean arrowless;
    private int arrowsLine;

    /** Reads the element the cursor is on (a child of {@code <data>}) and everything inside it. */
    void read(XmlInput in) throws ImportException {
        read(in, 0);
    }

    private void read(XmlInput in, int depth) throws ImportException {
        if (depth > MAX_DEPTH) {
            in.skip();
            return;
        }
        switch (in.name()) {
            case "NodeLabel", "EdgeLabel" -> {
                int line = in.line();
                String text = in.text();
                if (label == null && !text.isBlank()) {
                    label = text.strip();
                    labelLine = line;
                }
            }
            case "Geometry" -> {
                if (x == null) {
                    x = in.attribute("x");
                    y = in.attribute("y");
                    width = in.attribute("width");
                    height = in.attribute("height");
                    geometryLine = in.line();
                }
                in.skip();
            }
            case "Arrows" -> {
                arrowless = "none".equals(in.attribute("source")) && "none".equals(in.attribute("target"));
                arrowsLine = in.line();
                in.skip();
            }
            default -> {
                while (in.nextChild()) {
                    read(in, depth + 1);
                }
            }
        }
    }

    /** Adds the label (as "label"), the centre (as "x"/"y") and arrowless lines (as directed=false). */
    void addTo(RawElement element) {
        element.put("label", label, labelLine);
        Double centreX = centre(x, width);
        Double centreY = centre(y, height);
        if (centreX != null && centreY != null) {
            element.put("x", Double.toString(centreX), geometryLine);
            element.put("y", Double.toString(centreY == 0 ? 0.0 : -centreY), geometryLine);
        }
        if (arrowless) {
            element.put("directed", "false", arrowsLine);
        }
    }

    private static Double centre(String corner, String size) {
        try {
            double c = Double.parseDouble(corner);
            double s = size == null ? 0 : Double.parseDouble(size);
            double centre = c + s / 2;
            return Double.isFinite(centre) ? centre : null;
        } catch (NumberFormatException | NullPointerException e) {
            return null;
        }
    }
}
