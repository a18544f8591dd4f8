package org.teixit.ui;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.teixit.i18n.Messages;
import org.teixit.model.Actor;
import org.teixit.model.CserDimension;
import org.teixit.model.Term;
import org.teixit.model.VocabularyCategory;
import org.teixit.service.QuickAdd;
import org.teixit.style.Palette;
import org.teixit.style.Rgb;

/**
 * Add a tie live: type two names (existing actors are suggested; new names become actors), pick the kind
 * and dimensions, press Enter. The fields clear and the cursor returns to the first name for the next one.
 */
public final class QuickAddBar extends javafx.scene.layout.VBox {
    private final AppState state;
    private final TextField from = new TextField();
    private final TextField to = new TextField();
    private final ComboBox<String> kind = new ComboBox<>();
    private final Map<CserDimension, ToggleButton> dimensions = new EnumMap<>(CserDimension.class);
    private final Label message = new Label();
    private final Completion fromNames = new Completion(from);
    private final Completion toNames = new Completion(to);

    public QuickAddBar(AppState state) {
        this.state = state;
        getStyleClass().add("quick-add");
        setSpacing(6);
        setPadding(new Insets(6, 10, 6, 10));
        // What stays put between ties (kind, dimensions) above; the names, typed for each tie, below: their
        // suggestions open downwards, over the tables, not over the buttons.
        FlowPane choices = row();
        FlowPane names = row();
        getChildren().addAll(choices, names);
        from.setPrefColumnCount(12);
        to.setPrefColumnCount(12);
        from.setId("quick-from");
        to.setId("quick-to");
        from.setPromptText(Messages.get("quick.from"));
        to.setPromptText(Messages.get("quick.to"));
        kind.setId("quick-kind");
        kind.setEditable(true);
        Label title = new Label(Messages.get("quick.title"));
        title.getStyleClass().add("panel-heading");
        choices.getChildren().addAll(title, kind);
        for (CserDimension d : CserDimension.values()) {
            ToggleButton b = new ToggleButton();
            Rgb c = Palette.dimension(d);
            b.setGraphic(new Rectangle(12, 12, Color.rgb(c.r(), c.g(), c.b())));
            b.setText(Messages.get("quick.dimension." + d.id()));
            b.setId("quick-dimension-" + d.id());
            LazyTooltip.install(b, Messages.get(d.nameKey()));
            dimensions.put(d, b);
            choices.getChildren().add(b);
        }
        Button add = new Button(Messages.get("quick.add"));
        add.setId("quick-add");
        message.setId("quick-message");
        add.setDefaultButton(false);
        add.setOnAction(e -> add());
        from.setOnAction(e -> to.requestFocus());
        // A name chosen from the suggestions (Enter or Tab) moves on to the next name, so that typing goes on
        // there: "Families" then "Swimming club", not "FamiliesSwimming club".
        fromNames.onChosen(to::requestFocus);
        to.setOnAction(e -> add());
        kind.getEditor().setOnAction(e -> add());
        names.getChildren().addAll(from, new Label("↔"), to, add, message);
        state.mapProperty().addListener((o, was, now) -> refresh());
        refresh();
    }

    private static FlowPane row() {
        FlowPane row = new FlowPane(6, 6);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setPrefWrapLength(700);
        return row;
    }

    private void refresh() {
        message.setText(""); // "Added …" speaks of the map before this change (an undo, another edit)
        var map = state.map();
        var labels = map.actors().stream().map(Actor::label).sorted().toList();
        fromNames.suggest(labels);
        toNames.suggest(labels);
        String chosen = kind.getValue();
        kind.getItems().setAll(map.vocabulary().terms(VocabularyCategory.TIE_KIND).stream()
                .map(t -> Text.term(VocabularyCategory.TIE_KIND, t)).toList());
        kind.setValue(chosen != null ? chosen : kind.getItems().isEmpty() ? "" : kind.getItems().get(0));
    }

    /** Adds the tie the fields describe, as one undoable edit. */
    public void add() {
        if (state.session() == null) {
            return;
        }
        if (from.getText().isBlank() || to.getText().isBlank()) {
            message.setText(Messages.get("quick.need-names"));
            return;
        }
        Set<CserDimension> chosen = EnumSet.noneOf(CserDimension.class);
        dimensions.forEach((d, b) -> {
            if (b.isSelected()) {
                chosen.add(d);
            }
        });
        String kindId = kindId(kind.getValue());
        var current = state.session().current();
        state.session().apply(org.teixit.service.NewActorPlacement.place(current,
                QuickAdd.tie(current, from.getText(), to.getText(), kindId, chosen)));
        message.setText(Messages.get("quick.added", from.getText().strip(), to.getText().strip()));
        fromNames.hide();
        toNames.hide();
        from.clear();
        to.clear();
        from.requestFocus();
    }

    private String kindId(String shown) {
        if (shown == null) {
            return "";
        }
        for (Term t : state.map().vocabulary().terms(VocabularyCategory.TIE_KIND)) {
            if (Text.term(VocabularyCategory.TIE_KIND, t).equals(shown) || t.id().equals(shown)) {
                return t.id();
            }
        }
        return shown.strip();
    }

    /** Puts the cursor in the first name field (the window's "Add tie" shortcut). */
    public void focus() {
        from.requestFocus();
    }
}
