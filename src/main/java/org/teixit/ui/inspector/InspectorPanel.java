package org.teixit.ui.inspector;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.teixit.i18n.Messages;
import org.teixit.model.Actor;
import org.teixit.model.CserDimension;
import org.teixit.model.Ecosystem;
import org.teixit.model.PartnershipStage;
import org.teixit.model.Term;
import org.teixit.model.Tie;
import org.teixit.model.VocabularyCategory;
import org.teixit.service.ChangeSet;
import org.teixit.ui.AppState;
import org.teixit.ui.Text;

/**
 * Every field of the selected actor or tie, editable. A field is saved when the user presses Enter or
 * leaves it; each save is one undoable edit written to the store at once.
 */
public final class InspectorPanel extends VBox {
    private final AppState state;
    private final Label title = new Label();
    private final VBox body = new VBox(8);

    public InspectorPanel(AppState state) {
        this.state = state;
        getStyleClass().add("inspector-panel");
        setPadding(new Insets(10));
        setSpacing(8);
        setMinWidth(260);
        setPrefWidth(300);
        title.getStyleClass().add("panel-heading");
        getChildren().addAll(title, body);
        state.selectedActorProperty().addListener((o, was, now) -> show());
        state.selectedTieProperty().addListener((o, was, now) -> show());
        state.mapProperty().addListener((o, was, now) -> {
            if (!Objects.equals(selectedActor(was), selectedActor(now)) || !Objects.equals(selectedTie(was), selectedTie(now))) {
                show();
            }
        });
        show();
    }

    private Actor selectedActor(Ecosystem map) {
        String id = state.selectedActorProperty().get();
        return id == null || map == null ? null : map.actor(id).orElse(null);
    }

    private Tie selectedTie(Ecosystem map) {
        String id = state.selectedTieProperty().get();
        return id == null || map == null ? null : map.tie(id).orElse(null);
    }

    private void show() {
        body.getChildren().clear();
        Ecosystem map = state.map();
        Actor actor = selectedActor(map);
        Tie tie = selectedTie(map);
        if (actor != null) {
            title.setText(Messages.get("inspector.actor"));
            showActor(map, actor);
        } else if (tie != null) {
            title.setText(Messages.get("inspector.tie"));
            showTie(map, tie);
        } else {
            title.setText(Messages.get("inspector.title"));
            Label hint = new Label(Messages.get("inspector.nothing"));
            hint.setWrapText(true);
            body.getChildren().add(hint);
        }
    }

    private void save(ChangeSet change) {
        if (state.session() != null) {
            state.session().apply(change);
        }
    }

    private void showActor(Ecosystem map, Actor a) {
        GridPane grid = grid();
        TextField label = labelField(a.id(), a.label());
        ComboBox<String> kind = vocabulary(map, VocabularyCategory.ACTOR_KIND, a.kind(), v -> a.withKind(v));
        ComboBox<String> setting = vocabulary(map, VocabularyCategory.SETTING, a.setting(), v -> a.withSetting(v));
        TextArea notes = new TextArea(a.notes());
        notes.setWrapText(true);
        notes.setPrefRowCount(4);
        notes.focusedProperty().addListener((o, was, now) -> {
            Actor current = state.map().actor(a.id()).orElse(null);
            if (!now && current != null && notes.getScene() != null && !notes.getText().strip().equals(current.notes())) {
                save(ChangeSet.putActor("edit.actor", current.withNotes(notes.getText())));
            }
        });
        CheckBox pinned = new CheckBox(Messages.get("inspector.pinned"));
        pinned.setWrapText(true);
        pinned.setSelected(a.pinned());
        pinned.setOnAction(e -> save(ChangeSet.putActor("edit.actor", a.withPinned(pinned.isSelected()))));
        row(grid, 0, "inspector.label", label);
        row(grid, 1, "inspector.kind", kind);
        row(grid, 2, "inspector.setting", setting);
        row(grid, 3, "inspector.notes", notes);
        row(grid, 4, "inspector.id", new Label(a.id()));
        int r = 5;
        for (Map.Entry<String, String> attr : a.attributes().entrySet()) {
            Map<String, String> attrs = new LinkedHashMap<>(a.attributes());
            TextField value = new TextField(attr.getValue());
            value.setOnAction(e -> {
                attrs.put(attr.getKey(), value.getText());
                save(ChangeSet.putActor("edit.actor", a.withAttributes(attrs)));
            });
            Label name = new Label(attr.getKey());
            grid.add(name, 0, r);
            grid.add(value, 1, r++);
        }
        Label ties = new Label(Messages.get("inspector.ties", map.tiesOf(a.id()).size()));
        Button delete = new Button(Messages.get("inspector.delete-actor"));
        delete.setId("delete-actor");
        delete.setOnAction(e -> save(ChangeSet.deleteActor("edit.delete-actor", a.id())));
        body.getChildren().addAll(grid, pinned, ties, delete);
    }

    private void showTie(Ecosystem map, Tie t) {
        GridPane grid = grid();
        String from = map.actor(t.source()).map(Actor::label).orElse(t.source());
        String to = map.actor(t.target()).map(Actor::label).orElse(t.target());
        Label ends = new Label(from + (t.directed() ? "  →  " : "  —  ") + to);
        ends.setWrapText(true);
        ComboBox<String> kind = vocabulary(map, VocabularyCategory.TIE_KIND, t.kind(), null);
        kind.setOnAction(e -> {
            String v = kind.getValue() == null ? "" : idOf(map, VocabularyCategory.TIE_KIND, kind.getValue());
            if (!v.equals(t.kind())) {
                save(ChangeSet.putTie("edit.tie", t.withKind(v)));
            }
        });
        Spinner<Integer> strength = new Spinner<>(Tie.MIN_STRENGTH, Tie.MAX_STRENGTH, t.strength());
        strength.valueProperty().addListener((o, was, now) -> save(ChangeSet.putTie("edit.tie", t.withStrength(now))));
        CheckBox directed = new CheckBox(Messages.get("inspector.directed"));
        directed.setSelected(t.directed());
        directed.setOnAction(e -> save(ChangeSet.putTie("edit.tie", t.withDirected(directed.isSelected()))));
        VBox dims = new VBox(4);
        for (CserDimension d : CserDimension.values()) {
            CheckBox box = new CheckBox(Messages.get(d.nameKey()));
            box.setWrapText(true);
            box.setSelected(t.has(d));
            box.setOnAction(e -> {
                Set<CserDimension> now = t.dimensions().isEmpty() ? EnumSet.noneOf(CserDimension.class)
                        : EnumSet.copyOf(t.dimensions());
                if (box.isSelected()) {
                    now.add(d);
                } else {
                    now.remove(d);
                }
                save(ChangeSet.putTie("edit.tie", t.withDimensions(now)));
            });
            dims.getChildren().add(box);
        }
        ChoiceBox<PartnershipStage> stage = new ChoiceBox<>();
        stage.getItems().add(null);
        stage.getItems().addAll(PartnershipStage.values());
        stage.setValue(t.stage());
        stage.setConverter(new StringConverter<>() {
            @Override
            public String toString(PartnershipStage s) {
                return s == null ? Messages.get("inspector.stage.none") : Messages.get(s.nameKey());
            }

            @Override
            public PartnershipStage fromString(String s) {
                return null;
            }
        });
        stage.setOnAction(e -> save(ChangeSet.putTie("edit.tie", t.withStage(stage.getValue()))));
        TextArea notes = new TextArea(t.notes());
        notes.setWrapText(true);
        notes.setPrefRowCount(3);
        notes.focusedProperty().addListener((o, was, now) -> {
            Tie current = state.map().tie(t.id()).orElse(null);
            if (!now && current != null && notes.getScene() != null && !notes.getText().strip().equals(current.notes())) {
                save(ChangeSet.putTie("edit.tie", current.withNotes(notes.getText())));
            }
        });
        row(grid, 0, "inspector.kind", kind);
        row(grid, 1, "inspector.strength", strength);
        row(grid, 2, "inspector.stage", stage);
        row(grid, 3, "inspector.notes", notes);
        Button delete = new Button(Messages.get("inspector.delete-tie"));
        delete.setId("delete-tie");
        delete.setOnAction(e -> save(ChangeSet.deleteTie("edit.delete-tie", t.id())));
        Label dimsTitle = new Label(Messages.get("inspector.dimensions"));
        body.getChildren().addAll(ends, directed, grid, dimsTitle, dims, delete);
    }

    /** Names in full on the left (they were cut to "…" in a narrow panel); fields take the rest and shrink. */
    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        javafx.scene.layout.ColumnConstraints names = new javafx.scene.layout.ColumnConstraints();
        names.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().addAll(names, fields);
        return grid;
    }

    private static void row(GridPane grid, int row, String key, javafx.scene.Node field) {
        grid.add(new Label(Messages.get(key)), 0, row);
        if (field instanceof javafx.scene.control.Control control && !(field instanceof Label)) {
            control.setMinWidth(60);
            control.setPrefWidth(120);
            control.setMaxWidth(Double.MAX_VALUE);
        }
        grid.add(field, 1, row);
    }

    /**
     * A label field. It compares with the actor as it is now, not as it was when the field was built: when
     * an edit rebuilds the panel, the old field loses focus and must not save its text a second time.
     */
    private TextField labelField(String actorId, String value) {
        TextField field = new TextField(value);
        field.setId("inspector-label");
        Runnable commit = () -> {
            Actor now = state.map().actor(actorId).orElse(null);
            if (now != null && field.getScene() != null && !field.getText().isBlank()
                    && !field.getText().strip().equals(now.label())) {
                save(ChangeSet.putActor("edit.actor", now.withLabel(field.getText())));
            }
        };
        field.setOnAction(e -> commit.run());
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commit.run();
            }
        });
        return field;
    }

    private ComboBox<String> vocabulary(Ecosystem map, VocabularyCategory category, String current,
                                        Function<String, Actor> change) {
        ComboBox<String> box = new ComboBox<>();
        box.setEditable(true);
        for (Term t : map.vocabulary().terms(category)) {
            box.getItems().add(Text.term(category, t));
        }
        box.setValue(Text.term(category, current, map.vocabulary()));
        if (change != null) {
            box.setOnAction(e -> {
                String v = box.getValue() == null ? "" : idOf(map, category, box.getValue());
                if (!v.equals(current)) {
                    save(ChangeSet.putActor("edit.actor", change.apply(v)));
                }
            });
        }
        return box;
    }

    /** The id of the term displayed as {@code shown}; text the user typed becomes a new id as it is. */
    static String idOf(Ecosystem map, VocabularyCategory category, String shown) {
        for (Term t : map.vocabulary().terms(category)) {
            if (Text.term(category, t).equals(shown) || t.id().equals(shown)) {
                return t.id();
            }
        }
        return shown.strip();
    }
}
