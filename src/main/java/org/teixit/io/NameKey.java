package org.teixit.io;

import java.text.Normalizer;
import java.util.Locale;

/** Folds a name for matching: case, accents and runs of spaces ignored ("Ajuntament  de Palau" = "ajuntament de palau"). */
public final class NameKey {
    private NameKey() {
    }

    public static String of(String name) {
        if (name == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(name.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return decomposed.replace('·', '.').toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
