package org.teixit.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.teixit.analysis.ActorMeasures;
import org.teixit.analysis.MeasuresResult;
import org.teixit.analysis.NetworkMeasures;
import org.teixit.analysis.diagnose.Diagnosis;
import org.teixit.analysis.ecosystem.Communities;
import org.teixit.analysis.ecosystem.CoreNumbers;
import org.teixit.analysis.ecosystem.EcosystemAnalysis;
import org.teixit.analysis.ecosystem.Louvain;
import org.teixit.analysis.ecosystem.MapGraph;
import org.teixit.model.Ecosystem;
import org.teixit.task.Progress;

/**
 * Times the whole analysis on a generated 10,000-actor / 30,000-tie map ({@link GeneratedMaps}): the network
 * measures ({@code metrics}), the ecosystem measures, and the diagnosis with its measured recommendations —
 * best of 3 after a warm-up. When a Python 3 with python-igraph is installed (Debian's {@code
 * python3-igraph}), it also times igraph's C core on the same graph, in the same run, for the measures both
 * compute — betweenness, closeness, PageRank, local transitivity, coreness and {@code community_multilevel}
 * (Louvain) — and reports the ratio, checking on the way that betweenness, PageRank, transitivity and
 * coreness agree. igraph runs single-threaded; we use every processor. Not part of {@code mvn test}:
 * <pre>
 * mvn -q -Dbuild.dir=target-analysis2 test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -cp target-analysis2/test-classes:target-analysis2/classes:$(cat cp.txt) org.teixit.bench.EcosystemBench
 * </pre>
 * Arguments (optional): actors, ties.
 */
public final class EcosystemBench {
    private static final int RUNS = 3;

    private EcosystemBench() {
    }

    public static void main(String[] args) throws Exception {
        int actors = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int ties = args.length > 1 ? Integer.parseInt(args[1]) : 30_000;
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf("Teixit ecosystem analysis benchmark, %d processors, Java %s%n", cores,
                System.getProperty("java.version"));
        Ecosystem map = GeneratedMaps.generate(actors, ties, GeneratedMaps.SEED);
        MapGraph graph = MapGraph.of(map);
        System.out.printf("map: %,d actors, %,d ties (%,d distinct pairs), %s%n", map.actorCount(), map.tieCount(),
                graph.edgeCount(), MapGraph.isDirectedMap(map) ? "directed" : "measured undirected");

        double metrics = best(() -> NetworkMeasures.compute(map, Progress.NONE));
        double[] cheap = new double[1];
        double analysis = best(() -> {
            long start = System.nanoTime();
            return EcosystemAnalysis.compute(map, Progress.NONE,
                    partial -> cheap[0] = (System.nanoTime() - start) / 1e9);
        });
        EcosystemAnalysis done = EcosystemAnalysis.compute(map, Progress.NONE);
        double diagnose = best(() -> Diagnosis.of(map, done, Progress.NONE, Diagnosis.DEFAULT_LIMIT));
        double sameMeasures = best(() -> {
            MeasuresResult m = NetworkMeasures.compute(map, Progress.NONE);
            CoreNumbers.of(graph);
            Louvain.detect(graph, Louvain.DEFAULT_SEED, Progress.NONE);
            return m;
        });
        Diagnosis diagnosis = Diagnosis.of(map, done, Progress.NONE, Diagnosis.DEFAULT_LIMIT);
        String size = String.format("%,d / %,d", actors, ties);
        BenchResults.row("metrics (network measures), " + size, "info", seconds(metrics), BenchResults.Verdict.INFO);
        BenchResults.row("ecosystem measures, cheap ones first, " + size, "info", seconds(cheap[0]),
                BenchResults.Verdict.INFO);
        BenchResults.row("metrics + ecosystem measures, " + size, "info", seconds(analysis), BenchResults.Verdict.INFO);
        BenchResults.row("igraph's measures (metrics + k-core + Louvain), " + size, "info", seconds(sameMeasures),
                BenchResults.Verdict.INFO);
        BenchResults.row("diagnose (findings + measured weaving), " + size, "info", seconds(diagnose),
                BenchResults.Verdict.INFO);
        double full = analysis + diagnose;
        BenchResults.row("full suite (metrics + ecosystem + diagnose), " + size, "seconds", seconds(full),
                BenchResults.Verdict.of(full < 60));
        System.out.printf("  diagnosis: %d findings, %d recommendations; %d communities, modularity %.4f%n",
                diagnosis.findings().size(), diagnosis.recommendations().size(), done.communities().count(),
                done.communities().modularity());

        Path edges = Files.createTempFile("teixit-bench-", ".edges");
        Path values = Files.createTempFile("teixit-bench-", ".json");
        try {
            writeEdges(graph, edges);
            String python = igraphPython();
            if (python == null) {
                System.out.println("  igraph: no python3 with python-igraph found (apt-get install python3-igraph);"
                        + " no comparison");
                return;
            }
            JsonNode igraph = runIgraph(python, edges, values, graph.size());
            double igraphTotal = igraph.get("total").asDouble();
            System.out.printf("  igraph %s (C core, one thread), best of %d: %s%n", igraph.get("version").asText(),
                    RUNS, igraph.get("times"));
            BenchResults.row("igraph, same measures, " + size, "info", seconds(igraphTotal),
                    BenchResults.Verdict.INFO);
            BenchResults.row("ours, same measures / igraph", "<= 2.0x", ratio(sameMeasures / igraphTotal),
                    BenchResults.Verdict.of(sameMeasures <= 2 * igraphTotal));
            BenchResults.row("ours, metrics + ecosystem measures / igraph", "<= 2.0x", ratio(analysis / igraphTotal),
                    BenchResults.Verdict.of(analysis <= 2 * igraphTotal));
            BenchResults.row("ours, full suite with diagnose / igraph", "info", ratio(full / igraphTotal),
                    BenchResults.Verdict.INFO);
            BenchResults.value("ecosystem.igraph.seconds", igraphTotal);
            BenchResults.value("ecosystem.ours.same.seconds", sameMeasures);
            BenchResults.value("ecosystem.ours.full.seconds", full);
            compare(done, graph, values, igraph);
        } finally {
            Files.deleteIfExists(edges);
            Files.deleteIfExists(values);
        }
    }

    private static String seconds(double s) {
        return BenchResults.format("%.3f s", s);
    }

    private static String ratio(double r) {
        return BenchResults.format("%.2fx", r);
    }

    /** Seconds of the fastest of {@link #RUNS} runs after one warm-up run. */
    private static double best(Supplier<?> run) {
        run.get();
        double best = Double.MAX_VALUE;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            run.get();
            best = Math.min(best, (System.nanoTime() - start) / 1e9);
        }
        return best;
    }

    /** The undirected simple graph the measures run on, one "u v" line per edge, actors by index. */
    private static void writeEdges(MapGraph g, Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
            for (int v = 0; v < g.size(); v++) {
                for (int i = 0; i < g.degree(v); i++) {
                    int u = g.neighbour(v, i);
                    if (u > v) {
                        w.write(v + " " + u + "\n");
                    }
                }
            }
        }
    }

    private static String igraphPython() {
        for (String candidate : List.of("python3", "/usr/bin/python3")) {
            try {
                Process p = new ProcessBuilder(candidate, "-c", "import igraph").redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                if (p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0) {
                    return candidate;
                }
            } catch (IOException | InterruptedException e) {
                // try the next one
            }
        }
        return null;
    }

    private static final String SCRIPT = """
            import json, sys, time
            import igraph as ig
            edges_file, values_file, n, runs = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
            with open(edges_file) as f:
                edges = [tuple(map(int, line.split())) for line in f if line.strip()]
            g = ig.Graph(n=n, edges=edges, directed=False)
            jobs = {
                "betweenness": lambda: g.betweenness(directed=False),
                "closeness": lambda: g.closeness(),
                "pagerank": lambda: g.pagerank(damping=0.85),
                "transitivity": lambda: g.transitivity_local_undirected(mode="zero"),
                "coreness": lambda: g.coreness(),
                "multilevel": lambda: g.community_multilevel(),
            }
            times, results = {}, {}
            for name, job in jobs.items():
                results[name] = job()
                best = float("inf")
                for _ in range(runs):
                    start = time.perf_counter()
                    job()
                    best = min(best, time.perf_counter() - start)
                times[name] = round(best, 4)
            with open(values_file, "w") as f:
                json.dump({"betweenness": results["betweenness"], "pagerank": results["pagerank"],
                           "transitivity": results["transitivity"], "coreness": results["coreness"],
                           "modularity": results["multilevel"].modularity}, f)
            print(json.dumps({"version": ig.__version__, "times": times, "total": sum(times.values())}))
            """;

    private static JsonNode runIgraph(String python, Path edges, Path values, int n) throws Exception {
        List<String> command = new ArrayList<>(List.of(python, "-c", SCRIPT, edges.toString(), values.toString(),
                Integer.toString(n), Integer.toString(RUNS)));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException("the igraph script failed: " + out);
        }
        return new ObjectMapper().readTree(out.strip().lines().reduce((a, b) -> b).orElseThrow());
    }

    /** Checks that igraph's values are ours (igraph's betweenness is not normalized). */
    private static void compare(EcosystemAnalysis ours, MapGraph g, Path values, JsonNode igraph) throws IOException {
        JsonNode v = new ObjectMapper().readTree(values.toFile());
        List<ActorMeasures> m = ours.measures().actors();
        int n = g.size();
        double scale = n > 2 ? 2.0 / ((double) (n - 1) * (n - 2)) : 1;
        Map<String, Double> maxDiff = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            maxDiff.merge("betweenness", Math.abs(v.get("betweenness").get(i).asDouble() * scale
                    - m.get(i).betweenness()), Math::max);
            maxDiff.merge("pagerank", Math.abs(v.get("pagerank").get(i).asDouble() - m.get(i).pagerank()), Math::max);
            maxDiff.merge("clustering", Math.abs(v.get("transitivity").get(i).asDouble() - m.get(i).clustering()),
                    Math::max);
            maxDiff.merge("coreness", (double) Math.abs(v.get("coreness").get(i).asInt()
                    - ours.actors().get(i).coreNumber()), Math::max);
        }
        Communities c = ours.communities();
        System.out.printf("  max |igraph - ours|: %s; Louvain modularity igraph %.4f, ours %.4f%n", maxDiff,
                v.get("modularity").asDouble(), c.modularity());
        BenchResults.row("values agree with igraph (betweenness, clustering, coreness)", "<= 1e-9",
                BenchResults.format("%.1e", Math.max(maxDiff.get("betweenness"),
                        Math.max(maxDiff.get("clustering"), maxDiff.get("coreness")))),
                BenchResults.Verdict.of(maxDiff.get("betweenness") <= 1e-9 && maxDiff.get("clustering") <= 1e-9
                        && maxDiff.get("coreness") == 0));
        System.out.printf("  (PageRank: ours by power iteration to networkx's tolerance, igraph's PRPACK exact:"
                + " max difference %.1e)%n", maxDiff.get("pagerank"));
        System.out.printf("  igraph total %.3f s: %s%n", igraph.get("total").asDouble(), igraph.get("times"));
    }
}
