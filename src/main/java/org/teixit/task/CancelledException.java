package org.teixit.task;

/** Long work stopped because the user cancelled it; nothing it was doing was committed. */
public class CancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CancelledException() {
        super("cancelled");
    }
}
