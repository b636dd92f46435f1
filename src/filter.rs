//! Filters: which events a graph or a stats report is made of.
//!
//! `--since`, `--until`, `--type`, `--status`, `--country` and `--person` select events;
//! `--min-weight` drops aggregated contact edges made of fewer events. The same [`Filter`]
//! is the command-line argument group of `graph` and `stats`.

use crate::contacts::{ContactType, Status};
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
    /// Keep events one of whose sides is one of these countries (ISO codes, comma-separated).
    #[arg(long = "country", value_name = "CODES", value_delimiter = ',')]
    pub countries: Vec<String>,
    /// Keep events one of these people took part in (person ids, comma-separated).
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
