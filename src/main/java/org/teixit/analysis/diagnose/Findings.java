package org.teixit.analysis.diagnose;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.teixit.analysis.ActorMeasures;
import org.teixit.analysis.ecosystem.BrokerageRoles;
import org.teixit.analysis.ecosystem.EcosystemAnalysis;
import org.teixit.analysis.ecosystem.MapGraph;
import org.teixit.analysis.ecosystem.Mesosystem;
import org.teixit.analysis.ecosystem.Structure;
import org.teixit.i18n.Messages;
import org.teixit.model.CserDimension;
import org.teixit.model.Ecosystem;
import org.teixit.model.Tie;
import org.teixit.task.Progress;

/** Builds the findings of one map from its analysis, by the rules of {@link Thresholds}. */
final class Findings {
    static final String MESSAGE = "diagnose.findings";
    private static final int NAMES_SHOWN = 3;

    private final Ecosystem ecosystem;
    private final EcosystemAnalysis analysis;
    private final MapGraph g;
    private final Map<Long, List<Tie>> tiesByPair = new HashMap<>();
    private final List<Finding> out = new ArrayList<>();

    Findings(Ecosystem ecosystem, EcosystemAnalysis analysis) {
        this.ecosystem = ecosystem;
        this.analysis = analysis;
        this.g = analysis.graph();
        for (Tie t : ecosystem.ties()) {
            if (!t.isLoop()) {
                tiesByPair.computeIfAbsent(pairKey(g.index(t.source()), g.index(t.target())), k -> new ArrayList<>())
                        .add(t);
            }
        }
    }

    private long pairKey(int u, int v) {
        return (long) Math.min(u, v) * g.size() + Math.max(u, v);
    }

    /** The ties between actor indexes u and v (either direction). */
    List<Tie> tiesBetween(int u, int v) {
        return tiesByPair.getOrDefault(pairKey(u, v), List.of());
    }

    List<Finding> build(Progress progress) {
        progress.update(MESSAGE, 0, 8);
        isolates();
        separateGroups();
        progress.checkCancelled();
        cutActors();
        progress.update(MESSAGE, 3, 8);
        progress.checkCancelled();
        bridges();
        weakMesosystem();
        dimensionGaps();
        progress.update(MESSAGE, 6, 8);
        overCentralized();
        oneSided();
        peripheral();
        progress.update(MESSAGE, 8, 8);
        List<Finding> sorted = new ArrayList<>(out);
        // Stable: most severe first, then by kind; within a kind the order they were found in.
        sorted.sort(Comparator.comparing((Finding f) -> -f.severity().ordinal()).thenComparing(Finding::kind));
        return sorted;
    }

    private String label(int v) {
        return g.label(v);
    }

    private List<String> labels(List<Integer> actors) {
        return actors.stream().map(this::label).toList();
    }

    private String settingName(String id) {
        return Names.quoted(Names.setting(ecosystem.vocabulary(), id));
    }

    private void add(FindingKind kind, Severity severity, List<Integer> actors, List<Tie> ties, String message) {
        List<String> ids = actors.stream().map(g::id).toList();
        List<Finding.TiePair> pairs = ties.stream().map(t -> new Finding.TiePair(t.source(), t.target())).toList();
        out.add(new Finding(kind, severity, ids, pairs, ties.stream().map(Tie::id).toList(), message));
    }

    /** Per-actor findings beyond {@link Thresholds#MAX_PER_KIND} are gathered into one. */
    private final class Capped {
        private final FindingKind kind;
        private int count;
        private final List<Integer> restActors = new ArrayList<>();
        private final List<Integer> restMain = new ArrayList<>();
        private final List<Tie> restTies = new ArrayList<>();
        private Severity restSeverity = Severity.INFO;

        Capped(FindingKind kind) {
            this.kind = kind;
        }

        void add(Severity severity, List<Integer> actors, List<Tie> ties, java.util.function.Supplier<String> message) {
            if (count++ < Thresholds.MAX_PER_KIND) {
                Findings.this.add(kind, severity, actors, ties, message.get());
                return;
            }
            restMain.add(actors.get(0));
            restActors.addAll(actors);
            restTies.addAll(ties);
            if (severity.compareTo(restSeverity) > 0) {
                restSeverity = severity;
            }
        }

        void finish() {
            if (restMain.isEmpty()) {
                return;
            }
            List<Integer> distinct = new ArrayList<>(new java.util.LinkedHashSet<>(restActors));
            Findings.this.add(kind, restSeverity, distinct, restTies, Messages.get("finding.more", restMain.size(),
                    Names.list(labels(restMain), 5)));
        }
    }

    private void isolates() {
        Capped capped = new Capped(FindingKind.ISOLATE);
        for (String id : analysis.structure().isolates()) {
            int v = g.index(id);
            capped.add(Severity.WARNING, List.of(v), List.of(), () -> Messages.get("finding.isolate", label(v)));
        }
        capped.finish();
    }

    private void separateGroups() {
        Structure s = analysis.structure();
        if (s.components() < 2) {
            return;
        }
        int[] sizes = s.componentSize();
        int largest = 0;
        for (int c = 1; c < sizes.length; c++) {
            if (sizes[c] > sizes[largest]) {
                largest = c;
            }
        }
        Map<Integer, List<Integer>> members = new LinkedHashMap<>();
        for (int v = 0; v < g.size(); v++) {
            int c = s.componentOf(v);
            if (c != largest && sizes[c] >= 2) {
                members.computeIfAbsent(c, k -> new ArrayList<>()).add(v);
            }
        }
        Capped capped = new Capped(FindingKind.SEPARATE_GROUP);
        for (List<Integer> group : members.values()) {
            List<Integer> byDegree = new ArrayList<>(group);
            byDegree.sort(Comparator.comparingInt((Integer v) -> -g.degree(v)).thenComparingInt(v -> v));
            Severity severity = Thresholds.largePart(group.size(), g.size()) ? Severity.CRITICAL : Severity.WARNING;
            capped.add(severity, byDegree, tiesAmong(group), () -> Messages.get("finding.separate-group",
                    group.size(), Names.list(labels(byDegree), NAMES_SHOWN)));
        }
        capped.finish();
    }

    private List<Tie> tiesAmong(List<Integer> actors) {
        Set<Integer> set = new HashSet<>(actors);
        List<Tie> ties = new ArrayList<>();
        for (int v : actors) {
            for (int i = 0; i < g.degree(v); i++) {
                int w = g.neighbour(v, i);
                if (w > v && set.contains(w)) {
                    ties.addAll(tiesBetween(v, w));
                }
            }
        }
        return ties;
    }

    private void cutActors() {
        List<Structure.CutActor> cut = new ArrayList<>(analysis.structure().cutActors());
        cut.sort(Comparator.comparingInt((Structure.CutActor c) -> -c.cutOff()));
        Capped capped = new Capped(FindingKind.CUT_ACTOR);
        for (Structure.CutActor c : cut) {
            int v = g.index(c.id());
            Severity severity = Thresholds.largePart(c.cutOff(), g.size()) ? Severity.CRITICAL
                    : c.cutOff() >= 2 ? Severity.WARNING : Severity.INFO;
            if (capped.count >= Thresholds.MAX_PER_KIND) { // no need to search for who is cut off
                capped.add(severity, List.of(v), List.of(), () -> "");
                continue;
            }
            List<Integer> lost = Structure.cutOffBy(g, v).stream().map(g::index).toList();
            List<Integer> actors = new ArrayList<>();
            actors.add(v);
            actors.addAll(lost);
            List<Tie> ties = new ArrayList<>();
            for (int w : lost) {
                ties.addAll(tiesBetween(v, w));
            }
            capped.add(severity, actors, ties, () -> Messages.get("finding.cut-actor", label(v),
                    Names.list(labels(lost), NAMES_SHOWN), lost.size()));
        }
        capped.finish();
    }

    private void bridges() {
        List<Structure.Bridge> bridges = new ArrayList<>(analysis.structure().bridges());
        bridges.removeIf(b -> b.smallSide() < 2);
        bridges.sort(Comparator.comparingInt((Structure.Bridge b) -> -b.smallSide()));
        Capped capped = new Capped(FindingKind.BRIDGE_TIE);
        for (Structure.Bridge b : bridges) {
            int u = g.index(b.source());
            int v = g.index(b.target());
            Severity severity = Thresholds.largePart(b.smallSide(), g.size()) ? Severity.CRITICAL : Severity.WARNING;
            capped.add(severity, List.of(u, v), tiesBetween(u, v), () -> Messages.get("finding.bridge-tie",
                    label(u), label(v), b.smallSide(), b.largeSide()));
        }
        capped.finish();
    }

    private static boolean familySchool(String a, String b) {
        return (a.equals("family") && b.equals("school")) || (a.equals("school") && b.equals("family"));
    }

    private void weakMesosystem() {
        Mesosystem m = analysis.mesosystem();
        List<String> settings = m.settings();
        for (int i = 0; i < settings.size(); i++) {
            for (int j = i + 1; j < settings.size(); j++) {
                String a = settings.get(i);
                String b = settings.get(j);
                int count = m.supportive(a, b);
                if (count > Thresholds.FEW_SUPPORTIVE) {
                    continue;
                }
                boolean key = familySchool(a, b);
                Severity severity = count == 0 ? (key ? Severity.CRITICAL : Severity.WARNING)
                        : (key ? Severity.WARNING : Severity.INFO);
                List<Integer> actors = new ArrayList<>();
                for (int v = 0; v < g.size(); v++) {
                    String s = g.groups().get(g.group(v));
                    if (s.equals(a) || s.equals(b)) {
                        actors.add(v);
                    }
                }
                List<Tie> ties = supportiveBetween(m, a, b);
                String message;
                if (count == 0) {
                    message = Messages.get("finding.weak-mesosystem.none", settingName(a), settingName(b));
                } else {
                    Tie t = ties.get(0);
                    message = Messages.get("finding.weak-mesosystem.one", settingName(a), settingName(b),
                            label(g.index(t.source())), label(g.index(t.target())));
                }
                add(FindingKind.WEAK_MESOSYSTEM, severity, actors, ties, message);
            }
        }
    }

    private List<Tie> supportiveBetween(Mesosystem m, String a, String b) {
        List<Tie> ties = new ArrayList<>();
        for (Tie t : ecosystem.ties()) {
            if (t.isLoop() || !m.countsAsSupportive(t.kind())) {
                continue;
            }
            String s = g.groups().get(g.group(g.index(t.source())));
            String d = g.groups().get(g.group(g.index(t.target())));
            if ((s.equals(a) && d.equals(b)) || (s.equals(b) && d.equals(a))) {
                ties.add(t);
            }
        }
        return ties;
    }

    private void dimensionGaps() {
        int total = ecosystem.tieCount();
        if (total == 0) {
            return;
        }
        boolean anyTagged = ecosystem.ties().stream().anyMatch(t -> !t.dimensions().isEmpty());
        if (!anyTagged) {
            add(FindingKind.DIMENSION_GAP, Severity.WARNING, List.of(), List.of(),
                    Messages.get("finding.dimension-gap.untagged"));
            return;
        }
        for (CserDimension d : CserDimension.values()) {
            int count = analysis.tiesByDimension().getOrDefault(d, 0);
            if (count == 0) {
                add(FindingKind.DIMENSION_GAP, Severity.CRITICAL, List.of(), List.of(),
                        Messages.get("finding.dimension-gap.none", Names.quoted(Names.dimension(d))));
            } else if (total >= Thresholds.MIN_TIES_FOR_SHARES && count < Thresholds.FEW_DIMENSION_SHARE * total) {
                List<Tie> ties = ecosystem.ties().stream().filter(t -> t.has(d)).toList();
                List<Integer> actors = new ArrayList<>(new java.util.LinkedHashSet<>(ties.stream()
                        .flatMap(t -> java.util.stream.Stream.of(g.index(t.source()), g.index(t.target()))).toList()));
                add(FindingKind.DIMENSION_GAP, Severity.WARNING, actors, ties,
                        Messages.get("finding.dimension-gap.few", Names.quoted(Names.dimension(d)), count, total));
            }
        }
    }

    /**
     * The actor that carries most of the map, when one does (see {@link Thresholds}).
     *
     * @param actor          its index
     * @param betweenness    its betweenness
     * @param brokerageShare its share of all brokered two-step paths
     * @param score          the larger of the two (the share only counts with enough brokerage)
     */
    record Carrier(int actor, double betweenness, double brokerageShare, double score) {
    }

    /** The over-centralized actor, or null when no actor reaches {@link Thresholds#CENTRALIZED_WARNING}. */
    static Carrier topCarrier(EcosystemAnalysis analysis) {
        int n = analysis.graph().size();
        if (n < Thresholds.MIN_ACTORS_CENTRALIZED || analysis.measures() == null) {
            return null;
        }
        List<ActorMeasures> m = analysis.measures().actors();
        long totalBrokerage = 0;
        for (var a : analysis.actors()) {
            totalBrokerage += a.brokerage().total();
        }
        Carrier best = null;
        for (int v = 0; v < n; v++) {
            BrokerageRoles roles = analysis.actors().get(v).brokerage();
            double share = totalBrokerage == 0 ? 0 : roles.total() / (double) totalBrokerage;
            double counted = totalBrokerage >= Thresholds.MIN_BROKERAGE ? share : 0;
            double score = Math.max(m.get(v).betweenness(), counted);
            if (score > 0 && (best == null || score > best.score())) {
                best = new Carrier(v, m.get(v).betweenness(), share, score);
            }
        }
        return best == null || best.score() < Thresholds.CENTRALIZED_WARNING ? null : best;
    }

    private void overCentralized() {
        Carrier top = topCarrier(analysis);
        if (top == null) {
            return;
        }
        int v = top.actor();
        Severity severity = top.score() >= Thresholds.CENTRALIZED_CRITICAL ? Severity.CRITICAL : Severity.WARNING;
        List<Tie> ties = ecosystem.tiesOf(g.id(v)).stream().filter(t -> !t.isLoop()).toList();
        add(FindingKind.OVER_CENTRALIZED, severity, List.of(v), ties,
                Messages.get("finding.over-centralized", label(v), top.betweenness(), top.brokerageShare()));
    }

    private void oneSided() {
        Map<Integer, List<Tie>> bySource = new LinkedHashMap<>();
        Map<Integer, Set<Integer>> targets = new HashMap<>();
        for (Tie t : ecosystem.ties()) {
            if (!t.directed() || t.isLoop()) {
                continue;
            }
            int s = g.index(t.source());
            int d = g.index(t.target());
            if (!g.hasArc(d, s)) {
                bySource.computeIfAbsent(s, k -> new ArrayList<>()).add(t);
                targets.computeIfAbsent(s, k -> new java.util.LinkedHashSet<>()).add(d);
            }
        }
        List<Integer> sources = new ArrayList<>(bySource.keySet());
        sources.sort(Comparator.naturalOrder());
        Capped capped = new Capped(FindingKind.ONE_SIDED);
        for (int s : sources) {
            List<Integer> to = new ArrayList<>(targets.get(s));
            List<Integer> actors = new ArrayList<>();
            actors.add(s);
            actors.addAll(to);
            Severity severity = to.size() >= Thresholds.MANY_ONE_SIDED ? Severity.WARNING : Severity.INFO;
            capped.add(severity, actors, bySource.get(s), () -> Messages.get("finding.one-sided", label(s),
                    Names.list(labels(to), NAMES_SHOWN), to.size()));
        }
        capped.finish();
    }

    private void peripheral() {
        Capped capped = new Capped(FindingKind.PERIPHERAL);
        for (int v = 0; v < g.size(); v++) {
            if (g.degree(v) == 1) {
                int w = g.neighbour(v, 0);
                int self = v;
                capped.add(Severity.INFO, List.of(v, w), tiesBetween(v, w), () -> Messages.get(
                        "finding.peripheral.single", label(self), label(w)));
            }
        }
        far(capped);
        capped.finish();
    }

    /** Actors of the largest part whose closeness is well under the median there. */
    private void far(Capped capped) {
        if (analysis.measures() == null || analysis.measures().network().directed()) {
            return; // directed closeness counts incoming distances only: no plain "steps to the others"
        }
        Structure s = analysis.structure();
        int[] sizes = s.componentSize();
        int largest = 0;
        for (int c = 1; c < sizes.length; c++) {
            if (sizes[c] > sizes[largest]) {
                largest = c;
            }
        }
        if (sizes.length == 0 || sizes[largest] < Thresholds.MIN_ACTORS_FOR_FAR) {
            return;
        }
        List<ActorMeasures> m = analysis.measures().actors();
        List<Integer> members = new ArrayList<>();
        for (int v = 0; v < g.size(); v++) {
            if (s.componentOf(v) == largest) {
                members.add(v);
            }
        }
        double[] closeness = members.stream().mapToDouble(v -> m.get(v).closeness()).toArray();
        double[] sorted = closeness.clone();
        Arrays.sort(sorted);
        int k = sorted.length;
        double median = k % 2 == 1 ? sorted[k / 2] : (sorted[k / 2 - 1] + sorted[k / 2]) / 2;
        double reach = sizes[largest] - 1;
        double scale = (g.size() - 1) / reach; // WF closeness = reach / ((n - 1) · mean distance)
        for (int i = 0; i < members.size(); i++) {
            int v = members.get(i);
            if (g.degree(v) >= 2 && closeness[i] > 0 && closeness[i] < Thresholds.FAR_CLOSENESS_RATIO * median) {
                double steps = 1 / (closeness[i] * scale);
                double typical = 1 / (median * scale);
                capped.add(Severity.INFO, List.of(v), List.of(), () -> Messages.get("finding.peripheral.far",
                        label(v), steps, typical));
            }
        }
    }
}
