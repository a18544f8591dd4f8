package org.teixit.ui.tables;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import org.teixit.i18n.Messages;

/**
 * How far a background computation is: a progress bar (the fraction when the work reports one, else
 * indeterminate), a line saying what is still computing, a Cancel button while it runs, and a Compute button
 * to run it again after a cancel. Ids: {@code PREFIX-progress}, {@code PREFIX-progress-text}, {@code
 * PREFIX-cancel} and {@code PREFIX-compute}. FX thread only.
 */
final class ProgressStrip extends HBox {
    private final ProgressBar bar = new ProgressBar();
    private final Label text = new Label();
    private final Button cancel = new Button(Messages.get("ui.cancel"));
    private final Button compute = new Button(Messages.get("ui.compute"));

    ProgressStrip(String prefix) {
        super(8);
        setAlignment(Pos.CENTER_LEFT);
        bar.setId(prefix + "-progress");
        text.setId(prefix + "-progress-text");
        cancel.setId(prefix + "-cancel");
        compute.setId(prefix + "-compute");
        bar.setPrefWidth(140);
        text.setMinWidth(0);
        cancel.setFocusTraversable(true);
        getChildren().addAll(bar, text, cancel, compute);
        show(false, false, false);
    }

    void onCancel(Runnable action) {
        cancel.setOnAction(e -> action.run());
    }

    void onCompute(Runnable action) {
        compute.setOnAction(e -> action.run());
    }

    /** Running: {@code fraction} in [0, 1], or negative when unknown (indeterminate). */
    void running(String what, double fraction) {
        bar.setProgress(fraction < 0 ? ProgressBar.INDETERMINATE_PROGRESS : Math.min(1.0, fraction));
        text.setText(what);
        show(true, true, false);
    }

    /** Stopped by the user: says what was not computed and offers to compute it. */
    void cancelled(String what) {
        text.setText(what);
        show(false, false, true);
    }

    /** Nothing running: the strip takes no room. */
    void idle() {
        text.setText("");
        show(false, false, false);
    }

    String text() {
        return text.getText();
    }

    boolean isRunning() {
        return cancel.isVisible();
    }

    private void show(boolean running, boolean canCancel, boolean canCompute) {
        setVisible(running || canCompute);
        setManaged(running || canCompute);
        bar.setVisible(running);
        bar.setManaged(running);
        text.setVisible(running || canCompute);
        cancel.setVisible(canCancel);
        cancel.setManaged(canCancel);
        compute.setVisible(canCompute);
        compute.setManaged(canCompute);
        if (!running) {
            bar.setProgress(0); // stops the indeterminate animation
        }
    }
}
