package org.teixit.store;

import java.nio.file.Path;

/** A store could not be opened, read or written. The message names the file and says why, in plain words. */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(Path file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
    }

    public StoreException(Path file, String reason) {
        this(file, reason, null);
    }
}
