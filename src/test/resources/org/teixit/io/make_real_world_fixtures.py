#!/usr/bin/env python3
"""Regenerates the igraph- and networkx-multigraph-written GraphML fixtures of Teixit's importer audit.

The product never runs this script: the files it writes are committed, and the tests only read them.
It needs python3-igraph and python3-networkx (Debian's packages: run it with /usr/bin/python3):

    /usr/bin/python3 src/test/resources/org/teixit/io/make_real_world_fixtures.py

It writes, next to itself:
    graphml/igraph-directed.graphml     igraph's write_graphml: "name", numeric and string vertex
                                        attributes (a NaN is left out, None is written "None"), edges
                                        without ids, weights 1, 2.5, 3, none and 10, a loop, a parallel edge
    graphml/igraph-undirected.graphml   the same graph made undirected
    graphml/networkx-multigraph.graphml a networkx MultiGraph: edge ids are the edge keys, so "0" repeats
                                        across node pairs

The other fixtures of the audit are hand-written after the programs' real output:
    graphml/yed-shapes.graphml     yEd 3.x: SVG, generic (two labels), UML nodes, a folder with a
                                   nested group, arc and bezier edges, CDATA descriptions, resources
    graphml/graph-tool-style.graphml  graph-tool's writer (boost graphml.hpp as graph-tool patches it):
                                   key0…, parse.* attributes, doubles as C99 hex floats ("0x1.8p+1")
    gexf/gephi-dynamic.gexf        Gephi 0.10 dynamic GEXF 1.3: dates, spells, dynamic attvalues and
                                   weights, nested nodes with pid, viz colours with alpha, 1E1 weights
    csv/excel-es-semicolon.*.csv  Excel (Spanish/Catalan locale) "CSV": BOM, ";", CRLF, decimal
                                   commas, a quoted line break, blank lines at the end
"""
import os

import igraph as ig
import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))


def igraph_files():
    g = ig.Graph(directed=True)
    g.add_vertices(4)
    g.vs["name"] = ["Escola", "AFA", "Ajuntament", "Biblioteca"]
    g.vs["members"] = [300, 40, 12, 3]
    g.vs["ratio"] = [0.5, 1.25, float("nan"), 2.0]
    g.vs["kind"] = ["institution", "group", "institution", None]
    g.add_edges([(0, 1), (1, 2), (2, 0), (3, 3), (0, 1)])
    g.es["weight"] = [1.0, 2.5, 3, float("nan"), 10]
    g.es["label"] = ["support", "collaboration", None, "loop", "support"]
    g["name"] = "Xarxa igraph"
    g.write_graphml(os.path.join(HERE, "graphml", "igraph-directed.graphml"))
    g.as_undirected(mode="each").write_graphml(os.path.join(HERE, "graphml", "igraph-undirected.graphml"))


def networkx_multigraph():
    m = nx.MultiGraph(name="Multigraf")
    m.add_edge("escola", "afa", weight=2)
    m.add_edge("escola", "afa", weight=4)
    m.add_edge("afa", "ajuntament")
    m.add_edge("ajuntament", "escola")
    m.add_edge("ajuntament", "ajuntament")
    nx.write_graphml(m, os.path.join(HERE, "graphml", "networkx-multigraph.graphml"))


def main():
    igraph_files()
    networkx_multigraph()


if __name__ == "__main__":
    main()
