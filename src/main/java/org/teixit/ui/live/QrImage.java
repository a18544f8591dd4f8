package org.teixit.ui.live;

import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;

/** A QR code as a crisp JavaFX image: black modules on white, with the quiet zone phones need. */
final class QrImage {
    private QrImage() {
    }

    static WritableImage of(String text, int pixelsPerModule) {
        BitMatrix m;
        try {
            m = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode " + text + " as a QR code", e);
        }
        int size = m.getWidth() * pixelsPerModule;
        WritableImage image = new WritableImage(size, m.getHeight() * pixelsPerModule);
        PixelWriter w = image.getPixelWriter();
        for (int y = 0; y < m.getHeight(); y++) {
            for (int x = 0; x < m.getWidth(); x++) {
                int argb = m.get(x, y) ? 0xff000000 : 0xffffffff;
                for (int dy = 0; dy < pixelsPerModule; dy++) {
                    for (int dx = 0; dx < pixelsPerModule; dx++) {
                        w.setArgb(x * pixelsPerModule + dx, y * pixelsPerModule + dy, argb);
                    }
                }
            }
        }
        return image;
    }
}
