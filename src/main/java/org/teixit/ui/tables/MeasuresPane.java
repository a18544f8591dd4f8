package org.teixit.ui.tables;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.ToDoubleFunction;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import org.teixit.analysis.ActorMeasures;
import org.teixit.analysis.MeasuresResult;
import org.teixit.analysis.NetworkMeasures;
import org.teixit.analysis.NetworkSummary;
import org.teixit.i18n.Messages;
import org.teixit.model.Ecosystem;
import org.teixit.task.CancelledException;
import org.teixit.task.Progress;
import org.teixit.ui.AppState;
import org.teixit.ui.FxThread;

/**
 * Network measures of the whole map (networkx's definitions), computed in the background each time the
 * map changes — the newest map wins, older runs are cancelled — with a sortable table, the network
 * summary, and a choice of what sizes the actors on the map.
 */
public final class MeasuresPane extends BorderPane {
    private static final Map<String, ToDoubleFunction<ActorMeasures>> SIZE_BY = new LinkedHashMap<>();

    static {
        SIZE_BY.put("ties", null);
        SIZE_BY.put("degree", a -> a.degree());
        SIZE_BY.put("strength", ActorMeasures::strength);
        SIZE_BY.put("betweenness", ActorMeasures::betweenness);
        SIZE_BY.put("closeness", ActorMeasures::closeness);
        SIZE_BY.put("pagerank", ActorMeasures::pagerank);
        SIZE_BY.put("clustering", ActorMeasures::clustering);
    }

    private final AppState state;
    private final ObservableList<ActorMeasures> rows = FXCollections.observableArrayList();
    private final TableView<ActorMeasures> table = new TableView<>(rows);
    private final Label summary = new Label();
    private final ProgressIndicator busy = new ProgressIndicator();
    private final ChoiceBox<String> sizeBy = new ChoiceBox<>();
    private final ChoiceBox<String> colourBy = new ChoiceBox<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "teixit-measures");
        t.setDaemon(true);
        return t;
    });
    private final AtomicReference<Ecosystem> wanted = new AtomicReference<>();
    private MeasuresResult result;

    public MeasuresPane(AppState state) {
        this.state = state;
        table.setId("measures-table");
        TableColumn<ActorMeasures, String> actor = new TableColumn<>(Messages.get("measures.actor"));
        actor.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().label()));
        actor.setPrefWidth(220);
        table.getColumns().add(actor);
        column("measures.degree", a -> a.degree());
        column("measures.strength", ActorMeasures::strength);
        column("measures.betweenness", ActorMeasures::betweenness);
        column("measures.closeness", ActorMeasures::closeness);
        column("measures.pagerank", ActorMeasures::pagerank);
        column("measures.clustering", ActorMeasures::clustering);
        column("measures.constraint", a -> a.constraint() == null ? Double.NaN : a.constraint());
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                state.selectActor(now.id());
            }
        });
        sizeBy.getItems().addAll(SIZE_BY.keySet());
        sizeBy.setValue("ties");
        sizeBy.setConverter(new StringConverter<>() {
            @Override
            public String toString(String key) {
                return key == null ? "" : Messages.get("measures." + key);
            }

            @Override
            public String fromString(String s) {
                return null;
            }
        });
        sizeBy.valueProperty().addListener((o, was, now) -> applySize());
        colourBy.setId("colour-by-measure");
        colourBy.getItems().add("setting");
        SIZE_BY.keySet().stream().filter(k -> !k.equals("ties")).forEach(colourBy.getItems()::add);
        colourBy.setValue("setting");
        colourBy.setConverter(sizeBy.getConverter());
        colourBy.valueProperty().addListener((o, was, now) -> applySize());
        busy.setMaxSize(18, 18);
        busy.setVisible(false);
        HBox top = new HBox(10, summary, busy, new Label(Messages.get("measures.size-by")), sizeBy,
                new Label(Messages.get("measures.colour-by")), colourBy);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(4, 8, 4, 8));
        setTop(top);
        setCenter(table);
        state.mapProperty().addListener((o, was, now) -> compute(now));
        compute(state.map());
    }

    private TableColumn<ActorMeasures, Number> column(String key, ToDoubleFunction<ActorMeasures> value) {
        TableColumn<ActorMeasures, Number> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(value.applyAsDouble(x.getValue())));
        c.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Number n, boolean empty) {
                super.updateItem(n, empty);
                setText(empty || n == null || Double.isNaN(n.doubleValue()) ? ""
                        : n.doubleValue() == Math.rint(n.doubleValue()) ? String.valueOf(n.longValue())
                        : String.format("%.4f", n.doubleValue()));
            }
        });
        c.getStyleClass().add("number-column");
        table.getColumns().add(c);
        return c;
    }

    private void compute(Ecosystem map) {
        wanted.set(map);
        busy.setVisible(true);
        worker.execute(() -> {
            if (wanted.get() != map) {
                return;
            }
            try {
                MeasuresResult r = NetworkMeasures.compute(map, new Progress() {
                    @Override
                    public void update(String message, double done, double total) {
                    }

                    @Override
                    public boolean isCancelled() {
                        return wanted.get() != map;
                    }
                });
                FxThread.run(() -> show(map, r));
            } catch (CancelledException superseded) {
                // a newer map is being measured
            }
        });
    }

    private void show(Ecosystem map, MeasuresResult r) {
        if (wanted.get() != map) {
            return;
        }
        busy.setVisible(false);
        result = r;
        rows.setAll(r.actors());
        NetworkSummary n = r.network();
        summary.setText(Messages.get("measures.summary", n.density(), n.components(), n.averageClustering()));
        applySize();
    }

    private void applySize() {
        state.colourValuesProperty().set(values(SIZE_BY.get(colourBy.getValue())));
        ToDoubleFunction<ActorMeasures> f = SIZE_BY.get(sizeBy.getValue());
        if (f == null || result == null) {
            state.sizeByProperty().set(null);
            return;
        }
        Map<String, Double> values = new HashMap<>();
        result.actors().forEach(a -> values.put(a.id(), f.applyAsDouble(a)));
        state.sizeByProperty().set(values);
    }

    /** Each actor's value of {@code measure}, or null when no measure is chosen or none is computed yet. */
    private Map<String, Double> values(ToDoubleFunction<ActorMeasures> measure) {
        if (measure == null || result == null) {
            return null;
        }
        Map<String, Double> values = new HashMap<>();
        result.actors().forEach(a -> values.put(a.id(), measure.applyAsDouble(a)));
        return values;
    }

    /** Stops the measuring thread. */
    public void dispose() {
        worker.shutdownNow();
    }
}
