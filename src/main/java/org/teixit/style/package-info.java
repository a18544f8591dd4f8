/**
 * How a map looks, as plain data: colours (our own {@link org.teixit.style.Rgb}, not JavaFX's), sizes and
 * themes. Styling maps the data; it is never stored in it. Depends on {@code model} only.
 */
package org.teixit.style;
