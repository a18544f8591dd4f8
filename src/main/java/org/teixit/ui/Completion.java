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

    public Completion(TextField field) {
        this.field = field;
        field.focusedProperty().addListener((o, was, focused) -> {
            if (focused && binding == null) {
                bind();
            }
        });
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
    }
}
