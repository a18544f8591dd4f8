package org.teixit.ui.filters;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.ToggleSwitch;
import org.teixit.i18n.Messages;
import org.teixit.io.NameKey;
import org.teixit.model.Actor;
import org.teixit.model.CserDimension;
import org.teixit.model.Ecosystem;
import org.teixit.model.Term;
import org.teixit.model.VocabularyCategory;
import org.teixit.model.filter.MapFilter;
import org.teixit.style.Palette;
import org.teixit.style.Rgb;
import org.teixit.ui.AppState;
import org.teixit.ui.LazyTooltip;
import org.teixit.ui.Text;

/**
 * The filters: a switch per CSER dimension (its colour, dash and tie count; the whole row toggles), tie
 * kinds, actor kinds and settings, minimum strength, hiding actors left without ties, a search that finds
 * and centres an actor, and ego focus on the selected actor.
 */
public final class FiltersPanel extends VBox {
    private final AppState state;
    private final Map<CserDimension, ToggleSwitch> switches = new EnumMap<>(CserDimension.class);
    private final Map<CserDimension, Label> counts = new EnumMap<>(CserDimension.class);
    private final CheckComboBox<Term> tieKinds = new CheckComboBox<>();
    private final CheckComboBox<Term> actorKinds = new CheckComboBox<>();
    private final CheckComboBox<Term> settings = new CheckComboBox<>();
    private final Slider minStrength = new Slider(1, 5, 1);
    private final CheckBox hideIsolated = new CheckBox(Messages.get("filters.hide-isolated"));
    private final ChoiceBox<Integer> egoDepth = new ChoiceBox<>();
    private final TextField search = new TextField();
    private final org.teixit.ui.Completion searchNames = new org.teixit.ui.Completion(search);
    private boolean updating;
    private Consumer<String> onFound = id -> { };

    public FiltersPanel(AppState state) {
        this.state = state;
        getStyleClass().add("filters-panel");
        setSpacing(8);
        setPadding(new Insets(10));
        setMinWidth(250);
        setPrefWidth(290);

        search.setPromptText(Messages.get("filters.search"));
        search.setId("search");
        search.setOnAction(e -> find(search.getText()));
        searchNames.onChosen(() -> find(search.getText())); // a chosen name is found at once, not after a second Enter
        getChildren().addAll(heading("filters.find"), search);

        getChildren().add(heading("filters.dimensions"));
        for (CserDimension d : CserDimension.values()) {
            getChildren().add(dimensionRow(d));
        }

        getChildren().addAll(heading("filters.tie-kinds"), tieKinds, heading("filters.actor-kinds"), actorKinds,
                heading("filters.settings"), settings);
        for (CheckComboBox<Term> box : List.of(tieKinds, actorKinds, settings)) {
            box.setMaxWidth(Double.MAX_VALUE);
            // "All" while nothing is ticked (no filter), else the ticked names ("All (2/5)" read as a contradiction)
            box.setTitle(Messages.get("filters.all"));
            box.getCheckModel().getCheckedItems().addListener((ListChangeListener<Term>) c -> {
                box.setTitle(box.getCheckModel().getCheckedItems().isEmpty() ? Messages.get("filters.all") : null);
                apply();
            });
        }
        tieKinds.setConverter(converter(VocabularyCategory.TIE_KIND));
        actorKinds.setConverter(converter(VocabularyCategory.ACTOR_KIND));
        settings.setConverter(converter(VocabularyCategory.SETTING));

        minStrength.setMajorTickUnit(1);
        minStrength.setMinorTickCount(0);
        minStrength.setSnapToTicks(true);
        minStrength.setShowTickLabels(true);
        minStrength.setShowTickMarks(true);
        minStrength.valueProperty().addListener((o, was, now) -> apply());
        hideIsolated.setId("hide-isolated");
        hideIsolated.selectedProperty().addListener((o, was, now) -> apply());

        egoDepth.getItems().addAll(0, 1, 2);
        egoDepth.setValue(0);
        egoDepth.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer depth) {
                return depth == null || depth == 0 ? Messages.get("filters.ego.off") : Messages.get("filters.ego.depth", depth);
            }

            @Override
            public Integer fromString(String s) {
                return 0;
            }
        });
        egoDepth.valueProperty().addListener((o, was, now) -> apply());
        LazyTooltip.install(egoDepth, Messages.get("filters.ego.tooltip"));
        getChildren().addAll(heading("filters.min-strength"), minStrength, hideIsolated, heading("filters.ego"), egoDepth);

        state.mapProperty().addListener((o, was, now) -> refresh(now));
        state.selectedActorProperty().addListener((o, was, now) -> {
            if (egoDepth.getValue() != null && egoDepth.getValue() > 0) {
                apply();
            }
        });
        refresh(state.map());
    }

    /** Called with the id of an actor the search found (the window centres the map on it). */
    public void setOnFound(Consumer<String> action) {
        this.onFound = action;
    }

    private static Label heading(String key) {
        Label l = new Label(Messages.get(key));
        l.getStyleClass().add("panel-heading");
        return l;
    }

    private HBox dimensionRow(CserDimension d) {
        ToggleSwitch toggle = new ToggleSwitch();
        toggle.setSelected(true);
        toggle.setMinWidth(ToggleSwitch.USE_PREF_SIZE);
        toggle.setMaxWidth(ToggleSwitch.USE_PREF_SIZE);
        toggle.setId("dimension-" + d.id());
        toggle.selectedProperty().addListener((o, was, now) -> apply());
        switches.put(d, toggle);
        Rgb c = Palette.dimension(d);
        Line sample = new Line(0, 0, 26, 0);
        sample.setStroke(Color.rgb(c.r(), c.g(), c.b()));
        sample.setStrokeWidth(3);
        for (float dash : Palette.dash(d)) {
            sample.getStrokeDashArray().add((double) dash);
        }
        Label name = new Label(Messages.get(d.nameKey()));
        name.setWrapText(true);
        name.setMaxWidth(170);
        // Wrapped between words, never inside one ("personalizati-on" in a narrow panel): at least its longest word.
        name.fontProperty().addListener((o, was, font) -> name.setMinWidth(longestWordWidth(name.getText(), font)));
        name.setMinWidth(longestWordWidth(name.getText(), name.getFont()));
        Label count = new Label();
        count.getStyleClass().add("count");
        counts.put(d, count);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox row = new HBox(6, toggle, sample, name, grow, count);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("dimension-row");
        row.setId("dimension-row-" + d.id());
        LazyTooltip.install(row, Messages.get(d.descriptionKey()));
        // A ToggleSwitch toggles only when its thumb is clicked: make the whole row a target.
        row.setOnMouseClicked(e -> {
            if (e.getTarget() != toggle && !isInside(e.getTarget(), toggle)) {
                toggle.setSelected(!toggle.isSelected());
            }
        });
        return row;
    }

    private static double longestWordWidth(String text, javafx.scene.text.Font font) {
        javafx.scene.text.Text word = new javafx.scene.text.Text();
        word.setFont(font);
        double widest = 0;
        for (String w : text.split("\\s+")) {
            word.setText(w);
            widest = Math.max(widest, word.getLayoutBounds().getWidth());
        }
        return Math.ceil(widest) + 2;
    }

    private static boolean isInside(Object target, javafx.scene.Node container) {
        javafx.scene.Node n = target instanceof javafx.scene.Node node ? node : null;
        while (n != null) {
            if (n == container) {
                return true;
            }
            n = n.getParent();
        }
        return false;
    }

    private StringConverter<Term> converter(VocabularyCategory category) {
        return new StringConverter<>() {
            @Override
            public String toString(Term t) {
                return t == null ? "" : Text.term(category, t);
            }

            @Override
            public Term fromString(String s) {
                return null;
            }
        };
    }

    private void refresh(Ecosystem map) {
        updating = true;
        try {
            map.tiesPerDimension().forEach((d, n) -> counts.get(d).setText(String.valueOf(n)));
            refill(tieKinds, map.vocabulary().terms(VocabularyCategory.TIE_KIND));
            refill(actorKinds, map.vocabulary().terms(VocabularyCategory.ACTOR_KIND));
            refill(settings, map.vocabulary().terms(VocabularyCategory.SETTING));
            List<String> labels = map.actors().stream().map(Actor::label).sorted().toList();
            searchNames.suggest(labels);
        } finally {
            updating = false;
        }
    }

    private static void refill(CheckComboBox<Term> box, List<Term> terms) {
        if (box.getItems().equals(terms)) {
            return;
        }
        Set<String> checked = new HashSet<>();
        box.getCheckModel().getCheckedItems().forEach(t -> checked.add(t.id()));
        box.getItems().setAll(terms);
        for (Term t : terms) {
            if (checked.contains(t.id())) {
                box.getCheckModel().check(t);
            }
        }
    }

    private void apply() {
        if (updating) {
            return;
        }
        Set<CserDimension> shown = EnumSet.noneOf(CserDimension.class);
        switches.forEach((d, s) -> {
            if (s.isSelected()) {
                shown.add(d);
            }
        });
        int depth = egoDepth.getValue() == null ? 0 : egoDepth.getValue();
        state.filterProperty().set(new MapFilter(shown, ids(tieKinds), ids(actorKinds), ids(settings),
                (int) Math.round(minStrength.getValue()), hideIsolated.isSelected(),
                depth > 0 ? state.selectedActorProperty().get() : null, Math.max(1, depth)));
    }

    private static Set<String> ids(CheckComboBox<Term> box) {
        Set<String> ids = new HashSet<>();
        box.getCheckModel().getCheckedItems().forEach(t -> ids.add(t.id()));
        return ids;
    }

    private void find(String text) {
        String key = NameKey.of(text);
        if (key.isEmpty()) {
            return;
        }
        Ecosystem map = state.map();
        map.actors().stream().filter(a -> NameKey.of(a.label()).equals(key)).findFirst()
                .or(() -> map.actors().stream().filter(a -> NameKey.of(a.label()).contains(key)).findFirst())
                .ifPresent(a -> {
                    state.selectActor(a.id());
                    onFound.accept(a.id());
                });
    }

    /** The switch of one dimension (for the window's keyboard shortcuts and tests). */
    public ToggleSwitch switchOf(CserDimension d) {
        return switches.get(d);
    }
}
