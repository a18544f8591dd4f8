package org.teixit.io;

import java.nio.file.Path;

import org.teixit.task.Progress;

/** Parses one file format into an {@link ImportBatch}. Implementations never touch a store. */
public interface EcosystemReader {
    /**
     * @param progress told how far through the file the reader is; checked for cancellation
     * @throws ImportException when the file is malformed, with the file, line and field at fault
     */
    ImportBatch read(Path file, Progress progress) throws ImportException;
}
