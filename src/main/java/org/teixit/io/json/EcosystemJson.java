package org.teixit.io.json;

/** Field names and the format tag of Teixit's JSON form, shared by its reader and writer. */
final class EcosystemJson {
    static final String FORMAT = "teixit-ecosystem";
    static final int VERSION = 1;

    private EcosystemJson() {
    }
}
