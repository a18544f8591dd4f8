package org.teixit.analysis.diagnose;

/** How urgent a finding is. The thresholds of each kind are in {@link Thresholds}. */
public enum Severity {
    /** Worth knowing; nothing is at risk yet. */
    INFO("info"),
    /** A weakness to work on. */
    WARNING("warning"),
    /** A part of the ecosystem is cut off or at risk of being cut off. */
    CRITICAL("critical");

    private final String id;

    Severity(String id) {
        this.id = id;
    }

    /** The id used in JSON: info, warning, critical. */
    public String id() {
        return id;
    }

    /** Bundle key of its display name. */
    public String nameKey() {
        return "severity." + id;
    }
}
