package org.teixit.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version from the jar's manifest (or says "development" when run from classes). */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"Teixit " + (v == null ? "development" : v)};
    }
}
