package org.teixit.ui.tables;

import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.TextFieldTableCell;
import org.controlsfx.control.table.TableFilter;
import org.teixit.i18n.Messages;
import org.teixit.model.Actor;
import org.teixit.model.Ecosystem;
import org.teixit.model.Tie;
import org.teixit.model.VocabularyCategory;
import org.teixit.service.ChangeSet;
import org.teixit.ui.AfterFirstFrame;
import org.teixit.ui.AppState;
import org.teixit.ui.Text;

/**
 * Actors and ties as sortable tables with a filter in each column header (ControlsFX TableFilter); labels
 * and tie strengths are editable in place. Selecting a row selects it on the map, and the other way round.
 * The analysis tabs — measures, findings and the ecosystem — are built, and start computing, only when
 * first selected, so the window opens without waiting for them.
 */
public final class TablesPane extends TabPane {
    public static final String ACTORS_TAB = "actors-tab";
    public static final String TIES_TAB = "ties-tab";
    public static final String MEASURES_TAB = "measures-tab";
    public static final String DIAGNOSIS_TAB = "diagnosis-tab";
    public static final String ECOSYSTEM_TAB = "ecosystem-tab";
    /** Style class of tables whose rows are one line high (a fixed row height, see teixit.css). */
    static final String ONE_LINE_ROWS = "one-line-rows";
    private final AppState state;
    private final ObservableList<Actor> actors = FXCollections.observableArrayList();
    private final ObservableList<Tie> ties = FXCollections.observableArrayList();
    private final TableView<Actor> actorTable = new TableView<>(actors);
    private final TableView<Tie> tieTable = new TableView<>(ties);
    private boolean syncing;

    public TablesPane(AppState state) {
        this.state = state;
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        buildActorTable();
        buildTieTable();
        setId("tables");
        Tab actorsTab = new Tab(Messages.get("tables.actors"), actorTable);
        actorsTab.setId(ACTORS_TAB);
        // The tie table joins the window when its tab is first shown: until then it costs no styling or layout.
        getTabs().addAll(actorsTab, lazyTab(TIES_TAB, Messages.get("tables.ties"), () -> {
                    TableFilter.forTableView(tieTable).lazy(true).apply();
                    return tieTable;
                }),
                lazyTab(MEASURES_TAB, Messages.get("tables.measures"), () -> new MeasuresPane(state)),
                lazyTab(DIAGNOSIS_TAB, Messages.get("tables.diagnosis"), () -> new DiagnosisPane(state)),
                lazyTab(ECOSYSTEM_TAB, Messages.get("ui.tables.ecosystem"), () -> new EcosystemPane(state)));
        state.mapProperty().addListener((o, was, now) -> refresh(now));
        refresh(state.map());
        AfterFirstFrame.run(actorTable, () -> TableFilter.forTableView(actorTable).lazy(true).apply());
        actorTable.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (!syncing && now != null) {
                state.selectActor(now.id());
            }
        });
        tieTable.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (!syncing && now != null) {
                state.selectTie(now.id());
            }
        });
        state.selectedActorProperty().addListener((o, was, now) -> selectRow(actorTable, actors, now));
        state.selectedTieProperty().addListener((o, was, now) -> selectRow(tieTable, ties, now));
    }

    /**
     * A tab whose content is made the first time it is selected: until then it holds nothing and computes
     * nothing.
     */
    private Tab lazyTab(String id, String title, Supplier<Node> content) {
        Tab tab = new Tab(title);
        tab.setId(id);
        ChangeListener<Boolean> build = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> o, Boolean was, Boolean selected) {
                if (selected && tab.getContent() == null) {
                    tab.selectedProperty().removeListener(this);
                    tab.setContent(content.get());
                }
            }
        };
        tab.selectedProperty().addListener(build);
        return tab;
    }

    /** Selects the tab with this id (one of the {@code *_TAB} constants), building its content if need be. */
    public void show(String tabId) {
        getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst()
                .ifPresent(t -> getSelectionModel().select(t));
    }

    /** The content of the tab with this id, if it has been built. */
    public Optional<Node> content(String tabId) {
        return getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst().map(Tab::getContent);
    }

    private void buildActorTable() {
        actorTable.setId("actor-table");
        actorTable.getStyleClass().add(ONE_LINE_ROWS);
        actorTable.setEditable(true);
        TableColumn<Actor, String> label = new TableColumn<>(Messages.get("tables.label"));
        label.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().label()));
        label.setCellFactory(TextFieldTableCell.forTableColumn());
        label.setOnEditCommit(e -> {
            if (e.getNewValue() != null && !e.getNewValue().isBlank() && state.session() != null) {
                state.session().apply(ChangeSet.putActor("edit.actor", e.getRowValue().withLabel(e.getNewValue())));
            }
        });
        label.setPrefWidth(240);
        TableColumn<Actor, String> kind = new TableColumn<>(Messages.get("tables.kind"));
        kind.setPrefWidth(150); // an explicit width spares JavaFX measuring cells to size it
        kind.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                Text.term(VocabularyCategory.ACTOR_KIND, c.getValue().kind(), state.map().vocabulary())));
        TableColumn<Actor, String> setting = new TableColumn<>(Messages.get("tables.setting"));
        setting.setPrefWidth(170);
        setting.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                Text.term(VocabularyCategory.SETTING, c.getValue().setting(), state.map().vocabulary())));
        TableColumn<Actor, Integer> degree = new TableColumn<>(Messages.get("tables.ties-count"));
        degree.setPrefWidth(70);
        degree.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(state.map().tiesOf(c.getValue().id()).size()));
        TableColumn<Actor, String> id = new TableColumn<>(Messages.get("tables.id"));
        id.setPrefWidth(150);
        id.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().id()));
        actorTable.getColumns().addAll(java.util.List.of(label, kind, setting, degree, id));
    }

    private void buildTieTable() {
        tieTable.setId("tie-table");
        tieTable.getStyleClass().add(ONE_LINE_ROWS);
        tieTable.setEditable(true);
        TableColumn<Tie, String> from = new TableColumn<>(Messages.get("tables.from"));
        from.setCellValueFactory(c -> new ReadOnlyStringWrapper(labelOf(c.getValue().source())));
        from.setPrefWidth(180);
        TableColumn<Tie, String> to = new TableColumn<>(Messages.get("tables.to"));
        to.setCellValueFactory(c -> new ReadOnlyStringWrapper(labelOf(c.getValue().target())));
        to.setPrefWidth(180);
        TableColumn<Tie, String> kind = new TableColumn<>(Messages.get("tables.kind"));
        kind.setPrefWidth(150);
        kind.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                Text.term(VocabularyCategory.TIE_KIND, c.getValue().kind(), state.map().vocabulary())));
        TableColumn<Tie, Integer> strength = new TableColumn<>(Messages.get("tables.strength"));
        strength.setPrefWidth(80);
        strength.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().strength()));
        strength.setCellFactory(TextFieldTableCell.forTableColumn(new javafx.util.converter.IntegerStringConverter()));
        strength.setOnEditCommit(e -> {
            Integer v = e.getNewValue();
            if (v != null && v >= Tie.MIN_STRENGTH && v <= Tie.MAX_STRENGTH && state.session() != null) {
                state.session().apply(ChangeSet.putTie("edit.tie", e.getRowValue().withStrength(v)));
            } else {
                refresh(state.map());
            }
        });
        TableColumn<Tie, String> dims = new TableColumn<>(Messages.get("tables.dimensions"));
        dims.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().dimensions().stream().sorted()
                .map(d -> Messages.get("quick.dimension." + d.id())).collect(Collectors.joining(", "))));
        dims.setPrefWidth(200);
        TableColumn<Tie, String> directed = new TableColumn<>(Messages.get("tables.directed"));
        directed.setPrefWidth(90);
        directed.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                Messages.get(c.getValue().directed() ? "tables.yes" : "tables.no")));
        tieTable.getColumns().addAll(java.util.List.of(from, to, kind, strength, dims, directed));
    }

    private String labelOf(String actorId) {
        return state.map().actor(actorId).map(Actor::label).orElse(actorId);
    }

    private void refresh(Ecosystem map) {
        syncing = true;
        try {
            actors.setAll(map.actors());
            ties.setAll(map.ties());
        } finally {
            syncing = false;
        }
        selectRow(actorTable, actors, state.selectedActorProperty().get());
        selectRow(tieTable, ties, state.selectedTieProperty().get());
    }

    private <T> void selectRow(TableView<T> table, ObservableList<T> items, String id) {
        syncing = true;
        try {
            if (id == null) {
                table.getSelectionModel().clearSelection();
                return;
            }
            for (T item : table.getItems()) {
                String itemId = item instanceof Actor a ? a.id() : ((Tie) item).id();
                if (itemId.equals(id)) {
                    table.getSelectionModel().select(item);
                    table.scrollTo(item);
                    return;
                }
            }
        } finally {
            syncing = false;
        }
    }
}
