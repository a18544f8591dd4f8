#!/usr/bin/env python3
"""Writes the networkx reference fixtures that NetworkxFixturesTest compares NetworkMeasures with.

Run from anywhere:  python3 make_fixtures.py   (writes the *.json files next to this script)

Each fixture holds an edge list as a Teixit map would have it (source, target, directed, strength; ties
may repeat and loop) plus networkx's value of every measure, computed the way the package javadoc of
org.teixit.analysis describes:

* the map is directed (nx.DiGraph) when it has ties and every tie is directed, otherwise nx.Graph;
  parallel ties collapse to one unweighted edge, self-loops stay in the graph;
* strength is the weighted degree of the nx.MultiGraph / nx.MultiDiGraph of all ties (a loop counts
  twice, as in networkx's degree);
* betweenness_centrality (normalized, endpoints False), closeness_centrality (wf_improved),
  pagerank (alpha 0.85, tol 1e-6, max_iter 100, unweighted), clustering, average_clustering,
  constraint (undirected maps only; NaN for isolates -> null), density, number of (weakly) connected
  components, reciprocity (directed maps only) and Freeman degree centralization (undirected maps only):
  sum(max_deg - deg(v)) / ((n - 1)(n - 2)), 0 when n < 3, with deg = G.degree.

The Java product never runs this script; only the committed JSON is read by the tests.
"""
import json
import math
import os
import random

import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))


def is_directed_map(edges):
    return len(edges) > 0 and all(e["directed"] for e in edges)


def measured_graph(nodes, edges):
    """The simple, unweighted graph the measures run on."""
    g = nx.DiGraph() if is_directed_map(edges) else nx.Graph()
    g.add_nodes_from(nodes)
    g.add_edges_from((e["source"], e["target"]) for e in edges)
    return g


def strengths(nodes, edges):
    m = nx.MultiDiGraph() if is_directed_map(edges) else nx.MultiGraph()
    m.add_nodes_from(nodes)
    m.add_edges_from((e["source"], e["target"], {"weight": e["strength"]}) for e in edges)
    return {v: float(d) for v, d in m.degree(weight="weight")}


def degree_centralization(g):
    n = g.number_of_nodes()
    if n < 3:
        return 0.0
    degrees = [d for _, d in g.degree()]
    top = max(degrees)
    return sum(top - d for d in degrees) / ((n - 1) * (n - 2))


def finite_or_none(x):
    return None if x is None or math.isnan(x) else float(x)


def fixture(name, nodes, edges, note):
    g = measured_graph(nodes, edges)
    directed = g.is_directed()
    strength = strengths(nodes, edges)
    betweenness = nx.betweenness_centrality(g)
    closeness = nx.closeness_centrality(g)
    pagerank = nx.pagerank(g, weight=None)
    clustering = nx.clustering(g)
    constraint = {} if directed else nx.constraint(g)
    components = (nx.number_weakly_connected_components(g) if directed
                  else nx.number_connected_components(g))
    network = {
        "actors": g.number_of_nodes(),
        "ties": len(edges),
        "density": nx.density(g),
        "components": components,
        "averageClustering": nx.average_clustering(g),
        "degreeCentralization": None if directed else degree_centralization(g),
        "reciprocity": nx.reciprocity(g) if directed else None,
        "directed": directed,
    }
    actors = [{
        "id": v,
        "degree": g.degree(v),
        "strength": strength[v],
        "betweenness": betweenness[v],
        "closeness": closeness[v],
        "pagerank": pagerank[v],
        "clustering": float(clustering[v]),
        "constraint": None if directed else finite_or_none(constraint[v]),
    } for v in nodes]
    doc = {
        "name": name,
        "note": note,
        "generator": "make_fixtures.py, networkx " + nx.__version__,
        "nodes": list(nodes),
        "edges": edges,
        "simpleEdges": g.number_of_edges(),
        "network": network,
        "actors": actors,
    }
    with open(os.path.join(HERE, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, indent=1)
        f.write("\n")
    print(f"{name}: {g.number_of_nodes()} nodes, {len(edges)} ties, {g.number_of_edges()} edges")


def edge(s, t, directed=False, strength=3):
    return {"source": str(s), "target": str(t), "directed": directed, "strength": strength}


def with_random_strengths(pairs, directed, seed):
    rnd = random.Random(seed)
    return [edge(s, t, directed, rnd.randint(1, 5)) for s, t in pairs]


def main():
    karate = nx.karate_club_graph()
    fixture("karate", [str(v) for v in karate.nodes],
            with_random_strengths(karate.edges, False, 1),
            "Zachary's karate club, undirected")

    fixture("disconnected", list("abcdefghij"),
            [edge("a", "b", strength=1), edge("b", "c", strength=2), edge("c", "a", strength=3),
             edge("c", "j", strength=4),
             edge("d", "e", strength=5), edge("e", "f"), edge("f", "g")],
            "a triangle with a pendant, a path of four and two isolates (h, i)")

    fixture("directed", list("abcdefgh"),
            [edge("a", "b", True, 1), edge("b", "a", True, 2), edge("b", "c", True, 3),
             edge("c", "a", True, 4), edge("c", "d", True, 5), edge("e", "d", True, 1),
             edge("a", "e", True, 2), edge("e", "f", True, 3), edge("f", "e", True, 4),
             edge("g", "f", True, 5), edge("f", "c", True, 2)],
            "directed: reciprocal pairs a<->b and e<->f, one-way ties, dangling d, isolate h")

    fixture("multi_loop", list("abcdefg"),
            [edge("a", "b", strength=1), edge("a", "b", strength=2), edge("b", "a", True, 5),
             edge("b", "c", strength=3), edge("c", "c", strength=4), edge("c", "d", strength=2),
             edge("d", "a", strength=1), edge("b", "d", strength=5), edge("d", "b", strength=1),
             edge("e", "e", strength=3), edge("d", "f", strength=2)],
            "mixed directions (so undirected), parallel ties a-b and b-d, loops on c and on e "
            "(e has nothing else), isolate g")

    fixture("directed_multi_loop", list("abcdef"),
            [edge("a", "b", True, 1), edge("a", "b", True, 2), edge("b", "a", True, 3),
             edge("b", "b", True, 4), edge("b", "c", True, 5), edge("c", "d", True, 1),
             edge("d", "b", True, 2), edge("d", "d", True, 3), edge("e", "e", True, 4),
             edge("c", "a", True, 5)],
            "all directed, parallel a->b, loops on b, d and e (e has nothing else), isolate f")

    gnm = nx.gnm_random_graph(300, 900, seed=20240611)
    fixture("gnm_undirected", [str(v) for v in gnm.nodes],
            with_random_strengths(gnm.edges, False, 2),
            "nx.gnm_random_graph(300, 900, seed=20240611)")

    dgnm = nx.gnm_random_graph(300, 900, seed=20240612, directed=True)
    fixture("gnm_directed", [str(v) for v in dgnm.nodes],
            with_random_strengths(dgnm.edges, True, 3),
            "nx.gnm_random_graph(300, 900, seed=20240612, directed=True)")


if __name__ == "__main__":
    main()
