#!/usr/bin/env python3
"""Client check: every export loads in the tool analysts use, with the right content.

usage: check_graph.py PERSON_DIR COUNTRY_DIR EVENTS_DIR [STATS_JSON]
  written by `dipgraph graph fixtures --format graphml,gexf,json,cytoscape,csv -o DIR`
  with no shape flag, with `--level country` and with `--events-as-nodes`; STATS_JSON by
  `dipgraph stats --from PERSON_DIR --json --top 1000`.

GraphML with networkx and python-igraph (attribute types as declared), GEXF with networkx
read_gexf (dynamic spells; the XSD check is xmllint's, in .ci/run), node-link JSON with
networkx, CSV with pandas; ids must be the same in every format. Cytoscape.js is checked
by check_cytoscape.mjs.
"""
import json
import sys
from collections import Counter
from pathlib import Path

import igraph
import networkx as nx
import pandas as pd

SEED_PEOPLE = ["abe-shinzo", "trump-donald", "kamikawa-yoko", "blinken-antony"]


def events_of(out):
    lines = (out / "events.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def node_link(out):
    data = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    try:
        return data, nx.node_link_graph(data, edges="links")
    except TypeError:  # networkx < 3.4
        return data, nx.node_link_graph(data)


def edge_ids(g):
    return sorted(d["id"] for _, _, d in g.edges(data=True))


def check_person_content(g, source):
    for p in SEED_PEOPLE:
        assert p in g, f"{source}: {p} missing"
        assert g.nodes[p]["kind"] == "person", f"{source}: {p} kind"
    assert g.nodes["abe-shinzo"]["label"] == "安倍晋三"
    assert g.nodes["abe-shinzo"]["country"] == "JP"
    edge = g.edges["abe-shinzo", "trump-donald"]
    assert edge["kind"] == "contact", edge
    assert edge["weight"] >= 2, edge
    # The meeting of 2016 VOA recalls by its year, then the calls of 2020.
    assert edge["first_date"] == "2016", edge
    assert g.edges["kamikawa-yoko", "blinken-antony"]["kind"] == "contact"
    assert g.edges["abe-shinzo", "JP"]["kind"] == "member_of"


def check_types(attrs, expected, source):
    for name, ty in expected.items():
        assert isinstance(attrs[name], ty), f"{source}: {name} is {type(attrs[name]).__name__}, not {ty.__name__}"


def check_betweenness(g, kind, source):
    """Betweenness is networkx's over the contact graph: the edges of `kind` and their ends."""
    contact = g.edge_subgraph([(a, b) for a, b, k in g.edges(data="kind") if k == kind])
    expected = nx.betweenness_centrality(contact, normalized=True)
    for n, d in g.nodes(data=True):
        assert abs(d["betweenness"] - expected.get(n, 0.0)) < 1e-6, (source, n, d["betweenness"], expected.get(n))
    return expected


def check_stats(person, country, stats):
    """`stats --json` ranks people and countries by the betweenness of the exports."""
    report = json.loads(stats.read_text(encoding="utf-8"))
    for rows, out, kind in (("people_by_betweenness", person, "person"), ("countries_by_betweenness", country, "country")):
        g = nx.read_graphml(out / "graph.graphml")
        expected = check_betweenness(g, "contact", out.name)
        assert report[rows], rows
        for r in report[rows]:
            # The country ranking holds the organisations that are sides as well.
            assert g.nodes[r["id"]]["kind"] in ({kind} if kind == "person" else {kind, "organization"}), r
            assert abs(r["betweenness"] - expected.get(r["id"], 0.0)) < 1e-6, (rows, r, expected.get(r["id"]))
    print(f"client check: stats betweenness equals networkx's over the contact graphs: ok")


def spell(date):
    """The spell of an event date: a day, or the whole month or year the date names."""
    if len(date) == 4:
        return (f"{date}-01-01", f"{date}-12-31")
    if len(date) == 7:
        start = pd.Timestamp(f"{date}-01")
        return (start.strftime("%Y-%m-%d"), (start + pd.offsets.MonthEnd(0)).strftime("%Y-%m-%d"))
    return (date, date)


def check_person(out):
    events = events_of(out)
    g = nx.read_graphml(out / "graph.graphml")
    assert not g.is_directed()
    check_person_content(g, "networkx read_graphml")
    check_types(g.nodes["abe-shinzo"], {"label": str, "articles": int, "known": bool, "betweenness": float}, "graphml")
    check_types(g.edges["abe-shinzo", "trump-donald"], {"weight": int, "types": str, "num_articles": int}, "graphml")
    check_types(g.graph, {"article_count": int, "events_as_nodes": bool, "dipgraph_version": str}, "graphml")
    assert g.graph["level"] == "person" and g.graph["event_count"] == len(events)
    assert "fixtures" in g.graph["sources"]

    # Contact weights are event counts; betweenness is networkx's over the contact edges.
    pairs = Counter()
    for e in events:
        people = sorted(set(e["people"]))
        pairs.update((a, b) for i, a in enumerate(people) for b in people[i + 1:])
    for a, b, d in g.edges(data=True):
        if d["kind"] == "contact":
            assert d["weight"] == pairs[tuple(sorted((a, b)))], (a, b, d)
            assert d["num_articles"] == len(d["articles"].split("|")), (a, b, d)
    assert sum(pairs.values()) == sum(d["weight"] for *_, d in g.edges(data=True) if d["kind"] == "contact")
    check_betweenness(g, "contact", out.name)

    # igraph: numeric attributes come back as floats holding the declared ints.
    ig = igraph.Graph.Read_GraphML(str(out / "graph.graphml"))
    ids = ig.vs["id"]
    assert sorted(ids) == sorted(g.nodes)
    abe, trump = ids.index("abe-shinzo"), ids.index("trump-donald")
    e = ig.es[ig.get_eid(abe, trump)]
    assert e["kind"] == "contact" and e["weight"] == g.edges["abe-shinzo", "trump-donald"]["weight"]
    v = ig.vs[abe]
    assert v["label"] == "安倍晋三" and isinstance(v["label"], str)
    assert isinstance(v["known"], bool) and v["known"] is True
    assert isinstance(v["articles"], float) and v["articles"] == g.nodes["abe-shinzo"]["articles"]
    assert isinstance(v["betweenness"], float) and abs(v["betweenness"] - g.nodes["abe-shinzo"]["betweenness"]) < 1e-9

    # GEXF: dynamic, with one spell per event day on nodes and contact edges.
    gx = nx.read_gexf(out / "graph.gexf")
    assert gx.graph["mode"] == "dynamic", gx.graph
    assert sorted(gx.nodes) == sorted(g.nodes) and edge_ids(gx) == edge_ids(g)
    check_person_content(gx, "networkx read_gexf")
    check_types(gx.nodes["abe-shinzo"], {"articles": int, "known": bool, "betweenness": float, "label": str}, "gexf")
    call = gx.edges["abe-shinzo", "trump-donald"]
    dates = {e["date"] for e in events if e["date"] and {"abe-shinzo", "trump-donald"} <= set(e["people"])}
    assert sorted(tuple(s) for s in call["spells"]) == sorted(spell(d) for d in dates), (call["spells"], dates)
    assert ("2020-08-31", "2020-08-31") in gx.nodes["abe-shinzo"]["spells"]
    spells = [spell(e["date"]) for e in events if e["date"]]
    assert (gx.graph["start"], gx.graph["end"]) == (min(s for s, _ in spells), max(t for _, t in spells))

    # node-link JSON.
    data, gj = node_link(out)
    assert data["multigraph"] is False
    check_person_content(gj, "networkx node_link_graph")
    assert sorted(gj.nodes) == sorted(g.nodes) and edge_ids(gj) == edge_ids(g)
    assert gj.edges["abe-shinzo", "trump-donald"]["types"]["phone"] >= 2

    # CSV with pandas.
    nodes = pd.read_csv(out / "nodes.csv", keep_default_na=False, na_values=[""])
    edges = pd.read_csv(out / "edges.csv", keep_default_na=False, na_values=[""])
    ev = pd.read_csv(out / "events.csv", keep_default_na=False, na_values=[""])
    assert sorted(nodes["id"]) == sorted(g.nodes) and sorted(edges["id"]) == edge_ids(g)
    assert str(nodes["articles"].dtype) == "int64" and str(nodes["known"].dtype) == "bool"
    assert str(nodes["betweenness"].dtype) == "float64" and str(edges["weight"].dtype) == "int64"
    row = edges.set_index("id").loc["contact:abe-shinzo--trump-donald"]
    assert row["weight"] == call["weight"] and row["types"] == g.edges["abe-shinzo", "trump-donald"]["types"]
    assert list(ev["id"]) == [e["id"] for e in events]
    first = ev.iloc[0]
    assert first["num_articles"] == events[0]["num_articles"] and first["evidence"] == events[0]["evidence"]
    print(f"client check: person graph read by networkx, igraph, read_gexf, pandas ({len(g)} nodes, {g.number_of_edges()} edges): ok")


def check_country(out):
    events = events_of(out)
    g = nx.read_graphml(out / "graph.graphml")
    assert g.graph["level"] == "country"
    # Countries, and the international organisations that are sides of a contact.
    sides = {o for e in events for o in e.get("organizations", [])}
    for n, d in g.nodes(data=True):
        assert d["kind"] == "country" or (d["kind"] == "organization" and n in sides), (n, d)
    jp_us = [e for e in events if {"JP", "US"} <= set(e["countries"])]
    edge = g.edges["JP", "US"]
    assert edge["weight"] == len(jp_us), (edge, len(jp_us))
    years = Counter(e["date"][:4] for e in jp_us if e["date"])
    check_betweenness(g, "contact", out.name)
    assert edge["years"] == ",".join(f"{y}:{n}" for y, n in sorted(years.items())), edge
    gx = nx.read_gexf(out / "graph.gexf")
    assert sorted(gx.nodes) == sorted(g.nodes) and edge_ids(gx) == edge_ids(g)
    _, gj = node_link(out)
    assert gj.edges["JP", "US"]["years"] == {y: n for y, n in years.items()}
    print(f"client check: country graph ({len(g)} countries, JP–US {edge['weight']} events): ok")


def check_events(out):
    events = events_of(out)
    g = nx.read_graphml(out / "graph.graphml")
    assert g.graph["events_as_nodes"] is True
    assert nx.is_bipartite(g)
    event_nodes = {n for n, d in g.nodes(data=True) if d["kind"] == "event"}
    assert event_nodes == {e["id"] for e in events}
    check_betweenness(g, "participant", out.name)
    for e in events:
        assert set(g.neighbors(e["id"])) == set(e["people"]) | set(e["countries"]), e["id"]
        assert g.nodes[e["id"]]["type"] == e["type"] and g.nodes[e["id"]]["status"] == e["status"]
    multilateral = [e for e in events if len(e["people"]) > 2]
    gx = nx.read_gexf(out / "graph.gexf")
    assert nx.is_bipartite(gx) and sorted(gx.nodes) == sorted(g.nodes)
    print(f"client check: events-as-nodes graph ({len(event_nodes)} events, {len(multilateral)} with 3+ people): ok")


def main():
    person, country, events = map(Path, sys.argv[1:4])
    check_person(person)
    check_country(country)
    check_events(events)
    if len(sys.argv) > 4:
        check_stats(person, country, Path(sys.argv[4]))


if __name__ == "__main__":
    main()
