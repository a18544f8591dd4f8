package org.teixit.analysis.diagnose;

import java.util.List;
import java.util.Objects;

/**
 * One thing the diagnosis noticed, with the actors and ties it concerns (so a view can highlight them).
 *
 * @param kind     what it is about
 * @param severity how urgent it is
 * @param actors   the actor ids it concerns, the main one first
 * @param ties     the ties it concerns, as pairs of actor ids (source, target)
 * @param tieIds   the ids of those ties on the map, in the same order
 * @param message  a plain-language sentence in the user's language, naming actors by their labels
 */
public record Finding(FindingKind kind, Severity severity, List<String> actors, List<TiePair> ties,
                      List<String> tieIds, String message) {

    /** The two ends of a tie, as actor ids. */
    public record TiePair(String source, String target) {
        public List<String> asList() {
            return List.of(source, target);
        }
    }

    public Finding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        actors = List.copyOf(actors);
        ties = List.copyOf(ties);
        tieIds = List.copyOf(tieIds);
    }
}
