package org.teixit.io.picture;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.teixit.io.AtomicFile;
import org.teixit.io.EcosystemWriter;
import org.teixit.model.Ecosystem;
import org.teixit.render.MapRenderer;
import org.teixit.render.RenderOptions;
import org.teixit.render.Viewport;

/**
 * Writes a picture of a map with its legend, drawn by the same {@link MapRenderer} as the window, so it looks
 * as on screen: PNG at any size and pixel scale, or SVG and PDF as vectors (every tie, dot, legend sample and
 * letter a path; no embedded image). The format follows the file's ending ({@code .png}, {@code .svg},
 * {@code .pdf}).
 */
public final class PictureWriter implements EcosystemWriter {
    private final PictureOptions options;

    public PictureWriter(PictureOptions options) {
        this.options = options;
    }

    public PictureWriter() {
        this(PictureOptions.defaults());
    }

    @Override
    public void write(Ecosystem ecosystem, Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        RenderOptions render = RenderOptions.defaults(options.theme()).withDimensions(options.dimensions());
        if (name.endsWith(".png")) {
            int w = (int) Math.round(options.width() * options.scale());
            int h = (int) Math.round(options.height() * options.scale());
            BufferedImage image = new MapRenderer().renderImage(ecosystem, w, h, render.withPixelScale(options.scale()));
            AtomicFile.write(file, out -> {
                if (!ImageIO.write(image, "png", out)) {
                    throw new IOException("no PNG writer available");
                }
            });
        } else if (name.endsWith(".svg")) {
            SvgPicture.write(draw(ecosystem, render), ecosystem.name(), file);
        } else if (name.endsWith(".pdf")) {
            PdfPicture.write(draw(ecosystem, render), ecosystem.name(), file);
        } else {
            throw new IOException(file.getFileName() + ": a picture must end in .png, .svg or .pdf");
        }
    }

    /** The map drawn as vectors, laid out exactly as {@link MapRenderer#renderImage} lays out a PNG. */
    Drawing draw(Ecosystem ecosystem, RenderOptions render) {
        double width = options.width();
        double height = options.height();
        Drawing drawing = new Drawing(width, height);
        VectorGraphics2D g = new VectorGraphics2D(drawing);
        try {
            MapRenderer renderer = new MapRenderer();
            double legendWidth = renderer.legendWidth(ecosystem, render);
            Viewport v = Viewport.fit(ecosystem.actors(), width - legendWidth, height, 60).panned(legendWidth, 0);
            renderer.render(g, ecosystem, v, width, height, render);
        } finally {
            g.dispose();
        }
        return drawing;
    }
}
