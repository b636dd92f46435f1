//! Export: the graph → files other tools open. One module per format.
//!
//! Every file is written to a temporary file in the target directory (`.dipgraph-*.tmp`,
//! never the final name) and renamed into place when complete, so a run killed at any
//! moment leaves the previous file or the new one, never a partial one. To add a format, add a module with a
//! `write(&ContactGraph, …, &mut impl Write)` function and name it in `main.rs`.

pub mod graphml;
pub mod json;

use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

/// Writes `path` atomically: `fill` writes into a temporary file that replaces `path` only
/// once it is complete and flushed.
pub fn write_atomic(path: &Path, fill: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> io::Result<()> {
    stage(path, fill)?.commit()
}

/// A complete output file waiting in its temporary file (`.dipgraph-*.tmp`, beside its final
/// path) to be renamed into place by [`Staged::commit`]. Dropped without a commit, the
/// temporary file is removed and the previous file at the path is untouched.
pub struct Staged {
    tmp: tempfile::NamedTempFile,
    path: PathBuf,
}

/// Writes what `fill` writes into a temporary file in the directory of `path`, flushed and
/// synced to disk, without touching `path` yet. Stage every output of a run, then commit
/// them together, so that a run stopped while writing leaves all the previous files.
pub fn stage(path: &Path, fill: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> io::Result<Staged> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let tmp = tempfile::Builder::new().prefix(".dipgraph-").suffix(".tmp").tempfile_in(dir)?;
    let mut out = BufWriter::new(tmp);
    fill(&mut out)?;
    out.flush()?;
    let tmp = out.into_inner().map_err(|e| e.into_error())?;
    tmp.as_file().sync_all()?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        tmp.as_file().set_permissions(std::fs::Permissions::from_mode(0o644))?;
    }
    Ok(Staged { tmp, path: path.to_path_buf() })
}

impl Staged {
    /// Renames the temporary file into place (atomic on one file system).
    pub fn commit(self) -> io::Result<()> {
        self.tmp.persist(&self.path).map_err(|e| e.error)?;
        Ok(())
    }
}

/// Removes the characters XML 1.0 forbids (C0 controls but tab, LF and CR; U+FFFE, U+FFFF).
pub fn xml_safe(s: &str) -> std::borrow::Cow<'_, str> {
    let bad = |c: char| (c < '\u{20}' && !matches!(c, '\t' | '\n' | '\r')) || matches!(c, '\u{fffe}' | '\u{ffff}');
    if s.chars().any(bad) { s.chars().filter(|c| !bad(*c)).collect::<String>().into() } else { s.into() }
}
