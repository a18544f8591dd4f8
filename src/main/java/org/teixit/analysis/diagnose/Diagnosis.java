package org.teixit.analysis.diagnose;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.teixit.analysis.NetworkMeasures;
import org.teixit.analysis.ecosystem.EcosystemAnalysis;
import org.teixit.analysis.ecosystem.EcosystemCache;
import org.teixit.model.Ecosystem;
import org.teixit.task.Progress;

/**
 * What is weak in a learning ecosystem and which ties would strengthen it: findings (isolated actors,
 * actors and ties the map hangs on, weak links between settings, missing CSER dimensions, an actor that
 * carries too much, one-sided ties, actors on the edge) and ranked weaving recommendations, each measured on
 * the map. Text is in the user's language ({@link Locale#getDefault()}) at the time of the call. The rules
 * and thresholds are in {@link Thresholds}; how candidates are chosen, measured and ranked is described in
 * the package documentation.
 *
 * @param findings        most severe first
 * @param recommendations best first
 */
public record Diagnosis(List<Finding> findings, List<Recommendation> recommendations) {
    /** How many recommendations {@link #of(Ecosystem, Progress)} keeps, besides one per isolate. */
    public static final int DEFAULT_LIMIT = Weaver.DEFAULT_LIMIT;
    private static final EcosystemCache<Diagnosis> CACHE = new EcosystemCache<>(2);

    public Diagnosis {
        findings = List.copyOf(findings);
        recommendations = List.copyOf(recommendations);
    }

    /** Diagnoses {@code ecosystem}, reusing its cached analysis ({@link EcosystemAnalysis#cached}). */
    public static Diagnosis of(Ecosystem ecosystem, Progress progress) {
        return of(ecosystem, EcosystemAnalysis.cached(ecosystem, progress), progress, DEFAULT_LIMIT);
    }

    /**
     * Diagnoses {@code ecosystem} from its {@code analysis} (the network measures are computed if the
     * analysis lacks them), keeping the best {@code limit} recommendations plus one for every isolate.
     *
     * @throws org.teixit.task.CancelledException when {@code progress} reports a cancel
     */
    public static Diagnosis of(Ecosystem ecosystem, EcosystemAnalysis analysis, Progress progress, int limit) {
        Objects.requireNonNull(ecosystem, "ecosystem");
        Objects.requireNonNull(analysis, "analysis");
        EcosystemAnalysis complete = analysis.isComplete() ? analysis
                : analysis.withMeasures(NetworkMeasures.compute(ecosystem, progress));
        if (complete.graph().size() != ecosystem.actorCount()) {
            throw new IllegalArgumentException("the analysis is of another map");
        }
        List<Finding> findings = new Findings(ecosystem, complete).build(progress);
        progress.checkCancelled();
        List<Recommendation> recommendations = new Weaver(ecosystem, complete).build(progress, Math.max(0, limit));
        return new Diagnosis(findings, recommendations);
    }

    /**
     * {@link #of(Ecosystem, Progress)}, once per map version and language: later calls with the same
     * ecosystem instance (and default locale) return the same diagnosis.
     */
    public static Diagnosis cached(Ecosystem ecosystem, Progress progress) {
        return CACHE.get(ecosystem, Locale.getDefault(), e -> of(e, progress));
    }

    /** The findings of one kind, in order. */
    public List<Finding> findings(FindingKind kind) {
        return findings.stream().filter(f -> f.kind() == kind).toList();
    }

    /** The highest severity among the findings, or {@code null} when there are none. */
    public Severity worst() {
        return findings.stream().map(Finding::severity).max(Enum::compareTo).orElse(null);
    }
}
