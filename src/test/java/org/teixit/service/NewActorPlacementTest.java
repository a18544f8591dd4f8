package org.teixit.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.teixit.model.Actor;
import org.teixit.model.CserDimension;
import org.teixit.model.Ecosystem;
import org.teixit.model.Position;
import org.teixit.model.Tie;
import org.teixit.sample.SampleEcosystem;

class NewActorPlacementTest {
    private final Ecosystem sample = SampleEcosystem.load();

    @Test
    void aNewActorLandsNearWhomItIsTiedToAndNobodyElseMoves() {
        ChangeSet change = new ChangeSet("edit.quick-add", List.of(Actor.of("library", "Biblioteca", "", "")), List.of(),
                List.of(Tie.of("tnew", "library", "council", "resources", CserDimension.FUNDS)), List.of());
        ChangeSet placed = NewActorPlacement.place(sample, change);
        Ecosystem after = placed.applyTo(sample);
        Position library = after.actor("library").orElseThrow().position();
        Position council = after.actor("council").orElseThrow().position();
        double toCouncil = Math.hypot(library.x() - council.x(), library.y() - council.y());
        double farthest = sample.actors().stream().mapToDouble(a -> Math.hypot(a.position().x() - council.x(),
                a.position().y() - council.y())).max().orElseThrow();
        assertTrue(toCouncil < farthest / 2, "placed near the council: " + toCouncil + " of " + farthest);
        sample.actors().forEach(a -> assertEquals(a.position(), after.actor(a.id()).orElseThrow().position()));
    }

    @Test
    void anUntiedNewActorGoesJustOutsideTheMap() {
        ChangeSet change = ChangeSet.putActor("edit.add-actor", Actor.of("alone", "Alone", "", ""));
        Position p = NewActorPlacement.place(sample, change).putActors().get(0).position();
        double maxRadius = sample.actors().stream().mapToDouble(a -> Math.hypot(a.position().x(), a.position().y()))
                .max().orElseThrow();
        assertTrue(Math.hypot(p.x(), p.y()) > maxRadius * 0.8, "outside, not on top of the map");
    }

    @Test
    void placementIsDeterministic() {
        ChangeSet change = ChangeSet.putActor("edit.add-actor", Actor.of("alone", "Alone", "", ""));
        assertEquals(NewActorPlacement.place(sample, change), NewActorPlacement.place(sample, change));
    }
}
