package org.teixit.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.teixit.i18n.Messages;
import org.teixit.model.Actor;
import org.teixit.model.Tie;

/**
 * What one format reader found in a file, before it touches any map: actors, ties and warnings, each
 * remembering where in the file it came from. A tie's {@code source}/{@code target} are the file's
 * references (an actor id, or a label where the file names actors by label); {@link ImportMerger}
 * resolves them. Readers only parse; merging, matching and validation against a map happen in one place.
 */
public final class ImportBatch {
    private final String sourceName;
    private final String graphName;
    private final String graphDescription;
    private final List<Actor> actors;
    private final List<Tie> ties;
    private final Map<String, SourceLocation> actorLocations;
    private final Map<String, SourceLocation> tieLocations;
    private final List<ImportWarning> warnings;
    private final boolean namesOnly;

    private ImportBatch(Builder b) {
        this.sourceName = b.sourceName;
        this.graphName = b.graphName;
        this.graphDescription = b.graphDescription;
        this.actors = List.copyOf(b.actors);
        this.ties = List.copyOf(b.ties);
        this.actorLocations = Collections.unmodifiableMap(new HashMap<>(b.actorLocations));
        this.tieLocations = Collections.unmodifiableMap(new HashMap<>(b.tieLocations));
        this.warnings = List.copyOf(b.warnings);
        this.namesOnly = b.namesOnly;
    }

    public static Builder builder(String sourceName) {
        return new Builder(sourceName);
    }

    /** The file name the batch was read from, as shown in messages. */
    public String sourceName() {
        return sourceName;
    }

    /** The map's name if the file gave one, else {@code null}. */
    public String graphName() {
        return graphName;
    }

    /** The map's description if the file gave one, else {@code null}. */
    public String graphDescription() {
        return graphDescription;
    }

    public List<Actor> actors() {
        return actors;
    }

    public List<Tie> ties() {
        return ties;
    }

    public List<ImportWarning> warnings() {
        return warnings;
    }

    /**
     * Whether the file names actors only by what people call them (a survey roster): its actor ids are
     * made up by the reader, so {@link ImportMerger} matches them to the map by label alone, gives new ones
     * fresh ids, and warns about names that look like a known one.
     */
    public boolean namesOnly() {
        return namesOnly;
    }

    public SourceLocation locationOfActor(String id) {
        return actorLocations.getOrDefault(id, SourceLocation.file(sourceName));
    }

    public SourceLocation locationOfTie(String id) {
        return tieLocations.getOrDefault(id, SourceLocation.file(sourceName));
    }

    /**
     * The most warnings a batch lists: a file with a problem on every one of its many lines (a weight of 0
     * on each edge, say) would otherwise bury the rest and fill the import dialog.
     */
    public static final int MAX_WARNINGS = 1_000;

    /** Collects a batch; the reader checks duplicates as it goes with {@link #hasActor}/{@link #hasTie}. */
    public static final class Builder {
        private final String sourceName;
        private String graphName;
        private String graphDescription;
        private final List<Actor> actors = new ArrayList<>();
        private final List<Tie> ties = new ArrayList<>();
        private final Map<String, SourceLocation> actorLocations = new HashMap<>();
        private final Map<String, SourceLocation> tieLocations = new HashMap<>();
        private final List<ImportWarning> warnings = new ArrayList<>();
        private int unlisted;
        private boolean namesOnly;

        private Builder(String sourceName) {
            this.sourceName = sourceName;
        }

        public Builder graphName(String name) {
            this.graphName = name == null || name.isBlank() ? null : name.strip();
            return this;
        }

        public Builder graphDescription(String description) {
            this.graphDescription = description == null || description.isBlank() ? null : description.strip();
            return this;
        }

        /** See {@link ImportBatch#namesOnly()}. */
        public Builder namesOnly(boolean value) {
            this.namesOnly = value;
            return this;
        }

        public Builder actor(Actor actor, SourceLocation where) {
            actors.add(actor);
            actorLocations.put(actor.id(), where);
            return this;
        }

        public Builder tie(Tie tie, SourceLocation where) {
            ties.add(tie);
            tieLocations.put(tie.id(), where);
            return this;
        }

        /** Adds a warning; past {@value #MAX_WARNINGS} they are only counted, and one more says how many. */
        public Builder warn(SourceLocation where, String message) {
            if (warnings.size() < MAX_WARNINGS) {
                warnings.add(new ImportWarning(where, message));
            } else {
                unlisted++;
            }
            return this;
        }

        public boolean hasActor(String id) {
            return actorLocations.containsKey(id);
        }

        public boolean hasTie(String id) {
            return tieLocations.containsKey(id);
        }

        public SourceLocation actorLocation(String id) {
            return actorLocations.get(id);
        }

        public int tieCount() {
            return ties.size();
        }

        public ImportBatch build() {
            if (unlisted > 0) {
                warnings.add(new ImportWarning(SourceLocation.file(sourceName), Messages.get("io.warnings.more", unlisted)));
                unlisted = 0;
            }
            return new ImportBatch(this);
        }
    }
}
