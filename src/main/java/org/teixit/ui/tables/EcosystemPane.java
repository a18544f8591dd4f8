package org.teixit.ui.tables;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;
import org.teixit.analysis.ecosystem.ActorRoles;
import org.teixit.analysis.ecosystem.BrokerageRoles;
import org.teixit.analysis.ecosystem.EcosystemAnalysis;
import org.teixit.analysis.ecosystem.Mesosystem;
import org.teixit.analysis.ecosystem.SettingMixing;
import org.teixit.i18n.Messages;
import org.teixit.model.Actor;
import org.teixit.model.CserDimension;
import org.teixit.model.Ecosystem;
import org.teixit.model.Tie;
import org.teixit.model.VocabularyCategory;
import org.teixit.ui.AppState;
import org.teixit.ui.Text;

/**
 * The ecosystem measures community-network practitioners use ({@link EcosystemAnalysis}): the mesosystem
 * matrix (supportive ties between each pair of settings, in all CSER dimensions or one), Gould–Fernandez
 * brokerage roles and k-core numbers per actor, Louvain communities with their modularity, the E-I index of
 * each setting, and densities per dimension and per tie kind. Computed in the background whenever the map
 * changes (the newest map wins), with progress and Cancel, once per map version. Clicking an actor selects
 * it on the map; clicking a community lights up its members.
 */
public final class EcosystemPane extends BorderPane {
    /** The mesosystem choice meaning every dimension. */
    static final String ALL = "all";

    /** One row of the mesosystem matrix: a setting and its counts with every setting. */
    public record MesoRow(String setting, String name, List<Integer> counts) {
    }

    /** One community: its number from 1, size and members' names. */
    public record CommunityRow(int number, int size, List<String> actorIds, String members) {
    }

    /** One density: of a dimension or of a tie kind. */
    public record DensityRow(String group, String name, int ties, double density) {
    }

    private final AppState state;
    private final ProgressStrip progress = new ProgressStrip("ecosystem");
    private final BackgroundWork work;
    private final Label summary = new Label();
    private final ChoiceBox<String> dimension = new ChoiceBox<>();
    private final Label mesoNote = new Label();
    private final ObservableList<MesoRow> mesoRows = FXCollections.observableArrayList();
    private final TableView<MesoRow> meso = new TableView<>(mesoRows);
    private final ObservableList<ActorRoles> actorRows = FXCollections.observableArrayList();
    private final TableView<ActorRoles> roles = new TableView<>(actorRows);
    private final ObservableList<CommunityRow> communityRows = FXCollections.observableArrayList();
    private final TableView<CommunityRow> communities = new TableView<>(communityRows);
    private final Label modularity = new Label();
    private final ObservableList<SettingMixing> mixingRows = FXCollections.observableArrayList();
    private final TableView<SettingMixing> mixing = new TableView<>(mixingRows);
    private final ObservableList<DensityRow> densityRows = FXCollections.observableArrayList();
    private final TableView<DensityRow> densities = new TableView<>(densityRows);
    private Ecosystem shown;
    private EcosystemAnalysis analysis;

    public EcosystemPane(AppState state) {
        this.state = state;
        setId("ecosystem-pane");
        work = new BackgroundWork("teixit-ecosystem", progress, MeasuresPane::progressText);
        progress.onCompute(() -> compute(state.map()));
        buildMesosystem();
        buildRoles();
        buildCommunities();
        buildMixing();
        buildDensities();

        Label show = new Label(Messages.get("ui.ecosystem.mesosystem.show"));
        show.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        dimension.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox mesoBar = row(show, dimension, mesoNote);
        HBox.setHgrow(mesoNote, Priority.ALWAYS);
        BorderPane mesoBox = new BorderPane(meso);
        mesoBox.setTop(mesoBar);
        BorderPane.setMargin(mesoBar, new Insets(0, 0, 4, 0));
        BorderPane communitiesBox = new BorderPane(communities);
        communitiesBox.setTop(modularity);
        BorderPane.setMargin(modularity, new Insets(0, 0, 4, 0));
        for (javafx.scene.layout.Region box : List.of(mesoBox, communitiesBox)) {
            box.setPadding(new Insets(4));
        }
        TabPane parts = new TabPane(
                tab("ecosystem-mesosystem-tab", "ui.ecosystem.mesosystem", mesoBox),
                tab("ecosystem-roles-tab", "ui.ecosystem.roles", roles),
                tab("ecosystem-communities-tab", "ui.ecosystem.communities", communitiesBox),
                tab("ecosystem-mixing-tab", "ui.ecosystem.mixing", mixing),
                tab("ecosystem-densities-tab", "ui.ecosystem.densities", densities));
        parts.setId("ecosystem-parts");
        parts.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        summary.setId("ecosystem-summary");
        HBox top = new HBox(12, summary, progress);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(4, 8, 4, 8));
        HBox.setHgrow(progress, Priority.ALWAYS);
        setTop(top);
        setCenter(parts);
        state.mapProperty().addListener((o, was, now) -> compute(now));
        compute(state.map());
    }

    private static HBox row(javafx.scene.Node... nodes) {
        HBox h = new HBox(6, nodes);
        h.setAlignment(Pos.CENTER_LEFT);
        return h;
    }

    private static Tab tab(String id, String key, javafx.scene.Node content) {
        Tab t = new Tab(Messages.get(key), content);
        t.setId(id);
        return t;
    }

    // ---- the tables

    private void buildMesosystem() {
        meso.setId("mesosystem-table");
        meso.setPlaceholder(new Label(Messages.get("ui.ecosystem.mesosystem.empty")));
        meso.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        dimension.setId("mesosystem-dimension");
        dimension.getItems().add(ALL);
        for (CserDimension d : CserDimension.values()) {
            dimension.getItems().add(d.id());
        }
        dimension.setValue(ALL);
        dimension.setConverter(new StringConverter<>() {
            @Override
            public String toString(String id) {
                if (id == null) {
                    return "";
                }
                return id.equals(ALL) ? Messages.get("ui.ecosystem.mesosystem.all")
                        : CserDimension.parse(id).map(d -> Messages.get(d.nameKey())).orElse(id);
            }

            @Override
            public String fromString(String s) {
                return null;
            }
        });
        dimension.valueProperty().addListener((o, was, now) -> fillMesosystem());
        mesoNote.setMinWidth(0);
        mesoNote.setMaxWidth(Double.MAX_VALUE);
        mesoNote.setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
        mesoNote.setTooltip(new Tooltip());
        mesoNote.getTooltip().setWrapText(true);
        mesoNote.getTooltip().setMaxWidth(420);
        mesoNote.getTooltip().textProperty().bind(mesoNote.textProperty());
    }

    private void buildRoles() {
        roles.setId("brokerage-table");
        roles.setPlaceholder(new Label(Messages.get("ui.ecosystem.waiting")));
        TableColumn<ActorRoles, String> actor = new TableColumn<>(Messages.get("ui.ecosystem.actor"));
        actor.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().label()));
        actor.setPrefWidth(180);
        TableColumn<ActorRoles, String> setting = new TableColumn<>(Messages.get("ui.ecosystem.setting"));
        setting.setCellValueFactory(c -> new ReadOnlyStringWrapper(settingName(c.getValue().setting())));
        setting.setPrefWidth(120);
        roles.getColumns().add(actor);
        roles.getColumns().add(setting);
        number(roles, "ecosystem-column-core", "ui.ecosystem.core", a -> a.coreNumber());
        number(roles, "ecosystem-column-community", "ui.ecosystem.community", a -> a.community() + 1);
        number(roles, "ecosystem-column-brokerage", "ui.ecosystem.brokerage", a -> a.brokerage().total());
        role("coordinator", BrokerageRoles::coordinator);
        role("gatekeeper", BrokerageRoles::gatekeeper);
        role("representative", BrokerageRoles::representative);
        role("consultant", BrokerageRoles::consultant);
        role("liaison", BrokerageRoles::liaison);
        roles.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                state.selectActor(now.id());
            }
        });
    }

    private void role(String name, Function<BrokerageRoles, Long> count) {
        TableColumn<ActorRoles, Number> c = number(roles, "ecosystem-column-" + name, "ui.ecosystem.role." + name,
                a -> count.apply(a.brokerage()));
        helpOn(c, "ui.ecosystem.role." + name + ".help");
    }

    /** Shows {@code helpKey} when the pointer rests on the column's header. */
    private static void helpOn(TableColumn<?, ?> c, String helpKey) {
        Label header = new Label(c.getText());
        Tooltip tip = new Tooltip(Messages.get(helpKey));
        tip.setWrapText(true);
        tip.setMaxWidth(360);
        header.setTooltip(tip);
        c.setText(null);
        c.setGraphic(header);
    }

    private static <T> TableColumn<T, Number> number(TableView<T> table, String id, String key,
                                                    Function<T, Number> value) {
        TableColumn<T, Number> c = new TableColumn<>(Messages.get(key));
        c.setId(id);
        c.setPrefWidth(Math.max(64, 7.5 * c.getText().length() + 26));
        c.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(value.apply(x.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Number n, boolean empty) {
                super.updateItem(n, empty);
                setText(empty || n == null ? null : MeasuresPane.format(n.doubleValue()));
            }
        });
        c.getStyleClass().add("number-column");
        table.getColumns().add(c);
        return c;
    }

    private void buildCommunities() {
        communities.setId("communities-table");
        communities.setPlaceholder(new Label(Messages.get("ui.ecosystem.waiting")));
        modularity.setId("modularity");
        number(communities, "communities-column-number", "ui.ecosystem.community", CommunityRow::number);
        number(communities, "communities-column-size", "ui.ecosystem.community.size", CommunityRow::size);
        TableColumn<CommunityRow, String> members = new TableColumn<>(Messages.get("ui.ecosystem.community.members"));
        members.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().members()));
        members.setPrefWidth(600);
        communities.getColumns().add(members);
        communities.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                state.focusProperty().set(new AppState.Focus(new HashSet<>(now.actorIds()), Set.of()));
            } else if (was != null) {
                state.focusProperty().set(AppState.Focus.NONE);
            }
        });
    }

    private void buildMixing() {
        mixing.setId("mixing-table");
        mixing.setPlaceholder(new Label(Messages.get("ui.ecosystem.waiting")));
        TableColumn<SettingMixing, String> setting = new TableColumn<>(Messages.get("ui.ecosystem.setting"));
        setting.setCellValueFactory(c -> new ReadOnlyStringWrapper(settingName(c.getValue().setting())));
        setting.setPrefWidth(180);
        mixing.getColumns().add(setting);
        number(mixing, "mixing-column-actors", "ui.ecosystem.mixing.actors", SettingMixing::actors);
        number(mixing, "mixing-column-internal", "ui.ecosystem.mixing.internal", SettingMixing::internal);
        number(mixing, "mixing-column-external", "ui.ecosystem.mixing.external", SettingMixing::external);
        TableColumn<SettingMixing, Number> ei = number(mixing, "mixing-column-ei", "ui.ecosystem.mixing.ei",
                m -> m.eiIndex() == null ? Double.NaN : m.eiIndex());
        helpOn(ei, "ui.ecosystem.mixing.ei.help");
    }

    private void buildDensities() {
        densities.setId("densities-table");
        densities.setPlaceholder(new Label(Messages.get("ui.ecosystem.waiting")));
        TableColumn<DensityRow, String> group = new TableColumn<>(Messages.get("ui.ecosystem.density.of"));
        group.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().group()));
        group.setPrefWidth(110);
        TableColumn<DensityRow, String> name = new TableColumn<>(Messages.get("ui.ecosystem.density.name"));
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        name.setPrefWidth(260);
        densities.getColumns().add(group);
        densities.getColumns().add(name);
        number(densities, "densities-column-ties", "ui.ecosystem.density.ties", DensityRow::ties);
        TableColumn<DensityRow, Number> d = number(densities, "densities-column-density",
                "ui.ecosystem.density.density", DensityRow::density);
        helpOn(d, "ui.ecosystem.density.help");
    }

    // ---- computing and showing

    private void compute(Ecosystem map) {
        if (map == null) {
            return;
        }
        work.start(Messages.get("analysis.ecosystem"), run -> {
            EcosystemAnalysis a = EcosystemAnalysis.cachedWithoutNetworkMeasures(map, run);
            run.finish(() -> show(map, a));
        }, () -> {
            if (shown != map) {
                clear();
            }
            progress.cancelled(Messages.get("ui.ecosystem.stopped"));
        });
    }

    private void clear() {
        shown = null;
        analysis = null;
        summary.setText("");
        modularity.setText("");
        mesoNote.setText("");
        meso.getColumns().clear();
        mesoRows.clear();
        actorRows.clear();
        communityRows.clear();
        mixingRows.clear();
        densityRows.clear();
    }

    private void show(Ecosystem map, EcosystemAnalysis a) {
        String selected = roles.getSelectionModel().getSelectedItem() == null ? null
                : roles.getSelectionModel().getSelectedItem().id();
        shown = map;
        analysis = a;
        summary.setText(Messages.get("ui.ecosystem.summary", a.communities().count(), a.communities().modularity(),
                a.structure().components(), a.structure().cutActors().size()));
        fillMesosystem();
        actorRows.setAll(a.actors());
        roles.sort();
        if (selected != null) {
            actorRows.stream().filter(r -> r.id().equals(selected)).findFirst()
                    .ifPresent(r -> roles.getSelectionModel().select(r));
        }
        Map<String, String> labels = new HashMap<>();
        for (Actor actor : map.actors()) {
            labels.put(actor.id(), actor.label());
        }
        List<CommunityRow> rows = new ArrayList<>();
        List<List<String>> groups = a.communities().groups();
        for (int i = 0; i < groups.size(); i++) {
            List<String> ids = groups.get(i);
            rows.add(new CommunityRow(i + 1, ids.size(), ids,
                    ids.stream().map(id -> labels.getOrDefault(id, id)).collect(Collectors.joining(", "))));
        }
        communityRows.setAll(rows);
        communities.sort();
        modularity.setText(Messages.get("ui.ecosystem.modularity", a.communities().count(),
                a.communities().modularity()));
        mixingRows.setAll(a.settings());
        mixing.sort();
        List<DensityRow> dens = new ArrayList<>();
        String dimensionGroup = Messages.get("ui.ecosystem.density.dimension");
        for (CserDimension d : CserDimension.values()) {
            dens.add(new DensityRow(dimensionGroup, Messages.get(d.nameKey()), a.tiesByDimension().getOrDefault(d, 0),
                    a.densityByDimension().getOrDefault(d, 0.0)));
        }
        Map<String, Integer> tiesByKind = new HashMap<>();
        for (Tie t : map.ties()) {
            tiesByKind.merge(t.kind(), 1, Integer::sum);
        }
        String kindGroup = Messages.get("ui.ecosystem.density.kind");
        for (Map.Entry<String, Double> e : a.densityByKind().entrySet()) {
            dens.add(new DensityRow(kindGroup, Text.term(VocabularyCategory.TIE_KIND, e.getKey(), map.vocabulary()),
                    tiesByKind.getOrDefault(e.getKey(), 0), e.getValue()));
        }
        densityRows.setAll(dens);
        densities.sort();
    }

    private void fillMesosystem() {
        if (analysis == null) {
            return;
        }
        Mesosystem m = analysis.mesosystem();
        List<String> settings = m.settings();
        String choice = dimension.getValue();
        CserDimension d = choice == null || choice.equals(ALL) ? null : CserDimension.parse(choice).orElse(null);
        int[][] counts = d == null ? m.supportiveMatrix() : m.supportiveMatrix(d);
        List<TableColumn<MesoRow, ?>> columns = new ArrayList<>();
        TableColumn<MesoRow, String> name = new TableColumn<>(Messages.get("ui.ecosystem.setting"));
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        name.setPrefWidth(160);
        name.setMinWidth(100);
        name.setSortable(false);
        columns.add(name);
        for (int j = 0; j < settings.size(); j++) {
            int col = j;
            String other = settings.get(j);
            TableColumn<MesoRow, Number> c = new TableColumn<>();
            Label header = new Label(settingName(other));
            header.setWrapText(true);
            header.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
            header.setTooltip(new Tooltip(settingName(other)));
            c.setGraphic(header);
            c.setId("mesosystem-column-" + other);
            c.setSortable(false);
            c.setMinWidth(56);
            c.setPrefWidth(100);
            c.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(x.getValue().counts().get(col)));
            c.setCellFactory(x -> new MesoCell(other));
            c.getStyleClass().add("number-column");
            columns.add(c);
        }
        List<MesoRow> rows = new ArrayList<>();
        for (int i = 0; i < settings.size(); i++) {
            List<Integer> row = new ArrayList<>(settings.size());
            for (int j = 0; j < settings.size(); j++) {
                row.add(counts[i][j]);
            }
            rows.add(new MesoRow(settings.get(i), settingName(settings.get(i)), List.copyOf(row)));
        }
        meso.getColumns().setAll(columns);
        mesoRows.setAll(rows);
        mesoNote.setText(Messages.get(m.everyTieSupportive() ? "ui.ecosystem.mesosystem.note.untyped"
                : "ui.ecosystem.mesosystem.note"));
    }

    /** A mesosystem count: a zero between two different settings stands out as a link still to weave. */
    private final class MesoCell extends TableCell<MesoRow, Number> {
        private final String columnSetting;

        MesoCell(String columnSetting) {
            this.columnSetting = columnSetting;
        }

        @Override
        protected void updateItem(Number n, boolean empty) {
            super.updateItem(n, empty);
            MesoRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
            if (empty || n == null || row == null) {
                setText(null);
                setStyle("");
                setTooltip(null);
                return;
            }
            setText(String.valueOf(n.intValue()));
            boolean inside = row.setting().equals(columnSetting);
            setStyle(inside ? "-fx-font-style: italic;" : n.intValue() == 0 ? "-fx-font-weight: bold;" : "");
            String a = row.name();
            String b = settingName(columnSetting);
            setTooltip(new Tooltip(inside ? Messages.get("ui.ecosystem.mesosystem.inside", n.intValue(), a)
                    : Messages.get("ui.ecosystem.mesosystem.between", n.intValue(), a, b)));
        }
    }

    private String settingName(String id) {
        if (id == null || id.isEmpty()) {
            return Messages.get("analysis.no-setting");
        }
        Ecosystem map = shown != null ? shown : state.map();
        return map == null ? id : Text.term(VocabularyCategory.SETTING, id, map.vocabulary());
    }

    // ---- for tests and the window

    /** Stops the run in progress, as the Cancel button does. */
    public void cancel() {
        work.cancel();
    }

    /** Whether a computation is still running in the background. */
    public boolean isComputing() {
        return work.isBusy();
    }

    /** The analysis shown (without the network measures unless they were already cached), or null. */
    public EcosystemAnalysis shownAnalysis() {
        return analysis;
    }

    /** Stops the background thread. */
    public void dispose() {
        work.shutdown();
    }

}
