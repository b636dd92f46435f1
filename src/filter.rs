//! Filters: which events a graph or a stats report is made of.
//!
//! `--since`, `--until`, `--type`, `--status`, `--country` and `--person` select events;
//! `--min-weight` drops aggregated contact edges made of fewer events. The same [`Filter`]
//! is the command-line argument group of `graph` and `stats`.
//!
//! Before a run, [`Filter::resolve`] checks the values against the dictionaries: names,
//! English names and aliases become ids, an unknown value is an error with suggestions.
//! People in no dictionary (`zh-NAME`, found by `discover`) are known only after the run,
//! when [`Filter::check_found`] checks them against the events.

use crate::contacts::{ContactType, Status};
use crate::dict::Dictionaries;
use crate::events::Event;
use chrono::NaiveDate;
use clap::Args;
use std::str::FromStr;

impl FromStr for ContactType {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        ContactType::parse(s)
            .ok_or_else(|| format!("unknown contact type `{s}` (phone, video, meeting, visit, summit)"))
    }
}

impl FromStr for Status {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        [Status::Held, Status::Planned, Status::Cancelled]
            .into_iter()
            .find(|x| x.as_str() == s)
            .ok_or_else(|| format!("unknown status `{s}` (held, planned, cancelled)"))
    }
}

/// Event and edge filters; the default keeps everything.
#[derive(Args, Debug, Clone, Default)]
pub struct Filter {
    /// Keep events on or after this day (YYYY-MM-DD); undated events are dropped.
    #[arg(long, value_name = "DATE")]
    pub since: Option<NaiveDate>,
    /// Keep events on or before this day (YYYY-MM-DD); undated events are dropped.
    #[arg(long, value_name = "DATE")]
    pub until: Option<NaiveDate>,
    /// Keep events of these types (phone, video, meeting, visit, summit; comma-separated).
    #[arg(long = "type", value_name = "TYPES", value_delimiter = ',')]
    pub types: Vec<ContactType>,
    /// Keep events of these statuses (held, planned, cancelled; comma-separated).
    #[arg(long = "status", value_name = "STATUSES", value_delimiter = ',')]
    pub statuses: Vec<Status>,
    /// Keep events one of whose sides is one of these countries (ISO codes or names, comma-separated).
    #[arg(long = "country", value_name = "CODES", value_delimiter = ',')]
    pub countries: Vec<String>,
    /// Keep events one of these people took part in (person ids or names, comma-separated).
    #[arg(long = "person", value_name = "IDS", value_delimiter = ',')]
    pub people: Vec<String>,
    /// Drop contact edges made of fewer than N events.
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub min_weight: u64,
}

impl Filter {
    /// True when the filter keeps every event and every edge.
    pub fn is_empty(&self) -> bool {
        self.describe().is_empty()
    }

    /// Whether the event passes the event filters (all of them).
    pub fn keeps(&self, e: &Event) -> bool {
        // A month or a year is kept only when it lies within the range as a whole.
        let in_range = match (self.since, self.until) {
            (None, None) => true,
            (since, until) => {
                e.date.is_some_and(|d| since.is_none_or(|s| d.first() >= s) && until.is_none_or(|u| d.last() <= u))
            }
        };
        in_range
            && (self.types.is_empty() || self.types.contains(&e.kind))
            && (self.statuses.is_empty() || self.statuses.contains(&e.status))
            && (self.countries.is_empty()
                || e.countries.iter().any(|c| self.countries.iter().any(|f| f.eq_ignore_ascii_case(c))))
            && (self.people.is_empty() || e.people.iter().any(|p| self.people.contains(p)))
    }

    /// Checks the filter before a run and puts its people and countries as ids: a name,
    /// English name or alias of the dictionaries stands for its id; a `zh-` id or a Chinese
    /// name in no dictionary is kept as a `zh-` id for [`Filter::check_found`]. The error
    /// is the message for the user: `--since` after `--until`, an unknown or ambiguous value
    /// (with the nearest ids, if any).
    pub fn resolve(&mut self, dicts: &Dictionaries) -> Result<(), String> {
        if let (Some(since), Some(until)) = (self.since, self.until)
            && since > until
        {
            return Err(format!("--since {since} is after --until {until}: no day is in both"));
        }
        let people: Vec<Entry> = dicts
            .people
            .iter()
            .map(|p| Entry::new(&p.id, &p.name, p.english.as_deref(), p.aliases.iter().map(|a| a.form.as_str())))
            .collect();
        let countries: Vec<Entry> = dicts
            .countries
            .iter()
            .map(|c| Entry::new(&c.id, &c.name, c.english.as_deref(), c.aliases.iter().map(|a| a.form.as_str())))
            .collect();
        for value in &mut self.people {
            *value = match lookup(&people, value, "person")? {
                Some(id) => id,
                None if value.starts_with("zh-") => value.clone(),
                None if !value.is_ascii() => format!("zh-{}", value.trim()),
                None => return Err(unknown("person", value, &people, "")),
            };
        }
        dedup(&mut self.people);
        for value in &mut self.countries {
            *value = match lookup(&countries, value, "country")? {
                Some(id) => id,
                None => return Err(unknown("country", value, &countries, " (an ISO code such as US, or a name)")),
            };
        }
        dedup(&mut self.countries);
        Ok(())
    }

    /// After a run: every person of the filter that no dictionary holds (`zh-` ids) must
    /// have taken part in one of `events` (before filtering), else the filter names no one
    /// and the error says so, with the nearest people of the events and dictionaries.
    pub fn check_found(&self, events: &[Event], dicts: &Dictionaries) -> Result<(), String> {
        for id in self.people.iter().filter(|p| p.starts_with("zh-")) {
            if events.iter().any(|e| e.people.contains(id)) {
                continue;
            }
            let mut known: Vec<Entry> = events
                .iter()
                .flat_map(|e| &e.people)
                .filter_map(|p| p.strip_prefix("zh-").map(|name| Entry::new(p, name, None, std::iter::empty())))
                .collect();
            known.extend(
                dicts.people.iter().map(|p| Entry::new(&p.id, &p.name, p.english.as_deref(), std::iter::empty())),
            );
            known.sort_by(|a, b| a.id.cmp(&b.id));
            known.dedup_by(|a, b| a.id == b.id);
            return Err(unknown("person", id, &known, " (in no dictionary, and in no contact of the articles read)"));
        }
        Ok(())
    }

    /// The filter as command-line flags (empty when it keeps everything), for provenance.
    pub fn describe(&self) -> String {
        let list = |v: Vec<&str>| v.join(",");
        let mut parts = Vec::new();
        if let Some(d) = self.since {
            parts.push(format!("--since {d}"));
        }
        if let Some(d) = self.until {
            parts.push(format!("--until {d}"));
        }
        if !self.types.is_empty() {
            parts.push(format!("--type {}", list(self.types.iter().map(|t| t.as_str()).collect())));
        }
        if !self.statuses.is_empty() {
            parts.push(format!("--status {}", list(self.statuses.iter().map(|s| s.as_str()).collect())));
        }
        if !self.countries.is_empty() {
            parts.push(format!("--country {}", list(self.countries.iter().map(String::as_str).collect())));
        }
        if !self.people.is_empty() {
            parts.push(format!("--person {}", list(self.people.iter().map(String::as_str).collect())));
        }
        if self.min_weight > 1 {
            parts.push(format!("--min-weight {}", self.min_weight));
        }
        parts.join(" ")
    }
}

/// An entity a filter value may name: its id, label and the forms that stand for it.
struct Entry {
    id: String,
    label: String,
    /// Id, name, English name and aliases.
    forms: Vec<String>,
}

impl Entry {
    fn new<'a>(id: &str, name: &str, english: Option<&str>, aliases: impl Iterator<Item = &'a str>) -> Entry {
        let mut forms = vec![id.to_string(), name.to_string()];
        forms.extend(english.map(str::to_string));
        forms.extend(aliases.map(str::to_string));
        Entry { id: id.to_string(), label: name.to_string(), forms }
    }

    fn describe(&self) -> String {
        format!("{} ({})", self.id, self.label)
    }
}

/// Folds a value for comparison: ASCII lowercase, white space runs as one space.
fn fold(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ").to_ascii_lowercase()
}

/// The id of the one entry `value` names (by id, name, English name or alias, ASCII case
/// ignored); `None` when none does; an error when several do.
fn lookup(entries: &[Entry], value: &str, what: &str) -> Result<Option<String>, String> {
    let folded = fold(value);
    if let Some(e) = entries.iter().find(|e| fold(&e.id) == folded) {
        return Ok(Some(e.id.clone()));
    }
    let named: Vec<&Entry> = entries.iter().filter(|e| e.forms.iter().any(|f| fold(f) == folded)).collect();
    match named[..] {
        [] => Ok(None),
        [one] => Ok(Some(one.id.clone())),
        _ => Err(format!(
            "ambiguous {what} \"{value}\": it names {}; give the id",
            or_list(named.iter().map(|e| e.describe()).collect())
        )),
    }
}

/// Removes repeated values, keeping the first of each.
fn dedup(values: &mut Vec<String>) {
    let mut seen = std::collections::HashSet::new();
    values.retain(|v| seen.insert(v.clone()));
}

/// `unknown WHAT "VALUE"` and `hint`, with the entries nearest to it: those one of whose
/// forms holds it as a word (`trump` in `trump-donald`, `Donald Trump`), else those with a
/// form close to it in spelling (Jaro-Winkler similarity of 0.85 or more, or one edit away
/// for three characters or more),
/// at most three. A `zh-` id is compared by its name.
fn unknown(what: &str, value: &str, entries: &[Entry], hint: &str) -> String {
    let folded = fold(value.strip_prefix("zh-").unwrap_or(value));
    let close = |form: &str| {
        let form = fold(form);
        let similarity = strsim::jaro_winkler(&form, &folded);
        if folded.chars().count() >= 3 && strsim::levenshtein(&form, &folded) <= 1 { 1.0 } else { similarity }
    };
    let words = |f: &str| fold(f).split([' ', '-', '·', '.']).any(|w| w == folded);
    let mut near: Vec<(f64, &Entry)> =
        entries.iter().filter(|e| e.forms.iter().any(|f| words(f))).map(|e| (1.0, e)).collect();
    if near.is_empty() {
        near = entries
            .iter()
            .map(|e| (e.forms.iter().map(|f| close(f)).fold(0.0, f64::max), e))
            .filter(|(score, _)| *score >= 0.85)
            .collect();
    }
    near.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.id.cmp(&b.1.id)));
    let message = format!("unknown {what} \"{value}\"{hint}");
    match near.len() {
        0 => message,
        _ => format!("{message}; did you mean {}?", or_list(near.iter().take(3).map(|(_, e)| e.describe()).collect())),
    }
}

/// `a`, `a or b`, `a, b or c`.
fn or_list(items: Vec<String>) -> String {
    match items.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
        None => String::new(),
    }
}
