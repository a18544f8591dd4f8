package org.teixit.io;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Folds a name for matching: case, accents and runs of spaces ignored ("Ajuntament  de Palau" = "ajuntament de
 * palau"); tells names that look alike but are not the same ("Ajuntamen" and "Ajuntament de Palau"); and makes
 * readable ids from names.
 */
public final class NameKey {
    /** Short words that say little about which actor is meant (Catalan, Spanish, English). */
    private static final Set<String> FILLERS = Set.of("de", "del", "la", "las", "les", "los", "el", "els", "l", "d",
            "i", "y", "e", "the", "of", "and", "a", "en", "per", "por", "para");
    private static final int MAX_SLUG = 60;

    private NameKey() {
    }

    public static String of(String name) {
        if (name == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(name.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return decomposed.replace('·', '.').toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /** "Club Natació Palau" → "club-natacio-palau"; "actor" when nothing is left. */
    public static String slug(String name) {
        String slug = of(name).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > MAX_SLUG) {
            slug = slug.substring(0, MAX_SLUG).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "actor" : slug;
    }

    /**
     * How much {@code a} looks like {@code b} without being the same name, from 0 (not alike, or the same
     * name) to 1: a typo (a small edit distance for the length), or every telling word of the shorter name
     * found, exactly, as a prefix or with one typo, among the words of the longer ("Ajuntamen" and
     * "Ajuntament de Palau", "Escola" and "Escola Sant Jordi"). Names that differ in their numbers
     * ("Escola 1", "Escola 2") are never alike.
     */
    public static double resemblance(String a, String b) {
        String ka = of(a);
        String kb = of(b);
        if (ka.equals(kb) || ka.isEmpty() || kb.isEmpty()) {
            return 0;
        }
        if (!ka.replaceAll("\\D+", " ").strip().equals(kb.replaceAll("\\D+", " ").strip())) {
            return 0;
        }
        double best = 0;
        int longest = Math.max(ka.length(), kb.length());
        int shortest = Math.min(ka.length(), kb.length());
        if (shortest >= 5) {
            int limit = Math.max(1, longest / 6);
            int d = distance(ka, kb, limit);
            if (d <= limit) {
                best = 1 - (double) d / longest;
            }
        }
        List<String> ta = words(ka);
        List<String> tb = words(kb);
        List<String> shorter = ta.size() <= tb.size() ? ta : tb;
        List<String> longer = shorter == ta ? tb : ta;
        if (shorter.isEmpty() || String.join("", shorter).length() < 4) {
            return best;
        }
        boolean[] used = new boolean[longer.size()];
        int matchedChars = 0;
        for (String w : shorter) {
            int found = -1;
            for (int i = 0; i < longer.size() && found < 0; i++) {
                if (!used[i] && wordsAlike(w, longer.get(i))) {
                    found = i;
                }
            }
            if (found < 0) {
                return best;
            }
            used[found] = true;
            matchedChars += Math.min(w.length(), longer.get(found).length());
        }
        int longerChars = longer.stream().mapToInt(String::length).sum();
        return Math.max(best, 0.5 + 0.5 * matchedChars / Math.max(1, longerChars));
    }

    private static boolean wordsAlike(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int shorter = Math.min(a.length(), b.length());
        if (shorter >= 4 && (a.startsWith(b) || b.startsWith(a))) {
            return true;
        }
        return shorter >= 5 && distance(a, b, 1) <= 1;
    }

    private static List<String> words(String key) {
        List<String> out = new ArrayList<>();
        for (String w : key.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty() && !FILLERS.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    /** Levenshtein distance, or {@code limit + 1} as soon as it must be more than {@code limit}. */
    static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
