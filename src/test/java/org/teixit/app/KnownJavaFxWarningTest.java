package org.teixit.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;

/** JavaFX's class-path warning stays off the console; its other messages do not. */
class KnownJavaFxWarningTest {

    @Test
    void onlyTheClassPathWarningIsHidden() {
        List<String> seen = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                seen.add(record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger javafx = Logger.getLogger("javafx");
        javafx.addHandler(handler);
        try {
            KnownJavaFxWarning.hide();
            javafx.warning("Unsupported JavaFX configuration: classes were loaded from 'unnamed module @1a2b'");
            javafx.warning("Could not resolve '-teixit-map' while resolving lookups for '-fx-background-color'");
            System.getLogger("javafx").log(System.Logger.Level.WARNING,
                    "Unsupported JavaFX configuration: classes were loaded from 'unnamed module @3c4d'");
            assertEquals(List.of("Could not resolve '-teixit-map' while resolving lookups for '-fx-background-color'"), seen);
        } finally {
            javafx.removeHandler(handler);
            javafx.setFilter(null);
        }
    }
}
