package org.teixit.bench;

import java.util.List;
import java.util.function.Supplier;

import org.teixit.analysis.ActorMeasures;
import org.teixit.analysis.BenchSupport;
import org.teixit.analysis.MeasuresResult;
import org.teixit.analysis.NetworkMeasures;
import org.teixit.analysis.TestMaps;
import org.teixit.model.Ecosystem;
import org.teixit.task.Progress;

/**
 * Times {@link NetworkMeasures#compute} on a random 10,000-actor / 30,000-tie map (best of 3 after a
 * warm-up), and JGraphT's BetweennessCentrality against it on a 2,000-actor / 6,000-tie map. Not part of
 * {@code mvn test}; run it with the test class path, e.g.
 * <pre>
 * mvn -q -Dbuild.dir=target-analysis test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -cp target-analysis/test-classes:target-analysis/classes:$(cat cp.txt) org.teixit.bench.MeasuresBench
 * </pre>
 */
public final class MeasuresBench {
    private static final long SEED = 20240611L;

    private MeasuresBench() {
    }

    public static void main(String[] args) {
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf("Teixit network measures benchmark, %d processors, Java %s%n", cores,
                System.getProperty("java.version"));

        Ecosystem big = TestMaps.random(10_000, 30_000, false, SEED);
        Ecosystem bigDirected = TestMaps.random(10_000, 30_000, true, SEED);
        System.out.printf("10,000 actors / 30,000 ties, undirected, all measures: best %.3f s%n",
                best(() -> NetworkMeasures.compute(big, Progress.NONE)));
        System.out.printf("10,000 actors / 30,000 ties, undirected, one thread:   best %.3f s%n",
                best(() -> BenchSupport.compute(big, 1)));
        System.out.printf("10,000 actors / 30,000 ties, directed, all measures:   best %.3f s%n",
                best(() -> NetworkMeasures.compute(bigDirected, Progress.NONE)));

        Ecosystem mid = TestMaps.random(2_000, 6_000, false, SEED + 1);
        double ours = best(() -> NetworkMeasures.compute(mid, Progress.NONE));
        double oursOne = best(() -> BenchSupport.compute(mid, 1));
        BenchSupport.jgraphtBetweenness(mid); // warm-up
        long start = System.nanoTime();
        double[] reference = BenchSupport.jgraphtBetweenness(mid);
        double jgrapht = (System.nanoTime() - start) / 1e9;
        List<ActorMeasures> actors = NetworkMeasures.compute(mid, Progress.NONE).actors();
        // JGraphT divides undirected betweenness by (n-1)(n-2), networkx (and we) by (n-1)(n-2)/2.
        double maxDiff = 0;
        for (int i = 0; i < reference.length; i++) {
            maxDiff = Math.max(maxDiff, Math.abs(2 * reference[i] - actors.get(i).betweenness()));
        }
        System.out.printf("2,000 actors / 6,000 ties: JGraphT BetweennessCentrality %.3f s; all our measures"
                + " %.3f s (%d threads), %.3f s (one thread)%n", jgrapht, ours, cores, oursOne);
        System.out.printf("  JGraphT betweenness / our measures: %.1fx (all threads), %.1fx (one thread);"
                + " max |2 x JGraphT - ours| in betweenness %.2e%n", jgrapht / ours, jgrapht / oursOne, maxDiff);
    }

    /** Seconds of the fastest of 3 runs after one warm-up run. */
    private static double best(Supplier<MeasuresResult> run) {
        run.get();
        double best = Double.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            run.get();
            best = Math.min(best, (System.nanoTime() - start) / 1e9);
        }
        return best;
    }
}
