package org.teixit.io.graphml;

import java.nio.file.Path;

import org.teixit.io.EcosystemReader;
import org.teixit.io.ImportBatch;
import org.teixit.io.ImportException;
import org.teixit.io.xml.BatchCollector;
import org.teixit.io.xml.XmlInput;
import org.teixit.task.Progress;

/**
 * Reads a GraphML file (as networkx, yEd or Gephi write it) into an {@link ImportBatch}. Data keys map to
 * actors and ties by their {@code attr.name} as described in {@link org.teixit.io.xml.ActorMapping} and
 * {@link org.teixit.io.xml.TieMapping}; {@code edgedefault} and an edge's {@code directed} give
 * directedness; yEd's node labels and geometry are used where no plain label or x/y data is given. The
 * map's name comes from the graph data key named "name".
 */
public final class GraphmlReader implements EcosystemReader {
    @Override
    public ImportBatch read(Path file, Progress progress) throws ImportException {
        try (XmlInput in = XmlInput.openAtRoot(file, progress, "graphml", "GraphML")) {
            BatchCollector batch = new BatchCollector(in.fileName());
            new GraphmlContent(in, batch).readRoot();
            ImportBatch result = batch.finish();
            progress.update("Read " + in.fileName(), 1, 1);
            return result;
        }
    }
}
