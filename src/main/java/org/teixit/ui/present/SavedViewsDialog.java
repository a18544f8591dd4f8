package org.teixit.ui.present;

import java.util.List;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.teixit.i18n.Messages;
import org.teixit.model.SavedView;
import org.teixit.service.MapSession;
import org.teixit.ui.FxThread;

/**
 * "Manage views…": the story's saved views in the order presentation mode steps through them, to move up
 * or down (also Alt+Up / Alt+Down), rename (the caption the room reads) or delete. Every change is one
 * undoable edit of the map's session, saved at once; Ctrl+Z / Ctrl+Shift+Z here undo and redo like the
 * window's menu, and the list follows undo and redo made anywhere.
 */
public final class SavedViewsDialog {
    static final KeyCombination MOVE_UP = new KeyCodeCombination(KeyCode.UP, KeyCombination.ALT_DOWN);
    static final KeyCombination MOVE_DOWN = new KeyCodeCombination(KeyCode.DOWN, KeyCombination.ALT_DOWN);
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination REDO_ALT = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);

    private final Stage stage = new Stage();
    private final MapSession session;
    private final ListView<SavedView> list = new ListView<>();
    private final TextField caption = new TextField();
    private final Button up = new Button(Messages.get("collect.views.up"));
    private final Button down = new Button(Messages.get("collect.views.down"));
    private final Button rename = new Button(Messages.get("collect.views.rename"));
    private final Button delete = new Button(Messages.get("collect.views.delete"));
    private final Button close = new Button(Messages.get("collect.views.close"));
    private final Label empty = new Label(Messages.get("collect.views.empty"));
    private final Runnable storyListener = () -> FxThread.run(this::refresh);

    public SavedViewsDialog(Window owner, MapSession session) {
        this.session = session;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(Messages.get("collect.views.title"));

        list.setId("saved-views");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(SavedView view, boolean isEmpty) {
                super.updateItem(view, isEmpty);
                setText(isEmpty || view == null ? null : title(getIndex(), view));
            }
        });
        empty.setWrapText(true);
        list.setPlaceholder(empty);
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> selected(now));
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DELETE && !e.isAltDown() && !e.isShortcutDown()) {
                delete();
                e.consume();
            }
        });

        caption.setId("view-caption");
        caption.setPromptText(Messages.get("collect.views.untitled"));
        caption.textProperty().addListener((o, was, now) -> enable());
        caption.setOnAction(e -> rename());

        up.setId("view-up");
        down.setId("view-down");
        rename.setId("view-rename");
        delete.setId("view-delete");
        close.setId("views-close");
        up.setOnAction(e -> move(-1));
        down.setOnAction(e -> move(1));
        rename.setOnAction(e -> rename());
        delete.setOnAction(e -> delete());
        close.setOnAction(e -> stage.close());
        close.setCancelButton(true);
        for (Button b : List.of(up, down, delete)) {
            b.setMaxWidth(Double.MAX_VALUE);
        }

        Label header = new Label(Messages.get("collect.views.header"));
        header.setWrapText(true);
        Label keys = new Label(Messages.get("collect.views.keys"));
        keys.setWrapText(true);
        keys.getStyleClass().add("hint");
        VBox side = new VBox(8, up, down, new Region(), delete);
        VBox.setVgrow(side.getChildren().get(2), Priority.ALWAYS);
        side.setPrefWidth(150);
        Label captionLabel = new Label(Messages.get("collect.views.caption"));
        captionLabel.setLabelFor(caption);
        HBox captionRow = new HBox(8, captionLabel, caption, rename);
        captionRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(caption, Priority.ALWAYS);
        HBox closeRow = new HBox(close);
        closeRow.setAlignment(Pos.CENTER_RIGHT);

        BorderPane root = new BorderPane(list);
        root.setTop(header);
        root.setRight(side);
        root.setBottom(new VBox(10, captionRow, keys, closeRow));
        BorderPane.setMargin(header, new Insets(0, 0, 10, 0));
        BorderPane.setMargin(side, new Insets(0, 0, 0, 10));
        BorderPane.setMargin(root.getBottom(), new Insets(10, 0, 0, 0));
        root.setPadding(new Insets(14));
        root.getStyleClass().add("teixit");

        Scene scene = new Scene(root, 620, 440);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        stage.setScene(scene);
        session.addStoryListener(storyListener);
        stage.setOnHidden(e -> session.removeStoryListener(storyListener));
        refresh();
        if (!list.getItems().isEmpty()) {
            list.getSelectionModel().select(0);
        }
    }

    /** Shows the dialog (and returns at once); the list has the focus. */
    public void show() {
        stage.show();
        list.requestFocus();
    }

    public Stage stage() {
        return stage;
    }

    static String title(int index, SavedView view) {
        return Messages.get("collect.views.item", index + 1,
                view.caption().isEmpty() ? Messages.get("collect.views.untitled") : view.caption());
    }

    private void keys(KeyEvent e) {
        if (MOVE_UP.match(e)) {
            move(-1);
        } else if (MOVE_DOWN.match(e)) {
            move(1);
        } else if (caption.isFocused()) {
            return; // the text field's own undo
        } else if (UNDO.match(e)) {
            edit(session::undo);
        } else if (REDO.match(e) || REDO_ALT.match(e)) {
            edit(session::redo);
        } else {
            return;
        }
        e.consume();
    }

    private void move(int offset) {
        SavedView v = list.getSelectionModel().getSelectedItem();
        if (v == null) {
            return;
        }
        int[] at = {-1};
        edit(() -> at[0] = session.moveView(v.id(), offset));
        if (at[0] >= 0) {
            list.getSelectionModel().select(at[0]);
            list.scrollTo(at[0]);
        }
    }

    private void rename() {
        SavedView v = list.getSelectionModel().getSelectedItem();
        if (v == null) {
            return;
        }
        edit(() -> session.renameView(v.id(), caption.getText().strip()));
    }

    private void delete() {
        int at = list.getSelectionModel().getSelectedIndex();
        SavedView v = list.getSelectionModel().getSelectedItem();
        if (v == null) {
            return;
        }
        edit(() -> session.removeView(v.id()));
        if (!list.getItems().isEmpty()) {
            list.getSelectionModel().select(Math.min(at, list.getItems().size() - 1));
        }
    }

    /** Runs one edit through the session; a failed write is shown and leaves the list as stored. */
    private void edit(Runnable change) {
        try {
            change.run();
        } catch (RuntimeException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, String.valueOf(e.getMessage()));
            alert.initOwner(stage);
            alert.setHeaderText(Messages.get("collect.views.failed"));
            alert.show();
        }
        refresh();
    }

    /** Reads the story again, keeping the same view selected where it still is. */
    private void refresh() {
        SavedView was = list.getSelectionModel().getSelectedItem();
        List<SavedView> views = session.savedViews();
        if (!views.equals(list.getItems())) {
            list.getItems().setAll(views);
            if (was != null) {
                for (int i = 0; i < views.size(); i++) {
                    if (views.get(i).id().equals(was.id())) {
                        list.getSelectionModel().select(i);
                        break;
                    }
                }
            }
        }
        selected(list.getSelectionModel().getSelectedItem());
    }

    private void selected(SavedView v) {
        caption.setText(v == null ? "" : v.caption());
        enable();
    }

    private void enable() {
        int at = list.getSelectionModel().getSelectedIndex();
        SavedView v = list.getSelectionModel().getSelectedItem();
        boolean none = v == null;
        up.setDisable(none || at <= 0);
        down.setDisable(none || at >= list.getItems().size() - 1);
        delete.setDisable(none);
        caption.setDisable(none);
        rename.setDisable(none || caption.getText().strip().equals(v.caption()));
    }
}
