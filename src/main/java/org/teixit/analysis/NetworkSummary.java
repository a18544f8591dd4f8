package org.teixit.analysis;

/**
 * Whole-network figures of one ecosystem, as networkx computes them on the measured graph (see the
 * package documentation for how a map becomes that graph).
 *
 * @param actors               number of actors
 * @param ties                 number of ties on the map, parallel ties and self-loops included (the
 *                             measured graph may have fewer edges, see the package documentation)
 * @param density              {@code nx.density}: edges / (n(n-1)), doubled for undirected maps, 0 when
 *                             {@code n <= 1}; edges of the measured graph, self-loops included
 * @param components           number of connected components (weakly connected for directed maps);
 *                             every isolate is a component
 * @param averageClustering    {@code nx.average_clustering}: mean clustering over all actors, isolates
 *                             counting 0; 0 for an empty map
 * @param degreeCentralization Freeman degree centralization, undirected maps only ({@code null} for
 *                             directed maps): {@code sum over v of (maxDegree - degree(v)) / ((n-1)(n-2))}
 *                             with {@link ActorMeasures#degree()}; 0 when {@code n < 3}
 * @param reciprocity          {@code nx.reciprocity}: the share of edges whose reverse edge also exists,
 *                             directed maps only ({@code null} for undirected maps)
 * @param directed             whether the map was measured as a directed network
 */
public record NetworkSummary(int actors, int ties, double density, int components, double averageClustering,
                             Double degreeCentralization, Double reciprocity, boolean directed) {
}
