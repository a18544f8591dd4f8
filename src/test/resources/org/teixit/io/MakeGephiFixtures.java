/*
 * Regenerates the two fixtures written by Gephi's own exporters (Gephi toolkit 0.10.1, the version in the
 * pom): gexf/gephi-toolkit-0.10.1.gexf and graphml/gephi-toolkit-0.10.1.graphml. Not compiled with the
 * project (it lives among the test resources); the tests only read the committed files. Run it from the
 * project folder after `mvn package` has copied the libraries to target/lib:
 *
 *   java -Djava.awt.headless=true -cp "target/lib/*" src/test/resources/org/teixit/io/MakeGephiFixtures.java \
 *        src/test/resources/org/teixit/io
 *
 * (The toolkit has no branding, so the files' <creator> reads "Apache NetBeans Platform Dev (Build {0})".)
 */

import java.awt.Color;
import java.io.File;

import org.gephi.graph.api.DirectedGraph;
import org.gephi.graph.api.Edge;
import org.gephi.graph.api.GraphController;
import org.gephi.graph.api.GraphFactory;
import org.gephi.graph.api.GraphModel;
import org.gephi.graph.api.Node;
import org.gephi.io.exporter.api.ExportController;
import org.gephi.project.api.ProjectController;
import org.openide.util.Lookup;

public class MakeGephiFixtures {
    public static void main(String[] args) throws Exception {
        File folder = new File(args.length > 0 ? args[0] : ".");
        ProjectController projects = Lookup.getDefault().lookup(ProjectController.class);
        projects.newProject();
        GraphModel model = Lookup.getDefault().lookup(GraphController.class)
                .getGraphModel(projects.getCurrentWorkspace());
        model.getNodeTable().addColumn("kind", String.class);
        model.getNodeTable().addColumn("members", Integer.class);
        model.getEdgeTable().addColumn("dimensions", String.class);
        GraphFactory factory = model.factory();
        DirectedGraph graph = model.getDirectedGraph();
        String[][] nodes = {
            {"escola", "Escola Sant Jordi", "institution"},
            {"afa", "AFA de l'escola", "group"},
            {"biblio", "Biblioteca Francesc Candel", "organisation"},
            {"casal", "Casal de Joves", "organisation"}};
        for (int i = 0; i < nodes.length; i++) {
            Node node = factory.newNode(nodes[i][0]);
            node.setLabel(nodes[i][1]);
            node.setAttribute("kind", nodes[i][2]);
            node.setX(10f * i - 20f);
            node.setY(5f * i + 1.5f);
            node.setSize(10f + i);
            node.setColor(new Color(200, 40 * i, 30));
            if (i == 3) {
                node.setAttribute("members", 120);
            }
            graph.addNode(node);
        }
        Edge collaboration = factory.newEdge(graph.getNode("escola"), graph.getNode("afa"), 0, 4.0, true);
        collaboration.setAttribute("dimensions", "collective;governance");
        collaboration.setLabel("collaboration");
        Edge support = factory.newEdge(graph.getNode("biblio"), graph.getNode("escola"), 0, 2.5, true);
        support.setAttribute("dimensions", "funds");
        Edge plain = factory.newEdge(graph.getNode("casal"), graph.getNode("biblio"), 0, 1.0, true);
        graph.addEdge(collaboration);
        graph.addEdge(support);
        graph.addEdge(plain);
        ExportController export = Lookup.getDefault().lookup(ExportController.class);
        export.exportFile(new File(folder, "gexf/gephi-toolkit-0.10.1.gexf"));
        export.exportFile(new File(folder, "graphml/gephi-toolkit-0.10.1.graphml"));
    }
}
