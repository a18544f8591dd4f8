package org.teixit.ui.map;

import java.util.HashMap;
import java.util.Map;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.teixit.layout.LayoutRunner;
import org.teixit.layout.LayoutSettings;
import org.teixit.model.Actor;
import org.teixit.model.Ecosystem;
import org.teixit.model.Position;
import org.teixit.service.MapSession;
import org.teixit.task.CancelledException;
import org.teixit.task.Progress;
import org.teixit.ui.FxThread;

/**
 * Runs ForceAtlas2 in the background while the map animates (about 30 frames a second), stops by itself
 * when the map settles or when the user stops it, and then saves the positions as one undoable edit.
 */
public final class LayoutController {
    /** Iterations one run may take at most before it stops anyway. */
    static final int MAX_ITERATIONS = 5_000;

    private final MapView view;
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private volatile boolean stopRequested;
    private Thread worker;

    public LayoutController(MapView view) {
        this.view = view;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public void toggle(MapSession session) {
        if (running.get()) {
            stop();
        } else {
            start(session);
        }
    }

    public void start(MapSession session) {
        if (running.get() || session == null) {
            return;
        }
        Ecosystem map = session.current();
        stopRequested = false;
        running.set(true);
        Progress progress = new Progress() {
            @Override
            public void update(String message, double done, double total) {
            }

            @Override
            public boolean isCancelled() {
                return stopRequested;
            }
        };
        worker = new Thread(() -> {
            LayoutSettings settings = LayoutSettings.defaults().withThreads(Runtime.getRuntime().availableProcessors());
            Map<String, Position>[] last = new Map[1];
            try {
                LayoutRunner.Result result = new LayoutRunner(settings, true, 30).run(map, MAX_ITERATIONS, progress,
                        positions -> {
                            last[0] = positions;
                            FxThread.run(() -> view.setLivePositions(positions));
                        });
                last[0] = result.positions();
            } catch (CancelledException stopped) {
                // the user stopped it: keep where the actors got to
            }
            save(session, map, last[0]);
            FxThread.run(() -> {
                running.set(false);
                view.setLivePositions(null);
            });
        }, "teixit-layout");
        worker.setDaemon(true);
        worker.start();
    }

    /** Saves the new positions (off the FX thread: a big map is many rows) as one undoable edit. */
    private static void save(MapSession session, Ecosystem laidOut, Map<String, Position> positions) {
        if (positions != null) {
            Map<String, Position> movable = new HashMap<>(positions);
            for (Actor a : laidOut.actors()) {
                if (a.pinned()) {
                    movable.remove(a.id());
                }
            }
            session.move(movable, false, "edit.layout");
        }
    }

    public void stop() {
        stopRequested = true;
    }

    /** Whether a layout is running (for tests and for closing the window). */
    public boolean isRunning() {
        return running.get();
    }
}
