package org.teixit.service;

import java.nio.file.Files;
import java.nio.file.Path;

import org.teixit.model.Ecosystem;
import org.teixit.store.EcosystemStore;

/** Saving a whole map as a store file. */
final class StoreFiles {
    private StoreFiles() {
    }

    /**
     * Writes {@code ecosystem} to {@code file}: a new store, or, when the file is already a store, its
     * content replaced in one transaction (so a failure leaves it as it was).
     */
    static void save(Ecosystem ecosystem, Path file) {
        try (EcosystemStore store = Files.exists(file) ? EcosystemStore.open(file) : EcosystemStore.openOrCreate(file)) {
            store.replaceAll(ecosystem);
        }
    }
}
