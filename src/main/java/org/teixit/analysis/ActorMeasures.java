package org.teixit.analysis;

/**
 * The measures of one actor, following networkx's definitions and defaults (see the package
 * documentation for how ties become the measured graph).
 *
 * @param id          the actor's id
 * @param label       the actor's label
 * @param degree      number of edges at the actor in the measured graph, as {@code nx.Graph.degree}
 *                    (for directed maps in-degree + out-degree of the {@code nx.DiGraph}); parallel
 *                    ties count once, a self-loop counts twice
 * @param strength    weighted degree: the sum of {@code Tie.strength} over all ties touching the actor,
 *                    parallel ties included; a self-loop counts twice, as in networkx's weighted degree
 * @param betweenness {@code nx.betweenness_centrality}, normalized, endpoints excluded, unweighted
 * @param closeness   {@code nx.closeness_centrality} with Wasserman–Faust scaling ({@code
 *                    wf_improved=True}); for directed maps it uses incoming distances, as networkx does
 * @param pagerank    {@code nx.pagerank}: alpha 0.85, uniform personalization and dangling spread,
 *                    unweighted
 * @param clustering  {@code nx.clustering}: the local clustering coefficient (Fagiolo's directed version
 *                    for directed maps); 0 for actors with fewer than two neighbours
 * @param constraint  Burt's constraint ({@code nx.constraint}, unweighted); {@code null} for isolates and
 *                    for every actor of a directed map
 */
public record ActorMeasures(String id, String label, int degree, double strength, double betweenness,
                            double closeness, double pagerank, double clustering, Double constraint) {
}
