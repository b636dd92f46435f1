//! CSV for spreadsheets and pandas: `nodes.csv`, `edges.csv` and `events.csv`, UTF-8 with
//! a header row and RFC 4180 quoting (the `csv` crate). Columns are the typed attributes
//! shared with GraphML and GEXF; an absent value is an empty field; lists are `|`-separated.

use super::{EDGE_ATTRS, NODE_ATTRS, Value, edge_values, node_values};
use crate::events::Event;
use crate::graph::ContactGraph;
use std::io::{self, Write};

fn row(fixed: &[&str], values: Vec<Option<Value>>) -> Vec<String> {
    fixed
        .iter()
        .map(|s| s.to_string())
        .chain(values.into_iter().map(|v| v.map(|v| v.text()).unwrap_or_default()))
        .collect()
}

fn finish<W: Write>(w: csv::Writer<W>) -> io::Result<()> {
    w.into_inner().map_err(|e| e.into_error())?.flush()
}

/// `nodes.csv`: `id` and the node attributes.
pub fn write_nodes(g: &ContactGraph, out: &mut dyn Write) -> io::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(std::iter::once("id").chain(NODE_ATTRS.iter().map(|(n, _)| *n)))?;
    for n in g.graph.node_weights() {
        w.write_record(row(&[&n.id], node_values(n)))?;
    }
    finish(w)
}

/// `edges.csv`: `id`, `source`, `target` and the edge attributes.
pub fn write_edges(g: &ContactGraph, out: &mut dyn Write) -> io::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(["id", "source", "target"].into_iter().chain(EDGE_ATTRS.iter().map(|(n, _)| *n)))?;
    for e in g.graph.edge_weights() {
        w.write_record(row(&[&e.id, &e.source, &e.target], edge_values(e)))?;
    }
    finish(w)
}

/// `events.csv`: one row per selected event, with its sources.
pub fn write_events(events: &[Event], out: &mut dyn Write) -> io::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record([
        "id",
        "type",
        "status",
        "date",
        "duration_min",
        "people",
        "countries",
        "num_articles",
        "topics",
        "cameo",
        "plover",
        "plover_mode",
        "outlets",
        "urls",
        "files",
        "evidence",
    ])?;
    for e in events {
        let sources = |f: fn(&crate::events::Source) -> Option<&str>| {
            e.sources.iter().filter_map(f).collect::<Vec<_>>().join("|")
        };
        w.write_record([
            e.id.clone(),
            e.kind.as_str().to_string(),
            e.status.as_str().to_string(),
            e.date.map(|d| d.to_string()).unwrap_or_default(),
            e.duration_min.map(|d| d.to_string()).unwrap_or_default(),
            e.people.join("|"),
            e.countries.join("|"),
            e.num_articles.to_string(),
            e.topics.join("|"),
            e.cameo.to_string(),
            e.plover.to_string(),
            e.plover_mode.to_string(),
            sources(|s| Some(&s.outlet)),
            sources(|s| s.url.as_deref()),
            sources(|s| Some(&s.file)),
            e.evidence.clone(),
        ])?;
    }
    finish(w)
}
