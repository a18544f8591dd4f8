package org.teixit.collect;

import java.time.Instant;

/**
 * An answer waiting for the facilitator's approval (moderation mode).
 *
 * @param id         the queue's number for it, for {@link CollectServer#approve} and {@link CollectServer#reject}
 * @param received   when it arrived
 * @param submission what the participant sent
 */
public record PendingResponse(long id, Instant received, Submission submission, String tokenHash) {
    /** The respondent's name as typed (cleaned). */
    public String respondentName() {
        return submission.respondent().name();
    }

    public int tieCount() {
        return submission.ties().size();
    }
}
