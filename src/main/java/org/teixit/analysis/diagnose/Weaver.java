package org.teixit.analysis.diagnose;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

import org.teixit.analysis.PathMeasures;
import org.teixit.analysis.ecosystem.EcosystemAnalysis;
import org.teixit.analysis.ecosystem.MapGraph;
import org.teixit.analysis.ecosystem.Mesosystem;
import org.teixit.analysis.ecosystem.Structure;
import org.teixit.i18n.Messages;
import org.teixit.model.CserDimension;
import org.teixit.model.Ecosystem;
import org.teixit.model.Tie;
import org.teixit.task.Progress;

/**
 * Weaving recommendations: candidate new ties, each measured by adding it to a copy of the map.
 *
 * <p><b>Candidates.</b> Only a few per problem, so that measuring them stays fast on large maps:
 * <ul>
 *   <li>each isolate with up to three <em>anchors</em> — the best-placed actor of its own setting, the best
 *       one of the setting it is least linked with, and the best overall. Anchors are ranked: first those
 *       whose neighbours belong to two settings or more, then by betweenness, then degree; an
 *       over-centralized actor comes last, so new ties spread the load. One anchor only when there are over
 *       50 isolates;</li>
 *   <li>each separate group's best-connected actor with the two best anchors of the largest part;</li>
 *   <li>each actor with a single tie (up to 50) with the two best anchors it is not tied to;</li>
 *   <li>each weak pair of settings (up to 20) with up to two pairs of their best-placed actors;</li>
 *   <li>each cut actor (the 10 that cut off most): the best-connected actor it cuts off with the best anchor
 *       on the other side; each bridge between larger parts (up to 10) likewise across it;</li>
 *   <li>an over-centralized actor's neighbours in different settings (up to 3 pairs), to tie directly;</li>
 *   <li>one-way ties (up to 20): a tie back from the receiver to the sender;</li>
 *   <li>each dimension gap: a tie in that dimension between the best anchors of two settings.</li>
 * </ul>
 *
 * <p><b>Measured effect.</b> For every candidate the undirected simple graph is copied with the tie added
 * and its structure recomputed: separate parts (components), isolates, cut actors, bridges and actors
 * with a single tie, before and after; the supportive ties between the two settings and the ties of the
 * added dimension are counted again with the tie. For the best candidates the top broker's betweenness is
 * recomputed on the whole map with the tie: as many candidates (at most 40) as fit in a budget of {@value
 * #BETWEENNESS_BUDGET} search steps, n · (n + 2m) per candidate — all of them on maps of a few hundred
 * actors, a few at 2,000, none from about 4,000 actors on, except the best one when an actor is
 * over-centralized, so that a large map's diagnosis costs about one more betweenness at most.
 *
 * <p><b>Score</b> (higher first): {@value #W_COMPONENT} per component joined, {@value #W_ISOLATE} per isolate
 * linked, {@value #W_MESO_FIRST} for a first supportive tie between two settings (+{@value #W_FAMILY_SCHOOL}
 * for family–school), {@value #W_MESO_SECOND} for a second one, {@value #W_CUT} per cut actor fewer,
 * {@value #W_CUT_OFF} per actor fewer that hangs on a single actor ({@code Structure.cutOffTotal}),
 * {@value #W_BRIDGE} per bridge fewer, {@value #W_PERIPHERAL} per single-tie actor fewer, {@value
 * #W_ONE_WAY} per one-way pair answered (a new one-way tie does not count against), {@value
 * #W_DIMENSION_FIRST} for a dimension's first tie and {@value #W_DIMENSION_MORE} for one more in a
 * dimension with few, {@value #W_BROKER} times the drop of the top broker's betweenness (a rise counts
 * against). The list holds {@code limit} candidates chosen greedily for score and variety — a candidate's
 * score counts half when its problem (an isolate, a pair of settings, a part cut off, …) is already answered,
 * less half a point per recommendation already chosen for either of its actors, and nothing is taken whose
 * score so adjusted is not positive — plus the best one of every isolate that is not already in; ties in
 * score keep the order above. The list is then sorted by score.
 */
final class Weaver {
    static final String MESSAGE = "diagnose.weaving";
    static final int DEFAULT_LIMIT = 10;
    static final double W_COMPONENT = 10;
    static final double W_ISOLATE = 6;
    static final double W_MESO_FIRST = 5;
    static final double W_FAMILY_SCHOOL = 3;
    static final double W_MESO_SECOND = 2;
    static final double W_CUT = 3;
    static final double W_CUT_OFF = 1;
    static final double W_BRIDGE = 1.5;
    static final double W_PERIPHERAL = 1;
    static final double W_ONE_WAY = 1;
    static final double W_DIMENSION_FIRST = 3;
    static final double W_DIMENSION_MORE = 1;
    static final double W_BROKER = 10;
    static final long BETWEENNESS_BUDGET = 100_000_000L;
    private static final int MAX_BROKER_EVALUATIONS = 40;
    private static final int MANY_ISOLATES = 50;
    private static final int MAX_PERIPHERAL = 50;
    private static final int MAX_PAIRS = 20;
    private static final int MAX_CUTS = 10;
    private static final int NAMES_SHOWN = 3;
    private static final String KIND = "collaboration";

    private final Ecosystem ecosystem;
    private final EcosystemAnalysis analysis;
    private final MapGraph g;
    private final Structure before;
    private final Mesosystem mesosystem;
    private final int peripheralBefore;
    private final int oneWayBefore;
    private final double[] betweenness;
    private final int topBroker;
    private final boolean overCentralized;
    private final int largest;
    private final int[] anchorOrder;
    private final int[] bridging;
    private final Map<String, Candidate> candidates = new LinkedHashMap<>();

    /** One proposed tie while it is being measured. */
    private static final class Candidate {
        final int from;
        final int to;
        final FindingKind origin;
        /** The problem it answers (an isolate, a pair of settings, …): the list takes one per problem first. */
        final String problem;
        final String reason;
        final CserDimension dimension;
        final int order;
        Effect effect;
        double score;

        Candidate(int from, int to, FindingKind origin, String problem, String reason, CserDimension dimension,
                  int order) {
            this.from = from;
            this.to = to;
            this.origin = origin;
            this.problem = problem;
            this.reason = reason;
            this.dimension = dimension;
            this.order = order;
        }
    }

    Weaver(Ecosystem ecosystem, EcosystemAnalysis analysis) {
        this.ecosystem = ecosystem;
        this.analysis = analysis;
        this.g = analysis.graph();
        this.before = analysis.structure();
        this.mesosystem = analysis.mesosystem();
        this.peripheralBefore = singleTieActors(g);
        this.oneWayBefore = oneWayPairs(g);
        int n = g.size();
        betweenness = new double[n];
        for (int v = 0; v < n; v++) {
            betweenness[v] = analysis.measures().actors().get(v).betweenness();
        }
        int top = -1;
        for (int v = 0; v < n; v++) {
            if (betweenness[v] > 0 && (top < 0 || betweenness[v] > betweenness[top])) {
                top = v;
            }
        }
        topBroker = top;
        Findings.Carrier carrier = Findings.topCarrier(analysis);
        overCentralized = carrier != null;
        int big = 0;
        int[] sizes = before.componentSize();
        for (int c = 1; c < sizes.length; c++) {
            if (sizes[c] > sizes[big]) {
                big = c;
            }
        }
        largest = big;
        bridging = new int[n];
        int[] mark = new int[g.groups().size()];
        java.util.Arrays.fill(mark, -1);
        List<Integer> order = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            for (int i = 0; i < g.degree(v); i++) {
                int gw = g.group(g.neighbour(v, i));
                if (mark[gw] != v && !g.groups().get(gw).equals(MapGraph.NO_SETTING)) {
                    mark[gw] = v;
                    bridging[v]++;
                }
            }
            if (g.degree(v) > 0) {
                order.add(v);
            }
        }
        int broker = overCentralized ? carrier.actor() : -1;
        order.sort(Comparator.comparingInt((Integer v) -> v == broker ? 1 : 0)
                .thenComparingInt(v -> bridging[v] >= 2 ? 0 : 1)
                .thenComparingDouble(v -> -betweenness[v])
                .thenComparingInt(v -> -g.degree(v))
                .thenComparingInt(v -> v));
        anchorOrder = order.stream().mapToInt(Integer::intValue).toArray();
    }

    static int singleTieActors(MapGraph graph) {
        int count = 0;
        for (int v = 0; v < graph.size(); v++) {
            count += graph.degree(v) == 1 ? 1 : 0;
        }
        return count;
    }

    /** Arcs u → v with no arc v → u: pairs tied one way only. */
    static int oneWayPairs(MapGraph graph) {
        int count = 0;
        for (int u = 0; u < graph.size(); u++) {
            for (int i = 0; i < graph.degree(u); i++) {
                int v = graph.neighbour(u, i);
                count += graph.hasArc(u, v) && !graph.hasArc(v, u) ? 1 : 0;
            }
        }
        return count;
    }

    List<Recommendation> build(Progress progress, int limit) {
        progress.update(MESSAGE, 0, -1);
        isolates();
        separateGroups();
        peripheral();
        weakMesosystem();
        progress.checkCancelled();
        cutActors();
        bridges();
        centralized();
        oneWay();
        dimensionGaps();
        List<Candidate> all = new ArrayList<>(candidates.values());
        int done = 0;
        for (Candidate c : all) {
            if (done++ % 16 == 0) {
                progress.checkCancelled();
                progress.update(MESSAGE, done, all.size());
            }
            measure(c);
        }
        Comparator<Candidate> rank = Comparator.comparingDouble((Candidate c) -> -c.score)
                .thenComparingInt(c -> c.order);
        all.sort(rank);
        measureBroker(all, progress);
        all.sort(rank);
        return select(all, limit);
    }

    // ---- candidates ----------------------------------------------------------------------------------

    private String settingOf(int v) {
        return g.groups().get(g.group(v));
    }

    /** Up to {@code count} anchors satisfying {@code ok}, best first. */
    private List<Integer> anchors(int count, IntPredicate ok) {
        List<Integer> out = new ArrayList<>();
        for (int v : anchorOrder) {
            if (out.size() >= count) {
                break;
            }
            if (ok.test(v)) {
                out.add(v);
            }
        }
        return out;
    }

    private int bestAnchor(IntPredicate ok) {
        List<Integer> one = anchors(1, ok);
        return one.isEmpty() ? -1 : one.get(0);
    }

    private void propose(int from, int to, FindingKind origin, String problem, String reason,
                         CserDimension dimension) {
        if (from < 0 || to < 0 || from == to) {
            return;
        }
        String key = Math.min(from, to) + "-" + Math.max(from, to) + (dimension == null ? "" : "-" + dimension.id());
        candidates.putIfAbsent(key, new Candidate(from, to, origin, origin.id() + ":" + problem, reason,
                dimension, candidates.size()));
    }

    /** The settings an anchor's neighbours belong to, as a list of names. */
    private String linkedSettings(int anchor) {
        Set<String> settings = new LinkedHashSet<>();
        for (int i = 0; i < g.degree(anchor); i++) {
            String s = settingOf(g.neighbour(anchor, i));
            if (!s.equals(MapGraph.NO_SETTING)) {
                settings.add(s);
            }
        }
        if (settings.isEmpty()) {
            settings.add(settingOf(anchor));
        }
        List<String> names = new ArrayList<>();
        for (String s : g.groups()) {
            if (settings.contains(s)) {
                names.add(Names.quoted(Names.setting(ecosystem.vocabulary(), s)));
            }
        }
        return Names.list(names, NAMES_SHOWN);
    }

    private void isolates() {
        List<String> isolates = before.isolates();
        int wanted = isolates.size() > MANY_ISOLATES ? 1 : 3;
        for (String id : isolates) {
            int i = g.index(id);
            int gi = g.group(i);
            boolean hasSetting = !settingOf(i).equals(MapGraph.NO_SETTING);
            Set<Integer> chosen = new LinkedHashSet<>();
            if (hasSetting) {
                int same = bestAnchor(v -> g.group(v) == gi);
                if (same >= 0) {
                    chosen.add(same);
                }
                String weakest = weakestPartner(settingOf(i));
                if (weakest != null && wanted > 1) {
                    int w = bestAnchor(v -> settingOf(v).equals(weakest));
                    if (w >= 0) {
                        chosen.add(w);
                    }
                }
            }
            chosen.addAll(anchors(wanted, v -> before.componentOf(v) == largest));
            if (chosen.isEmpty()) { // nobody has a tie yet: another actor, of the same setting if possible
                for (int v = 0; v < g.size() && chosen.isEmpty(); v++) {
                    if (v != i && g.group(v) == gi) {
                        chosen.add(v);
                    }
                }
                for (int v = 0; v < g.size() && chosen.isEmpty(); v++) {
                    if (v != i) {
                        chosen.add(v);
                    }
                }
            }
            List<Integer> list = new ArrayList<>(chosen);
            for (int a : list.subList(0, Math.min(list.size(), wanted))) {
                propose(i, a, FindingKind.ISOLATE, id, Messages.get("rec.reason.isolate", g.label(i),
                        g.label(a), linkedSettings(a)), null);
            }
        }
    }

    /** The setting (with actors) that has the fewest supportive ties with {@code setting}; null if none. */
    private String weakestPartner(String setting) {
        String best = null;
        int fewest = Integer.MAX_VALUE;
        for (String s : mesosystem.settings()) {
            if (s.equals(setting)) {
                continue;
            }
            int count = mesosystem.supportive(setting, s);
            if (count < fewest) {
                fewest = count;
                best = s;
            }
        }
        return best;
    }

    private void separateGroups() {
        if (before.components() < 2) {
            return;
        }
        Map<Integer, Integer> bestOf = new LinkedHashMap<>();
        Map<Integer, Integer> sizeOf = new HashMap<>();
        for (int v = 0; v < g.size(); v++) {
            int c = before.componentOf(v);
            if (c == largest || before.componentSizeOf(v) < 2) {
                continue;
            }
            sizeOf.put(c, before.componentSizeOf(v));
            Integer b = bestOf.get(c);
            if (b == null || g.degree(v) > g.degree(b)) {
                bestOf.put(c, v);
            }
        }
        int shown = 0;
        for (Map.Entry<Integer, Integer> e : bestOf.entrySet()) {
            if (shown++ >= Thresholds.MAX_PER_KIND) {
                break;
            }
            int y = e.getValue();
            for (int a : anchors(2, v -> before.componentOf(v) == largest)) {
                propose(y, a, FindingKind.SEPARATE_GROUP, "" + e.getKey(), Messages.get("rec.reason.separate",
                        g.label(y), g.label(a), sizeOf.get(e.getKey())), null);
            }
        }
    }

    private void peripheral() {
        int count = 0;
        for (int p = 0; p < g.size() && count < MAX_PERIPHERAL; p++) {
            if (g.degree(p) != 1) {
                continue;
            }
            count++;
            int self = p;
            int c = before.componentOf(p);
            for (int a : anchors(2, v -> v != self && !g.adjacent(self, v) && before.componentOf(v) == c)) {
                propose(p, a, FindingKind.PERIPHERAL, g.id(p), Messages.get("rec.reason.peripheral", g.label(p),
                        g.label(a), linkedSettings(a)), null);
            }
        }
    }

    private List<Integer> bestOfSetting(String setting, int count) {
        List<Integer> out = anchors(count, v -> settingOf(v).equals(setting));
        for (int v = 0; v < g.size() && out.size() < count; v++) {
            if (settingOf(v).equals(setting) && !out.contains(v)) {
                out.add(v); // isolates of a setting, when it has nothing better
            }
        }
        return out;
    }

    private void weakMesosystem() {
        List<String> settings = mesosystem.settings();
        List<String[]> pairs = new ArrayList<>();
        for (int i = 0; i < settings.size(); i++) {
            for (int j = i + 1; j < settings.size(); j++) {
                if (mesosystem.supportive(settings.get(i), settings.get(j)) <= Thresholds.FEW_SUPPORTIVE) {
                    pairs.add(new String[] {settings.get(i), settings.get(j)});
                }
            }
        }
        pairs.sort(Comparator.comparingInt((String[] p) -> mesosystem.supportive(p[0], p[1]))
                .thenComparingInt(p -> familySchool(p[0], p[1]) ? 0 : 1));
        for (String[] p : pairs.subList(0, Math.min(MAX_PAIRS, pairs.size()))) {
            List<Integer> as = bestOfSetting(p[0], 2);
            List<Integer> bs = bestOfSetting(p[1], 2);
            int count = mesosystem.supportive(p[0], p[1]);
            String key = count == 0 ? "rec.reason.mesosystem.none" : "rec.reason.mesosystem.one";
            List<int[]> combos = new ArrayList<>();
            for (int a : as) {
                for (int b : bs) {
                    combos.add(new int[] {a, b});
                }
            }
            combos.sort(Comparator.comparingInt((int[] c) -> g.adjacent(c[0], c[1]) ? 1 : 0));
            for (int[] c : combos.subList(0, Math.min(2, combos.size()))) {
                propose(c[0], c[1], FindingKind.WEAK_MESOSYSTEM, p[0] + "|" + p[1], Messages.get(key,
                        g.label(c[0]), g.label(c[1]), Names.quoted(Names.setting(ecosystem.vocabulary(), p[0])),
                        Names.quoted(Names.setting(ecosystem.vocabulary(), p[1]))), null);
            }
        }
    }

    static boolean familySchool(String a, String b) {
        return (a.equals("family") && b.equals("school")) || (a.equals("school") && b.equals("family"));
    }

    private int bestByDegree(List<Integer> actors, int avoid) {
        int best = -1;
        for (int v : actors) {
            if (v != avoid && (best < 0 || g.degree(v) > g.degree(best))) {
                best = v;
            }
        }
        return best >= 0 ? best : actors.isEmpty() ? -1 : actors.get(0);
    }

    private void cutActors() {
        List<Structure.CutActor> cut = new ArrayList<>(before.cutActors());
        cut.removeIf(c -> c.cutOff() < 2);
        cut.sort(Comparator.comparingInt((Structure.CutActor c) -> -c.cutOff()));
        for (Structure.CutActor c : cut.subList(0, Math.min(MAX_CUTS, cut.size()))) {
            int x = g.index(c.id());
            List<List<String>> parts = Structure.partsWithout(g, x);
            Set<Integer> main = new HashSet<>();
            parts.get(0).forEach(id -> main.add(g.index(id)));
            int z = bestAnchor(v -> v != x && main.contains(v));
            if (z < 0) {
                z = bestByDegree(new ArrayList<>(main), -1);
            }
            for (int k = 1; k < Math.min(parts.size(), 4); k++) { // the three largest parts cut off
                int y = bestByDegree(parts.get(k).stream().map(g::index).toList(), -1);
                if (y >= 0 && z >= 0) {
                    propose(y, z, FindingKind.CUT_ACTOR, c.id() + ":" + k, Messages.get("rec.reason.cut-actor",
                            g.label(y), g.label(z), g.label(x)), null);
                }
            }
        }
    }

    private void bridges() {
        List<Structure.Bridge> list = new ArrayList<>(before.bridges());
        list.removeIf(b -> b.smallSide() < 2);
        list.sort(Comparator.comparingInt((Structure.Bridge b) -> -b.smallSide()));
        for (Structure.Bridge b : list.subList(0, Math.min(MAX_CUTS, list.size()))) {
            int u = g.index(b.source());
            int v = g.index(b.target());
            List<Integer> sideU = Structure.sideOf(g, u, v);
            List<Integer> sideV = Structure.sideOf(g, v, u);
            List<Integer> small = sideU.size() <= sideV.size() ? sideU : sideV;
            int smallEnd = small == sideU ? u : v;
            int largeEnd = small == sideU ? v : u;
            Set<Integer> largeSide = new HashSet<>(small == sideU ? sideV : sideU);
            int y = bestByDegree(small, smallEnd);
            int z = bestAnchor(w -> w != largeEnd && largeSide.contains(w));
            if (z < 0) {
                z = bestAnchor(largeSide::contains);
            }
            if (y >= 0 && z >= 0) {
                propose(y, z, FindingKind.BRIDGE_TIE, b.source() + "|" + b.target(), Messages.get(
                        "rec.reason.bridge", g.label(y), g.label(z), g.label(u), g.label(v)), null);
            }
        }
    }

    private void centralized() {
        Findings.Carrier carrier = Findings.topCarrier(analysis);
        if (carrier == null) {
            return;
        }
        int b = carrier.actor();
        List<Integer> near = new ArrayList<>();
        for (int i = 0; i < g.degree(b); i++) {
            near.add(g.neighbour(b, i));
        }
        near.sort(Comparator.comparingInt((Integer v) -> -g.degree(v)).thenComparingInt(v -> v));
        near = near.subList(0, Math.min(10, near.size()));
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < near.size(); i++) {
            for (int j = i + 1; j < near.size(); j++) {
                int x = near.get(i);
                int y = near.get(j);
                if (g.group(x) != g.group(y) && !g.adjacent(x, y)) {
                    pairs.add(new int[] {x, y});
                }
            }
        }
        Set<Integer> used = new HashSet<>();
        int made = 0;
        for (int[] p : pairs) { // in order of the neighbours' degrees
            if (made >= 3 || used.contains(p[0]) || used.contains(p[1])) {
                continue;
            }
            used.add(p[0]);
            used.add(p[1]);
            made++;
            propose(p[0], p[1], FindingKind.OVER_CENTRALIZED, g.id(b), Messages.get("rec.reason.centralized",
                    g.label(p[0]), g.label(p[1]), g.label(b)), null);
        }
    }

    /** A tie back for one-way ties (up to 20), the receiver answering the sender. */
    private void oneWay() {
        int made = 0;
        for (Tie t : ecosystem.ties()) {
            if (made >= MAX_PAIRS) {
                break;
            }
            int s = g.index(t.source());
            int d = g.index(t.target());
            if (t.directed() && s != d && !g.hasArc(d, s)) {
                int before = candidates.size();
                propose(d, s, FindingKind.ONE_SIDED, t.source(), Messages.get("rec.reason.one-sided", g.label(d),
                        g.label(s)), null);
                made += candidates.size() > before ? 1 : 0;
            }
        }
    }

    private void dimensionGaps() {
        int total = ecosystem.tieCount();
        if (total == 0 || ecosystem.ties().stream().allMatch(t -> t.dimensions().isEmpty())) {
            return;
        }
        for (CserDimension d : CserDimension.values()) {
            int count = analysis.tiesByDimension().getOrDefault(d, 0);
            boolean few = total >= Thresholds.MIN_TIES_FOR_SHARES && count < Thresholds.FEW_DIMENSION_SHARE * total;
            if (count > 0 && !few) {
                continue;
            }
            int a = bestAnchor(v -> true);
            if (a < 0) {
                continue;
            }
            int ga = g.group(a);
            int b = bestAnchor(v -> g.group(v) != ga && !g.adjacent(a, v));
            if (b < 0) {
                b = bestAnchor(v -> v != a && g.group(v) != ga);
            }
            if (b < 0) {
                b = bestAnchor(v -> v != a);
            }
            String key = count == 0 ? "rec.reason.dimension.none" : "rec.reason.dimension.few";
            propose(a, b, FindingKind.DIMENSION_GAP, d.id(), Messages.get(key, g.label(a), g.label(Math.max(b, 0)),
                    Names.quoted(Names.dimension(d))), d);
        }
    }

    // ---- measuring -----------------------------------------------------------------------------------

    private boolean directedTie() {
        return g.directedMap();
    }

    private void measure(Candidate c) {
        MapGraph after = g.withEdge(c.from, c.to, directedTie());
        Structure s = Structure.of(after);
        int peripheralAfter = singleTieActors(after);
        String sa = settingOf(c.from);
        String sb = settingOf(c.to);
        Integer mesoBefore = null;
        Integer mesoAfter = null;
        String settingA = null;
        String settingB = null;
        if (!sa.equals(MapGraph.NO_SETTING) && !sb.equals(MapGraph.NO_SETTING)) {
            settingA = sa;
            settingB = sb;
            mesoBefore = mesosystem.supportive(sa, sb);
            mesoAfter = mesoBefore + (mesosystem.countsAsSupportive(KIND) ? 1 : 0);
        }
        Integer dimBefore = null;
        Integer dimAfter = null;
        if (c.dimension != null) {
            dimBefore = analysis.tiesByDimension().getOrDefault(c.dimension, 0);
            dimAfter = dimBefore + 1;
        }
        c.effect = new Effect(before.components(), s.components(), before.isolates().size(), s.isolates().size(),
                before.cutActors().size(), s.cutActors().size(), before.cutOffTotal(), s.cutOffTotal(),
                before.bridges().size(), s.bridges().size(),
                peripheralBefore, peripheralAfter, oneWayBefore, oneWayPairs(after), settingA, settingB, mesoBefore,
                mesoAfter, c.dimension, dimBefore,
                dimAfter, null, null, null);
        c.score = structuralScore(c.effect);
    }

    private double structuralScore(Effect e) {
        double score = W_COMPONENT * (e.componentsBefore() - e.componentsAfter())
                + W_ISOLATE * (e.isolatesBefore() - e.isolatesAfter())
                + W_CUT * (e.cutActorsBefore() - e.cutActorsAfter())
                + W_CUT_OFF * (e.cutOffBefore() - e.cutOffAfter())
                + W_BRIDGE * (e.bridgesBefore() - e.bridgesAfter())
                + W_PERIPHERAL * (e.peripheralBefore() - e.peripheralAfter())
                + W_ONE_WAY * Math.max(0, e.oneWayBefore() - e.oneWayAfter());
        if (e.mesosystemBefore() != null && !e.settingA().equals(e.settingB())
                && e.mesosystemAfter() > e.mesosystemBefore()) {
            if (e.mesosystemBefore() == 0) {
                score += W_MESO_FIRST + (familySchool(e.settingA(), e.settingB()) ? W_FAMILY_SCHOOL : 0);
            } else if (e.mesosystemBefore() == 1) {
                score += W_MESO_SECOND;
            }
        }
        if (e.dimension() != null) {
            score += e.dimensionTiesBefore() == 0 ? W_DIMENSION_FIRST : W_DIMENSION_MORE;
        }
        return score;
    }

    /** Recomputes the top broker's betweenness with each of the best candidates, within the budget. */
    private void measureBroker(List<Candidate> ranked, Progress progress) {
        if (topBroker < 0 || g.size() < 3) {
            return;
        }
        long cost = (long) g.size() * (g.size() + 2L * g.edgeCount()) + 1;
        long evaluations = Math.min(MAX_BROKER_EVALUATIONS, BETWEENNESS_BUDGET / cost);
        if (overCentralized) {
            evaluations = Math.max(1, evaluations); // it matters most there, whatever the size
        }
        String broker = g.id(topBroker);
        int done = 0;
        for (Candidate c : ranked) {
            if (done++ >= evaluations) {
                break;
            }
            progress.checkCancelled();
            Ecosystem with = ecosystem.toBuilder().tie(proposedTie(c, "measured-tie")).build();
            double after = PathMeasures.betweenness(with, quiet(progress))[topBroker];
            double was = betweenness[topBroker];
            c.effect = c.effect.withBroker(broker, was, after);
            c.score += W_BROKER * (was - after);
        }
    }

    /** Passes cancellation through but not progress, so one long phase does not look like several. */
    private static Progress quiet(Progress progress) {
        return new Progress() {
            @Override
            public void update(String message, double done, double total) {
            }

            @Override
            public boolean isCancelled() {
                return progress.isCancelled();
            }
        };
    }

    private Tie proposedTie(Candidate c, String id) {
        Set<CserDimension> dims = c.dimension == null ? EnumSet.noneOf(CserDimension.class) : EnumSet.of(c.dimension);
        return new Tie(id, g.id(c.from), g.id(c.to), KIND, directedTie(), Tie.DEFAULT_STRENGTH, dims, null, c.reason,
                Map.of());
    }

    // ---- choosing ------------------------------------------------------------------------------------

    private List<Recommendation> select(List<Candidate> ranked, int limit) {
        // Greedy on a score adjusted for variety: half for a problem already answered, minus half a point per
        // recommendation already chosen for either actor.
        Set<Candidate> chosen = new LinkedHashSet<>();
        Map<Integer, Integer> uses = new HashMap<>();
        Set<String> problems = new HashSet<>();
        List<Candidate> open = new ArrayList<>();
        for (Candidate c : ranked) {
            if (c.score > 0) {
                open.add(c);
            }
        }
        while (chosen.size() < limit && !open.isEmpty()) {
            Candidate best = null;
            double bestValue = 0;
            for (Candidate c : open) { // in rank order, so ties keep it
                if (c.origin == FindingKind.ISOLATE && served(chosen, c.from)) {
                    continue;
                }
                double value = c.score * (problems.contains(c.problem) ? 0.5 : 1)
                        - 0.5 * (uses.getOrDefault(c.from, 0) + uses.getOrDefault(c.to, 0));
                if (best == null || value > bestValue) {
                    best = c;
                    bestValue = value;
                }
            }
            if (best == null || bestValue <= 0) {
                break;
            }
            open.remove(best);
            chosen.add(best);
            problems.add(best.problem);
            uses.merge(best.from, 1, Integer::sum);
            uses.merge(best.to, 1, Integer::sum);
        }
        Set<Integer> served = new HashSet<>();
        chosen.forEach(c -> {
            served.add(c.from);
            served.add(c.to);
        });
        for (Candidate c : ranked) { // every isolate gets its best candidate
            if (c.origin == FindingKind.ISOLATE && !served.contains(c.from)) {
                chosen.add(c);
                served.add(c.from);
            }
        }
        List<Candidate> list = new ArrayList<>(chosen);
        list.sort(Comparator.comparingDouble((Candidate c) -> -c.score).thenComparingInt(c -> c.order));
        List<Recommendation> out = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        int next = 1;
        for (Candidate c : list) {
            String id;
            do {
                id = "woven-" + next++;
            } while (ecosystem.tie(id).isPresent() || !taken.add(id));
            out.add(new Recommendation(g.id(c.from), g.id(c.to), proposedTie(c, id), c.origin, c.reason,
                    effectText(c.effect), c.effect, c.score));
        }
        return Collections.unmodifiableList(out);
    }

    private static boolean served(Set<Candidate> chosen, int actor) {
        return chosen.stream().anyMatch(c -> c.from == actor || c.to == actor);
    }

    private String effectText(Effect e) {
        List<String> parts = new ArrayList<>();
        if (e.componentsBefore() != e.componentsAfter()) {
            parts.add(Messages.get("effect.components", e.componentsBefore(), e.componentsAfter()));
        }
        if (e.isolatesBefore() != e.isolatesAfter()) {
            parts.add(Messages.get("effect.isolates", e.isolatesBefore(), e.isolatesAfter()));
        }
        if (e.mesosystemBefore() != null && !e.settingA().equals(e.settingB())) {
            parts.add(Messages.get("effect.mesosystem", Names.setting(ecosystem.vocabulary(), e.settingA()),
                    Names.setting(ecosystem.vocabulary(), e.settingB()), e.mesosystemBefore(), e.mesosystemAfter()));
        }
        if (e.cutActorsBefore() != e.cutActorsAfter()) {
            parts.add(Messages.get("effect.cut-actors", e.cutActorsBefore(), e.cutActorsAfter()));
        }
        if (e.cutOffBefore() != e.cutOffAfter()) {
            parts.add(Messages.get("effect.cut-off", e.cutOffBefore(), e.cutOffAfter()));
        }
        if (e.bridgesBefore() != e.bridgesAfter()) {
            parts.add(Messages.get("effect.bridges", e.bridgesBefore(), e.bridgesAfter()));
        }
        if (e.peripheralBefore() != e.peripheralAfter()) {
            parts.add(Messages.get("effect.peripheral", e.peripheralBefore(), e.peripheralAfter()));
        }
        if (e.oneWayAfter() < e.oneWayBefore()) {
            parts.add(Messages.get("effect.one-way", e.oneWayBefore(), e.oneWayAfter()));
        }
        if (e.dimension() != null) {
            parts.add(Messages.get("effect.dimension", Names.dimension(e.dimension()), e.dimensionTiesBefore(),
                    e.dimensionTiesAfter()));
        }
        if (e.topBrokerBetweennessAfter() != null && Math.round(100 * e.topBrokerBetweennessAfter())
                != Math.round(100 * e.topBrokerBetweennessBefore())) { // shown in whole percents
            parts.add(Messages.get("effect.broker", g.label(g.index(e.topBroker())), e.topBrokerBetweennessBefore(),
                    e.topBrokerBetweennessAfter()));
        }
        return parts.isEmpty() ? Messages.get("effect.none") : String.join(Messages.get("effect.separator"), parts);
    }
}
