/**
 * Draws a map with Java2D into any {@code Graphics2D}: the window shows the image, and the {@code render}
 * command writes it as a PNG with no window at all. Measured faster than stroking on a JavaFX Canvas on the
 * software pipeline. Depends on {@code model}, {@code style}, {@code i18n}; never on JavaFX.
 *
 * <p>Per frame the renderer reads a {@code RenderIndex} built once per map snapshot (positions in arrays,
 * ties as actor indexes, a grid for culling) and dot sizes and label order kept per map and size choice.
 * {@link org.teixit.render.MapFrames} gives the map view its frames: full-detail frames drawn with a margin
 * and kept, and cheap gesture frames (the kept image moved and scaled) while the user pans or zooms.
 */
package org.teixit.render;
