package org.teixit.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.teixit.i18n.Messages;
import org.teixit.io.ImportBatch;
import org.teixit.io.ImportMerger;
import org.teixit.io.MergeResult;
import org.teixit.model.Ecosystem;
import org.teixit.model.Position;
import org.teixit.render.MapRenderer;
import org.teixit.render.RenderOptions;
import org.teixit.service.ChangeSet;
import org.teixit.service.ExportService;
import org.teixit.service.MapFiles;
import org.teixit.service.MapLoader;
import org.teixit.service.MapSession;
import org.teixit.style.Theme;
import org.teixit.ui.filters.FiltersPanel;
import org.teixit.ui.inspector.InspectorPanel;
import org.teixit.ui.map.LayoutController;
import org.teixit.ui.map.MapView;
import org.teixit.ui.tables.TablesPane;

/**
 * The main window: menus and toolbar (each command with a shortcut), filters on the left, the map in the
 * middle with the quick-add bar and the tables below it, the inspector on the right, and a status bar with
 * progress and Cancel for long work. It owns the open {@link MapSession} and swaps it on New/Open.
 */
public final class MainWindow {
    private final Stage stage;
    private final AppState state;
    private final MapFiles files;
    private final RecentFiles recent;
    private final MapView mapView;
    private final LayoutController layout;
    private final StackPane filtersSlot = new StackPane();
    private final StackPane inspectorSlot = new StackPane();
    private final StackPane tablesSlot = new StackPane();
    private boolean complete;
    private QuickAddBar quickAdd;
    private final BackgroundWork work = new BackgroundWork();
    private final Label status = new Label();
    private final Menu recentMenu = new Menu(Messages.get("menu.open-recent"));
    private final MenuItem undo = new MenuItem();
    private final MenuItem redo = new MenuItem();
    private final Consumer<Ecosystem> sessionListener;
    private final Scene scene;
    private final org.teixit.ui.present.Presenter presenter;
    private final Menu storyMenu = new Menu(Messages.get("menu.story"));

    public MainWindow(Stage stage, AppState state, MapFiles files, RecentFiles recent) {
        this.stage = stage;
        this.state = state;
        this.files = files;
        this.recent = recent;
        this.mapView = new MapView(state);
        this.layout = new LayoutController(mapView);
        this.sessionListener = map -> FxThread.run(() -> {
            state.sessionChanged(map);
            refreshUndo();
        });
        mapView.setOnActorDropped(this::actorDropped);

        // The first frame shows the map with its menus and toolbar; the panels around it (the quick-add bar
        // with the tables below the map) are made into these fixed slots once the map is drawn (complete()), so
        // the map reaches the screen sooner (the quick-add bar alone held it up by ~0.2 s: three text fields and
        // a combo box's list) and does not move when they arrive.
        SplitPane vertical = new SplitPane(mapView, tablesSlot);
        vertical.setOrientation(Orientation.VERTICAL);
        vertical.setDividerPositions(0.72);
        SplitPane main = new SplitPane(filtersSlot, vertical, inspectorSlot);
        main.setDividerPositions(0.19, 0.8);
        SplitPane.setResizableWithParent(filtersSlot, false);
        SplitPane.setResizableWithParent(inspectorSlot, false);
        filtersSlot.getStyleClass().addAll("filters-panel", "side-panel-slot");
        inspectorSlot.getStyleClass().addAll("inspector-panel", "side-panel-slot");
        tablesSlot.getStyleClass().add("tables-panel");

        BorderPane root = new BorderPane(main);
        root.setTop(new VBox(menuBar(), toolBar()));
        root.setBottom(statusBar());
        root.getStyleClass().add("teixit");
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        scene = new Scene(root, Math.min(1400, screen.getWidth() * 0.92), Math.min(900, screen.getHeight() * 0.9));
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::mapKeys);
        presenter = new org.teixit.ui.present.Presenter(stage, root, state, mapView,
                () -> state.session() == null ? List.of() : state.session().savedViews());
        applyTheme(Theme.LIGHT);
        state.themeProperty().addListener((o, was, now) -> useStylesheets(now));
        stage.setScene(scene);
        placeAsLeft();
        stage.setTitle(Messages.get("app.name"));
        state.mapProperty().addListener((o, was, now) -> stage.setTitle(Messages.get("window.title", now.name())));
        stage.setOnCloseRequest(e -> close());
        refreshUndo();
        // Keys pan and zoom the map from the start (the first text field would take them otherwise).
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, e -> mapView.requestFocus());
        // The panels follow the map's first frame (so they do not hold it up); without a map to draw, or
        // should its frame be slow, they follow the window's first frame or a second later.
        mapView.onFirstFrame(() -> javafx.application.Platform.runLater(this::complete));
        AfterFirstFrame.run(root, () -> {
            if (state.map().actorCount() == 0) {
                complete();
            } else {
                javafx.animation.PauseTransition wait = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(1));
                wait.setOnFinished(e -> complete());
                wait.play();
            }
        });
    }

    /**
     * Makes the quick-add bar, the filters, the inspector and the tables (on the first frame's heels; at once
     * for tests and for the commands that need them).
     */
    public void complete() {
        if (complete) {
            return;
        }
        complete = true;
        quickAdd = new QuickAddBar(state);
        FiltersPanel filters = new FiltersPanel(state);
        filters.setOnFound(mapView::centreOn);
        ScrollPane filterScroll = new ScrollPane(filters);
        filterScroll.setFitToWidth(true);
        ScrollPane inspectorScroll = new ScrollPane(new InspectorPanel(state));
        inspectorScroll.setFitToWidth(true);
        filtersSlot.getChildren().setAll(filterScroll);
        inspectorSlot.getChildren().setAll(inspectorScroll);
        TablesPane tables = new TablesPane(state);
        VBox.setVgrow(tables, Priority.ALWAYS);
        tablesSlot.getChildren().setAll(new VBox(quickAdd, tables));
    }

    public MapView mapView() {
        return mapView;
    }

    public LayoutController layout() {
        return layout;
    }

    public Scene scene() {
        return scene;
    }

    /** Shows {@code session}'s map, closing the one shown before. */
    public void open(MapSession session) {
        if (live != null) {
            live.stop();
            live = null;
        }
        MapSession old = state.session();
        if (old != null) {
            old.removeListener(sessionListener);
            old.close();
        }
        state.selectActor(null);
        state.sessionProperty().set(session);
        session.addListener(sessionListener);
        state.sessionChanged(session.current());
        mapView.fit();
        recent.add(session.file());
        refreshRecent();
        refreshUndo();
        showCounts();
        if (session.current().actors().stream().anyMatch(a -> !a.hasPosition())) {
            layout.start(session);
        }
    }

    private void showCounts() {
        Ecosystem all = state.map();
        Ecosystem shown = state.visibleProperty().get();
        status.setText(shown.actorCount() == all.actorCount() && shown.tieCount() == all.tieCount()
                ? Messages.get("status.counts", all.actorCount(), all.tieCount())
                : Messages.get("status.counts-filtered", all.actorCount(), all.tieCount(), shown.actorCount(),
                        shown.tieCount()));
    }

    private MenuBar menuBar() {
        Menu file = new Menu(Messages.get("menu.file"));
        file.getItems().addAll(
                item("menu.new", "Shortcut+N", this::newMap),
                item("menu.open", "Shortcut+O", this::openDialog),
                recentMenu,
                item("menu.save-as", "Shortcut+Shift+S", this::saveAs),
                new SeparatorMenuItem(),
                item("menu.import", "Shortcut+I", this::importDialog),
                item("menu.export", "Shortcut+E", this::exportDialog),
                new SeparatorMenuItem(),
                item("menu.quit", "Shortcut+Q", () -> {
                    close();
                    stage.close();
                }));
        undo.setAccelerator(KeyCombination.keyCombination("Shortcut+Z"));
        undo.setOnAction(e -> run(() -> state.session().undo()));
        redo.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+Z"));
        redo.setOnAction(e -> run(() -> state.session().redo()));
        Menu edit = new Menu(Messages.get("menu.edit"));
        MenuItem redoAlt = item("menu.redo-alt", "Shortcut+Y", () -> run(() -> state.session().redo()));
        redoAlt.disableProperty().bind(redo.disableProperty());
        edit.getItems().addAll(undo, redo, redoAlt,
                new SeparatorMenuItem(),
                item("menu.add-actor", "Shortcut+Shift+A", this::addActor),
                item("menu.add-tie", "Shortcut+T", () -> {
                    complete();
                    quickAdd.focus();
                }),
                item("menu.find", "Shortcut+F", () -> {
                    complete();
                    scene.lookup("#search").requestFocus();
                }),
                item("menu.delete", "Delete", this::deleteSelection));
        Menu view = new Menu(Messages.get("menu.view"));
        ToggleGroup themes = new ToggleGroup();
        Menu themeMenu = new Menu(Messages.get("menu.theme"));
        for (Theme t : Theme.values()) {
            RadioMenuItem r = new RadioMenuItem(Messages.get("theme." + t.id()));
            r.setToggleGroup(themes);
            r.setSelected(t == Theme.LIGHT);
            r.setOnAction(e -> applyTheme(t));
            themeMenu.getItems().add(r);
        }
        ToggleGroup colouring = new ToggleGroup();
        Menu colourMenu = new Menu(Messages.get("menu.colour-by"));
        for (org.teixit.model.VocabularyCategory c : List.of(org.teixit.model.VocabularyCategory.SETTING,
                org.teixit.model.VocabularyCategory.ACTOR_KIND)) {
            RadioMenuItem r = new RadioMenuItem(Messages.get("menu.colour-by." + c.id()));
            r.setToggleGroup(colouring);
            r.setSelected(c == org.teixit.model.VocabularyCategory.SETTING);
            r.setOnAction(e -> state.colourByProperty().set(c));
            colourMenu.getItems().add(r);
        }
        view.getItems().addAll(
                item("menu.fit", "Shortcut+0", mapView::fit),
                item("menu.zoom-in", "Shortcut+Plus", () -> mapView.zoom(1.25)),
                item("menu.zoom-out", "Shortcut+Minus", () -> mapView.zoom(0.8)),
                item("menu.full-screen", "F11", () -> stage.setFullScreen(!stage.isFullScreen())),
                themeMenu, colourMenu);
        javafx.scene.control.CheckMenuItem anonymise = new javafx.scene.control.CheckMenuItem(Messages.get("menu.anonymise"));
        anonymise.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+H"));
        anonymise.selectedProperty().bindBidirectional(state.anonymisedProperty());
        view.getItems().addAll(new SeparatorMenuItem(), anonymise,
                item("menu.present", "F5", () -> presenter.toggle()));
        Menu map = new Menu(Messages.get("menu.map"));
        map.getItems().add(item("menu.layout", "Shortcut+L", () -> layout.toggle(state.session())));
        storyMenu.setOnShowing(e -> refreshStory());
        refreshStory();
        Menu workshop = new Menu(Messages.get("menu.workshop"));
        workshop.getItems().add(item("menu.live", "Shortcut+Shift+L", this::startLiveSession));
        return new MenuBar(file, edit, view, map, storyMenu, workshop);
    }

    private ToolBar toolBar() {
        Button layoutButton = button("toolbar.layout", "menu.layout", () -> layout.toggle(state.session()));
        layoutButton.setId("layout-button");
        layoutButton.textProperty().bind(Bindings.when(layout.runningProperty())
                .then(Messages.get("toolbar.layout-stop")).otherwise(Messages.get("toolbar.layout")));
        Button undoButton = button("toolbar.undo", "menu.undo", () -> run(() -> state.session().undo()));
        undoButton.setId("undo-button");
        undoButton.disableProperty().bind(undo.disableProperty());
        Button redoButton = button("toolbar.redo", "menu.redo", () -> run(() -> state.session().redo()));
        redoButton.disableProperty().bind(redo.disableProperty());
        return new ToolBar(
                button("toolbar.new", "menu.new", this::newMap),
                button("toolbar.open", "menu.open", this::openDialog),
                button("toolbar.import", "menu.import", this::importDialog),
                button("toolbar.export", "menu.export", this::exportDialog),
                new javafx.scene.control.Separator(),
                undoButton, redoButton,
                new javafx.scene.control.Separator(),
                layoutButton,
                button("toolbar.fit", "menu.fit", mapView::fit),
                button("toolbar.full-screen", "menu.full-screen", () -> stage.setFullScreen(!stage.isFullScreen())));
    }

    private HBox statusBar() {
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(work.progressProperty());
        bar.visibleProperty().bind(work.runningProperty());
        Button cancel = new Button(Messages.get("status.cancel"));
        cancel.visibleProperty().bind(work.runningProperty());
        cancel.setOnAction(e -> work.cancel());
        Label message = new Label();
        message.textProperty().bind(work.messageProperty());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        status.setId("status");
        HBox box = new HBox(10, status, grow, message, bar, cancel);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(4, 10, 4, 10));
        box.getStyleClass().add("status-bar");
        state.visibleProperty().addListener((o, was, now) -> showCounts());
        return box;
    }

    private static MenuItem item(String key, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(Messages.get(key));
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private static Button button(String key, String tooltipKey, Runnable action) {
        Button b = new Button(Messages.get(key));
        LazyTooltip.install(b, Messages.get(tooltipKey));
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        return b;
    }

    /** +/- zoom and arrow keys pan the map when no text field has the keyboard. */
    private void mapKeys(KeyEvent e) {
        if (scene.getFocusOwner() instanceof javafx.scene.control.TextInputControl text) {
            // Undo in a text field undoes typing first; with nothing typed to undo, it undoes the map edit.
            boolean undoKey = e.isShortcutDown() && e.getCode() == KeyCode.Z && !e.isShiftDown();
            boolean redoKey = e.isShortcutDown() && (e.getCode() == KeyCode.Y || e.getCode() == KeyCode.Z && e.isShiftDown());
            if (undoKey && !text.isUndoable()) {
                run(() -> state.session().undo());
                e.consume();
            } else if (redoKey && !text.isRedoable()) {
                run(() -> state.session().redo());
                e.consume();
            }
            return;
        }
        boolean handled = true;
        switch (e.getCode()) {
            case PLUS, ADD, EQUALS -> mapView.zoom(1.25);
            case MINUS, SUBTRACT -> mapView.zoom(0.8);
            case LEFT -> mapView.pan(60, 0);
            case RIGHT -> mapView.pan(-60, 0);
            case UP -> mapView.pan(0, 60);
            case DOWN -> mapView.pan(0, -60);
            default -> handled = false;
        }
        if (handled && !e.isShortcutDown()) {
            e.consume();
        }
    }

    private void applyTheme(Theme theme) {
        state.themeProperty().set(theme);
        useStylesheets(theme);
    }

    /** The window's styles for {@code theme} (also when presenting switches to the projector's theme). */
    private void useStylesheets(Theme theme) {
        scene.getStylesheets().setAll(
                MainWindow.class.getResource("teixit.css").toExternalForm(),
                MainWindow.class.getResource("theme-" + theme.id() + ".css").toExternalForm());
    }

    private void refreshUndo() {
        MapSession s = state.session();
        undo.setText(s != null && s.undoName().isPresent()
                ? Messages.get("menu.undo-named", Messages.get(s.undoName().get())) : Messages.get("menu.undo"));
        redo.setText(s != null && s.redoName().isPresent()
                ? Messages.get("menu.redo-named", Messages.get(s.redoName().get())) : Messages.get("menu.redo"));
        undo.setDisable(s == null || !s.canUndo());
        redo.setDisable(s == null || !s.canRedo());
    }

    private void refreshStory() {
        storyMenu.getItems().setAll(item("menu.save-view", "Shortcut+Shift+V", this::saveView),
                item("collect.views.menu", null, this::manageViews), new SeparatorMenuItem());
        MapSession s = state.session();
        List<org.teixit.model.SavedView> views = s == null ? List.of() : s.savedViews();
        Menu delete = new Menu(Messages.get("menu.delete-view"));
        for (int i = 0; i < views.size(); i++) {
            org.teixit.model.SavedView v = views.get(i);
            String title = (i + 1) + ". " + (v.caption().isEmpty() ? Messages.get("menu.untitled-view") : v.caption());
            MenuItem show = new MenuItem(title);
            show.setMnemonicParsing(false);
            show.setOnAction(e -> {
                state.filterProperty().set(v.filter());
                state.anonymisedProperty().set(v.anonymised());
                mapView.showCamera(v.centre(), v.zoom());
            });
            storyMenu.getItems().add(show);
            MenuItem remove = new MenuItem(title);
            remove.setMnemonicParsing(false);
            remove.setOnAction(e -> run(() -> s.removeView(v.id())));
            delete.getItems().add(remove);
        }
        delete.setDisable(views.isEmpty());
        storyMenu.getItems().addAll(new SeparatorMenuItem(), delete);
    }

    /** Saves what the map shows now (filters, focus, zoom, names hidden or not) with a caption. */
    public void saveView(String caption) {
        MapSession s = state.session();
        if (s == null) {
            return;
        }
        String id = org.teixit.service.Ids.next("v", s.savedViews().size() + 1,
                x -> s.savedViews().stream().anyMatch(v -> v.id().equals(x)));
        run(() -> s.saveView(new org.teixit.model.SavedView(id, caption, state.filterProperty().get(), mapView.centre(),
                mapView.zoomLevel(), state.anonymisedProperty().get())));
        refreshStory();
    }

    /** "Manage views…": reorder, rename and delete the story's saved views, each an undoable edit. */
    private void manageViews() {
        MapSession s = state.session();
        if (s != null) {
            new org.teixit.ui.present.SavedViewsDialog(stage, s).show();
        }
    }

    private void saveView() {
        javafx.scene.control.TextInputDialog ask = new javafx.scene.control.TextInputDialog();
        ask.initOwner(stage);
        ask.setTitle(Messages.get("menu.save-view"));
        ask.setHeaderText(Messages.get("dialog.view-caption"));
        ask.showAndWait().ifPresent(this::saveView);
    }

    private org.teixit.ui.live.LiveSessionWindow live;

    /** Starts the workshop server for the open map and shows its join window (QR code, address, code). */
    public org.teixit.ui.live.LiveSessionWindow startLiveSession() {
        MapSession s = state.session();
        if (s == null) {
            return null;
        }
        if (live != null && live.isRunning()) {
            return live;
        }
        live = new org.teixit.ui.live.LiveSessionWindow(stage, s, mapView::flash);
        try {
            live.start();
        } catch (java.io.IOException | RuntimeException e) {
            live = null;
            error(new IllegalStateException(Messages.get("live.failed", e.getMessage()), e));
        }
        return live;
    }

    /** Presentation mode (for tests and the F5 key). */
    public org.teixit.ui.present.Presenter presenter() {
        return presenter;
    }

    private void refreshRecent() {
        recentMenu.getItems().clear();
        List<Path> files = recent.list();
        for (int i = 0; i < files.size(); i++) {
            Path p = files.get(i);
            MenuItem item = new MenuItem((i + 1) + "  " + p.getFileName() + "  —  " + p.getParent());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> openFile(p));
            recentMenu.getItems().add(item);
        }
        recentMenu.setDisable(files.isEmpty());
    }

    private void run(Runnable edit) {
        if (state.session() == null) {
            return;
        }
        try {
            edit.run();
        } catch (RuntimeException e) {
            error(e);
        }
    }

    private void actorDropped(String id, Position position) {
        run(() -> state.session().move(Map.of(id, position), true, "edit.move"));
    }

    /** Adds "New actor" in the middle of the view, selects it and puts the cursor on its name. */
    private void addActor() {
        MapSession session = state.session();
        if (session == null) {
            return;
        }
        Ecosystem map = session.current();
        String name = Messages.get("edit.new-actor-name");
        String id = org.teixit.service.Ids.fromName(name, x -> map.actor(x).isPresent());
        org.teixit.model.Actor actor = new org.teixit.model.Actor(id, name, "", "", "", Map.of(), mapView.centre(), false);
        run(() -> session.apply(ChangeSet.putActor("edit.add-actor", actor)));
        state.selectActor(id);
        complete();
        javafx.application.Platform.runLater(() -> {
            if (scene.lookup("#inspector-label") instanceof javafx.scene.control.TextField field) {
                field.requestFocus();
                field.selectAll();
            }
        });
    }

    private void deleteSelection() {
        String actor = state.selectedActorProperty().get();
        String tie = state.selectedTieProperty().get();
        if (actor != null) {
            run(() -> state.session().apply(ChangeSet.deleteActor("edit.delete-actor", actor)));
        } else if (tie != null) {
            run(() -> state.session().apply(ChangeSet.deleteTie("edit.delete-tie", tie)));
        }
    }

    private FileChooser chooser(String titleKey, String... extensions) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get(titleKey));
        for (String ext : extensions) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("filetype" + ext), "*" + ext));
        }
        if (state.session() != null && state.session().file().toAbsolutePath().getParent() != null) {
            File dir = state.session().file().toAbsolutePath().getParent().toFile();
            if (dir.isDirectory()) {
                chooser.setInitialDirectory(dir);
            }
        }
        return chooser;
    }

    private void newMap() {
        File f = chooser("dialog.new", ".teixit").showSaveDialog(stage);
        if (f != null) {
            Path path = withExtension(f.toPath(), ".teixit");
            work.start("work.opening", p -> {
                java.nio.file.Files.deleteIfExists(path);
                MapSession s = MapSession.openOrCreate(path);
                s.rename(MapLoader.baseName(path));
                return s;
            }, this::open, this::error);
        }
    }

    private void openDialog() {
        File f = chooser("dialog.open", ".teixit", ".json", ".gexf", ".graphml", ".csv", ".xlsx").showOpenDialog(stage);
        if (f != null) {
            openFile(f.toPath());
        }
    }

    /** Opens any map file in the background (files that are not stores are copied into a new store). */
    public void openFile(Path file) {
        work.start("work.opening", p -> MapSession.open(files.storeFor(file, p)), this::open, this::error);
    }

    private void saveAs() {
        if (state.session() == null) {
            return;
        }
        File f = chooser("dialog.save-as", ".teixit").showSaveDialog(stage);
        if (f != null) {
            Path target = withExtension(f.toPath(), ".teixit");
            MapSession session = state.session();
            work.start("work.saving", p -> {
                session.saveCopy(target);
                return MapSession.open(target);
            }, this::open, this::error);
        }
    }

    private void importDialog() {
        if (state.session() == null) {
            return;
        }
        List<File> chosen = chooser("dialog.import", ".csv", ".xlsx", ".json", ".gexf", ".graphml", ".teixit")
                .showOpenMultipleDialog(stage);
        if (chosen == null || chosen.isEmpty()) {
            return;
        }
        List<Path> paths = chosen.stream().map(File::toPath).toList();
        previewImport(paths, false);
    }

    /** Reads the files in the background, shows what the import will do, then applies it as one edit. */
    private void previewImport(List<Path> paths, boolean createMissing) {
        MapSession session = state.session();
        work.start("work.importing",
                p -> new org.teixit.service.ImportService(createMissing).preview(paths, session.current(), p),
                preview -> {
                    if (ImportDialog.confirm(stage, paths, preview)) {
                        run(() -> session.apply(preview.change()));
                    }
                },
                e -> {
                    if (!createMissing && e.getMessage() != null && e.getMessage().contains("unknown actor")) {
                        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, e.getMessage() + "\n\n"
                                + Messages.get("import.create-missing-question"));
                        ask.initOwner(stage);
                        ask.setHeaderText(Messages.get("import.title"));
                        ask.showAndWait().filter(b -> b == javafx.scene.control.ButtonType.OK)
                                .ifPresent(b -> previewImport(paths, true));
                    } else {
                        error(e);
                    }
                });
    }

    private void exportDialog() {
        if (state.session() == null) {
            return;
        }
        File f = chooser("dialog.export", ".gexf", ".graphml", ".csv", ".xlsx", ".json", ".teixit", ".png", ".svg", ".pdf")
                .showSaveDialog(stage);
        if (f == null) {
            return;
        }
        Ecosystem map = state.visibleProperty().get();
        org.teixit.io.picture.PictureOptions picture = org.teixit.io.picture.PictureOptions.defaults();
        Path target = f.toPath();
        work.start("work.exporting", p -> {
            ExportService.save(map, target, picture);
            return target;
        }, t -> status.setText(Messages.get("status.exported", t.getFileName())), this::error);
    }

    private static Path withExtension(Path p, String ext) {
        return p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(ext) ? p
                : p.resolveSibling(p.getFileName() + ext);
    }

    private void error(Exception e) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(stage);
        alert.setTitle(Messages.get("app.name"));
        alert.setHeaderText(Messages.get("error.header"));
        alert.setContentText(e.getMessage());
        alert.show();
    }

    /** Where the window was when it last closed, if a screen still shows that place (WindowPlace). */
    private void placeAsLeft() {
        List<javafx.geometry.Rectangle2D> screens = javafx.stage.Screen.getScreens().stream()
                .map(javafx.stage.Screen::getVisualBounds).toList();
        WindowPlace.read(windowPlaceFile()).flatMap(p -> p.onScreens(screens)).ifPresent(p -> {
            stage.setX(p.x());
            stage.setY(p.y());
            stage.setWidth(p.width());
            stage.setHeight(p.height());
            stage.setMaximized(p.maximised());
        });
    }

    private Path windowPlaceFile() {
        return files.home().resolve("window.txt");
    }

    private void close() {
        if (stage.isShowing() && !stage.isFullScreen() && !stage.isIconified()) {
            new WindowPlace(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized())
                    .write(windowPlaceFile());
        }
        if (live != null) {
            live.stop();
        }
        layout.stop();
        mapView.dispose();
        MapSession s = state.session();
        if (s != null) {
            s.close();
        }
    }
}
