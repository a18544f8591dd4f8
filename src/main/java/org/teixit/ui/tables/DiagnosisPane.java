package org.teixit.ui.tables;

import java.util.HashSet;
import java.util.Set;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.teixit.analysis.diagnose.Diagnosis;
import org.teixit.analysis.diagnose.Finding;
import org.teixit.analysis.diagnose.Recommendation;
import org.teixit.i18n.Messages;
import org.teixit.model.Ecosystem;
import org.teixit.service.ChangeSet;
import org.teixit.service.Ids;
import org.teixit.task.Progress;
import org.teixit.ui.AppState;

/**
 * What the map says about the ecosystem: findings (click one to light up its actors and ties on the map)
 * and weaving recommendations, each with its measured effect and an "Add this tie" button (an undoable
 * edit). Worked out in the background whenever the map changes, with progress and Cancel; the newest map
 * wins.
 */
public final class DiagnosisPane extends SplitPane {
    private final AppState state;
    private final ListView<Finding> findings = new ListView<>();
    private final ListView<Recommendation> recommendations = new ListView<>();
    private final ProgressStrip progress = new ProgressStrip("diagnosis");
    private final BackgroundWork work = new BackgroundWork("teixit-diagnosis", progress, MeasuresPane::progressText);

    /** Works out a map's diagnosis; tests hold it to cancel it at a known point. */
    interface Diagnoser {
        Diagnosis diagnose(Ecosystem map, Progress progress);
    }

    private final Diagnoser diagnoser;

    public DiagnosisPane(AppState state) {
        this(state, Diagnosis::cached);
    }

    DiagnosisPane(AppState state, Diagnoser diagnoser) {
        this.state = state;
        this.diagnoser = diagnoser;
        findings.setId("findings");
        recommendations.setId("recommendations");
        findings.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Finding f, boolean empty) {
                super.updateItem(f, empty);
                setText(empty || f == null ? null : Messages.get("diagnosis.severity." + f.severity().name().toLowerCase(
                        java.util.Locale.ROOT)) + "  " + f.message());
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        recommendations.setCellFactory(list -> new RecommendationCell());
        findings.getSelectionModel().selectedItemProperty().addListener((o, was, f) -> {
            if (f == null) {
                state.focusProperty().set(AppState.Focus.NONE);
                return;
            }
            Set<String> actors = new HashSet<>(f.actors());
            f.ties().forEach(t -> {
                actors.add(t.source());
                actors.add(t.target());
            });
            state.focusProperty().set(new AppState.Focus(actors, new HashSet<>(f.tieIds())));
        });
        progress.onCompute(() -> compute(state.map()));
        VBox left = new VBox(4, progress, heading("diagnosis.findings"), findings);
        VBox right = new VBox(4, heading("diagnosis.recommendations"), recommendations);
        VBox.setVgrow(findings, Priority.ALWAYS);
        VBox.setVgrow(recommendations, Priority.ALWAYS);
        left.setPadding(new Insets(4));
        right.setPadding(new Insets(4));
        getItems().addAll(left, right);
        state.mapProperty().addListener((o, was, now) -> compute(now));
        compute(state.map());
    }

    private static Label heading(String key) {
        Label l = new Label(Messages.get(key));
        l.getStyleClass().add("panel-heading");
        return l;
    }

    private void compute(Ecosystem map) {
        if (map == null) {
            return;
        }
        work.start(Messages.get("ui.diagnosis.running"), run -> {
            Diagnosis d = diagnoser.diagnose(map, run);
            run.finish(() -> {
                findings.getItems().setAll(d.findings());
                recommendations.getItems().setAll(d.recommendations());
            });
        }, () -> {
            findings.getItems().clear();
            recommendations.getItems().clear();
            progress.cancelled(Messages.get("ui.diagnosis.stopped"));
        });
    }

    /** Stops the diagnosis in progress, as the Cancel button does. */
    public void cancel() {
        work.cancel();
    }

    /** One recommendation: the reason, the measured effect, and a button that adds the tie. */
    private final class RecommendationCell extends ListCell<Recommendation> {
        @Override
        protected void updateItem(Recommendation r, boolean empty) {
            super.updateItem(r, empty);
            if (empty || r == null) {
                setGraphic(null);
                return;
            }
            Label reason = new Label(r.reason());
            reason.setWrapText(true);
            Label effect = new Label(r.effect());
            effect.setWrapText(true);
            effect.getStyleClass().add("count");
            Button add = new Button(Messages.get("diagnosis.add-tie"));
            add.setOnAction(e -> accept(r));
            VBox text = new VBox(2, reason, effect);
            HBox.setHgrow(text, Priority.ALWAYS);
            text.setPrefWidth(0);
            setGraphic(new HBox(8, text, add));
        }
    }

    private void accept(Recommendation r) {
        if (state.session() == null) {
            return;
        }
        Ecosystem map = state.session().current();
        var tie = r.tie();
        if (map.tie(tie.id()).isPresent()) {
            String id = Ids.next("t", map.tieCount() + 1, x -> map.tie(x).isPresent());
            tie = new org.teixit.model.Tie(id, tie.source(), tie.target(), tie.kind(), tie.directed(), tie.strength(),
                    tie.dimensions(), tie.stage(), tie.notes(), tie.attributes());
        }
        state.session().apply(ChangeSet.putTie("edit.recommendation", tie));
    }
}
