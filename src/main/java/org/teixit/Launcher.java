package org.teixit;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.teixit.cli.Cli;
import org.teixit.service.MapFiles;
import org.teixit.store.SqliteNativeLibrary;

/**
 * The jar's entry point. A plain class (not a JavaFX {@code Application}) so that the whole classpath,
 * Gephi's NetBeans bootstrap included, is in place before anything loads. With a command
 * ({@code teixit info …}) it runs headless and never touches JavaFX; otherwise it opens the window.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && Cli.isCommand(args[0])) {
            // One copy of SQLite's native library in ~/.teixit/native, not a fresh copy at every launch (the
            // window does this on its way, off the critical path: app.StartupPreload).
            SqliteNativeLibrary.useCacheIn(MapFiles.nativeLibraries());
            System.setProperty("java.awt.headless", "true");
            PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
            PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
            int code = Cli.run(args, out, err);
            out.flush();
            err.flush();
            System.exit(code);
        }
        org.teixit.app.DesktopLauncher.launch(args);
    }
}
