//! Graph: entities and events of many articles → one petgraph graph.
//!
//! Nodes are people, countries and organisations with their attributes. Undirected
//! `contact` edges join the sides of the same event, aggregated over events (count, types,
//! years, days, articles): people at `--level person`, countries at `--level country`.
//! `member_of` edges join a person to the country they represent. With `--events-as-nodes`
//! the graph is bipartite instead: one node per event, with `participant` edges to its
//! people and countries. The builder keeps per-entity and per-event state only, so it
//! grows with entities and events, not with articles. Node and edge order is sorted by id,
//! so the graph is the same whatever the thread count.

use crate::contacts::{ContactType, Status};
use crate::dates::When;
use crate::events::Event;
use crate::extract::Extraction;
use crate::filter::Filter;
use chrono::NaiveDate;
use petgraph::graph::{NodeIndex, UnGraph};
use rayon::prelude::*;
use rustc_hash::FxHashMap;
use std::collections::{BTreeMap, BTreeSet};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum NodeKind {
    Person,
    Country,
    Organization,
    Event,
}

impl NodeKind {
    pub fn as_str(self) -> &'static str {
        match self {
            NodeKind::Person => "person",
            NodeKind::Country => "country",
            NodeKind::Organization => "organization",
            NodeKind::Event => "event",
        }
    }
}

/// Which entities the contact edges join.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Level {
    /// People, with `member_of` edges to their countries.
    #[default]
    Person,
    /// Countries: the sides of each event.
    Country,
}

impl Level {
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Person => "person",
            Level::Country => "country",
        }
    }
}

/// The shape of the graph to build.
#[derive(Debug, Clone, Copy, Default)]
pub struct Shape {
    pub level: Level,
    /// A bipartite graph of events and their participants instead of contact edges.
    pub events_as_nodes: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub id: String,
    pub kind: NodeKind,
    pub label: String,
    pub country: Option<String>,
    pub role: Option<String>,
    /// Articles that mention the entity (that report the event, for an event node).
    pub articles: u64,
    pub known: bool,
    /// Selected events the node takes part in (1 for an event node).
    pub events: u64,
    /// Dates of those events (the event's own date for an event node): days, or months or
    /// years where no day is known.
    pub dates: BTreeSet<When>,
    /// Betweenness centrality over the contact (or participant) edges, normalised.
    pub betweenness: f64,
    /// Contact type and status of an event node.
    pub event: Option<(ContactType, Status)>,
}

impl Node {
    fn entity(id: &str, kind: NodeKind, label: &str, country: Option<String>, known: bool) -> Node {
        Node {
            id: id.to_string(),
            kind,
            label: label.to_string(),
            country,
            role: None,
            articles: 0,
            known,
            events: 0,
            dates: BTreeSet::new(),
            betweenness: 0.0,
            event: None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum EdgeKind {
    Contact,
    MemberOf,
    Participant,
}

impl EdgeKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EdgeKind::Contact => "contact",
            EdgeKind::MemberOf => "member_of",
            EdgeKind::Participant => "participant",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Edge {
    /// `KIND:SOURCE--TARGET`, the same in every format and run.
    pub id: String,
    /// Ids of the ends: the smaller id first for `contact`; person → country for `member_of`;
    /// event → participant for `participant`.
    pub source: String,
    pub target: String,
    pub kind: EdgeKind,
    /// Number of events (contacts) between the two ends; 1 for `member_of` and `participant`.
    pub count: u64,
    /// Contact types with their event counts, in type order.
    pub types: BTreeMap<String, u64>,
    /// Event counts by year (`YYYY`), for dated events.
    pub years: BTreeMap<String, u64>,
    /// Dates of the events (days, or months or years where no day is known).
    pub dates: BTreeSet<When>,
    pub num_articles: u64,
    /// Files of the articles behind the edge.
    pub articles: BTreeSet<String>,
}

impl Edge {
    fn new(kind: EdgeKind, source: &str, target: &str) -> Edge {
        Edge {
            id: format!("{}:{source}--{target}", kind.as_str()),
            source: source.to_string(),
            target: target.to_string(),
            kind,
            count: 0,
            types: BTreeMap::new(),
            years: BTreeMap::new(),
            dates: BTreeSet::new(),
            num_articles: 0,
            articles: BTreeSet::new(),
        }
    }

    fn add_event(&mut self, e: &Event) {
        self.count += 1;
        *self.types.entry(e.kind.as_str().to_string()).or_insert(0) += 1;
        if let Some(d) = e.date {
            *self.years.entry(d.first().format("%Y").to_string()).or_insert(0) += 1;
            self.dates.insert(d);
        }
        self.articles.extend(e.sources.iter().map(|s| s.file.clone()));
        // An article that reports two events of the edge is one article.
        self.num_articles = self.articles.len() as u64;
    }

    pub fn first_date(&self) -> Option<When> {
        self.dates.first().copied()
    }

    pub fn last_date(&self) -> Option<When> {
        self.dates.last().copied()
    }
}

/// `phone:2,meeting:1` — keys with their counts.
pub fn counts_text(counts: &BTreeMap<String, u64>) -> String {
    counts.iter().map(|(k, n)| format!("{k}:{n}")).collect::<Vec<_>>().join(",")
}

/// Contact edges between the sides of the events at `level`, keyed by their sorted ends.
pub fn contact_edges<'a>(
    events: impl IntoIterator<Item = &'a Event>,
    level: Level,
) -> BTreeMap<(String, String), Edge> {
    let mut edges: BTreeMap<(String, String), Edge> = BTreeMap::new();
    for e in events {
        let sides: Vec<&String> = match level {
            Level::Person => e.people.iter().collect(),
            // Organisations take part as the sides they are (a UK–EU call: GB and the Commission).
            Level::Country => e.countries.iter().chain(&e.organizations).collect(),
        };
        for (i, a) in sides.iter().enumerate() {
            for b in &sides[i + 1..] {
                let key = if a < b { ((*a).clone(), (*b).clone()) } else { ((*b).clone(), (*a).clone()) };
                if key.0 == key.1 {
                    continue;
                }
                edges.entry(key).or_insert_with_key(|(a, b)| Edge::new(EdgeKind::Contact, a, b)).add_event(e);
            }
        }
    }
    edges
}

/// Normalised betweenness centrality of each node of `graph`, by node index, rounded to six
/// decimals, over the contact graph: the edges `counted` keeps and the nodes they join (as
/// networkx computes it on `g.edge_subgraph(contact_edges)`). A node with no such edge has 0.
pub fn betweenness<N, E>(graph: &UnGraph<N, E>, counted: impl Fn(&E) -> bool) -> Vec<f64> {
    let ends: Vec<(NodeIndex, NodeIndex)> =
        graph.edge_indices().filter(|&e| counted(&graph[e])).filter_map(|e| graph.edge_endpoints(e)).collect();
    let mut linked = vec![false; graph.node_count()];
    for &(a, b) in &ends {
        linked[a.index()] = true;
        linked[b.index()] = true;
    }
    // The contact graph's nodes, in the order of the graph's.
    let mut plain: UnGraph<(), ()> = UnGraph::with_capacity(linked.len(), ends.len());
    let compact: Vec<Option<NodeIndex>> = linked.iter().map(|&l| l.then(|| plain.add_node(()))).collect();
    for (a, b) in ends {
        if let (Some(x), Some(y)) = (compact[a.index()], compact[b.index()]) {
            plain.add_edge(x, y, ());
        }
    }
    let scores = brandes(&plain);
    compact.iter().map(|c| c.map_or(0.0, |i| (scores[i.index()] * 1e6).round() / 1e6)).collect()
}

/// Sources whose dependencies are computed at once.
const SOURCES_AT_ONCE: usize = 256;

/// Brandes' algorithm, normalised, computed exactly as rustworkx-core's sequential
/// `betweenness_centrality` computes it (a test checks the two agree to the bit), except that
/// the dependencies of several sources are found in parallel: they are still added up in
/// source order, so the result is the same whatever the thread count.
fn brandes(graph: &UnGraph<(), ()>) -> Vec<f64> {
    let n = graph.node_count();
    let mut sums = vec![0.0; n];
    // A node without edges is on no path but its own: it adds nothing as a source.
    let sources: Vec<NodeIndex> = graph.node_indices().filter(|&s| graph.neighbors(s).next().is_some()).collect();
    for block in sources.chunks(SOURCES_AT_ONCE) {
        let dependencies: Vec<Vec<(usize, f64)>> =
            block.par_iter().map_init(|| Search::new(n), |search, &s| search.dependencies(graph, s)).collect();
        // Each node gets one term per source, in source order (nodes a source does not reach
        // would add zero).
        for (s, dependency) in block.iter().zip(dependencies) {
            for (v, d) in dependency {
                if v != s.index() {
                    sums[v] += d;
                }
            }
        }
    }
    if n > 2 {
        let scale = 1.0 / ((n - 1) * (n - 2)) as f64;
        sums.iter_mut().for_each(|x| *x *= scale);
    }
    sums
}

/// The per-node state of one breadth-first search, kept from source to source: only the
/// nodes a search reached are reset after it, so a source in a small component costs little
/// however large the graph (archives give many small components).
struct Search {
    by_distance: Vec<usize>,
    predecessors: Vec<Vec<usize>>,
    paths: Vec<f64>,
    distance: Vec<Option<usize>>,
    dependency: Vec<f64>,
    queue: std::collections::VecDeque<NodeIndex>,
}

impl Search {
    fn new(n: usize) -> Search {
        Search {
            by_distance: Vec::new(),
            predecessors: vec![Vec::new(); n],
            paths: vec![0.0; n],
            distance: vec![None; n],
            dependency: vec![0.0; n],
            queue: std::collections::VecDeque::new(),
        }
    }

    /// The dependency of source `s` on each node it reaches: how much of the shortest paths
    /// from `s` pass through it.
    fn dependencies(&mut self, graph: &UnGraph<(), ()>, s: NodeIndex) -> Vec<(usize, f64)> {
        let Search { by_distance, predecessors, paths, distance, dependency, queue } = self;
        paths[s.index()] = 1.0;
        distance[s.index()] = Some(0);
        queue.push_back(s);
        while let Some(v) = queue.pop_front() {
            by_distance.push(v.index());
            let next = distance[v.index()].map(|d| d + 1);
            for w in graph.neighbors(v) {
                if distance[w.index()].is_none() {
                    queue.push_back(w);
                    distance[w.index()] = next;
                }
                if distance[w.index()] == next {
                    paths[w.index()] += paths[v.index()];
                    predecessors[w.index()].push(v.index());
                }
            }
        }
        for &w in by_distance.iter().rev() {
            let share = (1.0 + dependency[w]) / paths[w];
            for &v in &predecessors[w] {
                dependency[v] += paths[v] * share;
            }
        }
        let reached = by_distance.iter().map(|&v| (v, dependency[v])).collect();
        for &v in by_distance.iter() {
            predecessors[v].clear();
            paths[v] = 0.0;
            distance[v] = None;
            dependency[v] = 0.0;
        }
        by_distance.clear();
        reached
    }
}

/// The finished graph with the provenance exporters write as graph attributes.
#[derive(Debug, Clone)]
pub struct ContactGraph {
    pub graph: UnGraph<Node, Edge>,
    /// The input paths, sorted (a set: the graph does not depend on their order).
    pub sources: Vec<String>,
    pub article_count: u64,
    pub first_date: Option<String>,
    pub last_date: Option<String>,
    pub shape: Shape,
    /// The filter as command-line flags, empty when none.
    pub filter: String,
    /// The selected events, in event order.
    pub events: Vec<Event>,
}

impl ContactGraph {
    /// First and last day of the selected events.
    pub fn event_span(&self) -> Option<(NaiveDate, NaiveDate)> {
        let dates = self.events.iter().filter_map(|e| e.date);
        let first = dates.clone().map(When::first).min()?;
        Some((first, dates.map(When::last).max()?))
    }

    /// True when two edges join the same two nodes.
    pub fn is_multigraph(&self) -> bool {
        let mut pairs = BTreeSet::new();
        self.graph
            .edge_indices()
            .filter_map(|e| self.graph.edge_endpoints(e))
            .any(|(a, b)| !pairs.insert((a.min(b), a.max(b))))
    }
}

/// Accumulates nodes from extractions; edges come from events at [`GraphBuilder::finish`].
#[derive(Debug, Default, Clone)]
pub struct GraphBuilder {
    /// Chinese names of countries by ISO code, for countries known only as a person's.
    country_names: BTreeMap<String, String>,
    organization_names: BTreeMap<String, String>,
    /// Nodes and each person's countries by id, hashed while articles come in (an id is
    /// cloned only the first time it is seen) and put in order at the end.
    nodes: FxHashMap<String, Node>,
    memberships: FxHashMap<String, Vec<String>>,
    /// For each person, the article (publication time, file) their country and role are from.
    said: FxHashMap<String, Said>,
    article_count: u64,
    first_published: Option<String>,
    last_published: Option<String>,
}

/// The node `id` of `nodes`, made by `make` if it is new (an id is cloned only then).
fn node_in<'a>(nodes: &'a mut FxHashMap<String, Node>, id: &str, make: impl FnOnce() -> Node) -> &'a mut Node {
    if !nodes.contains_key(id) {
        nodes.insert(id.to_string(), make());
    }
    nodes.get_mut(id).expect("the node is in")
}

/// The articles (publication time, file) a person's country and role were taken from.
#[derive(Debug, Default, Clone)]
struct Said {
    /// The article the label (the name as written, for a person found by title) is from.
    name: Option<(Option<String>, String)>,
    country: Option<(Option<String>, String)>,
    role: Option<(Option<String>, String)>,
}

impl GraphBuilder {
    pub fn new(dicts: &crate::dict::Dictionaries) -> GraphBuilder {
        GraphBuilder {
            country_names: dicts.countries.iter().map(|c| (c.id.clone(), c.name.clone())).collect(),
            organization_names: dicts.organizations.iter().map(|o| (o.id.clone(), o.name.clone())).collect(),
            ..GraphBuilder::default()
        }
    }

    pub fn add(&mut self, x: &Extraction) {
        self.article_count += 1;
        if let Some(p) = x.published.as_deref().and_then(|p| p.get(..10)) {
            if self.first_published.as_deref().is_none_or(|f| p < f) {
                self.first_published = Some(p.to_string());
            }
            if self.last_published.as_deref().is_none_or(|l| p > l) {
                self.last_published = Some(p.to_string());
            }
        }
        for p in &x.people {
            let node =
                node_in(&mut self.nodes, &p.id, || Node::entity(&p.id, NodeKind::Person, &p.name, None, p.known));
            node.articles += 1;
            // The role and country of the latest article that gives them win (by publication
            // time, then file name), whatever order the articles come in.
            let stamp = (x.published.as_deref(), x.file.as_str());
            if !self.said.contains_key(&p.id) {
                self.said.insert(p.id.clone(), Said::default());
            }
            let said = self.said.get_mut(&p.id).expect("the person is in");
            // So is the name it is labelled with (a name found by title is written one way
            // or another: 梁颂恒, 梁頌恆).
            if said.name.as_ref().is_none_or(|(t, f)| (t.as_deref(), f.as_str()) < stamp) {
                if node.label != p.name {
                    node.label = p.name.clone();
                }
                said.name = Some((x.published.clone(), x.file.clone()));
            }
            if p.country.is_some() && said.country.as_ref().is_none_or(|(t, f)| (t.as_deref(), f.as_str()) < stamp) {
                node.country = p.country.clone();
                said.country = Some((x.published.clone(), x.file.clone()));
            }
            if p.role.is_some() && said.role.as_ref().is_none_or(|(t, f)| (t.as_deref(), f.as_str()) < stamp) {
                node.role = p.role.clone();
                said.role = Some((x.published.clone(), x.file.clone()));
            }
            if let Some(c) = &p.country {
                match self.memberships.get_mut(&p.id) {
                    Some(countries) if countries.contains(c) => {}
                    Some(countries) => countries.push(c.clone()),
                    None => {
                        self.memberships.insert(p.id.clone(), vec![c.clone()]);
                    }
                }
            }
        }
        for c in &x.countries {
            self.node(&c.id, || Node::entity(&c.id, NodeKind::Country, &c.name, Some(c.id.clone()), true)).articles +=
                1;
        }
        for o in &x.organizations {
            self.node(&o.id, || Node::entity(&o.id, NodeKind::Organization, &o.name, o.country.clone(), true))
                .articles += 1;
        }
    }

    /// The node `id`, made by `make` if it is new.
    fn node(&mut self, id: &str, make: impl FnOnce() -> Node) -> &mut Node {
        node_in(&mut self.nodes, id, make)
    }

    /// Builds the graph of the `events` that pass `filter`, in the given shape; `sources`
    /// are the inputs it was read from (recorded as provenance).
    pub fn finish(self, events: Vec<Event>, shape: Shape, filter: &Filter, mut sources: Vec<String>) -> ContactGraph {
        sources.sort();
        sources.dedup();
        // Looked up by id until the end, where they are put in order once.
        let mut nodes = self.nodes;
        let memberships: BTreeSet<(String, String)> = self
            .memberships
            .into_iter()
            .flat_map(|(person, countries)| countries.into_iter().map(move |c| (person.clone(), c)))
            .collect();
        for (_, country) in &memberships {
            if !nodes.contains_key(country) {
                let label = self.country_names.get(country).cloned().unwrap_or_else(|| country.clone());
                nodes.insert(
                    country.clone(),
                    Node::entity(country, NodeKind::Country, &label, Some(country.clone()), true),
                );
            }
        }
        let events: Vec<Event> = events.into_iter().filter(|e| filter.keeps(e)).collect();
        // Organisations that are sides of a contact are nodes even where no article named them.
        for o in events.iter().flat_map(|e| &e.organizations) {
            let label = self.organization_names.get(o).cloned().unwrap_or_else(|| o.clone());
            node_in(&mut nodes, o, || Node::entity(o, NodeKind::Organization, &label, None, true));
        }
        if shape.level == Level::Country {
            // Countries, and the organisations that take part in contacts as sides.
            let sides: BTreeSet<&String> = events.iter().flat_map(|e| &e.organizations).collect();
            nodes.retain(|id, n| n.kind == NodeKind::Country || sides.contains(id));
        }
        let participants = |e: &Event| -> Vec<String> {
            match shape.level {
                Level::Person => e.people.iter().chain(&e.countries).cloned().collect(),
                Level::Country => e.countries.iter().chain(&e.organizations).cloned().collect(),
            }
        };
        for e in &events {
            for p in participants(e) {
                if let Some(n) = nodes.get_mut(&p) {
                    n.events += 1;
                    n.dates.extend(e.date);
                }
            }
        }
        let mut edges: Vec<Edge> = Vec::new();
        if shape.events_as_nodes {
            for e in &events {
                let mut node = Node::entity(&e.id, NodeKind::Event, &event_label(e, &nodes), None, true);
                node.articles = e.num_articles as u64;
                node.events = 1;
                node.dates.extend(e.date);
                node.event = Some((e.kind, e.status));
                let mut sides: Vec<String> = participants(e).into_iter().filter(|p| nodes.contains_key(p)).collect();
                sides.sort();
                sides.dedup();
                for p in sides {
                    let mut edge = Edge::new(EdgeKind::Participant, &e.id, &p);
                    edge.add_event(e);
                    edges.push(edge);
                }
                nodes.insert(e.id.clone(), node);
            }
        } else {
            edges.extend(
                contact_edges(&events, shape.level).into_values().filter(|edge| edge.count >= filter.min_weight.max(1)),
            );
        }
        let filtered = !filter.is_empty();
        if filtered {
            // Only what the selected contacts touch: their ends and those people's countries.
            let ends: BTreeSet<&String> = edges.iter().flat_map(|e| [&e.source, &e.target]).collect();
            nodes.retain(|id, _| ends.contains(id));
        }
        if shape.level == Level::Person && !shape.events_as_nodes {
            for (person, country) in &memberships {
                if !nodes.contains_key(person) {
                    continue;
                }
                if filtered && !nodes.contains_key(country) {
                    let label = self.country_names.get(country).cloned().unwrap_or_else(|| country.clone());
                    nodes.insert(
                        country.clone(),
                        Node::entity(country, NodeKind::Country, &label, Some(country.clone()), true),
                    );
                }
                if nodes.contains_key(country) {
                    let mut edge = Edge::new(EdgeKind::MemberOf, person, country);
                    edge.count = 1;
                    edges.push(edge);
                }
            }
        }
        let mut graph = UnGraph::new_undirected();
        let mut index: FxHashMap<String, NodeIndex> = FxHashMap::default();
        let mut nodes: Vec<Node> = nodes.into_values().collect();
        nodes.sort_by(|a, b| (a.kind, &a.id).cmp(&(b.kind, &b.id)));
        for n in nodes {
            let id = n.id.clone();
            index.insert(id, graph.add_node(n));
        }
        for edge in edges {
            if let (Some(&x), Some(&y)) = (index.get(&edge.source), index.get(&edge.target)) {
                graph.add_edge(x, y, edge);
            }
        }
        let centrality = betweenness(&graph, |e: &Edge| e.kind != EdgeKind::MemberOf);
        for (i, b) in graph.node_indices().zip(centrality) {
            graph[i].betweenness = b;
        }
        ContactGraph {
            graph,
            sources,
            article_count: self.article_count,
            first_date: self.first_published,
            last_date: self.last_published,
            shape,
            filter: filter.describe(),
            events,
        }
    }
}

/// `phone 2020-08-31: 安倍晋三, 特朗普` — the type, day and participants of an event.
fn event_label(e: &Event, nodes: &FxHashMap<String, Node>) -> String {
    let ids = if e.people.len() >= 2 { &e.people } else { &e.countries };
    let names: Vec<&str> = ids.iter().map(|id| nodes.get(id).map_or(id.as_str(), |n| n.label.as_str())).collect();
    let sides = names.join(", ");
    let date = e.date.map_or("undated".to_string(), |d| d.to_string());
    format!("{} {date}: {sides}", e.kind.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Graphs of every shape the contact graph takes: disconnected parts, isolated nodes,
    /// parallel edges and loops, from sparse to dense.
    fn sample_graphs() -> Vec<UnGraph<(), ()>> {
        let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
        let mut next = move |below: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % below as u64) as usize
        };
        (0..60)
            .map(|i| {
                let n = 1 + i * 3;
                let mut g = UnGraph::<(), ()>::default();
                for _ in 0..n {
                    g.add_node(());
                }
                for _ in 0..n * (1 + i % 4) {
                    g.add_edge(NodeIndex::new(next(n)), NodeIndex::new(next(n)), ());
                }
                g
            })
            .collect()
    }

    #[test]
    fn betweenness_is_that_of_rustworkx_to_the_bit() {
        for g in sample_graphs() {
            let expected: Vec<f64> = rustworkx_core::centrality::betweenness_centrality(&g, false, true, usize::MAX)
                .into_iter()
                .map(|b| b.expect("every node has a value"))
                .collect();
            let ours = brandes(&g);
            assert_eq!(
                ours.iter().map(|x| x.to_bits()).collect::<Vec<_>>(),
                expected.iter().map(|x| x.to_bits()).collect::<Vec<_>>()
            );
        }
    }

    #[test]
    fn betweenness_of_a_path_is_highest_in_the_middle() {
        let g = UnGraph::<(), ()>::from_edges([(0, 1), (1, 2), (2, 3), (3, 4)]);
        // networkx: {0: 0.0, 1: 0.5, 2: 0.6667, 3: 0.5, 4: 0.0}
        assert_eq!(betweenness(&g, |_| true), [0.0, 0.5, 0.666667, 0.5, 0.0]);
    }

    #[test]
    fn betweenness_is_normalised_over_the_nodes_of_counted_edges() {
        // A path 0-1-2 of counted edges, with 3 linked by an edge that is not counted and 4 alone:
        // networkx over the edge subgraph of the path gives 1.0 to its middle.
        let g = UnGraph::<(), bool>::from_edges([(0, 1, true), (1, 2, true), (2, 3, false)]);
        let mut g = g;
        g.add_node(());
        assert_eq!(betweenness(&g, |counted| *counted), [0.0, 1.0, 0.0, 0.0, 0.0]);
    }
}
