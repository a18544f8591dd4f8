package org.teixit.model.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.teixit.model.CserDimension;
import org.teixit.model.Ecosystem;
import org.teixit.model.Tie;
import org.teixit.sample.SampleEcosystem;

class FilterApplierTest {
    private final Ecosystem sample = SampleEcosystem.load();

    @Test
    void allShowsEverything() {
        assertEquals(sample, FilterApplier.apply(sample, MapFilter.all()));
    }

    @Test
    void switchingADimensionOffDropsTiesOnlyInThatDimension() {
        EnumSet<CserDimension> noGovernance = EnumSet.allOf(CserDimension.class);
        noGovernance.remove(CserDimension.GOVERNANCE);
        Ecosystem shown = FilterApplier.apply(sample, MapFilter.all().withDimensions(noGovernance));
        long onlyGovernance = sample.ties().stream()
                .filter(t -> t.dimensions().equals(EnumSet.of(CserDimension.GOVERNANCE))).count();
        assertTrue(onlyGovernance > 0);
        assertEquals(sample.tieCount() - onlyGovernance, shown.tieCount());
        assertEquals(sample.actorCount(), shown.actorCount(), "actors stay unless hidden explicitly");
    }

    @Test
    void hideIsolatedRemovesActorsLeftWithoutTies() {
        Ecosystem shown = FilterApplier.apply(sample, MapFilter.all()
                .withDimensions(EnumSet.of(CserDimension.ORIENTATION)).withHideIsolated(true));
        shown.actors().forEach(a -> assertTrue(!shown.tiesOf(a.id()).isEmpty(), a + " is isolated"));
        assertTrue(shown.actorCount() < sample.actorCount());
    }

    @Test
    void minStrengthKindsAndSettings() {
        Ecosystem strong = FilterApplier.apply(sample, MapFilter.all().withMinStrength(4));
        assertTrue(strong.ties().stream().allMatch(t -> t.strength() >= 4));
        Ecosystem info = FilterApplier.apply(sample, MapFilter.all().withTieKinds(Set.of("information")));
        assertTrue(info.ties().stream().map(Tie::kind).allMatch("information"::equals));
        Ecosystem digital = FilterApplier.apply(sample, MapFilter.all().withSettings(Set.of("digital")));
        assertTrue(digital.actors().stream().allMatch(a -> a.setting().equals("digital")));
    }

    @Test
    void egoFocusKeepsNeighboursToTheChosenDepth() {
        Ecosystem one = FilterApplier.apply(sample, MapFilter.all().withEgo("council", 1));
        assertEquals(1 + sample.tiesOf("council").stream().map(t -> t.otherEnd("council")).distinct().count(),
                one.actorCount());
        Ecosystem two = FilterApplier.apply(sample, MapFilter.all().withEgo("council", 2));
        assertTrue(two.actorCount() > one.actorCount());
    }

    @Test
    void filteringAThousandActorMapIsQuick() {
        Ecosystem.Builder b = Ecosystem.builder("big");
        java.util.Random r = new java.util.Random(1);
        for (int i = 0; i < 1000; i++) {
            b.actor(org.teixit.model.Actor.of("a" + i, "Actor " + i, "group", "school"));
        }
        for (int i = 0; i < 3000; i++) {
            b.tie(Tie.of("t" + i, "a" + r.nextInt(1000), "a" + r.nextInt(1000), "support",
                    CserDimension.values()[r.nextInt(5)]));
        }
        Ecosystem big = b.build();
        MapFilter f = MapFilter.all().withDimensions(EnumSet.of(CserDimension.FUNDS)).withHideIsolated(true);
        for (int i = 0; i < 5; i++) {
            FilterApplier.apply(big, f);
        }
        Ecosystem shown = FilterApplier.apply(big, f);
        assertTrue(shown.ties().stream().allMatch(t -> t.has(CserDimension.FUNDS)));
    }
}
