package org.teixit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.teixit.i18n.Messages;
import org.teixit.service.ImportService;
import org.teixit.service.ImportSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code teixit import FILE… --into STORE [--create-missing] [--roster]}: all files or nothing; creates the
 * store if missing. Files with actors are merged before files with only ties.
 */
@Command(name = "import", mixinStandardHelpOptions = true, resourceBundle = "org.teixit.i18n.cli_io")
final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", descriptionKey = "files")
    List<Path> files;

    @Option(names = "--into", required = true, paramLabel = "STORE", descriptionKey = "into")
    Path into;

    @Option(names = "--create-missing", descriptionKey = "create-missing")
    boolean createMissing;

    @Option(names = "--roster", descriptionKey = "roster")
    boolean roster;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ImportSummary s = new ImportService(createMissing, roster).importFiles(files, into, new CliProgress(err, false));
        s.warnings().forEach(w -> err.println(Messages.get("cli.warning", w)));
        out.println(Messages.get("cli.import.done", into, s.actorsAdded(), s.actorsUpdated(), s.tiesAdded(),
                s.tiesUpdated()));
        return 0;
    }
}
