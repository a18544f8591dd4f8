package org.teixit.ui.present;

import java.util.List;
import java.util.function.Supplier;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.teixit.i18n.Messages;
import org.teixit.model.SavedView;
import org.teixit.model.filter.MapFilter;
import org.teixit.style.Theme;
import org.teixit.ui.AppState;
import org.teixit.ui.map.MapView;

/**
 * Presentation mode (F5): full screen, projector theme, every editing control hidden, the map alone with
 * a caption. Arrow keys (or Page Up/Down, Space) step through the saved views as a story; A hides or shows
 * names; Esc or F5 goes back to the window as it was.
 */
public final class Presenter {
    private final Stage stage;
    private final BorderPane root;
    private final AppState state;
    private final MapView map;
    private final Supplier<List<SavedView>> views;
    private final Label caption = new Label();
    private final Label step = new Label();
    private final javafx.event.EventHandler<KeyEvent> keyHandler = this::keys;
    private boolean active;
    private int index = -1;
    private Node savedTop;
    private Node savedCentre;
    private Node savedBottom;
    private Pane mapParent;
    private int mapIndex;
    private Theme savedTheme;
    private MapFilter savedFilter;
    private boolean savedAnonymised;
    private boolean savedFullScreen;

    public Presenter(Stage stage, BorderPane root, AppState state, MapView map, Supplier<List<SavedView>> views) {
        this.stage = stage;
        this.root = root;
        this.state = state;
        this.map = map;
        this.views = views;
        caption.getStyleClass().add("presentation-caption");
        caption.setWrapText(true);
        step.getStyleClass().add("presentation-step");
    }

    public boolean isActive() {
        return active;
    }

    public void toggle() {
        if (active) {
            exit();
        } else {
            enter();
        }
    }

    public void enter() {
        if (active) {
            return;
        }
        active = true;
        savedTop = root.getTop();
        savedCentre = root.getCenter();
        savedBottom = root.getBottom();
        savedTheme = state.themeProperty().get();
        savedFilter = state.filterProperty().get();
        savedAnonymised = state.anonymisedProperty().get();
        savedFullScreen = stage.isFullScreen();
        Parent parent = map.getParent();
        mapParent = parent instanceof Pane pane ? pane : null;
        mapIndex = mapParent == null ? -1 : mapParent.getChildren().indexOf(map);
        // The caption above the map, not over it: the map is fitted below it, so no actor hides under the title.
        javafx.scene.layout.VBox stack = new javafx.scene.layout.VBox(captionBar(), map);
        javafx.scene.layout.VBox.setVgrow(map, javafx.scene.layout.Priority.ALWAYS);
        stack.getStyleClass().add("presentation");
        root.setTop(null);
        root.setBottom(null);
        root.setCenter(stack);
        state.themeProperty().set(Theme.PROJECTOR);
        root.getScene().addEventFilter(KeyEvent.KEY_PRESSED, keyHandler);
        stage.setFullScreenExitHint(Messages.get("present.hint"));
        stage.setFullScreen(true);
        index = -1;
        showStep();
    }

    private Node captionBar() {
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(4, caption, step);
        box.setAlignment(Pos.TOP_CENTER);
        box.setPadding(new Insets(18, 40, 10, 40));
        box.setPickOnBounds(false);
        box.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        box.getStyleClass().add("presentation-bar");
        return box;
    }

    public void exit() {
        if (!active) {
            return;
        }
        active = false;
        root.getScene().removeEventFilter(KeyEvent.KEY_PRESSED, keyHandler);
        if (mapParent != null) {
            mapParent.getChildren().add(Math.max(0, Math.min(mapIndex, mapParent.getChildren().size())), map);
        }
        root.setTop(savedTop);
        root.setCenter(savedCentre);
        root.setBottom(savedBottom);
        state.themeProperty().set(savedTheme);
        state.filterProperty().set(savedFilter);
        state.anonymisedProperty().set(savedAnonymised);
        stage.setFullScreen(savedFullScreen);
        map.fit();
    }

    /** Next saved view; past the last one the whole map again. */
    public void next() {
        List<SavedView> story = views.get();
        index = Math.min(index + 1, story.size() - 1);
        showStep();
    }

    public void previous() {
        index = Math.max(index - 1, -1);
        showStep();
    }

    private void showStep() {
        List<SavedView> story = views.get();
        if (index < 0 || story.isEmpty()) {
            state.filterProperty().set(savedFilter == null ? MapFilter.all() : savedFilter);
            caption.setText(state.map().name());
            step.setText(story.isEmpty() ? Messages.get("present.no-views") : Messages.get("present.start", story.size()));
            map.fit();
            return;
        }
        SavedView view = story.get(index);
        state.filterProperty().set(view.filter());
        state.anonymisedProperty().set(view.anonymised() || savedAnonymised);
        if (view.filter().egoCenter() != null) {
            state.selectActor(view.filter().egoCenter());
        }
        caption.setText(view.caption());
        step.setText(Messages.get("present.step", index + 1, story.size()));
        javafx.application.Platform.runLater(() -> map.showCamera(view.centre(), view.zoom()));
    }

    private void keys(KeyEvent e) {
        switch (e.getCode()) {
            case RIGHT, PAGE_DOWN, SPACE, DOWN -> next();
            case LEFT, PAGE_UP, UP, BACK_SPACE -> previous();
            case A -> state.anonymisedProperty().set(!state.anonymisedProperty().get());
            case ESCAPE, F5 -> exit();
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** The step shown: -1 for the whole map, else the saved view's index (for tests). */
    public int stepIndex() {
        return index;
    }
}
