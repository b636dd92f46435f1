//! The dipgraph command line: argument parsing, the batch summary, exit codes.
//!
//! Exit codes: 0 every file read; 1 some files skipped; 2 usage error or unreadable
//! dictionary.

use clap::{Args, Parser, Subcommand};
use dipgraph::batch::{self, FileError};
use dipgraph::dict::{self, Dictionaries};
use dipgraph::events::{Event, EventClusterer};
use dipgraph::export::{self, Format, write_atomic};
use dipgraph::extract::{Extraction, Pipeline};
use dipgraph::filter::Filter;
use dipgraph::graph::{GraphBuilder, Level, Shape};
use dipgraph::stats;
use std::collections::BTreeMap;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

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
        /// Article files or directories (read recursively).
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
        /// Article files or directories (read recursively).
        #[arg(required = true, value_name = "PATHS")]
        paths: Vec<PathBuf>,
        /// How many candidates to list.
        #[arg(long, default_value_t = 50)]
        top: usize,
        #[command(flatten)]
        common: Common,
    },
    /// Dictionary tools.
    #[command(subcommand)]
    Dict(DictCommand),
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

#[derive(Args)]
struct ExtractArgs {
    /// Article files or directories (read recursively).
    #[arg(required = true, value_name = "PATHS")]
    paths: Vec<PathBuf>,
    /// Output file (default: standard output).
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    #[command(flatten)]
    common: Common,
}

#[derive(Args)]
struct GraphArgs {
    /// Article files or directories (read recursively).
    #[arg(value_name = "PATHS")]
    paths: Vec<PathBuf>,
    /// Output directory for the graph files and events.jsonl.
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
    #[command(flatten)]
    filter: Filter,
    #[command(flatten)]
    common: Common,
}

#[derive(Args)]
struct StatsArgs {
    /// Article files or directories (read recursively).
    #[arg(value_name = "PATHS", required_unless_present = "from", conflicts_with = "from")]
    paths: Vec<PathBuf>,
    /// Output directory of `dipgraph graph` to read back (events.jsonl, graph.json).
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
}

/// Counts for the closing summary line.
#[derive(Default)]
struct Summary {
    read: u64,
    bytes: u64,
    skipped: BTreeMap<&'static str, u64>,
}

impl Summary {
    fn skip(&mut self, e: &FileError) {
        eprintln!("{e}");
        *self.skipped.entry(e.reason).or_insert(0) += 1;
    }

    fn ok(&mut self, x: &Extraction) {
        self.read += 1;
        self.bytes += std::fs::metadata(&x.file).map(|m| m.len()).unwrap_or(0);
    }

    fn report(&self, written: &str, started: Instant) -> ExitCode {
        let skipped: u64 = self.skipped.values().sum();
        let reasons = if skipped == 0 {
            String::new()
        } else {
            format!(" ({})", self.skipped.iter().map(|(r, n)| format!("{r}: {n}")).collect::<Vec<_>>().join(", "))
        };
        eprintln!(
            "dipgraph: {} articles read ({:.1} MB), {skipped} skipped{reasons}, {written}, {:.2} s",
            self.read,
            self.bytes as f64 / 1e6,
            started.elapsed().as_secs_f64()
        );
        if skipped > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS }
    }
}

fn load_pipeline(common: &Common) -> Result<Pipeline, ExitCode> {
    if let Some(n) = common.threads {
        rayon::ThreadPoolBuilder::new().num_threads(n.max(1)).build_global().ok();
    }
    let dicts = match &common.dict {
        Some(dir) => Dictionaries::with_overrides(dir),
        None => Dictionaries::embedded(),
    };
    match dicts {
        Ok(d) => Ok(Pipeline::new(d)),
        Err(problems) => {
            for p in problems {
                eprintln!("{p}");
            }
            eprintln!("dipgraph: the dictionaries could not be loaded");
            Err(ExitCode::from(2))
        }
    }
}

fn extract(args: ExtractArgs) -> ExitCode {
    let started = Instant::now();
    let pipeline = match load_pipeline(&args.common) {
        Ok(p) => p,
        Err(code) => return code,
    };
    let mut summary = Summary::default();
    let mut write_all = |out: &mut dyn Write| -> std::io::Result<()> {
        let mut failure = None;
        batch::run(&pipeline, batch::discover(&args.paths), |r| match r {
            Ok(x) => {
                summary.ok(&x);
                if failure.is_none()
                    && let Err(e) = serde_json::to_writer(&mut *out, &x)
                        .map_err(std::io::Error::from)
                        .and_then(|_| out.write_all(b"\n"))
                {
                    failure = Some(e);
                }
            }
            Err(e) => summary.skip(&e),
        });
        failure.map_or(Ok(()), Err)
    };
    let result = match &args.output {
        Some(path) => write_atomic(path, &mut write_all),
        None => {
            let stdout = std::io::stdout();
            let mut lock = std::io::BufWriter::new(stdout.lock());
            write_all(&mut lock).and_then(|_| lock.flush())
        }
    };
    if let Err(e) = result {
        eprintln!("dipgraph: cannot write output: {e}");
        return ExitCode::from(2);
    }
    let written = match &args.output {
        Some(p) => format!("{} records written to {}", summary.read, p.display()),
        None => format!("{} records written", summary.read),
    };
    summary.report(&written, started)
}

fn graph(args: GraphArgs) -> ExitCode {
    let started = Instant::now();
    if args.paths.is_empty() {
        eprintln!("dipgraph: no input: give article files or directories (see dipgraph --help)");
        return ExitCode::from(2);
    }
    let pipeline = match load_pipeline(&args.common) {
        Ok(p) => p,
        Err(code) => return code,
    };
    let mut summary = Summary::default();
    let (builder, events) = read_all(&pipeline, &args.paths, &mut summary);
    let shape = Shape { level: args.level, events_as_nodes: args.events_as_nodes };
    let graph = builder.finish(events, shape, &args.filter);
    let dir = &args.output;
    if let Err(e) = export::write_all(dir, &args.format, &graph) {
        eprintln!("dipgraph: cannot write to {}: {e}", dir.display());
        return ExitCode::from(2);
    }
    let what = format!(
        "{} nodes, {} edges, {} events written to {}",
        graph.graph.node_count(),
        graph.graph.edge_count(),
        graph.events.len(),
        dir.display()
    );
    summary.report(&what, started)
}

/// Reads every article: the graph builder with its entities, and the clustered events.
fn read_all(pipeline: &Pipeline, paths: &[PathBuf], summary: &mut Summary) -> (GraphBuilder, Vec<Event>) {
    let mut builder = GraphBuilder::new(&pipeline.dicts, paths);
    let mut clusterer = EventClusterer::default();
    batch::run(pipeline, batch::discover(paths), |r| match r {
        Ok(x) => {
            summary.ok(&x);
            builder.add(&x);
            clusterer.add(&x);
        }
        Err(e) => summary.skip(&e),
    });
    (builder, clusterer.finish())
}

fn stats(args: StatsArgs) -> ExitCode {
    let started = Instant::now();
    let mut summary = None;
    let (events, names) = match &args.from {
        Some(dir) => match stats::load_dir(dir) {
            Ok(loaded) => loaded,
            Err(e) => {
                eprintln!("dipgraph: cannot read {}: {e:#}", dir.display());
                return ExitCode::from(2);
            }
        },
        None => {
            let pipeline = match load_pipeline(&args.common) {
                Ok(p) => p,
                Err(code) => return code,
            };
            let s = summary.insert(Summary::default());
            let (builder, events) = read_all(&pipeline, &args.paths, s);
            let graph = builder.finish(events, Shape::default(), &Filter::default());
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
        eprintln!("dipgraph: cannot write the report: {e}");
        return ExitCode::from(2);
    }
    match summary {
        Some(s) => s.report(&format!("{} events", report.events), started),
        None => ExitCode::SUCCESS,
    }
}

fn dict_check(dir: Option<PathBuf>) -> ExitCode {
    let mut files = dict::embedded_files();
    if let Some(dir) = dir {
        match dict::read_dictionary_dir(&dir) {
            Ok(extra) => files.extend(extra),
            Err(problems) => {
                for p in problems {
                    eprintln!("{p}");
                }
                return ExitCode::from(2);
            }
        }
    }
    let problems = dict::check(&files);
    for p in &problems {
        println!("{p}");
    }
    eprintln!("dipgraph dict check: {} files, {} problems", files.len(), problems.len());
    if problems.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(1) }
}

fn text(paths: &[PathBuf], annotate: bool, common: &Common) -> ExitCode {
    let pipeline = match annotate.then(|| load_pipeline(common)).transpose() {
        Ok(p) => p,
        Err(code) => return code,
    };
    let mut failed = false;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for found in batch::discover(paths) {
        let read = found.and_then(|path| {
            let name = path.display().to_string();
            let fail = |e: &dyn std::fmt::Display| FileError {
                path: name.clone(),
                reason: "unreadable",
                message: e.to_string(),
            };
            let bytes = std::fs::read(&path).map_err(|e| fail(&e))?;
            let decoded = dipgraph::extract::decode(&bytes).map_err(|e| fail(&e))?;
            let article = dipgraph::article::Article::parse(&decoded).map_err(|e| fail(&e))?;
            let body = dipgraph::clean::clean(&article.html).map_err(|e| fail(&e))?;
            Ok((name, article, body))
        });
        match read {
            Ok((name, article, body)) => {
                let (title, body) = match &pipeline {
                    Some(p) => (p.annotate(&article.title), p.annotate(&body.body)),
                    None => (article.title, body.body),
                };
                let _ = writeln!(out, "== {name}\n# {title}\n{body}\n");
            }
            Err(e) => {
                failed = true;
                eprintln!("{e}");
            }
        }
    }
    let _ = out.flush();
    if failed { ExitCode::from(1) } else { ExitCode::SUCCESS }
}

fn suggest(paths: &[PathBuf], top: usize, common: &Common) -> ExitCode {
    let started = Instant::now();
    let pipeline = match load_pipeline(common) {
        Ok(p) => p,
        Err(code) => return code,
    };
    let mut summary = Summary::default();
    let mut suggestions = dipgraph::suggest::Suggestions::default();
    batch::run(&pipeline, batch::discover(paths), |r| match r {
        Ok(x) => {
            summary.ok(&x);
            suggestions.add(&x);
        }
        Err(e) => summary.skip(&e),
    });
    let ranked = suggestions.ranked();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for s in ranked.iter().take(top) {
        let _ = out.write_all(s.to_dictionary_lines().as_bytes());
    }
    let _ = out.flush();
    summary.report(&format!("{} candidates, {} listed", ranked.len(), ranked.len().min(top)), started)
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Extract(args)) => extract(args),
        Some(Command::Graph(args)) => graph(args),
        Some(Command::Stats(args)) => stats(args),
        Some(Command::Dict(DictCommand::Check { dir })) => dict_check(dir),
        Some(Command::Text { paths, annotate, common }) => text(&paths, annotate, &common),
        Some(Command::Suggest { paths, top, common }) => suggest(&paths, top, &common),
        None => graph(cli.graph),
    }
}
