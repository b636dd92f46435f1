//! Output targets: what `-o` and `--errors` may name, checked before a run reads anything.
//!
//! A file target that is a character device (`/dev/null`) or a FIFO is written through:
//! opened and written, never replaced. A symbolic link is followed, and the file it points
//! to is replaced atomically (the link stays). A regular file, or a name not yet taken, is
//! replaced atomically through a temporary file beside it. A directory, a block device or a
//! socket is refused, and so is a place where no file can be created. A directory target
//! (`graph -o DIR`) must be a directory where a file can be created, or a path that can be
//! made into one.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// How an output file is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// Staged in a temporary file and renamed over this path (the target of any link).
    Replace(PathBuf),
    /// Opened and written as it is: a character device or a FIFO.
    Through(PathBuf),
}

/// Links followed before giving up (as the kernel's limit of 40).
const MAX_LINKS: usize = 40;

/// Checks an output file target and says how it is to be written; an error names what is
/// wrong (a directory, a missing or read-only directory, a block device).
pub fn file(path: &Path) -> io::Result<Target> {
    let real = follow_links(path)?;
    match std::fs::metadata(&real) {
        Ok(m) if m.is_dir() => Err(io::Error::other("is a directory")),
        Ok(m) if m.is_file() => probe(parent(&real)).map(|_| Target::Replace(real)),
        Ok(m) if writes_through(&m.file_type()) => Ok(Target::Through(real)),
        Ok(_) => Err(io::Error::other("not a regular file, character device or FIFO")),
        Err(e) if e.kind() == io::ErrorKind::NotFound => probe(parent(&real)).map(|_| Target::Replace(real)),
        Err(e) => Err(e),
    }
}

/// Checks a directory target: an existing directory where a file can be created, or a path
/// whose nearest existing ancestor is such a directory (it is created when written).
pub fn dir(dir: &Path) -> io::Result<()> {
    for ancestor in dir.ancestors() {
        let ancestor = if ancestor.as_os_str().is_empty() { Path::new(".") } else { ancestor };
        match std::fs::metadata(ancestor) {
            Ok(m) if m.is_dir() => return probe(ancestor),
            Ok(_) if ancestor == dir => return Err(io::Error::other("exists and is not a directory")),
            Ok(_) => return Err(io::Error::other(format!("{} is not a directory", ancestor.display()))),
            Err(e) if e.kind() == io::ErrorKind::NotFound => continue,
            Err(e) => return Err(e),
        }
    }
    Err(io::Error::other("no existing directory to create it in"))
}

/// Writes what `fill` writes straight into a device or FIFO (no temporary file).
pub fn write_through(path: &Path, fill: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> io::Result<()> {
    let file = std::fs::OpenOptions::new().write(true).open(path)?;
    let mut out = io::BufWriter::new(file);
    fill(&mut out)?;
    out.flush()
}

#[cfg(unix)]
fn writes_through(t: &std::fs::FileType) -> bool {
    use std::os::unix::fs::FileTypeExt;
    t.is_char_device() || t.is_fifo()
}

#[cfg(not(unix))]
fn writes_through(_: &std::fs::FileType) -> bool {
    false
}

/// `path` with every symbolic link along its last component followed (the path a rename
/// must replace to keep the link); a dangling link gives the missing file it names.
fn follow_links(path: &Path) -> io::Result<PathBuf> {
    let mut path = path.to_path_buf();
    for _ in 0..MAX_LINKS {
        match std::fs::symlink_metadata(&path) {
            Ok(m) if m.file_type().is_symlink() => {
                let to = std::fs::read_link(&path)?;
                path = if to.is_absolute() { to } else { parent(&path).join(to) };
            }
            Ok(_) => return Ok(path),
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(path),
            Err(e) => return Err(e),
        }
    }
    Err(io::Error::other("too many levels of symbolic links"))
}

/// The directory a file of `path` is created in.
fn parent(path: &Path) -> &Path {
    match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    }
}

/// Creates and removes a temporary file in `dir`: the one sure test that the run's files
/// can be created there (permission bits do not bind root, nor tell a read-only mount).
fn probe(dir: &Path) -> io::Result<()> {
    match tempfile::Builder::new().prefix(".dipgraph-").suffix(".tmp").tempfile_in(dir) {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            Err(io::Error::other(format!("directory {} does not exist", dir.display())))
        }
        Err(e) => Err(io::Error::new(e.kind(), format!("cannot create a file in {}: {}", dir.display(), plain(&e)))),
    }
}

/// An I/O error's message without the ` (os error N)` that the standard library appends or
/// the ` at path "…"` that tempfile appends: `No space left on device`.
pub fn plain(e: &io::Error) -> String {
    let text = e.to_string();
    let end = [" (os error ", " at path "].iter().filter_map(|tail| text.find(tail)).min();
    end.map_or(text.clone(), |i| text[..i].to_string())
}
