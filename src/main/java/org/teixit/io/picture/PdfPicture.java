package org.teixit.io.picture;

import java.awt.geom.PathIterator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;
import org.teixit.io.AtomicFile;

/**
 * Writes a {@link Drawing} as a one-page vector PDF with Apache PDFBox: every shape becomes a PDF path,
 * filled or stroked with its colour, line width, ends, joins and dashes, and its opacity through a graphics
 * state. The page measures the drawing at 96 pixels to the inch (a 1600 × 1000 drawing is a 1200 × 750 pt
 * page). No image is embedded; text is drawn as outlines.
 */
final class PdfPicture {
    /** PDF points per CSS pixel. */
    static final float POINTS_PER_PIXEL = 0.75f;

    private PdfPicture() {
    }

    static void write(Drawing drawing, String title, Path file) throws IOException {
        float w = (float) drawing.width() * POINTS_PER_PIXEL;
        float h = (float) drawing.height() * POINTS_PER_PIXEL;
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(w, h));
            doc.addPage(page);
            Map<Float, PDExtendedGraphicsState> alphas = new HashMap<>();
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.transform(new Matrix(POINTS_PER_PIXEL, 0, 0, -POINTS_PER_PIXEL, 0, h));
                for (Drawing.Op op : drawing.ops()) {
                    paint(cs, op, alphas);
                }
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(title);
            info.setCreator("Teixit");
            info.setProducer("Teixit (Apache PDFBox)");
            info.setCreationDate(Calendar.getInstance());
            AtomicFile.write(file, doc::save);
        }
    }

    private static void paint(PDPageContentStream cs, Drawing.Op op, Map<Float, PDExtendedGraphicsState> alphas)
            throws IOException {
        if (op.shape().getPathIterator(null).isDone()) {
            return;
        }
        float r = op.colour().getRed() / 255f;
        float g = op.colour().getGreen() / 255f;
        float b = op.colour().getBlue() / 255f;
        boolean translucent = op.alpha() < 0.999f;
        if (translucent) {
            cs.saveGraphicsState();
            float a = Math.round(op.alpha() * 1000) / 1000f;
            cs.setGraphicsStateParameters(alphas.computeIfAbsent(a, k -> {
                PDExtendedGraphicsState gs = new PDExtendedGraphicsState();
                gs.setNonStrokingAlphaConstant(k);
                gs.setStrokingAlphaConstant(k);
                return gs;
            }));
        }
        if (op.stroke() == null) {
            cs.setNonStrokingColor(r, g, b);
            path(cs, op.shape());
            if (op.evenOdd()) {
                cs.fillEvenOdd();
            } else {
                cs.fill();
            }
        } else {
            Drawing.Pen pen = op.stroke();
            cs.setStrokingColor(r, g, b);
            cs.setLineWidth(pen.width());
            cs.setLineCapStyle(pen.cap());
            cs.setLineJoinStyle(pen.join());
            cs.setMiterLimit(Math.max(1, pen.miterLimit()));
            cs.setLineDashPattern(pen.dash() == null ? new float[0] : pen.dash(), pen.dashPhase());
            path(cs, op.shape());
            cs.stroke();
        }
        if (translucent) {
            cs.restoreGraphicsState();
        }
    }

    /** Builds the shape's path (quadratic segments as cubic ones). */
    private static void path(PDPageContentStream cs, java.awt.Shape shape) throws IOException {
        double[] c = new double[6];
        float lastX = 0;
        float lastY = 0;
        for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            for (int i = 0; i < 6; i++) {
                if (!Double.isFinite(c[i])) {
                    c[i] = 0;
                }
            }
            switch (type) {
                case PathIterator.SEG_MOVETO -> {
                    cs.moveTo((float) c[0], (float) c[1]);
                    lastX = (float) c[0];
                    lastY = (float) c[1];
                }
                case PathIterator.SEG_LINETO -> {
                    cs.lineTo((float) c[0], (float) c[1]);
                    lastX = (float) c[0];
                    lastY = (float) c[1];
                }
                case PathIterator.SEG_QUADTO -> {
                    float x1 = lastX + 2f / 3 * ((float) c[0] - lastX);
                    float y1 = lastY + 2f / 3 * ((float) c[1] - lastY);
                    float x2 = (float) c[2] + 2f / 3 * ((float) c[0] - (float) c[2]);
                    float y2 = (float) c[3] + 2f / 3 * ((float) c[1] - (float) c[3]);
                    cs.curveTo(x1, y1, x2, y2, (float) c[2], (float) c[3]);
                    lastX = (float) c[2];
                    lastY = (float) c[3];
                }
                case PathIterator.SEG_CUBICTO -> {
                    cs.curveTo((float) c[0], (float) c[1], (float) c[2], (float) c[3], (float) c[4], (float) c[5]);
                    lastX = (float) c[4];
                    lastY = (float) c[5];
                }
                default -> cs.closePath();
            }
        }
    }
}
