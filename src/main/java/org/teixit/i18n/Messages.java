package org.teixit.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The one way user-facing text is looked up: the bundles in {@link #BUNDLES} ({@code messages} for the
 * core and the window, one more per feature area), English first, Catalan and Spanish beside each. The
 * first bundle holding a key wins. A missing key shows as {@code !key!} so it is seen, not hidden.
 */
public final class Messages {
    public static final String BUNDLE = "org.teixit.i18n.messages";
    /** Every bundle, in lookup order. */
    public static final List<String> BUNDLES = List.of(BUNDLE, "org.teixit.i18n.analysis", "org.teixit.i18n.io",
            "org.teixit.i18n.collect");

    private Messages() {
    }

    public static ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, Locale.getDefault());
    }

    private static String pattern(String key) {
        for (String name : BUNDLES) {
            try {
                ResourceBundle b = ResourceBundle.getBundle(name, Locale.getDefault());
                if (b.containsKey(key)) {
                    return b.getString(key);
                }
            } catch (MissingResourceException noSuchBundle) {
                // a feature area without strings yet
            }
        }
        return null;
    }

    public static String get(String key, Object... args) {
        String pattern = pattern(key);
        if (pattern == null) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.getDefault()).format(args);
    }

    public static boolean has(String key) {
        return pattern(key) != null;
    }
}
