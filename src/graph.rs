//! Graph: entities and events of many articles → one petgraph graph.
//!
//! Nodes are people, countries and organisations with their attributes. Undirected
//! `contact` edges join people who took part in the same event, aggregated over events
//! (count, types, first and last day, articles); `member_of` edges join a person to the
//! country they represent. The builder keeps per-entity and per-event state only, so it
//! grows with entities and events, not with articles. Node and edge order is sorted by id,
//! so the graph is the same whatever the thread count.

use crate::events::Event;
use crate::extract::Extraction;
use petgraph::graph::{NodeIndex, UnGraph};
use std::collections::{BTreeMap, BTreeSet};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum NodeKind {
    Person,
    Country,
    Organization,
}

impl NodeKind {
    pub fn as_str(self) -> &'static str {
        match self {
            NodeKind::Person => "person",
            NodeKind::Country => "country",
            NodeKind::Organization => "organization",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub id: String,
    pub kind: NodeKind,
    pub label: String,
    pub country: Option<String>,
    pub role: Option<String>,
    /// Articles that mention the entity.
    pub articles: u64,
    pub known: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum EdgeKind {
    Contact,
    MemberOf,
}

impl EdgeKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EdgeKind::Contact => "contact",
            EdgeKind::MemberOf => "member_of",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Edge {
    pub kind: EdgeKind,
    /// Number of events (contacts) between the two ends; 1 for `member_of`.
    pub count: u64,
    /// Contact types with their event counts, in type order.
    pub types: BTreeMap<String, u64>,
    pub first_date: Option<String>,
    pub last_date: Option<String>,
    pub num_articles: u64,
    /// Files of the articles behind the edge.
    pub articles: BTreeSet<String>,
}

/// The finished graph with the provenance exporters write as graph attributes.
#[derive(Debug, Clone)]
pub struct ContactGraph {
    pub graph: UnGraph<Node, Edge>,
    pub article_count: u64,
    pub first_date: Option<String>,
    pub last_date: Option<String>,
}

/// Accumulates nodes from extractions; edges come from events at [`GraphBuilder::finish`].
#[derive(Debug, Default)]
pub struct GraphBuilder {
    /// Chinese names of countries by ISO code, for countries known only as a person's.
    country_names: BTreeMap<String, String>,
    nodes: BTreeMap<String, Node>,
    memberships: BTreeSet<(String, String)>,
    article_count: u64,
    first_published: Option<String>,
    last_published: Option<String>,
}

impl GraphBuilder {
    pub fn new(dicts: &crate::dict::Dictionaries) -> GraphBuilder {
        GraphBuilder {
            country_names: dicts.countries.iter().map(|c| (c.id.clone(), c.name.clone())).collect(),
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
            let node = self.nodes.entry(p.id.clone()).or_insert_with(|| Node {
                id: p.id.clone(),
                kind: NodeKind::Person,
                label: p.name.clone(),
                country: None,
                role: None,
                articles: 0,
                known: p.known,
            });
            node.articles += 1;
            // The latest article's role and country win, as input order is time order
            // for archives; ties are resolved by keeping the first seen.
            if p.country.is_some() {
                node.country = p.country.clone();
            }
            if p.role.is_some() {
                node.role = p.role.clone();
            }
            if let Some(c) = &p.country {
                self.memberships.insert((p.id.clone(), c.clone()));
            }
        }
        for c in &x.countries {
            self.nodes
                .entry(c.id.clone())
                .or_insert_with(|| Node {
                    id: c.id.clone(),
                    kind: NodeKind::Country,
                    label: c.name.clone(),
                    country: Some(c.id.clone()),
                    role: None,
                    articles: 0,
                    known: true,
                })
                .articles += 1;
        }
        for o in &x.organizations {
            self.nodes
                .entry(o.id.clone())
                .or_insert_with(|| Node {
                    id: o.id.clone(),
                    kind: NodeKind::Organization,
                    label: o.name.clone(),
                    country: o.country.clone(),
                    role: None,
                    articles: 0,
                    known: true,
                })
                .articles += 1;
        }
    }

    /// Builds the graph; contact edges come from `events`.
    pub fn finish(mut self, events: &[Event]) -> ContactGraph {
        for (_, country) in &self.memberships {
            if !self.nodes.contains_key(country) {
                let label = self.country_names.get(country).cloned().unwrap_or_else(|| country.clone());
                self.nodes.insert(
                    country.clone(),
                    Node {
                        id: country.clone(),
                        kind: NodeKind::Country,
                        label,
                        country: Some(country.clone()),
                        role: None,
                        articles: 0,
                        known: true,
                    },
                );
            }
        }
        let mut edges: BTreeMap<(String, String), Edge> = BTreeMap::new();
        for e in events {
            for (i, a) in e.people.iter().enumerate() {
                for b in &e.people[i + 1..] {
                    let key = if a < b { (a.clone(), b.clone()) } else { (b.clone(), a.clone()) };
                    let edge = edges.entry(key).or_insert_with(|| Edge {
                        kind: EdgeKind::Contact,
                        count: 0,
                        types: BTreeMap::new(),
                        first_date: None,
                        last_date: None,
                        num_articles: 0,
                        articles: BTreeSet::new(),
                    });
                    edge.count += 1;
                    *edge.types.entry(e.kind.as_str().to_string()).or_insert(0) += 1;
                    if let Some(d) = &e.date {
                        if edge.first_date.as_ref().is_none_or(|f| d < f) {
                            edge.first_date = Some(d.clone());
                        }
                        if edge.last_date.as_ref().is_none_or(|l| d > l) {
                            edge.last_date = Some(d.clone());
                        }
                    }
                    edge.num_articles += e.num_articles as u64;
                    edge.articles.extend(e.sources.iter().map(|s| s.file.clone()));
                }
            }
        }
        let mut graph = UnGraph::new_undirected();
        let mut index: BTreeMap<String, NodeIndex> = BTreeMap::new();
        let mut nodes: Vec<Node> = self.nodes.into_values().collect();
        nodes.sort_by(|a, b| (a.kind, &a.id).cmp(&(b.kind, &b.id)));
        for n in nodes {
            let id = n.id.clone();
            index.insert(id, graph.add_node(n));
        }
        for ((a, b), edge) in edges {
            if let (Some(&x), Some(&y)) = (index.get(&a), index.get(&b)) {
                graph.add_edge(x, y, edge);
            }
        }
        for (person, country) in self.memberships {
            if let (Some(&x), Some(&y)) = (index.get(&person), index.get(&country)) {
                graph.add_edge(
                    x,
                    y,
                    Edge {
                        kind: EdgeKind::MemberOf,
                        count: 1,
                        types: BTreeMap::new(),
                        first_date: None,
                        last_date: None,
                        num_articles: 0,
                        articles: BTreeSet::new(),
                    },
                );
            }
        }
        ContactGraph {
            graph,
            article_count: self.article_count,
            first_date: self.first_published,
            last_date: self.last_published,
        }
    }
}
