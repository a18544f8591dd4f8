package org.teixit.ui;

import java.util.Collection;
import java.util.List;

import javafx.scene.control.TextField;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;

/**
 * Name suggestions under a text field (ControlsFX). Replaces its earlier suggestions instead of stacking
 * bindings, and lets a click outside the popup reach what was clicked (the popup only closes).
 */
public final class Completion {
    private final TextField field;
    private AutoCompletionBinding<String> binding;

    public Completion(TextField field) {
        this.field = field;
    }

    public void suggest(Collection<String> names) {
        if (binding != null) {
            binding.dispose();
        }
        binding = TextFields.bindAutoCompletion(field, List.copyOf(names));
        binding.getAutoCompletionPopup().setConsumeAutoHidingEvents(false);
    }
}
