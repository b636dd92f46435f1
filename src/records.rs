//! Records: the JSON Lines `dipgraph extract` writes, read back to build a graph without
//! the articles (`graph --records`), to cluster one group of contacts (`cluster`) or to
//! join clustered events into a graph (`graph --records … --events …`).
//!
//! Each record is an [`Extraction`] with three more fields: `input` (the PATH it was found
//! under, which a graph names among its sources), `record_schema` ([`SCHEMA`]) and
//! `dictionaries` (the [`crate::dict::Dictionaries::fingerprint`] of the dictionaries it was
//! made with). Records of another schema or other dictionaries are refused, never mixed.
//!
//! `extract --keyed` writes each article's record without its contacts, then one keyed
//! contact line per contact: `{"key": SIDES, "index", "file", "url", "outlet",
//! "published", "contact", …}`, where `key` is the sides key that events are clustered by
//! ([`crate::events::sides_key`]), so that an engine can group contacts by it. Every reader
//! takes the contacts of records and of keyed lines alike: a stream of either kind, or of
//! both, cut into parts and put together in any order, gives the same graph.
//!
//! Files may be gzip-compressed (told by their first bytes, whatever their name; several
//! gzip members one after another, as `cat a.gz b.gz` makes, are read as one); `-` is
//! standard input. An error names the file and the line.

use crate::contacts::Contact;
use crate::events::{KeyedEvent, Source, sides_key};
use crate::extract::Extraction;
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use std::io::{BufRead, BufReader, Read, Write};
use std::ops::ControlFlow;
use std::path::{Path, PathBuf};

/// The version of the record format: records of another version are refused.
pub const SCHEMA: u32 = 1;

/// Lines parsed at once, in parallel, before they are handed on in order.
const LINES_AT_ONCE: usize = 4096;

/// An `extract` record as written: the extraction and its stamp.
#[derive(Serialize)]
struct RecordOut<'a> {
    #[serde(flatten)]
    extraction: &'a Extraction,
    input: &'a str,
    record_schema: u32,
    dictionaries: &'a str,
}

/// One contact of an article, keyed by its sides (a line of `extract --keyed`).
#[derive(Serialize)]
struct KeyedContactOut<'a> {
    key: String,
    file: &'a str,
    url: &'a Option<String>,
    outlet: &'a str,
    published: &'a Option<String>,
    /// The contact's position in its article.
    index: usize,
    contact: &'a Contact,
    record_schema: u32,
    dictionaries: &'a str,
}

/// A keyed contact line read back.
#[derive(Debug, Deserialize)]
pub struct KeyedContact {
    pub key: String,
    pub file: String,
    pub url: Option<String>,
    pub outlet: String,
    pub published: Option<String>,
    pub index: usize,
    pub contact: Contact,
}

impl KeyedContact {
    /// The article the contact is of, as an event names it.
    pub fn source(&self) -> Source {
        Source {
            file: self.file.clone(),
            url: self.url.clone(),
            outlet: self.outlet.clone(),
            published: self.published.clone(),
        }
    }
}

/// Writes the record of `x`, found under `input`, made with the dictionaries of
/// `fingerprint`; with `keyed`, the record without its contacts and then a keyed contact
/// line for each.
pub fn write(out: &mut dyn Write, x: &Extraction, input: &str, fingerprint: &str, keyed: bool) -> std::io::Result<()> {
    if !keyed || x.contacts.is_empty() {
        let record = RecordOut { extraction: x, input, record_schema: SCHEMA, dictionaries: fingerprint };
        serde_json::to_writer(&mut *out, &record)?;
        return out.write_all(b"\n");
    }
    let bare = Extraction { contacts: Vec::new(), ..x.clone() };
    let record = RecordOut { extraction: &bare, input, record_schema: SCHEMA, dictionaries: fingerprint };
    serde_json::to_writer(&mut *out, &record)?;
    out.write_all(b"\n")?;
    for (index, contact) in x.contacts.iter().enumerate() {
        let line = KeyedContactOut {
            key: sides_key(&contact.people, &contact.countries, &contact.organizations),
            file: &x.file,
            url: &x.url,
            outlet: &x.outlet,
            published: &x.published,
            index,
            contact,
            record_schema: SCHEMA,
            dictionaries: fingerprint,
        };
        serde_json::to_writer(&mut *out, &line)?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

/// One line of a records stream.
#[derive(Debug)]
pub enum Line {
    /// An article's record, and the input it was found under.
    Record(Box<Extraction>, String),
    /// A keyed contact line of `extract --keyed`.
    Contact(Box<KeyedContact>),
}

/// The stamp every line carries.
#[derive(Deserialize)]
struct Stamp {
    record_schema: Option<u32>,
    dictionaries: Option<String>,
}

/// A record as read: the extraction, its input and stamp.
#[derive(Deserialize)]
struct RecordIn {
    #[serde(flatten)]
    extraction: Extraction,
    input: Option<String>,
    #[serde(flatten)]
    stamp: Stamp,
}

/// A keyed contact line as read.
#[derive(Deserialize)]
struct KeyedIn {
    #[serde(flatten)]
    contact: KeyedContact,
    #[serde(flatten)]
    stamp: Stamp,
}

impl Stamp {
    /// Refuses a line of another schema or other dictionaries than `fingerprint`.
    fn check(&self, fingerprint: &str) -> Result<(), String> {
        match self.record_schema {
            None => {
                return Err("not a record of this dipgraph's `extract` (it has no record_schema): extract the \
                            articles again"
                    .into());
            }
            Some(SCHEMA) => {}
            Some(other) => {
                return Err(format!(
                    "a record of schema {other}, and this dipgraph reads schema {SCHEMA}: extract the articles again"
                ));
            }
        }
        match &self.dictionaries {
            Some(d) if d == fingerprint => Ok(()),
            Some(d) => Err(format!(
                "a record made with other dictionaries (fingerprint {d}; the dictionaries loaded now are {fingerprint}): \
                 give the same --dict as the extract that made it, or extract again"
            )),
            None => Err("a record without the fingerprint of its dictionaries (no dictionaries field)".into()),
        }
    }
}

/// Parses one line of a records stream (keyed contact lines start `{"key":`).
fn parse_line(bytes: &[u8], fingerprint: &str) -> Result<Line, String> {
    if bytes.starts_with(b"{\"key\":") {
        let k: KeyedIn = serde_json::from_slice(bytes).map_err(|e| format!("not a keyed contact line: {e}"))?;
        k.stamp.check(fingerprint)?;
        return Ok(Line::Contact(Box::new(k.contact)));
    }
    let r: RecordIn = serde_json::from_slice(bytes).map_err(|e| format!("not an extract record: {e}"))?;
    r.stamp.check(fingerprint)?;
    let input = r.input.ok_or("a record without its input field")?;
    Ok(Line::Record(Box::new(r.extraction), input))
}

/// Reads every line of the records `paths` (`-` standard input, gzip or plain) in order,
/// handing each to `each`; stops at the first line that is no record of these
/// dictionaries, with an error naming its file and line, or when `each` breaks.
pub fn read(
    paths: &[PathBuf],
    fingerprint: &str,
    stop: &dyn Fn() -> bool,
    mut each: impl FnMut(Line),
) -> Result<ControlFlow<()>, String> {
    for_each_line(paths, stop, |batch| {
        let parsed: Vec<Result<Line, String>> = batch.par_iter().map(|(_, l)| parse_line(l, fingerprint)).collect();
        for ((at, _), line) in batch.iter().zip(parsed) {
            each(line.map_err(|e| format!("{at}: {e}"))?);
        }
        Ok(())
    })
}

/// Reads every line of the `dipgraph cluster` outputs `paths` as keyed events.
pub fn read_events(paths: &[PathBuf], stop: &dyn Fn() -> bool) -> Result<Option<Vec<KeyedEvent>>, String> {
    let mut events = Vec::new();
    let flow = for_each_line(paths, stop, |batch| {
        let parsed: Vec<Result<KeyedEvent, String>> = batch
            .par_iter()
            .map(|(at, l)| {
                serde_json::from_slice(l).map_err(|e| format!("{at}: not an event line of `dipgraph cluster`: {e}"))
            })
            .collect();
        for e in parsed {
            events.push(e?);
        }
        Ok(())
    })?;
    Ok(flow.is_continue().then_some(events))
}

/// Calls `each` with the non-blank lines of `paths` in batches, each line with its place
/// (`FILE:LINE`), in order; `Break` when `stop` said so.
fn for_each_line(
    paths: &[PathBuf],
    stop: &dyn Fn() -> bool,
    mut each: impl FnMut(&[(String, Vec<u8>)]) -> Result<(), String>,
) -> Result<ControlFlow<()>, String> {
    for path in paths {
        let name = if path.as_os_str() == "-" { "<stdin>".to_string() } else { path.display().to_string() };
        let mut reader = open(path).map_err(|e| format!("{name}: cannot read: {}", crate::batch::io_message(&e)))?;
        let mut batch: Vec<(String, Vec<u8>)> = Vec::with_capacity(LINES_AT_ONCE);
        let mut number = 0u64;
        loop {
            let mut line = Vec::new();
            let n = reader
                .read_until(b'\n', &mut line)
                .map_err(|e| format!("{name}:{}: cannot read: {}", number + 1, crate::batch::io_message(&e)))?;
            if n > 0 {
                number += 1;
                while line.last().is_some_and(|b| matches!(b, b'\n' | b'\r')) {
                    line.pop();
                }
                if !line.trim_ascii().is_empty() {
                    batch.push((format!("{name}:{number}"), line));
                }
            }
            if batch.len() >= LINES_AT_ONCE || (n == 0 && !batch.is_empty()) {
                if stop() {
                    return Ok(ControlFlow::Break(()));
                }
                each(&batch)?;
                batch.clear();
            }
            if n == 0 {
                break;
            }
        }
    }
    Ok(if stop() { ControlFlow::Break(()) } else { ControlFlow::Continue(()) })
}

/// A reader of the file `path` (`-`: standard input), gunzipped when it starts as gzip does.
fn open(path: &Path) -> std::io::Result<Box<dyn BufRead>> {
    let raw: Box<dyn Read> =
        if path.as_os_str() == "-" { Box::new(std::io::stdin()) } else { Box::new(std::fs::File::open(path)?) };
    let mut buffered = BufReader::with_capacity(1 << 16, raw);
    let gzip = buffered.fill_buf()?.starts_with(&[0x1f, 0x8b]);
    Ok(if gzip {
        Box::new(BufReader::with_capacity(1 << 16, flate2::bufread::MultiGzDecoder::new(buffered)))
    } else {
        Box::new(buffered)
    })
}

/// Writes `events` of `dipgraph cluster` as JSON Lines.
pub fn write_events(out: &mut dyn Write, events: &[KeyedEvent]) -> std::io::Result<()> {
    for e in events {
        serde_json::to_writer(&mut *out, e)?;
        out.write_all(b"\n")?;
    }
    Ok(())
}
