package org.teixit.app;

import java.util.logging.Filter;
import java.util.logging.Logger;

/**
 * Keeps JavaFX's "Unsupported JavaFX configuration: classes were loaded from 'unnamed module …'" off the
 * console. Teixit runs JavaFX from the class path on purpose (the module path would cost the window ~0.1 s
 * of its start: docs/decisions/0004), so at every launch that line only alarmed the user. Every other
 * message of JavaFX's loggers still goes through.
 */
final class KnownJavaFxWarning {
    /** JavaFX's own logger; held here, as java.util.logging keeps its loggers only while someone does. */
    private static Logger javafx;

    private KnownJavaFxWarning() {
    }

    static void hide() {
        javafx = Logger.getLogger("javafx");
        Filter previous = javafx.getFilter();
        javafx.setFilter(record -> !isKnown(record.getMessage())
                && (previous == null || previous.isLoggable(record)));
    }

    static boolean isKnown(String message) {
        return message != null && message.startsWith("Unsupported JavaFX configuration: classes were loaded from");
    }
}
