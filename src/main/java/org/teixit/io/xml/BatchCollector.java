package org.teixit.io.xml;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.teixit.i18n.Messages;
import org.teixit.io.ImportBatch;
import org.teixit.io.ImportException;
import org.teixit.io.SourceLocation;

/**
 * Gathers what a GEXF or GraphML reader finds into an {@link ImportBatch}: maps nodes to actors at once
 * (refusing a node id seen before), keeps edges until the end so that edges without an id get made-up ids
 * that clash with no id in the file, and says each kind of warning once (repeated edge ids: see
 * {@link RepeatedIdWarnings}). A value longer than {@link ValueLimits#MAX_CHARS} refuses the file; a map
 * name or description that long is left out.
 */
public final class BatchCollector {
    private final String fileName;
    private final ImportBatch.Builder batch;
    private final List<RawElement> edges = new ArrayList<>();
    private final Set<String> warned = new HashSet<>();
    private boolean named;
    private boolean strictEdgeIds;

    public BatchCollector(String fileName) {
        this.fileName = fileName;
        this.batch = ImportBatch.builder(fileName);
    }

    /**
     * Makes an edge id used twice an error (as spreadsheets need: a row's id is the user's own) instead of
     * a warning and a made-up id (as GEXF and GraphML files written by tools need).
     */
    public BatchCollector refuseDuplicateEdgeIds() {
        this.strictEdgeIds = true;
        return this;
    }

    /** The map's name; the first non-blank one given wins. */
    public void graphName(String name) {
        if (!ValueLimits.fits(name)) {
            warnTextTooLong();
            return;
        }
        if (!named && name != null && !name.isBlank()) {
            batch.graphName(name);
            named = true;
        }
    }

    /** The map's description, if the file has one. */
    public void graphDescription(String description) {
        if (!ValueLimits.fits(description)) {
            warnTextTooLong();
            return;
        }
        batch.graphDescription(description);
    }

    private void warnTextTooLong() {
        warnOnce("graph text too long", SourceLocation.file(fileName),
                Messages.get("io.graph.text-too-long", ValueLimits.MAX_CHARS));
    }

    public void node(RawElement node) throws ImportException {
        ValueLimits.check(node);
        String id = node.id() == null ? null : node.id().strip();
        if (id != null && batch.hasActor(id)) {
            SourceLocation first = batch.actorLocation(id);
            throw new ImportException(node.where(), "id", "duplicate node id " + FieldParsing.quote(id)
                    + " (first at " + (first.sheet() != null ? "row " : "line ") + first.line() + ")");
        }
        batch.actor(ActorMapping.toActor(node, batch), node.where());
    }

    /** Keeps an edge; it becomes a tie in {@link #finish()}. Its ends need not be nodes of this file. */
    public void edge(RawElement edge) throws ImportException {
        ValueLimits.check(edge);
        edges.add(edge);
    }

    public void warn(SourceLocation where, String message) {
        batch.warn(where, message);
    }

    /** Warns only the first time for a given {@code kind} of problem. */
    public void warnOnce(String kind, SourceLocation where, String message) {
        if (warned.add(kind)) {
            batch.warn(where, message);
        }
    }

    public ImportBatch finish() throws ImportException {
        Set<String> fileIds = new HashSet<>();
        for (RawElement e : edges) {
            if (e.id() != null && !e.id().isBlank()) {
                fileIds.add(e.id().strip());
            }
        }
        Set<String> taken = new HashSet<>();
        java.util.Map<String, SourceLocation> firstSeen = new java.util.HashMap<>();
        int counter = 0;
        RepeatedIdWarnings repeats = new RepeatedIdWarnings(batch);
        for (RawElement e : edges) {
            String id = e.id() == null || e.id().isBlank() ? null : e.id().strip();
            if (strictEdgeIds && id != null && firstSeen.containsKey(id)) {
                SourceLocation first = firstSeen.get(id);
                throw new ImportException(e.where(), "id", "duplicate edge id " + FieldParsing.quote(id)
                        + " (first at " + (first.sheet() != null ? "row " : "line ") + first.line() + ")");
            }
            if (id != null) {
                firstSeen.putIfAbsent(id, e.where());
            }
            if (id == null || taken.contains(id)) {
                String made;
                do {
                    made = "e" + counter++;
                } while (fileIds.contains(made) || taken.contains(made));
                if (id != null) {
                    repeats.repeated(id, made, e.where());
                }
                id = made;
            }
            taken.add(id);
            batch.tie(TieMapping.toTie(e, id, batch), e.where());
        }
        repeats.finish();
        return batch.build();
    }
}
