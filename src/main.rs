//! The dipgraph command line: argument parsing, the batch summary, exit codes.
//!
//! Exit codes: 0 every file read (files passed over as not articles included), or a broken
//! pipe on standard output (the reader went away); 1 some files skipped (or, with `--strict`,
//! the first one stopped the batch; 0 with `--allow-skipped`); 2 a bad records file, usage
//! error (misspelled subcommand, unknown filter value), no article read, unreadable
//! dictionary, unwritable output or a failed write: nothing written; 130 interrupted (Ctrl-C,
//! SIGTERM), nothing written.

use clap::{Args, Parser, Subcommand, ValueEnum};
use dipgraph::article::Article;
use dipgraph::batch::{self, Extracted, FileError, Inputs};
use dipgraph::dict::{self, Dictionaries};
use dipgraph::events::{Event, EventClusterer};
use dipgraph::export::{self, Format, html, manifest, target, write_atomic};
use dipgraph::extract::{ExtractError, Pipeline};
use dipgraph::filter::Filter;
use dipgraph::graph::{GraphBuilder, Level, Shape};
use dipgraph::records;
use dipgraph::stats;
use indicatif::{ProgressBar, ProgressState, ProgressStyle};
use std::collections::BTreeMap;
use std::io::{ErrorKind, IsTerminal, Write};
use std::ops::ControlFlow;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

/// mimalloc: the batch allocates many short-lived strings and vectors per article, which it
/// serves faster than the system allocator (measured in bench/run.sh).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "dipgraph",
    version,
    about = "Chinese-language news archives → graphs of diplomatic contacts",
    long_about = "Reads archived Chinese news articles and writes the people, countries and \
                  diplomatic contacts they report, as per-article JSON Lines (`extract`) or as one \
                  graph in GraphML and JSON (`graph`, the default: `dipgraph PATHS...`).",
    args_conflicts_with_subcommands = true
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    #[command(flatten)]
    graph: GraphArgs,
}

#[derive(Subcommand)]
enum Command {
    /// Write one JSON Lines record per article: people, countries, organisations, contacts.
    Extract(ExtractArgs),
    /// Build one contact graph over all articles: GraphML, GEXF, JSON, CSV and events.jsonl.
    Graph(GraphArgs),
    /// Print the most frequent contacts, centrality, contacts per month and components.
    Stats(StatsArgs),
    /// Print the clean text dipgraph reads from each article (title, then one paragraph a line).
    Text {
        /// Article files or directories (read recursively); `-` reads standard input: paths, one a line, or JSON Lines articles.
        #[arg(required = true, value_name = "PATHS")]
        paths: Vec<PathBuf>,
        /// Mark every dictionary match as 【surface|person:ID】 (country:, org:, trigger:).
        #[arg(long)]
        annotate: bool,
        #[command(flatten)]
        common: Common,
    },
    /// List people found in no dictionary, most frequent first, as dictionary lines to review.
    Suggest {
        /// Article files or directories (read recursively); `-` reads standard input: paths, one a line, or JSON Lines articles.
        #[arg(required = true, value_name = "PATHS")]
        paths: Vec<PathBuf>,
        /// How many candidates to list.
        #[arg(long, default_value_t = 50)]
        top: usize,
        #[command(flatten)]
        common: Common,
    },
    /// Cluster the contacts of records into events of their sides (one group of sides keys
    /// of a distributed reduce): JSON Lines events for `graph --records … --events`.
    Cluster(ClusterArgs),
    /// Write articles as large JSON Lines shards, decoded to UTF-8, for `extract -` on an engine.
    Pack(PackArgs),
    /// Dictionary tools.
    #[command(subcommand)]
    Dict(DictCommand),
}

#[derive(Args)]
struct ClusterArgs {
    /// Record files of `dipgraph extract` (or `extract --keyed`), gzip accepted; `-` reads standard input.
    #[arg(required = true, value_name = "FILES")]
    records: Vec<PathBuf>,
    /// Output file (default: standard output).
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    #[command(flatten)]
    common: Common,
}

#[derive(Args)]
struct PackArgs {
    /// Article files or directories (read recursively); `-` reads standard input: paths, one a line, or JSON Lines articles.
    #[arg(required = true, value_name = "PATHS")]
    paths: Vec<PathBuf>,
    /// Output directory for the shards (part-00000.jsonl, …).
    #[arg(short, long, value_name = "DIR")]
    output: PathBuf,
    /// Compress each shard with gzip (part-00000.jsonl.gz).
    #[arg(long)]
    gzip: bool,
    /// Bytes of articles per shard, before compression (a shard ends after the article that passes it).
    #[arg(long, value_name = "MB", default_value_t = 256)]
    shard_mb: u64,
    #[command(flatten)]
    batch: BatchArgs,
}

#[derive(Subcommand)]
enum DictCommand {
    /// Validate dictionary files: print `file:line: problem` for each problem found.
    Check {
        /// Directory of dictionary files to check with the built-in ones (default: the built-in ones alone).
        dir: Option<PathBuf>,
    },
}

#[derive(Args, Clone)]
struct Common {
    /// Directory of dictionary files that add to or override the built-in ones.
    #[arg(long, value_name = "DIR")]
    dict: Option<PathBuf>,
    /// Worker threads (default: one per core).
    #[arg(long, value_name = "N")]
    threads: Option<usize>,
}

/// Options of `graph` and `extract` about skipped files.
#[derive(Args, Clone, Default)]
struct BatchArgs {
    /// Write each skipped file as a JSON line {"path", "reason", "message"} to FILE.
    #[arg(long, value_name = "FILE")]
    errors: Option<PathBuf>,
    /// Stop at the first file that cannot be read: write no output and exit 1.
    #[arg(long)]
    strict: bool,
    /// Exit 0 when files were skipped (they are still reported, and listed by --errors): for
    /// engines that fail a task on any other exit code. Crashes and usage errors still fail.
    #[arg(long, conflicts_with = "strict")]
    allow_skipped: bool,
}

#[derive(Args)]
struct ExtractArgs {
    /// Article files or directories (read recursively); `-` reads standard input: paths, one a line, or JSON Lines articles.
    #[arg(required = true, value_name = "PATHS")]
    paths: Vec<PathBuf>,
    /// Output file (default: standard output).
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Write each article's record without its contacts, then each contact on a line of its
    /// own keyed by its sides (`{"key": …}`), for an engine to group contacts by key.
    #[arg(long)]
    keyed: bool,
    #[command(flatten)]
    common: Common,
    #[command(flatten)]
    batch: BatchArgs,
}

#[derive(Args)]
struct GraphArgs {
    /// Article files or directories (read recursively); `-` reads standard input: paths, one a line, or JSON Lines articles.
    #[arg(value_name = "PATHS")]
    paths: Vec<PathBuf>,
    /// Build the graph from `dipgraph extract` records (JSON Lines, gzip accepted; `-` reads standard input) instead of articles.
    #[arg(long, value_name = "FILES", num_args = 1.., conflicts_with_all = ["paths", "errors", "strict"])]
    records: Vec<PathBuf>,
    /// With --records: take the events from these outputs of `dipgraph cluster` (the records then give the nodes only).
    #[arg(long, value_name = "FILES", num_args = 1.., requires = "records")]
    events: Vec<PathBuf>,
    /// Output directory for the graph files, events.jsonl and dipgraph-run.json.
    #[arg(short, long, value_name = "DIR", default_value = "out")]
    output: PathBuf,
    /// Output formats (comma-separated or repeated).
    #[arg(long, value_name = "FORMATS", value_delimiter = ',', default_value = "graphml,json")]
    format: Vec<Format>,
    /// Contact edges between people or between countries.
    #[arg(long, value_enum, default_value_t = Level::Person)]
    level: Level,
    /// A bipartite graph of events and their participants instead of contact edges.
    #[arg(long, conflicts_with = "min_weight")]
    events_as_nodes: bool,
    /// Write graph.html too (as `--format html`) and open it in the default browser.
    #[arg(long)]
    open: bool,
    #[command(flatten)]
    filter: Filter,
    #[command(flatten)]
    common: Common,
    #[command(flatten)]
    batch: BatchArgs,
}

#[derive(Args)]
struct StatsArgs {
    /// Article files or directories (read recursively); `-` reads standard input: paths, one a line, or JSON Lines articles.
    #[arg(value_name = "PATHS", required_unless_present = "from", conflicts_with = "from")]
    paths: Vec<PathBuf>,
    /// Output directory of `dipgraph graph` to read back (the files its dipgraph-run.json lists).
    #[arg(long, value_name = "DIR")]
    from: Option<PathBuf>,
    /// Print JSON instead of tables.
    #[arg(long)]
    json: bool,
    /// Rows per ranking.
    #[arg(long, value_name = "N", default_value_t = 10)]
    top: usize,
    #[command(flatten)]
    filter: Filter,
    #[command(flatten)]
    common: Common,
    #[command(flatten)]
    batch: BatchArgs,
}

/// Set by Ctrl-C (SIGINT) or SIGTERM: the batch stops taking files and nothing is written.
static INTERRUPTED: AtomicBool = AtomicBool::new(false);
/// Set once the closing summary line is being printed: the process is about to end of
/// itself, and the watchdog of [`stop_on_signals`] leaves it alone.
static ENDING: AtomicBool = AtomicBool::new(false);
/// How long a stop waits for the articles in hand before the process ends without them.
const STOP_PATIENCE: Duration = Duration::from_secs(1);

/// Makes SIGINT and SIGTERM stop the batch cleanly: no more files are taken, and the
/// articles in hand may finish; if the run has not ended a second later (a long article,
/// standard input that sends nothing), a watchdog ends the process. A second signal ends
/// it at once. Either way, staged temporary files are removed first, and a run that has
/// begun renaming its files into place is let finish (see [`export::abandon`]).
fn stop_on_signals() {
    let _ = ctrlc::set_handler(|| {
        if INTERRUPTED.swap(true, Ordering::SeqCst) {
            end_interrupted("interrupted again");
        } else {
            std::thread::spawn(|| {
                std::thread::sleep(STOP_PATIENCE);
                if !ENDING.load(Ordering::SeqCst) {
                    end_interrupted("interrupted, the articles in hand were left unfinished");
                }
            });
        }
    });
}

/// Ends the process with exit code 130 and a last line saying `why`, once every staged
/// temporary file is removed; returns (letting the run finish) when the run is already
/// renaming its files into place.
fn end_interrupted(why: &str) {
    match export::abandon(STOP_PATIENCE) {
        export::Abandoned::Committed => {}
        export::Abandoned::Removed(_closed) => {
            eprintln!("dipgraph: {why}, no output file written");
            std::process::exit(130);
        }
        export::Abandoned::Busy => {
            eprintln!("dipgraph: {why}, an output was still being written");
            std::process::exit(130);
        }
    }
}

/// Standard output for `extract`'s records, written out in whole records (64 KB or more at
/// a time, and at the end) while no stop can end the process ([`export::uninterrupted`]),
/// so that a run ended by a signal never leaves half a record on it. Each `write` must end
/// within a record or at its end (serde_json escapes line ends inside strings, so a buffer
/// that ends in `\n` ends a record).
struct WholeRecords {
    stdout: std::io::Stdout,
    buffer: Vec<u8>,
}

impl WholeRecords {
    fn write_out(&mut self) -> std::io::Result<()> {
        let (stdout, buffer) = (&self.stdout, &mut self.buffer);
        export::uninterrupted(|| {
            let mut out = stdout.lock();
            out.write_all(buffer).and_then(|_| out.flush())
        })?;
        buffer.clear();
        Ok(())
    }
}

impl Write for WholeRecords {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.buffer.extend_from_slice(bytes);
        if self.buffer.len() >= 1 << 16 && self.buffer.ends_with(b"\n") {
            self.write_out()?;
        }
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        if self.buffer.ends_with(b"\n") { self.write_out() } else { Ok(()) }
    }
}

/// The progress bar on stderr while a batch runs, drawn only when stderr is a terminal:
/// articles done, articles/s, MB read, time. The input is walked lazily, so the bar starts
/// as a spinner; a second walk counts the articles in the background (not for standard
/// input, whose end is unknown) and, once it is done, the bar shows the share done and an
/// ETA.
struct Progress {
    bar: ProgressBar,
    /// The number of articles of the input, once the background count is done.
    total: Arc<OnceLock<u64>>,
    /// Set when the batch is over: the background count gives up.
    over: Arc<AtomicBool>,
}

impl Progress {
    fn start(paths: &[PathBuf]) -> Progress {
        let progress = Progress { bar: ProgressBar::hidden(), total: Arc::default(), over: Arc::default() };
        if !std::io::stderr().is_terminal() {
            return progress;
        }
        let bar = ProgressBar::new_spinner().with_style(Progress::style("{spinner}")).with_message("0.0 MB");
        bar.enable_steady_tick(Duration::from_millis(120));
        let inputs = Inputs::new(paths);
        if !inputs.reads_stdin() {
            let (total, over) = (Arc::clone(&progress.total), Arc::clone(&progress.over));
            std::thread::spawn(move || {
                let counted = inputs.items().take_while(|_| !over.load(Ordering::Relaxed)).count();
                if !over.load(Ordering::Relaxed) {
                    let _ = total.set(counted as u64);
                }
            });
        }
        Progress { bar, ..progress }
    }

    fn style(gauge: &str) -> ProgressStyle {
        ProgressStyle::with_template(&format!("{gauge} {{human_pos}}{{out_of}} articles, {{rate}}, {{msg}}{{time}}"))
            .expect("progress template")
            .with_key("rate", |state: &ProgressState, w: &mut dyn std::fmt::Write| {
                let _ = write!(w, "{:.0} articles/s", state.per_sec());
            })
            .with_key("out_of", |state: &ProgressState, w: &mut dyn std::fmt::Write| {
                if let Some(len) = state.len() {
                    let _ = write!(w, "/{}", indicatif::HumanCount(len));
                }
            })
            .with_key("time", |state: &ProgressState, w: &mut dyn std::fmt::Write| {
                let _ = match state.len() {
                    Some(_) => write!(w, ", ETA {:#}", indicatif::HumanDuration(state.eta())),
                    None => write!(w, ", {:#}", indicatif::HumanDuration(state.elapsed())),
                };
            })
    }

    /// One more article done (read or skipped); `bytes` read so far.
    fn advance(&self, bytes: u64) {
        if self.bar.is_hidden() {
            return;
        }
        if self.bar.length().is_none()
            && let Some(&total) = self.total.get()
        {
            self.bar.set_length(total);
            self.bar.set_style(Progress::style("[{wide_bar}]"));
        }
        self.bar.set_message(format!("{:.1} MB", bytes as f64 / 1e6));
        self.bar.inc(1);
    }

    /// Prints a line on stderr above the bar.
    fn println(&self, line: &str) {
        self.bar.suspend(|| eprintln!("{line}"));
    }

    fn finish(&self) {
        self.over.store(true, Ordering::Relaxed);
        self.bar.finish_and_clear();
    }
}

/// Counts for the closing summary line, the skipped files for `--errors`, and the progress
/// bar.
struct Summary {
    read: u64,
    bytes: u64,
    /// Files passed over as plainly not articles (READMEs, licences): counted, not skipped.
    passed_over: u64,
    skipped: BTreeMap<&'static str, u64>,
    errors: Vec<FileError>,
    options: BatchArgs,
    progress: Progress,
}

impl Summary {
    /// A summary of a batch over `paths`, with its progress bar started.
    fn new(options: &BatchArgs, paths: &[PathBuf]) -> Summary {
        Summary {
            read: 0,
            bytes: 0,
            passed_over: 0,
            skipped: BTreeMap::new(),
            errors: Vec::new(),
            options: options.clone(),
            progress: Progress::start(paths),
        }
    }

    /// Reports a skipped file; `Break` under `--strict`. A file that is plainly not an
    /// article is only counted and listed: it neither fails the batch nor stops it.
    fn skip(&mut self, e: FileError) -> ControlFlow<()> {
        self.progress.advance(self.bytes);
        let passed_over = e.passed_over();
        if passed_over {
            self.passed_over += 1;
        } else {
            self.progress.println(&e.to_string());
            *self.skipped.entry(e.reason).or_insert(0) += 1;
        }
        if self.options.errors.is_some() {
            self.errors.push(e);
        }
        if self.options.strict && !passed_over { ControlFlow::Break(()) } else { ControlFlow::Continue(()) }
    }

    fn ok(&mut self, x: &Extracted) {
        self.counted(x.bytes);
    }

    /// One more article read, of `bytes`.
    fn counted(&mut self, bytes: u64) {
        self.read += 1;
        self.bytes += bytes;
        self.progress.advance(self.bytes);
    }

    /// The batch stopped before its end (Ctrl-C, SIGTERM, `--strict`); `written` is what
    /// was written all the same (only records already sent to stdout).
    fn stopped(&self, written: &str, started: Instant) -> ExitCode {
        if INTERRUPTED.load(Ordering::SeqCst) {
            self.print(&format!("interrupted, {written}"), started, false);
            ExitCode::from(130)
        } else {
            self.report(&format!("stopped at the first skipped file (--strict), {written}"), started)
        }
    }

    /// The batch read no article (a mistyped path, an empty directory, only bad files):
    /// nothing is written, not even `--errors`, and the exit code is 2.
    fn nothing_read(&self, nothing: &str, started: Instant) -> ExitCode {
        self.print(&format!("no article read: {nothing}"), started, false);
        ExitCode::from(2)
    }

    /// Ends the batch on a problem found after reading (`message`, printed as
    /// `dipgraph: …` before the summary line, which says `nothing`): exit code 2.
    fn fail(&self, message: &str, nothing: &str, started: Instant) -> ExitCode {
        self.progress.println(&format!("dipgraph: {message}"));
        self.print(nothing, started, false);
        ExitCode::from(2)
    }

    /// Writes the `--errors` file and the summary line; the exit code.
    fn report(&self, written: &str, started: Instant) -> ExitCode {
        if let Some(path) = &self.options.errors {
            let listed = write_atomic(path, |w| {
                for e in &self.errors {
                    serde_json::to_writer(&mut *w, e)?;
                    w.write_all(b"\n")?;
                }
                Ok(())
            });
            if let Err(e) = listed {
                self.progress.finish();
                eprintln!("dipgraph: cannot write {}: {}", path.display(), target::plain(&e));
                return ExitCode::from(2);
            }
        }
        self.print(written, started, true);
        if self.skipped.is_empty() || self.options.allow_skipped { ExitCode::SUCCESS } else { ExitCode::from(1) }
    }

    /// The summary line; `listed` when the `--errors` file was written.
    fn print(&self, written: &str, started: Instant, listed: bool) {
        ENDING.store(true, Ordering::SeqCst);
        self.progress.finish();
        let skipped: u64 = self.skipped.values().sum();
        let reasons = if skipped == 0 {
            String::new()
        } else {
            format!(" ({})", self.skipped.iter().map(|(r, n)| format!("{r}: {n}")).collect::<Vec<_>>().join(", "))
        };
        let passed_over = match self.passed_over {
            0 => String::new(),
            n => format!(" {n} passed over (not articles),"),
        };
        let listed = match &self.options.errors {
            Some(path) if listed => format!(" listed in {}", path.display()),
            _ => String::new(),
        };
        eprintln!(
            "dipgraph: {} articles read ({:.1} MB),{passed_over} {skipped} skipped{reasons}{listed}, {written}, {:.2} s",
            self.read,
            self.bytes as f64 / 1e6,
            started.elapsed().as_secs_f64()
        );
    }
}

/// How a failed write to standard output ends a command: a broken pipe (the reader has
/// gone, as in `dipgraph text … | head -1`) quietly with 0, any other error with
/// `dipgraph: cannot write output: …` and 2.
fn output_failed(e: &std::io::Error) -> ExitCode {
    if e.kind() == ErrorKind::BrokenPipe {
        return ExitCode::SUCCESS;
    }
    eprintln!("dipgraph: cannot write output: {}", target::plain(e));
    ExitCode::from(2)
}

/// Checks the output files (`-o FILE`, `--errors FILE`) and directory (`graph -o DIR`)
/// before anything is read, so that a bad target fails at once with exit code 2.
fn check_targets(files: &[Option<&PathBuf>], dir: Option<&PathBuf>) -> Result<(), ExitCode> {
    let checked =
        files.iter().flatten().map(|&p| (p, target::file(p).map(drop))).chain(dir.map(|d| (d, target::dir(d))));
    for (path, result) in checked {
        if let Err(e) = result {
            eprintln!("dipgraph: cannot write to {}: {}", path.display(), target::plain(&e));
            return Err(ExitCode::from(2));
        }
    }
    Ok(())
}

/// The dictionaries: the built-in ones, with `--dict DIR`'s files.
fn load_dicts(common: &Common) -> Result<Dictionaries, ExitCode> {
    let dicts = match &common.dict {
        Some(dir) => Dictionaries::with_overrides(dir),
        None => Dictionaries::embedded(),
    };
    dicts.map_err(|problems| {
        for p in problems {
            eprintln!("{p}");
        }
        eprintln!("dipgraph: the dictionaries could not be loaded");
        ExitCode::from(2)
    })
}

fn load_pipeline(common: &Common) -> Result<Pipeline, ExitCode> {
    set_threads(common);
    load_dicts(common).map(Pipeline::new)
}

/// The pipeline, once the filter's values are checked against its dictionaries (names
/// become ids); an unknown value is a usage error.
fn load_filtered(common: &Common, filter: &mut Filter) -> Result<Pipeline, ExitCode> {
    let pipeline = load_pipeline(common)?;
    filter.resolve(&pipeline.dicts).map_err(|message| {
        eprintln!("dipgraph: {message}");
        ExitCode::from(2)
    })?;
    Ok(pipeline)
}

fn extract(args: ExtractArgs) -> ExitCode {
    let started = Instant::now();
    if let Err(code) = check_targets(&[args.output.as_ref(), args.batch.errors.as_ref()], None) {
        return code;
    }
    stop_on_signals();
    let pipeline = match load_pipeline(&args.common) {
        Ok(p) => p,
        Err(code) => return code,
    };
    let fingerprint = pipeline.dicts.fingerprint();
    let inputs = Inputs::new(&args.paths);
    let mut summary = Summary::new(&args.batch, &args.paths);
    let mut stopped = false;
    let mut write_all = |out: &mut dyn Write| -> std::io::Result<()> {
        let mut failure = None;
        let flow = batch::run(&pipeline, inputs.items(), &INTERRUPTED, |r| match r {
            Ok(x) => {
                summary.ok(&x);
                let written = records::write(&mut *out, &x.extraction, &x.input, &fingerprint, args.keyed);
                written.map_or_else(
                    |e| {
                        failure = Some(e);
                        ControlFlow::Break(())
                    },
                    ControlFlow::Continue,
                )
            }
            Err(e) => summary.skip(e),
        });
        if let Some(e) = failure {
            return Err(e);
        }
        stopped = flow.is_break() || summary.read == 0;
        // An error discards the temporary file of `--output`.
        if stopped { Err(std::io::Error::other("stopped")) } else { Ok(()) }
    };
    let result = match &args.output {
        Some(path) => write_atomic(path, &mut write_all),
        None => {
            let mut out = WholeRecords { stdout: std::io::stdout(), buffer: Vec::with_capacity(1 << 17) };
            let written = write_all(&mut out);
            // The records of a stopped run are written out too.
            let flushed = out.flush();
            written.and(flushed)
        }
    };
    if stopped && summary.read == 0 && !INTERRUPTED.load(Ordering::SeqCst) {
        return summary.nothing_read("nothing written", started);
    }
    if stopped {
        let written = match &args.output {
            Some(_) => "nothing written".to_string(),
            None => format!("{} records written", summary.read),
        };
        return summary.stopped(&written, started);
    }
    match (&args.output, result) {
        (_, Ok(())) => {}
        (None, Err(e)) => {
            summary.progress.finish();
            return output_failed(&e);
        }
        (Some(path), Err(e)) => {
            let message = format!("cannot write to {}: {}", path.display(), target::plain(&e));
            return summary.fail(&message, "nothing written", started);
        }
    }
    let written = match &args.output {
        Some(p) => format!("{} records written to {}", summary.read, p.display()),
        None => format!("{} records written", summary.read),
    };
    summary.report(&written, started)
}

fn graph(mut args: GraphArgs) -> ExitCode {
    let started = Instant::now();
    if args.open && !args.format.contains(&Format::Html) {
        args.format.push(Format::Html);
    }
    if !args.records.is_empty() {
        return graph_from_records(args, started);
    }
    if args.paths.is_empty() {
        eprintln!("dipgraph: no input: give article files or directories (see dipgraph --help)");
        return ExitCode::from(2);
    }
    if let Err(code) = check_targets(&[args.batch.errors.as_ref()], Some(&args.output)) {
        return code;
    }
    stop_on_signals();
    let pipeline = match load_filtered(&args.common, &mut args.filter) {
        Ok(p) => p,
        Err(code) => return code,
    };
    let inputs = Inputs::new(&args.paths);
    let mut summary = Summary::new(&args.batch, &args.paths);
    let Some((builder, events)) = read_all(&pipeline, &inputs, &mut summary) else {
        return summary.stopped("nothing written", started);
    };
    if summary.read == 0 {
        return summary.nothing_read("nothing written", started);
    }
    if let Err(message) = args.filter.check_found(&events, &pipeline.dicts) {
        return summary.fail(&message, "nothing written", started);
    }
    let shape = Shape { level: args.level, events_as_nodes: args.events_as_nodes };
    // graph.html holds the contact graphs of both levels, whatever the shape of the others.
    let page = args
        .format
        .contains(&Format::Html)
        .then(|| html::Page::build(&builder, &events, &args.filter, &inputs.sources(), &pipeline.dicts, args.level));
    let graph = builder.finish(events, shape, &args.filter, inputs.sources());
    let dir = &args.output;
    // Every file is staged before any is renamed into place, so a stopped run leaves the
    // previous set whole; the manifest, committed last, makes the new files one set.
    let staged = export::stage_all(dir, &args.format, &graph, page.as_ref());
    if INTERRUPTED.load(Ordering::SeqCst) {
        return summary.stopped("nothing written", started);
    }
    if let Err(e) = staged.and_then(|files| manifest::commit_run(dir, files, &run_command(&args))) {
        return summary.fail(
            &format!("cannot write to {}: {}", dir.display(), target::plain(&e)),
            "nothing written",
            started,
        );
    }
    let what = format!(
        "{} nodes, {} edges, {} events written to {}",
        graph.graph.node_count(),
        graph.graph.edge_count(),
        graph.events.len(),
        dir.display()
    );
    let code = summary.report(&what, started);
    if args.open {
        open_in_browser(&dir.join("graph.html"));
    }
    code
}

/// Opens a page in the default browser (`xdg-open`, `open` on macOS, `start` on Windows);
/// where there is none, says where the page is.
fn open_in_browser(page: &std::path::Path) {
    let opener: &[&str] = if cfg!(target_os = "macos") {
        &["open"]
    } else if cfg!(windows) {
        &["cmd", "/C", "start", ""]
    } else {
        &["xdg-open"]
    };
    let opened = std::process::Command::new(opener[0])
        .args(&opener[1..])
        .arg(page)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status();
    if !matches!(opened, Ok(status) if status.success()) {
        eprintln!("dipgraph: no browser to open {} with ({} failed): open it by hand", page.display(), opener[0]);
    }
}

/// Sets the size of the thread pool of `--threads`.
fn set_threads(common: &Common) {
    if let Some(n) = common.threads {
        rayon::ThreadPoolBuilder::new().num_threads(n.max(1)).build_global().ok();
    }
}

/// `graph --records FILES [--events FILES]`: the graph from `extract` records, the same
/// files as `graph` over the articles; with `--events`, the events are those `cluster`
/// made (joined and numbered here) and the records give the nodes only.
fn graph_from_records(mut args: GraphArgs, started: Instant) -> ExitCode {
    if let Err(code) = check_targets(&[], Some(&args.output)) {
        return code;
    }
    stop_on_signals();
    set_threads(&args.common);
    let dicts = match load_dicts(&args.common) {
        Ok(d) => d,
        Err(code) => return code,
    };
    if let Err(message) = args.filter.resolve(&dicts) {
        eprintln!("dipgraph: {message}");
        return ExitCode::from(2);
    }
    let fingerprint = dicts.fingerprint();
    let mut builder = GraphBuilder::new(&dicts);
    let mut clusterer = EventClusterer::default();
    let mut sources: std::collections::BTreeSet<String> = std::collections::BTreeSet::new();
    let mut read = 0u64;
    let with_contacts = args.events.is_empty();
    let stop = || INTERRUPTED.load(Ordering::SeqCst);
    let fail = |message: &str| {
        ENDING.store(true, Ordering::SeqCst);
        eprintln!("dipgraph: {message}");
        eprintln!("dipgraph: nothing written, {:.2} s", started.elapsed().as_secs_f64());
        ExitCode::from(2)
    };
    let interrupted = || {
        ENDING.store(true, Ordering::SeqCst);
        eprintln!("dipgraph: interrupted, nothing written");
        ExitCode::from(130)
    };
    let flow = records::read(&args.records, &fingerprint, &stop, |line| match line {
        records::Line::Record(x, input) => {
            read += 1;
            builder.add(&x);
            if with_contacts {
                clusterer.add(&x);
            }
            if !sources.contains(&input) {
                sources.insert(input);
            }
        }
        records::Line::Contact(k) if with_contacts => {
            let source = k.source();
            clusterer.add_contacts(source, [(k.index, k.contact)]);
        }
        records::Line::Contact(_) => {}
    });
    match flow {
        Err(message) => return fail(&message),
        Ok(ControlFlow::Break(())) => return interrupted(),
        Ok(ControlFlow::Continue(())) => {}
    }
    if read == 0 {
        return fail("no record read");
    }
    let events = if with_contacts {
        clusterer.finish()
    } else {
        match records::read_events(&args.events, &stop) {
            Err(message) => return fail(&message),
            Ok(None) => return interrupted(),
            Ok(Some(keyed)) => match dipgraph::events::join(keyed) {
                Ok(events) => events,
                Err(message) => return fail(&message),
            },
        }
    };
    if let Err(message) = args.filter.check_found(&events, &dicts) {
        return fail(&message);
    }
    let shape = Shape { level: args.level, events_as_nodes: args.events_as_nodes };
    let sources: Vec<String> = sources.into_iter().collect();
    let page = args
        .format
        .contains(&Format::Html)
        .then(|| html::Page::build(&builder, &events, &args.filter, &sources, &dicts, args.level));
    let graph = builder.finish(events, shape, &args.filter, sources);
    let dir = &args.output;
    let staged = export::stage_all(dir, &args.format, &graph, page.as_ref());
    if INTERRUPTED.load(Ordering::SeqCst) {
        return interrupted();
    }
    if let Err(e) = staged.and_then(|files| manifest::commit_run(dir, files, &run_command(&args))) {
        return fail(&format!("cannot write to {}: {}", dir.display(), target::plain(&e)));
    }
    ENDING.store(true, Ordering::SeqCst);
    eprintln!(
        "dipgraph: {read} records read, {} nodes, {} edges, {} events written to {}, {:.2} s",
        graph.graph.node_count(),
        graph.graph.edge_count(),
        graph.events.len(),
        dir.display(),
        started.elapsed().as_secs_f64()
    );
    if args.open {
        open_in_browser(&dir.join("graph.html"));
    }
    ExitCode::SUCCESS
}

/// `cluster FILES`: the contacts of the records (and keyed contact lines) clustered into
/// the events of their sides keys, unnumbered, as JSON Lines.
fn cluster(args: ClusterArgs) -> ExitCode {
    let started = Instant::now();
    if let Err(code) = check_targets(&[args.output.as_ref()], None) {
        return code;
    }
    stop_on_signals();
    set_threads(&args.common);
    let dicts = match load_dicts(&args.common) {
        Ok(d) => d,
        Err(code) => return code,
    };
    let fingerprint = dicts.fingerprint();
    let mut clusterer = EventClusterer::default();
    let stop = || INTERRUPTED.load(Ordering::SeqCst);
    let flow = records::read(&args.records, &fingerprint, &stop, |line| match line {
        records::Line::Record(x, _) => clusterer.add(&x),
        records::Line::Contact(k) => {
            let source = k.source();
            clusterer.add_contacts(source, [(k.index, k.contact)]);
        }
    });
    match flow {
        Err(message) => {
            eprintln!("dipgraph: {message}");
            eprintln!("dipgraph: nothing written");
            return ExitCode::from(2);
        }
        Ok(ControlFlow::Break(())) => {
            eprintln!("dipgraph: interrupted, nothing written");
            return ExitCode::from(130);
        }
        Ok(ControlFlow::Continue(())) => {}
    }
    let events = clusterer.finish_keyed();
    let written = match &args.output {
        Some(path) => write_atomic(path, |w| records::write_events(w, &events)),
        None => {
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            records::write_events(&mut out, &events).and_then(|_| out.flush())
        }
    };
    ENDING.store(true, Ordering::SeqCst);
    match (&args.output, written) {
        (None, Err(e)) => return output_failed(&e),
        (Some(path), Err(e)) => {
            eprintln!("dipgraph: cannot write to {}: {}", path.display(), target::plain(&e));
            return ExitCode::from(2);
        }
        _ => {}
    }
    eprintln!("dipgraph cluster: {} events, {:.2} s", events.len(), started.elapsed().as_secs_f64());
    ExitCode::SUCCESS
}

/// One article of a `pack` shard: the name and post `dipgraph extract -` reads, and the
/// input it was found under (named among a graph's sources).
#[derive(serde::Serialize)]
struct PackedArticle<'a> {
    file: &'a str,
    text: &'a str,
    input: &'a str,
}

/// The file name of shard `n`.
fn shard_name(n: usize, gzip: bool) -> String {
    format!("part-{n:05}.jsonl{}", if gzip { ".gz" } else { "" })
}

/// Writes one shard atomically, gzip-compressed or not.
fn write_shard(path: &std::path::Path, lines: &[u8], gzip: bool) -> std::io::Result<()> {
    write_atomic(path, |w| {
        if gzip {
            let mut z = flate2::write::GzEncoder::new(w, flate2::Compression::default());
            z.write_all(lines)?;
            z.finish().map(drop)
        } else {
            w.write_all(lines)
        }
    })
}

/// `pack PATHS -o DIR`: the articles as JSON Lines shards of `{"file", "text", "input"}`,
/// each decoded by dipgraph's reader (GBK, Big5 … become UTF-8), so that `extract -` over
/// the shards writes the records `extract PATHS` writes.
fn pack(args: PackArgs) -> ExitCode {
    let started = Instant::now();
    if let Err(code) = check_targets(&[args.batch.errors.as_ref()], Some(&args.output)) {
        return code;
    }
    stop_on_signals();
    if let Err(e) = std::fs::create_dir_all(&args.output) {
        eprintln!("dipgraph: cannot write to {}: {}", args.output.display(), target::plain(&e));
        return ExitCode::from(2);
    }
    let inputs = Inputs::new(&args.paths);
    let mut summary = Summary::new(&args.batch, &args.paths);
    let limit = args.shard_mb.max(1) * 1_000_000;
    let (mut shard, mut shards) = (Vec::<u8>::new(), 0usize);
    let flush = |shard: &mut Vec<u8>, shards: &mut usize| -> Result<(), String> {
        let path = args.output.join(shard_name(*shards, args.gzip));
        write_shard(&path, shard, args.gzip)
            .map_err(|e| format!("cannot write to {}: {}", path.display(), target::plain(&e)))?;
        shard.clear();
        *shards += 1;
        Ok(())
    };
    for found in inputs.items() {
        if INTERRUPTED.load(Ordering::SeqCst) {
            return summary.stopped(&format!("{shards} shards written"), started);
        }
        let decoded = found.and_then(|item| {
            let name = item.name();
            batch::guarded(&name, || {
                let bytes = item.bytes()?;
                let text = dipgraph::extract::decode(&bytes).map_err(|e| FileError {
                    path: name.clone(),
                    reason: e.reason(),
                    message: e.to_string(),
                })?;
                let line = serde_json::to_vec(&PackedArticle { file: &name, text: &text, input: item.input() })
                    .map_err(|e| FileError { path: name.clone(), reason: "internal error", message: e.to_string() })?;
                Ok((line, bytes.len() as u64))
            })
        });
        match decoded {
            Ok((line, bytes)) => {
                summary.counted(bytes);
                shard.extend_from_slice(&line);
                shard.push(b'\n');
                if shard.len() as u64 >= limit
                    && let Err(message) = flush(&mut shard, &mut shards)
                {
                    return summary.fail(&message, &format!("{shards} shards written"), started);
                }
            }
            Err(e) => {
                if summary.skip(e).is_break() {
                    return summary.stopped(&format!("{shards} shards written"), started);
                }
            }
        }
    }
    if summary.read == 0 {
        return summary.nothing_read("nothing written", started);
    }
    if !shard.is_empty()
        && let Err(message) = flush(&mut shard, &mut shards)
    {
        return summary.fail(&message, &format!("{shards} shards written"), started);
    }
    // Shards of an earlier run past the last one written would be read with these.
    for n in shards.. {
        let (plain, gz) = (args.output.join(shard_name(n, false)), args.output.join(shard_name(n, true)));
        let (a, b) = (std::fs::remove_file(&plain).is_ok(), std::fs::remove_file(&gz).is_ok());
        if !a && !b {
            break;
        }
    }
    summary.report(&format!("{shards} shards written to {}", args.output.display()), started)
}

/// A `graph` run's formats, shape and filter as flags, for its manifest.
fn run_command(args: &GraphArgs) -> String {
    let mut formats: Vec<&Format> = args.format.iter().collect();
    formats.sort();
    formats.dedup();
    let names: Vec<String> =
        formats.iter().filter_map(|f| f.to_possible_value()).map(|v| v.get_name().to_string()).collect();
    let mut command = format!("--format {} --level {}", names.join(","), args.level.as_str());
    if args.events_as_nodes {
        command.push_str(" --events-as-nodes");
    }
    let filter = args.filter.describe();
    if !filter.is_empty() {
        command.push(' ');
        command.push_str(&filter);
    }
    command
}

/// Reads every article into a graph builder and the events; `None` when the batch was
/// stopped (Ctrl-C, SIGTERM, `--strict`). The graph's sources, [`Inputs::sources`], are
/// complete only once this has read standard input.
fn read_all(pipeline: &Pipeline, inputs: &Inputs, summary: &mut Summary) -> Option<(GraphBuilder, Vec<Event>)> {
    let mut builder = GraphBuilder::new(&pipeline.dicts);
    let mut clusterer = EventClusterer::default();
    let flow = batch::run(pipeline, inputs.items(), &INTERRUPTED, |r| match r {
        Ok(x) => {
            summary.ok(&x);
            builder.add(&x.extraction);
            clusterer.add(&x.extraction);
            ControlFlow::Continue(())
        }
        Err(e) => summary.skip(e),
    });
    (!flow.is_break()).then(|| (builder, clusterer.finish()))
}

fn stats(mut args: StatsArgs) -> ExitCode {
    let started = Instant::now();
    if let Err(code) = check_targets(&[args.batch.errors.as_ref()], None) {
        return code;
    }
    let mut summary = None;
    let (events, names) = match &args.from {
        Some(dir) => {
            let dicts = match load_dicts(&args.common) {
                Ok(d) => d,
                Err(code) => return code,
            };
            if let Err(message) = args.filter.resolve(&dicts) {
                eprintln!("dipgraph: {message}");
                return ExitCode::from(2);
            }
            let loaded = manifest::verify(dir)
                .map_err(anyhow::Error::msg)
                .and_then(|m| stats::load_dir(dir, m.lists("graph.json")));
            let (events, names) = match loaded {
                Ok(loaded) => loaded,
                Err(e) => {
                    eprintln!("dipgraph: cannot read {}: {e:#}", dir.display());
                    return ExitCode::from(2);
                }
            };
            if let Err(message) = args.filter.check_found(&events, &dicts) {
                eprintln!("dipgraph: {message}");
                return ExitCode::from(2);
            }
            (events, names)
        }
        None => {
            let pipeline = match load_filtered(&args.common, &mut args.filter) {
                Ok(p) => p,
                Err(code) => return code,
            };
            stop_on_signals();
            let s = summary.insert(Summary::new(&args.batch, &args.paths));
            let inputs = Inputs::new(&args.paths);
            let Some((builder, events)) = read_all(&pipeline, &inputs, s) else {
                return s.stopped("nothing printed", started);
            };
            if s.read == 0 {
                return s.nothing_read("nothing printed", started);
            }
            if let Err(message) = args.filter.check_found(&events, &pipeline.dicts) {
                return s.fail(&message, "nothing printed", started);
            }
            let graph = builder.finish(events, Shape::default(), &Filter::default(), inputs.sources());
            (graph.events.clone(), stats::labels(&graph))
        }
    };
    let report = stats::compute(&events, &names, &args.filter, args.top);
    let text = if args.json {
        serde_json::to_string_pretty(&report).expect("stats serialise") + "\n"
    } else {
        stats::render(&report)
    };
    let mut out = std::io::stdout().lock();
    if let Err(e) = out.write_all(text.as_bytes()).and_then(|_| out.flush()) {
        if let Some(s) = &summary {
            s.progress.finish();
        }
        return output_failed(&e);
    }
    match summary {
        Some(s) => s.report(&format!("{} events", report.events), started),
        None => ExitCode::SUCCESS,
    }
}

/// `dipgraph dict check [DIR]`: the built-in dictionaries, with DIR's files as `--dict DIR`
/// reads them; exit 1 when a problem is found, 2 when DIR cannot be read.
fn dict_check(dir: Option<PathBuf>) -> ExitCode {
    let builtin = dict::embedded_files();
    let (user, mut problems) = match dir.as_deref().map(dict::read_dictionary_dir).transpose() {
        Ok(read) => read.unwrap_or_default(),
        Err(problems) => {
            for p in problems {
                eprintln!("{p}");
            }
            return ExitCode::from(2);
        }
    };
    problems.extend(dict::check(&builtin, &user));
    problems.sort_by(|a, b| (&a.file, a.line, &a.message).cmp(&(&b.file, b.line, &b.message)));
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    if let Err(e) = problems.iter().try_for_each(|p| writeln!(out, "{p}")).and_then(|_| out.flush()) {
        return output_failed(&e);
    }
    eprintln!("dipgraph dict check: {} files, {} problems", builtin.len() + user.len(), problems.len());
    if problems.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(1) }
}

/// One article as `text` reads it: name, article and clean body; a file plainly not an
/// article is an error that [`FileError::passed_over`] tells.
fn text_of(item: &batch::Item) -> Result<(String, Article, dipgraph::clean::Text), FileError> {
    let name = item.name();
    let fail = |reason: &'static str, e: &dyn std::fmt::Display| FileError {
        path: name.clone(),
        reason,
        message: e.to_string(),
    };
    let bytes = item.bytes()?;
    let decoded = dipgraph::extract::decode(&bytes).map_err(|e| fail(e.reason(), &e))?;
    let article = Article::parse(&decoded).map_err(|e| fail(ExtractError::Read(e.clone()).reason(), &e))?;
    let body = dipgraph::clean::clean(&article.html).map_err(|e| fail("unreadable", &e))?;
    Ok((name, article, body))
}

fn text(paths: &[PathBuf], annotate: bool, common: &Common) -> ExitCode {
    let pipeline = match annotate.then(|| load_pipeline(common)).transpose() {
        Ok(p) => p,
        Err(code) => return code,
    };
    let (mut read_count, mut failed) = (0u64, false);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for found in Inputs::new(paths).items() {
        // Each article is read (and annotated) apart: a panic (a bug) is its error line.
        let read = found.and_then(|item| {
            batch::guarded(&item.name(), || {
                let (name, article, body) = text_of(&item)?;
                Ok(match &pipeline {
                    Some(p) => (name, p.annotate(&article.title), p.annotate(&body.body)),
                    None => (name, article.title, body.body),
                })
            })
        });
        match read {
            Ok((name, title, body)) => {
                read_count += 1;
                if let Err(e) = writeln!(out, "== {name}\n# {title}\n{body}\n") {
                    return output_failed(&e);
                }
            }
            Err(e) if e.passed_over() => {}
            Err(e) => {
                failed = true;
                eprintln!("{e}");
            }
        }
    }
    if let Err(e) = out.flush() {
        return output_failed(&e);
    }
    if read_count == 0 {
        eprintln!("dipgraph: no article read: nothing printed");
        return ExitCode::from(2);
    }
    if failed { ExitCode::from(1) } else { ExitCode::SUCCESS }
}

fn suggest(paths: &[PathBuf], top: usize, common: &Common) -> ExitCode {
    let started = Instant::now();
    let pipeline = match load_pipeline(common) {
        Ok(p) => p,
        Err(code) => return code,
    };
    stop_on_signals();
    let mut summary = Summary::new(&BatchArgs::default(), paths);
    let mut suggestions = dipgraph::suggest::Suggestions::default();
    let flow = batch::run(&pipeline, Inputs::new(paths).items(), &INTERRUPTED, |r| match r {
        Ok(x) => {
            summary.ok(&x);
            suggestions.add(&x.extraction);
            ControlFlow::Continue(())
        }
        Err(e) => summary.skip(e),
    });
    if flow.is_break() {
        return summary.stopped("nothing printed", started);
    }
    if summary.read == 0 {
        return summary.nothing_read("nothing printed", started);
    }
    let ranked = suggestions.ranked();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let written = ranked.iter().take(top).try_for_each(|s| out.write_all(s.to_dictionary_lines().as_bytes()));
    if let Err(e) = written.and_then(|_| out.flush()) {
        summary.progress.finish();
        return output_failed(&e);
    }
    summary.report(&format!("{} candidates, {} listed", ranked.len(), ranked.len().min(top)), started)
}

/// The subcommands, for telling a misspelled one from a path.
const COMMANDS: &[&str] = &["extract", "graph", "cluster", "pack", "stats", "text", "suggest", "dict", "help"];

/// A first argument that is no path that exists and is within two edits of a subcommand
/// (`grpah`, `extrat`, `stat`) is taken for a misspelled subcommand, not for a PATH of the
/// default `graph`: the message names the nearest one.
fn misspelled_command() -> Option<String> {
    let first = std::env::args_os().nth(1)?.into_string().ok()?;
    if first.starts_with('-') || first.contains(['/', '.']) || COMMANDS.contains(&first.as_str()) {
        return None;
    }
    if std::fs::symlink_metadata(&first).is_ok() {
        return None;
    }
    let (distance, nearest) = COMMANDS.iter().map(|c| (strsim::levenshtein(&first, c), *c)).min()?;
    (distance <= 2).then(|| format!("unknown command \"{first}\"; did you mean {nearest}?"))
}

fn main() -> ExitCode {
    if let Some(message) = misspelled_command() {
        eprintln!("dipgraph: {message}");
        return ExitCode::from(2);
    }
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Extract(args)) => extract(args),
        Some(Command::Graph(args)) => graph(args),
        Some(Command::Stats(args)) => stats(args),
        Some(Command::Dict(DictCommand::Check { dir })) => dict_check(dir),
        Some(Command::Cluster(args)) => cluster(args),
        Some(Command::Pack(args)) => pack(args),
        Some(Command::Text { paths, annotate, common }) => text(&paths, annotate, &common),
        Some(Command::Suggest { paths, top, common }) => suggest(&paths, top, &common),
        None => graph(cli.graph),
    }
}
