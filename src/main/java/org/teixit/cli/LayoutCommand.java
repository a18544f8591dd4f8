package org.teixit.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.teixit.i18n.Messages;
import org.teixit.layout.LayoutRunner;
import org.teixit.layout.LayoutSettings;
import org.teixit.service.LayoutService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code teixit layout FILE --iterations N --seed S --out FILE}: ForceAtlas2, headless and reproducible. */
@Command(name = "layout", mixinStandardHelpOptions = true)
final class LayoutCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "map")
    Path in;

    @Option(names = "--iterations", paramLabel = "N", defaultValue = "1000", descriptionKey = "iterations")
    int iterations;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "" + LayoutSettings.DEFAULT_SEED, descriptionKey = "seed")
    long seed;

    @Option(names = "--until-settled", descriptionKey = "until-settled")
    boolean untilSettled;

    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "out")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (iterations < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), Messages.get("cli.layout.negative"));
        }
        LayoutRunner.Result r = LayoutService.layout(in, out, iterations, seed, untilSettled,
                new CliProgress(spec.commandLine().getErr(), false));
        spec.commandLine().getOut().println(Messages.get("cli.layout.done", out, r.iterations(),
                r.settled() ? Messages.get("cli.layout.settled") : ""));
        return 0;
    }
}
