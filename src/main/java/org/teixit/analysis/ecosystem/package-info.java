/**
 * Ecosystem measures that community-network practitioners use, on top of the network measures of {@link
 * org.teixit.analysis}: density per CSER dimension and per tie kind, components, cut actors and bridges,
 * k-core numbers, Louvain communities, Gould–Fernandez brokerage roles with settings as groups, the E-I
 * index of each setting and Bronfenbrenner's mesosystem matrix. Entry point: {@link
 * org.teixit.analysis.ecosystem.EcosystemAnalysis#compute}, which returns everything in one record (and
 * {@link org.teixit.analysis.ecosystem.EcosystemAnalysis#cached} computes it once per map version).
 *
 * <p><b>The graphs measured</b> ({@link org.teixit.analysis.ecosystem.MapGraph}):
 * <ul>
 *   <li>Components, cut actors, bridges, k-cores, communities and the E-I index use the <b>undirected simple
 *       graph</b>: a pair of actors tied by any tie, in any direction, is one edge; self-loops are left out.
 *       A pair tied twice is not a bridge.</li>
 *   <li>Brokerage uses the <b>directed graph</b>: a directed tie is one arc, an undirected tie one arc each
 *       way; parallel arcs collapse; no self-loops.</li>
 *   <li>Densities per dimension and per kind follow the whole map's rules (as {@code nx.density}): directed
 *       when every tie of the map is directed; parallel ties once; self-loops count.</li>
 *   <li>The mesosystem counts <b>ties</b> as they are on the map, parallel ones included; a tie is
 *       <b>supportive</b> when its kind is collaboration, support, trust or resources (when no tie has a
 *       kind, every tie is) — see {@link org.teixit.analysis.ecosystem.Mesosystem}.</li>
 *   <li>Settings are the groups: those that actors use, in vocabulary order; actors without a setting form
 *       one more group for brokerage, and are left out of the E-I index and the mesosystem.</li>
 * </ul>
 *
 * <p>The tests compare densities, core numbers, components, cut actors, bridges, brokerage, E-I indexes and
 * the Louvain modularity with networkx (fixtures written by {@code
 * src/test/resources/org/teixit/analysis/make_ecosystem_fixtures.py}). Every measure here is linear or
 * close to it, so the cost of an analysis is that of the shortest-path measures; Louvain and brokerage check
 * for cancellation as they go. Uses {@code model}, {@code task} and {@code org.teixit.analysis} only.
 */
package org.teixit.analysis.ecosystem;
