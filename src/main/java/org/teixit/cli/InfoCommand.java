package org.teixit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.teixit.i18n.Messages;
import org.teixit.model.CserDimension;
import org.teixit.model.Ecosystem;
import org.teixit.service.MapLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code teixit info STORE [--json]}: counts of actors, ties, and ties per CSER dimension. */
@Command(name = "info", mixinStandardHelpOptions = true)
final class InfoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "STORE", descriptionKey = "store")
    Path store;

    @Option(names = "--json", descriptionKey = "json")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Ecosystem e = MapLoader.load(store, new CliProgress(spec.commandLine().getErr(), json));
        Map<String, Integer> perDimension = new LinkedHashMap<>();
        e.tiesPerDimension().forEach((d, n) -> perDimension.put(d.id(), n));
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("name", e.name());
            doc.put("actors", e.actorCount());
            doc.put("ties", e.tieCount());
            doc.put("dimensions", perDimension);
            Json.print(out, doc);
        } else {
            out.println(e.name());
            out.println(Messages.get("cli.info.counts", e.actorCount(), e.tieCount()));
            for (CserDimension d : CserDimension.values()) {
                out.printf("  %-14s %5d  %s%n", d.id(), perDimension.get(d.id()), Messages.get(d.nameKey()));
            }
        }
        return 0;
    }
}
