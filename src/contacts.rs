//! Contacts: the diplomatic contacts one article reports.
//!
//! A sentence with a contact trigger (通话, 会谈, 访问, 峰会 …) yields a contact between
//! the people it names, or, where it names fewer than two, the sides of the previous
//! contact when it says 双方 / 两国首脑, or the countries it names (中美贸易会谈). Sides
//! from a single country are not a contact. Type, status, date and duration come from the
//! sentence; mentions of the same contact within the article are merged into one.

use crate::clean::Text;
use crate::dates::{DateMention, find_dates, find_duration};
use crate::dict::Dictionaries;
use crate::resolve::{Entity, Resolved};
use chrono::NaiveDate;
use serde::{Serialize, Serializer};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ContactType {
    Video,
    Phone,
    Summit,
    Meeting,
    Visit,
}

impl ContactType {
    pub fn parse(s: &str) -> Option<ContactType> {
        Some(match s {
            "video" => ContactType::Video,
            "phone" => ContactType::Phone,
            "summit" => ContactType::Summit,
            "meeting" => ContactType::Meeting,
            "visit" => ContactType::Visit,
            _ => return None,
        })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            ContactType::Video => "video",
            ContactType::Phone => "phone",
            ContactType::Summit => "summit",
            ContactType::Meeting => "meeting",
            ContactType::Visit => "visit",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Held,
    Planned,
    Cancelled,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Held => "held",
            Status::Planned => "planned",
            Status::Cancelled => "cancelled",
        }
    }
}

fn day<S: Serializer>(d: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
    match d {
        Some(d) => s.serialize_str(&d.format("%Y-%m-%d").to_string()),
        None => s.serialize_none(),
    }
}

/// One contact as the article reports it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Contact {
    #[serde(rename = "type")]
    pub kind: ContactType,
    pub status: Status,
    /// Person ids.
    pub people: Vec<String>,
    /// ISO codes of the sides.
    pub countries: Vec<String>,
    #[serde(serialize_with = "day")]
    pub date: Option<NaiveDate>,
    pub duration_min: Option<u32>,
    pub evidence: String,
}

/// Everything one sentence contributes, with byte offsets within the sentence.
struct SentenceFacts {
    people: Vec<(usize, usize)>,
    countries: Vec<(usize, String)>,
    triggers: Vec<(usize, ContactType)>,
}

fn facts(resolved: &Resolved, text: &Text, si: usize) -> SentenceFacts {
    let range = text.sentences[si].range.clone();
    let mut f = SentenceFacts {
        people: Vec::new(),
        countries: Vec::new(),
        triggers: Vec::new(),
    };
    for l in resolved.located.iter().filter(|l| range.contains(&l.at)) {
        let at = l.at - range.start;
        match &l.entity {
            Entity::Person(i) => f.people.push((at, *i)),
            Entity::Country(c) => f.countries.push((at, c.clone())),
            Entity::Trigger(t) => {
                if let Some(t) = ContactType::parse(t) {
                    f.triggers.push((at, t));
                }
            }
            Entity::Organization(_) => {}
        }
    }
    f
}

/// The people taking part in the contact of the trigger at `trigger_at`: those named
/// before it (A与B会谈, A在与B的通话中), or, where fewer than two are, those plus the first
/// one named after it (A会见B时…).
fn participants(f: &SentenceFacts, trigger_at: usize) -> Vec<usize> {
    let mut people: Vec<usize> = Vec::new();
    for &(at, p) in &f.people {
        if at < trigger_at && !people.contains(&p) {
            people.push(p);
        }
    }
    if people.len() < 2
        && let Some(&(_, p)) = f
            .people
            .iter()
            .find(|(at, p)| *at > trigger_at && !people.contains(p))
    {
        people.push(p);
    }
    people
}

fn has_cue(dicts: &Dictionaries, category: &str, sentence: &str) -> bool {
    dicts
        .cue_forms(category)
        .any(|(_, form)| sentence.contains(form))
}

/// The date nearest the trigger: the closest one before it, else the first after it.
fn date_for(dates: &[DateMention], trigger_at: usize) -> Option<&DateMention> {
    dates
        .iter()
        .filter(|d| d.range.end <= trigger_at)
        .max_by_key(|d| d.range.end)
        .or_else(|| dates.iter().find(|d| d.range.start >= trigger_at))
}

/// Expressions that only point back to a day already named (当天, 同日).
fn is_back_reference(sentence: &str, d: &DateMention) -> bool {
    matches!(
        &sentence[d.range.clone()],
        "当天" | "当日" | "同日" | "同一天"
    )
}

/// The clause (between ，；：) of `sentence` that holds byte offset `at`.
fn clause_around(sentence: &str, at: usize) -> std::ops::Range<usize> {
    let is_break = |c: char| matches!(c, '，' | ',' | '：' | ':' | '；');
    let start = sentence[..at].rfind(is_break).map_or(0, |i| {
        i + sentence[i..].chars().next().map_or(1, char::len_utf8)
    });
    let end = sentence[at..]
        .find(is_break)
        .map_or(sentence.len(), |i| at + i);
    start..end
}

/// Whether a status cue in `text` governs a contact rather than a noun phrase: 即将离任的
/// (a cue followed closely by 的) describes a person, not the contact.
fn has_governing_cue(dicts: &Dictionaries, category: &str, text: &str) -> bool {
    dicts.cue_forms(category).any(|(_, form)| {
        text.match_indices(form).any(|(i, _)| {
            let after: String = text[i + form.len()..].chars().take(4).collect();
            !after.contains('的')
        })
    })
}

/// Dates of reporting rather than of the contact: 星期六报道说, 31日表示.
fn is_report_date(sentence: &str, d: &DateMention) -> bool {
    const REPORTING: &[&str] = &[
        "报道", "报导", "表示", "说", "称", "宣布", "发表", "指出", "透露", "发布", "证实", "报告",
    ];
    let after = sentence[d.range.end..].trim_start_matches(['（', '(', '）', ')', ' ']);
    REPORTING.iter().any(|r| after.starts_with(r))
}

/// The contacts of one article. `text` is the body in simplified characters (cues are read
/// there), `written` the body as written (evidence is quoted from it); `reference` is the
/// day relative dates count from.
pub fn find_contacts(
    dicts: &Dictionaries,
    text: &Text,
    written: &Text,
    resolved: &Resolved,
    reference: Option<NaiveDate>,
) -> Vec<Contact> {
    let mut contacts: Vec<Contact> = Vec::new();
    for si in 0..text.sentences.len() {
        let f = facts(resolved, text, si);
        if f.triggers.is_empty() {
            continue;
        }
        let sentence = text.sentence(si);
        let group = has_cue(dicts, "group", sentence);
        let held = has_cue(dicts, "held", sentence);
        let cancelled = has_cue(dicts, "cancelled", sentence);
        for &(trigger_at, trigger_kind) in &f.triggers {
            let mut people = participants(&f, trigger_at);
            if people.len() < 2
                && group
                && let Some(last) = contacts.last()
            {
                for id in &last.people {
                    if let Some(i) = resolved.people.iter().position(|p| &p.id == id)
                        && !people.contains(&i)
                    {
                        people.push(i);
                    }
                }
            }
            let mut countries: Vec<String> = Vec::new();
            for &p in &people {
                if let Some(c) = &resolved.people[p].country
                    && !countries.contains(c)
                {
                    countries.push(c.clone());
                }
            }
            if people.len() < 2 {
                let named: Vec<&String> = f.countries.iter().map(|(_, c)| c).collect();
                if group
                    && named.len() < 2
                    && let Some(last) = contacts.last()
                {
                    for c in &last.countries {
                        if !countries.contains(c) {
                            countries.push(c.clone());
                        }
                    }
                }
                for c in named {
                    if !countries.contains(c) {
                        countries.push(c.clone());
                    }
                }
            }
            if countries.len() < 2 {
                continue;
            }
            let clause = clause_around(sentence, trigger_at);
            let upto_clause = &sentence[..clause.end];
            let planned = has_governing_cue(dicts, "planned", upto_clause);
            let future = planned || has_cue(dicts, "future", &sentence[clause.clone()]);
            let dates: Vec<DateMention> = reference
                .map(|r| find_dates(sentence, r, future))
                .unwrap_or_default()
                .into_iter()
                .filter(|d| !is_report_date(sentence, d))
                .collect();
            let in_clause: Vec<DateMention> = dates
                .iter()
                .filter(|d| clause.contains(&d.range.start))
                .cloned()
                .collect();
            let date = date_for(&in_clause, trigger_at)
                .or_else(|| date_for(&dates, trigger_at))
                .filter(|d| !is_back_reference(sentence, d))
                .map(|d| d.date);
            let status = if cancelled {
                Status::Cancelled
            } else if date.zip(reference).is_some_and(|(d, r)| d > r)
                || (planned && !held && date.zip(reference).is_none_or(|(d, r)| d >= r))
            {
                Status::Planned
            } else {
                Status::Held
            };
            let mut kind = trigger_kind;
            if kind == ContactType::Summit && countries.len() < 3 {
                kind = ContactType::Meeting;
            }
            if kind == ContactType::Visit && people.len() >= 2 {
                kind = ContactType::Meeting;
            }
            let contact = Contact {
                kind,
                status,
                people: people
                    .iter()
                    .map(|&p| resolved.people[p].id.clone())
                    .collect(),
                countries,
                date,
                duration_min: find_duration(&sentence[clause.clone()])
                    .or_else(|| find_duration(sentence)),
                evidence: written.sentence(si).to_string(),
            };
            merge_or_push(&mut contacts, contact);
        }
    }
    contacts
}

/// Whether `b` reports the same contact as `a` (same sides, compatible type and day).
fn same_contact(a: &Contact, b: &Contact) -> bool {
    let subset = |x: &[String], y: &[String]| !x.is_empty() && x.iter().all(|p| y.contains(p));
    let same_sides = if a.people.len() >= 2 && b.people.len() >= 2 {
        subset(&a.people, &b.people) || subset(&b.people, &a.people)
    } else if b.people.len() == 1 && b.date.is_none() {
        // A one-person mention without a day of its own points back (会谈中，安倍表示…).
        subset(&b.people, &a.people)
    } else {
        let mut x = a.countries.clone();
        let mut y = b.countries.clone();
        x.sort();
        y.sort();
        x == y
    };
    let days_agree = a.date.is_none() || b.date.is_none() || a.date == b.date;
    // A plain 会谈 in a report of a call is that call, unless it names another day.
    let kinds_agree = a.kind == b.kind
        || (b.kind == ContactType::Meeting && a.status == Status::Held && b.status == Status::Held);
    same_sides
        && days_agree
        && kinds_agree
        && (a.status == b.status || b.date.is_none() || a.date == b.date)
}

fn merge_or_push(contacts: &mut Vec<Contact>, c: Contact) {
    if let Some(e) = contacts.iter_mut().find(|e| same_contact(e, &c)) {
        e.date = e.date.or(c.date);
        e.duration_min = e.duration_min.or(c.duration_min);
        for p in c.people {
            if !e.people.contains(&p) {
                e.people.push(p);
            }
        }
        for k in c.countries {
            if !e.countries.contains(&k) {
                e.countries.push(k);
            }
        }
    } else {
        contacts.push(c);
    }
}
