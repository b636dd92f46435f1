//! Extraction: one file's bytes → one [`Extraction`], the JSON Lines record of `extract`.
//!
//! Owns the per-article pipeline (decode → read → clean → match → resolve → contacts) and
//! the record's schema. It is a pure function of (path, bytes, dictionaries), which is
//! what lets batches run in parallel and stay deterministic.

use crate::article::{Article, ReadError};
use crate::clean::{CleanError, Text, clean_paragraphs};
use crate::contacts::{Contact, CueFinder, find_contacts};
use crate::dates::{dateline_day, local_day, today_named};
use crate::dict::Dictionaries;
use crate::discover::Discoverer;
use crate::matcher::{Matcher, Target};
use crate::resolve::{CountryRecord, OrganizationRecord, PersonRecord, resolve};
use crate::topics::TopicFinder;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::sync::{Arc, Mutex, OnceLock};

/// The per-article record (the output contract of `dipgraph extract`).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Extraction {
    pub file: String,
    pub title: String,
    pub url: Option<String>,
    pub published: Option<String>,
    pub outlet: String,
    pub people: Vec<PersonRecord>,
    pub countries: Vec<CountryRecord>,
    pub organizations: Vec<OrganizationRecord>,
    pub contacts: Vec<Contact>,
}

/// Why one file yields no record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExtractError {
    Read(ReadError),
    Html(CleanError),
    Encoding,
}

impl std::fmt::Display for ExtractError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ExtractError::Read(e) => e.fmt(f),
            ExtractError::Html(e) => e.fmt(f),
            ExtractError::Encoding => {
                f.write_str("text encoding could not be recognised (not UTF-8, GBK, GB18030 or Big5)")
            }
        }
    }
}

impl std::error::Error for ExtractError {}

impl ExtractError {
    /// A short reason, used to count skipped files by kind.
    pub fn reason(&self) -> &'static str {
        match self {
            ExtractError::Read(ReadError::Empty) => "empty",
            ExtractError::Read(ReadError::NotText) => "binary",
            ExtractError::Read(ReadError::NoArticle) => "no header",
            ExtractError::Read(ReadError::Document) => crate::batch::NOT_AN_ARTICLE,
            ExtractError::Read(ReadError::UnclosedFrontMatter) => "bad front matter",
            ExtractError::Html(_) => "bad html",
            ExtractError::Encoding => "unknown encoding",
        }
    }
}

/// Decodes file bytes: UTF-8 (with or without BOM, a few damaged sequences read as U+FFFD),
/// else the encoding chardetng detects (GBK, GB18030, Big5 …). Line ends become `\n`.
/// Binary content (NUL bytes, mostly control characters) is rejected. Valid UTF-8 with `\n`
/// line ends, most files, is borrowed as it is.
pub fn decode(bytes: &[u8]) -> Result<Cow<'_, str>, ExtractError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if looks_binary(bytes) {
        return Err(ExtractError::Read(ReadError::NotText));
    }
    // simdutf8 validates Chinese text several times faster than the standard library.
    let text = match simdutf8::basic::from_utf8(bytes) {
        Ok(s) => Cow::Borrowed(s),
        Err(_) if mostly_utf8(bytes) => String::from_utf8_lossy(bytes),
        Err(_) => {
            let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
            detector.feed(bytes, true);
            let encoding = detector.guess(None, chardetng::Utf8Detection::Deny);
            let (text, _, had_errors) = encoding.decode(bytes);
            if had_errors || encoding == encoding_rs::UTF_8 {
                return Err(ExtractError::Encoding);
            }
            text
        }
    };
    Ok(if memchr::memchr(b'\r', text.as_bytes()).is_some() {
        Cow::Owned(text.replace("\r\n", "\n").replace('\r', "\n"))
    } else {
        text
    })
}

/// NUL bytes, or more than one control character in ten at the start: not text.
fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(8192)];
    // Bytes under 0x20 are counted first (a loop the compiler vectorizes): only where they
    // could be one in ten are the allowed ones (tab, line ends, form feed, escape) left out.
    let low: usize = head.chunks(255).map(|c| usize::from(c.iter().fold(0u8, |n, &b| n + u8::from(b < 0x20)))).sum();
    let controls = if low * 10 > head.len() {
        head.iter().filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c | 0x1b)).count()
    } else {
        low
    };
    memchr::memchr(0, bytes).is_some() || controls * 10 > head.len()
}

/// UTF-8 with a few damaged sequences (a truncated download, a stray byte): at most one
/// invalid sequence per twenty valid non-ASCII characters.
fn mostly_utf8(bytes: &[u8]) -> bool {
    let (mut valid, mut invalid) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        valid += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        invalid += usize::from(!chunk.invalid().is_empty());
    }
    valid > 0 && invalid * 20 <= valid
}

/// A value built on a thread of its own from the moment it is asked for; [`BuiltAside::get`]
/// waits for it the first time.
struct BuiltAside<T> {
    value: OnceLock<T>,
    build: Mutex<Option<std::thread::JoinHandle<T>>>,
}

impl<T: Send + 'static> BuiltAside<T> {
    fn new(build: impl FnOnce() -> T + Send + 'static) -> BuiltAside<T> {
        BuiltAside { value: OnceLock::new(), build: Mutex::new(Some(std::thread::spawn(build))) }
    }

    fn get(&self) -> &T {
        self.value.get_or_init(|| {
            let build = self.build.lock().expect("no other thread panicked here").take();
            build.expect("built once").join().expect("the build does not panic")
        })
    }
}

/// Dictionaries and the automata built from them: load once, share across threads.
pub struct Pipeline {
    /// Shared with the thread that builds the matcher.
    pub dicts: Arc<Dictionaries>,
    /// The matcher takes most of the start-up: it is built on a thread of its own while the
    /// first articles are found, read and cleaned.
    matcher: BuiltAside<Matcher>,
    discoverer: Discoverer,
    topics: TopicFinder,
    cues: CueFinder,
    /// ISO codes by country index, for discovered people's countries.
    country_ids: Vec<String>,
}

impl Pipeline {
    pub fn new(dicts: Dictionaries) -> Pipeline {
        let dicts = Arc::new(dicts);
        let matcher = {
            let dicts = Arc::clone(&dicts);
            BuiltAside::new(move || Matcher::new(&dicts))
        };
        let topics = TopicFinder::new(&dicts);
        let discoverer = Discoverer::new(&dicts);
        let country_ids = dicts.countries.iter().map(|c| c.id.clone()).collect();
        let cues = CueFinder::new(&dicts);
        Pipeline { dicts, matcher, discoverer, topics, cues, country_ids }
    }

    /// `text` with every dictionary match marked as 【surface|what】, for dictionary work:
    /// what is `person:ID`, `country:ID`, `org:ID` or `trigger:TYPE` (several when shared).
    pub fn annotate(&self, text: &str) -> String {
        let simple = crate::clean::simplify(text);
        let mut out = String::with_capacity(text.len() * 2);
        let mut last = 0;
        for m in self.matcher.get().find(&simple) {
            let what: Vec<String> = m
                .targets
                .iter()
                .map(|t| match *t {
                    Target::Person { index, weak } => {
                        format!("person:{}{}", self.dicts.people[index].id, if weak { "~" } else { "" })
                    }
                    Target::Country { index, weak } => {
                        format!("country:{}{}", self.dicts.countries[index].id, if weak { "~" } else { "" })
                    }
                    Target::Organization(i) => format!("org:{}", self.dicts.organizations[i].id),
                    Target::Trigger(i) => format!("trigger:{}", self.dicts.cues[i].label),
                })
                .collect();
            // Ranges of `simple` are ranges of `text` (simplify keeps every byte offset).
            let (Some(before), Some(surface)) = (text.get(last..m.range.start), text.get(m.range.clone())) else {
                continue;
            };
            out.push_str(before);
            out.push_str(&format!("【{surface}|{}】", what.join(",")));
            last = m.range.end;
        }
        out.push_str(text.get(last..).unwrap_or_default());
        out
    }

    /// Extracts one archived post; `file` is the name written into the record.
    pub fn extract(&self, file: &str, bytes: &[u8]) -> Result<Extraction, ExtractError> {
        let text = decode(bytes)?;
        let article = Article::parse(&text).map_err(ExtractError::Read)?;
        self.extract_article(file, &article)
    }

    pub fn extract_article(&self, file: &str, article: &Article) -> Result<Extraction, ExtractError> {
        let body = clean_paragraphs(&article.html).map_err(ExtractError::Html)?;
        let published_day = article.published.and_then(|t| local_day(t, article.outlet.time_zone()));
        let reference = published_day
            .map(|p| body.first().and_then(|first| dateline_day(first, p)).unwrap_or(p))
            .map(|r| today_named(body.iter().map(String::as_str), r).unwrap_or(r));
        // The title is read as the first paragraph. Matching and cues read simplified
        // characters; surfaces and evidence come from the text as written.
        let text = Text::from_paragraphs(
            &std::iter::once(article.title.as_str()).chain(body.iter().map(String::as_str)).collect::<Vec<_>>(),
        );
        let simple = text.simplified();
        let matcher = self.matcher.get();
        let matches = matcher.find_all(&simple.body);
        let discovered = self.discoverer.discover(&simple.body, &matches, matcher.segmenter(), &self.country_ids);
        let mentions = matches.mentions;
        let mut resolved =
            resolve(&self.dicts, &text.body, &mentions, &discovered, &self.discoverer, article.title.len(), reference);
        let mut contacts =
            find_contacts(&self.cues, &simple, &text, &resolved, reference, &self.topics, &self.dicts.memberships);
        Ok(Extraction {
            file: file.to_string(),
            title: article.title.clone(),
            url: article.url.clone(),
            published: article.published.map(|t| t.format("%Y-%m-%dT%H:%M:%SZ").to_string()),
            outlet: article.outlet.as_str().to_string(),
            people: resolved.take_people(&mut contacts),
            countries: resolved.countries,
            organizations: resolved.organizations,
            contacts,
        })
    }
}
