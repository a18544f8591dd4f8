package org.teixit.analysis.ecosystem;

import java.util.ArrayList;
import java.util.List;

/**
 * Krackhardt and Stern's E-I index of one setting: {@code (E - I) / (E + I)}, with I the pairs of its actors
 * that are tied to each other and E the pairs tying one of its actors to an actor of another setting (or of
 * none). Counted on the undirected simple graph without self-loops ({@link MapGraph}): a pair tied by
 * several ties, in any direction, counts once. -1 means the setting keeps to itself, +1 that all its ties
 * reach outside.
 *
 * @param setting  the setting's id
 * @param actors   how many actors it has
 * @param internal I: tied pairs inside the setting
 * @param external E: tied pairs from the setting to outside it
 * @param eiIndex  {@code (E - I) / (E + I)}, or {@code null} when the setting's actors have no ties
 */
public record SettingMixing(String setting, int actors, int internal, int external, Double eiIndex) {

    /** One entry per setting that has actors (not for actors without a setting), in {@link MapGraph#groups()} order. */
    public static List<SettingMixing> of(MapGraph g) {
        int groups = g.groups().size();
        int[] actors = new int[groups];
        long[] internal = new long[groups];
        long[] external = new long[groups];
        for (int v = 0; v < g.size(); v++) {
            int gv = g.group(v);
            actors[gv]++;
            for (int i = 0; i < g.degree(v); i++) {
                int w = g.neighbour(v, i);
                if (w < v) {
                    continue; // each pair once
                }
                int gw = g.group(w);
                if (gv == gw) {
                    internal[gv]++;
                } else {
                    external[gv]++;
                    external[gw]++;
                }
            }
        }
        List<SettingMixing> out = new ArrayList<>();
        for (int s = 0; s < groups; s++) {
            String id = g.groups().get(s);
            if (id.equals(MapGraph.NO_SETTING)) {
                continue;
            }
            long total = internal[s] + external[s];
            Double ei = total == 0 ? null : (external[s] - internal[s]) / (double) total;
            out.add(new SettingMixing(id, actors[s], (int) internal[s], (int) external[s], ei));
        }
        return List.copyOf(out);
    }
}
