//! JSON in networkx node-link form: `directed`, `multigraph`, `graph`, `nodes`, `links`.

use crate::graph::ContactGraph;
use petgraph::visit::EdgeRef;
use serde_json::{Value, json};
use std::io::{self, Write};

/// The graph as a node-link JSON value.
pub fn node_link(g: &ContactGraph) -> Value {
    let graph = &g.graph;
    let nodes: Vec<Value> = graph
        .node_indices()
        .map(|i| {
            let n = &graph[i];
            json!({
                "id": n.id, "kind": n.kind.as_str(), "label": n.label, "country": n.country,
                "role": n.role, "articles": n.articles, "known": n.known,
            })
        })
        .collect();
    let links: Vec<Value> = graph
        .edge_references()
        .map(|e| {
            let w = e.weight();
            json!({
                "source": graph[e.source()].id, "target": graph[e.target()].id,
                "kind": w.kind.as_str(), "weight": w.count, "types": w.types,
                "first_date": w.first_date, "last_date": w.last_date,
                "num_articles": w.num_articles, "articles": w.articles,
            })
        })
        .collect();
    json!({
        "directed": false,
        "multigraph": false,
        "graph": {
            "dipgraph_version": env!("CARGO_PKG_VERSION"),
            "article_count": g.article_count,
            "first_date": g.first_date,
            "last_date": g.last_date,
        },
        "nodes": nodes,
        "links": links,
    })
}

/// Writes the node-link JSON, pretty-printed.
pub fn write(g: &ContactGraph, out: &mut dyn Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &node_link(g))?;
    out.write_all(b"\n")
}
