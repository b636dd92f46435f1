//! Reading: one archived post (bytes) → [`Article`] with its metadata and raw body HTML.
//!
//! Handles every layout of the archives: optional Jekyll front matter (YAML), the
//! `<!--epoch-ms-->` comment, the markdown title link, the `------` rule, then HTML.
//! Publication time comes from the epoch comment, else the front-matter date, else the
//! in-body `DD/MM/YYYY - HH:MM` dateline (read in the outlet's time zone).

use chrono::{DateTime, Datelike, NaiveDateTime, TimeZone, Utc};
use regex::Regex;
use serde::Deserialize;
use std::sync::LazyLock;

/// The outlets dipgraph knows, with their own time zone (used to resolve 今天, 周四 …).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Outlet {
    Rfi,
    Voa,
    Dw,
    Bbc,
    Rfa,
    Zaobao,
    Reuters,
    Unknown,
}

impl Outlet {
    pub fn as_str(self) -> &'static str {
        match self {
            Outlet::Rfi => "rfi",
            Outlet::Voa => "voa",
            Outlet::Dw => "dw",
            Outlet::Bbc => "bbc",
            Outlet::Rfa => "rfa",
            Outlet::Zaobao => "zaobao",
            Outlet::Reuters => "reuters",
            Outlet::Unknown => "unknown",
        }
    }

    /// The time zone the outlet's newsroom writes in.
    pub fn time_zone(self) -> chrono_tz::Tz {
        use chrono_tz::{America, Asia, Europe};
        match self {
            Outlet::Rfi => Europe::Paris,
            Outlet::Dw => Europe::Berlin,
            Outlet::Bbc => Europe::London,
            Outlet::Voa | Outlet::Rfa => America::New_York,
            Outlet::Zaobao => Asia::Singapore,
            Outlet::Reuters | Outlet::Unknown => Asia::Shanghai,
        }
    }

    fn from_tag(tag: &str) -> Option<Outlet> {
        Some(match tag.trim() {
            "法广" | "RFI" | "rfi" => Outlet::Rfi,
            "美国之音" | "VOA" => Outlet::Voa,
            "德国之声" | "DW" => Outlet::Dw,
            "BBC" => Outlet::Bbc,
            "自由亚洲电台" | "RFA" => Outlet::Rfa,
            "联合早报" => Outlet::Zaobao,
            "路透" | "路透社" => Outlet::Reuters,
            _ => return None,
        })
    }

    fn from_url(url: &str) -> Option<Outlet> {
        let host = url.split("//").nth(1)?.split('/').next()?;
        [
            ("rfi.fr", Outlet::Rfi),
            ("voachinese.com", Outlet::Voa),
            ("voanews.com", Outlet::Voa),
            ("dw.com", Outlet::Dw),
            ("bbc.com", Outlet::Bbc),
            ("bbc.co.uk", Outlet::Bbc),
            ("rfa.org", Outlet::Rfa),
            ("zaobao.com", Outlet::Zaobao),
            ("zaobao.com.sg", Outlet::Zaobao),
            ("reuters.com", Outlet::Reuters),
        ]
        .into_iter()
        .find(|(h, _)| host == *h || host.ends_with(&format!(".{h}")))
        .map(|(_, o)| o)
    }
}

/// One archived post, before cleaning.
#[derive(Debug, Clone)]
pub struct Article {
    pub title: String,
    pub url: Option<String>,
    pub published: Option<DateTime<Utc>>,
    pub outlet: Outlet,
    /// The raw HTML body after the `------` rule.
    pub html: String,
}

/// Why a file is not an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadError {
    Empty,
    NotText,
    /// Some of an archived post's header, but not enough to read it: a damaged article.
    NoArticle,
    /// Plainly not an article: a document with no trace of an archived post (see
    /// [`reads_as_document`]), such as an archive's README or LICENSE.
    Document,
    UnclosedFrontMatter,
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            ReadError::Empty => "empty file",
            ReadError::NotText => "not a text file (binary content)",
            ReadError::NoArticle => "not an archived article (no front matter title, epoch comment or title link)",
            ReadError::Document => {
                "not an article (no front matter, epoch comment, title link or HTML: a document such as a README)"
            }
            ReadError::UnclosedFrontMatter => "front matter is never closed (no `---` line after the opening one)",
        })
    }
}

#[derive(Debug, Default, PartialEq, Deserialize)]
struct FrontMatter {
    title: Option<String>,
    date: Option<String>,
    from: Option<String>,
    author: Option<String>,
    #[serde(default)]
    tags: Option<Vec<String>>,
}

impl FrontMatter {
    /// Reads front matter: the flat `key: value` lines every archive writes go through a
    /// line reader (a tenth of the time of a YAML parser); anything else YAML allows
    /// (block scalars, nested maps, anchors …) goes to serde-saphyr. Invalid YAML gives no
    /// front matter.
    fn read(yaml: &str) -> FrontMatter {
        Self::read_flat(yaml).unwrap_or_else(|| serde_saphyr::from_str::<FrontMatter>(yaml).unwrap_or_default())
    }

    /// `None` when a line is not a flat `key: scalar` or `key: [scalar, …]`.
    fn read_flat(yaml: &str) -> Option<FrontMatter> {
        let mut front = FrontMatter::default();
        let mut seen: rustc_hash::FxHashSet<&str> = Default::default();
        for line in lines_inclusive(yaml).map(without_line_end) {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let (key, value) = line.split_once(':')?;
            if key.is_empty() || !key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-') {
                return None;
            }
            if !(value.is_empty() || value.starts_with(' ')) || !seen.insert(key) {
                return None;
            }
            let value = value.trim();
            match key {
                "title" => front.title = flat_scalar(value)?,
                "date" => front.date = flat_scalar(value)?,
                "from" => front.from = flat_scalar(value)?,
                "author" => front.author = flat_scalar(value)?,
                "tags" => front.tags = flat_sequence(value)?,
                _ if value.starts_with('[') => _ = flat_sequence(value)?,
                _ => _ = flat_scalar(value)?,
            }
        }
        Some(front)
    }
}

/// A YAML scalar written on one line: `Some(None)` for null, `None` for what this reader
/// leaves to the YAML parser.
fn flat_scalar(value: &str) -> Option<Option<String>> {
    if let Some(inner) = value.strip_prefix('"') {
        let inner = inner.strip_suffix('"')?;
        return (!inner.contains(['"', '\\'])).then(|| Some(inner.to_string()));
    }
    if let Some(inner) = value.strip_prefix('\'') {
        let inner = inner.strip_suffix('\'')?;
        return (!inner.contains('\'')).then(|| Some(inner.to_string()));
    }
    if matches!(value, "" | "~" | "null" | "Null" | "NULL") {
        return Some(None);
    }
    // Plain scalars: nothing that starts other YAML syntax, no `: ` or ` #` inside.
    let special_start = value.starts_with(['[', ']', '{', '}', ',', '&', '*', '!', '|', '>', '%', '@', '`', '-', '?']);
    let bytes = value.as_bytes();
    let comment_or_key =
        memchr::memchr_iter(b' ', bytes).any(|i| (i > 0 && bytes[i - 1] == b':') || bytes.get(i + 1) == Some(&b'#'));
    let plain = !special_start && !comment_or_key && !value.ends_with(':');
    plain.then(|| Some(value.to_string()))
}

/// `[ a, b ]` of plain or quoted scalars without commas inside.
fn flat_sequence(value: &str) -> Option<Option<Vec<String>>> {
    let inner = value.strip_prefix('[')?.strip_suffix(']')?;
    if inner.contains(['[', ']', '{', '}']) {
        return None;
    }
    if inner.trim().is_empty() {
        return Some(Some(Vec::new()));
    }
    inner.split(',').map(|item| flat_scalar(item.trim())?).collect::<Option<Vec<String>>>().map(Some)
}

/// The inside of a header comment line, `<!--epoch-ms-->` (any other comment there is passed
/// over).
fn comment(line: &str) -> Option<&str> {
    line.strip_prefix("<!--")?.strip_suffix("-->")
}
static DATELINE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(\d{2})/(\d{2})/(\d{4}) - (\d{2}):(\d{2})").unwrap());
/// Outlet and programme suffixes of RFI titles: ` – 法国国际广播电台 - RFI`, ` - 要闻解说`.
static TITLE_SUFFIX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:\s+[–-]\s+法国国际广播电台\s*-\s*RFI|\s+-\s+RFI|\s+-\s+[^\s\-–]{2,10})$").unwrap()
});

/// Splits off YAML front matter delimited by `---` lines; returns (yaml, rest).
fn split_front_matter(text: &str) -> Result<(Option<&str>, &str), ReadError> {
    let Some(after) = text.strip_prefix("---").filter(|r| r.starts_with('\n') || r.starts_with("\r\n")) else {
        return Ok((None, text));
    };
    let mut offset = 0;
    for line in lines_inclusive(after) {
        if offset > 0 && line.trim_end() == "---" {
            let yaml = after.get(..offset).ok_or(ReadError::UnclosedFrontMatter)?;
            return Ok((Some(yaml), after.get(offset + line.len()..).unwrap_or_default()));
        }
        offset += line.len();
    }
    Err(ReadError::UnclosedFrontMatter)
}

/// The lines of `text`, each with its `\n` (as `str::split_inclusive('\n')` gives them), found
/// with the memchr crate's SIMD search: the title link line of a post is a long URL.
fn lines_inclusive(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        let end = memchr::memchr(b'\n', rest.as_bytes()).map_or(rest.len(), |i| i + 1);
        let (line, tail) = (!rest.is_empty()).then(|| rest.split_at(end))?;
        rest = tail;
        Some(line)
    })
}

/// A line without its `\n` or `\r\n`, as `str::lines` gives it.
fn without_line_end(line: &str) -> &str {
    line.strip_suffix('\n').map_or(line, |l| l.strip_suffix('\r').unwrap_or(l))
}

/// Parses `[title](url)`; the title may itself contain brackets.
fn title_link(line: &str) -> Option<(&str, &str)> {
    let line = line.trim();
    let inner = line.strip_prefix('[')?.strip_suffix(')')?;
    let split = inner.rfind("](")?;
    Some((inner.get(..split)?, inner.get(split + 2..)?))
}

/// Cleans a title: HTML entities decoded, white space folded, outlet suffixes removed.
pub fn clean_title(raw: &str) -> String {
    let decoded = crate::clean::decode_entities(raw);
    let folded = decoded.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut title = folded.as_str();
    // Every suffix starts with a space (the only white space left) and a dash: a title
    // without one is not searched.
    while (title.contains(" -") || title.contains(" –"))
        && let Some(m) = TITLE_SUFFIX.find(title)
    {
        title = title.get(..m.start()).unwrap_or_default();
    }
    title.trim().to_string()
}

impl Article {
    /// Reads an archived post from its decoded text.
    pub fn parse(text: &str) -> Result<Article, ReadError> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        if text.trim().is_empty() {
            return Err(ReadError::Empty);
        }
        if memchr::memchr(0, text.as_bytes()).is_some() {
            return Err(ReadError::NotText);
        }
        let (yaml, rest) = split_front_matter(text)?;
        let front = yaml.map(FrontMatter::read).unwrap_or_default();

        let mut published = None;
        let mut title = None;
        let mut url = None;
        let mut body_start = 0;
        let mut has_epoch = false;
        let mut offset = 0;
        // The header is a few short lines: epoch comment, title link, `------`.
        for line in lines_inclusive(rest).take(12) {
            let trimmed = line.trim();
            offset += line.len();
            if trimmed.is_empty() {
                continue;
            }
            if let Some(inside) = comment(trimmed) {
                // Not a number (or out of range): no time from it, the header goes on.
                if let Ok(ms) = inside.trim().parse::<i64>() {
                    has_epoch = true;
                    published = Utc.timestamp_millis_opt(ms).single().filter(writable);
                }
                body_start = offset;
            } else if let Some((t, u)) = title_link(trimmed).filter(|_| title.is_none()) {
                title = Some(t.to_string());
                url = Some(u.to_string());
                body_start = offset;
            } else if trimmed.chars().all(|c| c == '-') && trimmed.len() >= 3 {
                body_start = offset;
                break;
            } else {
                break;
            }
        }
        let html = rest.get(body_start..).unwrap_or_default().to_string();
        let url = url.filter(|u| !u.is_empty()).or(front.from.clone());
        let outlet = front
            .tags
            .iter()
            .flatten()
            .chain(front.author.iter())
            .find_map(|t| Outlet::from_tag(t))
            .or_else(|| url.as_deref().and_then(Outlet::from_url))
            .unwrap_or(Outlet::Unknown);
        let published = published
            .or_else(|| front.date.as_deref().and_then(parse_front_date).filter(writable))
            .or_else(|| dateline_time(&html, outlet).filter(writable));
        if title.is_none() && front.title.is_none() && !has_epoch {
            return Err(if yaml.is_none() && reads_as_document(rest) {
                ReadError::Document
            } else {
                ReadError::NoArticle
            });
        }
        let title = title.or(front.title).map(|t| clean_title(&t)).unwrap_or_default();
        Ok(Article { title, url, published, outlet, html })
    }
}

/// Whether a text that gave no article is plainly not one: it has none of the marks of an
/// archived post, and reads as a document. No `<!--…-->` comment line and no title link
/// line followed by a `---` rule among its first lines (the header), and no HTML paragraph
/// markup (`<p`, `<div`, `<br`) anywhere, since every post's body is HTML; and lines of text
/// that start with a short one (a heading or a title line, under [`DOCUMENT_FIRST_LINE`]
/// characters), as a README, LICENSE or notes file has, unlike bytes decoded into nonsense.
/// Front matter is checked by the caller. A post whose header was lost or damaged keeps its
/// HTML body, so it is not taken for a document.
fn reads_as_document(text: &str) -> bool {
    let head: Vec<&str> = text.lines().map(str::trim).filter(|l| !l.is_empty()).take(12).collect();
    if head.len() < 2 || head[0].chars().count() >= DOCUMENT_FIRST_LINE {
        return false;
    }
    let is_rule = |l: &str| l.len() >= 3 && l.chars().all(|c| c == '-');
    let header_mark = head.iter().enumerate().any(|(i, l)| {
        l.starts_with("<!--") || (title_link(l).is_some() && head.get(i + 1).is_some_and(|next| is_rule(next)))
    });
    !header_mark && !has_html_markup(text)
}

/// The first line of a document is shorter than this (in characters).
const DOCUMENT_FIRST_LINE: usize = 200;

/// Whether `text` holds a `<p`, `<div` or `<br` tag (any case), as an article body does.
fn has_html_markup(text: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memchr_iter(b'<', bytes).any(|i| {
        let tag = &bytes[i + 1..];
        let named = |name: &[u8]| {
            tag.len() > name.len()
                && tag[..name.len()].eq_ignore_ascii_case(name)
                && matches!(tag[name.len()], b'>' | b'/' | b' ' | b'\t' | b'\n' | b'\r')
        };
        named(b"p") || named(b"div") || named(b"br")
    })
}

/// Whether a publication time can be written in RFC 3339, whose years are 0000–9999: a time
/// outside them (an epoch comment of 9999999999999999 ms) gives the article no time.
fn writable(t: &DateTime<Utc>) -> bool {
    (0..=9999).contains(&t.year())
}

fn parse_front_date(s: &str) -> Option<DateTime<Utc>> {
    let s = s.trim();
    DateTime::parse_from_rfc3339(s)
        .map(|d| d.with_timezone(&Utc))
        .ok()
        .or_else(|| NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M:%S").ok().map(|n| n.and_utc()))
        .or_else(|| {
            chrono::NaiveDate::parse_from_str(s.get(..10)?, "%Y-%m-%d")
                .ok()
                .and_then(|d| d.and_hms_opt(0, 0, 0))
                .map(|n| n.and_utc())
        })
}

/// The RFI dateline `15/09/2023 - 01:00`, in the outlet's time zone.
fn dateline_time(html: &str, outlet: Outlet) -> Option<DateTime<Utc>> {
    let head = &html[..html.floor_char_boundary(400)];
    let c = DATELINE.captures(head)?;
    let n = |i: usize| c[i].parse::<u32>().ok();
    let date = chrono::NaiveDate::from_ymd_opt(c[3].parse().ok()?, n(2)?, n(1)?)?;
    let local = date.and_hms_opt(n(4)?, n(5)?, 0)?;
    outlet.time_zone().from_local_datetime(&local).earliest().map(|d| d.with_timezone(&Utc))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn documents_are_told_from_damaged_articles() {
        let document = |t: &str| Article::parse(t).err() == Some(ReadError::Document);
        let damaged = |t: &str| Article::parse(t).err() == Some(ReadError::NoArticle);
        assert!(document("# Test corpus\n\nThese are data files only, `<id>_<title>.md`.\n"));
        assert!(document("MIT License\n\nCopyright (c) 2020\n\nPermission is hereby granted …\n"));
        // The body of a post whose header was lost, or bytes decoded into one long line.
        assert!(damaged("<p>日本首相安倍晋三与美国总统特朗普通电话。</p>"));
        assert!(damaged("a line\n<div>日本首相安倍晋三</div>\n"));
        assert!(damaged(&"丂".repeat(300)));
        assert!(damaged("丂丂丂"));
        // A header comment that is not a number, or a title link above a rule, is a mark.
        assert!(damaged("<!--not a number-->\nsome text\nmore text\n"));
        assert!(damaged("junk\n[](https://www.rfi.fr/cn/x)\n------\ntext\n"));
    }

    #[test]
    fn rfi_suffixes_are_removed_from_titles() {
        assert_eq!(
            clean_title("四方会谈 蓬佩奥寻求同仇敌忾齐抗中 – 法国国际广播电台 - RFI"),
            "四方会谈 蓬佩奥寻求同仇敌忾齐抗中"
        );
        assert_eq!(clean_title("会晤柯文哲 布拉格市长：我是台北人 - 要闻解说"), "会晤柯文哲 布拉格市长：我是台北人");
        assert_eq!(clean_title("中美&quot;对话&quot;"), "中美\"对话\"");
    }

    #[test]
    fn header_without_front_matter() {
        let a = Article::parse("<!--1694733301000-->\n[标题](https://www.rfi.fr/cn/x)\n------\n\n<p>正文</p>").unwrap();
        assert_eq!(a.title, "标题");
        assert_eq!(a.outlet, Outlet::Rfi);
        assert_eq!(a.published.unwrap().to_rfc3339(), "2023-09-14T23:15:01+00:00");
        assert!(a.html.contains("正文"));
    }

    #[test]
    fn dateline_is_the_last_resort_for_the_time() {
        let a =
            Article::parse("[标题](https://www.rfi.fr/cn/x)\n------\n<div>15/09/2023 - 01:00</div><p>x</p>").unwrap();
        assert_eq!(a.published.unwrap().to_rfc3339(), "2023-09-14T23:00:00+00:00");
    }

    #[test]
    fn times_rfc_3339_cannot_write_give_no_time() {
        let post = |comment: &str| format!("<!--{comment}-->\n[标题](https://www.rfi.fr/cn/x)\n------\n<p>x</p>");
        for ms in [
            i64::MAX,
            i64::MIN,
            9_999_999_999_999_999,
            -8_640_000_000_000_000,
            253_402_300_800_000,
            -62_167_219_200_001,
        ] {
            let a = Article::parse(&post(&ms.to_string())).unwrap();
            assert_eq!(a.published, None, "{ms}");
        }
        let last = Article::parse(&post("253402300799999")).unwrap();
        assert_eq!(last.published.unwrap().to_rfc3339(), "9999-12-31T23:59:59.999+00:00");
        let front = "---\ndate: 9999-12-31T23:00:00-05:00\n---\n[标题](https://www.rfi.fr/cn/x)\n------\n<p>x</p>";
        assert_eq!(Article::parse(front).unwrap().published, None);
    }

    #[test]
    fn lines_split_as_the_standard_library_splits_them() {
        for text in ["", "\n", "a", "a\n", "a\r\nb", "a\n\nb\r", "\r\n\r\n", "一\n二\r三\n", "x\ny\n\n"] {
            assert_eq!(
                lines_inclusive(text).collect::<Vec<_>>(),
                text.split_inclusive('\n').collect::<Vec<_>>(),
                "{text:?}"
            );
            assert_eq!(
                lines_inclusive(text).map(without_line_end).collect::<Vec<_>>(),
                text.lines().collect::<Vec<_>>(),
                "{text:?}"
            );
        }
    }

    #[test]
    fn empty_and_binary_files_are_not_articles() {
        assert_eq!(Article::parse(" \n").unwrap_err(), ReadError::Empty);
        assert_eq!(Article::parse("ab\0cd").unwrap_err(), ReadError::NotText);
    }

    #[test]
    fn flat_front_matter_reads_as_yaml_does() {
        let yaml = |y: &str| serde_saphyr::from_str::<FrontMatter>(y).unwrap_or_default();
        let cases = [
            "layout: post\ntitle: \"中美会谈：双方同意\"\ndate: 2020-07-20T15:55:09.000Z\nauthor: 法广\nfrom: http://www.rfi.fr//cn/x\ntags: [ 法广 ]\ncategories: [ 法广 ]\n",
            "title: 'single quoted'\ntags: [a, \"b\", c]\ncomments: True\n",
            "title: plain words here\ndate: ~\ntags: []\n",
        ];
        for case in cases {
            let flat = FrontMatter::read_flat(case).expect("a flat front matter");
            assert_eq!(flat, yaml(case), "{case}");
        }
        // What the line reader leaves to the YAML parser.
        for case in
            ["title: >\n  folded\n", "title: \"a \\\" b\"\n", "tags:\n  - a\n", "title: a: b\n", "title: x\ntitle: y\n"]
        {
            assert_eq!(FrontMatter::read_flat(case), None, "{case}");
        }
        assert_eq!(FrontMatter::read("title: >\n  folded\n  title\n").title.as_deref(), Some("folded title\n"));
    }

    #[test]
    fn fixture_front_matters_read_as_yaml_does() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures");
        let mut read = 0;
        for entry in walkdir::WalkDir::new(dir).into_iter().filter_map(Result::ok).filter(|e| e.file_type().is_file()) {
            let text = std::fs::read_to_string(entry.path()).unwrap();
            if let Ok((Some(y), _)) = split_front_matter(&text) {
                let expected = serde_saphyr::from_str::<FrontMatter>(y).unwrap_or_default();
                assert_eq!(FrontMatter::read_flat(y).as_ref(), Some(&expected), "{}", entry.path().display());
                read += 1;
            }
        }
        assert!(read >= 5, "only {read} fixtures with front matter");
    }
}
