package org.teixit.collect;

import java.util.List;

/**
 * What one participant's latest applied answer put on the map, so a correction can replace it: the
 * respondent's actor, the ties it added, and the actors it created (removed again by a correction that no
 * longer names them, when no tie touches them any more).
 */
record Answer(String respondentId, List<String> tieIds, List<String> createdActorIds) {
    Answer {
        tieIds = List.copyOf(tieIds);
        createdActorIds = List.copyOf(createdActorIds);
    }
}
