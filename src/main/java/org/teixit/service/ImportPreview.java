package org.teixit.service;

/** An import worked out but not yet applied: the edit it would make and what it counts. */
public record ImportPreview(ChangeSet change, ImportSummary summary) {
}
