//! GraphML: typed keys with unique ids (`g_*` for the graph, `n_*` for nodes, `e_*` for
//! edges), graph attributes for provenance, edge ids that are the canonical edge ids, all
//! text escaped and cleared of characters XML 1.0 forbids.

use super::{AttrType, EDGE_ATTRS, GRAPH_ATTRS, NODE_ATTRS, Value, edge_values, graph_values, node_values, xml_safe};
use crate::graph::ContactGraph;
use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};
use std::io::{self, Write};

fn type_name(t: AttrType) -> &'static str {
    match t {
        AttrType::Str => "string",
        AttrType::Int => "int",
        AttrType::Float => "double",
        AttrType::Bool => "boolean",
    }
}

/// The start tags of one domain's `data` elements (`data key="n_label"`), one per attribute,
/// written once per file rather than once per element.
fn data_tags(prefix: &str, attrs: &[(&str, AttrType)]) -> Vec<String> {
    attrs.iter().map(|(name, _)| format!(r#"data key="{prefix}{name}""#)).collect()
}

fn data<W: Write>(w: &mut Writer<W>, tags: &[String], values: Vec<Option<Value>>) -> io::Result<()> {
    for (tag, value) in tags.iter().zip(values) {
        let Some(value) = value else { continue };
        let text = match &value {
            Value::Str(s) => xml_safe(s),
            other => other.text().into(),
        };
        w.write_event(Event::Start(BytesStart::from_content(tag.as_str(), "data".len())))?;
        w.write_event(Event::Text(BytesText::new(&text)))?;
        w.write_event(Event::End(BytesEnd::new("data")))?;
    }
    Ok(())
}

/// Writes the graph as GraphML.
pub fn write(g: &ContactGraph, out: &mut dyn Write) -> io::Result<()> {
    let mut w = Writer::new_with_indent(super::buffered(out), b' ', 1);
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    let mut root = BytesStart::new("graphml");
    root.push_attribute(("xmlns", "http://graphml.graphdrawing.org/xmlns"));
    root.push_attribute(("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"));
    root.push_attribute((
        "xsi:schemaLocation",
        "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd",
    ));
    w.write_event(Event::Start(root))?;
    for (prefix, domain, attrs) in
        [("g_", "graph", GRAPH_ATTRS), ("n_", "node", NODE_ATTRS), ("e_", "edge", EDGE_ATTRS)]
    {
        for (name, ty) in attrs {
            let mut k = BytesStart::new("key");
            k.push_attribute(("id", format!("{prefix}{name}").as_str()));
            k.push_attribute(("for", domain));
            k.push_attribute(("attr.name", *name));
            k.push_attribute(("attr.type", type_name(*ty)));
            w.write_event(Event::Empty(k))?;
        }
    }
    let mut graph = BytesStart::new("graph");
    graph.push_attribute(("id", "dipgraph"));
    graph.push_attribute(("edgedefault", "undirected"));
    w.write_event(Event::Start(graph))?;
    data(&mut w, &data_tags("g_", GRAPH_ATTRS), graph_values(g))?;
    let (node_tags, edge_tags) = (data_tags("n_", NODE_ATTRS), data_tags("e_", EDGE_ATTRS));
    let graph_ref = &g.graph;
    for n in graph_ref.node_weights() {
        let mut el = BytesStart::new("node");
        el.push_attribute(("id", xml_safe(&n.id).as_ref()));
        w.write_event(Event::Start(el))?;
        data(&mut w, &node_tags, node_values(n))?;
        w.write_event(Event::End(BytesEnd::new("node")))?;
    }
    for e in graph_ref.edge_weights() {
        let mut el = BytesStart::new("edge");
        el.push_attribute(("id", xml_safe(&e.id).as_ref()));
        el.push_attribute(("source", xml_safe(&e.source).as_ref()));
        el.push_attribute(("target", xml_safe(&e.target).as_ref()));
        w.write_event(Event::Start(el))?;
        data(&mut w, &edge_tags, edge_values(e))?;
        w.write_event(Event::End(BytesEnd::new("edge")))?;
    }
    w.write_event(Event::End(BytesEnd::new("graph")))?;
    w.write_event(Event::End(BytesEnd::new("graphml")))?;
    let mut out = w.into_inner();
    out.write_all(b"\n")?;
    out.flush()
}
