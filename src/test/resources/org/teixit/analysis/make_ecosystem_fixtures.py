#!/usr/bin/env python3
"""Writes the networkx reference fixtures that EcosystemFixturesTest compares the ecosystem measures with.

Run from anywhere:  python3 make_ecosystem_fixtures.py   (writes ecosystem_*.json next to this script)

Each fixture holds a map as Teixit would have it -- actors with a setting, ties with a kind, CSER
dimensions, a direction flag and a strength (ties may repeat and loop) -- and what networkx (or, where
networkx has no such function, a brute-force definition written out below) says about it, computed the
way the package javadoc of org.teixit.analysis.ecosystem describes:

* densityByDimension / densityByKind: nx.density of the graph of only the ties in that dimension (of that
  kind) over all actors; nx.DiGraph when every tie of the map is directed, else nx.Graph; parallel ties
  collapse, self-loops count as edges (as nx.density counts them);
* coreNumber: nx.core_number of the simple undirected graph without self-loops;
* components, articulationPoints, bridges: on the undirected graph of all ties; bridges on the
  nx.MultiGraph without self-loops, so a pair tied twice is never a bridge;
* louvain: nx.community.louvain_communities(seed=LOUVAIN_SEED) on the simple undirected graph without
  self-loops, and the nx.community.modularity of that partition; the Java side must find a partition
  whose modularity is at least this minus 0.02;
* brokerage: Gould-Fernandez roles with settings as groups, by brute force over every two-path
  a -> v -> c (a != c, no arc a -> c) of the directed graph in which an undirected tie is an arc both ways
  and self-loops are dropped (as the R sna package's brokerage() counts them);
* eiIndex: per setting with actors, (E - I) / (E + I) over the distinct pairs of the simple undirected graph
  without self-loops: E pairs with one end in the setting, I pairs with both; null when E + I = 0.

The Java product never runs this script; only the committed JSON is read by the tests.
"""
import itertools
import json
import os
import random

import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))
DIMENSIONS = ["orientation", "funds", "collective", "governance", "communication"]
KINDS = ["collaboration", "information", "support", "trust", "resources"]
SETTINGS = ["family", "school", "community", "associations", "administration", "digital"]
LOUVAIN_SEED = 42


def is_directed_map(edges):
    return len(edges) > 0 and all(e["directed"] for e in edges)


def simple_graph(nodes, edges, directed):
    g = nx.DiGraph() if directed else nx.Graph()
    g.add_nodes_from(nodes)
    g.add_edges_from((e["source"], e["target"]) for e in edges)
    return g


def undirected_without_loops(nodes, edges):
    g = nx.Graph()
    g.add_nodes_from(nodes)
    g.add_edges_from((e["source"], e["target"]) for e in edges if e["source"] != e["target"])
    return g


def brokerage(nodes, edges, setting):
    arcs = set()
    for e in edges:
        s, t = e["source"], e["target"]
        if s == t:
            continue
        arcs.add((s, t))
        if not e["directed"]:
            arcs.add((t, s))
    out = {v: [] for v in nodes}
    inn = {v: [] for v in nodes}
    for s, t in arcs:
        out[s].append(t)
        inn[t].append(s)
    roles = {v: {"coordinator": 0, "gatekeeper": 0, "representative": 0, "consultant": 0, "liaison": 0}
             for v in nodes}
    for v in nodes:
        for a in inn[v]:
            for c in out[v]:
                if a == c or (a, c) in arcs:
                    continue
                ga, gv, gc = setting[a], setting[v], setting[c]
                if ga == gv == gc:
                    role = "coordinator"
                elif ga == gc:
                    role = "consultant"
                elif gv == gc:
                    role = "gatekeeper"
                elif ga == gv:
                    role = "representative"
                else:
                    role = "liaison"
                roles[v][role] += 1
    return roles


def ei_index(nodes, edges, setting):
    g = undirected_without_loops(nodes, edges)
    result = {}
    for s in sorted({setting[v] for v in nodes if setting[v]}):
        internal = external = 0
        for u, v in g.edges():
            inside = (setting[u] == s) + (setting[v] == s)
            if inside == 2:
                internal += 1
            elif inside == 1:
                external += 1
        total = internal + external
        result[s] = None if total == 0 else (external - internal) / total
    return result


def fixture(name, actors, edges, note):
    nodes = [a["id"] for a in actors]
    setting = {a["id"]: a["setting"] for a in actors}
    directed = is_directed_map(edges)
    density_by_dimension = {
        d: nx.density(simple_graph(nodes, [e for e in edges if d in e["dimensions"]], directed))
        for d in DIMENSIONS}
    kinds = sorted({e["kind"] for e in edges if e["kind"]})
    density_by_kind = {
        k: nx.density(simple_graph(nodes, [e for e in edges if e["kind"] == k], directed)) for k in kinds}
    und = undirected_without_loops(nodes, edges)
    multi = nx.MultiGraph()
    multi.add_nodes_from(nodes)
    multi.add_edges_from((e["source"], e["target"]) for e in edges if e["source"] != e["target"])
    communities = nx.community.louvain_communities(und, seed=LOUVAIN_SEED)
    doc = {
        "name": name,
        "note": note,
        "generator": "make_ecosystem_fixtures.py, networkx " + nx.__version__,
        "actors": actors,
        "edges": edges,
        "directed": directed,
        "densityByDimension": density_by_dimension,
        "densityByKind": density_by_kind,
        "coreNumber": nx.core_number(und),
        "components": nx.number_connected_components(und),
        "articulationPoints": sorted(nx.articulation_points(und)),
        "bridges": sorted(sorted(b) for b in nx.bridges(multi)),
        "louvain": {
            "seed": LOUVAIN_SEED,
            "communities": sorted(sorted(c) for c in communities),
            "modularity": nx.community.modularity(und, communities),
        },
        "brokerage": brokerage(nodes, edges, setting),
        "eiIndex": ei_index(nodes, edges, setting),
    }
    with open(os.path.join(HERE, "ecosystem_" + name + ".json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, indent=1, sort_keys=False)
        f.write("\n")
    print(f"{name}: {len(nodes)} actors, {len(edges)} ties, directed={directed}, "
          f"louvain modularity {doc['louvain']['modularity']:.4f} ({len(communities)} communities)")


def edge(s, t, directed, kind, dimensions, strength=3):
    return {"source": str(s), "target": str(t), "directed": directed, "kind": kind,
            "dimensions": list(dimensions), "strength": strength}


def random_tags(rnd, pairs, directed_share):
    out = []
    for s, t in pairs:
        dims = rnd.sample(DIMENSIONS, rnd.randint(0, 3))
        dims.sort(key=DIMENSIONS.index)
        kind = rnd.choice(KINDS + [""])
        out.append(edge(s, t, rnd.random() < directed_share, kind, dims, rnd.randint(1, 5)))
    return out


def main():
    rnd = random.Random(20240611)

    karate = nx.karate_club_graph()
    actors = [{"id": str(v), "setting": "family" if karate.nodes[v]["club"] == "Mr. Hi" else "school"}
              for v in karate.nodes]
    fixture("karate", actors, random_tags(rnd, [(str(u), str(v)) for u, v in karate.edges], 0.0),
            "Zachary's karate club, undirected; the two clubs as settings family and school")

    sizes = [30] * 8
    planted = nx.random_partition_graph(sizes, 0.3, 0.01, seed=7)
    actors = [{"id": str(v), "setting": SETTINGS[(v // 30) % len(SETTINGS)]} for v in planted.nodes]
    fixture("planted", actors, random_tags(rnd, [(str(u), str(v)) for u, v in planted.edges], 0.0),
            "nx.random_partition_graph([30] * 8, 0.3, 0.01, seed=7): eight planted groups")

    gnm = nx.gnm_random_graph(300, 900, seed=20240611)
    actors = [{"id": str(v), "setting": rnd.choice(SETTINGS + [""])} for v in gnm.nodes]
    fixture("gnm", actors, random_tags(rnd, [(str(u), str(v)) for u, v in gnm.edges], 0.0),
            "nx.gnm_random_graph(300, 900, seed=20240611); some actors have no setting")

    # Mixed: some directed ties (so measured undirected), parallel ties, loops, isolates, pendants,
    # a chain of bridges and separate components.
    nodes = [f"m{i}" for i in range(60)]
    actors = [{"id": v, "setting": rnd.choice(SETTINGS)} for v in nodes]
    pairs = []
    for _ in range(110):
        s, t = rnd.sample(nodes[:45], 2)
        pairs.append((s, t))
    pairs += [("m45", "m46"), ("m46", "m47"), ("m47", "m48"), ("m48", "m45"), ("m44", "m49"),
              ("m49", "m50"), ("m50", "m51"), ("m52", "m53"), ("m53", "m54"), ("m54", "m52"),
              ("m55", "m56"), ("m3", "m3"), ("m52", "m52")]
    pairs += [pairs[0], pairs[1], (pairs[2][1], pairs[2][0])]
    fixture("mixed", actors, random_tags(rnd, pairs, 0.4),
            "mixed directions, repeats, loops, a pendant chain m44-m49-m50-m51, separate parts, "
            "isolates m57..m59")

    nodes = [f"d{i}" for i in range(80)]
    actors = [{"id": v, "setting": rnd.choice(SETTINGS[:4])} for v in nodes]
    pairs = [tuple(rnd.sample(nodes, 2)) for _ in range(260)] + [("d5", "d5")]
    fixture("directed", actors, random_tags(rnd, pairs, 1.0),
            "every tie directed (measured as nx.DiGraph), random, one loop")


if __name__ == "__main__":
    main()
