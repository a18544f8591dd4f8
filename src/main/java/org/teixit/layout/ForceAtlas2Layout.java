package org.teixit.layout;

import java.util.LinkedHashMap;
import java.util.Map;

import org.gephi.graph.api.Graph;
import org.gephi.graph.api.GraphModel;
import org.gephi.graph.api.Node;
import org.gephi.layout.plugin.forceAtlas2.ForceAtlas2;
import org.gephi.layout.plugin.forceAtlas2.ForceAtlas2Builder;
import org.teixit.model.Ecosystem;
import org.teixit.model.Position;

/**
 * Gephi's ForceAtlas2 on one ecosystem, one iteration per {@link #step()}. Follows Gephi's layout
 * contract: construct (init), step until done, then {@link #close()} (end), which frees Gephi's threads.
 */
public final class ForceAtlas2Layout implements AutoCloseable {
    /** From this many actors on, repulsion is approximated with Barnes-Hut, as Gephi suggests. */
    public static final int BARNES_HUT_FROM = 1000;
    private final GraphModel model;
    private final Graph graph;
    private final ForceAtlas2 algorithm;
    private final Node[] nodes;
    private final float[] previousX;
    private final float[] previousY;

    public ForceAtlas2Layout(Ecosystem ecosystem, LayoutSettings settings) {
        this.model = GephiGraphBuilder.build(ecosystem, settings.seed());
        this.graph = model.getUndirectedGraph();
        this.algorithm = new ForceAtlas2Builder().buildLayout();
        algorithm.setGraphModel(model);
        algorithm.resetPropertiesValues();
        algorithm.setScalingRatio(settings.scalingRatio());
        algorithm.setGravity(settings.gravity());
        algorithm.setLinLogMode(settings.linLog());
        algorithm.setStrongGravityMode(settings.strongGravity());
        algorithm.setEdgeWeightInfluence(settings.edgeWeightInfluence());
        boolean barnesHut = ecosystem.actorCount() > BARNES_HUT_FROM;
        algorithm.setBarnesHutOptimize(barnesHut);
        // Without Barnes-Hut, Gephi's threads update both nodes of a pair and race: one thread keeps it
        // reproducible. With Barnes-Hut each thread writes only its own nodes, so threads are safe.
        algorithm.setThreadsCount(barnesHut ? settings.threads() : 1);
        algorithm.setOutboundAttractionDistribution(false);
        algorithm.setAdjustSizes(false);
        algorithm.initAlgo();
        this.nodes = graph.getNodes().toArray();
        this.previousX = new float[nodes.length];
        this.previousY = new float[nodes.length];
    }

    /**
     * Runs one ForceAtlas2 iteration.
     *
     * @return how far actors moved on average in this step, relative to the map's size (0 when nothing moved)
     */
    public double step() {
        for (int i = 0; i < nodes.length; i++) {
            previousX[i] = nodes[i].x();
            previousY[i] = nodes[i].y();
        }
        algorithm.goAlgo();
        return relativeMovement();
    }

    /** Runs one iteration without measuring movement: what a benchmark compares with Gephi's own loop. */
    public void stepWithoutMeasuring() {
        algorithm.goAlgo();
    }

    private double relativeMovement() {
        if (nodes.length == 0) {
            return 0;
        }
        double moved = 0;
        float minX = Float.MAX_VALUE;
        float maxX = -Float.MAX_VALUE;
        float minY = Float.MAX_VALUE;
        float maxY = -Float.MAX_VALUE;
        for (int i = 0; i < nodes.length; i++) {
            float x = nodes[i].x();
            float y = nodes[i].y();
            moved += Math.hypot(x - previousX[i], y - previousY[i]);
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
        }
        double size = Math.max(1e-9, Math.max(maxX - minX, maxY - minY));
        return moved / nodes.length / size;
    }

    /** Where every actor is now, by actor id. */
    public Map<String, Position> positions() {
        Map<String, Position> out = new LinkedHashMap<>();
        for (Node n : nodes) {
            out.put((String) n.getId(), new Position(n.x(), n.y()));
        }
        return out;
    }

    /** Moves one actor (e.g. where the user dropped it) and fixes it there, or frees it. */
    public void place(String actorId, Position position, boolean fixed) {
        Node n = graph.getNode(actorId);
        if (n != null) {
            n.setX((float) position.x());
            n.setY((float) position.y());
            n.setFixed(fixed);
        }
    }

    public int actorCount() {
        return nodes.length;
    }

    @Override
    public void close() {
        algorithm.endAlgo();
    }
}
