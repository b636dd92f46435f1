//! `graph.html`: one self-contained page that draws the graph in a browser, offline.
//!
//! The page is `html/page.html` with, inlined, the vendored libraries
//! (`vendor/graph-page/graph-page.min.js`: graphology, sigma.js 3 and ForceAtlas2, see its
//! README), the page's script (`html/page.js`) and the data as JSON in a
//! `<script type="application/json">` element (every `<` written `\u003c`, so no text of an
//! article can end the element). It loads nothing from anywhere: the file is the whole page.
//!
//! Both levels are embedded, the person graph and the country graph of the same events,
//! so the page switches between them; `--level` picks the one shown first. Nodes and edges
//! are written as columns (one array per attribute) in the graph's order, edges naming
//! their ends by node index, and each contact edge lists its events by index into
//! `events`, which carry the evidence and the sources. English names and the dictionary's
//! forms of each entity come from the dictionaries, for the search box.
//!
//! In the browser (`html/page.js`): the graph is built into graphology (a large one in
//! slices of 40 ms), drawn by sigma.js with WebGL, laid out by ForceAtlas2 in a web worker
//! from a deterministic start (each country's nodes on a spiral around the country's place);
//! nodes and edges under the mouse are found on the CPU (sigma reads pixels back from the
//! GPU, a stall of a frame in software WebGL). `window.dipgraphPage` is a read-only view of
//! what is drawn, for tests/clients/check_page.mjs and bench_page.mjs.

use crate::dict::Dictionaries;
use crate::events::Event;
use crate::filter::Filter;
use crate::graph::{ContactGraph, EdgeKind, GraphBuilder, Level, Shape};
use rustc_hash::FxHashMap;
use serde::Serialize;
use std::collections::BTreeMap;
use std::io::{self, Write};

/// The page template; the markers `<!--dipgraph:NAME-->` are replaced as they are written.
const TEMPLATE: &str = include_str!("html/page.html");
/// The page's own script.
const SCRIPT: &str = include_str!("html/page.js");
/// graphology, sigma.js and ForceAtlas2 in one minified IIFE, with their licences.
const VENDOR: &str = include_str!("../../vendor/graph-page/graph-page.min.js");

/// What the page shows: the contact graphs of both levels over the same events, and the
/// names of their entities.
pub struct Page {
    pub person: ContactGraph,
    pub country: ContactGraph,
    /// The level shown when the page opens.
    pub level: Level,
    /// English name and dictionary forms of each entity that has them, by id.
    pub names: BTreeMap<String, Names>,
}

/// An entity's names from the dictionaries, besides its label.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Names {
    pub english: Option<String>,
    pub forms: Vec<String>,
}

impl Page {
    /// Builds both levels' contact graphs of `events` (as [`GraphBuilder::finish`] with the
    /// filter) and looks their entities up in `dicts`.
    pub fn build(
        builder: &GraphBuilder,
        events: &[Event],
        filter: &Filter,
        sources: &[String],
        dicts: &Dictionaries,
        level: Level,
    ) -> Page {
        let finish = |level| {
            let shape = Shape { level, events_as_nodes: false };
            builder.clone().finish(events.to_vec(), shape, filter, sources.to_vec())
        };
        let (person, country) = rayon::join(|| finish(Level::Person), || finish(Level::Country));
        let mut known: FxHashMap<&str, Names> = FxHashMap::default();
        let forms = |aliases: &[crate::dict::Alias]| aliases.iter().map(|a| a.form.clone()).collect::<Vec<_>>();
        for p in &dicts.people {
            known.insert(&p.id, Names { english: p.english.clone(), forms: forms(&p.aliases) });
        }
        for c in &dicts.countries {
            known.insert(&c.id, Names { english: c.english.clone(), forms: forms(&c.aliases) });
        }
        for o in &dicts.organizations {
            known.insert(&o.id, Names { english: o.english.clone(), forms: forms(&o.aliases) });
        }
        let names = person
            .graph
            .node_weights()
            .chain(country.graph.node_weights())
            .filter_map(|n| {
                let names = known.get(n.id.as_str())?;
                (names.english.is_some() || !names.forms.is_empty()).then(|| (n.id.clone(), names.clone()))
            })
            .collect();
        Page { person, country, level, names }
    }
}

/// One level's graph as columns.
#[derive(Serialize)]
struct LevelJson<'g> {
    nodes: NodesJson<'g>,
    edges: EdgesJson,
}

#[derive(Serialize, Default)]
struct NodesJson<'g> {
    id: Vec<&'g str>,
    label: Vec<&'g str>,
    kind: Vec<&'static str>,
    country: Vec<Option<&'g str>>,
    role: Vec<Option<&'g str>>,
    articles: Vec<u64>,
    events: Vec<u64>,
    betweenness: Vec<f64>,
}

#[derive(Serialize, Default)]
struct EdgesJson {
    source: Vec<usize>,
    target: Vec<usize>,
    /// `contact` or `member_of`.
    kind: Vec<&'static str>,
    weight: Vec<u64>,
    /// Indices into the page's events, in event order (empty for `member_of`).
    events: Vec<Vec<usize>>,
}

/// An event as the page shows it.
#[derive(Serialize)]
struct EventJson<'e> {
    id: &'e str,
    #[serde(rename = "type")]
    kind: &'static str,
    status: &'static str,
    date: Option<String>,
    people: &'e [String],
    countries: &'e [String],
    evidence: &'e str,
    topics: &'e [String],
    /// `[url, outlet, published, file]` of each article that reports it.
    sources: Vec<[Option<&'e str>; 4]>,
}

/// The page's data.
#[derive(Serialize)]
struct Data<'g> {
    dipgraph_version: &'static str,
    level: &'static str,
    sources: &'g [String],
    article_count: u64,
    filter: &'g str,
    events: Vec<EventJson<'g>>,
    person: LevelJson<'g>,
    country: LevelJson<'g>,
    names: &'g BTreeMap<String, Names>,
}

fn level_json<'g>(g: &'g ContactGraph, level: Level) -> LevelJson<'g> {
    let mut nodes = NodesJson::default();
    for n in g.graph.node_weights() {
        nodes.id.push(&n.id);
        nodes.label.push(&n.label);
        nodes.kind.push(n.kind.as_str());
        nodes.country.push(n.country.as_deref());
        nodes.role.push(n.role.as_deref());
        nodes.articles.push(n.articles);
        nodes.events.push(n.events);
        nodes.betweenness.push(n.betweenness);
    }
    let mut edges = EdgesJson::default();
    let mut contact: FxHashMap<(&str, &str), usize> = FxHashMap::default();
    for (i, e) in g.graph.edge_indices().enumerate() {
        let (a, b) = g.graph.edge_endpoints(e).expect("an edge of the graph");
        let edge = &g.graph[e];
        edges.source.push(a.index());
        edges.target.push(b.index());
        edges.kind.push(edge.kind.as_str());
        edges.weight.push(edge.count);
        edges.events.push(Vec::new());
        if edge.kind == EdgeKind::Contact {
            contact.insert((edge.source.as_str(), edge.target.as_str()), i);
        }
    }
    // The pairs of each event's sides, as `graph::contact_edges` joins them.
    for (k, e) in g.events.iter().enumerate() {
        let sides = match level {
            Level::Person => &e.people,
            Level::Country => &e.countries,
        };
        for (i, a) in sides.iter().enumerate() {
            for b in &sides[i + 1..] {
                let key = if a < b { (a.as_str(), b.as_str()) } else { (b.as_str(), a.as_str()) };
                if let Some(&edge) = contact.get(&key)
                    && edges.events[edge].last() != Some(&k)
                {
                    edges.events[edge].push(k);
                }
            }
        }
    }
    LevelJson { nodes, edges }
}

fn event_json(e: &Event) -> EventJson<'_> {
    EventJson {
        id: &e.id,
        kind: e.kind.as_str(),
        status: e.status.as_str(),
        date: e.date.map(|d| d.to_string()),
        people: &e.people,
        countries: &e.countries,
        evidence: &e.evidence,
        topics: &e.topics,
        sources: e
            .sources
            .iter()
            .map(|s| [s.url.as_deref(), Some(s.outlet.as_str()), s.published.as_deref(), Some(s.file.as_str())])
            .collect(),
    }
}

/// The page's data as JSON that can stand inside a `<script>` element: every `<` (found in
/// strings only) escaped as `\u003c`.
fn data_json(page: &Page) -> io::Result<String> {
    let data = Data {
        dipgraph_version: env!("CARGO_PKG_VERSION"),
        level: page.level.as_str(),
        sources: &page.person.sources,
        article_count: page.person.article_count,
        filter: &page.person.filter,
        events: page.person.events.iter().map(event_json).collect(),
        person: level_json(&page.person, Level::Person),
        country: level_json(&page.country, Level::Country),
        names: &page.names,
    };
    let json = serde_json::to_string(&data)?;
    Ok(json.replace('<', "\\u003c"))
}

/// Text for HTML element content.
fn escape_text(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// Writes the page.
pub fn write(page: &Page, out: &mut dyn Write) -> io::Result<()> {
    let title = match page.person.sources.as_slice() {
        [] => "dipgraph".to_string(),
        [one] => format!("dipgraph: {one}"),
        [first, rest @ ..] => format!("dipgraph: {first} and {} more", rest.len()),
    };
    let data = data_json(page)?;
    let mut rest = TEMPLATE;
    while let Some(start) = rest.find("<!--dipgraph:") {
        out.write_all(&rest.as_bytes()[..start])?;
        let after = &rest[start + "<!--dipgraph:".len()..];
        let end = after.find("-->").expect("a closed marker");
        match &after[..end] {
            "title" => out.write_all(escape_text(&title).as_bytes())?,
            "vendor" => out.write_all(VENDOR.as_bytes())?,
            "script" => out.write_all(SCRIPT.as_bytes())?,
            "data" => out.write_all(data.as_bytes())?,
            other => unreachable!("unknown marker {other}"),
        }
        rest = &after[end + 3..];
    }
    out.write_all(rest.as_bytes())?;
    out.flush()
}
