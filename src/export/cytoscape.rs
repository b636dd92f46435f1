//! Cytoscape.js elements JSON (`.cyjs`): `{"data": {…}, "elements": {"nodes": [{"data":
//! …}], "edges": [{"data": …}]}}`, as `cy.json()` writes it and Cytoscape desktop imports
//! it. Fields are those of the node-link export, with absent values left out.

use super::json::{edge_fields, graph_fields, node_fields};
use crate::graph::ContactGraph;
use serde_json::{Map, Value, json};
use std::io::{self, Write};

fn element(mut fields: Map<String, Value>) -> Value {
    fields.retain(|_, v| !v.is_null());
    json!({ "data": fields })
}

/// The graph as Cytoscape.js elements.
pub fn elements(g: &ContactGraph) -> Value {
    let nodes: Vec<Value> = g.graph.node_weights().map(|n| element(node_fields(n))).collect();
    let edges: Vec<Value> = g.graph.edge_weights().map(|e| element(edge_fields(e))).collect();
    let mut data = graph_fields(g);
    data.retain(|_, v| !v.is_null());
    json!({ "data": data, "elements": { "nodes": nodes, "edges": edges } })
}

/// Writes the Cytoscape.js JSON, pretty-printed.
pub fn write(g: &ContactGraph, out: &mut dyn Write) -> io::Result<()> {
    let mut out = super::buffered(out);
    serde_json::to_writer_pretty(&mut out, &elements(g))?;
    out.write_all(b"\n")?;
    out.flush()
}
