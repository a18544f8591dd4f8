package org.teixit.layout;

/**
 * ForceAtlas2's parameters, with Gephi's defaults for small maps. {@code seed} fixes the starting
 * positions of actors that have none, so the same seed gives the same map.
 */
public record LayoutSettings(long seed, double scalingRatio, double gravity, boolean linLog,
                             boolean strongGravity, double edgeWeightInfluence, int threads) {
    public static final long DEFAULT_SEED = 42L;

    public static LayoutSettings defaults() {
        return new LayoutSettings(DEFAULT_SEED, 10.0, 1.0, false, false, 1.0, 1);
    }

    public LayoutSettings withSeed(long newSeed) {
        return new LayoutSettings(newSeed, scalingRatio, gravity, linLog, strongGravity, edgeWeightInfluence, threads);
    }

    public LayoutSettings withThreads(int newThreads) {
        return new LayoutSettings(seed, scalingRatio, gravity, linLog, strongGravity, edgeWeightInfluence,
                Math.max(1, newThreads));
    }
}
