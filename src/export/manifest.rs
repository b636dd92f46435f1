//! The run manifest, `dipgraph-run.json`: what makes a `graph` run's files one set.
//!
//! A run stages its files, then a manifest naming each with its size and SHA-256, and
//! commits the files, then the manifest. A file that the previous run's manifest listed and
//! this run did not write (last week's `graph.gexf` beside today's `graph.json`) is then
//! removed; nothing else in the directory is touched, and only dipgraph's own file names
//! are ever removed. `stats --from` reads only the files a manifest lists, after checking
//! each against it ([`verify`]).

use super::Staged;
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::io::{self, Read};
use std::path::Path;

/// The manifest's file name in a `graph` output directory.
pub const NAME: &str = "dipgraph-run.json";

/// Every file name a `graph` run can write: the only names a manifest may remove.
const OUTPUT_NAMES: &[&str] = &[
    "graph.graphml",
    "graph.gexf",
    "graph.json",
    "graph.cyjs",
    "nodes.csv",
    "edges.csv",
    "events.csv",
    "events.jsonl",
    "graph.html",
];

/// One `graph` run: who wrote it, how it was asked for, and its files.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Manifest {
    pub dipgraph_version: String,
    /// The first 16 hex digits of the SHA-256 of the file list (names, sizes, digests): the
    /// same for two runs that wrote the same files.
    pub run_id: String,
    /// The run's shape and filter as command-line flags (`--format json --level country`).
    pub command: String,
    pub files: Vec<FileEntry>,
}

/// One file of a run.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileEntry {
    pub name: String,
    pub bytes: u64,
    pub sha256: String,
}

impl Manifest {
    /// Whether the run wrote the file `name`.
    pub fn lists(&self, name: &str) -> bool {
        self.files.iter().any(|f| f.name == name)
    }
}

/// Commits the staged files of a run in `dir` and their manifest (last), then removes the
/// files that the previous manifest listed and this run did not write. `command` describes
/// the run for the manifest.
pub fn commit_run(dir: &Path, staged: Vec<Staged>, command: &str) -> io::Result<()> {
    let previous = read(dir).ok();
    let mut files = staged
        .par_iter()
        .map(|s| {
            let (bytes, sha256) = digest(s.tmp.as_ref().expect("staged, not yet committed").path())?;
            let name = s.path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            Ok(FileEntry { name, bytes, sha256 })
        })
        .collect::<io::Result<Vec<_>>>()?;
    files.sort_by(|a, b| a.name.cmp(&b.name));
    let mut id = Sha256::new();
    for f in &files {
        id.update(format!("{} {} {}\n", f.name, f.bytes, f.sha256));
    }
    let manifest = Manifest {
        dipgraph_version: env!("CARGO_PKG_VERSION").to_string(),
        run_id: hex(&id.finalize())[..16].to_string(),
        command: command.to_string(),
        files,
    };
    let written = super::stage(&dir.join(NAME), |w| {
        serde_json::to_writer_pretty(&mut *w, &manifest)?;
        w.write_all(b"\n")
    })?;
    // The data files, then the manifest, renamed in one go that no stop cuts short.
    let mut all = staged;
    all.push(written);
    super::commit_all(all)?;
    for old in previous.iter().flat_map(|p| &p.files) {
        if !manifest.lists(&old.name) && OUTPUT_NAMES.contains(&old.name.as_str()) {
            match std::fs::remove_file(dir.join(&old.name)) {
                Err(e) if e.kind() != io::ErrorKind::NotFound => return Err(e),
                _ => {}
            }
        }
    }
    Ok(())
}

/// Reads the manifest of `dir`.
fn read(dir: &Path) -> io::Result<Manifest> {
    let text = std::fs::read_to_string(dir.join(NAME))?;
    serde_json::from_str(&text).map_err(io::Error::other)
}

/// The manifest of a `graph` output directory, once every file it lists is checked to be
/// there as the run wrote it (size and SHA-256). The error says what does not match: no
/// manifest, a file missing, changed or replaced since.
pub fn verify(dir: &Path) -> Result<Manifest, String> {
    let manifest = match read(dir) {
        Ok(m) => m,
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            return Err(format!(
                "no {NAME}: not the output of a `dipgraph graph` run (run `dipgraph graph` again to write one)"
            ));
        }
        Err(e) => return Err(format!("{NAME}: {}", super::target::plain(&e))),
    };
    for f in &manifest.files {
        if !OUTPUT_NAMES.contains(&f.name.as_str()) {
            return Err(format!("{NAME} lists {:?}, which `dipgraph graph` never writes", f.name));
        }
        let (bytes, sha256) =
            digest(&dir.join(&f.name)).map_err(|e| format!("{}: {}", f.name, super::target::plain(&e)))?;
        if bytes != f.bytes || sha256 != f.sha256 {
            return Err(format!("{} does not match {NAME} (changed or replaced since the run that wrote it)", f.name));
        }
    }
    Ok(manifest)
}

/// The size and SHA-256 (in hex) of the file at `path`.
fn digest(path: &Path) -> io::Result<(u64, String)> {
    let mut file = std::fs::File::open(path)?;
    let (mut hasher, mut buffer, mut bytes) = (Sha256::new(), vec![0; 1 << 16], 0);
    loop {
        match file.read(&mut buffer) {
            Ok(0) => return Ok((bytes, hex(&hasher.finalize()))),
            Ok(n) => {
                hasher.update(&buffer[..n]);
                bytes += n as u64;
            }
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
