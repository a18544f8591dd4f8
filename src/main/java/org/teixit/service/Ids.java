package org.teixit.service;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/** New ids for actors and ties the user adds: readable (from the name) and never clashing. */
public final class Ids {
    private Ids() {
    }

    /** "Club Natació Palau" → "club-natacio-palau", or "…-2", "…-3" when taken. */
    public static String fromName(String name, Predicate<String> taken) {
        String slug = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.isEmpty()) {
            slug = "actor";
        }
        if (slug.length() > 60) {
            slug = slug.substring(0, 60);
        }
        String id = slug;
        for (int n = 2; taken.test(id); n++) {
            id = slug + "-" + n;
        }
        return id;
    }

    /** "t1", "t2", … : the first free one from {@code start}. */
    public static String next(String prefix, int start, Predicate<String> taken) {
        int n = Math.max(1, start);
        while (taken.test(prefix + n)) {
            n++;
        }
        return prefix + n;
    }
}
