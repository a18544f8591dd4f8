package org.teixit.io.xml;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.teixit.io.ImportException;
import org.teixit.io.SourceLocation;
import org.teixit.io.xml.RawElement.Value;
import org.teixit.model.CserDimension;
import org.teixit.model.PartnershipStage;

/** Turns attribute text into field values, refusing bad text with the file, line and attribute name. */
final class FieldParsing {
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
    /** A C99 hexadecimal float ("0x1.8p+1" is 3.0), as graph-tool writes every double to keep it exact. */
    private static final Pattern HEX_NUMBER = Pattern.compile("[-+]?0[xX]([0-9a-fA-F]+\\.?[0-9a-fA-F]*|\\.[0-9a-fA-F]+)[pP][-+]?\\d+");
    private static final int MAX_QUOTED = 60;

    private FieldParsing() {
    }

    static double number(Value v, SourceLocation element) throws ImportException {
        String text = v.text().strip();
        if (NUMBER.matcher(text).matches() || HEX_NUMBER.matcher(text).matches()) {
            double d = Double.parseDouble(text);
            if (Double.isFinite(d)) {
                return d;
            }
        }
        throw refuse(v, element, quote(v.text()) + " is not a number");
    }

    /** Whether the value says NaN or ±Infinity, as Gephi writes a coordinate a layout lost. */
    static boolean isNotFinite(Value v) {
        String text = v.text().strip();
        return NOT_FINITE.matcher(text).matches();
    }

    private static final Pattern NOT_FINITE = Pattern.compile("(?i)nan|[-+]?inf(inity)?");

    static boolean bool(Value v, SourceLocation element) throws ImportException {
        switch (v.text().strip().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes":
                return true;
            case "false", "0", "no", "":
                return false;
            default:
                throw refuse(v, element, quote(v.text()) + " is not true or false");
        }
    }

    /**
     * CSER dimensions, by id or English name, separated by ';' or ','. An English name that itself holds a
     * comma ("Orientation, social support and personalization") is recognised whole: comma-separated parts
     * are grouped so that every group is a dimension, preferring the shortest groups.
     */
    static Set<CserDimension> dimensions(Value v, SourceLocation element) throws ImportException {
        Set<CserDimension> known = DIMENSIONS_SEEN.get(v.text());
        if (known != null) {
            return EnumSet.copyOf(known);
        }
        Set<CserDimension> parsed = parseDimensions(v, element);
        if (DIMENSIONS_SEEN.size() < 1024 && v.text().length() <= 200) {
            DIMENSIONS_SEEN.put(v.text(), parsed.isEmpty() ? EnumSet.noneOf(CserDimension.class) : EnumSet.copyOf(parsed));
        }
        return parsed;
    }

    /** Dimension texts already parsed: files repeat the same few on every row. */
    private static final java.util.Map<String, Set<CserDimension>> DIMENSIONS_SEEN =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static Set<CserDimension> parseDimensions(Value v, SourceLocation element) throws ImportException {
        Set<CserDimension> found = EnumSet.noneOf(CserDimension.class);
        for (String group : v.text().split(";")) {
            List<String> parts = new ArrayList<>(Arrays.asList(group.split(",")));
            parts.removeIf(String::isBlank);
            List<CserDimension> read = new ArrayList<>();
            if (!segment(parts, 0, read, new boolean[parts.size() + 1])) {
                String unknown = parts.stream().filter(p -> CserDimension.parse(p).isEmpty()).findFirst()
                        .orElse(group).strip();
                throw refuse(v, element, quote(unknown) + " is not a CSER dimension ("
                        + Arrays.stream(CserDimension.values()).map(CserDimension::id)
                        .collect(Collectors.joining(", ")) + ")");
            }
            found.addAll(read);
        }
        return found;
    }

    /** Whether parts[from..] split into dimensions; {@code failed} remembers starts that cannot. */
    private static boolean segment(List<String> parts, int from, List<CserDimension> read, boolean[] failed) {
        if (from == parts.size()) {
            return true;
        }
        if (failed[from]) {
            return false;
        }
        for (int to = from + 1; to <= parts.size(); to++) {
            Optional<CserDimension> d = CserDimension.parse(String.join(",", parts.subList(from, to)));
            if (d.isPresent()) {
                read.add(d.get());
                if (segment(parts, to, read, failed)) {
                    return true;
                }
                read.remove(read.size() - 1);
            }
        }
        failed[from] = true;
        return false;
    }

    static PartnershipStage stage(Value v, SourceLocation element) throws ImportException {
        if (v.text().isBlank()) {
            return null;
        }
        return PartnershipStage.parse(v.text()).orElseThrow(() -> refuse(v, element, quote(v.text().strip())
                + " is not a partnership stage (distant, complementary, strategic)"));
    }

    static ImportException refuse(Value v, SourceLocation element, String reason) {
        return new ImportException(at(element, v.line()), v.name(), reason);
    }

    /** The line (or row) {@code line} of the file and sheet {@code element} was read from. */
    static SourceLocation at(SourceLocation element, int line) {
        return new SourceLocation(element.file(), element.sheet(), line);
    }

    /** The text in double quotes, on one line and cut short, for messages. */
    static String quote(String text) {
        String line = text.replaceAll("\\s+", " ");
        if (line.length() > MAX_QUOTED) {
            line = line.substring(0, MAX_QUOTED - 1) + "…";
        }
        return "\"" + line + "\"";
    }
}
