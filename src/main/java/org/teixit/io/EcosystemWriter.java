package org.teixit.io;

import java.io.IOException;
import java.nio.file.Path;

import org.teixit.model.Ecosystem;

/** Writes an ecosystem in one file format. Writes to a temporary file first, so a failure leaves no half file. */
public interface EcosystemWriter {
    void write(Ecosystem ecosystem, Path file) throws IOException;
}
