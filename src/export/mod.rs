//! Export: the graph → files other tools open. One module per format.
//!
//! Every file is written to a temporary file in the target directory (`.dipgraph-*.tmp`,
//! never the final name) and renamed into place when complete; all files of a run are
//! staged before any is renamed, so a run killed at any moment leaves the previous set or
//! the new one, never a partial file. The temporary files waiting are listed, so that a
//! process ended before its run is done ([`abandon`]) removes them; renaming a run's files
//! into place ([`commit_all`]) is never cut short. To add a format, add a module with a
//! `write(&ContactGraph, &mut dyn Write)` function (writing through [`buffered`] if it writes
//! token by token), a [`Format`] variant and its files.
//! The flat formats (GraphML, GEXF, CSV) share the typed attribute lists below, so a
//! column has the same name and type everywhere; ids are the graph's canonical ids.

pub mod csv;
pub mod cytoscape;
pub mod gexf;
pub mod graphml;
pub mod html;
pub mod json;
pub mod manifest;
pub mod target;

use crate::dates::When;
use crate::graph::{ContactGraph, Edge, Node, counts_text};
use rayon::prelude::*;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard, PoisonError, TryLockError};

/// An output format of `dipgraph graph --format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, clap::ValueEnum)]
pub enum Format {
    /// graph.graphml (networkx, igraph, Gephi, Cytoscape)
    Graphml,
    /// graph.gexf: GEXF 1.3 with dynamic time for Gephi's timeline
    Gexf,
    /// graph.json: networkx node-link (D3 reads it as is)
    Json,
    /// graph.cyjs: Cytoscape.js elements (Cytoscape desktop opens .cyjs)
    Cytoscape,
    /// nodes.csv, edges.csv, events.csv (spreadsheets, pandas)
    Csv,
    /// graph.html: an interactive page (sigma.js), offline, with both levels
    Html,
}

/// `out` behind a buffer of its own, for the writers that write token by token: each token
/// is a copy into the buffer rather than a call through `dyn Write`, and no file is held
/// whole in memory. Flush it at the end (dropping it would hide a write error).
pub fn buffered(out: &mut dyn Write) -> BufWriter<&mut dyn Write> {
    BufWriter::with_capacity(1 << 16, out)
}

/// Stages each format's files and `events.jsonl` (always) in `dir`, creating it; commit
/// them together with [`Staged::commit`] once all are written. `page` is what `graph.html`
/// shows (both levels, [`html::Page::build`]), needed for [`Format::Html`] only.
pub fn stage_all(
    dir: &Path,
    formats: &[Format],
    g: &ContactGraph,
    page: Option<&html::Page>,
) -> io::Result<Vec<Staged>> {
    std::fs::create_dir_all(dir)?;
    let mut formats = formats.to_vec();
    formats.sort();
    formats.dedup();
    let mut files: Vec<(&str, FileWriter)> = Vec::new();
    for f in formats {
        match f {
            Format::Graphml => files.push(("graph.graphml", Box::new(|w| graphml::write(g, w)))),
            Format::Gexf => files.push(("graph.gexf", Box::new(|w| gexf::write(g, w)))),
            Format::Json => files.push(("graph.json", Box::new(|w| json::write(g, w)))),
            Format::Cytoscape => files.push(("graph.cyjs", Box::new(|w| cytoscape::write(g, w)))),
            Format::Csv => {
                files.push(("nodes.csv", Box::new(|w| csv::write_nodes(g, w))));
                files.push(("edges.csv", Box::new(|w| csv::write_edges(g, w))));
                files.push(("events.csv", Box::new(|w| csv::write_events(&g.events, w))));
            }
            Format::Html => files.push((
                "graph.html",
                Box::new(move |w| match page {
                    Some(page) => html::write(page, w),
                    None => Err(io::Error::other("graph.html needs the graphs of both levels")),
                }),
            )),
        }
    }
    files.push((
        "events.jsonl",
        Box::new(|w| {
            let mut lines = buffered(w);
            for e in &g.events {
                serde_json::to_writer(&mut lines, e)?;
                lines.write_all(b"\n")?;
            }
            lines.flush()
        }),
    ));
    // The files are written (and synced) in parallel; the list keeps their order.
    files.into_par_iter().map(|(name, fill)| stage(&dir.join(name), fill)).collect()
}

/// What writes one output file.
type FileWriter<'g> = Box<dyn FnOnce(&mut dyn Write) -> io::Result<()> + Send + 'g>;

/// The type of an attribute column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AttrType {
    Str,
    Int,
    Float,
    Bool,
}

/// One attribute value of a flat format.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Str(String),
    Int(u64),
    Float(f64),
    Bool(bool),
}

impl Value {
    /// The value as text: integers in decimal, floats in shortest round-trip form,
    /// booleans as `true` / `false`.
    pub fn text(&self) -> String {
        match self {
            Value::Str(s) => s.clone(),
            Value::Int(n) => n.to_string(),
            Value::Float(x) => x.to_string(),
            Value::Bool(b) => b.to_string(),
        }
    }
}

/// Graph attributes: name and type, in output order.
pub const GRAPH_ATTRS: &[(&str, AttrType)] = &[
    ("dipgraph_version", AttrType::Str),
    ("sources", AttrType::Str),
    ("article_count", AttrType::Int),
    ("first_date", AttrType::Str),
    ("last_date", AttrType::Str),
    ("level", AttrType::Str),
    ("events_as_nodes", AttrType::Bool),
    ("filter", AttrType::Str),
    ("event_count", AttrType::Int),
];

/// Node attributes (besides the id): name and type, in output order.
pub const NODE_ATTRS: &[(&str, AttrType)] = &[
    ("kind", AttrType::Str),
    ("label", AttrType::Str),
    ("country", AttrType::Str),
    ("role", AttrType::Str),
    ("articles", AttrType::Int),
    ("known", AttrType::Bool),
    ("events", AttrType::Int),
    ("first_date", AttrType::Str),
    ("last_date", AttrType::Str),
    ("betweenness", AttrType::Float),
    ("type", AttrType::Str),
    ("status", AttrType::Str),
];

/// Edge attributes (besides id, source and target): name and type, in output order.
pub const EDGE_ATTRS: &[(&str, AttrType)] = &[
    ("kind", AttrType::Str),
    ("weight", AttrType::Int),
    ("types", AttrType::Str),
    ("years", AttrType::Str),
    ("first_date", AttrType::Str),
    ("last_date", AttrType::Str),
    ("num_articles", AttrType::Int),
    ("articles", AttrType::Str),
];

fn text(s: Option<&str>) -> Option<Value> {
    s.map(|s| Value::Str(s.to_string()))
}

fn date(d: Option<&When>) -> Option<Value> {
    d.map(|d| Value::Str(d.to_string()))
}

fn nonempty(s: String) -> Option<Value> {
    (!s.is_empty()).then_some(Value::Str(s))
}

/// The graph's values, aligned with [`GRAPH_ATTRS`]; lists are `|`-separated.
pub fn graph_values(g: &ContactGraph) -> Vec<Option<Value>> {
    vec![
        Some(Value::Str(env!("CARGO_PKG_VERSION").to_string())),
        nonempty(g.sources.join("|")),
        Some(Value::Int(g.article_count)),
        text(g.first_date.as_deref()),
        text(g.last_date.as_deref()),
        Some(Value::Str(g.shape.level.as_str().to_string())),
        Some(Value::Bool(g.shape.events_as_nodes)),
        nonempty(g.filter.clone()),
        Some(Value::Int(g.events.len() as u64)),
    ]
}

/// A node's values, aligned with [`NODE_ATTRS`].
pub fn node_values(n: &Node) -> Vec<Option<Value>> {
    vec![
        Some(Value::Str(n.kind.as_str().to_string())),
        Some(Value::Str(n.label.clone())),
        text(n.country.as_deref()),
        text(n.role.as_deref()),
        Some(Value::Int(n.articles)),
        Some(Value::Bool(n.known)),
        Some(Value::Int(n.events)),
        date(n.dates.first()),
        date(n.dates.last()),
        Some(Value::Float(n.betweenness)),
        text(n.event.map(|(t, _)| t.as_str())),
        text(n.event.map(|(_, s)| s.as_str())),
    ]
}

/// An edge's values, aligned with [`EDGE_ATTRS`]; counts as `phone:2,meeting:1`, articles
/// `|`-separated.
pub fn edge_values(e: &Edge) -> Vec<Option<Value>> {
    vec![
        Some(Value::Str(e.kind.as_str().to_string())),
        Some(Value::Int(e.count)),
        nonempty(counts_text(&e.types)),
        nonempty(counts_text(&e.years)),
        date(e.first_date().as_ref()),
        date(e.last_date().as_ref()),
        Some(Value::Int(e.num_articles)),
        nonempty(e.articles.iter().cloned().collect::<Vec<_>>().join("|")),
    ]
}

/// Writes the output file `path` as [`target::file`] says: atomically (`fill` writes into a
/// temporary file that replaces `path`, or the file a link at `path` points to, only once it
/// is complete and flushed), or straight through into a device or FIFO.
pub fn write_atomic(path: &Path, fill: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> io::Result<()> {
    match target::file(path)? {
        target::Target::Replace(real) => stage(&real, fill)?.commit(),
        target::Target::Through(real) => target::write_through(&real, fill),
    }
}

/// A complete output file waiting in its temporary file (`.dipgraph-*.tmp`, beside its final
/// path) to be renamed into place by [`Staged::commit`] or [`commit_all`]. Dropped without a
/// commit, the temporary file is removed and the previous file at the path is untouched.
/// While it waits, its temporary file is listed in this process's [`Staging`], so that a
/// stop that cannot wait for the run ([`abandon`]) removes it.
pub struct Staged {
    /// `None` once committed.
    tmp: Option<tempfile::NamedTempFile>,
    path: PathBuf,
}

/// What this process has staged and not yet renamed into place: the temporary files, and
/// whether a run's files have begun to be renamed into place (after which the run is not
/// abandoned) or the process is being ended ([`abandon`]: nothing more is staged or
/// committed).
struct Staging {
    temporary: Vec<PathBuf>,
    committed: bool,
    abandoned: bool,
}

static STAGING: Mutex<Staging> = Mutex::new(Staging { temporary: Vec::new(), committed: false, abandoned: false });

/// The staging list, locked (a panic elsewhere while it was held leaves it usable).
fn staging() -> MutexGuard<'static, Staging> {
    STAGING.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Writes what `fill` writes into a temporary file in the directory of `path`, flushed and
/// synced to disk, without touching `path` yet. Stage every output of a run, then commit
/// them together, so that a run stopped while writing leaves all the previous files.
pub fn stage(path: &Path, fill: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> io::Result<Staged> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    // Created and listed at once, so that no temporary file exists unlisted.
    let tmp = {
        let mut staging = staging();
        if staging.abandoned {
            return Err(io::Error::other("the run is being stopped"));
        }
        let tmp = tempfile::Builder::new().prefix(".dipgraph-").suffix(".tmp").tempfile_in(dir)?;
        staging.temporary.push(tmp.path().to_path_buf());
        tmp
    };
    let mut staged = Staged { tmp: Some(tmp), path: path.to_path_buf() };
    let file = staged.tmp.as_mut().expect("not committed").as_file_mut();
    let mut out = BufWriter::new(file);
    fill(&mut out)?;
    out.flush()?;
    let file = out.into_inner().map_err(|e| e.into_error())?;
    file.sync_all()?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        file.set_permissions(std::fs::Permissions::from_mode(0o644))?;
    }
    Ok(staged)
}

impl Staged {
    /// Renames the temporary file into place (atomic on one file system).
    pub fn commit(self) -> io::Result<()> {
        commit_all(vec![self])
    }
}

/// Renames every staged file into place, in order, with nothing abandoning the run
/// meanwhile: once this has begun, the run is no longer stopped from outside (a stop waits
/// for the renames, then lets the run finish).
pub fn commit_all(mut files: Vec<Staged>) -> io::Result<()> {
    let mut staging = staging();
    if staging.abandoned {
        return Err(io::Error::other("the run is being stopped"));
    }
    staging.committed = true;
    let mut renamed = Ok(());
    for file in &mut files {
        let tmp = file.tmp.take().expect("committed once");
        let listed = tmp.path().to_path_buf();
        let persisted = tmp.persist(&file.path);
        staging.temporary.retain(|p| *p != listed);
        if let Err(e) = persisted {
            renamed = Err(e.error);
            break;
        }
    }
    // The files after a failed rename are removed as they are dropped, which lists them off.
    drop(staging);
    drop(files);
    renamed
}

impl Drop for Staged {
    /// Removes the temporary file of a file never committed, and its listing.
    fn drop(&mut self) {
        if let Some(tmp) = self.tmp.take() {
            let mut staging = staging();
            let listed = tmp.path().to_path_buf();
            drop(tmp);
            staging.temporary.retain(|p| *p != listed);
        }
    }
}

/// Runs `work` (writing records out, say) with no stop abandoning the run meanwhile: a
/// stop ([`abandon`]) waits for it to end, so that what it writes is written whole.
pub fn uninterrupted<T>(work: impl FnOnce() -> T) -> T {
    let _staging = staging();
    work()
}

/// What [`abandon`] did.
pub enum Abandoned {
    /// Every temporary file was removed; nothing more is staged or committed while this is
    /// held: end the process now.
    Removed(Closed),
    /// The run has begun renaming its files into place: let it finish.
    Committed,
    /// A commit or an [`uninterrupted`] write did not end within the patience given (an
    /// output that is not read): nothing was removed.
    Busy,
}

/// The staging list held closed by a process that is ending.
pub struct Closed {
    _held: MutexGuard<'static, Staging>,
}

/// Gives up the run, for a process about to end without finishing it (a second Ctrl-C, or
/// a stop the run did not honour in time): removes every staged temporary file, unless
/// the run has begun committing its files. Waits up to `patience` for a commit or an
/// [`uninterrupted`] write in progress.
pub fn abandon(patience: std::time::Duration) -> Abandoned {
    let deadline = std::time::Instant::now() + patience;
    let mut staging = loop {
        match STAGING.try_lock() {
            Ok(staging) => break staging,
            Err(TryLockError::Poisoned(poisoned)) => break poisoned.into_inner(),
            Err(TryLockError::WouldBlock) if std::time::Instant::now() < deadline => {
                std::thread::sleep(std::time::Duration::from_millis(5));
            }
            Err(TryLockError::WouldBlock) => return Abandoned::Busy,
        }
    };
    if staging.committed {
        return Abandoned::Committed;
    }
    staging.abandoned = true;
    for path in std::mem::take(&mut staging.temporary) {
        let _ = std::fs::remove_file(path);
    }
    Abandoned::Removed(Closed { _held: staging })
}

/// Removes the characters XML 1.0 forbids (C0 controls but tab, LF and CR; U+FFFE, U+FFFF).
pub fn xml_safe(s: &str) -> std::borrow::Cow<'_, str> {
    let bad = |c: char| (c < '\u{20}' && !matches!(c, '\t' | '\n' | '\r')) || matches!(c, '\u{fffe}' | '\u{ffff}');
    if s.chars().any(bad) { s.chars().filter(|c| !bad(*c)).collect::<String>().into() } else { s.into() }
}
