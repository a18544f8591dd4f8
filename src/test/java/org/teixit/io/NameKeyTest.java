package org.teixit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NameKeyTest {
    @Test
    void nearMissesAreTyposTruncationsAndShortForms() {
        assertTrue(NameKey.resemblance("Ajuntamen", "Ajuntament de Palau") > 0);
        assertTrue(NameKey.resemblance("Ajuntament de Palua", "Ajuntament de Palau") > 0);
        assertTrue(NameKey.resemblance("Escola", "Escola Arnau Berenguer") > 0);
        assertTrue(NameKey.resemblance("Biblioteca Francesc Candell", "Biblioteca Francesc Candel") > 0);
    }

    @Test
    void differentActorsAndSameNamesAreNotNearMisses() {
        assertEquals(0, NameKey.resemblance("Escola 1", "Escola 2"));
        assertEquals(0, NameKey.resemblance("Família Roca", "familia  roca"), "the same name");
        assertEquals(0, NameKey.resemblance("AFA", "AMPA"));
        assertEquals(0, NameKey.resemblance("Joan", "Marta Puig"));
        assertEquals(0, NameKey.resemblance("Casal de Joves", "Casal d'Avis"));
    }

    @Test
    void theCloserNameScoresHigher() {
        assertTrue(NameKey.resemblance("Ajuntament de Palau", "Ajuntament de Palua")
                > NameKey.resemblance("Ajuntament", "Ajuntament de Palau d'Anglesola"));
    }

    @Test
    void slugsAreReadableIds() {
        assertEquals("club-natacio-palau", NameKey.slug("Club Natació  Palau!"));
        assertEquals("actor", NameKey.slug("¿?"));
    }
}
