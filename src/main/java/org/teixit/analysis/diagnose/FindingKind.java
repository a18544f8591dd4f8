package org.teixit.analysis.diagnose;

/** What a finding is about. The ids are stable: they appear in {@code teixit diagnose --json}. */
public enum FindingKind {
    /** An actor with no tie to anyone else. */
    ISOLATE("isolate"),
    /** A group of two or more actors with no link to the largest part of the map. */
    SEPARATE_GROUP("separate-group"),
    /** An articulation point: if the actor leaves, its part of the map splits. */
    CUT_ACTOR("cut-actor"),
    /** A tie whose loss splits the map (between two parts of two or more actors each). */
    BRIDGE_TIE("bridge-tie"),
    /** A pair of settings with few or no supportive ties between them. */
    WEAK_MESOSYSTEM("weak-mesosystem"),
    /** A CSER dimension that no tie, or few ties, serve. */
    DIMENSION_GAP("dimension-gap"),
    /** One actor lies on most shortest routes or brokers most contacts. */
    OVER_CENTRALIZED("over-centralized"),
    /** Directed ties that nothing answers in the other direction. */
    ONE_SIDED("one-sided"),
    /** An actor with a single tie, or far from most of the map. */
    PERIPHERAL("peripheral");

    private final String id;

    FindingKind(String id) {
        this.id = id;
    }

    /** The id used in JSON, e.g. {@code cut-actor}. */
    public String id() {
        return id;
    }

    /** Bundle key of its display name. */
    public String nameKey() {
        return "finding-kind." + id;
    }
}
