package org.teixit.io.gexf;

import java.nio.file.Path;

import org.teixit.io.EcosystemReader;
import org.teixit.io.ImportBatch;
import org.teixit.io.ImportException;
import org.teixit.io.xml.BatchCollector;
import org.teixit.io.xml.XmlInput;
import org.teixit.task.Progress;

/**
 * Reads a GEXF file (1.1, 1.2draft or 1.3, as Gephi and networkx write it) into an {@link ImportBatch}.
 * Node attributes and edge attributes map to actors and ties as described in
 * {@link org.teixit.io.xml.ActorMapping} and {@link org.teixit.io.xml.TieMapping}; the edge {@code type}
 * gives directedness, the edge {@code label} the tie kind (unless a "kind" attribute says otherwise), the
 * edge {@code weight} the strength. The map's name comes from {@code <meta><title>}, else from the
 * {@code name} networkx puts on {@code <graph>}.
 */
public final class GexfReader implements EcosystemReader {
    @Override
    public ImportBatch read(Path file, Progress progress) throws ImportException {
        try (XmlInput in = XmlInput.openAtRoot(file, progress, "gexf", "GEXF")) {
            BatchCollector batch = new BatchCollector(in.fileName());
            new GexfContent(in, batch).readRoot();
            ImportBatch result = batch.finish();
            progress.update("Read " + in.fileName(), 1, 1);
            return result;
        }
    }
}
