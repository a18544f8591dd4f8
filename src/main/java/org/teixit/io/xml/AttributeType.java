package org.teixit.io.xml;

import java.util.regex.Pattern;

/**
 * The type a column is declared with on export, inferred from its values: boolean when every value is
 * "true" or "false", integer or long when every value is a whole number (without leading zeros, so codes
 * like "08001" stay text), double when every value is a decimal number, else string.
 */
public enum AttributeType {
    BOOLEAN("boolean", "boolean"),
    INTEGER("integer", "int"),
    LONG("long", "long"),
    DOUBLE("double", "double"),
    STRING("string", "string");

    private static final Pattern WHOLE = Pattern.compile("-?(0|[1-9]\\d{0,17})");
    private static final Pattern DECIMAL = Pattern.compile("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][-+]?\\d+)?");

    private final String gexfName;
    private final String graphmlName;

    AttributeType(String gexfName, String graphmlName) {
        this.gexfName = gexfName;
        this.graphmlName = graphmlName;
    }

    /** The name in a GEXF {@code <attribute type=…>}. */
    public String gexfName() {
        return gexfName;
    }

    /** The name in a GraphML {@code <key attr.type=…>}. */
    public String graphmlName() {
        return graphmlName;
    }

    /** The narrowest type all {@code values} fit; string when there are none. */
    public static AttributeType infer(Iterable<String> values) {
        AttributeType type = null;
        for (String v : values) {
            AttributeType own = of(v);
            type = type == null ? own : wider(type, own);
            if (type == STRING) {
                return STRING;
            }
        }
        return type == null ? STRING : type;
    }

    private static AttributeType of(String value) {
        if (value.equals("true") || value.equals("false")) {
            return BOOLEAN;
        }
        if (WHOLE.matcher(value).matches()) {
            long n = Long.parseLong(value);
            return n == (int) n ? INTEGER : LONG;
        }
        if (DECIMAL.matcher(value).matches() && Double.isFinite(Double.parseDouble(value))) {
            return DOUBLE;
        }
        return STRING;
    }

    private static AttributeType wider(AttributeType a, AttributeType b) {
        if (a == b) {
            return a;
        }
        boolean numeric = a != BOOLEAN && b != BOOLEAN && a != STRING && b != STRING;
        return numeric ? (a == DOUBLE || b == DOUBLE ? DOUBLE : LONG) : STRING;
    }
}
