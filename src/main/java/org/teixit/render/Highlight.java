package org.teixit.render;

import java.util.Set;

/**
 * What the user is pointing at: the selected actor or tie (drawn with a ring or a halo) and the hovered
 * actor, whose ties and neighbours ({@code emphasised}, the hovered actor included) stay bright while
 * everything else is dimmed. Actors that just arrived ({@code fresh}, e.g. from phones in a live session)
 * get an expanding ring; {@code pulse} (0–1) is how far the ring has grown. {@code focusTies} (tie ids,
 * e.g. those a finding is about) stay bright with the emphasised actors.
 */
public record Highlight(String selectedActor, String selectedTie, String hoveredActor, Set<String> emphasised,
                        Set<String> fresh, double pulse, Set<String> focusTies) {
    public static final Highlight NONE = new Highlight(null, null, null, Set.of(), Set.of(), 0, Set.of());

    public Highlight {
        emphasised = Set.copyOf(emphasised);
        fresh = Set.copyOf(fresh);
        focusTies = Set.copyOf(focusTies);
    }

    /** Without arrivals to point out or ties in focus. */
    public Highlight(String selectedActor, String selectedTie, String hoveredActor, Set<String> emphasised) {
        this(selectedActor, selectedTie, hoveredActor, emphasised, Set.of(), 0, Set.of());
    }

    public boolean dims(String actorId) {
        return !emphasised.isEmpty() && !emphasised.contains(actorId);
    }
}
