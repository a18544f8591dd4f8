package org.teixit.sample;

import java.io.IOException;
import java.io.InputStream;

import org.teixit.io.ImportException;
import org.teixit.io.json.JsonEcosystemReader;
import org.teixit.model.Ecosystem;

/**
 * The bundled sample: the Petits Joves Actius lockdown network of Palau d'Anglesola, spring 2020, built
 * from the CSER paper (seed 000). It ships in {@code assets/samples/} and inside the jar.
 */
public final class SampleEcosystem {
    public static final String RESOURCE = "/assets/samples/petits-joves-actius.teixit.json";

    private SampleEcosystem() {
    }

    public static Ecosystem load() {
        try (InputStream in = SampleEcosystem.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the sample " + RESOURCE + " is missing from this build");
            }
            return new JsonEcosystemReader().readEcosystem(in, "petits-joves-actius.teixit.json");
        } catch (IOException | ImportException e) {
            throw new IllegalStateException("the bundled sample cannot be read: " + e.getMessage(), e);
        }
    }
}
