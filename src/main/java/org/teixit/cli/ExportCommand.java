package org.teixit.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.teixit.i18n.Messages;
import org.teixit.model.Ecosystem;
import org.teixit.service.ExportService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code teixit export STORE --to FILE}: the format follows FILE's ending. */
@Command(name = "export", mixinStandardHelpOptions = true)
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "STORE", descriptionKey = "store")
    Path store;

    @Option(names = "--to", required = true, paramLabel = "FILE", descriptionKey = "to")
    Path to;

    @Override
    public Integer call() throws Exception {
        Ecosystem e = ExportService.export(store, to, new CliProgress(spec.commandLine().getErr(), false));
        spec.commandLine().getOut().println(Messages.get("cli.export.done", to, e.actorCount(), e.tieCount()));
        return 0;
    }
}
