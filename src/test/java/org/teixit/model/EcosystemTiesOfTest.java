package org.teixit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class EcosystemTiesOfTest {
    @Test
    void eachActorsTiesInMapOrderWithALoopOnce() {
        Ecosystem map = Ecosystem.builder("m")
                .actor(Actor.of("a", "A", "", "")).actor(Actor.of("b", "B", "", "")).actor(Actor.of("c", "C", "", ""))
                .tie(Tie.of("t1", "a", "b", "trust")).tie(Tie.of("t2", "b", "a", "support"))
                .tie(Tie.of("t3", "a", "a", "trust")).tie(Tie.of("t4", "b", "b", "trust"))
                .build();
        assertEquals(List.of("t1", "t2", "t3"), map.tiesOf("a").stream().map(Tie::id).toList());
        assertEquals(List.of("t1", "t2", "t4"), map.tiesOf("b").stream().map(Tie::id).toList());
        assertTrue(map.tiesOf("c").isEmpty());
        assertTrue(map.tiesOf("nobody").isEmpty());
        assertThrows(UnsupportedOperationException.class, () -> map.tiesOf("a").clear(), "a snapshot stays as it is");
    }

    @Test
    void sameAsScanningEveryTieOnARandomMap() {
        Random random = new Random(7);
        Ecosystem.Builder b = Ecosystem.builder("r");
        for (int i = 0; i < 60; i++) {
            b.actor(Actor.of("n" + i, "N" + i, "", ""));
        }
        for (int i = 0; i < 200; i++) {
            b.tie(Tie.of("t" + i, "n" + random.nextInt(60), "n" + random.nextInt(60), "trust"));
        }
        Ecosystem map = b.build();
        for (Actor a : map.actors()) {
            List<Tie> scanned = map.ties().stream().filter(t -> t.touches(a.id())).toList();
            assertEquals(scanned, map.tiesOf(a.id()), a.id());
        }
    }
}
