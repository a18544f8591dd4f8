package org.teixit.io;

/** Something an import could read but had to guess at or skip; shown in the preview and after import. */
public record ImportWarning(SourceLocation location, String message) {
    @Override
    public String toString() {
        return location + ": " + message;
    }
}
