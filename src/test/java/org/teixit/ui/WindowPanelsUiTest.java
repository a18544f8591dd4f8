package org.teixit.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window's start as a user gets it: the map's first frame comes before the panels around it, which then
 * arrive by themselves (filters, inspector, quick-add bar, tables) without moving the map; keys go to the map.
 */
@ExtendWith(ApplicationExtension.class)
class WindowPanelsUiTest {
    private MainWindow window;
    private AppState state;
    private final AtomicBoolean panelsBeforeMap = new AtomicBoolean();
    private final java.util.concurrent.atomic.AtomicReference<double[]> mapAtFirstFrame = new java.util.concurrent.atomic.AtomicReference<>();

    @Start
    void start(Stage stage) throws Exception {
        SampleWindow sample = new SampleWindow(stage, "teixit-panels-ui");
        state = sample.state;
        window = sample.window;
        window.mapView().onFirstFrame(() -> {
            panelsBeforeMap.set(stage.getScene().lookup("#search") != null
                    || stage.getScene().lookup("#quick-from") != null);
            mapAtFirstFrame.set(bounds(window.mapView()));
        });
        stage.show();
    }

    @AfterEach
    void closeSession() {
        if (state.session() != null) {
            state.session().close();
        }
    }

    @Test
    void thePanelsFollowTheMapsFirstFrameWithoutMovingIt(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.mapView().firstFrameDrawn());

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#search").tryQuery().isPresent()
                && robot.lookup("#quick-from").tryQuery().isPresent()
                && robot.lookup("#actor-table").tryQuery().isPresent()
                && robot.lookup(n -> n instanceof org.teixit.ui.inspector.InspectorPanel).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(panelsBeforeMap.get(), "the panels waited for the map's first frame");
        assertTrue(java.util.Arrays.equals(mapAtFirstFrame.get(), bounds(window.mapView())),
                "the map kept its place and size when the panels arrived: " + java.util.Arrays.toString(mapAtFirstFrame.get())
                        + " then " + java.util.Arrays.toString(bounds(window.mapView())));
        assertSame(window.mapView(), window.scene().getFocusOwner(), "keys pan and zoom the map from the start");
    }

    private static double[] bounds(Node node) {
        javafx.geometry.Bounds b = node.localToScene(node.getLayoutBounds());
        return new double[] {b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight()};
    }
}
