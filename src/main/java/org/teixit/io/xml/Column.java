package org.teixit.io.xml;

import java.util.function.Function;

/**
 * One attribute column a writer declares and fills: its name in the file, its type, and how to get an
 * element's value ({@code null} when the element has none, so nothing is written).
 */
public record Column<T>(String name, AttributeType type, Function<T, String> value) {
}
