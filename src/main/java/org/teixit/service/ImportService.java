package org.teixit.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.teixit.io.ImportBatch;
import org.teixit.io.ImportException;
import org.teixit.io.ImportMerger;
import org.teixit.io.ImportWarning;
import org.teixit.io.MergeResult;
import org.teixit.model.Ecosystem;
import org.teixit.store.EcosystemStore;
import org.teixit.task.Progress;

/**
 * Imports files into a store, all or nothing: every file is read and merged in memory first, then the
 * changes are written in one transaction. A store the import created is removed again when it fails.
 * Files that bring actors are merged before files that bring only ties (so {@code ties.csv actors.csv}
 * works in either order); otherwise files are merged in the order given.
 */
public final class ImportService {
    private final boolean createMissing;
    private final boolean roster;

    public ImportService(boolean createMissing) {
        this(createMissing, false);
    }

    /** @param roster read .csv and .xlsx files as survey rosters */
    public ImportService(boolean createMissing, boolean roster) {
        this.createMissing = createMissing;
        this.roster = roster;
    }

    public ImportSummary importFiles(List<Path> files, Path storeFile, Progress progress) throws ImportException {
        List<ImportBatch> batches = new ArrayList<>();
        for (Path file : files) {
            batches.add(readAny(file, progress));
        }
        List<ImportBatch> actorsFirst = new ArrayList<>();
        batches.stream().filter(b -> !b.actors().isEmpty()).forEach(actorsFirst::add);
        batches.stream().filter(b -> b.actors().isEmpty()).forEach(actorsFirst::add);
        batches = actorsFirst;
        boolean created = !Files.exists(storeFile);
        try (EcosystemStore store = EcosystemStore.openOrCreate(storeFile)) {
            ImportSummary summary = mergeAndWrite(store, batches, created ? MapLoader.baseName(storeFile) : null);
            return summary;
        } catch (ImportException | RuntimeException e) {
            if (created) {
                deleteQuietly(storeFile);
            }
            throw e;
        }
    }

    /**
     * What importing {@code files} into {@code current} would do, without writing anything: the change to
     * apply (new actors placed next to whom they are tied to), the counts and the warnings. The window
     * shows it in its preview dialog and applies the change as one undoable edit.
     */
    public ImportPreview preview(List<Path> files, Ecosystem current, Progress progress) throws ImportException {
        List<ImportBatch> batches = new ArrayList<>();
        for (Path file : files) {
            batches.add(readAny(file, progress));
        }
        batches.sort(java.util.Comparator.comparing(b -> b.actors().isEmpty()));
        ImportMerger merger = new ImportMerger(createMissing);
        Ecosystem now = current;
        java.util.Map<String, org.teixit.model.Actor> actors = new java.util.LinkedHashMap<>();
        java.util.Map<String, org.teixit.model.Tie> ties = new java.util.LinkedHashMap<>();
        int aa = 0;
        int au = 0;
        int ta = 0;
        int tu = 0;
        List<ImportWarning> warnings = new ArrayList<>();
        for (ImportBatch batch : batches) {
            MergeResult r = merger.merge(now, batch);
            r.changedActors().forEach(a -> actors.put(a.id(), a));
            r.changedTies().forEach(t -> ties.put(t.id(), t));
            aa += r.actorsAdded();
            au += r.actorsUpdated();
            ta += r.tiesAdded();
            tu += r.tiesUpdated();
            warnings.addAll(r.warnings());
            now = r.merged();
        }
        ChangeSet change = NewActorPlacement.place(current, new ChangeSet("edit.import", new ArrayList<>(actors.values()),
                List.of(), new ArrayList<>(ties.values()), List.of()));
        return new ImportPreview(change, new ImportSummary(aa, au, ta, tu, warnings));
    }

    private ImportBatch readAny(Path file, Progress progress) throws ImportException {
        if (!FormatRegistry.exists(file)) {
            throw new ImportException(org.teixit.io.SourceLocation.file(file.toString()), null, "no such file");
        }
        if (org.teixit.io.MapFormat.require(file) == org.teixit.io.MapFormat.STORE) {
            Ecosystem other = MapLoader.load(file, progress);
            ImportBatch.Builder b = ImportBatch.builder(file.getFileName().toString()).graphName(other.name())
                    .graphDescription(other.description());
            other.actors().forEach(a -> b.actor(a, org.teixit.io.SourceLocation.file(file.toString())));
            other.ties().forEach(t -> b.tie(t, org.teixit.io.SourceLocation.file(file.toString())));
            return b.build();
        }
        return FormatRegistry.reader(file, roster).read(file, progress);
    }

    private ImportSummary mergeAndWrite(EcosystemStore store, List<ImportBatch> batches, String newName)
            throws ImportException {
        Ecosystem current = store.load();
        if (newName != null) {
            current = current.toBuilder().name(newName).build();
        }
        ImportMerger merger = new ImportMerger(createMissing);
        List<MergeResult> results = new ArrayList<>();
        for (ImportBatch batch : batches) {
            MergeResult r = merger.merge(current, batch);
            results.add(r);
            current = r.merged();
        }
        Ecosystem merged = current;
        store.update(tx -> {
            tx.setName(merged.name());
            tx.setDescription(merged.description());
            merged.vocabulary().additions().forEach((c, terms) -> terms.forEach(t -> tx.putTerm(c, t)));
            for (MergeResult r : results) {
                r.changedActors().forEach(tx::putActor);
                r.changedTies().forEach(tx::putTie);
            }
        });
        int aa = 0;
        int au = 0;
        int ta = 0;
        int tu = 0;
        List<ImportWarning> warnings = new ArrayList<>();
        for (MergeResult r : results) {
            aa += r.actorsAdded();
            au += r.actorsUpdated();
            ta += r.tiesAdded();
            tu += r.tiesUpdated();
            warnings.addAll(r.warnings());
        }
        return new ImportSummary(aa, au, ta, tu, warnings);
    }

    private static void deleteQuietly(Path file) {
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            try {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
            } catch (IOException ignored) {
                // best effort: the import already failed with a clearer message
            }
        }
    }
}
