#!/usr/bin/env python3
"""Regenerates the networkx-written GEXF and GraphML test fixtures of Teixit.

The product never runs this script: the files it writes are committed, and the tests only read them.
Run it from anywhere with a networkx that writes GEXF 1.3 (networkx 3.x):

    python3 src/test/resources/org/teixit/io/make_fixtures.py

It writes, next to itself:
    gexf/networkx-karate-1.2draft.gexf   Zachary's karate club, 'club' attribute, circle positions
    gexf/networkx-karate-1.3.gexf        the same in GEXF 1.3
    gexf/networkx-partners-1.2draft.gexf a small directed, weighted graph with CSER 'dimensions'
    gexf/networkx-partners-1.3.gexf      the same in GEXF 1.3
    graphml/networkx-karate.graphml      the karate club with x/y node attributes
    graphml/networkx-partners.graphml    the small directed graph

Positions are computed with plain math (no numpy, no random layout) so the output is stable.

The other fixtures here are not made by this script:
    gexf/gephi-0.10-style.gexf, graphml/yed-groups.graphml   hand-written after Gephi 0.10 and yEd 3.x output
    gexf/gephi-toolkit-0.10.1.gexf, graphml/gephi-toolkit-0.10.1.graphml   written by MakeGephiFixtures.java
"""
import math
import os
import sys

import networkx as nx
from networkx.readwrite.gexf import GEXF

HERE = os.path.dirname(os.path.abspath(__file__))


def karate():
    g = nx.karate_club_graph()
    g.graph["name"] = "Zachary's Karate Club"
    n = g.number_of_nodes()
    for i in g.nodes:
        angle = 2 * math.pi * i / n
        g.nodes[i]["x"] = round(100 * math.cos(angle), 3)
        g.nodes[i]["y"] = round(100 * math.sin(angle), 3)
    return g


def with_viz(g):
    """GEXF keeps positions in viz:position, not as attributes."""
    h = g.copy()
    for i, data in h.nodes(data=True):
        if "x" in data:
            data["viz"] = {"position": {"x": data.pop("x"), "y": data.pop("y"), "z": 0.0}}
    return h


def partners():
    g = nx.DiGraph(name="Xarxa educativa del Poble-sec")
    g.add_node("escola", label="Escola Sant Jordi", kind="institution", setting="school", x=0.0, y=0.0)
    g.add_node("ampa", label="AFA de l'escola", kind="group", setting="family", x=-50.5, y=20.25)
    g.add_node("ajuntament", label="Ajuntament", kind="institution", setting="administration", x=40.0, y=60.0)
    g.add_node("biblioteca", label="Biblioteca Francesc Candel", kind="organisation", setting="community",
               x=80.0, y=-30.0)
    g.add_node("casal", label="Casal de Joves", kind="organisation", setting="community", members=120)
    g.add_edge("escola", "ampa", weight=4, kind="collaboration", dimensions="collective;governance",
               stage="strategic")
    g.add_edge("ampa", "escola", weight=2, kind="information", dimensions="communication")
    g.add_edge("ajuntament", "escola", weight=0.5, kind="resources", dimensions="Governance")
    g.add_edge("biblioteca", "escola", weight=3.5, kind="support",
               dimensions="funds, Orientation, social support and personalization", stage="complementary")
    g.add_edge("casal", "biblioteca", weight=12, kind="collaboration", dimensions="")
    return g


def main():
    if "1.3" not in GEXF.versions:
        sys.exit("this networkx (%s) cannot write GEXF 1.3; use networkx 3.x" % nx.__version__)
    k = karate()
    p = partners()
    for version in ("1.2draft", "1.3"):
        nx.write_gexf(with_viz(k), os.path.join(HERE, "gexf", "networkx-karate-%s.gexf" % version),
                      version=version)
        nx.write_gexf(with_viz(p), os.path.join(HERE, "gexf", "networkx-partners-%s.gexf" % version),
                      version=version)
    nx.write_graphml(k, os.path.join(HERE, "graphml", "networkx-karate.graphml"))
    nx.write_graphml(p, os.path.join(HERE, "graphml", "networkx-partners.graphml"))
    print("fixtures written with networkx", nx.__version__)


if __name__ == "__main__":
    main()
