package org.teixit.service;

import java.util.List;

import org.teixit.io.ImportWarning;

/** What an import did to a store. */
public record ImportSummary(int actorsAdded, int actorsUpdated, int tiesAdded, int tiesUpdated,
                            List<ImportWarning> warnings) {
}
