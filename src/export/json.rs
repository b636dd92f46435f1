//! JSON in networkx node-link form: `directed`, `multigraph`, `graph`, `nodes`, `links`.
//! D3's force layout reads `nodes` and `links` as they are. The node and edge objects are
//! shared with the Cytoscape.js export.

use super::{GRAPH_ATTRS, graph_values};
use crate::graph::{ContactGraph, Edge, Node};
use serde_json::{Map, Value, json};
use std::io::{self, Write};

/// A node's fields: `id`, then its attributes (absent ones as null).
pub fn node_fields(n: &Node) -> Map<String, Value> {
    let v = json!({
        "id": n.id, "kind": n.kind.as_str(), "label": n.label, "country": n.country,
        "role": n.role, "articles": n.articles, "known": n.known, "events": n.events,
        "first_date": n.dates.first(), "last_date": n.dates.last(), "dates": n.dates,
        "betweenness": n.betweenness,
        "type": n.event.map(|(t, _)| t.as_str()), "status": n.event.map(|(_, s)| s.as_str()),
    });
    match v {
        Value::Object(m) => m,
        _ => unreachable!("json! of an object literal"),
    }
}

/// An edge's fields: `id`, `source`, `target`, then its attributes (absent ones as null).
pub fn edge_fields(e: &Edge) -> Map<String, Value> {
    let v = json!({
        "id": e.id, "source": e.source, "target": e.target,
        "kind": e.kind.as_str(), "weight": e.count, "types": e.types, "years": e.years,
        "first_date": e.first_date(), "last_date": e.last_date(), "dates": e.dates,
        "num_articles": e.num_articles, "articles": e.articles,
    });
    match v {
        Value::Object(m) => m,
        _ => unreachable!("json! of an object literal"),
    }
}

/// The graph attributes as a JSON object (absent ones as null).
pub fn graph_fields(g: &ContactGraph) -> Map<String, Value> {
    GRAPH_ATTRS
        .iter()
        .zip(graph_values(g))
        .map(|((name, _), v)| {
            let v = match v {
                None => Value::Null,
                Some(super::Value::Str(s)) => json!(s),
                Some(super::Value::Int(n)) => json!(n),
                Some(super::Value::Float(x)) => json!(x),
                Some(super::Value::Bool(b)) => json!(b),
            };
            (name.to_string(), v)
        })
        .collect()
}

/// The graph as a node-link JSON value.
pub fn node_link(g: &ContactGraph) -> Value {
    let nodes: Vec<Value> = g.graph.node_weights().map(|n| Value::Object(node_fields(n))).collect();
    let links: Vec<Value> = g.graph.edge_weights().map(|e| Value::Object(edge_fields(e))).collect();
    json!({
        "directed": false,
        "multigraph": g.is_multigraph(),
        "graph": graph_fields(g),
        "nodes": nodes,
        "links": links,
    })
}

/// Writes the node-link JSON, pretty-printed.
pub fn write(g: &ContactGraph, out: &mut dyn Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &node_link(g))?;
    out.write_all(b"\n")
}
