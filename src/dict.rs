//! Dictionaries: the plain-text entity, trigger and topic files under `dictionaries/`.
//!
//! This module owns the file format (documented in README.md), parsing with `file:line`
//! diagnostics, the embedded defaults, user overrides (`--dict DIR`), and `dict check`.
//! Every other stage sees only the parsed [`Dictionaries`].

use chrono::NaiveDate;
use rustc_hash::FxHashMap;
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::path::Path;

include!(concat!(env!("OUT_DIR"), "/embedded_dictionaries.rs"));

/// A surface form of an entity; a weak form counts only next to a strong form of the same entity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Alias {
    pub form: String,
    pub weak: bool,
}

/// A dated office: `US 国务卿 2021-01-26..2025-01-20`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Role {
    /// ISO 3166-1 alpha-2 code, or `None` for a post in an international organisation.
    pub country: Option<String>,
    pub title: String,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
}

impl Role {
    /// Whether the role is in force on `date`.
    pub fn active_on(&self, date: NaiveDate) -> bool {
        self.from.is_none_or(|f| f <= date) && self.to.is_none_or(|t| date <= t)
    }
}

#[derive(Debug, Clone)]
pub struct Person {
    pub id: String,
    pub name: String,
    pub english: Option<String>,
    pub aliases: Vec<Alias>,
    pub roles: Vec<Role>,
    /// The day the person died (`died YYYY-MM-DD` among the roles): they take part in no
    /// contact after it.
    pub died: Option<NaiveDate>,
}

impl Person {
    /// Whether a minister's title (卫生部长普莱斯) before a mention of this person names a
    /// namesake: the person has roles and none of them is a minister's or a head's office
    /// (Ned Price, a spokesman).
    pub fn never_a_minister(&self) -> bool {
        const MINISTERS: &[&str] = &["部长", "大臣", "卿", "长官", "相", "书记", "主席", "总统", "总理", "首相"];
        !self.roles.is_empty() && !self.roles.iter().any(|r| MINISTERS.iter().any(|m| r.title.contains(m)))
    }

    /// The role in force on `date`, else the latest one that ended before it, else the first.
    pub fn role_on(&self, date: Option<NaiveDate>) -> Option<&Role> {
        let Some(date) = date else {
            return self.roles.last();
        };
        self.roles
            .iter()
            .rev()
            .find(|r| r.active_on(date))
            .or_else(|| self.roles.iter().filter(|r| r.to.is_some_and(|t| t < date)).max_by_key(|r| r.to))
            .or(self.roles.first())
    }
}

#[derive(Debug, Clone)]
pub struct Country {
    pub id: String,
    pub name: String,
    pub english: Option<String>,
    pub aliases: Vec<Alias>,
    /// One-character forms used in compounds: 美 in 中美, 美方.
    pub short: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct Organization {
    pub id: String,
    pub name: String,
    pub english: Option<String>,
    pub aliases: Vec<Alias>,
    pub country: Option<String>,
    pub kind: String,
}

/// A line of `memberships*.tsv`: the member countries of an international organisation,
/// the sides a summit of that organisation may have.
#[derive(Debug, Clone)]
pub struct Membership {
    /// The organisation's id in `organizations*.tsv`.
    pub organization: String,
    /// ISO codes of its members.
    pub members: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct Topic {
    pub id: String,
    pub name: String,
    pub aliases: Vec<Alias>,
}

/// A cue word of `triggers*.tsv`: what it signals (`contact`, `planned`, …) and its label.
#[derive(Debug, Clone)]
pub struct Cue {
    pub category: String,
    pub label: String,
    pub forms: Vec<String>,
}

/// One problem in a dictionary file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub file: String,
    pub line: usize,
    pub message: String,
}

/// `file:line: message` on one line (control characters escaped, as in
/// [`crate::batch::FileError`]).
impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use crate::batch::escape_controls;
        write!(f, "{}:{}: {}", escape_controls(&self.file), self.line, escape_controls(&self.message))
    }
}

/// All dictionaries, loaded once per process.
#[derive(Debug, Clone, Default)]
pub struct Dictionaries {
    pub people: Vec<Person>,
    pub countries: Vec<Country>,
    pub organizations: Vec<Organization>,
    pub topics: Vec<Topic>,
    pub cues: Vec<Cue>,
    pub memberships: Vec<Membership>,
    /// Index of `countries` by id, built on first use (and reset when files are added).
    country_index: std::sync::OnceLock<FxHashMap<String, usize>>,
    /// Whether a user's dictionary files (`--dict`) were added to the built-in ones.
    user_files: bool,
    /// The country codes the entries added give, not yet checked against the countries.
    country_refs: Vec<CountryRef>,
    /// SHA-256 chained over every file added (its file name, length and text), in order.
    digest: [u8; 32],
}

/// A country code an entry gives (a role's, an organisation's) and where: checked once
/// every file is added, as a country may come in a later file.
#[derive(Debug, Clone)]
struct CountryRef {
    file: String,
    line: usize,
    entry: String,
    code: String,
}

/// Whether `id` is an id of a person, organisation or topic: lowercase ASCII letters and
/// digits in parts joined by single `-` (`abe-shinzo`, `g7`); or `zh-` and a name, as
/// discovered people's ids are (`zh-张惇涵`, `zh-凯莉-克拉夫特`), whose parts may also hold
/// other letters and digits (any script) and the name dots `·‧•`. No white space, no
/// control character, no `--` (edge ids are `KIND:SOURCE--TARGET`), no `-` at either end.
pub fn is_entry_id(id: &str) -> bool {
    let named = id.strip_prefix("zh-");
    let part_char = |c: char| match named {
        Some(_) => c.is_alphanumeric() || matches!(c, '·' | '‧' | '•'),
        None => c.is_ascii_lowercase() || c.is_ascii_digit(),
    };
    named.unwrap_or(id).split('-').all(|part| !part.is_empty() && part.chars().all(part_char))
}

/// Whether `id` is a country id: two uppercase ASCII letters (ISO 3166-1 alpha-2).
pub fn is_country_code(id: &str) -> bool {
    id.len() == 2 && id.bytes().all(|b| b.is_ascii_uppercase())
}

/// The most surface forms of two characters or more, not all ASCII, that the dictionaries
/// may hold, and the most characters they may have in all: these forms are the words the
/// segmenter is taught, beside jieba's 349,045 words (its word ids have 20 bits), in a
/// trie of at most 2^22 slots (`segment::keys::MAX_TRIE_SLOT_BITS`, three in four taken,
/// jieba's words taking half a million). About three Chinese forms for each of 200,000
/// people.
pub const MAX_TAUGHT_FORMS: usize = 600_000;
pub const MAX_TAUGHT_CHARS: usize = 2_400_000;

/// The kinds of dictionary file, told apart by the start of the file name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Kind {
    People,
    Countries,
    Organizations,
    Topics,
    Triggers,
    Memberships,
}

impl Kind {
    fn of(file_name: &str) -> Option<Kind> {
        let name = file_name.rsplit('/').next().unwrap_or(file_name);
        if !name.ends_with(".tsv") {
            return None;
        }
        [
            ("people", Kind::People),
            ("countries", Kind::Countries),
            ("organizations", Kind::Organizations),
            ("topics", Kind::Topics),
            ("triggers", Kind::Triggers),
            ("memberships", Kind::Memberships),
        ]
        .into_iter()
        .find(|(prefix, _)| name.starts_with(prefix))
        .map(|(_, k)| k)
    }

    fn columns(self) -> usize {
        match self {
            Kind::People | Kind::Countries => 5,
            Kind::Organizations => 6,
            Kind::Topics | Kind::Triggers => 3,
            Kind::Memberships => 2,
        }
    }
}

fn optional(col: &str) -> Option<String> {
    let col = col.trim();
    (!col.is_empty() && col != "-").then(|| col.to_string())
}

fn list(col: &str) -> Vec<String> {
    if col.trim() == "-" {
        return Vec::new();
    }
    col.split('|').map(str::trim).filter(|s| !s.is_empty()).map(str::to_string).collect()
}

fn aliases(col: &str) -> Vec<Alias> {
    list(col)
        .into_iter()
        .map(|a| match a.strip_prefix('~') {
            Some(rest) => Alias { form: rest.to_string(), weak: true },
            None => Alias { form: a, weak: false },
        })
        .collect()
}

/// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; a partial date is its first day, or with
/// `end` its last day.
fn partial_date(s: &str, end: bool) -> Option<NaiveDate> {
    let parts: Vec<&str> = s.split('-').collect();
    let num = |i: usize| parts.get(i).and_then(|p| p.parse::<u32>().ok());
    let year = parts.first()?.parse::<i32>().ok()?;
    match parts.len() {
        1 => NaiveDate::from_ymd_opt(year, if end { 12 } else { 1 }, if end { 31 } else { 1 }),
        2 => {
            let month = num(1)?;
            let first = NaiveDate::from_ymd_opt(year, month, 1)?;
            if end {
                let next = first.checked_add_months(chrono::Months::new(1))?;
                next.pred_opt()
            } else {
                Some(first)
            }
        }
        3 => NaiveDate::from_ymd_opt(year, num(1)?, num(2)?),
        _ => None,
    }
}

fn parse_role(text: &str) -> Result<Role, String> {
    let mut parts = text.split_whitespace();
    let (Some(cc), Some(title)) = (parts.next(), parts.next()) else {
        return Err(format!("role {text:?} is not `CC ROLE FROM..TO`"));
    };
    let span = parts.next().unwrap_or("..");
    if parts.next().is_some() {
        return Err(format!("role {text:?} has more than three parts"));
    }
    let Some((from, to)) = span.split_once("..") else {
        return Err(format!("role {text:?}: date span {span:?} lacks `..`"));
    };
    let date = |s: &str, end: bool| -> Result<Option<NaiveDate>, String> {
        if s.is_empty() {
            Ok(None)
        } else {
            partial_date(s, end).map(Some).ok_or_else(|| format!("role {text:?}: bad date {s:?}"))
        }
    };
    let (from, to) = (date(from, false)?, date(to, true)?);
    if let (Some(f), Some(t)) = (from, to)
        && f > t
    {
        return Err(format!("role {text:?} ends before it starts"));
    }
    Ok(Role { country: (cc != "-").then(|| cc.to_string()), title: title.to_string(), from, to })
}

impl Dictionaries {
    /// The international organisation an international post belongs to (欧盟委员会主席 →
    /// `european-commission`, 联合国秘书长 → `un`): the one whose name or form the post
    /// starts with, the longest if several do.
    pub fn organization_of_post(&self, post: &str) -> Option<&Organization> {
        self.organizations
            .iter()
            .filter(|o| o.kind == "intl" && o.country.is_none())
            .filter_map(|o| {
                std::iter::once(o.name.as_str())
                    .chain(o.aliases.iter().map(|a| a.form.as_str()))
                    .filter(|f| f.chars().count() >= 2 && post.starts_with(f))
                    .map(str::len)
                    .max()
                    .map(|len| (len, o))
            })
            .max_by_key(|&(len, o)| (len, std::cmp::Reverse(&o.id)))
            .map(|(_, o)| o)
    }

    /// The dictionaries built into the binary.
    pub fn embedded() -> Result<Dictionaries, Vec<Problem>> {
        let mut dicts = Dictionaries::default();
        let mut problems = dicts.add_files(EMBEDDED.iter().map(|(n, t)| (n.to_string(), *t)));
        problems.extend(dicts.unknown_country_codes());
        if problems.is_empty() { Ok(dicts) } else { Err(problems) }
    }

    /// The embedded dictionaries plus every dictionary file in `dir`; an entry of `dir`
    /// with the id of an embedded entry replaces it. Every problem that `dict check DIR`
    /// reports as an error refuses them: a file of DIR that is not a dictionary file (by
    /// its name) or not a regular file, a malformed line or id, an unknown country code,
    /// more forms than the segmenter has room for.
    pub fn with_overrides(dir: &Path) -> Result<Dictionaries, Vec<Problem>> {
        let mut dicts = Dictionaries::embedded()?;
        let (files, mut problems) = read_dictionary_dir(dir)?;
        problems.extend(dicts.add_files(files.iter().map(|(n, t)| (n.clone(), t.as_str()))));
        problems.extend(dicts.unknown_country_codes());
        dicts.user_files = true;
        problems.extend(dicts.over_capacity(&dir.display().to_string()));
        if problems.is_empty() { Ok(dicts) } else { Err(problems) }
    }

    /// The country codes given by the entries added since the last call that name no
    /// country of these dictionaries, each where it is given.
    fn unknown_country_codes(&mut self) -> Vec<Problem> {
        let refs = std::mem::take(&mut self.country_refs);
        refs.into_iter()
            .filter(|r| self.country(&r.code).is_none())
            .map(|r| Problem {
                file: r.file,
                line: r.line,
                message: format!("{}: unknown country code {}", r.entry, r.code),
            })
            .collect()
    }

    /// A problem (named after `file`) if the dictionaries teach the segmenter more words
    /// than it has room for beside jieba's: see [`MAX_TAUGHT_FORMS`].
    fn over_capacity(&self, file: &str) -> Option<Problem> {
        let people = self
            .people
            .iter()
            .flat_map(|p| [&p.name].into_iter().chain(&p.english).chain(p.aliases.iter().map(|a| &a.form)));
        let countries =
            self.countries.iter().flat_map(|c| [&c.name].into_iter().chain(c.aliases.iter().map(|a| &a.form)));
        let organizations = self
            .organizations
            .iter()
            .flat_map(|o| [&o.name].into_iter().chain(&o.english).chain(o.aliases.iter().map(|a| &a.form)));
        let cues = self.cues.iter().filter(|c| c.category == "contact").flat_map(|c| &c.forms);
        let taught: std::collections::HashSet<&str> = people
            .chain(countries)
            .chain(organizations)
            .chain(cues)
            .map(|f| f.trim())
            .filter(|f| !f.is_ascii() && f.chars().nth(1).is_some())
            .collect();
        let chars: usize = taught.iter().map(|f| f.chars().count()).sum();
        (taught.len() > MAX_TAUGHT_FORMS || chars > MAX_TAUGHT_CHARS).then(|| Problem {
            file: file.to_string(),
            line: 0,
            message: format!(
                "the dictionaries hold {} surface forms of two characters or more (not all ASCII), of {chars} \
                 characters in all: at most {MAX_TAUGHT_FORMS} forms of {MAX_TAUGHT_CHARS} characters are read",
                taught.len()
            ),
        })
    }

    /// A fingerprint of the dictionary files these were loaded from (16 hex digits of a
    /// SHA-256 over their names and texts): written into every `extract` record, so that
    /// records made with other dictionaries are never mixed with these.
    pub fn fingerprint(&self) -> String {
        self.digest[..8].iter().map(|b| format!("{b:02x}")).collect()
    }

    /// Whether a user's dictionary files (`--dict`) were added to the built-in ones.
    pub fn has_user_files(&self) -> bool {
        self.user_files
    }

    /// Parses files into this set; returns the malformed lines (the rest is still added).
    pub fn add_files<'a>(&mut self, files: impl Iterator<Item = (String, &'a str)>) -> Vec<Problem> {
        let mut problems = Vec::new();
        self.country_index = std::sync::OnceLock::new();
        let mut positions = Positions {
            people: positions(&self.people, |p| &p.id),
            countries: positions(&self.countries, |c| &c.id),
            organizations: positions(&self.organizations, |o| &o.id),
            topics: positions(&self.topics, |t| &t.id),
            memberships: positions(&self.memberships, |m| &m.organization),
        };
        for (name, text) in files {
            // Named by the file name alone, so that the same files give the same fingerprint
            // wherever their directory is.
            let base = name.rsplit('/').next().unwrap_or(&name);
            let mut hasher = Sha256::new();
            hasher.update(self.digest);
            hasher.update(format!("{base}\0{}\0", text.len()));
            hasher.update(text);
            self.digest = hasher.finalize().into();
            problems.extend(self.add_file(&name, text, &mut positions));
        }
        problems
    }

    fn add_file(&mut self, file: &str, text: &str, positions: &mut Positions) -> Vec<Problem> {
        let mut problems = Vec::new();
        let Some(kind) = Kind::of(file) else {
            return problems;
        };
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        for (i, raw) in text.lines().enumerate() {
            let line = raw.trim_end_matches('\r');
            if line.trim().is_empty() || line.trim_start().starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            let problem = |message: String| Problem { file: file.to_string(), line: i + 1, message };
            if cols.len() != kind.columns() {
                problems.push(problem(format!(
                    "expected {} tab-separated columns, found {}",
                    kind.columns(),
                    cols.len()
                )));
                continue;
            }
            let id = cols[0].trim().to_string();
            if id.is_empty() || id == "-" {
                problems.push(problem("empty id".into()));
                continue;
            }
            let malformed = match kind {
                Kind::Countries => !is_country_code(&id),
                Kind::Triggers => false,
                Kind::People | Kind::Organizations | Kind::Topics | Kind::Memberships => !is_entry_id(&id),
            };
            if malformed {
                problems.push(problem(match kind {
                    Kind::Countries => format!("country id {id:?} is not two uppercase letters (ISO 3166-1 alpha-2)"),
                    _ => format!(
                        "id {id:?} is not lowercase ASCII letters and digits in parts joined by single `-` \
                         (or `zh-` and a name)"
                    ),
                }));
                continue;
            }
            let refer = |code: &str| CountryRef {
                file: file.to_string(),
                line: i + 1,
                entry: id.clone(),
                code: code.to_string(),
            };
            match kind {
                Kind::People => {
                    let mut roles = Vec::new();
                    let mut died = None;
                    for r in list(&cols[4].replace(';', "|")) {
                        if let Some(day) = r.strip_prefix("died ") {
                            match partial_date(day.trim(), false) {
                                Some(d) => died = Some(d),
                                None => problems.push(problem(format!("bad date of death {day:?}"))),
                            }
                            continue;
                        }
                        match parse_role(&r) {
                            Ok(role) => roles.push(role),
                            Err(e) => problems.push(problem(e)),
                        }
                    }
                    let codes = roles.iter().filter_map(|r| r.country.as_deref()).map(refer).collect::<Vec<_>>();
                    self.country_refs.extend(codes);
                    upsert(
                        &mut self.people,
                        &mut positions.people,
                        Person {
                            id,
                            name: cols[1].trim().to_string(),
                            english: optional(cols[2]),
                            aliases: aliases(cols[3]),
                            roles,
                            died,
                        },
                        |p| &p.id,
                    );
                }
                Kind::Countries => upsert(
                    &mut self.countries,
                    &mut positions.countries,
                    Country {
                        id,
                        name: cols[1].trim().to_string(),
                        english: optional(cols[2]),
                        aliases: aliases(cols[3]),
                        short: list(cols[4]),
                    },
                    |c| &c.id,
                ),
                Kind::Organizations => {
                    self.country_refs.extend(optional(cols[4]).as_deref().map(refer));
                    upsert(
                        &mut self.organizations,
                        &mut positions.organizations,
                        Organization {
                            id,
                            name: cols[1].trim().to_string(),
                            english: optional(cols[2]),
                            aliases: aliases(cols[3]),
                            country: optional(cols[4]),
                            kind: cols[5].trim().to_string(),
                        },
                        |o| &o.id,
                    )
                }
                Kind::Topics => upsert(
                    &mut self.topics,
                    &mut positions.topics,
                    Topic { id, name: cols[1].trim().to_string(), aliases: aliases(cols[2]) },
                    |t| &t.id,
                ),
                Kind::Triggers => {
                    self.cues.push(Cue { category: id, label: cols[1].trim().to_string(), forms: list(cols[2]) })
                }
                Kind::Memberships => {
                    let members = list(cols[1]);
                    self.country_refs.extend(members.iter().map(|code| refer(code)));
                    upsert(
                        &mut self.memberships,
                        &mut positions.memberships,
                        Membership { organization: id, members },
                        |m| &m.organization,
                    )
                }
            }
        }
        problems
    }

    pub fn country(&self, id: &str) -> Option<&Country> {
        let index = self
            .country_index
            .get_or_init(|| self.countries.iter().enumerate().map(|(i, c)| (c.id.clone(), i)).collect());
        index.get(id).map(|&i| &self.countries[i])
    }

    /// Cue words of one category (`planned`, `cancelled`, `group`, …), all labels together.
    pub fn cue_forms<'a>(&'a self, category: &'a str) -> impl Iterator<Item = (&'a str, &'a str)> + 'a {
        self.cues
            .iter()
            .filter(move |c| c.category == category)
            .flat_map(|c| c.forms.iter().map(move |f| (c.label.as_str(), f.as_str())))
    }
}

/// The position of each entry by id, per kind of entry, while files are added.
struct Positions {
    people: FxHashMap<String, usize>,
    countries: FxHashMap<String, usize>,
    organizations: FxHashMap<String, usize>,
    topics: FxHashMap<String, usize>,
    memberships: FxHashMap<String, usize>,
}

fn positions<T>(items: &[T], id: impl Fn(&T) -> &String) -> FxHashMap<String, usize> {
    items.iter().enumerate().map(|(i, item)| (id(item).clone(), i)).collect()
}

/// Adds `item`, or replaces the entry with its id (a later file overrides an earlier one).
fn upsert<T>(items: &mut Vec<T>, positions: &mut FxHashMap<String, usize>, item: T, id: impl Fn(&T) -> &String) {
    match positions.get(id(&item)) {
        Some(&i) => items[i] = item,
        None => {
            positions.insert(id(&item).clone(), items.len());
            items.push(item);
        }
    }
}

/// A dictionary file read: its path and its text.
pub type DictionaryFile = (String, String);

/// The files a dictionary directory holds: the dictionary files (by name: `people*.tsv`
/// …), as (path, text) sorted by name, and the problems of the others. A file with another
/// name is a problem (a misspelt `peopel.tsv` would otherwise be passed over unseen), as is
/// a dictionary file that is not a regular file (a FIFO would block for ever; it is never
/// opened as one) or not UTF-8 text; hidden files and directories are passed over. `Err`
/// when the directory itself cannot be read.
pub fn read_dictionary_dir(dir: &Path) -> Result<(Vec<DictionaryFile>, Vec<Problem>), Vec<Problem>> {
    let unreadable = |e: std::io::Error| {
        vec![Problem {
            file: dir.display().to_string(),
            line: 0,
            message: format!("cannot read dictionary directory: {e}"),
        }]
    };
    let mut entries = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(unreadable)? {
        entries.push(entry.map_err(unreadable)?);
    }
    entries.sort_by_key(|e| e.file_name());
    let (mut files, mut problems) = (Vec::new(), Vec::new());
    for entry in entries {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        let problem = |message: String| Problem { file: path.display().to_string(), line: 0, message };
        let is_dir = std::fs::metadata(&path).is_ok_and(|m| m.is_dir());
        if name.starts_with('.') || (is_dir && Kind::of(&name).is_none()) {
            continue;
        }
        if Kind::of(&name).is_none() {
            problems.push(problem(
                "not a dictionary file: its name must start with people, countries, organizations, topics, \
                 triggers or memberships and end in .tsv"
                    .into(),
            ));
            continue;
        }
        match read_regular(&path) {
            Ok(text) => files.push((path.display().to_string(), text)),
            Err(message) => problems.push(problem(message)),
        }
    }
    Ok((files, problems))
}

/// The text of a regular file, opened without blocking (a FIFO is refused, not waited
/// on), without a UTF-8 byte order mark; or what is wrong with it.
fn read_regular(path: &Path) -> Result<String, String> {
    use std::io::Read;
    let file = crate::batch::open_without_blocking(path)
        .map_err(|e| format!("cannot open: {}", crate::batch::io_message(&e)))?;
    let meta = file.metadata().map_err(|e| format!("cannot open: {}", crate::batch::io_message(&e)))?;
    if !meta.is_file() {
        return Err("not a regular file (a FIFO, socket, device or directory): not read".into());
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    (&file).read_to_end(&mut bytes).map_err(|e| format!("cannot read: {}", crate::batch::io_message(&e)))?;
    let text = String::from_utf8(bytes).map_err(|e| format!("not UTF-8 text: {e}"))?;
    Ok(text.strip_prefix('\u{feff}').map(str::to_string).unwrap_or(text))
}

/// `dipgraph dict check`: the dictionaries as `--dict` reads them, the `builtin` files
/// and then the `user` files of a directory (whose entries replace built-in ones of the
/// same id), with every problem `--dict` refuses them for (malformed lines and ids, unknown
/// country codes, too many forms) and the doubtful ones it lets pass: an id given twice
/// within the built-in files or within the user's, overlapping dates of one role, a
/// strong surface form (simplified, as it is matched) given to two entities, a short form
/// given to two countries.
pub fn check(builtin: &[(String, String)], user: &[(String, String)]) -> Vec<Problem> {
    let mut dicts = Dictionaries::default();
    let mut problems = dicts.add_files(builtin.iter().map(|(n, t)| (n.clone(), t.as_str())));
    problems.extend(dicts.add_files(user.iter().map(|(n, t)| (n.clone(), t.as_str()))));
    problems.extend(dicts.unknown_country_codes());
    // Named after the user's directory, as `--dict DIR` names it.
    let dir = user.first().and_then(|(n, _)| Path::new(n).parent()).map(|d| d.display().to_string());
    problems.extend(dicts.over_capacity(dir.as_deref().unwrap_or("dictionaries")));
    let entry_lines = |text: &str| -> Vec<(usize, String)> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        text.lines()
            .enumerate()
            .filter_map(|(i, line)| {
                let id = line.split('\t').next()?.trim();
                (!id.is_empty() && !id.starts_with('#')).then(|| (i + 1, id.to_string()))
            })
            .collect()
    };
    // Locate each entry's line for messages about whole entries (the user's line for an
    // entry they replace).
    let mut lines: HashMap<(Kind, String), (String, usize)> = HashMap::new();
    for (name, text) in builtin.iter().chain(user) {
        let Some(kind) = Kind::of(name) else { continue };
        for (line, id) in entry_lines(text) {
            lines.insert((kind, id), (name.clone(), line));
        }
    }
    // An id given twice (in one file or two) of the same set is one entry silently
    // replacing another; a user's entry replacing a built-in one is what `--dict` is for.
    for set in [builtin, user] {
        let mut seen: HashMap<(Kind, String), (String, usize)> = HashMap::new();
        for (name, text) in set {
            let Some(kind) = Kind::of(name).filter(|k| *k != Kind::Triggers) else { continue };
            for (line, id) in entry_lines(text) {
                if let Some((f, l)) = seen.insert((kind, id.clone()), (name.clone(), line)) {
                    problems.push(Problem {
                        file: name.clone(),
                        line,
                        message: format!("id {id} is already defined at {f}:{l}"),
                    });
                }
            }
        }
    }
    let at = |kind: Kind, id: &str, message: String| {
        let (file, line) = lines.get(&(kind, id.to_string())).cloned().unwrap_or_default();
        Problem { file, line, message }
    };
    for p in &dicts.people {
        for (i, a) in p.roles.iter().enumerate() {
            for b in &p.roles[i + 1..] {
                let overlap = a.from.is_none_or(|af| b.to.is_none_or(|bt| af <= bt))
                    && b.from.is_none_or(|bf| a.to.is_none_or(|at| bf <= at));
                if overlap && a.title == b.title && a.country == b.country {
                    problems.push(at(
                        Kind::People,
                        &p.id,
                        format!("{}: role {} {} overlaps itself", p.id, a.country.as_deref().unwrap_or("-"), a.title),
                    ));
                }
            }
        }
    }
    // A strong surface form that names two entities has no rule to tell them apart. Forms
    // are compared as they are matched: simplified (臺灣 and 台湾 are one form).
    let mut owners: BTreeMap<std::borrow::Cow<str>, Vec<(Kind, &str)>> = BTreeMap::new();
    let strong = |name: &'_ str, aliases: &'_ [Alias]| {
        let forms: Vec<String> = std::iter::once(name)
            .chain(aliases.iter().filter(|a| !a.weak).map(|a| a.form.as_str()))
            .map(|f| crate::clean::simplify(f.trim()).into_owned())
            .collect();
        forms
    };
    for p in &dicts.people {
        for form in strong(&p.name, &p.aliases) {
            owners.entry(form.into()).or_default().push((Kind::People, p.id.as_str()));
        }
    }
    for c in &dicts.countries {
        for form in strong(&c.name, &c.aliases) {
            owners.entry(form.into()).or_default().push((Kind::Countries, c.id.as_str()));
        }
    }
    for o in &dicts.organizations {
        for form in strong(&o.name, &o.aliases) {
            owners.entry(form.into()).or_default().push((Kind::Organizations, o.id.as_str()));
        }
    }
    for (form, mut ids) in owners {
        ids.sort();
        ids.dedup();
        if ids.len() > 1 {
            let (kind, first) = ids[0];
            let others: Vec<&str> = ids[1..].iter().map(|(_, id)| *id).collect();
            problems.push(at(
                kind,
                first,
                format!(
                    "surface form {form:?} names {first} and {}; mark it weak (~) or keep it in one entry",
                    others.join(", ")
                ),
            ));
        }
    }
    let mut shorts: BTreeMap<String, Vec<&str>> = BTreeMap::new();
    for c in &dicts.countries {
        for s in &c.short {
            shorts.entry(crate::clean::simplify(s).into_owned()).or_default().push(c.id.as_str());
        }
    }
    for (form, ids) in shorts {
        if ids.len() > 1 {
            problems.push(at(Kind::Countries, ids[0], format!("short form {form:?} is given to {}", ids.join(", "))));
        }
    }
    problems.sort_by(|a, b| (&a.file, a.line, &a.message).cmp(&(&b.file, b.line, &b.message)));
    problems
}

/// The embedded dictionary files as (name, text) pairs, for `dict check` without a directory.
pub fn embedded_files() -> Vec<(String, String)> {
    EMBEDDED.iter().map(|(n, t)| (format!("dictionaries/{n}"), t.to_string())).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn role_spans_accept_partial_dates_and_open_ends() {
        let r = parse_role("US 国务卿 2021-01..").unwrap();
        assert_eq!(r.from, NaiveDate::from_ymd_opt(2021, 1, 1));
        assert_eq!(r.to, None);
        let r = parse_role("JP 首相 2012-12-26..2020-09").unwrap();
        assert_eq!(r.to, NaiveDate::from_ymd_opt(2020, 9, 30));
        assert!(parse_role("JP 首相 2020..2019").is_err());
        assert!(parse_role("JP").is_err());
    }

    #[test]
    fn a_later_entry_replaces_the_one_with_its_id_in_place() {
        let mut d = Dictionaries::embedded().unwrap();
        let (count, second) = (d.people.len(), d.people[1].id.clone());
        let line = format!("{second}\t替身\t-\t-\t-\nnew-person\t新人\t-\t-\t-\n");
        assert!(d.add_files([("people-mine.tsv".to_string(), line.as_str())].into_iter()).is_empty());
        assert_eq!(d.people.len(), count + 1);
        assert_eq!((d.people[1].id.as_str(), d.people[1].name.as_str()), (second.as_str(), "替身"));
        assert_eq!(d.people[count].id, "new-person");
        // Within one file too, the last line of an id wins.
        let twice = "JP\t日本国\t-\t-\t-\nJP\t日本\tJapan\t-\t日\n";
        assert!(d.add_files([("countries-mine.tsv".to_string(), twice)].into_iter()).is_empty());
        assert_eq!(d.countries.iter().filter(|c| c.id == "JP").count(), 1);
        assert_eq!(d.country("JP").unwrap().name, "日本");
    }

    #[test]
    fn malformed_lines_are_reported_with_file_and_line() {
        let mut d = Dictionaries::default();
        let problems = d.add_files([("people-x.tsv".to_string(), "# comment\nabe\t安倍晋三\n")].into_iter());
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].to_string(), "people-x.tsv:2: expected 5 tab-separated columns, found 2");
    }

    #[test]
    fn check_finds_ambiguous_forms_and_unknown_codes() {
        let files = vec![
            ("countries.tsv".to_string(), "JP\t日本\tJapan\t-\t日\n".to_string()),
            (
                "people.tsv".to_string(),
                "a-b\t甲乙\t-\t同名\tJP 首相 2020..2021\nc-d\t丙丁\t-\t同名\tZZ 总统 2020..\n".to_string(),
            ),
        ];
        let problems: Vec<String> = check(&files, &[]).iter().map(|p| p.to_string()).collect();
        assert!(problems.iter().any(|p| p.starts_with("people.tsv:2:") && p.contains("ZZ")), "{problems:?}");
        assert!(problems.iter().any(|p| p.contains("\"同名\"")), "{problems:?}");
    }

    #[test]
    fn check_finds_an_id_defined_twice() {
        let files = vec![
            ("people-a.tsv".to_string(), "michel-charles\t米歇尔\t-\t-\t-\n".to_string()),
            ("people-b.tsv".to_string(), "# header\nmichel-charles\t夏尔·米歇尔\t-\t-\t-\n".to_string()),
        ];
        let problems: Vec<String> = check(&files, &[]).iter().map(|p| p.to_string()).collect();
        assert!(
            problems.contains(&"people-b.tsv:2: id michel-charles is already defined at people-a.tsv:1".to_string()),
            "{problems:?}"
        );
        // A user's file may replace a built-in entry; not give it twice.
        let problems = check(&files[..1], &files[1..]);
        assert!(problems.is_empty(), "{problems:?}");
        let twice = [files[1].clone(), ("people-c.tsv".to_string(), "michel-charles\t米歇尔\t-\t-\t-\n".to_string())];
        let problems: Vec<String> = check(&files[..1], &twice).iter().map(|p| p.to_string()).collect();
        assert_eq!(problems, ["people-c.tsv:1: id michel-charles is already defined at people-b.tsv:2"]);
    }

    #[test]
    fn ids_are_lowercase_ascii_parts_joined_by_single_hyphens_or_zh_and_a_name() {
        for id in
            ["abe-shinzo", "g7", "covid-19", "kennedy-john-f", "zh-张惇涵", "zh-凯莉-克拉夫特", "zh-伊尔汗·奥马尔"]
        {
            assert!(is_entry_id(id), "{id}");
        }
        for id in [
            "",
            "-",
            "a--b",
            "-a",
            "a-",
            "Abe",
            "abe_shinzo",
            "a b",
            "a\nb",
            "a.b",
            "zh-",
            "zh-张--三",
            "zh-张 三",
            "张三",
            "zh-a\u{1}",
        ] {
            assert!(!is_entry_id(id), "{id:?}");
        }
        assert!(is_country_code("JP") && !is_country_code("jp") && !is_country_code("JPN") && !is_country_code("日本"));
    }

    #[test]
    fn more_forms_than_the_segmenter_has_room_for_are_a_problem() {
        let names = |count: usize, first: usize| -> String {
            (first..first + count)
                .map(|i| {
                    let c = |k: usize| char::from_u32(0x4E00 + (k % 20_000) as u32).unwrap();
                    format!("gen-person-{i}\t{}{}{}\t-\t-\t-\n", c(i), c(i / 20_000 + 7), c(i / 400))
                })
                .collect()
        };
        let mut d = Dictionaries::embedded().unwrap();
        let text = names(MAX_TAUGHT_FORMS, 0);
        assert!(d.add_files([("people-many.tsv".to_string(), text.as_str())].into_iter()).is_empty());
        let problem = d.over_capacity("dict").expect("too many forms");
        assert!(problem.to_string().starts_with("dict:0: the dictionaries hold 60"), "{problem}");
        let mut fewer = Dictionaries::embedded().unwrap();
        let text = names(200_000, 0);
        assert!(fewer.add_files([("people-many.tsv".to_string(), text.as_str())].into_iter()).is_empty());
        assert_eq!(fewer.over_capacity("dict"), None);
    }
}
