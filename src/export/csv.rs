//! CSV for spreadsheets and pandas: `nodes.csv`, `edges.csv` and `events.csv`, UTF-8 with
//! a header row and RFC 4180 quoting (the `csv` crate). Columns are the typed attributes
//! shared with GraphML and GEXF; an absent value is an empty field; lists are `|`-separated.
//! A text cell that a spreadsheet would read as a formula (one that starts with `=`, `+`,
//! `-`, `@`, a tab or a carriage return, as OWASP lists them) is written with a `'` before
//! it ([`text_cell`]); numbers are written as they are.

use super::{EDGE_ATTRS, NODE_ATTRS, Value, edge_values, node_values};
use crate::events::Event;
use crate::graph::ContactGraph;
use std::io::{self, Write};

fn row(fixed: &[&str], values: Vec<Option<Value>>) -> Vec<String> {
    fixed
        .iter()
        .map(|s| text_cell(s.to_string()))
        .chain(values.into_iter().map(|v| match v {
            Some(Value::Str(s)) => text_cell(s),
            Some(v) => v.text(),
            None => String::new(),
        }))
        .collect()
}

/// A text cell as written: with a `'` before it when a spreadsheet would read it as a
/// formula (it starts with `=`, `+`, `-`, `@`, a tab or a carriage return), so that
/// opening the file runs nothing; spreadsheets show the `'` or hide it, pandas reads it as
/// part of the text.
fn text_cell(s: String) -> String {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{s}") } else { s }
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
            text_cell(e.id.clone()),
            e.kind.as_str().to_string(),
            e.status.as_str().to_string(),
            text_cell(e.date.map(|d| d.to_string()).unwrap_or_default()),
            e.duration_min.map(|d| d.to_string()).unwrap_or_default(),
            text_cell(e.people.join("|")),
            text_cell(e.countries.join("|")),
            e.num_articles.to_string(),
            text_cell(e.topics.join("|")),
            e.cameo.to_string(),
            e.plover.to_string(),
            e.plover_mode.to_string(),
            text_cell(sources(|s| Some(&s.outlet))),
            text_cell(sources(|s| s.url.as_deref())),
            text_cell(sources(|s| Some(&s.file))),
            text_cell(e.evidence.clone()),
        ])?;
    }
    finish(w)
}

#[cfg(test)]
mod tests {
    use super::text_cell;

    #[test]
    fn cells_a_spreadsheet_would_run_start_with_a_quote() {
        for (cell, written) in [
            ("=1+2", "'=1+2"),
            ("+cmd", "'+cmd"),
            ("-2+3", "'-2+3"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tx", "'\tx"),
            ("\rx", "'\rx"),
            ("安倍晋三", "安倍晋三"),
            ("a=b", "a=b"),
            ("2020-08-31", "2020-08-31"),
            ("", ""),
        ] {
            assert_eq!(text_cell(cell.to_string()), written);
        }
    }
}
