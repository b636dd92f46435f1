//! Batch: input paths → extractions in input order, in parallel, with per-file errors.
//!
//! Owns finding the files (directories walked lazily, in name order), reading them, and
//! running the per-article pipeline over chunks of files with rayon. Results come back in
//! input order whatever the thread count; a bad file yields a [`FileError`] and the batch
//! goes on.

use crate::extract::{Extraction, Pipeline};
use rayon::prelude::*;
use serde::Serialize;
use std::ops::ControlFlow;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

/// Files larger than this are not read: no news article comes near it (the largest of the
/// shared corpus is under 1 MB), and reading one would hold up the batch.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;
/// Files handed to the thread pool at once; bounds memory whatever the batch size.
const CHUNK: usize = 512;
/// File name endings read when walking a directory (files named explicitly are always read).
const ARTICLE_ENDINGS: &[&str] = &["md", "markdown", "txt", "html", "htm"];

/// A file that gave no record, and why (one line of `--errors` as JSON).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FileError {
    pub path: String,
    /// A short machine-readable reason, used to count skips by kind.
    pub reason: &'static str,
    pub message: String,
}

impl std::fmt::Display for FileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// One item of the input stream: a file to read, or a path that could not be listed.
pub type Found = Result<PathBuf, FileError>;

/// Walks `paths` lazily: files as given, directories recursively in file-name order.
pub fn discover(paths: &[PathBuf]) -> impl Iterator<Item = Found> + '_ {
    paths.iter().flat_map(|p| -> Box<dyn Iterator<Item = Found>> {
        match std::fs::metadata(p) {
            Err(e) => Box::new(std::iter::once(Err(FileError {
                path: p.display().to_string(),
                reason: "unreadable",
                message: format!("cannot open: {}", io_message(&e)),
            }))),
            Ok(m) if m.is_dir() => {
                Box::new(walkdir::WalkDir::new(p).follow_links(true).sort_by_file_name().into_iter().filter_map(
                    |entry| match entry {
                        Ok(e) if e.file_type().is_dir() => None,
                        Ok(e) => {
                            let name = e.file_name().to_string_lossy();
                            let wanted = !name.starts_with('.')
                                && e.path()
                                    .extension()
                                    .is_some_and(|x| ARTICLE_ENDINGS.iter().any(|a| x.eq_ignore_ascii_case(a)));
                            wanted.then(|| Ok(e.into_path()))
                        }
                        Err(e) => Some(Err(FileError {
                            path: e.path().map(|p| p.display().to_string()).unwrap_or_default(),
                            reason: if e.loop_ancestor().is_some() { "symlink loop" } else { "unreadable" },
                            message: match e.loop_ancestor() {
                                Some(a) => {
                                    format!("symbolic link loop back to {}", a.display())
                                }
                                None => format!(
                                    "cannot read: {}",
                                    e.io_error().map(io_message).unwrap_or_else(|| e.to_string())
                                ),
                            },
                        })),
                    },
                ))
            }
            Ok(_) => Box::new(std::iter::once(Ok(p.clone()))),
        }
    })
}

fn io_message(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}

/// Reads one file: regular files only (a FIFO, socket or device would block or never end),
/// no larger than [`MAX_FILE_BYTES`].
pub fn read(path: &Path) -> Result<Vec<u8>, FileError> {
    let fail = |reason: &'static str, message: String| FileError { path: path.display().to_string(), reason, message };
    let meta = std::fs::metadata(path).map_err(|e| fail("unreadable", format!("cannot open: {}", io_message(&e))))?;
    if !meta.is_file() {
        return Err(fail("unreadable", "not a regular file".into()));
    }
    let size = meta.len();
    if size > MAX_FILE_BYTES {
        return Err(fail(
            "too large",
            format!("file is {size} bytes, over the limit of {MAX_FILE_BYTES} bytes for one article"),
        ));
    }
    let bytes = std::fs::read(path).map_err(|e| fail("unreadable", format!("cannot read: {}", io_message(&e))))?;
    // The file may have grown since it was measured.
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(fail("too large", format!("file is over the limit of {MAX_FILE_BYTES} bytes for one article")));
    }
    Ok(bytes)
}

/// Reads and extracts one file.
pub fn process(pipeline: &Pipeline, path: &Path) -> Result<Extraction, FileError> {
    let bytes = read(path)?;
    pipeline.extract(&path.display().to_string(), &bytes).map_err(|e| FileError {
        path: path.display().to_string(),
        reason: e.reason(),
        message: e.to_string(),
    })
}

/// Runs the pipeline over every found file, calling `each` in input order, until `each`
/// returns `Break` or `stop` is set (checked before each file is read; set it from a signal
/// handler). Returns `Break` when the batch stopped before its end.
pub fn run<I, F>(pipeline: &Pipeline, found: I, stop: &AtomicBool, mut each: F) -> ControlFlow<()>
where
    I: Iterator<Item = Found>,
    F: FnMut(Result<Extraction, FileError>) -> ControlFlow<()>,
{
    let mut found = found.peekable();
    while found.peek().is_some() {
        if stop.load(Ordering::Relaxed) {
            return ControlFlow::Break(());
        }
        let chunk: Vec<Found> = found.by_ref().take(CHUNK).collect();
        let results: Vec<Option<Result<Extraction, FileError>>> = chunk
            .into_par_iter()
            .map(|item| (!stop.load(Ordering::Relaxed)).then(|| item.and_then(|path| process(pipeline, &path))))
            .collect();
        for result in results {
            // A file left out because of `stop` ends the batch: later results are dropped
            // so that what `each` saw is always a prefix of the input.
            let Some(result) = result else { return ControlFlow::Break(()) };
            each(result)?;
        }
    }
    ControlFlow::Continue(())
}
