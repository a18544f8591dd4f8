package org.teixit.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;

import org.gephi.graph.api.Graph;
import org.gephi.graph.api.GraphController;
import org.gephi.graph.api.GraphModel;
import org.gephi.graph.api.Node;
import org.gephi.io.exporter.api.ExportController;
import org.gephi.project.api.ProjectController;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openide.util.Lookup;
import org.teixit.io.ImportBatch;
import org.teixit.io.gexf.GexfReader;
import org.teixit.model.Actor;
import org.teixit.model.Ecosystem;
import org.teixit.model.Tie;
import org.teixit.sample.SampleEcosystem;
import org.teixit.task.Progress;

/**
 * Gephi's own GEXF exporter runs on this classpath (it needs stax-utils, which the pom swaps in), and
 * Teixit reads what it writes, positions included.
 */
class GephiInteropTest {
    @TempDir
    Path dir;

    @Test
    void gephiExportsAGexfThatTeixitReads() throws Exception {
        Ecosystem sample = SampleEcosystem.load();
        ProjectController projects = Lookup.getDefault().lookup(ProjectController.class);
        projects.newProject();
        GraphModel model = Lookup.getDefault().lookup(GraphController.class).getGraphModel(projects.getCurrentWorkspace());
        Graph graph = model.getUndirectedGraph();
        for (Actor a : sample.actors()) {
            Node n = model.factory().newNode(a.id());
            n.setLabel(a.label());
            n.setX((float) a.position().x());
            n.setY((float) a.position().y());
            graph.addNode(n);
        }
        int edges = 0;
        for (Tie t : sample.ties()) {
            Node s = graph.getNode(t.source());
            Node d = graph.getNode(t.target());
            if (graph.getEdge(s, d) == null && graph.getEdge(d, s) == null) {
                graph.addEdge(model.factory().newEdge(s, d, 0, t.strength(), false));
                edges++;
            }
        }
        File out = dir.resolve("from-gephi.gexf").toFile();
        Lookup.getDefault().lookup(ExportController.class).exportFile(out);
        projects.closeCurrentProject();

        ImportBatch batch = new GexfReader().read(out.toPath(), Progress.NONE);
        assertEquals(sample.actorCount(), batch.actors().size());
        assertEquals(edges, batch.ties().size());
        Actor school = batch.actors().stream().filter(a -> a.id().equals("school")).findFirst().orElseThrow();
        assertEquals("Escola Arnau Berenguer", school.label());
        Actor original = sample.actor("school").orElseThrow();
        assertTrue(Math.abs(school.position().x() - original.position().x()) < 1e-3, "x survives Gephi");
        assertTrue(Math.abs(school.position().y() - original.position().y()) < 1e-3, "y survives Gephi");
    }
}
