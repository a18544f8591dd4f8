package org.teixit.bench;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.teixit.model.CserDimension;
import org.teixit.model.Ecosystem;
import org.teixit.render.Highlight;
import org.teixit.render.MapFrames;
import org.teixit.render.MapRenderer;
import org.teixit.render.RenderOptions;
import org.teixit.render.Viewport;
import org.teixit.style.Theme;

/**
 * What the map view shows while the user pans or zooms, and how long the full-detail redraw after the gesture
 * takes, through the same {@link MapFrames} the map view uses, into 1600 × 1000 {@code TYPE_INT_ARGB_PRE}
 * frames with the options the map view uses (light theme, every dimension, labels and legend):
 *
 * <ul>
 * <li><b>gesture frame</b> (the pan/zoom frame; the target): {@link MapFrames#moved} — the last full
 * frame, drawn with a margin around the view, moved and scaled to the new viewport, with the legend on
 * top — for a viewport panned and zoomed a little on every frame, as a drag or the wheel does, from the
 * fitted view (or zoomed 4× into its centre) where the full frame was drawn;</li>
 * <li><b>full-detail redraw</b> (info): {@link MapFrames#full}, what the map view's painter draws once the
 * gesture pauses (and for every change that is not a pan or zoom), for the same moving viewports; and the
 * first full frame of a new map snapshot, which also builds the render index.</li>
 * </ul>
 *
 * After a warm-up of a third of the budget (full redraws, so that the JIT has compiled the drawing code),
 * reports the median and the 95th percentile (nearest rank) of the wall-clock time of up to 30 frames
 * (60 gesture frames) after a warm-up, and the median of each frame's own CPU time (the drawing thread's:
 * on a machine shared with other work, wall-clock times include waiting for a core, CPU times do not); a
 * configuration whose frames are slow stops after {@code -Dbench.render.budget} seconds (15 by default) and at
 * least 3 frames, so the run stays short. The verdict uses p95 (wall clock).
 *
 * <p>Also redraws the full-map view with labels off, and with labels and ties off, so the summary shows
 * which part of a full redraw the time goes to ({@code -Dbench.render.noBreakdown=true} skips that). Run
 * headless: {@code java -Djava.awt.headless=true …}; {@code -Dbench.render.only=10000} (or {@code 50000})
 * runs one map size only, e.g. under a profiler.
 */
public final class RenderBench {
    static final int WIDTH = 1600;
    static final int HEIGHT = 1000;
    private static final int MAX_FRAMES = 30;
    private static final int MAX_GESTURE_FRAMES = 60;
    private static final int MIN_FRAMES = 3;

    private RenderBench() {
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        double budget = Double.parseDouble(System.getProperty("bench.render.budget", "15"));
        boolean breakdown = !Boolean.getBoolean("bench.render.noBreakdown");
        System.out.printf("Render benchmark: MapFrames (as the map view) into %d x %d ARGB_PRE, Java %s, %d processors%n",
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
        MapFrames frames = new MapFrames(new MapRenderer());
        Viewport fit = Viewport.fit(map.actors(), WIDTH, HEIGHT, 60);
        Viewport zoomed = fit.zoomed(4, WIDTH / 2.0, HEIGHT / 2.0);
        String target = "<= " + BenchResults.ms(targetMs);
        // Let the JIT compile the drawing code first (a third of the budget), so that no row pays for it.
        long warmUntil = System.nanoTime() + (long) (budget / 3 * 1e9);
        for (int i = 0; System.nanoTime() < warmUntil || i < 2; i++) {
            frames.full(map, map, moved(i % 2 == 0 ? fit : zoomed, i), WIDTH, HEIGHT, options, Highlight.NONE);
        }

        Frames gestureFull = gesture(frames, map, fit, options, budget / 2);
        report("render " + size + ", pan/zoom frame (gesture), full map", target, gestureFull, targetMs);
        Frames gestureIn = gesture(frames, map, zoomed, options, budget / 2);
        report("render " + size + ", pan/zoom frame (gesture), zoomed in 4x", target, gestureIn, targetMs);

        Frames full = redraws(frames, map, fit, options, budget);
        info("render " + size + ", full-detail redraw after a gesture, full map", full);
        Frames in = redraws(frames, map, zoomed, options, budget);
        info("render " + size + ", full-detail redraw after a gesture, zoomed in 4x", in);
        Frames fresh = newSnapshots(frames, map, fit, options, budget / 2);
        info("render " + size + ", first full frame of a changed map (+ index)", fresh);
        if (breakdown) {
            RenderOptions noLabels = new RenderOptions(options.theme(), options.dimensions(), false, true, 1.0);
            RenderOptions noTies = noLabels.withDimensions(EnumSet.noneOf(CserDimension.class));
            Frames withoutLabels = redraws(frames, map, fit, noLabels, budget / 2);
            Frames dotsOnly = redraws(frames, map, fit, noTies, budget / 2);
            BenchResults.row("  of which labels (full map; redraw - redraw without labels)", "-",
                    BenchResults.ms(Math.max(0, full.median - withoutLabels.median)), BenchResults.Verdict.INFO);
            BenchResults.row("  of which ties (redraw without labels - without ties)", "-",
                    BenchResults.ms(Math.max(0, withoutLabels.median - dotsOnly.median)), BenchResults.Verdict.INFO);
            BenchResults.row("  of which dots, legend, setup (no labels, no ties)", "-",
                    BenchResults.ms(dotsOnly.median), BenchResults.Verdict.INFO);
        }
    }

    private static void report(String row, String target, Frames f, double targetMs) {
        BenchResults.row(row, target, measured(f), BenchResults.Verdict.of(f.p95 <= targetMs));
    }

    private static void info(String row, Frames f) {
        BenchResults.row(row, "-", measured(f), BenchResults.Verdict.INFO);
    }

    private static String measured(Frames f) {
        return BenchResults.format("median %s, p95 %s (%d fr; CPU %s)", BenchResults.ms(f.median),
                BenchResults.ms(f.p95), f.count, BenchResults.ms(f.cpuMedian));
    }

    /** Gesture frames: one full frame at {@code base} (as when the gesture starts), then moved frames only. */
    private static Frames gesture(MapFrames frames, Ecosystem map, Viewport base, RenderOptions options,
                                  double budgetSeconds) {
        frames.full(map, map, base, WIDTH, HEIGHT, options, Highlight.NONE);
        if (!frames.canMove(map, WIDTH, HEIGHT, options, Highlight.NONE)) {
            throw new IllegalStateException("the full frame was not kept");
        }
        // As the map view: each frame is drawn into the one the screen is done with.
        java.awt.image.BufferedImage[] spare = {null};
        return time("gesture frame:", budgetSeconds, MAX_GESTURE_FRAMES,
                i -> timed(() -> spare[0] = frames.moved(moved(base, i), spare[0])));
    }

    /** Full-detail frames, as the painter draws them once a gesture pauses, for moving viewports. */
    private static Frames redraws(MapFrames frames, Ecosystem map, Viewport base, RenderOptions options,
                                  double budgetSeconds) {
        String what = options.labels() ? (options.dimensions().isEmpty() ? "labels, no ties:" : "full redraw:")
                : (options.dimensions().isEmpty() ? "no labels/ties:" : "no labels:");
        // As the map view: each frame is drawn into the one the screen is done with.
        java.awt.image.BufferedImage[] spare = {null};
        return time(what, budgetSeconds, MAX_FRAMES, i -> timed(() -> spare[0] = frames.full(map, map, moved(base, i),
                WIDTH, HEIGHT, options, Highlight.NONE, spare[0])));
    }

    /** Full frames of a new snapshot of the same map every time, so each builds the render index again. */
    private static Frames newSnapshots(MapFrames frames, Ecosystem map, Viewport base, RenderOptions options,
                                       double budgetSeconds) {
        java.awt.image.BufferedImage[] spare = {null};
        return time("new snapshot:", budgetSeconds, MAX_FRAMES, i -> {
            Ecosystem copy = map.toBuilder().build();
            return timed(() -> spare[0] = frames.full(copy, copy, moved(base, i), WIDTH, HEIGHT, options,
                    Highlight.NONE, spare[0]));
        });
    }

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
    /** The CPU time of the last {@link #timed} frame, in ms (this thread's own; NaN when the JVM cannot tell). */
    private static double lastCpuMs;

    /** Milliseconds {@code frame} takes (wall clock); its CPU time goes to {@link #lastCpuMs}. */
    private static double timed(Runnable frame) {
        boolean cpu = THREADS.isCurrentThreadCpuTimeSupported();
        long cpuStart = cpu ? THREADS.getCurrentThreadCpuTime() : 0;
        long start = System.nanoTime();
        frame.run();
        double wall = (System.nanoTime() - start) / 1e6;
        lastCpuMs = cpu ? (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e6 : Double.NaN;
        return wall;
    }

    /**
     * The times {@code frame} reports (ms) for frames 0, 1, 2, … after a warm-up of at least one frame and up
     * to a fifth of the budget.
     */
    private static Frames time(String what, double budgetSeconds, int maxFrames,
                               java.util.function.IntToDoubleFunction frame) {
        long warmStart = System.nanoTime();
        int warm = 0;
        while (warm < 1 || (warm < 10 && System.nanoTime() - warmStart < budgetSeconds * 0.2e9)) {
            frame.applyAsDouble(warm);
            warm++;
        }
        List<Double> times = new ArrayList<>();
        List<Double> cpuTimes = new ArrayList<>();
        long start = System.nanoTime();
        while (times.size() < maxFrames
                && (times.size() < MIN_FRAMES || System.nanoTime() - start < budgetSeconds * 1e9)) {
            times.add(frame.applyAsDouble(times.size()));
            cpuTimes.add(lastCpuMs);
        }
        double[] t = times.stream().mapToDouble(Double::doubleValue).toArray();
        double cpu = BenchResults.median(cpuTimes.stream().mapToDouble(Double::doubleValue).toArray());
        Frames f = new Frames(BenchResults.median(t.clone()), BenchResults.percentile(t.clone(), 95), t.length, cpu);
        System.out.printf("    %-16s %d warm-up + %d frames, median %.1f ms, p95 %.1f ms, min %.1f ms; CPU median %.1f ms%n",
                what, warm, t.length, f.median, f.p95, java.util.Arrays.stream(t).min().orElse(0), cpu);
        return f;
    }

    /** The {@code i}-th frame of a small drag and wheel movement around {@code base}. */
    static Viewport moved(Viewport base, int i) {
        double zoom = 1 + 0.03 * Math.sin(i * 0.7);
        return base.zoomed(zoom, WIDTH / 2.0, HEIGHT / 2.0).panned(24 * Math.sin(i * 0.5), 15 * Math.cos(i * 0.5));
    }

    /** Wall-clock median and p95 of the frames, their count, and the median of their own CPU time. */
    private record Frames(double median, double p95, int count, double cpuMedian) {
    }
}
