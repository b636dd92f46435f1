//! Events: per-article contacts clustered into the real-world contacts they report.
//!
//! One call is reported by many articles and outlets, and recalled for years after. A contact
//! joins an event with the same sides (the same people, or the same countries where people are
//! not named) and a compatible type; each event keeps all its sources, like GDELT's
//! NumArticles. Which event a report joins depends on what it says of the day:
//!
//! - **a day** (or no date, in a report of the news: the publication day stands in): an event
//!   whose day is within one day of it, or a new event;
//! - **a month or a year** (2016年12月, 去年): the one event of that span, or a new event of
//!   that span when none or several are known;
//! - **no date, recalled as background** (曾, 此前, 当选后): the one earlier event it can
//!   recall, else the sides' one undated event of that type, so that undated reports never
//!   multiply events.
//!
//! Where its reports state different days, an event takes the day most of them state (one
//! report of talks may give the day the visitor arrived). Its status is the one its latest
//! report tells, to the time of publication: a call announced in the morning and reported
//! held that evening was held.
//!
//! Once every key is clustered, a call or joint meeting of one day reported with fewer sides
//! than another event of that day gives (Merkel's talks with Xi, on the day of the EU–China
//! video summit) joins that event. So does such a contact reported with no day at all, whose
//! first report was published within a week of that day (本周的中欧线上峰会, 欧中领导人在两天前
//! 举行了视频峰会): it is that event told without its day.
//!
//! Contacts are collected as articles come and clustered at [`EventClusterer::finish`] in a
//! canonical order (by day, precision, publication time, file, contact), so the events are a
//! function of the set of articles: neither input order nor thread count changes them. Each
//! sides key is clustered on its own, its events indexed by day.

use crate::contacts::{Contact, ContactType, Status};
use crate::dates::{Precision, When};
use crate::extract::Extraction;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::cmp::Ordering;
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
    /// International organisations that are sides (the European Commission in a call with
    /// a national leader).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub organizations: Vec<String>,
    /// The day, or the month or year when no report gives the day.
    pub date: Option<When>,
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
}

/// One contact of one article, waiting to be clustered.
#[derive(Debug)]
struct Report {
    contact: Contact,
    /// Index into the clusterer's sources.
    source: usize,
    /// Position of the contact in its article.
    index: usize,
    published: Option<NaiveDate>,
}

/// How a report is clustered (see the module documentation), in the order the kinds are
/// clustered: days first, then months, then years, then reports with no date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Reading {
    /// A day, or the publication day of a report of the news.
    Day(NaiveDate),
    /// A month or a year (finer spans first).
    Span(Precision, When),
    /// No date, and none to stand in: a recalled contact, or one of an undated article.
    Undated,
}

impl Report {
    fn reading(&self) -> Reading {
        match self.contact.date {
            Some(w) if w.precision() == Precision::Day => Reading::Day(w.first()),
            Some(w) => Reading::Span(w.precision(), w),
            None if self.contact.background => Reading::Undated,
            None => self.published.map_or(Reading::Undated, Reading::Day),
        }
    }
}

/// Accumulates the contacts of extractions; [`EventClusterer::finish`] clusters them.
#[derive(Debug, Default)]
pub struct EventClusterer {
    reports: Vec<Report>,
    sources: Vec<Source>,
}

/// The sides of a contact as one key: `p:` its sorted people when it names two or more, else
/// `c:` its sorted countries. Contacts of different keys are never one event. A contact of
/// three countries or more is keyed by its countries: the reports of one multilateral meeting
/// name different participants (one names the host, another all four ministers), and the
/// event holds all they name. A contact of one country keyed by it has an organisation for
/// its other side, which the key names too (`c:CN|o:eu`): China's talks with the EU and with
/// the WHO are two contacts. The EU's institutions are one side for it (one report names the
/// Union, another its Commission).
pub fn sides_key(people: &[String], countries: &[String], organizations: &[String]) -> String {
    let by_people = people.len() >= 2 && countries.len() < 3;
    let mut v: Vec<&String> = if by_people { people.iter().collect() } else { countries.iter().collect() };
    v.sort();
    v.dedup();
    let prefix = if by_people { "p:" } else { "c:" };
    let mut key = format!("{prefix}{}", v.iter().map(|s| s.as_str()).collect::<Vec<_>>().join("+"));
    if !by_people && countries.len() < 2 && !organizations.is_empty() {
        let mut orgs: Vec<&str> = organizations
            .iter()
            .map(|o| if EU_INSTITUTIONS.contains(&o.as_str()) { "eu" } else { o.as_str() })
            .collect();
        orgs.sort_unstable();
        orgs.dedup();
        key.push_str("|o:");
        key.push_str(&orgs.join("+"));
    }
    key
}

/// The European Union and its institutions, one side in a sides key.
const EU_INSTITUTIONS: &[&str] =
    &["eu", "european-commission", "european-council", "council-of-the-eu", "european-parliament", "eeas"];

/// How many days before its article a contact it reports without a date may have been held
/// (本周二举行的四国外长会议), where the sides met before too.
const RECENT_DAYS: u64 = 3;

/// The reports of an event that state one day: how many, and the first one's status and
/// evidence.
struct StatedDay {
    reports: usize,
    status: Status,
    evidence: String,
}

impl StatedDay {
    fn first(c: &Contact) -> StatedDay {
        StatedDay { reports: 1, status: c.status, evidence: c.evidence.clone() }
    }
}

/// What the report published last says of an event: the time it was published (as `extract`
/// writes it, RFC 3339 in UTC, so that the strings order as the times), the status it tells
/// and the sentence that tells it.
struct LastWord {
    published: String,
    status: Status,
    evidence: String,
    cameo: &'static str,
}

impl LastWord {
    fn of(c: &Contact, source: &Source) -> Option<LastWord> {
        let published = source.published.clone()?;
        Some(LastWord { published, status: c.status, evidence: c.evidence.clone(), cameo: c.cameo })
    }

    /// The day it was published.
    fn day(&self) -> Option<NaiveDate> {
        NaiveDate::parse_from_str(self.published.get(..10)?, "%Y-%m-%d").ok()
    }
}

/// The day a contact's own text states, if it states a day.
fn stated_day(c: &Contact) -> Option<NaiveDate> {
    c.date.filter(|d| d.precision() == Precision::Day).map(|d| d.first())
}

fn kinds_compatible(a: ContactType, b: ContactType) -> bool {
    a == b || a == ContactType::Meeting || b == ContactType::Meeting
}

impl EventClusterer {
    /// Takes the contacts of one article.
    pub fn add(&mut self, x: &Extraction) {
        if x.contacts.is_empty() {
            return;
        }
        let source = Source {
            file: x.file.clone(),
            url: x.url.clone(),
            outlet: x.outlet.clone(),
            published: x.published.clone(),
        };
        self.add_contacts(source, x.contacts.iter().cloned().enumerate());
    }

    /// Takes contacts of the article `source`, each with its position in the article (a
    /// keyed contact line of `extract --keyed` gives one).
    pub fn add_contacts(&mut self, source: Source, contacts: impl IntoIterator<Item = (usize, Contact)>) {
        let published =
            source.published.as_deref().and_then(|p| NaiveDate::parse_from_str(p.get(..10)?, "%Y-%m-%d").ok());
        let at = self.sources.len();
        self.sources.push(source);
        for (index, contact) in contacts {
            self.reports.push(Report { contact, source: at, index, published });
        }
    }

    /// The canonical order of two reports of one sides key: how they are read (days first,
    /// by day), then publication time, file and position in the article.
    fn order(&self, a: &Report, b: &Report) -> Ordering {
        let key = |r: &Report| {
            let s = &self.sources[r.source];
            (r.reading(), r.contact.date.is_none(), s.published.clone(), s.file.clone(), r.index)
        };
        key(a).cmp(&key(b))
    }

    /// The events, sorted by date, type and sides, with stable ids.
    pub fn finish(self) -> Vec<Event> {
        number(self.finish_keyed())
    }

    /// The events of each sides key, keys in order and each key's events in the order they
    /// were made, not yet numbered: what [`number`] takes, from one process or from many
    /// (`dipgraph cluster` over groups of whole sides keys).
    pub fn finish_keyed(self) -> Vec<KeyedEvent> {
        let mut groups: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        for (i, r) in self.reports.iter().enumerate() {
            groups
                .entry(sides_key(&r.contact.people, &r.contact.countries, &r.contact.organizations))
                .or_default()
                .push(i);
        }
        let mut events: Vec<KeyedEvent> = Vec::new();
        for (key, mut group) in groups {
            group.sort_by(|&a, &b| self.order(&self.reports[a], &self.reports[b]));
            let mut clusters = Clusters::default();
            for i in group {
                clusters.add(&self.reports[i], &self.sources);
            }
            for (seq, mut e) in clusters.into_events().enumerate() {
                settle_sources(&mut e);
                e.people.sort();
                e.countries.sort();
                e.organizations.sort();
                events.push(KeyedEvent { key: key.clone(), seq, event: e });
            }
        }
        events
    }
}

/// An event of one sides key before numbering: a line of `dipgraph cluster`'s output.
#[derive(Debug, Clone, Serialize)]
pub struct KeyedEvent {
    /// The sides key (`p:` sorted people, or `c:` sorted countries).
    pub key: String,
    /// Its place among the key's events, in the order they were made.
    pub seq: usize,
    #[serde(flatten)]
    pub event: Event,
}

/// A [`KeyedEvent`] read back: its codes are looked up in the fixed table.
impl<'de> Deserialize<'de> for KeyedEvent {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<KeyedEvent, D::Error> {
        #[derive(Deserialize)]
        struct Wire {
            key: String,
            seq: usize,
            #[serde(flatten)]
            event: Event,
            cameo: String,
            plover: String,
            plover_mode: String,
        }
        let w = Wire::deserialize(d)?;
        let code = |s: &str| {
            crate::contacts::static_code(s)
                .ok_or_else(|| serde::de::Error::custom(format!("unknown CAMEO or PLOVER code {s:?}")))
        };
        let mut event = w.event;
        (event.cameo, event.plover, event.plover_mode) = (code(&w.cameo)?, code(&w.plover)?, code(&w.plover_mode)?);
        Ok(KeyedEvent { key: w.key, seq: w.seq, event })
    }
}

/// The events of every sides key as `dipgraph cluster` gives them from many groups (in any
/// order), numbered as [`EventClusterer::finish`] numbers them in one process; an error
/// when a sides key was clustered in two groups (its events would differ from one
/// process's): the groups must hold whole keys.
pub fn join(mut keyed: Vec<KeyedEvent>) -> Result<Vec<Event>, String> {
    keyed.sort_by(|a, b| (&a.key, a.seq).cmp(&(&b.key, b.seq)));
    if let Some(w) = keyed.windows(2).find(|w| (&w[0].key, w[0].seq) == (&w[1].key, w[1].seq)) {
        return Err(format!(
            "the contacts of sides key {} were clustered in more than one group: group contacts by their key",
            w[0].key
        ));
    }
    Ok(number(keyed))
}

/// The events of every sides key, as [`EventClusterer::finish_keyed`] gives them: sorted by
/// date, type, sides and sources, with ids numbered within each `DATE:TYPE:SIDES`.
fn number(mut keyed: Vec<KeyedEvent>) -> Vec<Event> {
    // The order one process makes them in: keys in order, each key's events as made.
    keyed.sort_by(|a, b| (&a.key, a.seq).cmp(&(&b.key, b.seq)));
    let mut events = absorb_fragments(keyed.into_iter().map(|k| k.event).collect());
    events.sort_by(|a, b| {
        (a.date, a.kind, &a.people, &a.countries, &a.sources).cmp(&(
            b.date,
            b.kind,
            &b.people,
            &b.countries,
            &b.sources,
        ))
    });
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for e in &mut events {
        let by_people = e.people.len() >= 2 && e.countries.len() < 3;
        let sides = if by_people { e.people.join("+") } else { e.countries.join("+") };
        let date = e.date.map_or("undated".to_string(), |d| d.to_string());
        let base = format!("{date}:{}:{sides}", e.kind.as_str());
        let n = seen.entry(base.clone()).or_insert(0);
        *n += 1;
        e.id = if *n == 1 { base } else { format!("{base}:{n}") };
    }
    events
}

/// Events of one day that are fragments of another event of that day, joined into it (sides
/// keys cluster apart, so these meet only here): a joint contact reported with fewer sides
/// than another report gives it (the EU–China video summit that one article tells as
/// Merkel's with Xi, another with the EU's two presidents too) is part of the whole.
///
/// A fragment joins the event with the most articles it fits (the first in canonical order
/// of equals), smallest fragments first; never a held contact with a cancelled one (the
/// bilateral meeting held when the summit of three was called off).
fn absorb_fragments(mut events: Vec<Event>) -> Vec<Event> {
    let size = |e: &Event| (e.countries.len() + e.organizations.len(), e.people.len());
    events.sort_by(|a, b| {
        (size(a), a.date, a.kind, &a.people, &a.countries, &a.sources).cmp(&(
            size(b),
            b.date,
            b.kind,
            &b.people,
            &b.countries,
            &b.sources,
        ))
    });
    let mut by_day: BTreeMap<NaiveDate, Vec<usize>> = BTreeMap::new();
    for (i, e) in events.iter().enumerate() {
        if let Some(d) = e.date.filter(|d| d.precision() == Precision::Day) {
            by_day.entry(d.first()).or_default().push(i);
        }
    }
    let mut absorbed = vec![false; events.len()];
    for ids in by_day.values() {
        for &f in ids {
            let host = ids
                .iter()
                .copied()
                .filter(|&h| h != f && !absorbed[h] && is_fragment_of(&events[f], &events[h]))
                .max_by_key(|&h| (events[h].sources.len(), std::cmp::Reverse(h)));
            if let Some(h) = host {
                absorbed[f] = true;
                let fragment = events[f].clone();
                join_fragment(&mut events[h], fragment);
            }
        }
    }
    // A fragment with no date joins the event of a day near its reports it is part of, the
    // nearest day to its first report first.
    for f in 0..events.len() {
        if absorbed[f] || events[f].date.is_some() || events[f].status == Status::Cancelled {
            continue;
        }
        let Some(published) = events[f].sources.iter().filter_map(published_day).min() else {
            continue;
        };
        let last = events[f].sources.iter().filter_map(published_day).max().unwrap_or(published);
        // Every report of it within a week of the day: a fragment whose reports span weeks
        // (the EU's talks with China in September, and its video meeting on terror in October)
        // gathers other occasions.
        let week = chrono::Days::new(UNDATED_FRAGMENT_DAYS);
        let from = last.checked_sub_days(week).unwrap_or(last);
        let to = published.checked_add_days(week).unwrap_or(published);
        if from > to {
            continue;
        }
        let host = by_day
            .range(from..=to)
            .flat_map(|(day, ids)| ids.iter().map(move |&h| (*day, h)))
            .filter(|&(_, h)| {
                !absorbed[h] && events[h].status != Status::Cancelled && is_fragment_of(&events[f], &events[h])
            })
            .min_by_key(|&(day, h)| ((day - published).num_days().abs(), std::cmp::Reverse(events[h].sources.len()), h))
            .map(|(_, h)| h);
        if let Some(h) = host {
            absorbed[f] = true;
            let fragment = events[f].clone();
            join_fragment(&mut events[h], fragment);
        }
    }
    events.into_iter().zip(absorbed).filter(|(_, gone)| !gone).map(|(e, _)| e).collect()
}

/// How many days from the day of an event the first report of a part of it with no date may
/// be published (本周的中欧线上峰会, two days after the summit; 参加……四国外长会议, a week ahead).
const UNDATED_FRAGMENT_DAYS: u64 = 7;

/// The day an article was published (`extract` writes the time in RFC 3339).
fn published_day(s: &Source) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s.published.as_deref()?.get(..10)?, "%Y-%m-%d").ok()
}

/// Whether `f` is a part of `h`, an event of the same day: a compatible call, summit or
/// meeting of three sides or more, with fewer sides and no other people.
fn is_fragment_of(f: &Event, h: &Event) -> bool {
    let statuses = [f.status, h.status];
    if statuses.contains(&Status::Held) && statuses.contains(&Status::Cancelled) {
        return false;
    }
    let sides =
        |e: &Event| e.countries.iter().chain(&e.organizations).cloned().collect::<std::collections::BTreeSet<_>>();
    let (fs, hs) = (sides(f), sides(h));
    let people_within = f.people.iter().all(|p| h.people.contains(p));
    // A call of the day is the video summit of the day (its reports call it 通话 or 峰会).
    let call = |k: ContactType| matches!(k, ContactType::Video | ContactType::Phone | ContactType::Summit);
    let kinds = kinds_compatible(f.kind, h.kind) || call(f.kind) && call(h.kind);
    // An in-person meeting or trip of two sides may be held on the margins of a larger one
    // (Motegi and Pompeo's talks on the day of the Quad meeting); a call is not.
    let joint = call(f.kind) || fs.len() >= 3;
    joint && people_within && kinds && fs.is_subset(&hs) && fs.len() < hs.len()
}

/// Joins a fragment's reports into the event it is part of. A plan takes the fragment's
/// status where it tells the contact held or called off, with its evidence; a fragment with no
/// date tells nothing of the day's status.
fn join_fragment(h: &mut Event, f: Event) {
    if h.status == Status::Planned && f.status != Status::Planned && f.date.is_some() {
        h.status = f.status;
        h.evidence = f.evidence;
    }
    for t in f.topics {
        if !h.topics.contains(&t) {
            h.topics.push(t);
        }
    }
    h.duration_min = h.duration_min.or(f.duration_min);
    h.sources.extend(f.sources);
    settle_sources(h);
}

/// Puts an event's sources in order of publication, each article once, and counts them.
fn settle_sources(e: &mut Event) {
    e.sources.sort_by(|a, b| (&a.published, &a.file).cmp(&(&b.published, &b.file)));
    e.sources.dedup();
    e.num_articles = e.sources.len();
}

/// The events of one sides key as its reports are clustered, in canonical order.
#[derive(Default)]
struct Clusters {
    events: Vec<Cluster>,
    /// Events by the day they are anchored on.
    by_day: BTreeMap<NaiveDate, Vec<usize>>,
    /// Events of a month or a year.
    spans: Vec<usize>,
    /// Events of no date at all.
    undated: Vec<usize>,
}

/// An event being built, with what clustering reads of it.
struct Cluster {
    event: Event,
    /// The day of its first report (its date, or the publication day standing in).
    anchor: Option<NaiveDate>,
    /// The publication day of the latest report, whose status the event takes.
    latest_report: Option<NaiveDate>,
    /// The report published last, to the second: of the reports of the latest day, the one
    /// whose status the event takes in the end (clustering reads the status by day).
    last_word: Option<LastWord>,
    /// How many reports state each day, and the first one's status and evidence: the event
    /// takes the day most of them state.
    stated_days: BTreeMap<NaiveDate, StatedDay>,
}

impl Cluster {
    /// When the event took place, as far as its reports tell: its date, else the publication
    /// day of its first report of the news.
    fn when(&self) -> Option<When> {
        self.event.date.or(self.anchor.map(When::day))
    }

    /// Whether a report of `c` may be of this event: a compatible type and the same status.
    fn fits(&self, c: &Contact) -> bool {
        kinds_compatible(self.event.kind, c.kind) && self.event.status == c.status
    }
}

impl Clusters {
    fn add(&mut self, r: &Report, sources: &[Source]) {
        let reading = r.reading();
        let found = match reading {
            Reading::Day(day) => self.near(day, &r.contact),
            Reading::Span(_, span) => self.within(span, &r.contact),
            Reading::Undated => self.recalled(r),
        };
        if let Some(i) = found {
            self.events[i].join(r, &sources[r.source]);
            return;
        }
        let id = self.events.len();
        let anchor = match reading {
            Reading::Day(d) => {
                self.by_day.entry(d).or_default().push(id);
                Some(d)
            }
            Reading::Span(..) => {
                self.spans.push(id);
                None
            }
            Reading::Undated => {
                self.undated.push(id);
                None
            }
        };
        self.events.push(Cluster::new(r, &sources[r.source], anchor));
    }

    /// The first event anchored within one day of `day` that `c` can be a report of. Reports
    /// come by day, so only the day before and the day itself hold events yet.
    fn near(&self, day: NaiveDate, c: &Contact) -> Option<usize> {
        let from = day.pred_opt().unwrap_or(day);
        let mut candidates: Vec<usize> =
            self.by_day.range(from..=day).flat_map(|(_, ids)| ids.iter().copied()).collect();
        candidates.sort_unstable();
        candidates.into_iter().find(|&i| {
            let e = &self.events[i].event;
            // Two reports of different statuses are one contact only on the same stated day
            // (a planned call, then the call).
            let statuses = e.status == c.status || c.date.is_some() && e.date == c.date;
            kinds_compatible(e.kind, c.kind) && statuses
        })
    }

    /// The event a report dated by a month or year is of: the one event within that span,
    /// else the event of that very span.
    fn within(&self, span: When, c: &Contact) -> Option<usize> {
        let days = self.by_day.range(span.first()..=span.last()).flat_map(|(_, ids)| ids.iter().copied());
        let inside: Vec<usize> = days
            .chain(self.spans.iter().copied())
            .filter(|&i| self.events[i].fits(c) && self.events[i].when().is_some_and(|d| span.contains(d)))
            .collect();
        match inside.as_slice() {
            [one] => Some(*one),
            many => many.iter().copied().find(|&i| self.events[i].event.date == Some(span)),
        }
    }

    /// The event a report with no date is of: the one event up to its article's day it can
    /// recall, else the one of the last few days before (the meeting of this week, where the
    /// sides met years before too), else the sides' event of that type with no date at all.
    fn recalled(&self, r: &Report) -> Option<usize> {
        // A report that names no people recalls only a contact of its own type (a summons of
        // an ambassador is no visit of the year before).
        let same_kind = |cluster: &Cluster| !r.contact.people.is_empty() || cluster.event.kind == r.contact.kind;
        let held_by = |i: &usize, latest: Option<NaiveDate>| {
            let cluster = &self.events[*i];
            cluster.fits(&r.contact)
                && same_kind(cluster)
                && cluster.when().is_some_and(|d| latest.is_none_or(|p| d.first() < p))
        };
        let days = match r.published {
            Some(p) => self.by_day.range(..p),
            None => self.by_day.range(..),
        };
        let mut earlier = days.flat_map(|(_, ids)| ids.iter()).chain(&self.spans).filter(|i| held_by(i, r.published));
        if let (Some(&one), None) = (earlier.next(), earlier.next()) {
            return Some(one);
        }
        // Of several, the one of a day of the last few before the article, or of its own day.
        if let Some(p) = r.published {
            let from = p.checked_sub_days(chrono::Days::new(RECENT_DAYS)).unwrap_or(p);
            let recent = self.by_day.range(from..=p).rev().flat_map(|(_, ids)| ids.iter());
            if let Some(&last) = recent.into_iter().find(|i| held_by(i, p.succ_opt())) {
                return Some(last);
            }
        }
        self.undated.iter().copied().find(|&i| self.events[i].fits(&r.contact) && same_kind(&self.events[i]))
    }

    fn into_events(self) -> impl Iterator<Item = Event> {
        self.events.into_iter().map(Cluster::into_event)
    }
}

impl Cluster {
    fn new(r: &Report, source: &Source, anchor: Option<NaiveDate>) -> Cluster {
        let c = &r.contact;
        Cluster {
            event: Event {
                id: String::new(),
                kind: c.kind,
                status: c.status,
                people: c.people.clone(),
                countries: c.countries.clone(),
                organizations: c.organizations.clone(),
                date: c.date,
                duration_min: c.duration_min,
                num_articles: 0,
                sources: vec![source.clone()],
                evidence: c.evidence.clone(),
                topics: c.topics.clone(),
                cameo: c.cameo,
                plover: c.plover,
                plover_mode: c.plover_mode,
            },
            anchor,
            latest_report: r.published,
            last_word: LastWord::of(c, source),
            stated_days: stated_day(c).map(|d| (d, StatedDay::first(c))).into_iter().collect(),
        }
    }

    /// The event with the day most of its reports state, where they differ: one report of
    /// talks may give the day the visitor arrived (王毅周三抵达首尔), the others the day of the
    /// talks. A tie keeps the day of the first report. The evidence becomes a sentence that
    /// states the day taken, where one of the event's status does.
    ///
    /// Of several reports of its latest day, the one published last tells the status: the
    /// morning's 今天将举行另一轮会谈 is no plan once the evening's 周日与约翰逊的通话是建设性的
    /// reports the call. Clustering reads the status by day (a report joins an event of its
    /// status), so this is settled here, once the event has all its reports.
    fn into_event(self) -> Event {
        let mut e = self.event;
        if let Some(last) = self.last_word
            && last.status != e.status
            && last.day().is_some_and(|d| Some(d) == self.latest_report)
        {
            e.status = last.status;
            e.cameo = last.cameo;
            e.evidence = last.evidence;
        }
        if let Some(current) = e.date.filter(|d| d.precision() == Precision::Day) {
            let votes = |d: &NaiveDate| self.stated_days.get(d).map_or(0, |s| s.reports);
            let held = votes(&current.first());
            // The earliest of the days most stated (max_by_key keeps the last of equals).
            if let Some((&day, stated)) = self.stated_days.iter().rev().max_by_key(|(_, s)| s.reports)
                && stated.reports > held
            {
                e.date = Some(When::day(day));
                if stated.status == e.status {
                    e.evidence.clone_from(&stated.evidence);
                }
            }
        }
        e
    }

    fn join(&mut self, r: &Report, source: &Source) {
        let (c, e) = (&r.contact, &mut self.event);
        // The most specific type wins, as within an article (a summons of an ambassador joined
        // by a trip of its sides stays a meeting). Not by a report that recalls a past contact
        // with no date (拜登此前通过电话会谈跟日本……领导人; 与中方高官通话): it joins by its sides
        // alone and may be any of their contacts, not the one this event is (日美谈判 of 1941).
        let recalled_undated = c.background && c.date.is_none();
        if !recalled_undated && e.kind.refined_by(c.kind, c.people.len()) {
            e.kind = c.kind;
            (e.cameo, e.plover_mode) = (c.cameo, c.plover_mode);
        }
        // The latest report tells best whether a contact took place (planned, then held), and
        // its sentence is the evidence of that.
        if r.published > self.latest_report {
            self.latest_report = r.published;
            if e.status != c.status {
                e.status = c.status;
                e.cameo = c.cameo;
                e.evidence.clone_from(&c.evidence);
            }
        }
        for t in &c.topics {
            if !e.topics.contains(t) {
                e.topics.push(t.clone());
            }
        }
        for o in &c.organizations {
            if !e.organizations.contains(o) {
                e.organizations.push(o.clone());
            }
        }
        // The participants of a multilateral meeting are all those its reports name (the
        // reports of a bilateral visit keyed by its countries may be of other travellers).
        if c.countries.len() >= 3 {
            for p in &c.people {
                if !e.people.contains(p) {
                    e.people.push(p.clone());
                }
            }
        }
        // A finer date wins: the day of a call recalled elsewhere by its month.
        if let Some(d) = c.date
            && e.date.is_none_or(|known| known != d && known.contains(d))
        {
            e.date = Some(d);
        }
        e.duration_min = e.duration_min.or(c.duration_min);
        e.sources.push(source.clone());
        // Of reports published at one time, the first in canonical order (two contacts of
        // one article): the same whatever order the articles came in.
        if let Some(word) = LastWord::of(c, source)
            && self.last_word.as_ref().is_none_or(|w| word.published > w.published)
        {
            self.last_word = Some(word);
        }
        if let Some(d) = stated_day(c) {
            self.stated_days.entry(d).or_insert_with(|| StatedDay { reports: 0, ..StatedDay::first(c) }).reports += 1;
        }
    }
}
