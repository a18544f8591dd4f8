package org.teixit.collect;

import java.util.List;

/** The {@code collect.js.*} strings the participant page's script uses (sent to it as JSON). */
final class CollectTextKeys {
    static final List<String> SCRIPT_KEYS = List.of("joining", "join-failed", "join-needed", "network-error",
            "too-many", "too-large", "invalid", "server-error", "sending", "sent", "sent-pending", "corrected",
            "known-actor", "tie-heading", "need-name", "mine-empty", "strength-of", "loading", "lost-token",
            "pending-note", "own-actor", "self-tie");

    private CollectTextKeys() {
    }
}
