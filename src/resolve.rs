//! Resolution: [`Mention`]s → the people, countries and organisations of one article.
//!
//! Owns the rules that turn surface forms into canonical entities: weak forms (菅, 蔡)
//! count only beside a strong form of the same person; a form shared by two people goes
//! to the one the article supports (a strong form present, else a role in force on the
//! article's date); a person's country and role are those in force on that date; a
//! person is never emitted from the title alone.

use crate::dict::Dictionaries;
use crate::matcher::{Mention, Target};
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::{BTreeSet, HashMap};

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct PersonRecord {
    pub id: String,
    pub name: String,
    pub mentions: Vec<String>,
    pub country: Option<String>,
    pub role: Option<String>,
    pub known: bool,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct CountryRecord {
    pub id: String,
    pub name: String,
    pub mentions: Vec<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct OrganizationRecord {
    pub id: String,
    pub name: String,
    pub mentions: Vec<String>,
    pub country: Option<String>,
    pub kind: String,
}

/// A resolved occurrence in the body: which entity, where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Located {
    pub at: usize,
    pub end: usize,
    pub entity: Entity,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Entity {
    /// Index into the article's people.
    Person(usize),
    /// ISO code.
    Country(String),
    Organization(String),
    /// Contact type of a trigger word.
    Trigger(String),
}

/// The entities of one article and where they occur in the body.
#[derive(Debug, Clone, Default)]
pub struct Resolved {
    pub people: Vec<PersonRecord>,
    pub countries: Vec<CountryRecord>,
    pub organizations: Vec<OrganizationRecord>,
    /// Body occurrences in text order.
    pub located: Vec<Located>,
}

/// Resolves the mentions of an article's text, whose first `title_end` bytes are the title;
/// `date` is the article's reference day. People named only in the title are not emitted.
pub fn resolve(
    dicts: &Dictionaries,
    text: &str,
    mentions: &[Mention],
    title_end: usize,
    date: Option<NaiveDate>,
) -> Resolved {
    // Which people and countries have a strong form in the article.
    let strong: BTreeSet<usize> = mentions
        .iter()
        .filter(|m| m.targets.len() == 1)
        .filter_map(|m| match m.targets[0] {
            Target::Person { index, weak: false } => Some(index),
            _ => None,
        })
        .collect();
    let strong_countries: BTreeSet<usize> = mentions
        .iter()
        .filter_map(|m| match m.targets.first() {
            Some(Target::Country { index, weak: false }) => Some(*index),
            _ => None,
        })
        .collect();
    let pick_person = |m: &Mention| -> Option<usize> {
        let people: Vec<(usize, bool)> = m
            .targets
            .iter()
            .filter_map(|t| match *t {
                Target::Person { index, weak } => Some((index, weak)),
                _ => None,
            })
            .collect();
        if people.is_empty() {
            return None;
        }
        let supported: Vec<usize> = people.iter().filter(|(i, _)| strong.contains(i)).map(|(i, _)| *i).collect();
        if supported.len() == 1 {
            return Some(supported[0]);
        }
        let strong_forms: Vec<usize> = people.iter().filter(|(_, w)| !w).map(|(i, _)| *i).collect();
        let candidates = if supported.is_empty() { strong_forms } else { supported };
        match candidates.as_slice() {
            [one] => Some(*one),
            [] => None,
            many => {
                let active: Vec<usize> = many
                    .iter()
                    .copied()
                    .filter(|&i| date.is_some_and(|d| dicts.people[i].roles.iter().any(|r| r.active_on(d))))
                    .collect();
                (active.len() == 1).then(|| active[0])
            }
        }
    };

    let mut out = Resolved::default();
    let mut person_slot: HashMap<usize, usize> = HashMap::new();
    let mut country_slot: HashMap<String, usize> = HashMap::new();
    let mut org_slot: HashMap<String, usize> = HashMap::new();

    let mut add_country = |out: &mut Resolved, id: &str, surface: &str| {
        let Some(c) = dicts.country(id) else { return };
        let slot = *country_slot.entry(id.to_string()).or_insert_with(|| {
            out.countries.push(CountryRecord { id: c.id.clone(), name: c.name.clone(), mentions: Vec::new() });
            out.countries.len() - 1
        });
        let mentions = &mut out.countries[slot].mentions;
        if !mentions.iter().any(|m| m == surface) {
            mentions.push(surface.to_string());
        }
    };

    // A person named only in the title is not emitted.
    let in_body: BTreeSet<usize> =
        mentions.iter().filter(|m| m.range.start >= title_end).filter_map(&pick_person).collect();
    for m in mentions {
        let surface = &text[m.range.clone()];
        let entity = match m.targets.first() {
            Some(Target::Person { .. }) => {
                let Some(index) = pick_person(m).filter(|i| in_body.contains(i)) else {
                    continue;
                };
                let p = &dicts.people[index];
                let slot = *person_slot.entry(index).or_insert_with(|| {
                    let role = p.role_on(date);
                    out.people.push(PersonRecord {
                        id: p.id.clone(),
                        name: p.name.clone(),
                        mentions: Vec::new(),
                        country: role.and_then(|r| r.country.clone()),
                        role: role.map(|r| r.title.clone()),
                        known: true,
                    });
                    out.people.len() - 1
                });
                let mentions = &mut out.people[slot].mentions;
                if !mentions.iter().any(|x| x == surface) {
                    mentions.push(surface.to_string());
                }
                Entity::Person(slot)
            }
            Some(Target::Country { index, weak }) => {
                if *weak && !strong_countries.contains(index) {
                    continue;
                }
                let id = dicts.countries[*index].id.clone();
                add_country(&mut out, &id, surface);
                Entity::Country(id)
            }
            Some(Target::Organization(i)) => {
                add_org(dicts, &mut out, &mut org_slot, *i, surface);
                let o = &dicts.organizations[*i];
                // A state body named with its country (中国外交部) refers to that country.
                if let Some(cc) = o.country.as_deref().filter(|_| o.kind == "gov" || o.kind == "military")
                    && let Some(c) = dicts.country(cc)
                    && surface.contains(c.name.as_str())
                {
                    let name = c.name.clone();
                    add_country(&mut out, cc, &name);
                }
                Entity::Organization(o.id.clone())
            }
            Some(Target::Trigger(i)) => Entity::Trigger(dicts.cues[*i].label.clone()),
            None => continue,
        };
        out.located.push(Located { at: m.range.start, end: m.range.end, entity });
    }
    out
}

fn add_org(dicts: &Dictionaries, out: &mut Resolved, slots: &mut HashMap<String, usize>, i: usize, surface: &str) {
    let o = &dicts.organizations[i];
    let slot = *slots.entry(o.id.clone()).or_insert_with(|| {
        out.organizations.push(OrganizationRecord {
            id: o.id.clone(),
            name: o.name.clone(),
            mentions: Vec::new(),
            country: o.country.clone(),
            kind: o.kind.clone(),
        });
        out.organizations.len() - 1
    });
    let mentions = &mut out.organizations[slot].mentions;
    if !mentions.iter().any(|m| m == surface) {
        mentions.push(surface.to_string());
    }
}
