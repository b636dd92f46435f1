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

fn data<W: Write>(
    w: &mut Writer<W>,
    prefix: &str,
    attrs: &[(&str, AttrType)],
    values: Vec<Option<Value>>,
) -> io::Result<()> {
    for ((name, _), value) in attrs.iter().zip(values) {
        if let Some(v) = value {
            w.create_element("data")
                .with_attribute(("key", format!("{prefix}{name}").as_str()))
                .write_text_content(BytesText::new(&xml_safe(&v.text())))?;
        }
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
    data(&mut w, "g_", GRAPH_ATTRS, graph_values(g))?;
    let graph_ref = &g.graph;
    for n in graph_ref.node_weights() {
        let mut el = BytesStart::new("node");
        el.push_attribute(("id", xml_safe(&n.id).as_ref()));
        w.write_event(Event::Start(el))?;
        data(&mut w, "n_", NODE_ATTRS, node_values(n))?;
        w.write_event(Event::End(BytesEnd::new("node")))?;
    }
    for e in graph_ref.edge_weights() {
        let mut el = BytesStart::new("edge");
        el.push_attribute(("id", xml_safe(&e.id).as_ref()));
        el.push_attribute(("source", xml_safe(&e.source).as_ref()));
        el.push_attribute(("target", xml_safe(&e.target).as_ref()));
        w.write_event(Event::Start(el))?;
        data(&mut w, "e_", EDGE_ATTRS, edge_values(e))?;
        w.write_event(Event::End(BytesEnd::new("edge")))?;
    }
    w.write_event(Event::End(BytesEnd::new("graph")))?;
    w.write_event(Event::End(BytesEnd::new("graphml")))?;
    w.get_mut().write_all(b"\n")
}
