//! Events: per-article contacts clustered into the real-world contacts they report.
//!
//! One call is reported by many articles and outlets. A contact joins an event with the
//! same sides (the same people, or the same countries where people are not named), a
//! compatible type, and a day within one day of the event's (the publication day stands in
//! for a contact without one). Each event keeps all its sources, like GDELT's NumArticles.
//! Clustering consumes extractions in input order, so the result does not depend on the
//! thread count.

use crate::contacts::{ContactType, Status};
use crate::extract::Extraction;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One article that reports an event.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Source {
    pub file: String,
    pub url: Option<String>,
    pub outlet: String,
    pub published: Option<String>,
}

/// A contact as it happened, with every article that reports it (an `events.jsonl` line).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Event {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: ContactType,
    pub status: Status,
    pub people: Vec<String>,
    pub countries: Vec<String>,
    pub date: Option<String>,
    pub duration_min: Option<u32>,
    pub num_articles: usize,
    pub sources: Vec<Source>,
    pub evidence: String,
    pub topics: Vec<String>,
    // Codes from a fixed table; read back from events.jsonl as empty (`stats --from`).
    #[serde(skip_deserializing)]
    pub cameo: &'static str,
    #[serde(skip_deserializing)]
    pub plover: &'static str,
    #[serde(skip_deserializing)]
    pub plover_mode: &'static str,
    #[serde(skip)]
    day: Option<NaiveDate>,
    #[serde(skip)]
    anchor: Option<NaiveDate>,
}

/// Accumulates events from extractions, in input order.
#[derive(Debug, Default)]
pub struct EventClusterer {
    events: Vec<Event>,
    by_sides: BTreeMap<String, Vec<usize>>,
}

fn sides_key(people: &[String], countries: &[String]) -> String {
    let mut v: Vec<&String> = if people.len() >= 2 { people.iter().collect() } else { countries.iter().collect() };
    v.sort();
    v.dedup();
    let prefix = if people.len() >= 2 { "p:" } else { "c:" };
    format!("{prefix}{}", v.iter().map(|s| s.as_str()).collect::<Vec<_>>().join("+"))
}

fn kinds_compatible(a: ContactType, b: ContactType) -> bool {
    a == b || a == ContactType::Meeting || b == ContactType::Meeting
}

impl EventClusterer {
    pub fn add(&mut self, x: &Extraction) {
        if x.contacts.is_empty() {
            return;
        }
        let published = x.published.as_deref().and_then(|p| NaiveDate::parse_from_str(p.get(..10)?, "%Y-%m-%d").ok());
        let source = Source {
            file: x.file.clone(),
            url: x.url.clone(),
            outlet: x.outlet.clone(),
            published: x.published.clone(),
        };
        for c in &x.contacts {
            let key = sides_key(&c.people, &c.countries);
            let anchor = c.date.or(published);
            let found = self.by_sides.get(&key).and_then(|ids| {
                ids.iter().copied().find(|&i| {
                    let e = &self.events[i];
                    let near = match (e.anchor, anchor) {
                        (Some(a), Some(b)) => (a - b).num_days().abs() <= 1,
                        _ => e.day.is_none() && c.date.is_none(),
                    };
                    let statuses = e.status == c.status || c.date.is_some() && e.day == c.date;
                    near && kinds_compatible(e.kind, c.kind) && statuses
                })
            });
            match found {
                Some(i) => {
                    let e = &mut self.events[i];
                    if e.kind == ContactType::Meeting && c.kind != ContactType::Meeting {
                        e.kind = c.kind;
                        (e.cameo, e.plover_mode) = (c.cameo, c.plover_mode);
                    }
                    for t in &c.topics {
                        if !e.topics.contains(t) {
                            e.topics.push(t.clone());
                        }
                    }
                    if e.day.is_none() && c.date.is_some() {
                        e.day = c.date;
                        e.anchor = c.date;
                    }
                    e.duration_min = e.duration_min.or(c.duration_min);
                    if !e.sources.contains(&source) {
                        e.sources.push(source.clone());
                    }
                }
                None => {
                    self.by_sides.entry(key).or_default().push(self.events.len());
                    self.events.push(Event {
                        id: String::new(),
                        kind: c.kind,
                        status: c.status,
                        people: c.people.clone(),
                        countries: c.countries.clone(),
                        date: None,
                        duration_min: c.duration_min,
                        num_articles: 0,
                        sources: vec![source.clone()],
                        evidence: c.evidence.clone(),
                        topics: c.topics.clone(),
                        cameo: c.cameo,
                        plover: c.plover,
                        plover_mode: c.plover_mode,
                        day: c.date,
                        anchor,
                    });
                }
            }
        }
    }

    /// The events, sorted by day, type and sides, with stable ids.
    pub fn finish(self) -> Vec<Event> {
        let mut events = self.events;
        for e in &mut events {
            e.date = e.day.map(|d| d.format("%Y-%m-%d").to_string());
            e.num_articles = e.sources.len();
            e.people.sort();
            e.countries.sort();
        }
        events.sort_by(|a, b| {
            (a.day, a.kind, &a.people, &a.countries, &a.sources).cmp(&(
                b.day,
                b.kind,
                &b.people,
                &b.countries,
                &b.sources,
            ))
        });
        let mut seen: BTreeMap<String, usize> = BTreeMap::new();
        for e in &mut events {
            let sides = if e.people.len() >= 2 { e.people.join("+") } else { e.countries.join("+") };
            let base = format!("{}:{}:{}", e.date.as_deref().unwrap_or("undated"), e.kind.as_str(), sides);
            let n = seen.entry(base.clone()).or_insert(0);
            *n += 1;
            e.id = if *n == 1 { base } else { format!("{base}:{n}") };
        }
        events
    }
}
