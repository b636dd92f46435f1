#!/usr/bin/env python3
"""Client check: the graph files load in the tools analysts use, with the right content.

usage: check_graph.py OUT_DIR   (OUT_DIR written by `dipgraph graph fixtures -o OUT_DIR`)

Loads graph.graphml with networkx.read_graphml and igraph.Graph.Read_GraphML, and
graph.json with networkx.node_link_graph, and asserts the seed people and their contact.
"""
import json
import sys
from pathlib import Path

import igraph
import networkx as nx

SEED_PEOPLE = ["abe-shinzo", "trump-donald", "kamikawa-yoko", "blinken-antony"]


def check_networkx(g, source):
    for p in SEED_PEOPLE:
        assert p in g, f"{source}: {p} missing"
        assert g.nodes[p]["kind"] == "person", f"{source}: {p} kind"
    assert g.nodes["abe-shinzo"]["label"] == "安倍晋三"
    assert g.nodes["abe-shinzo"]["country"] == "JP"
    edge = g.edges["abe-shinzo", "trump-donald"]
    assert edge["kind"] == "contact", edge
    assert isinstance(edge["weight"], int) and edge["weight"] >= 2, edge
    assert edge["first_date"] == "2020-05-08", edge
    assert g.edges["kamikawa-yoko", "blinken-antony"]["kind"] == "contact"
    assert g.edges["abe-shinzo", "JP"]["kind"] == "member_of"
    assert isinstance(g.nodes["abe-shinzo"]["articles"], int)


def main():
    out = Path(sys.argv[1])
    g = nx.read_graphml(out / "graph.graphml")
    assert not g.is_directed()
    check_networkx(g, "networkx read_graphml")
    assert isinstance(g.nodes["abe-shinzo"]["known"], bool)
    assert g.graph["article_count"] > 0

    ig = igraph.Graph.Read_GraphML(str(out / "graph.graphml"))
    ids = ig.vs["id"]
    for p in SEED_PEOPLE:
        assert p in ids, f"igraph: {p} missing"
    abe, trump = ids.index("abe-shinzo"), ids.index("trump-donald")
    eid = ig.get_eid(abe, trump)
    assert ig.es[eid]["kind"] == "contact"
    assert ig.es[eid]["weight"] >= 2
    assert ig.vs[abe]["label"] == "安倍晋三"

    data = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    try:
        gj = nx.node_link_graph(data, edges="links")
    except TypeError:  # networkx < 3.4
        gj = nx.node_link_graph(data)
    check_networkx(gj, "networkx node_link_graph")
    print(f"client check: networkx and igraph read {g.number_of_nodes()} nodes, {g.number_of_edges()} edges: ok")


if __name__ == "__main__":
    main()
