package org.teixit.layout;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import org.gephi.graph.api.Edge;
import org.gephi.graph.api.GraphFactory;
import org.gephi.graph.api.GraphModel;
import org.gephi.graph.api.Node;
import org.teixit.model.Actor;
import org.teixit.model.Ecosystem;
import org.teixit.model.Tie;

/**
 * Copies an ecosystem into a stand-alone Gephi graph (no Gephi project or workspace needed). Ties between
 * the same two actors become one undirected edge whose weight is the sum of their strengths: direction
 * does not change where ForceAtlas2 puts things, and Gephi allows one edge per pair. Actors without a
 * position start at a point drawn from {@code seed}; pinned actors are fixed.
 */
final class GephiGraphBuilder {
    private GephiGraphBuilder() {
    }

    static GraphModel build(Ecosystem ecosystem, long seed) {
        GraphModel model = GraphModel.Factory.newInstance();
        GraphFactory factory = model.factory();
        var graph = model.getUndirectedGraph();
        Random random = new Random(seed);
        double spread = 10.0 * Math.sqrt(Math.max(1, ecosystem.actorCount()));
        Map<String, Node> nodes = new HashMap<>();
        for (Actor a : ecosystem.actors()) {
            Node n = factory.newNode(a.id());
            double x = (random.nextDouble() - 0.5) * 2 * spread;
            double y = (random.nextDouble() - 0.5) * 2 * spread;
            if (a.position() != null) {
                x = a.position().x();
                y = a.position().y();
            }
            n.setX((float) x);
            n.setY((float) y);
            n.setSize(10f);
            n.setFixed(a.pinned());
            graph.addNode(n);
            nodes.put(a.id(), n);
        }
        Map<String, Edge> edges = new HashMap<>();
        for (Tie t : ecosystem.ties()) {
            if (t.isLoop()) {
                continue;
            }
            String key = t.source().compareTo(t.target()) < 0
                    ? t.source() + '\u0000' + t.target() : t.target() + '\u0000' + t.source();
            Edge existing = edges.get(key);
            if (existing != null) {
                existing.setWeight(existing.getWeight() + t.strength());
                continue;
            }
            Edge e = factory.newEdge(nodes.get(t.source()), nodes.get(t.target()), 0, t.strength(), false);
            graph.addEdge(e);
            edges.put(key, e);
        }
        return model;
    }
}
