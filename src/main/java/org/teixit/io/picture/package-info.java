/**
 * Pictures of a map with its legend, drawn by the window's own {@link org.teixit.render.MapRenderer}:
 * PNG at any size and pixel scale; SVG and PDF as vectors through a recording {@link java.awt.Graphics2D}
 * (every line, dot, arrow, legend sample and letter becomes a path; PDF pages are written with Apache PDFBox).
 *
 * <p>May depend on {@code org.teixit.model}, {@code org.teixit.render}, {@code org.teixit.style},
 * {@code org.teixit.io}, {@code org.teixit.io.xml}, Java2D and PDFBox; never on JavaFX.
 */
package org.teixit.io.picture;
