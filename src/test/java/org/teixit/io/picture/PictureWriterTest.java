package org.teixit.io.picture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teixit.model.CserDimension;
import org.teixit.model.Ecosystem;
import org.teixit.sample.SampleEcosystem;
import org.teixit.style.Theme;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class PictureWriterTest {
    @TempDir
    Path dir;

    private final Ecosystem sample = SampleEcosystem.load();

    @Test
    void pngHasTheAskedSizeTimesTheScale() throws Exception {
        Path png = dir.resolve("map.png");
        new PictureWriter(PictureOptions.defaults().withSize(800, 500).withScale(2.5)).write(sample, png);
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(2000, image.getWidth());
        assertEquals(1250, image.getHeight());
    }

    @Test
    void svgIsVectorPathsOnlyWithTheLegendAndDashedDimensions() throws Exception {
        Path svg = dir.resolve("map.svg");
        new PictureWriter().write(sample, svg);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = f.newDocumentBuilder().parse(svg.toFile());
        Element root = doc.getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals("0 0 1600 1000", root.getAttribute("viewBox"));
        assertEquals(0, doc.getElementsByTagNameNS("*", "image").getLength(), "no embedded picture");
        NodeList paths = doc.getElementsByTagNameNS("*", "path");
        int dashed = 0;
        int filled = 0;
        for (int i = 0; i < paths.getLength(); i++) {
            Element p = (Element) paths.item(i);
            dashed += p.hasAttribute("stroke-dasharray") ? 1 : 0;
            filled += p.getAttribute("fill").equals("none") ? 0 : 1;
        }
        assertTrue(dashed >= 4, "dimensions are told apart by dashes too: " + dashed);
        assertTrue(filled > sample.actorCount() + 50, "dots, arrows, and letters of labels and legend: " + filled);
        assertEquals(sample.name(), doc.getElementsByTagNameNS("*", "title").item(0).getTextContent());
    }

    @Test
    void pdfIsOneVectorPageThatLooksLikeThePng() throws Exception {
        PictureOptions options = PictureOptions.defaults().withSize(1200, 800).withTheme(Theme.DARK)
                .withDimensions(EnumSet.of(CserDimension.GOVERNANCE, CserDimension.FUNDS));
        Path pdf = dir.resolve("map.pdf");
        Path png = dir.resolve("map.png");
        new PictureWriter(options).write(sample, pdf);
        new PictureWriter(options).write(sample, png);
        try (PDDocument doc = PDDocument.load(pdf.toFile())) {
            assertEquals(1, doc.getNumberOfPages());
            PDPage page = doc.getPage(0);
            assertEquals(900, page.getMediaBox().getWidth(), 0.01);
            assertEquals(600, page.getMediaBox().getHeight(), 0.01);
            int images = 0;
            for (COSName name : page.getResources().getXObjectNames()) {
                images += page.getResources().isImageXObject(name) ? 1 : 0;
            }
            assertEquals(0, images, "vector, not a picture in a PDF");
            assertEquals(sample.name(), doc.getDocumentInformation().getTitle());
            BufferedImage fromPdf = new PDFRenderer(doc).renderImageWithDPI(0, 96);
            BufferedImage fromPng = ImageIO.read(png.toFile());
            assertEquals(fromPng.getWidth(), fromPdf.getWidth());
            assertEquals(fromPng.getHeight(), fromPdf.getHeight());
            double difference = meanDifference(fromPng, fromPdf);
            assertTrue(difference < 6, "the PDF looks like the screen; mean difference per channel " + difference);
        }
    }

    @Test
    void sizesOutOfRangeAreRefused() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> PictureOptions.defaults().withSize(10, 10));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> PictureOptions.defaults().withSize(20000, 20000));
        assertTrue(Files.notExists(dir.resolve("x.png")));
    }

    private static double meanDifference(BufferedImage a, BufferedImage b) {
        long sum = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    sum += Math.abs(((p >> shift) & 0xFF) - ((q >> shift) & 0xFF));
                }
            }
        }
        return sum / (3.0 * a.getWidth() * a.getHeight());
    }
}
