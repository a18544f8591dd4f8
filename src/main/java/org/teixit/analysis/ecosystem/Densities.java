package org.teixit.analysis.ecosystem;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

import org.teixit.model.Actor;
import org.teixit.model.CserDimension;
import org.teixit.model.Ecosystem;
import org.teixit.model.Term;
import org.teixit.model.Tie;
import org.teixit.model.VocabularyCategory;

/**
 * Density per CSER dimension and per tie kind: networkx's {@code density} of the graph made of only the ties
 * in that dimension (of that kind) over <em>all</em> actors of the map. The graph follows the same rules as
 * the whole map's measures: directed ({@code nx.DiGraph}) when every tie of the map is directed, else
 * undirected; parallel ties count once; a self-loop counts as an edge, as networkx counts it. So {@code
 * edges / (n (n - 1))}, doubled when undirected; 0 when there is no such tie or at most one actor.
 */
public final class Densities {
    private Densities() {
    }

    /** Density of each dimension's ties, every dimension present. */
    public static Map<CserDimension, Double> byDimension(Ecosystem ecosystem) {
        Map<CserDimension, Double> out = new EnumMap<>(CserDimension.class);
        Indexed x = new Indexed(ecosystem);
        for (CserDimension d : CserDimension.values()) {
            out.put(d, x.density(t -> t.has(d)));
        }
        return Collections.unmodifiableMap(out);
    }

    /** Density of each tie kind of the map's vocabulary (unused kinds 0), in vocabulary order. */
    public static Map<String, Double> byKind(Ecosystem ecosystem) {
        Map<String, Double> out = new LinkedHashMap<>();
        Indexed x = new Indexed(ecosystem);
        for (Term k : ecosystem.vocabulary().terms(VocabularyCategory.TIE_KIND)) {
            out.put(k.id(), x.density(t -> t.kind().equals(k.id())));
        }
        return Collections.unmodifiableMap(out);
    }

    /** Density of the ties {@code which} picks, as the class describes. */
    public static double of(Ecosystem ecosystem, Predicate<Tie> which) {
        return new Indexed(ecosystem).density(which);
    }

    private static final class Indexed {
        private final Ecosystem ecosystem;
        private final Map<String, Integer> index;
        private final boolean directed;

        Indexed(Ecosystem ecosystem) {
            this.ecosystem = ecosystem;
            index = new HashMap<>(ecosystem.actorCount() * 2);
            for (Actor a : ecosystem.actors()) {
                index.put(a.id(), index.size());
            }
            directed = MapGraph.isDirectedMap(ecosystem);
        }

        double density(Predicate<Tie> which) {
            long n = index.size();
            long[] keys = new long[ecosystem.tieCount()];
            int k = 0;
            for (Tie t : ecosystem.ties()) {
                if (!which.test(t)) {
                    continue;
                }
                long s = index.get(t.source());
                long d = index.get(t.target());
                if (!directed && d < s) {
                    long swap = s;
                    s = d;
                    d = swap;
                }
                keys[k++] = s * n + d;
            }
            if (k == 0 || n <= 1) {
                return 0.0;
            }
            Arrays.sort(keys, 0, k);
            long edges = 0;
            for (int i = 0; i < k; i++) {
                if (i == 0 || keys[i] != keys[i - 1]) {
                    edges++;
                }
            }
            double density = edges / (double) (n * (n - 1));
            return directed ? density : 2 * density;
        }
    }
}
