package org.teixit.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The one way user-facing text is looked up: {@code org/teixit/i18n/messages*.properties}, English first,
 * Catalan and Spanish beside it. A missing key shows as {@code !key!} so it is seen, not hidden.
 */
public final class Messages {
    public static final String BUNDLE = "org.teixit.i18n.messages";

    private Messages() {
    }

    public static ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, Locale.getDefault());
    }

    public static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle().getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.getDefault()).format(args);
    }

    public static boolean has(String key) {
        return bundle().containsKey(key);
    }
}
