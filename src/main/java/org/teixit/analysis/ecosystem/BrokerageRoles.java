package org.teixit.analysis.ecosystem;

/**
 * How often one actor brokers, by Gould and Fernandez's (1989) roles with settings as groups: the number of
 * two-step paths {@code a → broker → c} (a ≠ c, no arc a → c) it stands in, by the groups of a, the broker
 * and c. See {@link Brokerage}.
 *
 * @param coordinator    a, broker and c all in one setting (sna's w_I)
 * @param gatekeeper     a from another setting, broker and c in the same one: it lets outside contact into
 *                       its own setting (sna's b_OI)
 * @param representative a and broker in one setting, c in another: it speaks for its setting to the
 *                       outside (sna's b_IO)
 * @param consultant     a and c in one setting, the broker in another: an itinerant broker (sna's w_O)
 * @param liaison        all three in different settings (sna's b_O)
 */
public record BrokerageRoles(long coordinator, long gatekeeper, long representative, long consultant,
                             long liaison) {
    public static final BrokerageRoles NONE = new BrokerageRoles(0, 0, 0, 0, 0);

    /** All two-step paths the actor brokers. */
    public long total() {
        return coordinator + gatekeeper + representative + consultant + liaison;
    }

    /** Brokerage between different settings: every role but coordinator. */
    public long acrossSettings() {
        return gatekeeper + representative + consultant + liaison;
    }
}
