package org.teixit.analysis.diagnose;

import java.util.Objects;

import org.teixit.model.Tie;

/**
 * A tie worth weaving: who with whom, why, and what it would change on the map (measured, see {@link
 * Effect}). The proposed {@link #tie()} has a fresh id and can be added as is, e.g. with {@code
 * ChangeSet.putTie}; its notes carry the reason.
 *
 * @param from      the actor the recommendation is for (the isolated or peripheral one, …)
 * @param to        the actor to tie it to
 * @param tie       the proposed tie, from → to; directed only when the whole map is directed
 * @param addresses the kind of finding it answers
 * @param reason    why, in plain language
 * @param effect    what it changes, in plain language, e.g. "separate parts 2→1, …"
 * @param detail    the measured numbers
 * @param score     its rank's basis: higher is better (the weights are in the package documentation)
 */
public record Recommendation(String from, String to, Tie tie, FindingKind addresses, String reason, String effect,
                             Effect detail, double score) {
    public Recommendation {
        Objects.requireNonNull(tie, "tie");
        Objects.requireNonNull(addresses, "addresses");
        Objects.requireNonNull(detail, "detail");
    }
}
