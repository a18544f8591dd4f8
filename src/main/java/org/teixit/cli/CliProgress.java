package org.teixit.cli;

import java.io.PrintWriter;

import org.teixit.task.Progress;

/**
 * Prints progress to stderr, at most once per ten percent, and never cancels; only at a terminal: a script
 * that reads stderr gets the one-line error of a failed command and nothing else.
 */
final class CliProgress implements Progress {
    private final PrintWriter err;
    private final boolean quiet;
    private long lastPercent = -1;

    CliProgress(PrintWriter err, boolean quiet) {
        this.err = err;
        this.quiet = quiet || System.console() == null;
    }

    @Override
    public void update(String message, double done, double total) {
        if (quiet || total <= 0) {
            return;
        }
        long percent = Math.round(100 * done / total);
        if (percent != lastPercent && percent % 10 == 0) {
            lastPercent = percent;
            err.println(message + " " + percent + "%");
            err.flush();
        }
    }

    @Override
    public boolean isCancelled() {
        return false;
    }
}
