/**
 * Draws a map with Java2D into any {@code Graphics2D}: the window shows the image, and the {@code render}
 * command writes it as a PNG with no window at all. Measured faster than stroking on a JavaFX Canvas on the
 * software pipeline. Depends on {@code model}, {@code style}, {@code i18n}; never on JavaFX.
 */
package org.teixit.render;
