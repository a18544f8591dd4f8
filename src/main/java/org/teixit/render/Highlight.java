package org.teixit.render;

import java.util.Set;

/**
 * What the user is pointing at: the selected actor or tie (drawn with a ring or a halo) and the hovered
 * actor, whose ties and neighbours ({@code emphasised}, the hovered actor included) stay bright while
 * everything else is dimmed.
 */
public record Highlight(String selectedActor, String selectedTie, String hoveredActor, Set<String> emphasised) {
    public static final Highlight NONE = new Highlight(null, null, null, Set.of());

    public Highlight {
        emphasised = Set.copyOf(emphasised);
    }

    public boolean dims(String actorId) {
        return !emphasised.isEmpty() && !emphasised.contains(actorId);
    }
}
