//! Criterion benchmarks, one per pipeline stage, over a fixed sample of real articles:
//! every file under `fixtures/corpus` and `fixtures/seeds`. Throughput is the sample's file
//! bytes for every bench (decimal MB/s), so each figure reads as the archive rate that
//! stage alone could keep up with. `pipeline_ready` is the start-up cost: dictionaries,
//! automata and segmenter, up to the end of a first tiny extraction.
//!
//! Run with `cargo bench --bench stages` (see README, Performance).

use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};
use dipgraph::article::Article;
use dipgraph::batch::Inputs;
use dipgraph::clean::{Text, clean};
use dipgraph::dict::Dictionaries;
use dipgraph::events::EventClusterer;
use dipgraph::export::{csv, cytoscape, gexf, graphml, json};
use dipgraph::extract::{Extraction, Pipeline, decode};
use dipgraph::filter::Filter;
use dipgraph::graph::{ContactGraph, GraphBuilder, Shape};
use dipgraph::matcher::Matcher;
use std::hint::black_box;
use std::path::PathBuf;
use std::time::Duration;

/// The allocator of the `dipgraph` binary, so that each stage is timed as the binary runs it.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// The sample: (file name, file bytes) of every fixture article, in walk order.
fn sample() -> Vec<(String, Vec<u8>)> {
    let fixtures = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let inputs = Inputs::new(&[fixtures.join("corpus"), fixtures.join("seeds")]);
    let files: Vec<(String, Vec<u8>)> = inputs
        .items()
        .map(|found| {
            let item = found.expect("fixture listed");
            let bytes = item.bytes().expect("fixture readable").into_owned();
            (item.name(), bytes)
        })
        .collect();
    assert!(files.len() >= 20, "the fixtures are the sample");
    files
}

fn embedded() -> Dictionaries {
    Dictionaries::embedded().expect("built-in dictionaries load")
}

/// The text the matcher reads in `Pipeline::extract_article`: title then body, simplified.
fn matched_text(article: &Article) -> String {
    let body = clean(&article.html).expect("fixture HTML cleans");
    let paragraphs: Vec<&str> = std::iter::once(article.title.as_str()).chain(body.paragraphs()).collect();
    Text::from_paragraphs(&paragraphs).simplified().into_owned().body
}

fn graph_of(pipeline: &Pipeline, extractions: &[Extraction]) -> ContactGraph {
    let mut builder = GraphBuilder::new(&pipeline.dicts);
    let mut clusterer = EventClusterer::default();
    for x in extractions {
        builder.add(x);
        clusterer.add(x);
    }
    builder.finish(clusterer.finish(), Shape::default(), &Filter::default(), Vec::new())
}

fn stages(c: &mut Criterion) {
    let files = sample();
    let sample_bytes: u64 = files.iter().map(|(_, bytes)| bytes.len() as u64).sum();
    let texts: Vec<String> =
        files.iter().map(|(_, bytes)| decode(bytes).expect("fixture decodes").into_owned()).collect();
    let articles: Vec<Article> = texts.iter().map(|t| Article::parse(t).expect("fixture is an article")).collect();
    let pipeline = Pipeline::new(embedded());

    let mut startup = c.benchmark_group("startup");
    startup.sample_size(10).measurement_time(Duration::from_secs(20));
    startup.bench_function("dictionaries_load", |b| b.iter(embedded));
    // The matcher (automaton and segmenter) is built on a thread of its own and waited for at
    // the first extraction, so start-up is timed up to the end of a first, tiny one.
    let first = "<!--1600000000000-->\n[中美会谈](https://www.rfi.fr/cn/x)\n------\n<p>中美会谈。</p>";
    startup.bench_function("pipeline_ready", |b| {
        b.iter(|| Pipeline::new(embedded()).extract("first.md", first.as_bytes()).map(|x| x.contacts.len()))
    });
    startup.finish();

    let mut group = c.benchmark_group("stages");
    group.throughput(Throughput::BytesDecimal(sample_bytes)).measurement_time(Duration::from_secs(5));
    group.bench_function("decode", |b| {
        b.iter(|| files.iter().map(|(_, bytes)| decode(black_box(bytes)).map(|t| t.len())).collect::<Vec<_>>())
    });
    group.bench_function("read", |b| {
        b.iter(|| texts.iter().map(|t| Article::parse(black_box(t)).map(|a| a.html.len())).collect::<Vec<_>>())
    });
    group.bench_function("clean", |b| {
        b.iter(|| articles.iter().map(|a| clean(black_box(&a.html)).map(|t| t.body.len())).collect::<Vec<_>>())
    });
    let matcher = Matcher::new(&pipeline.dicts);
    let simplified: Vec<String> = articles.iter().map(matched_text).collect();
    group.bench_function("match", |b| {
        b.iter(|| simplified.iter().map(|t| matcher.find_all(black_box(t)).mentions.len()).sum::<usize>())
    });
    group.bench_function("extract", |b| {
        b.iter(|| files.iter().map(|(name, bytes)| pipeline.extract(name, black_box(bytes))).collect::<Vec<_>>())
    });
    let extractions: Vec<Extraction> =
        files.iter().map(|(name, bytes)| pipeline.extract(name, bytes).expect("fixture extracts")).collect();
    group.bench_function("graph", |b| b.iter(|| graph_of(&pipeline, black_box(&extractions))));
    let graph = graph_of(&pipeline, &extractions);
    type Writer = fn(&ContactGraph, &mut dyn std::io::Write) -> std::io::Result<()>;
    let formats: [(&str, Writer); 5] = [
        ("export_graphml", graphml::write),
        ("export_gexf", gexf::write),
        ("export_json", json::write),
        ("export_cytoscape", cytoscape::write),
        ("export_csv", |g, out| {
            csv::write_nodes(g, out)?;
            csv::write_edges(g, out)?;
            csv::write_events(&g.events, out)
        }),
    ];
    for (name, write) in formats {
        group.bench_function(name, |b| {
            b.iter_batched_ref(
                || Vec::with_capacity(1 << 20),
                |out: &mut Vec<u8>| write(black_box(&graph), out).expect("writes to memory"),
                BatchSize::SmallInput,
            )
        });
    }
    group.finish();
}

criterion_group!(benches, stages);
criterion_main!(benches);
