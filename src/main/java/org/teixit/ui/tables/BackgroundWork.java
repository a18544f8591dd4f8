package org.teixit.ui.tables;

import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.teixit.task.CancelledException;
import org.teixit.task.Progress;
import org.teixit.ui.FxThread;

/**
 * One pane's background computations, one at a time on their own thread: starting one supersedes the one
 * running (the newest map wins), {@link #cancel()} stops it for good, and what it reports shows on a {@link
 * ProgressStrip}. Each run is the {@link Progress} handed to the engine, which stops at its next check once
 * the run is superseded or cancelled. Call {@link #start}, {@link #cancel} and {@link #supersede} on the FX
 * thread.
 */
final class BackgroundWork {
    /** The work of one run, on the background thread; it hands results to the FX thread with {@link Run#publish}. */
    interface Job {
        void run(Run run);
    }

    private final ExecutorService worker;
    private final ProgressStrip strip;
    private final Describe describe;
    private final AtomicReference<Run> current = new AtomicReference<>();
    private final AtomicInteger pending = new AtomicInteger();

    /** What a progress report of the engine ({@link Progress#update}) means to the user. */
    interface Describe {
        String text(String message, double done, double total);
    }

    BackgroundWork(String threadName, ProgressStrip strip, Describe describe) {
        this.strip = strip;
        this.describe = describe;
        worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 1);
            return t;
        });
        strip.onCancel(this::cancel);
    }

    /**
     * Runs {@code job} in the background, superseding the run in progress. {@code whenCancelled} runs on the
     * FX thread if the user cancels this run before it ends.
     */
    void start(String startingText, Job job, Runnable whenCancelled) {
        Objects.requireNonNull(job, "job");
        Run run = new Run(whenCancelled);
        current.set(run);
        strip.running(startingText, -1);
        pending.incrementAndGet();
        worker.execute(() -> {
            try {
                if (!run.isCancelled()) {
                    job.run(run);
                }
            } catch (CancelledException stopped) {
                if (run.cancelled.get()) {
                    FxThread.run(() -> {
                        if (current.get() == run) {
                            current.set(null);
                            run.whenCancelled.run();
                        }
                    });
                }
                // else superseded: the newer run shows its own progress
            } catch (RuntimeException | Error failure) {
                FxThread.run(() -> {
                    if (current.get() == run) {
                        current.set(null);
                        strip.idle();
                    }
                });
                throw failure;
            } finally {
                pending.decrementAndGet();
            }
        });
    }

    /** Stops the run in progress, if any, as if the user had pressed Cancel. */
    void cancel() {
        Run run = current.get();
        if (run != null && !run.cancelled.getAndSet(true)) {
            strip.running(org.teixit.i18n.Messages.get("ui.stopping"), -1);
        }
    }

    /** Drops the run in progress without calling it cancelled (its result is not wanted any more). */
    void supersede() {
        current.set(null);
        strip.idle();
    }

    /** Whether a run is still going on the background thread (even one already cancelled but not yet stopped). */
    boolean isBusy() {
        return pending.get() > 0;
    }

    /** Stops the run in progress and the thread; touches no control, so any thread may call it. */
    void shutdown() {
        Run run = current.getAndSet(null);
        if (run != null) {
            run.cancelled.set(true);
        }
        worker.shutdownNow();
    }

    /** One run: the engine's {@link Progress}, and the way its results reach the FX thread. */
    final class Run implements Progress {
        private final Runnable whenCancelled;
        private final AtomicBoolean cancelled = new AtomicBoolean();
        private final AtomicBoolean reportScheduled = new AtomicBoolean();
        private volatile String message = "";
        private volatile double done;
        private volatile double total;

        private Run(Runnable whenCancelled) {
            this.whenCancelled = whenCancelled == null ? () -> { } : whenCancelled;
        }

        @Override
        public void update(String newMessage, double newDone, double newTotal) {
            message = newMessage;
            done = newDone;
            total = newTotal;
            if (reportScheduled.compareAndSet(false, true)) {
                FxThread.run(() -> {
                    reportScheduled.set(false);
                    if (current.get() == this && !cancelled.get()) {
                        double d = done;
                        double t = total;
                        strip.running(describe.text(message, d, t), t > 0 ? d / t : -1);
                    }
                });
            }
        }

        @Override
        public boolean isCancelled() {
            return cancelled.get() || current.get() != this || Thread.currentThread().isInterrupted();
        }

        /**
         * Runs {@code action} on the FX thread, unless a newer run has made this run's results stale. Results
         * that were ready before a cancel took effect are still shown.
         */
        void publish(Runnable action) {
            FxThread.run(() -> {
                if (current.get() == this) {
                    action.run();
                }
            });
        }

        /** Like {@link #publish}, and ends the run: the progress strip goes away. */
        void finish(Runnable action) {
            FxThread.run(() -> {
                if (current.get() == this) {
                    current.set(null);
                    strip.idle();
                    action.run();
                }
            });
        }
    }
}
