//! JSON in networkx node-link form: `directed`, `multigraph`, `graph`, `nodes`, `links`.
//! D3's force layout reads `nodes` and `links` as they are. The node and edge objects are
//! shared with the Cytoscape.js export.

use super::{GRAPH_ATTRS, graph_values};
use crate::dates::When;
use crate::graph::{ContactGraph, Edge, Node};
use serde::Serialize;
use serde_json::{Map, Value, json};
use std::collections::{BTreeMap, BTreeSet};
use std::io::{self, Write};

/// A node as JSON: `id`, then its attributes (absent ones as null). Fields are in name
/// order, the order of a JSON object's keys in every export.
#[derive(Serialize)]
struct NodeJson<'g> {
    articles: u64,
    betweenness: f64,
    country: &'g Option<String>,
    dates: &'g BTreeSet<When>,
    events: u64,
    first_date: Option<&'g When>,
    id: &'g str,
    kind: &'static str,
    known: bool,
    label: &'g str,
    last_date: Option<&'g When>,
    role: &'g Option<String>,
    status: Option<&'static str>,
    #[serde(rename = "type")]
    contact_type: Option<&'static str>,
}

impl<'g> NodeJson<'g> {
    fn of(n: &'g Node) -> NodeJson<'g> {
        NodeJson {
            articles: n.articles,
            betweenness: n.betweenness,
            country: &n.country,
            dates: &n.dates,
            events: n.events,
            first_date: n.dates.first(),
            id: &n.id,
            kind: n.kind.as_str(),
            known: n.known,
            label: &n.label,
            last_date: n.dates.last(),
            role: &n.role,
            status: n.event.map(|(_, s)| s.as_str()),
            contact_type: n.event.map(|(t, _)| t.as_str()),
        }
    }
}

/// An edge as JSON: `id`, `source`, `target`, then its attributes (absent ones as null), in
/// name order.
#[derive(Serialize)]
struct EdgeJson<'g> {
    articles: &'g BTreeSet<String>,
    dates: &'g BTreeSet<When>,
    first_date: Option<When>,
    id: &'g str,
    kind: &'static str,
    last_date: Option<When>,
    num_articles: u64,
    source: &'g str,
    target: &'g str,
    types: &'g BTreeMap<String, u64>,
    weight: u64,
    years: &'g BTreeMap<String, u64>,
}

impl<'g> EdgeJson<'g> {
    fn of(e: &'g Edge) -> EdgeJson<'g> {
        EdgeJson {
            articles: &e.articles,
            dates: &e.dates,
            first_date: e.first_date(),
            id: &e.id,
            kind: e.kind.as_str(),
            last_date: e.last_date(),
            num_articles: e.num_articles,
            source: &e.source,
            target: &e.target,
            types: &e.types,
            weight: e.count,
            years: &e.years,
        }
    }
}

/// The fields of a value that serializes as a JSON object.
fn fields(value: impl Serialize) -> Map<String, Value> {
    match serde_json::to_value(value) {
        Ok(Value::Object(m)) => m,
        _ => unreachable!("nodes and edges serialize as objects"),
    }
}

/// A node's fields: `id`, then its attributes (absent ones as null).
pub fn node_fields(n: &Node) -> Map<String, Value> {
    fields(NodeJson::of(n))
}

/// An edge's fields: `id`, `source`, `target`, then its attributes (absent ones as null).
pub fn edge_fields(e: &Edge) -> Map<String, Value> {
    fields(EdgeJson::of(e))
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

/// The whole node-link document, serialized as it goes.
#[derive(Serialize)]
struct NodeLink<'g> {
    directed: bool,
    graph: Map<String, Value>,
    links: Vec<EdgeJson<'g>>,
    multigraph: bool,
    nodes: Vec<NodeJson<'g>>,
}

/// The graph as a node-link document.
fn document(g: &ContactGraph) -> NodeLink<'_> {
    NodeLink {
        directed: false,
        graph: graph_fields(g),
        links: g.graph.edge_weights().map(EdgeJson::of).collect(),
        multigraph: g.is_multigraph(),
        nodes: g.graph.node_weights().map(NodeJson::of).collect(),
    }
}

/// Writes the node-link JSON, pretty-printed.
pub fn write(g: &ContactGraph, out: &mut dyn Write) -> io::Result<()> {
    let mut out = super::buffered(out);
    serde_json::to_writer_pretty(&mut out, &document(g))?;
    out.write_all(b"\n")?;
    out.flush()
}
