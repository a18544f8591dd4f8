package org.teixit.analysis.ecosystem;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.teixit.model.Actor;
import org.teixit.model.CserDimension;
import org.teixit.model.Ecosystem;
import org.teixit.model.Term;
import org.teixit.model.Tie;
import org.teixit.model.VocabularyCategory;

/**
 * Bronfenbrenner's mesosystem: how many ties link each pair of settings. Development thrives on many
 * <b>supportive</b> links between home, school and community; this counts them.
 *
 * <p><b>The rule.</b> A tie is supportive when its kind is {@code collaboration}, {@code support}, {@code
 * trust} or {@code resources} ({@link #SUPPORTIVE_KINDS}); {@code information} ties and kinds a map adds
 * are not, since passing news is not yet working together. When no tie on the map has a kind at all (as in
 * maps imported without one), nothing tells ties apart and every tie counts as supportive
 * ({@link #everyTieSupportive()}). Ties are counted as they are on the map: two ties between the same
 * actors count twice, direction does not matter, self-loops and ties of actors without a setting are left
 * out. The matrices are symmetric; the diagonal counts ties inside one setting (each once). Settings are
 * those that have actors, in the vocabulary's order. Each count also exists per CSER dimension (a tie in
 * two dimensions counts in both).
 */
public final class Mesosystem {
    /** The tie kinds that count as supportive. */
    public static final Set<String> SUPPORTIVE_KINDS = Set.of("collaboration", "support", "trust", "resources");

    private final List<String> settings;
    private final Map<String, Integer> index;
    private final Map<String, Integer> actors;
    private final boolean everyTieSupportive;
    private final int[][] supportive;
    private final int[][] all;
    private final Map<CserDimension, int[][]> supportiveBy;
    private final Map<CserDimension, int[][]> allBy;

    private Mesosystem(List<String> settings, Map<String, Integer> actors, boolean everyTieSupportive) {
        this.settings = settings;
        this.actors = actors;
        this.everyTieSupportive = everyTieSupportive;
        index = new HashMap<>();
        for (int i = 0; i < settings.size(); i++) {
            index.put(settings.get(i), i);
        }
        int s = settings.size();
        supportive = new int[s][s];
        all = new int[s][s];
        supportiveBy = new EnumMap<>(CserDimension.class);
        allBy = new EnumMap<>(CserDimension.class);
        for (CserDimension d : CserDimension.values()) {
            supportiveBy.put(d, new int[s][s]);
            allBy.put(d, new int[s][s]);
        }
    }

    /** Whether ties of this kind count as supportive on a map where some tie has a kind (see the class rule). */
    public static boolean isSupportiveKind(String kind) {
        return SUPPORTIVE_KINDS.contains(kind);
    }

    public static Mesosystem of(Ecosystem ecosystem) {
        Map<String, Integer> count = new LinkedHashMap<>();
        Map<String, String> settingOf = new HashMap<>(ecosystem.actorCount() * 2);
        for (Actor a : ecosystem.actors()) {
            settingOf.put(a.id(), a.setting());
            if (!a.setting().isEmpty()) {
                count.merge(a.setting(), 1, Integer::sum);
            }
        }
        Map<String, Integer> actors = new LinkedHashMap<>();
        for (Term t : ecosystem.vocabulary().terms(VocabularyCategory.SETTING)) {
            if (count.containsKey(t.id())) {
                actors.put(t.id(), count.get(t.id()));
            }
        }
        boolean noKinds = ecosystem.ties().stream().allMatch(t -> t.kind().isEmpty());
        Mesosystem m = new Mesosystem(List.copyOf(actors.keySet()), Collections.unmodifiableMap(actors), noKinds);
        for (Tie t : ecosystem.ties()) {
            m.add(t, settingOf.get(t.source()), settingOf.get(t.target()));
        }
        return m;
    }

    private void add(Tie t, String sourceSetting, String targetSetting) {
        if (t.isLoop() || sourceSetting.isEmpty() || targetSetting.isEmpty()) {
            return;
        }
        int a = index.get(sourceSetting);
        int b = index.get(targetSetting);
        boolean counts = everyTieSupportive || isSupportiveKind(t.kind());
        bump(all, a, b);
        t.dimensions().forEach(d -> bump(allBy.get(d), a, b));
        if (counts) {
            bump(supportive, a, b);
            t.dimensions().forEach(d -> bump(supportiveBy.get(d), a, b));
        }
    }

    private static void bump(int[][] matrix, int a, int b) {
        matrix[a][b]++;
        if (a != b) {
            matrix[b][a]++;
        }
    }

    /** Whether a tie of this kind would count as supportive on this map. */
    public boolean countsAsSupportive(String kind) {
        return everyTieSupportive || isSupportiveKind(kind);
    }

    /** The settings that have actors, in vocabulary order: the rows and columns of the matrices. */
    public List<String> settings() {
        return settings;
    }

    /** How many actors each setting has. */
    public int actors(String setting) {
        return actors.getOrDefault(setting, 0);
    }

    /** True when no tie has a kind, so every tie counts as supportive. */
    public boolean everyTieSupportive() {
        return everyTieSupportive;
    }

    /** Supportive ties between settings a and b (inside a when a = b); 0 for unknown settings. */
    public int supportive(String a, String b) {
        return cell(supportive, a, b);
    }

    /** Supportive ties between settings a and b in dimension d. */
    public int supportive(String a, String b, CserDimension d) {
        return cell(supportiveBy.get(d), a, b);
    }

    /** Ties of any kind between settings a and b. */
    public int all(String a, String b) {
        return cell(all, a, b);
    }

    /** Ties of any kind between settings a and b in dimension d. */
    public int all(String a, String b, CserDimension d) {
        return cell(allBy.get(d), a, b);
    }

    /** A copy of the supportive-tie matrix, rows and columns as {@link #settings()}. */
    public int[][] supportiveMatrix() {
        return copy(supportive);
    }

    public int[][] supportiveMatrix(CserDimension d) {
        return copy(supportiveBy.get(d));
    }

    public int[][] allMatrix() {
        return copy(all);
    }

    public int[][] allMatrix(CserDimension d) {
        return copy(allBy.get(d));
    }

    private int cell(int[][] matrix, String a, String b) {
        Integer i = index.get(a);
        Integer j = index.get(b);
        return i == null || j == null ? 0 : matrix[i][j];
    }

    private static int[][] copy(int[][] m) {
        int[][] c = new int[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }
}
