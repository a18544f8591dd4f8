package org.teixit.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How far a school ↔ organisation partnership has come (seed 001): distant visions, complementary
 * understanding, or a strategic partnership with shared goals.
 */
public enum PartnershipStage {
    DISTANT("distant"),
    COMPLEMENTARY("complementary"),
    STRATEGIC("strategic");

    private final String id;

    PartnershipStage(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public String nameKey() {
        return "stage." + id;
    }

    public static Optional<PartnershipStage> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String key = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.id.equals(key)).findFirst();
    }
}
