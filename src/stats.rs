//! Stats: the questions analysts ask of the graph, answered as aligned tables or JSON.
//!
//! From the selected events: the most frequent contacts (person pairs and country pairs),
//! people and countries by degree and by betweenness centrality (Brandes' algorithm over the
//! contact graph, as [`crate::graph::betweenness`] computes it for the exports), contacts per
//! month by type, and the connected components of the person contact graph. Input is
//! either a fresh extraction or the output directory of `dipgraph graph` (its
//! `events.jsonl`, and `graph.json` for names), so a large archive need not be read twice.

use crate::dates::Precision;
use crate::events::Event;
use crate::filter::Filter;
use crate::graph::{ContactGraph, Level, betweenness, contact_edges, counts_text};
use petgraph::graph::{NodeIndex, UnGraph};
use petgraph::unionfind::UnionFind;
use serde::Serialize;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;
use unicode_width::UnicodeWidthStr;

/// One pair of sides with the events between them.
#[derive(Debug, Clone, Serialize)]
pub struct PairRow {
    pub a: String,
    pub a_label: String,
    pub b: String,
    pub b_label: String,
    pub events: u64,
    pub types: BTreeMap<String, u64>,
    pub first_date: Option<String>,
    pub last_date: Option<String>,
    pub num_articles: u64,
}

/// One person or country with its centrality.
#[derive(Debug, Clone, Serialize)]
pub struct CentralityRow {
    pub id: String,
    pub label: String,
    /// Distinct contacts (neighbours in the contact graph).
    pub degree: usize,
    /// Events taken part in.
    pub events: u64,
    /// Normalised betweenness centrality.
    pub betweenness: f64,
}

/// Events of one month (`YYYY-MM`), of a year known by its year only (`YYYY`), or `undated`.
#[derive(Debug, Clone, Serialize)]
pub struct MonthRow {
    pub month: String,
    pub events: u64,
    pub types: BTreeMap<String, u64>,
}

/// One connected component of the person contact graph.
#[derive(Debug, Clone, Serialize)]
pub struct Component {
    pub size: usize,
    pub members: Vec<String>,
    pub labels: Vec<String>,
}

/// Everything `dipgraph stats` reports.
#[derive(Debug, Clone, Serialize)]
pub struct Stats {
    pub events: usize,
    pub filter: String,
    pub top_person_contacts: Vec<PairRow>,
    pub top_country_contacts: Vec<PairRow>,
    pub people_by_degree: Vec<CentralityRow>,
    pub people_by_betweenness: Vec<CentralityRow>,
    pub countries_by_degree: Vec<CentralityRow>,
    pub countries_by_betweenness: Vec<CentralityRow>,
    pub contacts_per_month: Vec<MonthRow>,
    pub component_count: usize,
    pub components: Vec<Component>,
}

/// Node names by id, from a graph.
pub fn labels(g: &ContactGraph) -> BTreeMap<String, String> {
    g.graph.node_weights().map(|n| (n.id.clone(), n.label.clone())).collect()
}

/// Reads the events (`events.jsonl`) and the node names (`graph.json`, when `with_names`:
/// when the run wrote it) of an output directory of `dipgraph graph`.
pub fn load_dir(dir: &Path, with_names: bool) -> anyhow::Result<(Vec<Event>, BTreeMap<String, String>)> {
    use anyhow::Context;
    let path = dir.join("events.jsonl");
    let text = std::fs::read_to_string(&path).with_context(|| format!("{}", path.display()))?;
    let mut events = Vec::new();
    for (i, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        events.push(serde_json::from_str(line).with_context(|| format!("{}:{}", path.display(), i + 1))?);
    }
    let mut names = BTreeMap::new();
    let graph = dir.join("graph.json");
    if with_names {
        let v: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&graph)?).with_context(|| format!("{}", graph.display()))?;
        for n in v["nodes"].as_array().into_iter().flatten() {
            if let (Some(id), Some(label)) = (n["id"].as_str(), n["label"].as_str()) {
                names.insert(id.to_string(), label.to_string());
            }
        }
    }
    Ok((events, names))
}

struct LevelGraph {
    graph: UnGraph<String, u64>,
    events: BTreeMap<String, u64>,
}

fn level_graph(events: &[&Event], level: Level, min_weight: u64) -> (LevelGraph, Vec<PairRow>) {
    let mut edges = contact_edges(events.iter().copied(), level);
    // The edges a graph of the same filter draws.
    edges.retain(|_, edge| edge.count >= min_weight.max(1));
    let mut counts: BTreeMap<String, u64> = BTreeMap::new();
    for e in events {
        let sides: Vec<&String> = match level {
            Level::Person => e.people.iter().collect(),
            Level::Country => e.countries.iter().chain(&e.organizations).collect(),
        };
        for s in sides {
            *counts.entry(s.clone()).or_insert(0) += 1;
        }
    }
    let mut graph = UnGraph::new_undirected();
    let index: BTreeMap<&String, NodeIndex> = counts.keys().map(|id| (id, graph.add_node(id.clone()))).collect();
    let mut pairs = Vec::new();
    for ((a, b), edge) in &edges {
        graph.add_edge(index[a], index[b], edge.count);
        pairs.push(PairRow {
            a: a.clone(),
            a_label: String::new(),
            b: b.clone(),
            b_label: String::new(),
            events: edge.count,
            types: edge.types.clone(),
            first_date: edge.first_date().map(|d| d.to_string()),
            last_date: edge.last_date().map(|d| d.to_string()),
            num_articles: edge.num_articles,
        });
    }
    (LevelGraph { graph, events: counts }, pairs)
}

fn centrality(lg: &LevelGraph, names: &impl Fn(&str) -> String) -> Vec<CentralityRow> {
    let bc = betweenness(&lg.graph, |_| true);
    lg.graph
        .node_indices()
        .map(|i| {
            let id = &lg.graph[i];
            CentralityRow {
                id: id.clone(),
                label: names(id),
                degree: lg.graph.neighbors(i).count(),
                events: lg.events[id],
                betweenness: bc[i.index()],
            }
        })
        .collect()
}

fn by_degree(mut rows: Vec<CentralityRow>, top: usize) -> Vec<CentralityRow> {
    rows.sort_by(|a, b| b.degree.cmp(&a.degree).then(b.events.cmp(&a.events)).then(a.id.cmp(&b.id)));
    rows.truncate(top);
    rows
}

fn by_betweenness(mut rows: Vec<CentralityRow>, top: usize) -> Vec<CentralityRow> {
    rows.sort_by(|a, b| b.betweenness.total_cmp(&a.betweenness).then(b.degree.cmp(&a.degree)).then(a.id.cmp(&b.id)));
    rows.truncate(top);
    rows
}

fn top_pairs(mut rows: Vec<PairRow>, names: &impl Fn(&str) -> String, top: usize) -> Vec<PairRow> {
    rows.sort_by(|x, y| {
        y.events.cmp(&x.events).then(y.num_articles.cmp(&x.num_articles)).then((&x.a, &x.b).cmp(&(&y.a, &y.b)))
    });
    rows.truncate(top);
    for r in &mut rows {
        r.a_label = names(&r.a);
        r.b_label = names(&r.b);
    }
    rows
}

/// The statistics of the events that pass `filter`; rankings keep the `top` first rows.
pub fn compute(events: &[Event], names: &BTreeMap<String, String>, filter: &Filter, top: usize) -> Stats {
    let selected: Vec<&Event> = events.iter().filter(|e| filter.keeps(e)).collect();
    let name = |id: &str| names.get(id).cloned().unwrap_or_else(|| id.to_string());
    let (people, person_pairs) = level_graph(&selected, Level::Person, filter.min_weight);
    let (countries, country_pairs) = level_graph(&selected, Level::Country, filter.min_weight);
    let person_rows = centrality(&people, &name);
    let country_rows = centrality(&countries, &name);

    let mut months: BTreeMap<String, MonthRow> = BTreeMap::new();
    for e in &selected {
        // A date of a year only is counted under the year.
        let month = e.date.map_or("undated".to_string(), |d| match d.precision() {
            Precision::Year => d.to_string(),
            _ => d.first().format("%Y-%m").to_string(),
        });
        let row = months.entry(month.clone()).or_insert_with(|| MonthRow { month, events: 0, types: BTreeMap::new() });
        row.events += 1;
        *row.types.entry(e.kind.as_str().to_string()).or_insert(0) += 1;
    }

    // Components of the people who have at least one contact.
    let g = &people.graph;
    let mut uf = UnionFind::<usize>::new(g.node_count());
    for e in g.edge_indices() {
        let (a, b) = g.edge_endpoints(e).expect("edge of the graph");
        uf.union(a.index(), b.index());
    }
    let mut groups: BTreeMap<usize, Vec<String>> = BTreeMap::new();
    for i in g.node_indices().filter(|&i| g.neighbors(i).next().is_some()) {
        groups.entry(uf.find(i.index())).or_default().push(g[i].clone());
    }
    let mut components: Vec<Component> = groups
        .into_values()
        .map(|members| Component { size: members.len(), labels: members.iter().map(|m| name(m)).collect(), members })
        .collect();
    components.sort_by(|a, b| b.size.cmp(&a.size).then(a.members.cmp(&b.members)));
    let component_count = components.len();
    components.truncate(top);

    Stats {
        events: selected.len(),
        filter: filter.describe(),
        top_person_contacts: top_pairs(person_pairs, &name, top),
        top_country_contacts: top_pairs(country_pairs, &name, top),
        people_by_degree: by_degree(person_rows.clone(), top),
        people_by_betweenness: by_betweenness(person_rows, top),
        countries_by_degree: by_degree(country_rows.clone(), top),
        countries_by_betweenness: by_betweenness(country_rows, top),
        contacts_per_month: months.into_values().collect(),
        component_count,
        components,
    }
}

/// Writes a table: a title, a header and rows, columns padded to their display width
/// (CJK characters count two); columns marked in `right` are right-aligned.
fn table(out: &mut String, title: &str, header: &[&str], right: &[bool], rows: Vec<Vec<String>>) {
    let _ = writeln!(out, "{title}");
    if rows.is_empty() {
        let _ = writeln!(out, "  (none)\n");
        return;
    }
    let mut widths: Vec<usize> = header.iter().map(|h| h.width()).collect();
    for r in &rows {
        for (w, cell) in widths.iter_mut().zip(r) {
            *w = (*w).max(cell.width());
        }
    }
    let header: Vec<String> = header.iter().map(|h| h.to_string()).collect();
    for r in std::iter::once(&header).chain(&rows) {
        let mut line = String::from(" ");
        for (i, cell) in r.iter().enumerate() {
            let pad = " ".repeat(widths[i] - cell.width());
            if right[i] {
                let _ = write!(line, " {pad}{cell}");
            } else {
                let _ = write!(line, " {cell}{pad}");
            }
        }
        let _ = writeln!(out, "{}", line.trim_end());
    }
    out.push('\n');
}

fn pair_table(out: &mut String, title: &str, rows: &[PairRow]) {
    let rows = rows
        .iter()
        .map(|r| {
            vec![
                format!("{} ({})", r.a_label, r.a),
                format!("{} ({})", r.b_label, r.b),
                r.events.to_string(),
                counts_text(&r.types),
                r.first_date.clone().unwrap_or_default(),
                r.last_date.clone().unwrap_or_default(),
                r.num_articles.to_string(),
            ]
        })
        .collect();
    table(
        out,
        title,
        &["a", "b", "events", "types", "first", "last", "articles"],
        &[false, false, true, false, false, false, true],
        rows,
    );
}

fn centrality_table(out: &mut String, title: &str, rows: &[CentralityRow]) {
    let rows = rows
        .iter()
        .map(|r| {
            vec![
                format!("{} ({})", r.label, r.id),
                r.degree.to_string(),
                r.events.to_string(),
                format!("{:.4}", r.betweenness),
            ]
        })
        .collect();
    table(out, title, &["name", "degree", "events", "betweenness"], &[false, true, true, true], rows);
}

/// The statistics as aligned text tables.
pub fn render(s: &Stats) -> String {
    let mut out = String::new();
    let filter = if s.filter.is_empty() { String::new() } else { format!(" ({})", s.filter) };
    let _ = writeln!(out, "{} events{filter}\n", s.events);
    pair_table(&mut out, "Most frequent contacts: people", &s.top_person_contacts);
    pair_table(&mut out, "Most frequent contacts: countries", &s.top_country_contacts);
    centrality_table(&mut out, "People by degree", &s.people_by_degree);
    centrality_table(&mut out, "People by betweenness", &s.people_by_betweenness);
    centrality_table(&mut out, "Countries by degree", &s.countries_by_degree);
    centrality_table(&mut out, "Countries by betweenness", &s.countries_by_betweenness);
    let months = s
        .contacts_per_month
        .iter()
        .map(|m| vec![m.month.clone(), m.events.to_string(), counts_text(&m.types)])
        .collect();
    table(&mut out, "Contacts per month", &["month", "events", "types"], &[false, true, false], months);
    let comps = s
        .components
        .iter()
        .map(|c| {
            vec![
                c.size.to_string(),
                c.labels.iter().zip(&c.members).map(|(l, m)| format!("{l} ({m})")).collect::<Vec<_>>().join(", "),
            ]
        })
        .collect();
    let title = format!("Connected components of the person contact graph: {}", s.component_count);
    table(&mut out, &title, &["size", "members"], &[true, false], comps);
    out
}
