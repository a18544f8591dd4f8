/**
 * The diagnosis of a learning ecosystem: plain-language findings (what is weak) and weaving recommendations
 * (which new ties would help most, each with its effect measured on a copy of the map). Entry point: {@link
 * org.teixit.analysis.diagnose.Diagnosis#of(org.teixit.model.Ecosystem, org.teixit.task.Progress)}.
 *
 * <p>Finding kinds and their severity thresholds are in {@link org.teixit.analysis.diagnose.Thresholds}.
 * Recommendations come from a few candidates per problem (isolates, separate groups, single-tie actors, weak pairs
 * of settings, cut actors, bridges, an over-centralized actor, one-way ties, dimension gaps), each tied to
 * well-placed <em>anchors</em>; every candidate is measured by adding the tie to a copy of the graph and recomputing
 * components, isolates, cut actors, bridges, single-tie actors and one-way pairs, plus the mesosystem cell and
 * dimension count it changes; for the best candidates the top broker's betweenness is recomputed on the whole map
 * with the tie (within a budget, so large maps stay fast). The score, higher first: 10 per component joined, 6 per
 * isolate linked, 5 for a first supportive tie between two settings (+3 for family–school) and 2 for a second one, 3
 * per cut actor fewer, 1 per actor fewer that hangs on a single actor, 1.5 per bridge fewer, 1 per single-tie actor
 * fewer, 1 per one-way pair answered, 3 for a dimension's first tie and 1 for one more in a scarce dimension, and 10
 * times the drop in the top broker's betweenness (a rise counts against). The list keeps {@code limit} candidates
 * chosen greedily for score and variety (half the score for a problem already answered, half a point less per
 * recommendation already made for either actor), plus the best candidate of every isolate: every isolate gets at
 * least one recommendation.
 *
 * <p>Texts (findings, reasons, effects) come from the {@code analysis} bundle in the user's language,
 * naming actors by label, settings, tie kinds and dimensions by {@link org.teixit.analysis.diagnose.Names}.
 * Each recommendation carries the proposed {@link org.teixit.model.Tie}, ready to be added as an undoable
 * edit.
 */
package org.teixit.analysis.diagnose;
