/**
 * Network measures of a learning ecosystem: who bridges, who is central, how closed each actor's
 * neighbourhood is, and how dense and connected the whole map is. Entry point: {@link
 * org.teixit.analysis.NetworkMeasures#compute}, which returns a {@link org.teixit.analysis.MeasuresResult}.
 *
 * <p>Every value follows networkx's definition and defaults (checked against networkx in the tests with
 * fixtures that {@code src/test/resources/org/teixit/analysis/make_fixtures.py} generates); the product
 * itself never runs Python. How a map becomes the graph that is measured:
 * <ul>
 *   <li>A map is <b>directed</b> ({@code nx.DiGraph}) when it has ties and all of them are directed. A
 *       map without ties, or with any undirected tie, is <b>undirected</b> ({@code nx.Graph}); its directed
 *       ties then count as undirected.</li>
 *   <li>Ties count once and <b>unweighted</b>: parallel ties collapse to one edge. Only an actor's
 *       strength (weighted degree) sums {@code Tie.strength}, over all its ties, parallel ones included
 *       and a self-loop twice, as networkx's weighted degree does.</li>
 *   <li><b>Self-loops</b> behave as in networkx: 2 more degree, one more edge for density and
 *       reciprocity, a link to oneself in PageRank, one's own neighbour in constraint, no effect on
 *       shortest paths or clustering.</li>
 *   <li>Constraint is reported for undirected maps only, and not for isolates. Degree centralization is
 *       reported for undirected maps, reciprocity for directed ones.</li>
 *   <li>Where networkx raises instead of answering, this package answers 0: average clustering of a map
 *       without actors.</li>
 * </ul>
 *
 * <p>Shortest-path measures (betweenness, closeness) come from one breadth-first search per actor on
 * int-indexed adjacency arrays, spread over all processors; everything else is linear or close to it.
 * Uses {@code model} and {@code task} only; no JavaFX, no SQL, no Gephi.
 */
package org.teixit.analysis;
