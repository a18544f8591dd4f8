package org.teixit.ui.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.teixit.analysis.diagnose.Diagnosis;
import org.teixit.analysis.diagnose.Finding;
import org.teixit.i18n.Messages;
import org.teixit.model.Ecosystem;
import org.teixit.sample.SampleEcosystem;
import org.teixit.task.CancelledException;
import org.teixit.task.Progress;
import org.teixit.ui.AppState;

/**
 * The Findings tab on the sample: Cancel stops the diagnosis (held at its first progress report, so the test
 * never races the engine), says so and offers Compute, which then shows the engine's findings.
 */
@ExtendWith(ApplicationExtension.class)
class DiagnosisCancelUiTest {
    private static final Ecosystem MAP = SampleEcosystem.load();
    private final AtomicInteger runs = new AtomicInteger();
    private final AtomicBoolean held = new AtomicBoolean();
    private final AtomicBoolean engineStopped = new AtomicBoolean();

    @Start
    void start(Stage stage) {
        AppState state = new AppState();
        state.sessionChanged(MAP);
        stage.setScene(new Scene(new DiagnosisPane(state, this::diagnose), 1200, 500));
        stage.show();
    }

    /** The real engine; the first run waits at its first progress report until it is cancelled. */
    private Diagnosis diagnose(Ecosystem map, Progress progress) {
        boolean hold = runs.incrementAndGet() == 1;
        Progress holding = new Progress() {
            @Override
            public void update(String message, double done, double total) {
                progress.update(message, done, total);
                if (hold && held.compareAndSet(false, true)) {
                    while (!progress.isCancelled()) {
                        try {
                            Thread.sleep(5);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            break;
                        }
                    }
                }
            }

            @Override
            public boolean isCancelled() {
                return progress.isCancelled();
            }
        };
        try {
            return Diagnosis.of(map, holding);
        } catch (CancelledException e) {
            engineStopped.set(true);
            throw e;
        }
    }

    @Test
    void cancelStopsTheDiagnosisAndComputeRunsItAgain(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        ListView<Finding> findings = robot.lookup("#findings").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, held::get);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#diagnosis-cancel").query().isVisible(), "Cancel shows while it works");

        robot.clickOn("#diagnosis-cancel");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#diagnosis-compute").query().isVisible());
        assertTrue(engineStopped.get(), "the engine itself stopped");
        assertEquals(Messages.get("ui.diagnosis.stopped"),
                robot.lookup("#diagnosis-progress-text").queryAs(Label.class).getText());
        assertTrue(findings.getItems().isEmpty(), "no findings from a stopped run");

        robot.clickOn("#diagnosis-compute");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !findings.getItems().isEmpty());
        assertEquals(Diagnosis.of(MAP, Progress.NONE).findings(), findings.getItems());
        assertEquals(2, runs.get());
    }
}
