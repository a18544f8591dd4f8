package org.teixit.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.scene.control.Button;
import javafx.scene.control.ListView;
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
import org.teixit.model.SavedView;
import org.teixit.model.filter.MapFilter;
import org.teixit.sample.SampleEcosystem;
import org.teixit.service.MapSession;
import org.teixit.store.EcosystemStore;
import org.teixit.ui.present.SavedViewsDialog;

/** "Manage views…": buttons and keys reorder, rename and delete saved views; each change is saved and undoable. */
@ExtendWith(ApplicationExtension.class)
class SavedViewsDialogUiTest {
    private MapSession session;
    private SavedViewsDialog dialog;

    @Start
    void start(Stage stage) throws Exception {
        Path file = Files.createTempDirectory("teixit-views").resolve("story.teixit");
        try (EcosystemStore s = EcosystemStore.openOrCreate(file)) {
            s.replaceAll(SampleEcosystem.load());
            s.update(tx -> {
                tx.putSavedView(new SavedView("v1", "Everyone", MapFilter.all(), null, 0, false));
                tx.putSavedView(new SavedView("v2", "Who leads?", MapFilter.all().withMinStrength(3), null, 0, false));
                tx.putSavedView(new SavedView("v3", "", MapFilter.all(), null, 0, true));
            });
        }
        session = MapSession.open(file);
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 800, 600));
        stage.show();
        dialog = new SavedViewsDialog(stage, session);
        dialog.show();
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> {
            dialog.stage().close();
            session.close();
        });
    }

    private List<String> stored() {
        try (EcosystemStore s = EcosystemStore.open(session.file())) {
            return s.savedViews().stream().map(SavedView::id).toList();
        }
    }

    /** With -Dteixit.screenshots=DIR: a picture of the dialog (to look at, not compared). */
    private void picture(FxRobot robot, String name) throws Exception {
        String target = System.getProperty("teixit.screenshots");
        if (target == null || target.isBlank()) {
            return;
        }
        javafx.scene.image.WritableImage[] image = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> image[0] = dialog.stage().getScene().snapshot(null));
        int w = (int) image[0].getWidth();
        int h = (int) image[0].getHeight();
        java.awt.image.BufferedImage out = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, image[0].getPixelReader().getArgb(x, y));
            }
        }
        Path dir = Files.createDirectories(Path.of(target));
        javax.imageio.ImageIO.write(out, "png", dir.resolve("views-" + name + ".png").toFile());
    }

    @SuppressWarnings("unchecked")
    private ListView<SavedView> list(FxRobot robot) {
        return robot.lookup("#saved-views").queryAs(ListView.class);
    }

    @Test
    void buttonsAndKeysReorderRenameAndDeleteEachUndoably(FxRobot robot) throws Exception {
        ListView<SavedView> list = list(robot);
        picture(robot, "opened");
        assertEquals(3, list.getItems().size());
        assertTrue(robot.lookup("#view-up").queryAs(Button.class).isDisabled(), "the first view cannot go up");

        // Alt+Down moves the selected (first) view down; the selection follows it
        robot.clickOn(list);
        robot.interact(() -> list.getSelectionModel().select(0));
        robot.press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("v2", "v1", "v3"), stored());
        assertEquals("v1", list.getSelectionModel().getSelectedItem().id());

        // Move down button, then Alt+Up
        robot.clickOn("#view-down");
        assertEquals(List.of("v2", "v3", "v1"), stored());
        assertTrue(robot.lookup("#view-down").queryAs(Button.class).isDisabled(), "the last view cannot go down");
        robot.clickOn(list);
        robot.interact(() -> list.getSelectionModel().select(1));
        robot.press(KeyCode.ALT, KeyCode.UP).release(KeyCode.UP, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("v3", "v2", "v1"), stored());
        assertEquals(MapSession.EDIT_MOVE_VIEW, session.undoName().orElseThrow());

        // rename the untitled view (now first and selected)
        TextField caption = robot.lookup("#view-caption").queryAs(TextField.class);
        assertEquals("", caption.getText());
        robot.clickOn(caption).write("Without names");
        picture(robot, "renaming");
        robot.clickOn("#view-rename");
        assertEquals("Without names", session.savedViews().get(0).caption());
        assertEquals("1. Without names", robot.lookup(".list-cell").queryAs(javafx.scene.control.ListCell.class).getText());

        // delete the selected view with the Delete key
        robot.clickOn(list);
        robot.interact(() -> list.getSelectionModel().select(1));
        robot.type(KeyCode.DELETE);
        assertEquals(List.of("v3", "v1"), stored());
        assertEquals(2, list.getItems().size());

        // Ctrl+Z in the dialog brings it back, then undoes the rename; the list follows
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("v3", "v2", "v1"), stored());
        assertEquals(3, list.getItems().size());
        robot.interact(session::undo);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", list.getItems().get(0).caption(), "an undo made elsewhere shows here too");
    }
}
