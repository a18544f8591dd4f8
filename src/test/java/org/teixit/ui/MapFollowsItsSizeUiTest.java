package org.teixit.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;

import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.teixit.model.Actor;
import org.teixit.render.Viewport;
import org.teixit.ui.map.MapView;

/**
 * The fitted map follows its view's size (full screen, presenting, a divider moved) until the user pans or
 * zooms: leaving the presentation used to leave the window's map zoomed to the full screen's size.
 */
@ExtendWith(ApplicationExtension.class)
class MapFollowsItsSizeUiTest {
    private SampleWindow sample;
    private Stage stage;

    private double width;
    private double height;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        sample = new SampleWindow(stage, "teixit-follow-ui");
        sample.window.complete();
        stage.show();
        width = stage.getWidth();
        height = stage.getHeight();
    }

    /** The stage serves the UI tests that follow: they get it back at its size. */
    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            if (width > 0 && height > 0) {
                stage.setWidth(width);
                stage.setHeight(height);
            }
        });
        sample.close();
    }

    @Test
    void aFittedMapIsFittedAgainWhenItsViewShrinks(FxRobot robot) throws Exception {
        MapView map = sample.window.mapView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, map::firstFrameDrawn);
        robot.interact(() -> {
            stage.setWidth(stage.getWidth() * 0.7);
            stage.setHeight(stage.getHeight() * 0.8);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Viewport v = map.viewport();
        for (Actor a : sample.state.map().actors()) {
            double x = v.screenX(a.position().x());
            double y = v.screenY(a.position().y());
            assertTrue(x >= 0 && x <= map.getWidth() && y >= 0 && y <= map.getHeight(),
                    a.id() + " on screen in the smaller view: " + x + ", " + y + " in " + map.getWidth() + " × " + map.getHeight());
        }
    }

    @Test
    void aMapTheUserMovedStaysWhereTheUserPutIt(FxRobot robot) throws Exception {
        MapView map = sample.window.mapView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, map::firstFrameDrawn);
        Viewport fitted = map.viewport();
        robot.interact(() -> map.pan(40, -20));
        Viewport moved = map.viewport();
        assertNotEquals(fitted, moved);
        robot.interact(() -> stage.setWidth(stage.getWidth() * 0.7));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(moved, map.viewport());
        robot.interact(map::fit);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotEquals(moved, map.viewport(), "Fit fits again");
    }
}
