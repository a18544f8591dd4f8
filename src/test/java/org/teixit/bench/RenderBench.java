package org.teixit.bench;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.teixit.model.CserDimension;
import org.teixit.model.Ecosystem;
import org.teixit.render.MapRenderer;
import org.teixit.render.RenderOptions;
import org.teixit.render.Viewport;
import org.teixit.style.Theme;

/**
 * Pan/zoom frame time of the real renderer: {@link MapRenderer#render} into a 1600 × 1000
 * {@code TYPE_INT_ARGB_PRE} image with the options the map view uses (light theme, every dimension,
 * labels and legend), the viewport fitted to the whole map (or zoomed 4× into its centre) and then panned
 * and zoomed a little on every frame, as a drag or a wheel does. Reports the median and the 95th
 * percentile of up to 30 frames after a warm-up; a configuration whose frames are slow stops after
 * {@code -Dbench.render.budget} seconds (15 by default) and at least 3 frames, so the run stays short.
 *
 * <p>Also renders the full-map view with labels off, and with labels and ties off, so the summary shows
 * which part of a frame the time goes to ({@code -Dbench.render.noBreakdown=true} skips that). Run headless:
 * {@code java -Djava.awt.headless=true …}; {@code -Dbench.render.only=10000} (or {@code 50000}) runs one map
 * size only, e.g. under a profiler.
 */
public final class RenderBench {
    static final int WIDTH = 1600;
    static final int HEIGHT = 1000;
    private static final int MAX_FRAMES = 30;
    private static final int MIN_FRAMES = 3;

    private RenderBench() {
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        double budget = Double.parseDouble(System.getProperty("bench.render.budget", "15"));
        boolean breakdown = !Boolean.getBoolean("bench.render.noBreakdown");
        System.out.printf("Render benchmark: MapRenderer.render into %d x %d ARGB_PRE, Java %s, %d processors%n",
                WIDTH, HEIGHT, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        String only = System.getProperty("bench.render.only", "");
        if (only.isEmpty() || only.equals("10000")) {
            run(10_000, 30_000, 16.7, budget, breakdown);
        }
        if (only.isEmpty() || only.equals("50000")) {
            run(50_000, 150_000, 33.0, budget, breakdown);
        }
    }

    private static void run(int actors, int ties, double targetMs, double budget, boolean breakdown) {
        Ecosystem map = GeneratedMaps.generate(actors, ties, GeneratedMaps.SEED);
        String size = BenchResults.format("%,d / %,d", actors, ties);
        RenderOptions options = RenderOptions.defaults(Theme.LIGHT);
        MapRenderer renderer = new MapRenderer();
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_ARGB_PRE);
        Viewport fit = Viewport.fit(map.actors(), WIDTH, HEIGHT, 60);
        Viewport zoomed = fit.zoomed(4, WIDTH / 2.0, HEIGHT / 2.0);
        String target = "<= " + BenchResults.ms(targetMs);

        Frames full = frames(renderer, image, map, fit, options, budget);
        report("render " + size + ", full map", target, full, targetMs);
        Frames in = frames(renderer, image, map, zoomed, options, budget);
        report("render " + size + ", zoomed in 4x", target, in, targetMs);
        if (breakdown) {
            RenderOptions noLabels = new RenderOptions(options.theme(), options.dimensions(), false, true, 1.0);
            RenderOptions noTies = noLabels.withDimensions(EnumSet.noneOf(CserDimension.class));
            Frames withoutLabels = frames(renderer, image, map, fit, noLabels, budget / 2);
            Frames dotsOnly = frames(renderer, image, map, fit, noTies, budget / 2);
            BenchResults.row("  of which labels (full map; frame - frame without labels)", "-",
                    BenchResults.ms(Math.max(0, full.median - withoutLabels.median)), BenchResults.Verdict.INFO);
            BenchResults.row("  of which ties (frame without labels - without ties)", "-",
                    BenchResults.ms(Math.max(0, withoutLabels.median - dotsOnly.median)), BenchResults.Verdict.INFO);
            BenchResults.row("  of which dots, legend, setup (no labels, no ties)", "-",
                    BenchResults.ms(dotsOnly.median), BenchResults.Verdict.INFO);
        }
    }

    private static void report(String row, String target, Frames f, double targetMs) {
        BenchResults.row(row, target, BenchResults.format("median %s, p95 %s (%d fr)", BenchResults.ms(f.median),
                BenchResults.ms(f.p95), f.count), BenchResults.Verdict.of(f.p95 <= targetMs));
    }

    /** Frame times of one configuration after a warm-up of at least one frame and up to a fifth of the budget. */
    private static Frames frames(MapRenderer renderer, BufferedImage image, Ecosystem map, Viewport base,
                                 RenderOptions options, double budgetSeconds) {
        long warmStart = System.nanoTime();
        int warm = 0;
        while (warm < 1 || (warm < 10 && System.nanoTime() - warmStart < budgetSeconds * 0.2e9)) {
            frame(renderer, image, map, moved(base, warm), options);
            warm++;
        }
        List<Double> times = new ArrayList<>();
        long start = System.nanoTime();
        while (times.size() < MAX_FRAMES
                && (times.size() < MIN_FRAMES || System.nanoTime() - start < budgetSeconds * 1e9)) {
            times.add(frame(renderer, image, map, moved(base, times.size()), options));
        }
        double[] t = times.stream().mapToDouble(Double::doubleValue).toArray();
        Frames f = new Frames(BenchResults.median(t.clone()), BenchResults.percentile(t.clone(), 95), t.length);
        System.out.printf("    %-16s %d warm-up + %d frames, median %.1f ms, p95 %.1f ms, min %.1f ms%n",
                options.labels() ? (options.dimensions().isEmpty() ? "labels, no ties:" : "full frame:")
                        : (options.dimensions().isEmpty() ? "no labels/ties:" : "no labels:"),
                warm, t.length, f.median, f.p95, java.util.Arrays.stream(t).min().orElse(0));
        return f;
    }

    /** The {@code i}-th frame of a small drag and wheel movement around {@code base}. */
    static Viewport moved(Viewport base, int i) {
        double zoom = 1 + 0.03 * Math.sin(i * 0.7);
        return base.zoomed(zoom, WIDTH / 2.0, HEIGHT / 2.0).panned(24 * Math.sin(i * 0.5), 15 * Math.cos(i * 0.5));
    }

    /** Milliseconds to render one frame. */
    static double frame(MapRenderer renderer, BufferedImage image, Ecosystem map, Viewport v, RenderOptions options) {
        Graphics2D g = image.createGraphics();
        try {
            long start = System.nanoTime();
            renderer.render(g, map, v, WIDTH, HEIGHT, options);
            return (System.nanoTime() - start) / 1e6;
        } finally {
            g.dispose();
        }
    }

    private record Frames(double median, double p95, int count) {
    }
}
