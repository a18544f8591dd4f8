package org.teixit.ui.tables;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.teixit.analysis.ActorMeasures;
import org.teixit.analysis.MeasuresResult;
import org.teixit.analysis.NetworkSummary;
import org.teixit.analysis.ecosystem.EcosystemAnalysis;
import org.teixit.i18n.Messages;
import org.teixit.model.Ecosystem;
import org.teixit.task.Progress;
import org.teixit.ui.AppState;

/**
 * Network measures of the whole map (networkx's definitions), computed in the background each time the
 * map changes — the newest map wins, older runs are cancelled — with a sortable table, the network
 * summary, and a choice of what sizes and colours the actors on the map. The cheap measures (degree,
 * strength, PageRank, clustering and the summary) show as soon as they are known; betweenness, closeness and
 * constraint follow when the shortest paths are done, with a progress bar and a Cancel button meanwhile.
 * Results are kept per map version ({@link EcosystemAnalysis#cachedMeasures}), shared with the findings.
 */
public final class MeasuresPane extends BorderPane {
    private static final Map<String, ToDoubleFunction<ActorMeasures>> SIZE_BY = new LinkedHashMap<>();
    /** The measures that wait for the shortest paths. */
    private static final Set<String> SLOW = Set.of("betweenness", "closeness", "constraint");

    static {
        SIZE_BY.put("ties", null);
        SIZE_BY.put("degree", a -> a.degree());
        SIZE_BY.put("strength", ActorMeasures::strength);
        SIZE_BY.put("betweenness", ActorMeasures::betweenness);
        SIZE_BY.put("closeness", ActorMeasures::closeness);
        SIZE_BY.put("pagerank", ActorMeasures::pagerank);
        SIZE_BY.put("clustering", ActorMeasures::clustering);
    }

    /** How the measures of a map are obtained: {@link EcosystemAnalysis#cachedMeasures} (tests hold it up). */
    interface Measurer {
        MeasuresResult measure(Ecosystem map, Progress progress, Consumer<MeasuresResult> cheapFirst);
    }

    /** Where the slow measures of the result shown are. */
    enum Slow { PENDING, DONE, STOPPED }

    private final AppState state;
    private final ObservableList<ActorMeasures> rows = FXCollections.observableArrayList();
    private final TableView<ActorMeasures> table = new TableView<>(rows);
    private final Label summary = new Label();
    private final ChoiceBox<String> sizeBy = new ChoiceBox<>();
    private final ChoiceBox<String> colourBy = new ChoiceBox<>();
    private final ProgressStrip progress = new ProgressStrip("measures");
    private final BackgroundWork work;
    private final Measurer measurer;
    private Ecosystem shown;
    private MeasuresResult result;
    private Slow slow = Slow.PENDING;

    public MeasuresPane(AppState state) {
        this(state, EcosystemAnalysis::cachedMeasures);
    }

    MeasuresPane(AppState state, Measurer measurer) {
        this.state = state;
        this.measurer = measurer;
        setId("measures-pane");
        work = new BackgroundWork("teixit-measures", progress, MeasuresPane::describe);
        progress.onCompute(() -> compute(state.map()));
        table.setId("measures-table");
        table.getStyleClass().add(TablesPane.ONE_LINE_ROWS);
        table.setPlaceholder(new Label(Messages.get("ui.measures.waiting")));
        TableColumn<ActorMeasures, String> actor = new TableColumn<>(Messages.get("measures.actor"));
        actor.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().label()));
        actor.setPrefWidth(220);
        table.getColumns().add(actor);
        column("degree", a -> a.degree());
        column("strength", ActorMeasures::strength);
        column("betweenness", ActorMeasures::betweenness);
        column("closeness", ActorMeasures::closeness);
        column("pagerank", ActorMeasures::pagerank);
        column("clustering", ActorMeasures::clustering);
        column("constraint", a -> a.constraint() == null ? Double.NaN : a.constraint());
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                state.selectActor(now.id());
            }
        });
        sizeBy.setId("size-by-measure");
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
        summary.setId("measures-summary");
        summary.setMinWidth(0);
        summary.setMaxWidth(Double.MAX_VALUE);
        summary.setTooltip(new Tooltip());
        summary.getTooltip().textProperty().bind(summary.textProperty());
        Label sizeLabel = new Label(Messages.get("measures.size-by"));
        Label colourLabel = new Label(Messages.get("measures.colour-by"));
        for (Region r : new Region[] {sizeLabel, sizeBy, colourLabel, colourBy}) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox choices = new HBox(10, sizeLabel, sizeBy, colourLabel, colourBy, summary);
        HBox.setHgrow(summary, Priority.ALWAYS);
        HBox.setMargin(summary, new Insets(0, 0, 0, 10));
        choices.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(4, choices, progress);
        top.setPadding(new Insets(4, 8, 4, 8));
        setTop(top);
        setCenter(table);
        state.mapProperty().addListener((o, was, now) -> compute(now));
        compute(state.map());
    }

    private static String describe(String message, double done, double total) {
        return progressText(message, done, total);
    }

    /**
     * The text for an engine's progress message: {@code ui.progress.MESSAGE}, or {@code
     * ui.progress.MESSAGE.count} with the counts when the work reports them and that key exists.
     */
    static String progressText(String message, double done, double total) {
        String key = "ui.progress." + message;
        if (total > 0 && Messages.has(key + ".count")) {
            return Messages.get(key + ".count", (long) done, (long) total);
        }
        return Messages.get(Messages.has(key) ? key : "ui.progress.other");
    }

    private void column(String key, ToDoubleFunction<ActorMeasures> value) {
        TableColumn<ActorMeasures, Number> c = new TableColumn<>(Messages.get("measures." + key));
        c.setId("measures-column-" + key);
        c.setPrefWidth(Math.min(130, Math.max(70, 7.5 * c.getText().length() + 26)));
        c.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(value.applyAsDouble(x.getValue())));
        boolean waitsForPaths = SLOW.contains(key);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Number n, boolean empty) {
                super.updateItem(n, empty);
                if (empty || n == null) {
                    setText(null);
                } else if (waitsForPaths && slow != Slow.DONE) {
                    setText(slow == Slow.PENDING ? "\u2026" : "\u2013");
                } else {
                    setText(format(n.doubleValue()));
                }
            }
        });
        c.getStyleClass().add("number-column");
        table.getColumns().add(c);
    }

    /** A measure as the tables show it: whole numbers as such, tiny values with three significant digits. */
    static String format(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.valueOf((long) v);
        }
        return Math.abs(v) < 0.001 ? String.format("%.3g", v) : String.format("%.4f", v);
    }

    private void compute(Ecosystem map) {
        if (map == null) {
            return;
        }
        Optional<MeasuresResult> known = EcosystemAnalysis.peekCachedMeasures(map);
        if (known.isPresent()) {
            work.supersede();
            show(map, known.get(), Slow.DONE);
            return;
        }
        work.start(Messages.get("ui.progress.measures.start"), run -> {
            MeasuresResult r = measurer.measure(map, run,
                    cheap -> run.publish(() -> show(map, cheap, Slow.PENDING)));
            run.finish(() -> show(map, r, Slow.DONE));
        }, () -> stopped(map));
    }

    private void stopped(Ecosystem map) {
        if (shown == map && result != null) {
            slow = Slow.STOPPED;
            table.refresh();
            progress.cancelled(Messages.get("ui.measures.stopped-slow"));
        } else {
            progress.cancelled(Messages.get("ui.measures.stopped"));
        }
        applySize();
    }

    private void show(Ecosystem map, MeasuresResult r, Slow slowState) {
        String selected = table.getSelectionModel().getSelectedItem() == null ? null
                : table.getSelectionModel().getSelectedItem().id();
        shown = map;
        result = r;
        slow = slowState;
        rows.setAll(r.actors());
        table.sort();
        table.refresh();
        if (selected != null) {
            rows.stream().filter(a -> a.id().equals(selected)).findFirst()
                    .ifPresent(a -> table.getSelectionModel().select(a));
        }
        NetworkSummary n = r.network();
        summary.setText(Messages.get("ui.measures.summary", n.actors(), n.ties(), n.density(), n.components(),
                n.averageClustering()));
        applySize();
    }

    private void applySize() {
        state.colourValuesProperty().set(values(colourBy.getValue()));
        state.sizeByProperty().set(values(sizeBy.getValue()));
    }

    /** Each actor's value of {@code measure}, or null when no measure is chosen or it is not computed yet. */
    private Map<String, Double> values(String measure) {
        ToDoubleFunction<ActorMeasures> f = measure == null ? null : SIZE_BY.get(measure);
        if (f == null || result == null || (SLOW.contains(measure) && slow != Slow.DONE)) {
            return null;
        }
        Map<String, Double> values = new HashMap<>();
        result.actors().forEach(a -> values.put(a.id(), f.applyAsDouble(a)));
        // unmodifiable once, so that the map's drawing options keep this very map (their caches go by identity)
        return Map.copyOf(values);
    }

    /** Stops the run in progress, as the Cancel button does. */
    public void cancel() {
        work.cancel();
    }

    /** Whether a computation is still running in the background (a cancelled one until it has stopped). */
    public boolean isComputing() {
        return work.isBusy();
    }

    /** Whether betweenness, closeness and constraint of the map shown are in. */
    public boolean isComplete() {
        return result != null && slow == Slow.DONE;
    }

    /** The measures shown, perhaps without the slow ones (NaN betweenness and closeness); null before any. */
    public MeasuresResult shownResult() {
        return result;
    }

    /** Stops the measuring thread. */
    public void dispose() {
        work.shutdown();
    }
}
