package org.teixit.analysis.ecosystem;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.teixit.analysis.ActorMeasures;
import org.teixit.analysis.MeasuresResult;
import org.teixit.analysis.NetworkMeasures;
import org.teixit.model.Actor;
import org.teixit.model.CserDimension;
import org.teixit.model.Ecosystem;
import org.teixit.task.Progress;

/**
 * Everything Teixit measures on one map: the network measures ({@link NetworkMeasures}, networkx's
 * definitions) and the ecosystem measures community-network practitioners use — density per CSER dimension
 * and per tie kind, components, cut actors and bridges, k-cores, Louvain communities, Gould–Fernandez
 * brokerage by setting, the E-I index of each setting and the mesosystem matrix. See the package
 * documentation for how a map becomes the graphs measured.
 *
 * <p>Holds no reference to the ecosystem, so it can be cached per map version ({@link #cached}).
 *
 * @param measures           the network measures; {@code null} only in the early, partial result handed to
 *                           the {@code cheapFirst} listener of {@link #compute(Ecosystem, Progress, Consumer)}
 * @param graph              the int-indexed graphs the ecosystem measures ran on
 * @param tiesByDimension    how many ties serve each dimension
 * @param densityByDimension {@link Densities#byDimension}
 * @param densityByKind      {@link Densities#byKind}
 * @param structure          components, isolates, cut actors, bridges
 * @param communities        Louvain communities with seed {@link Louvain#DEFAULT_SEED}
 * @param mesosystem         ties between settings
 * @param settings           E-I index per setting with actors
 * @param actors             per-actor ecosystem measures, in map order
 */
public record EcosystemAnalysis(MeasuresResult measures, MapGraph graph, Map<CserDimension, Integer> tiesByDimension,
                                Map<CserDimension, Double> densityByDimension, Map<String, Double> densityByKind,
                                Structure structure, Communities communities, Mesosystem mesosystem,
                                List<SettingMixing> settings, List<ActorRoles> actors) {

    static final String MESSAGE = "analysis.ecosystem";
    private static final EcosystemCache<EcosystemAnalysis> CACHE = new EcosystemCache<>(2);
    private static final EcosystemCache<EcosystemAnalysis> WITHOUT_MEASURES = new EcosystemCache<>(2);
    private static final EcosystemCache<MeasuresResult> MEASURES = new EcosystemCache<>(2);

    public EcosystemAnalysis {
        Objects.requireNonNull(graph, "graph");
        tiesByDimension = Collections.unmodifiableMap(new EnumMap<>(tiesByDimension));
        densityByDimension = Collections.unmodifiableMap(new EnumMap<>(densityByDimension));
        densityByKind = Collections.unmodifiableMap(new LinkedHashMap<>(densityByKind));
        settings = List.copyOf(settings);
        actors = List.copyOf(actors);
    }

    /** Every measure of {@code ecosystem}. */
    public static EcosystemAnalysis compute(Ecosystem ecosystem, Progress progress) {
        return compute(ecosystem, progress, partial -> { });
    }

    /**
     * Every measure of {@code ecosystem}, the cheap ones first: once everything but the network measures is
     * known (milliseconds even on large maps), {@code cheapFirst} receives that partial result, whose {@link
     * #measures()} is {@code null}; then the shortest-path measures run on all processors.
     *
     * @throws org.teixit.task.CancelledException when {@code progress} reports a cancel
     */
    public static EcosystemAnalysis compute(Ecosystem ecosystem, Progress progress,
                                            Consumer<EcosystemAnalysis> cheapFirst) {
        EcosystemAnalysis cheap = withoutNetworkMeasures(ecosystem, progress);
        cheapFirst.accept(cheap);
        MeasuresResult measures = NetworkMeasures.compute(ecosystem, progress);
        return cheap.withMeasures(measures);
    }

    /**
     * Every measure but the network measures ({@link #measures()} is {@code null}): the quick part of {@link
     * #compute(Ecosystem, Progress, Consumer)}, what its {@code cheapFirst} listener receives.
     *
     * @throws org.teixit.task.CancelledException when {@code progress} reports a cancel
     */
    public static EcosystemAnalysis withoutNetworkMeasures(Ecosystem ecosystem, Progress progress) {
        Objects.requireNonNull(ecosystem, "ecosystem");
        progress.checkCancelled();
        progress.update(MESSAGE, 0, 6);
        MapGraph g = MapGraph.of(ecosystem);
        Map<CserDimension, Double> byDimension = Densities.byDimension(ecosystem);
        Map<String, Double> byKind = Densities.byKind(ecosystem);
        progress.update(MESSAGE, 1, 6);
        progress.checkCancelled();
        Structure structure = Structure.of(g);
        int[] cores = CoreNumbers.of(g);
        progress.update(MESSAGE, 2, 6);
        progress.checkCancelled();
        Mesosystem mesosystem = Mesosystem.of(ecosystem);
        List<SettingMixing> mixing = SettingMixing.of(g);
        progress.update(MESSAGE, 3, 6);
        Communities communities = Louvain.detect(g, Louvain.DEFAULT_SEED, progress);
        progress.update(MESSAGE, 4, 6);
        BrokerageRoles[] brokerage = Brokerage.of(g, progress);
        progress.update(MESSAGE, 5, 6);
        Set<String> cut = new HashSet<>();
        structure.cutActors().forEach(c -> cut.add(c.id()));
        List<ActorRoles> actors = new ArrayList<>(g.size());
        int v = 0;
        for (Actor a : ecosystem.actors()) {
            actors.add(new ActorRoles(a.id(), a.label(), a.setting(), cores[v],
                    communities.communityOf(a.id()).orElse(-1), brokerage[v], cut.contains(a.id())));
            v++;
        }
        EcosystemAnalysis cheap = new EcosystemAnalysis(null, g, ecosystem.tiesPerDimension(), byDimension, byKind,
                structure, communities, mesosystem, mixing, actors);
        progress.update(MESSAGE, 6, 6);
        return cheap;
    }

    private static EcosystemAnalysis computeReusing(Ecosystem ecosystem, Progress progress) {
        EcosystemAnalysis cheap = WITHOUT_MEASURES.peek(ecosystem)
                .orElseGet(() -> withoutNetworkMeasures(ecosystem, progress));
        MeasuresResult measures = MEASURES.peek(ecosystem)
                .orElseGet(() -> NetworkMeasures.compute(ecosystem, progress));
        return cheap.withMeasures(measures);
    }

    /**
     * {@link #compute(Ecosystem, Progress)}, once per map version: later calls with the same ecosystem
     * instance return the same result (the last two versions are kept).
     */
    public static EcosystemAnalysis cached(Ecosystem ecosystem, Progress progress) {
        return CACHE.get(ecosystem, e -> computeReusing(e, progress));
    }

    /**
     * {@link #withoutNetworkMeasures}, once per map version; the complete analysis when {@link #cached}
     * already holds it. {@link #cached} reuses what this computed.
     */
    public static EcosystemAnalysis cachedWithoutNetworkMeasures(Ecosystem ecosystem, Progress progress) {
        Optional<EcosystemAnalysis> complete = peekCached(ecosystem);
        if (complete.isPresent()) {
            return complete.get();
        }
        return WITHOUT_MEASURES.get(ecosystem, e -> withoutNetworkMeasures(e, progress));
    }

    /**
     * The network measures of {@code ecosystem} ({@link NetworkMeasures#compute(Ecosystem, Progress,
     * Consumer)}, the cheap ones handed to {@code cheapFirst} first), once per map version: when {@link
     * #cached} or an earlier call already measured this very ecosystem, that result is returned at once and
     * {@code cheapFirst} is not called. {@link #cached} reuses what this computed.
     *
     * @throws org.teixit.task.CancelledException when {@code progress} reports a cancel
     */
    public static MeasuresResult cachedMeasures(Ecosystem ecosystem, Progress progress,
                                                Consumer<MeasuresResult> cheapFirst) {
        Optional<MeasuresResult> known = peekCachedMeasures(ecosystem);
        if (known.isPresent()) {
            return known.get();
        }
        return MEASURES.get(ecosystem, e -> NetworkMeasures.compute(e, progress, cheapFirst));
    }

    /** The complete network measures of this very ecosystem instance, if they were computed and cached. */
    public static Optional<MeasuresResult> peekCachedMeasures(Ecosystem ecosystem) {
        Optional<EcosystemAnalysis> complete = peekCached(ecosystem);
        return complete.isPresent() ? Optional.of(complete.get().measures()) : MEASURES.peek(ecosystem);
    }

    /** The cached analysis of this very ecosystem instance, if {@link #cached} computed it. */
    public static Optional<EcosystemAnalysis> peekCached(Ecosystem ecosystem) {
        return CACHE.peek(ecosystem);
    }

    /** This analysis with the network measures filled in. */
    public EcosystemAnalysis withMeasures(MeasuresResult newMeasures) {
        return new EcosystemAnalysis(newMeasures, graph, tiesByDimension, densityByDimension, densityByKind,
                structure, communities, mesosystem, settings, actors);
    }

    /** Whether the network measures are in (false only for the early partial result). */
    public boolean isComplete() {
        return measures != null;
    }

    /** The ecosystem measures of the actor with this id. */
    public Optional<ActorRoles> actor(String id) {
        int i = graph.index(id);
        return i < 0 ? Optional.empty() : Optional.of(actors.get(i));
    }

    /** The E-I entry of one setting. */
    public Optional<SettingMixing> setting(String id) {
        return settings.stream().filter(s -> s.setting().equals(id)).findFirst();
    }

    /**
     * Every per-actor number as a column, actors in map order, for sizing or colouring actors by any measure
     * or filling a table. Keys: {@code degree, strength, betweenness, closeness, pagerank, clustering,
     * constraint} (NaN where it does not apply) when the network measures are in, and always {@code core,
     * community, brokerage, coordinator, gatekeeper, representative, consultant, liaison}.
     */
    public Map<String, double[]> actorColumns() {
        int n = actors.size();
        Map<String, double[]> columns = new LinkedHashMap<>();
        if (measures != null) {
            List<ActorMeasures> m = measures.actors();
            columns.put("degree", column(n, i -> m.get(i).degree()));
            columns.put("strength", column(n, i -> m.get(i).strength()));
            columns.put("betweenness", column(n, i -> m.get(i).betweenness()));
            columns.put("closeness", column(n, i -> m.get(i).closeness()));
            columns.put("pagerank", column(n, i -> m.get(i).pagerank()));
            columns.put("clustering", column(n, i -> m.get(i).clustering()));
            columns.put("constraint", column(n, i -> m.get(i).constraint() == null ? Double.NaN
                    : m.get(i).constraint()));
        }
        columns.put("core", column(n, i -> actors.get(i).coreNumber()));
        columns.put("community", column(n, i -> actors.get(i).community()));
        columns.put("brokerage", column(n, i -> actors.get(i).brokerage().total()));
        columns.put("coordinator", column(n, i -> actors.get(i).brokerage().coordinator()));
        columns.put("gatekeeper", column(n, i -> actors.get(i).brokerage().gatekeeper()));
        columns.put("representative", column(n, i -> actors.get(i).brokerage().representative()));
        columns.put("consultant", column(n, i -> actors.get(i).brokerage().consultant()));
        columns.put("liaison", column(n, i -> actors.get(i).brokerage().liaison()));
        return columns;
    }

    private static double[] column(int n, java.util.function.IntToDoubleFunction value) {
        double[] c = new double[n];
        for (int i = 0; i < n; i++) {
            c[i] = value.applyAsDouble(i);
        }
        return c;
    }
}
