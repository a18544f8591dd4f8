package org.teixit.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.ChoiceBox;
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
import org.teixit.analysis.ecosystem.ActorRoles;
import org.teixit.analysis.ecosystem.EcosystemAnalysis;
import org.teixit.analysis.ecosystem.Mesosystem;
import org.teixit.model.CserDimension;
import org.teixit.task.Progress;
import org.teixit.ui.tables.EcosystemPane;
import org.teixit.ui.tables.TablesPane;

/** The Ecosystem tab on the bundled sample, in the real window: built when first selected, values as the engine's. */
@ExtendWith(ApplicationExtension.class)
class EcosystemPaneUiTest {
    private AppState state;

    @Start
    void start(Stage stage) throws Exception {
        SampleWindow sample = new SampleWindow(stage, "teixit-ecosystem-ui");
        state = sample.state;
        sample.window.complete(); // the panels now, not after the map's first frame (WindowPanelsUiTest covers that)
        stage.show();
    }

    @AfterEach
    void closeSession() {
        if (state.session() != null) {
            state.session().close();
        }
    }

    @Test
    void theMesosystemMatrixShowsWhatTheEngineComputes(FxRobot robot) throws Exception {
        assertTrue(robot.lookup("#mesosystem-table").tryQuery().isEmpty(), "the tab is built only when selected");
        assertTrue(robot.lookup("#measures-table").tryQuery().isEmpty(), "so is the Measures tab");
        assertTrue(robot.lookup("#findings").tryQuery().isEmpty(), "and the Findings tab");
        assertTrue(EcosystemAnalysis.peekCached(state.map()).isEmpty()
                && EcosystemAnalysis.peekCachedMeasures(state.map()).isEmpty(), "nothing was computed at startup");

        robot.clickOn("#" + TablesPane.ECOSYSTEM_TAB);
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<EcosystemPane.MesoRow> meso = robot.lookup("#mesosystem-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !meso.getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        EcosystemPane pane = robot.lookup("#ecosystem-pane").queryAs(EcosystemPane.class);
        assertSame(pane.shownAnalysis(), EcosystemAnalysis.cachedWithoutNetworkMeasures(state.map(), Progress.NONE),
                "computed once for this map version and kept");
        Mesosystem expected = Mesosystem.of(state.map());
        List<String> settings = expected.settings();
        assertEquals(settings.size(), meso.getItems().size(), "one row per setting with actors");
        String[] pair = busiestPair(expected, settings, null);
        assertTrue(expected.supportive(pair[0], pair[1]) > 0, "the sample has supportive ties across settings");
        assertEquals(String.valueOf(expected.supportive(pair[0], pair[1])), shown(robot, pair[0], pair[1]));
        assertEquals(String.valueOf(expected.supportive(pair[1], pair[1])), shown(robot, pair[1], pair[1]));

        @SuppressWarnings("unchecked")
        ChoiceBox<String> dimension = robot.lookup("#mesosystem-dimension").queryAs(ChoiceBox.class);
        robot.interact(() -> dimension.setValue(CserDimension.ORIENTATION.id()));
        WaitForAsyncUtils.waitForFxEvents();
        String[] inDimension = busiestPair(expected, settings, CserDimension.ORIENTATION);
        assertEquals(String.valueOf(expected.supportive(inDimension[0], inDimension[1], CserDimension.ORIENTATION)),
                shown(robot, inDimension[0], inDimension[1]));
    }

    @Test
    void brokerageCommunitiesAndClickingAnActor(FxRobot robot) throws Exception {
        robot.clickOn("#" + TablesPane.ECOSYSTEM_TAB);
        @SuppressWarnings("unchecked")
        TableView<ActorRoles> roles = robot.lookup("#brokerage-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !roles.getItems().isEmpty());
        EcosystemAnalysis engine = EcosystemAnalysis.compute(state.map(), Progress.NONE);
        assertEquals(state.map().actorCount(), roles.getItems().size());
        ActorRoles hub = roles.getItems().stream().filter(r -> r.id().equals("voluntariat")).findFirst().orElseThrow();
        assertEquals(engine.actor("voluntariat").orElseThrow().brokerage(), hub.brokerage());
        assertTrue(hub.brokerage().total() > 0, "the hub brokers");

        String modularity = robot.lookup("#modularity").queryAs(Label.class).getText();
        assertTrue(modularity.contains(String.valueOf(engine.communities().count())), modularity);
        @SuppressWarnings("unchecked")
        TableView<EcosystemPane.CommunityRow> communities = robot.lookup("#communities-table").queryAs(TableView.class);
        assertEquals(engine.communities().count(), communities.getItems().size());
        assertEquals(state.map().actorCount(), communities.getItems().stream().mapToInt(EcosystemPane.CommunityRow::size).sum());

        robot.clickOn("#ecosystem-roles-tab");
        robot.interact(() -> {
            roles.scrollTo(hub);
            roles.getSelectionModel().clearSelection();
            state.selectActor(null);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(".table-cell").match(n -> n instanceof TableCell<?, ?> c && c.getTableView() == roles
                && c.getTableColumn() == roles.getColumns().get(0) && c.getTableRow() != null
                && c.getTableRow().getItem() == hub).queryAs(TableCell.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("voluntariat", state.selectedActorProperty().get(), "clicking the row selects the actor on the map");
    }

    /** The off-diagonal pair of settings with the most supportive ties (in {@code d}, or all when null). */
    private static String[] busiestPair(Mesosystem m, List<String> settings, CserDimension d) {
        String[] best = {settings.get(0), settings.get(1)};
        int most = -1;
        for (String a : settings) {
            for (String b : settings) {
                int n = d == null ? m.supportive(a, b) : m.supportive(a, b, d);
                if (!a.equals(b) && n > most) {
                    most = n;
                    best = new String[] {a, b};
                }
            }
        }
        return best;
    }

    /** The text of the matrix cell in row {@code row} and the column of setting {@code column}, as drawn. */
    private static String shown(FxRobot robot, String row, String column) {
        @SuppressWarnings("unchecked")
        TableView<EcosystemPane.MesoRow> meso = robot.lookup("#mesosystem-table").queryAs(TableView.class);
        robot.interact(() -> {
            meso.getItems().stream().filter(r -> r.setting().equals(row)).findFirst().ifPresent(meso::scrollTo);
            meso.getColumns().stream().filter(c -> ("mesosystem-column-" + column).equals(c.getId())).findFirst()
                    .ifPresent(meso::scrollToColumn);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".table-cell").match(n -> n instanceof TableCell<?, ?> c
                        && c.getTableView() == meso
                        && c.getTableColumn() != null
                        && ("mesosystem-column-" + column).equals(c.getTableColumn().getId())
                        && c.getTableRow() != null
                        && c.getTableRow().getItem() instanceof EcosystemPane.MesoRow r
                        && r.setting().equals(row))
                .queryAs(TableCell.class).getText();
    }
}
