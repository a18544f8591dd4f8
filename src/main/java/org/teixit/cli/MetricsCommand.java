package org.teixit.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

/** {@code teixit metrics FILE… --json}: network measures; filled in when the analysis engine lands. */
@Command(name = "metrics", mixinStandardHelpOptions = true)
final class MetricsCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 0;
    }
}
