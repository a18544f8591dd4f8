package org.teixit.io.picture;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;

import javax.xml.stream.XMLStreamException;

import org.teixit.io.xml.XmlFileWriter;
import org.teixit.io.xml.XmlOut;

/**
 * Writes a {@link Drawing} as an SVG 1.1 document: one {@code <path>} per shape, filled or stroked with its
 * colour and opacity, dashes and line ends as drawn; text as outlines. Written atomically.
 */
final class SvgPicture {
    static final String NAMESPACE = "http://www.w3.org/2000/svg";

    private SvgPicture() {
    }

    static void write(Drawing drawing, String title, Path file) throws IOException {
        XmlFileWriter.write(file, out -> {
            out.start("svg").defaultNamespace(NAMESPACE).attribute("version", "1.1")
                    .attribute("width", PathText.n(drawing.width())).attribute("height", PathText.n(drawing.height()))
                    .attribute("viewBox", "0 0 " + PathText.n(drawing.width()) + " " + PathText.n(drawing.height()));
            out.textElement("title", title);
            for (Drawing.Op op : drawing.ops()) {
                path(out, op);
            }
            out.end();
        });
    }

    private static void path(XmlOut out, Drawing.Op op) throws XMLStreamException {
        String d = PathText.of(op.shape());
        if (d.isEmpty()) {
            return;
        }
        out.empty("path").attribute("d", d);
        if (op.stroke() == null) {
            out.attribute("fill", hex(op.colour()));
            if (op.alpha() < 1) {
                out.attribute("fill-opacity", PathText.n(op.alpha()));
            }
            if (op.evenOdd()) {
                out.attribute("fill-rule", "evenodd");
            }
            return;
        }
        Drawing.Pen pen = op.stroke();
        out.attribute("fill", "none").attribute("stroke", hex(op.colour()))
                .attribute("stroke-width", PathText.n(pen.width()));
        if (op.alpha() < 1) {
            out.attribute("stroke-opacity", PathText.n(op.alpha()));
        }
        out.attribute("stroke-linecap", switch (pen.cap()) {
            case BasicStroke.CAP_ROUND -> "round";
            case BasicStroke.CAP_SQUARE -> "square";
            default -> "butt";
        });
        out.attribute("stroke-linejoin", switch (pen.join()) {
            case BasicStroke.JOIN_ROUND -> "round";
            case BasicStroke.JOIN_BEVEL -> "bevel";
            default -> "miter";
        });
        if (pen.join() == BasicStroke.JOIN_MITER) {
            out.attribute("stroke-miterlimit", PathText.n(Math.max(1, pen.miterLimit())));
        }
        if (pen.dash() != null && pen.dash().length > 0) {
            StringBuilder dash = new StringBuilder();
            for (float f : pen.dash()) {
                dash.append(dash.length() == 0 ? "" : " ").append(PathText.n(f));
            }
            out.attribute("stroke-dasharray", dash.toString());
            if (pen.dashPhase() != 0) {
                out.attribute("stroke-dashoffset", PathText.n(pen.dashPhase()));
            }
        }
    }

    private static String hex(Color c) {
        return String.format("#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }
}
