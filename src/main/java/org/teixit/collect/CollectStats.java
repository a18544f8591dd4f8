package org.teixit.collect;

/**
 * The room's counters since the server started.
 *
 * @param participants distinct respondents whose answers are on the map
 * @param ties         ties those answers put on the map (a correction replaces, not adds)
 * @param pending      answers waiting for approval (moderation)
 * @param responses    answers accepted (201 or 202), corrections included
 */
public record CollectStats(int participants, int ties, int pending, long responses) {
}
