#!/usr/bin/env python3
"""Writes networkx graphs as Gephi-style CSV pairs (Id/Label/... and Source/Target/Type/Id/Weight/...).

The product never runs this script; its output is committed and the tests read it. It uses the same graphs as
../make_fixtures.py (networkx 3.x, standard library csv module; no pandas):

    python3 src/test/resources/org/teixit/io/csv/make_csv_fixtures.py

writes networkx-partners.actors.csv / .ties.csv and networkx-karate.actors.csv / .ties.csv next to itself.
Edge ids are networkx's edge order, as nx.write_gexf numbers them, so the tests can compare with the GEXF.
"""
import csv
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from make_fixtures import karate, partners  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))


def write_pair(g, base):
    node_keys = []
    for _, data in g.nodes(data=True):
        for k in data:
            if k not in node_keys:
                node_keys.append(k)
    with open(os.path.join(HERE, base + ".actors.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Id"] + [k if k != "label" else "Label" for k in node_keys])
        for n, data in g.nodes(data=True):
            w.writerow([n] + [data.get(k, "") for k in node_keys])
    edge_keys = []
    for _, _, data in g.edges(data=True):
        for k in data:
            if k not in edge_keys:
                edge_keys.append(k)
    with open(os.path.join(HERE, base + ".ties.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Source", "Target", "Type", "Id"] + [k.capitalize() if k == "weight" else k for k in edge_keys])
        kind = "Directed" if g.is_directed() else "Undirected"
        for i, (u, v, data) in enumerate(g.edges(data=True)):
            w.writerow([u, v, kind, i] + [data.get(k, "") for k in edge_keys])


def main():
    write_pair(partners(), "networkx-partners")
    write_pair(karate(), "networkx-karate")


if __name__ == "__main__":
    main()
