package org.teixit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.teixit.analysis.ActorMeasures;
import org.teixit.analysis.MeasuresResult;
import org.teixit.analysis.NetworkMeasures;
import org.teixit.analysis.NetworkSummary;
import org.teixit.i18n.Messages;
import org.teixit.model.Ecosystem;
import org.teixit.service.MapLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code teixit metrics FILE… --json}: network and actor measures, with networkx's definitions. One file
 * prints one object {@code {"network": …, "actors": […]}}; several print an array of such objects, each
 * with its {@code "file"}.
 */
@Command(name = "metrics", mixinStandardHelpOptions = true)
final class MetricsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", descriptionKey = "files")
    List<Path> files;

    @Option(names = "--json", descriptionKey = "json")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        CliProgress progress = new CliProgress(spec.commandLine().getErr(), json);
        List<Map<String, Object>> docs = new ArrayList<>();
        for (Path file : files) {
            Ecosystem e = MapLoader.load(file, progress);
            MeasuresResult r = NetworkMeasures.compute(e, progress);
            Map<String, Object> doc = Json.documentFor(file, files.size() > 1);
            doc.put("network", network(r.network()));
            List<Map<String, Object>> actors = new ArrayList<>();
            r.actors().forEach(a -> actors.add(actor(a, r.network().directed())));
            doc.put("actors", actors);
            docs.add(doc);
            if (!json) {
                printTable(out, file, r);
            }
        }
        if (json) {
            Json.printDocuments(out, docs);
        }
        return 0;
    }

    private static Map<String, Object> network(NetworkSummary n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("actors", n.actors());
        m.put("ties", n.ties());
        m.put("directed", n.directed());
        m.put("density", n.density());
        m.put("components", n.components());
        m.put("averageClustering", n.averageClustering());
        if (n.directed()) {
            m.put("reciprocity", n.reciprocity());
        } else {
            m.put("degreeCentralization", n.degreeCentralization());
        }
        return m;
    }

    private static Map<String, Object> actor(ActorMeasures a, boolean directed) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("label", a.label());
        m.put("degree", a.degree());
        m.put("strength", a.strength());
        m.put("betweenness", a.betweenness());
        m.put("closeness", a.closeness());
        m.put("pagerank", a.pagerank());
        m.put("clustering", a.clustering());
        if (!directed) {
            m.put("constraint", a.constraint());
        }
        return m;
    }

    private static void printTable(PrintWriter out, Path file, MeasuresResult r) {
        NetworkSummary n = r.network();
        out.println(Messages.get("cli.metrics.network", file, n.actors(), n.ties(), n.density(), n.components(),
                n.averageClustering()));
        out.printf("%-32s %6s %11s %9s %8s %10s%n", "actor", "degree", "betweenness", "closeness", "pagerank",
                "clustering");
        for (ActorMeasures a : r.actors()) {
            String label = a.label().length() > 32 ? a.label().substring(0, 31) + "…" : a.label();
            out.printf("%-32s %6d %11.4f %9.4f %8.4f %10.4f%n", label, a.degree(), a.betweenness(), a.closeness(),
                    a.pagerank(), a.clustering());
        }
    }
}
