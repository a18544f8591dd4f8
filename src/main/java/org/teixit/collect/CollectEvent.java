package org.teixit.collect;

import java.util.List;

/**
 * What the workshop server tells its listeners ({@link CollectServer#addListener}); JavaFX-free. Events
 * are delivered on the server's worker thread right after the change is committed (or, for approvals, on
 * the caller's thread); a UI listener hands over to its UI thread. A listener that throws is logged and
 * ignored.
 */
public sealed interface CollectEvent {
    /** Counters after the event. */
    CollectStats stats();

    /**
     * An answer is on the map (directly, or approved from the queue).
     *
     * @param respondentId  the respondent's actor
     * @param newActorIds   actors this answer created (to animate in)
     * @param tieIds        the ties it put on the map
     * @param removedTieIds ties of the participant's previous answer that it replaced
     * @param correction    whether it replaced an earlier answer of the same participant
     */
    record Applied(String respondentId, String respondentName, List<String> newActorIds, List<String> tieIds,
                   List<String> removedTieIds, boolean correction, CollectStats stats) implements CollectEvent {
        public Applied {
            newActorIds = List.copyOf(newActorIds);
            tieIds = List.copyOf(tieIds);
            removedTieIds = List.copyOf(removedTieIds);
        }

        Applied withStats(CollectStats now) {
            return new Applied(respondentId, respondentName, newActorIds, tieIds, removedTieIds, correction, now);
        }
    }

    /** An answer joined the moderation queue. */
    record Pending(PendingResponse response, CollectStats stats) implements CollectEvent {
    }

    /** The facilitator rejected a queued answer. */
    record Rejected(long id, CollectStats stats) implements CollectEvent {
    }

    /** The join code changed; phones with the old one are refused from now on. */
    record CodeRotated(String code, CollectStats stats) implements CollectEvent {
    }

    /** The server stopped; no more events follow. */
    record Stopped(CollectStats stats) implements CollectEvent {
    }
}
