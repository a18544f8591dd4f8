package org.teixit.analysis.ecosystem;

import org.teixit.task.Progress;

/**
 * Gould–Fernandez brokerage roles (Gould and Fernandez 1989, as the R sna package's {@code brokerage()}
 * counts them), with settings as groups. Actor v brokers for a and c when {@code a → v → c}, a ≠ c and there
 * is no arc {@code a → c}; the groups of a, v and c decide the role (see {@link BrokerageRoles}).
 *
 * <p>Counted on the directed graph of {@link MapGraph}: a directed tie is one arc, an undirected tie an arc
 * each way (so an undirected path a – v – c between untied a and c counts twice, once each way, with
 * gatekeeper and representative swapping); parallel ties count once; self-loops never. Actors without a
 * setting form one group. O(sum over v of in(v) · out(v) · log d).
 */
public final class Brokerage {
    static final String MESSAGE = "analysis.brokerage";
    private static final int CHECK_EVERY = 256;

    private Brokerage() {
    }

    /** The roles of every actor, indexed like {@code g}. */
    public static BrokerageRoles[] of(MapGraph g, Progress progress) {
        int n = g.size();
        BrokerageRoles[] roles = new BrokerageRoles[n];
        for (int v = 0; v < n; v++) {
            if (v % CHECK_EVERY == 0) {
                progress.checkCancelled();
                progress.update(MESSAGE, v, n);
            }
            long coordinator = 0;
            long gatekeeper = 0;
            long representative = 0;
            long consultant = 0;
            long liaison = 0;
            int gv = g.group(v);
            for (int i = g.inStart[v]; i < g.inStart[v + 1]; i++) {
                int a = g.in[i];
                int ga = g.group(a);
                for (int j = g.outStart[v]; j < g.outStart[v + 1]; j++) {
                    int c = g.out[j];
                    if (c == a || g.hasArc(a, c)) {
                        continue;
                    }
                    int gc = g.group(c);
                    if (ga == gv && gv == gc) {
                        coordinator++;
                    } else if (ga == gc) {
                        consultant++;
                    } else if (gv == gc) {
                        gatekeeper++;
                    } else if (ga == gv) {
                        representative++;
                    } else {
                        liaison++;
                    }
                }
            }
            roles[v] = coordinator + gatekeeper + representative + consultant + liaison == 0 ? BrokerageRoles.NONE
                    : new BrokerageRoles(coordinator, gatekeeper, representative, consultant, liaison);
        }
        progress.update(MESSAGE, n, n);
        return roles;
    }
}
