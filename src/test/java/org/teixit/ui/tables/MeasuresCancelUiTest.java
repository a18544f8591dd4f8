package org.teixit.ui.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.teixit.analysis.ActorMeasures;
import org.teixit.analysis.MeasuresResult;
import org.teixit.analysis.NetworkMeasures;
import org.teixit.analysis.TestMaps;
import org.teixit.i18n.Messages;
import org.teixit.model.Ecosystem;
import org.teixit.model.Tie;
import org.teixit.task.CancelledException;
import org.teixit.task.Progress;
import org.teixit.ui.AppState;

/**
 * The Measures tab on a generated map: the cheap columns come first, and while betweenness is computing
 * Cancel stops the real computation and leaves them filled; Compute runs it again to the end. The first run
 * is held at its first shortest-path report until it is cancelled, so the test never races the engine.
 */
@ExtendWith(ApplicationExtension.class)
class MeasuresCancelUiTest {
    private static final Ecosystem MAP = TestMaps.random(3_000, 9_000, false, 11);
    private static final String PATHS = "measures.paths";
    private final AtomicInteger runs = new AtomicInteger();
    private final AtomicBoolean heldInPaths = new AtomicBoolean();
    private final AtomicBoolean engineStopped = new AtomicBoolean();
    private MeasuresPane pane;

    @Start
    void start(Stage stage) {
        AppState state = new AppState();
        state.sessionChanged(MAP);
        pane = new MeasuresPane(state, this::measure);
        stage.setScene(new Scene(pane, 1200, 600));
        stage.show();
    }

    /** The real engine; the first run waits at the start of the shortest paths until it is cancelled. */
    private MeasuresResult measure(Ecosystem map, Progress progress, java.util.function.Consumer<MeasuresResult> cheap) {
        boolean hold = runs.incrementAndGet() == 1;
        Progress held = new Progress() {
            @Override
            public void update(String message, double done, double total) {
                progress.update(message, done, total);
                if (hold && message.equals(PATHS) && heldInPaths.compareAndSet(false, true)) {
                    while (!progress.isCancelled()) {
                        sleep();
                    }
                }
            }

            @Override
            public boolean isCancelled() {
                return progress.isCancelled();
            }
        };
        try {
            return NetworkMeasures.compute(map, held, cheap);
        } catch (CancelledException e) {
            engineStopped.set(true);
            throw e;
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        }
    }

    @AfterEach
    void stop() {
        pane.dispose();
    }

    @Test
    void cancelStopsTheSlowMeasuresAndLeavesTheCheapOnes(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        TableView<ActorMeasures> table = robot.lookup("#measures-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> heldInPaths.get() && !table.getItems().isEmpty());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> progressText(robot).startsWith(
                Messages.get("ui.progress.measures.paths").replace("\u2026", "")));
        assertFalse(pane.isComplete(), "betweenness is still computing");
        assertTrue(pane.isComputing());
        assertTrue(robot.lookup("#measures-progress").query().isVisible(), "a progress bar shows");
        assertEquals("\u2026", cellText(robot, table, "betweenness"), "pending columns say so");

        robot.clickOn("#measures-cancel");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !pane.isComputing());
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(engineStopped.get(), "the engine itself stopped");
        assertFalse(pane.isComplete());
        assertEquals(Messages.get("ui.measures.stopped-slow"), progressText(robot));
        assertTrue(robot.lookup("#measures-compute").queryAs(Button.class).isVisible(), "it can be computed again");
        assertFalse(robot.lookup("#measures-cancel").queryAs(Button.class).isVisible());
        assertFalse(robot.lookup("#measures-progress").query().isVisible());
        assertEquals("\u2013", cellText(robot, table, "betweenness"));

        Map<String, Integer> degrees = degrees(MAP);
        assertEquals(MAP.actorCount(), table.getItems().size());
        for (ActorMeasures a : table.getItems()) {
            assertEquals(degrees.get(a.id()).intValue(), a.degree(), a.id());
            assertTrue(a.pagerank() > 0, a.id());
            assertFalse(Double.isNaN(a.clustering()), a.id());
            assertTrue(Double.isNaN(a.betweenness()), "betweenness was not computed");
        }
        assertFalse(cellText(robot, table, "degree").isEmpty(), "the cheap columns stay filled");

        robot.clickOn("#measures-compute");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> pane.isComplete());
        MeasuresResult expected = NetworkMeasures.compute(MAP, Progress.NONE);
        ActorMeasures first = pane.shownResult().actors().get(0);
        assertEquals(expected.actors().get(0), first, "computed again to the end, as the engine computes it");
        assertFalse(robot.lookup("#measures-progress-text").query().isVisible());
    }

    private static String progressText(FxRobot robot) {
        return robot.lookup("#measures-progress-text").queryAs(Label.class).getText();
    }

    /** The text of a drawn cell of the column {@code measure}. */
    private static String cellText(FxRobot robot, TableView<ActorMeasures> table, String measure) {
        return robot.lookup(".table-cell").match(n -> n instanceof TableCell<?, ?> c && c.getTableView() == table
                        && c.getTableColumn() != null && ("measures-column-" + measure).equals(c.getTableColumn().getId())
                        && !c.isEmpty())
                .queryAs(TableCell.class).getText();
    }

    /** Distinct neighbours of every actor (the random map has no self-loops). */
    private static Map<String, Integer> degrees(Ecosystem e) {
        Map<String, Set<String>> neighbours = new HashMap<>();
        e.actors().forEach(a -> neighbours.put(a.id(), new HashSet<>()));
        for (Tie t : e.ties()) {
            neighbours.get(t.source()).add(t.target());
            neighbours.get(t.target()).add(t.source());
        }
        Map<String, Integer> out = new HashMap<>();
        neighbours.forEach((k, v) -> out.put(k, v.size()));
        return out;
    }
}
