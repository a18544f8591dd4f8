package org.teixit.model.filter;

import java.util.EnumSet;
import java.util.Set;

import org.teixit.model.CserDimension;

/**
 * Which ties and actors to show. Empty kind/setting sets mean "all". A tie shows when it has at least one
 * shown dimension (ties with none always show), its kind is shown, its strength is at least
 * {@code minStrength}, and both its actors show. {@code egoCenter} (an actor id, or null) limits the map to
 * that actor and its neighbours up to {@code egoDepth} steps away.
 */
public record MapFilter(Set<CserDimension> dimensions, Set<String> tieKinds, Set<String> actorKinds,
                        Set<String> settings, int minStrength, boolean hideIsolated, String egoCenter,
                        int egoDepth) {

    public MapFilter {
        dimensions = dimensions.isEmpty() ? EnumSet.noneOf(CserDimension.class) : EnumSet.copyOf(dimensions);
        tieKinds = Set.copyOf(tieKinds);
        actorKinds = Set.copyOf(actorKinds);
        settings = Set.copyOf(settings);
        minStrength = Math.max(1, Math.min(5, minStrength));
        egoDepth = Math.max(1, Math.min(2, egoDepth));
    }

    public static MapFilter all() {
        return new MapFilter(EnumSet.allOf(CserDimension.class), Set.of(), Set.of(), Set.of(), 1, false, null, 1);
    }

    public MapFilter withDimensions(Set<CserDimension> d) {
        return new MapFilter(d, tieKinds, actorKinds, settings, minStrength, hideIsolated, egoCenter, egoDepth);
    }

    public MapFilter withTieKinds(Set<String> k) {
        return new MapFilter(dimensions, k, actorKinds, settings, minStrength, hideIsolated, egoCenter, egoDepth);
    }

    public MapFilter withActorKinds(Set<String> k) {
        return new MapFilter(dimensions, tieKinds, k, settings, minStrength, hideIsolated, egoCenter, egoDepth);
    }

    public MapFilter withSettings(Set<String> s) {
        return new MapFilter(dimensions, tieKinds, actorKinds, s, minStrength, hideIsolated, egoCenter, egoDepth);
    }

    public MapFilter withMinStrength(int s) {
        return new MapFilter(dimensions, tieKinds, actorKinds, settings, s, hideIsolated, egoCenter, egoDepth);
    }

    public MapFilter withHideIsolated(boolean h) {
        return new MapFilter(dimensions, tieKinds, actorKinds, settings, minStrength, h, egoCenter, egoDepth);
    }

    public MapFilter withEgo(String center, int depth) {
        return new MapFilter(dimensions, tieKinds, actorKinds, settings, minStrength, hideIsolated, center, depth);
    }
}
