package org.teixit.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.teixit.i18n.Messages;
import org.teixit.task.CancelledException;
import org.teixit.task.Progress;

/**
 * Runs one long job at a time off the FX thread and exposes its progress, message and a cancel switch as
 * properties for the status bar. Jobs receive a {@link Progress} that reports here and sees Cancel.
 */
public final class BackgroundWork {
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty message = new SimpleStringProperty("");
    private volatile boolean cancelled;

    /** A job: gets a Progress, returns a result. */
    @FunctionalInterface
    public interface Job<T> {
        T run(Progress progress) throws Exception;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public void cancel() {
        cancelled = true;
    }

    /**
     * Starts {@code job} on a new daemon thread; {@code done} or {@code failed} runs on the FX thread.
     * A cancelled job calls neither and leaves a "cancelled" message.
     */
    public <T> void start(String messageKey, Job<T> job, Consumer<T> done, Consumer<Exception> failed) {
        cancelled = false;
        running.set(true);
        progress.set(-1);
        message.set(Messages.get(messageKey));
        Progress sink = new Progress() {
            private long lastUpdate;

            @Override
            public void update(String what, double doneAmount, double total) {
                long now = System.nanoTime();
                if (now - lastUpdate > 50_000_000L || doneAmount >= total) {
                    lastUpdate = now;
                    double fraction = total > 0 ? doneAmount / total : -1;
                    FxThread.run(() -> progress.set(fraction));
                }
            }

            @Override
            public boolean isCancelled() {
                return cancelled;
            }
        };
        Callable<T> call = () -> job.run(sink);
        Thread worker = new Thread(() -> {
            try {
                T result = call.call();
                FxThread.run(() -> {
                    running.set(false);
                    message.set("");
                    done.accept(result);
                });
            } catch (CancelledException e) {
                FxThread.run(() -> {
                    running.set(false);
                    message.set(Messages.get("status.cancelled"));
                });
            } catch (Exception e) {
                FxThread.run(() -> {
                    running.set(false);
                    message.set("");
                    failed.accept(e);
                });
            }
        }, "teixit-work");
        worker.setDaemon(true);
        worker.start();
    }
}
