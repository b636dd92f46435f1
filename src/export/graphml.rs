//! GraphML: typed keys with unique ids (`n_*` for nodes, `e_*` for edges, `g_*` for the
//! graph), all text escaped and cleared of characters XML 1.0 forbids.

use super::xml_safe;
use crate::graph::{ContactGraph, Edge, Node};
use petgraph::visit::EdgeRef;
use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};
use std::io::{self, Write};

/// A GraphML attribute: key id, name, domain, type.
struct Key(&'static str, &'static str, &'static str, &'static str);

const KEYS: &[Key] = &[
    Key("g_version", "dipgraph_version", "graph", "string"),
    Key("g_articles", "article_count", "graph", "int"),
    Key("g_first_date", "first_date", "graph", "string"),
    Key("g_last_date", "last_date", "graph", "string"),
    Key("n_kind", "kind", "node", "string"),
    Key("n_label", "label", "node", "string"),
    Key("n_country", "country", "node", "string"),
    Key("n_role", "role", "node", "string"),
    Key("n_articles", "articles", "node", "int"),
    Key("n_known", "known", "node", "boolean"),
    Key("e_kind", "kind", "edge", "string"),
    Key("e_weight", "weight", "edge", "int"),
    Key("e_types", "types", "edge", "string"),
    Key("e_first_date", "first_date", "edge", "string"),
    Key("e_last_date", "last_date", "edge", "string"),
    Key("e_num_articles", "num_articles", "edge", "int"),
    Key("e_articles", "articles", "edge", "string"),
];

fn data<W: Write>(w: &mut Writer<W>, key: &str, value: &str) -> io::Result<()> {
    w.create_element("data").with_attribute(("key", key)).write_text_content(BytesText::new(&xml_safe(value)))?;
    Ok(())
}

fn node_data<W: Write>(w: &mut Writer<W>, n: &Node) -> io::Result<()> {
    data(w, "n_kind", n.kind.as_str())?;
    data(w, "n_label", &n.label)?;
    if let Some(c) = &n.country {
        data(w, "n_country", c)?;
    }
    if let Some(r) = &n.role {
        data(w, "n_role", r)?;
    }
    data(w, "n_articles", &n.articles.to_string())?;
    data(w, "n_known", if n.known { "true" } else { "false" })
}

/// `phone:2,meeting:1` — contact types with their event counts.
pub fn types_text(e: &Edge) -> String {
    e.types.iter().map(|(t, n)| format!("{t}:{n}")).collect::<Vec<_>>().join(",")
}

fn edge_data<W: Write>(w: &mut Writer<W>, e: &Edge) -> io::Result<()> {
    data(w, "e_kind", e.kind.as_str())?;
    data(w, "e_weight", &e.count.to_string())?;
    if !e.types.is_empty() {
        data(w, "e_types", &types_text(e))?;
    }
    if let Some(d) = &e.first_date {
        data(w, "e_first_date", d)?;
    }
    if let Some(d) = &e.last_date {
        data(w, "e_last_date", d)?;
    }
    data(w, "e_num_articles", &e.num_articles.to_string())?;
    if !e.articles.is_empty() {
        data(w, "e_articles", &e.articles.iter().cloned().collect::<Vec<_>>().join("|"))?;
    }
    Ok(())
}

/// Writes the graph as GraphML.
pub fn write(g: &ContactGraph, out: &mut dyn Write) -> io::Result<()> {
    let mut w = Writer::new_with_indent(out, b' ', 1);
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    let mut root = BytesStart::new("graphml");
    root.push_attribute(("xmlns", "http://graphml.graphdrawing.org/xmlns"));
    root.push_attribute(("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"));
    root.push_attribute((
        "xsi:schemaLocation",
        "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd",
    ));
    w.write_event(Event::Start(root))?;
    for Key(id, name, domain, ty) in KEYS {
        let mut k = BytesStart::new("key");
        k.push_attribute(("id", *id));
        k.push_attribute(("for", *domain));
        k.push_attribute(("attr.name", *name));
        k.push_attribute(("attr.type", *ty));
        w.write_event(Event::Empty(k))?;
    }
    let mut graph = BytesStart::new("graph");
    graph.push_attribute(("id", "dipgraph"));
    graph.push_attribute(("edgedefault", "undirected"));
    w.write_event(Event::Start(graph))?;
    data(&mut w, "g_version", env!("CARGO_PKG_VERSION"))?;
    data(&mut w, "g_articles", &g.article_count.to_string())?;
    if let Some(d) = &g.first_date {
        data(&mut w, "g_first_date", d)?;
    }
    if let Some(d) = &g.last_date {
        data(&mut w, "g_last_date", d)?;
    }
    let graph_ref = &g.graph;
    for idx in graph_ref.node_indices() {
        let n = &graph_ref[idx];
        let mut el = BytesStart::new("node");
        el.push_attribute(("id", xml_safe(&n.id).as_ref()));
        w.write_event(Event::Start(el))?;
        node_data(&mut w, n)?;
        w.write_event(Event::End(BytesEnd::new("node")))?;
    }
    for (i, e) in graph_ref.edge_references().enumerate() {
        let mut el = BytesStart::new("edge");
        el.push_attribute(("id", format!("e{i}").as_str()));
        el.push_attribute(("source", xml_safe(&graph_ref[e.source()].id).as_ref()));
        el.push_attribute(("target", xml_safe(&graph_ref[e.target()].id).as_ref()));
        w.write_event(Event::Start(el))?;
        edge_data(&mut w, e.weight())?;
        w.write_event(Event::End(BytesEnd::new("edge")))?;
    }
    w.write_event(Event::End(BytesEnd::new("graph")))?;
    w.write_event(Event::End(BytesEnd::new("graphml")))?;
    w.get_mut().write_all(b"\n")
}
