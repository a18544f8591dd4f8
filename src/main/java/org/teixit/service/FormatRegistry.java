package org.teixit.service;

import java.nio.file.Path;

import org.teixit.io.EcosystemReader;
import org.teixit.io.EcosystemWriter;
import org.teixit.io.ImportException;
import org.teixit.io.MapFormat;
import org.teixit.io.SourceLocation;
import org.teixit.io.json.JsonEcosystemReader;
import org.teixit.io.json.JsonEcosystemWriter;

/** The reader and writer for each file format other than the store itself. */
final class FormatRegistry {
    private FormatRegistry() {
    }

    static EcosystemReader reader(Path file) throws ImportException {
        MapFormat format = MapFormat.require(file);
        return switch (format) {
            case JSON -> new JsonEcosystemReader();
            case GEXF -> new org.teixit.io.gexf.GexfReader();
            case GRAPHML -> new org.teixit.io.graphml.GraphmlReader();
            case STORE -> throw new ImportException(SourceLocation.file(file.toString()), null,
                    "is a store; open it instead of reading it as a file");
        };
    }

    static EcosystemWriter writer(Path file) throws ImportException {
        MapFormat format = MapFormat.require(file);
        return switch (format) {
            case JSON -> new JsonEcosystemWriter();
            case GEXF -> new org.teixit.io.gexf.GexfWriter();
            case GRAPHML -> new org.teixit.io.graphml.GraphmlWriter();
            case STORE -> StoreFiles::save;
        };
    }
}
