package org.teixit.io;

import java.util.List;

import org.teixit.model.Actor;
import org.teixit.model.Ecosystem;
import org.teixit.model.Tie;

/**
 * What merging a batch into a map gives: the new map, and exactly which actors and ties to write.
 *
 * @param merged        the map after the merge
 * @param changedActors actors added or changed, to write
 * @param changedTies   ties added or changed, to write
 */
public record MergeResult(Ecosystem merged, List<Actor> changedActors, List<Tie> changedTies,
                          int actorsAdded, int actorsUpdated, int tiesAdded, int tiesUpdated,
                          List<ImportWarning> warnings) {
}
