package org.teixit.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gephi.graph.api.Edge;
import org.gephi.graph.api.GraphFactory;
import org.gephi.graph.api.GraphModel;
import org.gephi.graph.api.Node;
import org.gephi.layout.plugin.forceAtlas2.ForceAtlas2;
import org.gephi.layout.plugin.forceAtlas2.ForceAtlas2Builder;
import org.teixit.layout.ForceAtlas2Layout;
import org.teixit.layout.LayoutSettings;
import org.teixit.model.Actor;
import org.teixit.model.Ecosystem;
import org.teixit.model.Tie;

/**
 * ForceAtlas2 overhead on a generated 10,000-actor / 30,000-tie map: ms per iteration of
 * {@link ForceAtlas2Layout#step()} and {@link ForceAtlas2Layout#stepWithoutMeasuring()} against the Gephi
 * toolkit's own loop ({@code initAlgo} once, then {@code goAlgo}) on a graph built the same way as
 * {@code org.teixit.layout.GephiGraphBuilder} builds it, with the same settings, Barnes-Hut and thread
 * count. Every runner starts from the same positions and does the same iterations; they take turns, one
 * iteration each, so a neighbour's build slows them alike. Reported: the best mean of 5 consecutive
 * iterations (of 60 timed, after 10 warm-up), i.e. best of 12; the ratios are the median of the ratios
 * of the same iteration's times, which a neighbour's load moves least.
 *
 * <p>With {@code --teixit-only} it times only {@code step()} (on every core, and on one thread) and writes just
 * those values: {@code bench/run.sh} runs it in turns with graphology's script, so that both meet the same
 * neighbours' load.
 *
 * <p>With {@code -Dbench.graph=FILE} it also writes the graph as Gephi sees it (one edge per pair,
 * weights summed) with its starting positions and settings as JSON, for {@code bench/graphology/fa2.mjs}.
 */
public final class LayoutBench {
    static final int ACTORS = 10_000;
    static final int TIES = 30_000;
    static final int WARM_UP = 10;
    static final int ITERATIONS = 60;
    static final int BLOCK = 5;

    private LayoutBench() {
    }

    public static void main(String[] args) {
        boolean teixitOnly = List.of(args).contains("--teixit-only");
        int threads = Runtime.getRuntime().availableProcessors();
        Ecosystem map = GeneratedMaps.generate(ACTORS, TIES, GeneratedMaps.SEED);
        // What the app uses: LayoutService runs the layout on every core.
        LayoutSettings settings = LayoutSettings.defaults().withThreads(threads);
        LayoutSettings oneThread = LayoutSettings.defaults().withThreads(1);
        System.out.printf("ForceAtlas2 benchmark: %,d actors / %,d ties, Barnes-Hut %s, %d threads, Java %s%n",
                ACTORS, TIES, ACTORS > ForceAtlas2Layout.BARNES_HUT_FROM, threads, System.getProperty("java.version"));

        String graphFile = System.getProperty("bench.graph");
        if (graphFile != null && !graphFile.isBlank() && !teixitOnly) {
            writeGraph(map, settings, Path.of(graphFile));
        }

        List<Runner> runners = teixitOnly ? List.of(
                new Runner("Teixit step()", teixit(map, settings, true)),
                new Runner("Teixit step(), 1 thread", teixit(map, oneThread, true))) : List.of(
                new Runner("Teixit step()", teixit(map, settings, true)),
                new Runner("Teixit stepWithoutMeasuring()", teixit(map, settings, false)),
                new Runner("Gephi initAlgo + goAlgo", gephi(map, settings)),
                new Runner("Teixit step(), 1 thread", teixit(map, oneThread, true)),
                new Runner("Gephi goAlgo, 1 thread", gephi(map, oneThread)));
        try {
            for (int i = 0; i < WARM_UP; i++) {
                for (Runner r : runners) {
                    r.step.run();
                }
            }
            for (int i = 0; i < ITERATIONS; i++) {
                // One iteration each, in turns, starting with a different runner each time: a neighbour's
                // build then slows every runner alike.
                for (int k = 0; k < runners.size(); k++) {
                    Runner r = runners.get((i + k) % runners.size());
                    long start = System.nanoTime();
                    r.step.run();
                    r.times.add((System.nanoTime() - start) / 1e6);
                }
            }
        } finally {
            runners.forEach(r -> r.step.close());
        }
        for (Runner r : runners) {
            double[] t = r.times.stream().mapToDouble(Double::doubleValue).toArray();
            r.best = Double.MAX_VALUE;
            for (int from = 0; from + BLOCK <= t.length; from += BLOCK) {
                double sum = 0;
                for (int i = from; i < from + BLOCK; i++) {
                    sum += t[i];
                }
                r.best = Math.min(r.best, sum / BLOCK);
            }
            double median = BenchResults.median(t); // sorts t
            System.out.printf("    %-32s best %d-iteration mean %6.1f ms; median %6.1f ms, min %6.1f ms, max %6.1f ms"
                    + " over %d iterations%n", r.name, BLOCK, r.best, median, t[0], t[t.length - 1], t.length);
        }
        if (teixitOnly) {
            BenchResults.value("fa2.teixit.step.ms", runners.get(0).best);
            BenchResults.value("fa2.teixit.step1.ms", runners.get(1).best);
            return;
        }
        Runner step = runners.get(0);
        Runner bare = runners.get(1);
        Runner gephi = runners.get(2);
        Runner step1 = runners.get(3);
        Runner gephi1 = runners.get(4);
        String size = BenchResults.format("%,d / %,d", ACTORS, TIES);
        compare("FA2 " + size + ": step() / Gephi goAlgo, " + threads + " threads", step, gephi);
        compare("FA2 " + size + ": stepWithoutMeasuring() / Gephi goAlgo", bare, gephi);
        compare("FA2 " + size + ": step() / Gephi goAlgo, 1 thread", step1, gephi1);
        BenchResults.value("fa2.teixit.step.ms", step.best);
        BenchResults.value("fa2.teixit.step.threads", threads);
        BenchResults.value("fa2.teixit.step1.ms", step1.best);
        BenchResults.value("fa2.gephi.ms", gephi.best);
    }

    /**
     * A row for {@code a} against {@code b}: the median over iterations of a's time / b's time for the same
     * iteration (both ran in the same round of turns, from the same positions), which a neighbour's load barely
     * moves; and each one's best 5-iteration mean.
     */
    private static void compare(String row, Runner a, Runner b) {
        double[] ratios = new double[a.times.size()];
        for (int i = 0; i < ratios.length; i++) {
            ratios[i] = a.times.get(i) / b.times.get(i);
        }
        double ratio = BenchResults.median(ratios);
        BenchResults.row(row, "<= 1.10x", BenchResults.format("%.3fx (best %s vs %s)", ratio,
                BenchResults.ms(a.best), BenchResults.ms(b.best)), BenchResults.Verdict.of(ratio <= 1.10));
    }

    /** One timed way of running iterations. */
    private static final class Runner {
        final String name;
        final Stepper step;
        final List<Double> times = new ArrayList<>();
        double best;

        Runner(String name, Stepper step) {
            this.name = name;
            this.step = step;
        }
    }

    private interface Stepper extends AutoCloseable {
        void run();

        @Override
        void close();
    }

    private static Stepper teixit(Ecosystem map, LayoutSettings settings, boolean measuring) {
        ForceAtlas2Layout layout = new ForceAtlas2Layout(map, settings);
        return new Stepper() {
            @Override
            public void run() {
                if (measuring) {
                    layout.step();
                } else {
                    layout.stepWithoutMeasuring();
                }
            }

            @Override
            public void close() {
                layout.close();
            }
        };
    }

    /** Gephi's own loop, configured as {@link ForceAtlas2Layout} configures it for this map. */
    private static Stepper gephi(Ecosystem map, LayoutSettings settings) {
        GraphModel model = build(map, settings.seed());
        ForceAtlas2 fa = new ForceAtlas2Builder().buildLayout();
        fa.setGraphModel(model);
        fa.resetPropertiesValues();
        fa.setScalingRatio(settings.scalingRatio());
        fa.setGravity(settings.gravity());
        fa.setLinLogMode(settings.linLog());
        fa.setStrongGravityMode(settings.strongGravity());
        fa.setEdgeWeightInfluence(settings.edgeWeightInfluence());
        boolean barnesHut = map.actorCount() > ForceAtlas2Layout.BARNES_HUT_FROM;
        fa.setBarnesHutOptimize(barnesHut);
        fa.setThreadsCount(barnesHut ? settings.threads() : 1);
        fa.setOutboundAttractionDistribution(false);
        fa.setAdjustSizes(false);
        fa.initAlgo();
        return new Stepper() {
            @Override
            public void run() {
                fa.goAlgo();
            }

            @Override
            public void close() {
                fa.endAlgo();
            }
        };
    }

    /** The same graph as org.teixit.layout.GephiGraphBuilder (package-private there) builds. */
    static GraphModel build(Ecosystem ecosystem, long seed) {
        GraphModel model = GraphModel.Factory.newInstance();
        GraphFactory factory = model.factory();
        var graph = model.getUndirectedGraph();
        java.util.Random random = new java.util.Random(seed);
        double spread = 10.0 * Math.sqrt(Math.max(1, ecosystem.actorCount()));
        Map<String, Node> nodes = new HashMap<>();
        for (Actor a : ecosystem.actors()) {
            Node n = factory.newNode(a.id());
            double x = (random.nextDouble() - 0.5) * 2 * spread;
            double y = (random.nextDouble() - 0.5) * 2 * spread;
            if (a.position() != null) {
                x = a.position().x();
                y = a.position().y();
            }
            n.setX((float) x);
            n.setY((float) y);
            n.setSize(10f);
            n.setFixed(a.pinned());
            graph.addNode(n);
            nodes.put(a.id(), n);
        }
        for (Map.Entry<String, PairEdge> e : pairs(ecosystem).entrySet()) {
            PairEdge p = e.getValue();
            Edge edge = factory.newEdge(nodes.get(p.source), nodes.get(p.target), 0, p.weight, false);
            graph.addEdge(edge);
        }
        return model;
    }

    /** Ties merged per unordered pair (loops left out), weights summed, in first-seen order. */
    static Map<String, PairEdge> pairs(Ecosystem ecosystem) {
        Map<String, PairEdge> edges = new LinkedHashMap<>();
        for (Tie t : ecosystem.ties()) {
            if (t.isLoop()) {
                continue;
            }
            String key = t.source().compareTo(t.target()) < 0
                    ? t.source() + '\u0000' + t.target() : t.target() + '\u0000' + t.source();
            PairEdge existing = edges.get(key);
            if (existing != null) {
                existing.weight += t.strength();
            } else {
                edges.put(key, new PairEdge(t.source(), t.target(), t.strength()));
            }
        }
        return edges;
    }

    static final class PairEdge {
        final String source;
        final String target;
        double weight;

        PairEdge(String source, String target, double weight) {
            this.source = source;
            this.target = target;
            this.weight = weight;
        }
    }

    /**
     * The graph for graphology: nodes with starting positions (float, as Gephi holds them), one edge per
     * pair with its summed weight, and the ForceAtlas2 settings used here. A node is {@code [id, x, y, pinned]}.
     */
    private static void writeGraph(Ecosystem map, LayoutSettings settings, Path file) {
        ForceAtlas2 defaults = new ForceAtlas2Builder().buildLayout();
        defaults.setGraphModel(GraphModel.Factory.newInstance());
        defaults.resetPropertiesValues();
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                w.write(String.format(Locale.ROOT, "{\"settings\":{\"scalingRatio\":%s,\"gravity\":%s,"
                                + "\"edgeWeightInfluence\":%s,\"barnesHutOptimize\":%s,\"barnesHutTheta\":%s,"
                                + "\"linLogMode\":%s,\"strongGravityMode\":%s},"
                                + "\"warmUp\":%d,\"iterations\":%d,\"block\":%d,%n",
                        settings.scalingRatio(), settings.gravity(), settings.edgeWeightInfluence(),
                        map.actorCount() > ForceAtlas2Layout.BARNES_HUT_FROM, defaults.getBarnesHutTheta(),
                        settings.linLog(), settings.strongGravity(), WARM_UP, ITERATIONS, BLOCK));
                w.write("\"nodes\":[\n");
                boolean first = true;
                for (Actor a : map.actors()) {
                    w.write(String.format(Locale.ROOT, "%s[\"%s\",%s,%s,%s]", first ? "" : ",\n", a.id(),
                            (float) a.position().x(), (float) a.position().y(), a.pinned()));
                    first = false;
                }
                w.write("],\n\"edges\":[\n");
                first = true;
                for (PairEdge e : pairs(map).values()) {
                    w.write(String.format(Locale.ROOT, "%s[\"%s\",\"%s\",%s]", first ? "" : ",\n", e.source,
                            e.target, e.weight));
                    first = false;
                }
                w.write("]}\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println("    wrote " + file + " for graphology");
    }
}
