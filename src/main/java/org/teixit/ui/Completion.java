package org.teixit.ui;

import java.util.Collection;
import java.util.List;

import javafx.scene.control.TextField;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;

/**
 * Name suggestions under a text field (ControlsFX). Replaces its earlier suggestions instead of stacking
 * bindings, and lets a click outside the popup reach what was clicked (the popup only closes). The popup
 * is made when the field is first focused (one typing needs), not when the window opens.
 */
public final class Completion {
    private final TextField field;
    private List<String> names = List.of();
    private AutoCompletionBinding<String> binding;
    private Runnable onChosen = () -> { };

    public Completion(TextField field) {
        this.field = field;
        field.focusedProperty().addListener((o, was, focused) -> {
            if (focused && binding == null) {
                bind();
            }
        });
    }

    /**
     * Runs {@code action} after a suggestion was chosen (Enter, Tab or a click in the popup, which the popup
     * takes for itself): the next step then follows at once instead of the key doing nothing visible.
     */
    public void onChosen(Runnable action) {
        this.onChosen = action;
        if (binding != null) {
            binding.setOnAutoCompleted(e -> onChosen.run());
        }
    }

    /** Closes the suggestions (after the field's text was used). */
    public void hide() {
        if (binding != null) {
            binding.getAutoCompletionPopup().hide();
        }
    }

    public void suggest(Collection<String> names) {
        this.names = List.copyOf(names);
        if (binding != null || field.isFocused()) {
            bind();
        }
    }

    private void bind() {
        if (binding != null) {
            binding.dispose();
        }
        binding = TextFields.bindAutoCompletion(field, names);
        binding.getAutoCompletionPopup().setConsumeAutoHidingEvents(false);
        binding.setOnAutoCompleted(e -> onChosen.run());
    }
}
