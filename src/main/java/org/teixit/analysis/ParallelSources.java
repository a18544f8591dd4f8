package org.teixit.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.teixit.task.CancelledException;
import org.teixit.task.Progress;

/**
 * Runs one unit of work per source index {@code 0 .. count-1} on several threads, reproducibly. The
 * sources are cut into a fixed number of contiguous blocks; threads claim whole blocks, and each block
 * gets its own accumulator, filled source by source in increasing order. The caller merges the
 * accumulators in block order, so floating-point sums come out bit for bit the same whatever the number
 * of threads and however they were scheduled. Each thread also owns one scratch object that it reuses for
 * every source it handles.
 *
 * <p>The calling thread is one of the workers, helpers run in the common fork-join pool. Only the
 * calling thread touches the {@link Progress}: it checks for cancellation before each of its sources and
 * while it waits for the helpers, and reports progress about ten times a second; helpers only watch a
 * stop flag. So Progress implementations need not be thread-safe, and when the caller returns or throws
 * no helper is still working. A helper that gets a pool thread only after the work ran out does nothing,
 * so a busy pool slows the work down but never blocks it.
 *
 * @param <S> per-thread scratch space
 * @param <A> per-block accumulator
 */
final class ParallelSources<S, A> {
    private static final long REPORT_NANOS = 100_000_000L;
    private static final long WAIT_MILLIS = 50;

    /** The work for one source: read and write {@code scratch}, add the source's share to {@code block}. */
    interface Body<S, A> {
        void run(S scratch, A block, int source);
    }

    private final int count;
    private final int blocks;
    private final Supplier<S> scratch;
    private final Supplier<A> accumulator;
    private final Body<S, A> body;
    private final Object[] results;
    private final AtomicInteger nextBlock = new AtomicInteger();
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final Object lock = new Object();
    private volatile boolean stop;
    private boolean closed; // guarded by lock
    private int active; // guarded by lock

    private ParallelSources(int count, int blocks, Supplier<S> scratch, Supplier<A> accumulator,
                            Body<S, A> body) {
        this.count = count;
        this.blocks = blocks;
        this.scratch = scratch;
        this.accumulator = accumulator;
        this.body = body;
        this.results = new Object[blocks];
    }

    /**
     * Runs {@code body} for every source on up to {@code threads} threads.
     *
     * @param blocks how many blocks to cut the sources into (at most {@code count}); the result depends
     *               on it, so it must not depend on the number of threads
     * @return the accumulators in block order, one per non-empty block
     * @throws CancelledException when {@code progress} is cancelled (or the calling thread interrupted)
     */
    static <S, A> List<A> run(int count, int blocks, int threads, Supplier<S> scratch, Supplier<A> accumulator,
                              Body<S, A> body, Progress progress, String message) {
        int b = Math.max(1, Math.min(blocks, count));
        ParallelSources<S, A> run = new ParallelSources<>(count, b, scratch, accumulator, body);
        int helpers = Math.min(threads, b) - 1;
        for (int i = 0; i < helpers; i++) {
            ForkJoinPool.commonPool().execute(run::help);
        }
        try {
            run.work(progress, message);
            run.awaitHelpers(progress, message);
        } catch (RuntimeException | Error e) {
            run.stop = true;
            run.awaitHelpersQuietly();
            throw e;
        }
        Throwable failed = run.failure.get();
        if (failed instanceof RuntimeException r) {
            throw r;
        }
        if (failed instanceof Error e) {
            throw e;
        }
        if (failed != null) {
            throw new IllegalStateException(failed);
        }
        progress.update(message, count, count);
        return run.results();
    }

    @SuppressWarnings("unchecked")
    private List<A> results() {
        List<A> list = new ArrayList<>(blocks);
        Arrays.stream(results).forEach(r -> list.add((A) r));
        return list;
    }

    private void work(Progress progress, String message) {
        S own = scratch.get();
        long lastReport = System.nanoTime();
        progress.update(message, 0, count);
        int block;
        while (!stop && (block = nextBlock.getAndIncrement()) < blocks) {
            A acc = accumulator.get();
            for (int s = first(block), end = first(block + 1); s < end && !stop; s++) {
                progress.checkCancelled();
                body.run(own, acc, s);
                done.incrementAndGet();
                long now = System.nanoTime();
                if (now - lastReport >= REPORT_NANOS) {
                    progress.update(message, done.get(), count);
                    lastReport = now;
                }
            }
            results[block] = acc;
        }
    }

    private void help() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            active++;
        }
        try {
            S own = null;
            int block;
            while (!stop && (block = nextBlock.getAndIncrement()) < blocks) {
                own = own == null ? scratch.get() : own;
                A acc = accumulator.get();
                for (int s = first(block), end = first(block + 1); s < end && !stop; s++) {
                    body.run(own, acc, s);
                    done.incrementAndGet();
                }
                results[block] = acc;
            }
        } catch (Throwable t) {
            failure.compareAndSet(null, t);
            stop = true;
        } finally {
            synchronized (lock) {
                active--;
                lock.notifyAll();
            }
        }
    }

    private int first(int block) {
        return (int) ((long) block * count / blocks);
    }

    /** Waits for the helpers that started, reporting progress and honouring cancellation meanwhile. */
    private void awaitHelpers(Progress progress, String message) {
        while (true) {
            synchronized (lock) {
                closed = true;
                if (active == 0) {
                    return; // the lock orders every helper's results[] writes before our reads
                }
                try {
                    lock.wait(WAIT_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new CancelledException();
                }
            }
            progress.update(message, done.get(), count);
            progress.checkCancelled();
        }
    }

    /** After a failure or cancellation: waits, without any callback, until no helper is left running. */
    private void awaitHelpersQuietly() {
        boolean interrupted = false;
        synchronized (lock) {
            closed = true;
            while (active > 0) {
                try {
                    lock.wait(WAIT_MILLIS);
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
