package org.teixit.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.teixit.model.Actor;
import org.teixit.model.CserDimension;
import org.teixit.model.Ecosystem;

class SampleEcosystemTest {
    private final Ecosystem sample = SampleEcosystem.load();

    @Test
    void isThePetitsJovesActiusNetwork() {
        assertTrue(sample.name().contains("Petits Joves Actius"));
        assertTrue(sample.name().contains("Palau d'Anglesola"));
        assertTrue(sample.actorCount() >= 20, sample.actorCount() + " actors");
        assertTrue(sample.tieCount() >= 25, sample.tieCount() + " ties");
    }

    @Test
    void everyDimensionIsPresent() {
        sample.tiesPerDimension().forEach((d, n) -> assertTrue(n > 0, d + " has no ties"));
        assertEquals(CserDimension.values().length, sample.tiesPerDimension().size());
    }

    @Test
    void namesEveryActorThePaperNames() {
        List<String> named = List.of("Voluntariat de Palau", "Arnau Berenguer", "teachers", "Family association",
                "Ajuntament", "Swimming club", "Women's association", "School cook", "Local artists",
                "Camí de Sant Jaume", "petitsjovesactius.com", "Instagram", "WhatsApp", "Drive", "Families",
                "Pupils", "Founder");
        for (String name : named) {
            assertTrue(sample.actors().stream().map(Actor::label)
                            .anyMatch(l -> l.toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT))),
                    "no actor named like " + name);
        }
        assertEquals(4, sample.actors().stream().filter(a -> a.label().startsWith("Founder")).count(),
                "the four young founders");
    }

    @Test
    void everyActorIsTiedAndPlaced() {
        for (Actor a : sample.actors()) {
            assertTrue(!sample.tiesOf(a.id()).isEmpty(), a + " has no tie");
            assertTrue(a.hasPosition(), a + " has no position, so the first open would have to lay it out");
            assertTrue(!a.setting().isEmpty() && !a.kind().isEmpty(), a + " lacks kind or setting");
        }
    }

    @Test
    void usesOnlyBuiltInVocabulary() {
        assertTrue(sample.vocabulary().additions().values().stream().allMatch(List::isEmpty),
                "the sample should use the default settings and kinds, which are translated");
    }
}
