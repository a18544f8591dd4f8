package org.teixit.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.teixit.model.CserDimension;
import org.teixit.model.Ecosystem;
import org.teixit.sample.SampleEcosystem;
import org.teixit.store.EcosystemStore;

/** The real window, headless under Monocle: filter, edit and undo, quick add. */
@ExtendWith(ApplicationExtension.class)
class ExplorerUiTest {
    private Path home;
    private MainWindow window;
    private AppState state;

    @Start
    void start(Stage stage) throws Exception {
        SampleWindow sample = new SampleWindow(stage, "teixit-ui");
        home = sample.home;
        state = sample.state;
        window = sample.window;
        window.complete(); // the panels now, not after the map's first frame (WindowPanelsUiTest covers that)
        stage.show();
    }

    /** Suggestions left open by one test must not cover what the next one clicks (one stage serves them all). */
    @AfterEach
    void closePopups(FxRobot robot) {
        robot.interact(() -> List.copyOf(javafx.stage.Window.getWindows()).stream()
                .filter(w -> w instanceof javafx.stage.PopupWindow).forEach(javafx.stage.Window::hide));
    }

    @AfterEach
    void closeSession() {
        if (state.session() != null) {
            state.session().close();
        }
    }

    private Ecosystem stored() {
        try (EcosystemStore s = EcosystemStore.open(state.session().file())) {
            return s.load();
        }
    }

    @Test
    void switchingADimensionOffDropsTheTieCount(FxRobot robot) {
        Ecosystem sample = SampleEcosystem.load();
        assertEquals(sample.tieCount(), state.visibleProperty().get().tieCount());
        long onlyGovernance = sample.ties().stream()
                .filter(t -> t.dimensions().size() == 1 && t.has(CserDimension.GOVERNANCE)).count();
        robot.clickOn("#dimension-row-governance");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(sample.tieCount() - onlyGovernance, state.visibleProperty().get().tieCount());
        String status = robot.lookup("#status").queryAs(Label.class).getText();
        assertTrue(status.contains(String.valueOf(sample.tieCount() - onlyGovernance)), status);
        robot.clickOn("#dimension-row-governance");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(sample.tieCount(), state.visibleProperty().get().tieCount());
    }

    @Test
    void editingALabelSavesItAndUndoRestoresIt(FxRobot robot) {
        robot.interact(() -> state.selectActor("school"));
        TextField label = robot.lookup("#inspector-label").queryAs(TextField.class);
        robot.clickOn(label);
        robot.interact(() -> label.setText("Escola Arnau Berenguer (Palau)"));
        robot.clickOn(label).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Escola Arnau Berenguer (Palau)", state.map().actor("school").orElseThrow().label());
        assertEquals("Escola Arnau Berenguer (Palau)", stored().actor("school").orElseThrow().label(), "saved at once");
        robot.clickOn("#undo-button");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Escola Arnau Berenguer", state.map().actor("school").orElseThrow().label());
        assertEquals("Escola Arnau Berenguer", stored().actor("school").orElseThrow().label());
    }

    @Test
    void quickAddCreatesTheTieAndTheNewActor(FxRobot robot) {
        int ties = state.map().tieCount();
        int actors = state.map().actorCount();
        robot.clickOn("#quick-dimension-funds"); // what stays put between ties first, as the bar has it
        robot.clickOn("#quick-from").write("Biblioteca de Palau");
        robot.clickOn("#quick-to").write("escola arnau berenguer");
        closePopups(robot);
        robot.clickOn("#quick-add");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ties + 1, state.map().tieCount());
        assertEquals(actors + 1, state.map().actorCount(), "the school matched by name; the library is new");
        Ecosystem saved = stored();
        assertEquals(ties + 1, saved.tieCount());
        org.teixit.model.Tie added = saved.ties().stream().filter(t -> saved.actor(t.source()).orElseThrow().label()
                .equals("Biblioteca de Palau")).findFirst().orElseThrow(() -> new AssertionError(saved.ties()));
        assertEquals("school", added.target(), added.toString());
        assertTrue(added.has(CserDimension.FUNDS), added.toString());
        assertTrue(saved.ties().stream().anyMatch(t -> t.touches("school") && t.has(CserDimension.FUNDS)
                && saved.actor(t.otherEnd("school")).orElseThrow().label().equals("Biblioteca de Palau")));
        Label message = robot.lookup("#quick-message").queryAs(Label.class);
        assertTrue(message.getText().contains("Biblioteca de Palau"), message.getText());
        robot.interact(() -> state.session().undo());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ties, state.map().tieCount());
        assertEquals("", message.getText(), "no \"Added\" for a tie that undo took away");
    }

    @Test
    void aNameChosenFromTheSuggestionsMovesOnToTheNextName(FxRobot robot) throws Exception {
        int ties = state.map().tieCount();
        int actors = state.map().actorCount();
        robot.clickOn("#quick-from").write("Famil");
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup(".auto-complete-popup").tryQuery().map(javafx.scene.Node::isVisible).orElse(false));
        robot.type(KeyCode.ENTER); // the popup takes it: the suggestion is chosen
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TextField from = robot.lookup("#quick-from").queryAs(javafx.scene.control.TextField.class);
        javafx.scene.control.TextField to = robot.lookup("#quick-to").queryAs(javafx.scene.control.TextField.class);
        assertEquals("Families", from.getText());
        assertTrue(to.isFocused(), "typing goes on in the second name");
        robot.write("Swimming club");
        WaitForAsyncUtils.waitForFxEvents();
        robot.lookup(".auto-complete-popup").tryQuery().ifPresent(popup -> robot.type(KeyCode.ESCAPE));
        robot.interact(() -> to.fireEvent(new javafx.event.ActionEvent())); // Enter in the second name adds
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ties + 1, state.map().tieCount());
        assertEquals(actors, state.map().actorCount(), "both names matched actors: no \"FamiliesSwimming club\"");
        assertEquals("", from.getText());
    }

    @Test
    void addActorShortcutAddsAndSelectsAnActorThatUndoRemoves(FxRobot robot) {
        int actors = state.map().actorCount();
        robot.clickOn("#status");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(actors + 1, state.map().actorCount());
        String id = state.selectedActorProperty().get();
        assertTrue(id != null && state.map().actor(id).isPresent(), "the new actor is selected");
        assertEquals(actors + 1, stored().actorCount());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(actors, state.map().actorCount());
    }

    @Test
    void presentationStepsThroughSavedViewsAndRestoresTheWindow(FxRobot robot) {
        robot.clickOn("#dimension-row-orientation");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.saveView("Without support ties"));
        robot.clickOn("#dimension-row-orientation");
        WaitForAsyncUtils.waitForFxEvents();
        int all = state.visibleProperty().get().tieCount();
        robot.interact(() -> window.presenter().enter());
        assertTrue(window.presenter().isActive());
        assertEquals(org.teixit.style.Theme.PROJECTOR, state.themeProperty().get());
        assertTrue(robot.lookup("#status").tryQuery().isEmpty(), "editing chrome is hidden");
        robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, window.presenter().stepIndex());
        assertTrue(state.visibleProperty().get().tieCount() < all, "the saved view's filter is applied");
        robot.press(KeyCode.A).release(KeyCode.A);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(state.anonymisedProperty().get());
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!window.presenter().isActive());
        assertEquals(org.teixit.style.Theme.LIGHT, state.themeProperty().get());
        assertEquals(all, state.visibleProperty().get().tieCount(), "the window's own filter is back");
        assertTrue(robot.lookup("#status").tryQuery().isPresent());
    }

    @Test
    void aFindingLightsUpItsActorsAndARecommendationBecomesAnUndoableTie(FxRobot robot) throws Exception {
        robot.clickOn("#diagnosis-tab");
        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<org.teixit.analysis.diagnose.Finding> findings =
                robot.lookup("#findings").queryAs(javafx.scene.control.ListView.class);
        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<org.teixit.analysis.diagnose.Recommendation> recommendations =
                robot.lookup("#recommendations").queryAs(javafx.scene.control.ListView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !findings.getItems().isEmpty()
                && !recommendations.getItems().isEmpty());
        robot.interact(() -> findings.getSelectionModel().select(0));
        assertTrue(!state.focusProperty().get().actors().isEmpty(), "the finding's actors are lit up");
        int ties = state.map().tieCount();
        org.teixit.analysis.diagnose.Recommendation first = recommendations.getItems().get(0);
        robot.interact(() -> state.session().apply(org.teixit.service.ChangeSet.putTie("edit.recommendation", first.tie())));
        assertEquals(ties + 1, stored().tieCount());
        robot.interact(() -> state.session().undo());
        assertEquals(ties, stored().tieCount());
    }

    @Test
    void actorsCanBeColouredBySizedByAMeasure(FxRobot robot) throws Exception {
        robot.clickOn("#measures-tab");
        @SuppressWarnings("unchecked")
        javafx.scene.control.ChoiceBox<String> colour = robot.lookup("#colour-by-measure")
                .queryAs(javafx.scene.control.ChoiceBox.class);
        robot.interact(() -> colour.setValue("betweenness"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> state.colourValuesProperty().get() != null);
        assertEquals(state.map().actorCount(), state.colourValuesProperty().get().size());
        assertTrue(state.colourValuesProperty().get().get("voluntariat") > state.colourValuesProperty().get().get("drive"),
                "the hub brokers more than a channel at the edge");
        robot.interact(() -> colour.setValue("setting"));
        assertEquals(null, state.colourValuesProperty().get());
    }

    @Test
    void theMapIsPaintedAndLayoutRunsInTheBackground(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.mapView().isPainted());
        robot.clickOn("#layout-button");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !window.layout().isRunning());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(state.session().canUndo(), "the layout is one undoable edit");
    }
}
