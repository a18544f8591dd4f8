package org.teixit.ui;

import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * A tooltip made the first time the pointer enters its node. Each JavaFX {@link Tooltip} is a popup window
 * with its own styling; the window has about twenty, and making them all up front cost the first frame
 * ~35 ms. The tooltip shows as usual once the pointer moves over the node.
 */
public final class LazyTooltip {
    private LazyTooltip() {
    }

    /** Gives {@code node} a tooltip with {@code text}, made when the pointer first enters it. */
    public static void install(Node node, String text) {
        node.addEventHandler(MouseEvent.MOUSE_ENTERED, new EventHandler<>() {
            @Override
            public void handle(MouseEvent e) {
                node.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                Tooltip.install(node, new Tooltip(text));
            }
        });
    }
}
