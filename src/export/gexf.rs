//! GEXF 1.3 for Gephi, with dynamic time: `mode="dynamic"`, `timeformat="date"`, and one
//! spell per event day (`start` = `end` = the day) on every node and edge that took part
//! in dated events, so Gephi's timeline replays the contacts. Elements with no dated event
//! carry no spell and are always present. Edge weight is the GEXF `weight` attribute; the
//! other attributes are declared with their types in `<attributes>`.

use super::{AttrType, EDGE_ATTRS, NODE_ATTRS, Value, edge_values, node_values, xml_safe};
use crate::dates::When;
use crate::graph::ContactGraph;
use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};
use std::collections::BTreeSet;
use std::io::{self, Write};

fn type_name(t: AttrType) -> &'static str {
    match t {
        AttrType::Str => "string",
        AttrType::Int => "long",
        AttrType::Float => "double",
        AttrType::Bool => "boolean",
    }
}

/// Attributes written as `<attvalue>`: all but those GEXF has its own place for.
fn declared(attrs: &'static [(&'static str, AttrType)]) -> impl Iterator<Item = (usize, &'static str, AttrType)> {
    attrs
        .iter()
        .enumerate()
        .filter(|(_, (name, _))| !matches!(*name, "label" | "weight"))
        .map(|(i, (n, t))| (i, *n, *t))
}

fn declare<W: Write>(w: &mut Writer<W>, class: &str, attrs: &'static [(&'static str, AttrType)]) -> io::Result<()> {
    let mut el = BytesStart::new("attributes");
    el.push_attribute(("class", class));
    el.push_attribute(("mode", "static"));
    w.write_event(Event::Start(el))?;
    for (_, name, ty) in declared(attrs) {
        let mut a = BytesStart::new("attribute");
        a.push_attribute(("id", name));
        a.push_attribute(("title", name));
        a.push_attribute(("type", type_name(ty)));
        w.write_event(Event::Empty(a))?;
    }
    w.write_event(Event::End(BytesEnd::new("attributes")))?;
    Ok(())
}

fn attvalues<W: Write>(
    w: &mut Writer<W>,
    attrs: &'static [(&'static str, AttrType)],
    values: Vec<Option<Value>>,
) -> io::Result<()> {
    let present: Vec<(&str, String)> =
        declared(attrs).filter_map(|(i, name, _)| values[i].as_ref().map(|v| (name, v.text()))).collect();
    if present.is_empty() {
        return Ok(());
    }
    w.write_event(Event::Start(BytesStart::new("attvalues")))?;
    for (name, value) in present {
        let mut a = BytesStart::new("attvalue");
        a.push_attribute(("for", name));
        a.push_attribute(("value", xml_safe(&value).as_ref()));
        w.write_event(Event::Empty(a))?;
    }
    w.write_event(Event::End(BytesEnd::new("attvalues")))?;
    Ok(())
}

/// One spell per date: a day, or the whole of a month or year known by its month or year.
fn spells<W: Write>(w: &mut Writer<W>, dates: &BTreeSet<When>) -> io::Result<()> {
    if dates.is_empty() {
        return Ok(());
    }
    w.write_event(Event::Start(BytesStart::new("spells")))?;
    for d in dates {
        let mut s = BytesStart::new("spell");
        s.push_attribute(("start", d.first().format("%Y-%m-%d").to_string().as_str()));
        s.push_attribute(("end", d.last().format("%Y-%m-%d").to_string().as_str()));
        w.write_event(Event::Empty(s))?;
    }
    w.write_event(Event::End(BytesEnd::new("spells")))?;
    Ok(())
}

/// Writes the graph as GEXF 1.3.
pub fn write(g: &ContactGraph, out: &mut dyn Write) -> io::Result<()> {
    let mut w = Writer::new_with_indent(super::buffered(out), b' ', 1);
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    let mut root = BytesStart::new("gexf");
    root.push_attribute(("xmlns", "http://gexf.net/1.3"));
    root.push_attribute(("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"));
    root.push_attribute(("xsi:schemaLocation", "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd"));
    root.push_attribute(("version", "1.3"));
    w.write_event(Event::Start(root))?;
    w.write_event(Event::Start(BytesStart::new("meta")))?;
    let creator = format!("dipgraph {}", env!("CARGO_PKG_VERSION"));
    w.create_element("creator").write_text_content(BytesText::new(&creator))?;
    let mut description = format!(
        "{} articles, {} events, {} level{}",
        g.article_count,
        g.events.len(),
        g.shape.level.as_str(),
        if g.shape.events_as_nodes { ", events as nodes" } else { "" }
    );
    if !g.filter.is_empty() {
        description.push_str(&format!("; filter: {}", g.filter));
    }
    if !g.sources.is_empty() {
        description.push_str(&format!("; sources: {}", g.sources.join(" | ")));
    }
    w.create_element("description").write_text_content(BytesText::new(&xml_safe(&description)))?;
    w.write_event(Event::End(BytesEnd::new("meta")))?;
    let mut graph = BytesStart::new("graph");
    graph.push_attribute(("defaultedgetype", "undirected"));
    graph.push_attribute(("mode", "dynamic"));
    graph.push_attribute(("timeformat", "date"));
    graph.push_attribute(("timerepresentation", "interval"));
    if let Some((first, last)) = g.event_span() {
        graph.push_attribute(("start", first.format("%Y-%m-%d").to_string().as_str()));
        graph.push_attribute(("end", last.format("%Y-%m-%d").to_string().as_str()));
    }
    w.write_event(Event::Start(graph))?;
    declare(&mut w, "node", NODE_ATTRS)?;
    declare(&mut w, "edge", EDGE_ATTRS)?;
    let mut nodes = BytesStart::new("nodes");
    nodes.push_attribute(("count", g.graph.node_count().to_string().as_str()));
    w.write_event(Event::Start(nodes))?;
    for n in g.graph.node_weights() {
        let mut el = BytesStart::new("node");
        el.push_attribute(("id", xml_safe(&n.id).as_ref()));
        el.push_attribute(("label", xml_safe(&n.label).as_ref()));
        w.write_event(Event::Start(el))?;
        attvalues(&mut w, NODE_ATTRS, node_values(n))?;
        spells(&mut w, &n.dates)?;
        w.write_event(Event::End(BytesEnd::new("node")))?;
    }
    w.write_event(Event::End(BytesEnd::new("nodes")))?;
    let mut edges = BytesStart::new("edges");
    edges.push_attribute(("count", g.graph.edge_count().to_string().as_str()));
    w.write_event(Event::Start(edges))?;
    for e in g.graph.edge_weights() {
        let mut el = BytesStart::new("edge");
        el.push_attribute(("id", xml_safe(&e.id).as_ref()));
        el.push_attribute(("source", xml_safe(&e.source).as_ref()));
        el.push_attribute(("target", xml_safe(&e.target).as_ref()));
        el.push_attribute(("weight", e.count.to_string().as_str()));
        w.write_event(Event::Start(el))?;
        attvalues(&mut w, EDGE_ATTRS, edge_values(e))?;
        spells(&mut w, &e.dates)?;
        w.write_event(Event::End(BytesEnd::new("edge")))?;
    }
    w.write_event(Event::End(BytesEnd::new("edges")))?;
    w.write_event(Event::End(BytesEnd::new("graph")))?;
    w.write_event(Event::End(BytesEnd::new("gexf")))?;
    let mut out = w.into_inner();
    out.write_all(b"\n")?;
    out.flush()
}
