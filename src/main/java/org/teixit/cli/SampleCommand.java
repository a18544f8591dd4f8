package org.teixit.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.teixit.i18n.Messages;
import org.teixit.model.Ecosystem;
import org.teixit.sample.SampleEcosystem;
import org.teixit.service.ExportService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code teixit sample OUT}: writes the bundled Petits Joves Actius map to a file (store, JSON, GEXF…). */
@Command(name = "sample", mixinStandardHelpOptions = true)
final class SampleCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OUT", descriptionKey = "out")
    Path out;

    @Override
    public Integer call() throws Exception {
        Ecosystem sample = SampleEcosystem.load();
        ExportService.save(sample, out);
        spec.commandLine().getOut().println(Messages.get("cli.sample.written", out,
                sample.actorCount(), sample.tieCount()));
        return 0;
    }
}
