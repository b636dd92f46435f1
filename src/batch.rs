//! Batch: input paths → extractions in input order, in parallel, with per-file errors.
//!
//! Owns finding the files (directories walked lazily, in name order; `-` is standard input,
//! see [`crate::stdin`]), reading them, and running the per-article pipeline over chunks of
//! files with rayon while the caller consumes the previous chunk. Results come back in
//! input order whatever the thread count; a bad file yields a [`FileError`] and the batch
//! goes on.

use crate::extract::{Extraction, Pipeline};
use crate::stdin::StdinItems;
use rayon::prelude::*;
use serde::Serialize;
use std::borrow::Cow;
use std::io::Read;
use std::ops::ControlFlow;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, mpsc};

/// Files larger than this are not read: no news article comes near it (the largest of the
/// shared corpus is under 1 MB), and reading one would hold up the batch.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;
/// Files handed to the thread pool at once; bounds memory whatever the batch size.
const CHUNK: usize = 512;
/// The longest run of articles of a chunk that one worker takes without sharing it.
const RUN: usize = 4;
/// Extracted chunks that may wait for the consumer: with the chunk being extracted and the
/// one being consumed, at most three chunks of results are held at once.
const CHUNKS_WAITING: usize = 1;
/// File name endings read when walking a directory (files named explicitly are always read).
const ARTICLE_ENDINGS: &[&str] = &["md", "markdown", "txt", "html", "htm"];

/// The reason of a file that is plainly not an article (an archive's README, LICENSE):
/// passed over and counted, never a failure of the batch.
pub const NOT_AN_ARTICLE: &str = "not an article";

/// A file that gave no record, and why (one line of `--errors` as JSON).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FileError {
    pub path: String,
    /// A short machine-readable reason, used to count skips by kind.
    pub reason: &'static str,
    pub message: String,
}

impl FileError {
    /// Whether the file was passed over as plainly not an article, rather than skipped as
    /// damaged or unreadable.
    pub fn passed_over(&self) -> bool {
        self.reason == NOT_AN_ARTICLE
    }
}

/// `PATH: message` on one line: control characters of the path or the message (a file
/// name may hold a line end) are written escaped, `\n`, `\t`, `\u{1b}` (the JSON of
/// `--errors` keeps them as they are).
impl std::fmt::Display for FileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", escape_controls(&self.path), escape_controls(&self.message))
    }
}

/// `s` with its control characters (C0, DEL and C1) escaped as Rust writes them (`\n`,
/// `\r`, `\t`, `\u{7f}`), so that it prints on one line; borrowed when it has none.
pub fn escape_controls(s: &str) -> Cow<'_, str> {
    if !s.contains(char::is_control) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(s.chars().map(|c| if c.is_control() { c.escape_default().to_string() } else { c.to_string() }).collect())
}

/// One article to read: a file, or an article posted on standard input as a JSON line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Item {
    /// A file, and the input it was found under (the PATH given, or listed on standard input).
    File(PathBuf, Arc<str>),
    Posted {
        /// The name written into the record (`file`).
        name: String,
        /// The whole archived post, as it would be in a file.
        text: String,
        /// The input it stands for in the graph's sources (its `input` field, as `dipgraph
        /// pack` writes it, else `<stdin>`).
        input: Arc<str>,
    },
}

impl Item {
    /// The name of the article in records and error messages.
    pub fn name(&self) -> String {
        match self {
            // `display` reads the path in pieces to replace what is not UTF-8; most paths are.
            Item::File(path, _) => path.to_str().map_or_else(|| path.display().to_string(), str::to_string),
            Item::Posted { name, .. } => name.clone(),
        }
    }

    /// The input the article was found under, as the graph's sources name it.
    pub fn input(&self) -> &Arc<str> {
        match self {
            Item::File(_, input) | Item::Posted { input, .. } => input,
        }
    }

    /// The article's bytes: the file read from disk, or the posted text.
    pub fn bytes(&self) -> Result<Cow<'_, [u8]>, FileError> {
        match self {
            Item::File(path, _) => read(path).map(Cow::Owned),
            Item::Posted { text, .. } => Ok(Cow::Borrowed(text.as_bytes())),
        }
    }
}

/// One item of the input stream: an article to read, or an input that could not be listed.
pub type Found = Result<Item, FileError>;

/// One article's record and the size of the article read (file bytes, or the posted text).
#[derive(Debug, Clone)]
pub struct Extracted {
    pub extraction: Extraction,
    pub bytes: u64,
    /// The input the article was found under (see [`Item::input`]).
    pub input: Arc<str>,
}

/// The PATHS of a batch, where `-` stands for standard input. Keeps what standard input
/// named, for the record of the sources a graph was made from.
#[derive(Debug, Default)]
pub struct Inputs {
    paths: Vec<PathBuf>,
    from_stdin: Arc<Mutex<Vec<String>>>,
}

impl Inputs {
    pub fn new(paths: &[PathBuf]) -> Inputs {
        Inputs { paths: paths.to_vec(), from_stdin: Arc::default() }
    }

    /// Whether one of the PATHS is `-`.
    pub fn reads_stdin(&self) -> bool {
        self.paths.iter().any(|p| is_stdin(p))
    }

    /// Every article to read, lazily and in order: files as given, directories recursively
    /// in file-name order, `-` as described in [`crate::stdin`].
    pub fn items(&self) -> impl Iterator<Item = Found> + Send + '_ {
        self.paths.iter().flat_map(|p| -> Box<dyn Iterator<Item = Found> + Send> {
            if is_stdin(p) {
                let reader = std::io::BufReader::with_capacity(1 << 16, std::io::stdin());
                Box::new(StdinItems::new(reader, Arc::clone(&self.from_stdin)))
            } else {
                walk(p.clone())
            }
        })
    }

    /// The inputs as a graph records them: each PATH as given, `-` replaced by the paths
    /// standard input listed (or `<stdin>` when it gave JSON articles). Complete once
    /// [`Inputs::items`] has been read to the end.
    pub fn sources(&self) -> Vec<String> {
        let from_stdin = self.from_stdin.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let mut sources = Vec::new();
        for p in &self.paths {
            if is_stdin(p) {
                sources.extend(from_stdin.iter().cloned());
            } else {
                sources.push(p.display().to_string());
            }
        }
        sources
    }
}

fn is_stdin(path: &Path) -> bool {
    path.as_os_str() == "-"
}

/// Walks one PATH lazily: a file as given, a directory recursively in file-name order,
/// leaving out hidden files and directories (names starting with `.`) below the PATH.
pub fn walk(p: PathBuf) -> Box<dyn Iterator<Item = Found> + Send> {
    let input: Arc<str> = Arc::from(p.display().to_string());
    match std::fs::metadata(&p) {
        Err(e) => Box::new(std::iter::once(Err(FileError {
            path: p.display().to_string(),
            reason: "unreadable",
            message: format!("cannot open: {}", io_message(&e)),
        }))),
        Ok(m) if m.is_dir() => {
            Box::new(
                walkdir::WalkDir::new(p)
                    .follow_links(true)
                    // In file-name order: entries of one directory share its path, so their whole
                    // paths compare as their names do, without taking each name apart again for
                    // every comparison (which took 50 ms for a directory of 10,000 files).
                    .sort_by(|a, b| a.path().as_os_str().cmp(b.path().as_os_str()))
                    .into_iter()
                    // The PATH itself is read even if hidden, as it was named.
                    .filter_entry(|e| e.depth() == 0 || !e.file_name().as_encoded_bytes().starts_with(b"."))
                    .filter_map(move |entry| match entry {
                        Ok(e) if e.file_type().is_dir() => None,
                        Ok(e) => {
                            is_article_name(e.file_name()).then(|| Ok(Item::File(e.into_path(), Arc::clone(&input))))
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
                    }),
            )
        }
        Ok(_) => Box::new(std::iter::once(Ok(Item::File(p, input)))),
    }
}

/// Whether a file found in a directory is read: not hidden, and with one of the
/// [`ARTICLE_ENDINGS`] (read from the name's bytes, as a directory of 10,000 files
/// takes a few milliseconds to take apart as paths).
fn is_article_name(name: &std::ffi::OsStr) -> bool {
    let name = name.as_encoded_bytes();
    let ending = name.iter().rposition(|&b| b == b'.').map(|dot| &name[dot + 1..]);
    !name.starts_with(b".")
        && ending.is_some_and(|x| ARTICLE_ENDINGS.iter().any(|a| x.eq_ignore_ascii_case(a.as_bytes())))
}

pub fn io_message(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}

/// Reads one file: regular files only (a FIFO, socket or device would block or never end),
/// no larger than [`MAX_FILE_BYTES`]. The file is opened first and measured through its
/// handle (one look-up of its path, not two); opened without blocking, so that a FIFO is
/// refused rather than waited on.
pub fn read(path: &Path) -> Result<Vec<u8>, FileError> {
    let fail = |reason: &'static str, message: String| FileError { path: path.display().to_string(), reason, message };
    let file = open_without_blocking(path).map_err(|e| {
        // A file that is there but may not be read fails as reading it would.
        let verb = if e.kind() == std::io::ErrorKind::PermissionDenied { "read" } else { "open" };
        fail("unreadable", format!("cannot {verb}: {}", io_message(&e)))
    })?;
    let meta = file.metadata().map_err(|e| fail("unreadable", format!("cannot open: {}", io_message(&e))))?;
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
    let mut bytes = Vec::with_capacity(size as usize);
    // The file is read as it was measured, which spares a read that would find its end. A
    // file measured as empty (as some virtual file systems give them) is read to its end,
    // but no further than the limit and a byte.
    let limit = if size == 0 { MAX_FILE_BYTES + 1 } else { size };
    (&file)
        .take(limit)
        .read_to_end(&mut bytes)
        .map_err(|e| fail("unreadable", format!("cannot read: {}", io_message(&e))))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(fail("too large", format!("file is over the limit of {MAX_FILE_BYTES} bytes for one article")));
    }
    Ok(bytes)
}

#[cfg(unix)]
pub(crate) fn open_without_blocking(path: &Path) -> std::io::Result<std::fs::File> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new().read(true).custom_flags(libc::O_NONBLOCK).open(path)
}

#[cfg(not(unix))]
pub(crate) fn open_without_blocking(path: &Path) -> std::io::Result<std::fs::File> {
    std::fs::File::open(path)
}

/// Reads and extracts one article. A panic while doing so (a bug) is this article's
/// error, see [`guarded`].
pub fn process(pipeline: &Pipeline, item: &Item) -> Result<Extracted, FileError> {
    let name = item.name();
    guarded(&name, || {
        let bytes = item.bytes()?;
        match pipeline.extract(&name, &bytes) {
            Ok(extraction) => Ok(Extracted { extraction, bytes: bytes.len() as u64, input: Arc::clone(item.input()) }),
            Err(e) => Err(FileError { path: name.clone(), reason: e.reason(), message: e.to_string() }),
        }
    })
}

/// Runs the work on one article, `name`: a panic inside it, which only a bug can cause,
/// becomes this article's [`FileError`] (reason `internal error`, with the panic's message
/// and place), so that the batch goes on. While the work runs, the panic hook stays silent
/// for this thread (the message goes into the error line instead of spilling over stderr);
/// panics elsewhere are reported by the hook that was there before.
pub fn guarded<T>(name: &str, work: impl FnOnce() -> Result<T, FileError>) -> Result<T, FileError> {
    install_quiet_hook();
    GUARDED.with(|g| g.set(true));
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(work));
    GUARDED.with(|g| g.set(false));
    result.unwrap_or_else(|payload| {
        let what = match (payload.downcast_ref::<&str>(), payload.downcast_ref::<String>()) {
            (Some(s), _) => s.to_string(),
            (_, Some(s)) => s.clone(),
            _ => "a panic without a message".to_string(),
        };
        let place = PANIC_PLACE.with(|p| p.take()).map(|at| format!(" at {at}")).unwrap_or_default();
        Err(FileError {
            path: name.to_string(),
            reason: "internal error",
            message: format!("internal error: {what}{place}"),
        })
    })
}

thread_local! {
    /// Whether this thread is inside [`guarded`].
    static GUARDED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    /// Where the last panic inside [`guarded`] happened (`file:line:column`), noted by the hook.
    static PANIC_PLACE: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Puts a panic hook in front of the current one, once per process: inside [`guarded`] it
/// only notes where the panic happened; elsewhere it hands over to the hook before it.
fn install_quiet_hook() {
    static INSTALLED: std::sync::Once = std::sync::Once::new();
    INSTALLED.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if GUARDED.with(|g| g.get()) {
                PANIC_PLACE.with(|p| *p.borrow_mut() = info.location().map(|l| l.to_string()));
            } else {
                previous(info);
            }
        }));
    });
}

/// The results of one chunk, in input order; `None` for an article left out because the
/// batch was stopping.
type ChunkResults = Vec<Option<Result<Extracted, FileError>>>;

/// Runs the pipeline over every found article, calling `each` in input order, until `each`
/// returns `Break` or `stop` is set (checked before each article is read; set it from a
/// signal handler). Returns `Break` when the batch stopped before its end.
///
/// A producer thread extracts the input a chunk at a time on the rayon pool, which finds the
/// next chunk meanwhile, while `each` runs on the calling thread over the chunk before:
/// extraction never waits for the consumer unless a chunk is already waiting. What `each`
/// saw is always a prefix of the input; after `Break` (from `each` or `stop`) no more
/// results are delivered, and the producer leaves the articles not yet started and returns
/// before `run` does.
pub fn run<I, F>(pipeline: &Pipeline, found: I, stop: &AtomicBool, mut each: F) -> ControlFlow<()>
where
    I: Iterator<Item = Found> + Send,
    F: FnMut(Result<Extracted, FileError>) -> ControlFlow<()>,
{
    let consumer_stopped = AtomicBool::new(false);
    let halted = || stop.load(Ordering::Relaxed) || consumer_stopped.load(Ordering::Relaxed);
    std::thread::scope(|scope| {
        let (send, receive) = mpsc::sync_channel::<ChunkResults>(CHUNKS_WAITING);
        let producer = scope.spawn(move || {
            let mut found = found;
            let mut chunk: Vec<Found> = found.by_ref().take(CHUNK).collect();
            while !chunk.is_empty() {
                if halted() {
                    return ControlFlow::Break(());
                }
                // The next chunk is found (directories read, standard input parsed) by a
                // worker of the pool while the others start on this one. The chunk is shared
                // out in runs of at most `RUN` articles, so the workers finish it within a
                // few articles of each other. (By default rayon hands out quarters of it, 128
                // articles with 2 threads, which cannot be shared once started, and one of
                // two workers sat idle for a tenth of the time at the end of each chunk.)
                let (results, next) = rayon::join(
                    || {
                        chunk
                            .into_par_iter()
                            .with_max_len(RUN)
                            .map(|item| (!halted()).then(|| item.and_then(|item| process(pipeline, &item))))
                            .collect::<ChunkResults>()
                    },
                    || found.by_ref().take(CHUNK).collect::<Vec<Found>>(),
                );
                if send.send(results).is_err() {
                    return ControlFlow::Break(());
                }
                chunk = next;
            }
            ControlFlow::Continue(())
        });
        // An article left out because of `stop` ends the batch: later results are dropped
        // so that what `each` saw is always a prefix of the input.
        let consumed = receive.iter().flatten().try_for_each(|result| match result {
            Some(result) => each(result),
            None => ControlFlow::Break(()),
        });
        if consumed.is_break() {
            consumer_stopped.store(true, Ordering::Relaxed);
        }
        // Unblocks a producer waiting to send, so that it sees the stop.
        drop(receive);
        let produced = producer.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        consumed?;
        produced
    })
}

#[cfg(test)]
mod tests {
    use super::{FileError, escape_controls, guarded, is_article_name};
    use std::borrow::Cow;

    #[test]
    fn an_error_line_is_one_line_whatever_the_file_name() {
        let e =
            FileError { path: "a\nb\tc\u{1b}[31m\u{85}d.md".into(), reason: "empty", message: "empty\rfile".into() };
        assert_eq!(e.to_string(), "a\\nb\\tc\\u{1b}[31m\\u{85}d.md: empty\\rfile");
        assert_eq!(serde_json::to_value(&e).unwrap()["path"], "a\nb\tc\u{1b}[31m\u{85}d.md");
        assert!(matches!(escape_controls("新闻 2020.md"), Cow::Borrowed("新闻 2020.md")));
    }

    #[test]
    fn a_panic_in_an_articles_work_is_that_articles_error() {
        let panicked = guarded("a/b.md", || -> Result<(), FileError> { panic!("index {} out of range", 7) });
        let e = panicked.unwrap_err();
        assert_eq!((e.path.as_str(), e.reason), ("a/b.md", "internal error"));
        assert!(e.message.starts_with("internal error: index 7 out of range at src/batch.rs:"), "{}", e.message);
        assert!(e.to_string().starts_with("a/b.md: internal error: index 7 out of range"), "{e}");
        // A literal message, and the work going on afterwards on the same thread.
        let e = guarded("c.md", || -> Result<(), FileError> { panic!("boom") }).unwrap_err();
        assert!(e.message.starts_with("internal error: boom at "), "{}", e.message);
        assert_eq!(guarded("d.md", || Ok::<_, FileError>(3)), Ok(3));
        // A panic in rayon's pool, as the batch runs articles, is caught there too.
        use rayon::prelude::*;
        let results: Vec<Result<usize, FileError>> = (0..8usize)
            .into_par_iter()
            .map(|i| guarded(&format!("{i}.md"), || if i == 5 { panic!("five") } else { Ok(i) }))
            .collect();
        assert_eq!(results.iter().filter(|r| r.is_ok()).count(), 7);
        assert_eq!(results[5].as_ref().unwrap_err().path, "5.md");
    }

    #[test]
    fn article_names_end_in_an_article_ending_of_any_case_and_are_not_hidden() {
        for name in ["2020-07-20-洪涝.md", "a.MD", "b.Markdown", "c.txt", "d.HTM", "e.tar.html"] {
            assert!(is_article_name(name.as_ref()), "{name}");
        }
        for name in [".hidden.md", ".md", "md", "Makefile", "notes.md.bak", "x.", "a.png", "新闻"] {
            assert!(!is_article_name(name.as_ref()), "{name}");
        }
    }
}
