//! Records read back (issue 23): `graph --records` over `extract`'s records writes the same
//! files, byte for byte, as `graph` over the articles, in every format and shape; records
//! cut into parts, extracted apart and put together in another order (plain, gzip, keyed)
//! give the same files; the distributed reduce (`extract --keyed`, `cluster` per group of
//! sides keys, `graph --records … --events …`) too; `pack` shards give the same records as
//! the files they hold, GBK and odd file names included; records of other dictionaries or
//! of no schema are refused, naming the file.

mod common;

use common::{dipgraph, fixture};
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Output;

const FORMATS: &str = "graphml,gexf,json,cytoscape,csv";

/// Runs dipgraph with `args` and `input` on standard input.
fn run_with_input(args: &[&str], input: &[u8]) -> Output {
    common::dipgraph_with_input(args, input.to_vec())
}

fn ok(out: Output) -> Output {
    assert!(out.status.success(), "dipgraph failed: {}", String::from_utf8_lossy(&out.stderr));
    out
}

/// Every file of the directory `dir`, by name, with its bytes.
fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read(&p).unwrap()))
        .collect()
}

fn assert_same_files(a: &Path, b: &Path) {
    let (fa, fb) = (files(a), files(b));
    assert_eq!(fa.keys().collect::<Vec<_>>(), fb.keys().collect::<Vec<_>>());
    for (name, bytes) in &fa {
        assert!(bytes == &fb[name], "{name} differs between {} and {}", a.display(), b.display());
    }
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// The article files of `fixtures/`, in name order.
fn fixture_files() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = walkdir::WalkDir::new(fixture(""))
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file() && e.path().extension().is_some_and(|x| x == "md"))
        .map(|e| e.into_path())
        .collect();
    files.sort();
    files
}

fn list(files: &[PathBuf]) -> Vec<u8> {
    files.iter().map(|f| format!("{}\n", f.display())).collect::<String>().into_bytes()
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut z = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    z.write_all(bytes).unwrap();
    z.finish().unwrap()
}

/// The shapes and a filter the graph is compared in.
const SHAPES: &[&[&str]] =
    &[&[], &["--level", "country"], &["--events-as-nodes"], &["--since", "2019-01-01", "--country", "US"]];

#[test]
fn graph_from_records_is_the_graph_from_articles_in_every_format_and_shape() {
    let tmp = tempfile::tempdir().unwrap();
    let records = tmp.path().join("records.jsonl");
    ok(dipgraph(&["extract", s(&fixture("")), "-o", s(&records)]));
    let keyed = tmp.path().join("keyed.jsonl.gz");
    let fixtures = fixture("");
    let out = ok(dipgraph(&["extract", "--keyed", s(&fixtures)]));
    std::fs::write(&keyed, gzip(&out.stdout)).unwrap();
    for (n, shape) in SHAPES.iter().enumerate() {
        let articles = tmp.path().join(format!("articles-{n}"));
        let mut args = vec!["graph", s(&fixtures), "--format", FORMATS, "-o", s(&articles)];
        args.extend_from_slice(shape);
        ok(dipgraph(&args));
        for (m, input) in [&records, &keyed].iter().enumerate() {
            let from_records = tmp.path().join(format!("records-{n}-{m}"));
            let mut args = vec!["graph", "--records", s(input), "--format", FORMATS, "-o", s(&from_records)];
            args.extend_from_slice(shape);
            ok(dipgraph(&args));
            assert_same_files(&articles, &from_records);
        }
    }
}

#[test]
fn records_split_shuffled_and_put_together_give_the_same_files() {
    let tmp = tempfile::tempdir().unwrap();
    let mut files = fixture_files();
    let articles = tmp.path().join("articles");
    ok(run_with_input(&["graph", "-", "--format", FORMATS, "-o", s(&articles)], &list(&files)));
    // Another order (a fixed shuffle), cut into three parts extracted apart.
    files.sort_by_key(|f| {
        let name = f.display().to_string();
        name.bytes().fold(7u64, |h, b| h.wrapping_mul(31).wrapping_add(u64::from(b)))
    });
    let parts: Vec<&[PathBuf]> = files.chunks(files.len() / 3 + 1).collect();
    assert_eq!(parts.len(), 3);
    let mut extracted: Vec<Vec<u8>> = Vec::new();
    for (i, part) in parts.iter().enumerate() {
        let keyed = if i == 1 { vec!["extract", "--keyed", "-"] } else { vec!["extract", "-"] };
        extracted.push(ok(run_with_input(&keyed, &list(part))).stdout);
    }
    // Put together in reverse order, one part gzipped, another as its lines reversed.
    let mut joined = Vec::new();
    let mut reversed: Vec<&[u8]> = extracted[0].split(|&b| b == b'\n').collect();
    reversed.reverse();
    joined.extend(reversed.join(&b'\n'));
    joined.push(b'\n');
    joined.extend(&extracted[1]);
    let plain = tmp.path().join("plain.jsonl");
    std::fs::write(&plain, &joined).unwrap();
    let gz = tmp.path().join("last.gz");
    std::fs::write(&gz, gzip(&extracted[2])).unwrap();
    let from_records = tmp.path().join("records");
    ok(dipgraph(&["graph", "--records", s(&gz), s(&plain), "--format", FORMATS, "-o", s(&from_records)]));
    assert_same_files(&articles, &from_records);

    // The distributed reduce: every contact keyed, grouped by key into two groups (as an
    // engine's shuffle would), each group clustered apart, the events joined at the end.
    let keyed: Vec<u8> =
        parts.iter().flat_map(|p| ok(run_with_input(&["extract", "--keyed", "-"], &list(p))).stdout).collect();
    let (mut records, mut groups) = (Vec::new(), [Vec::new(), Vec::new()]);
    for line in keyed.split(|&b| b == b'\n').filter(|l| !l.is_empty()) {
        if line.starts_with(b"{\"key\":") {
            let v: serde_json::Value = serde_json::from_slice(line).unwrap();
            let key = v["key"].as_str().unwrap();
            let group = key.bytes().map(usize::from).sum::<usize>() % 2;
            groups[group].extend_from_slice(line);
            groups[group].push(b'\n');
        } else {
            records.extend_from_slice(line);
            records.push(b'\n');
        }
    }
    assert!(groups.iter().all(|g| !g.is_empty()));
    let records_file = tmp.path().join("nodes.jsonl");
    std::fs::write(&records_file, &records).unwrap();
    let mut event_files = Vec::new();
    for (i, group) in groups.iter().enumerate() {
        let events = ok(run_with_input(&["cluster", "-"], group)).stdout;
        let path = tmp.path().join(format!("events-{i}.jsonl"));
        std::fs::write(&path, events).unwrap();
        event_files.push(path);
    }
    let joined_dir = tmp.path().join("joined");
    ok(dipgraph(&[
        "graph",
        "--records",
        s(&records_file),
        "--events",
        s(&event_files[1]),
        s(&event_files[0]),
        "--format",
        FORMATS,
        "-o",
        s(&joined_dir),
    ]));
    assert_same_files(&articles, &joined_dir);

    // A key cut in two groups is refused: its events would not be one process's.
    let contacts: Vec<&[u8]> = groups[0].split(|&b| b == b'\n').filter(|l| !l.is_empty()).collect();
    let key = |l: &[u8]| serde_json::from_slice::<serde_json::Value>(l).unwrap()["key"].as_str().unwrap().to_string();
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for l in &contacts {
        *counts.entry(key(l)).or_default() += 1;
    }
    let first = counts.iter().max_by_key(|(_, n)| **n).map(|(k, _)| k.clone()).unwrap();
    let (mut one, mut other) = (Vec::new(), Vec::new());
    for (i, l) in contacts.iter().filter(|l| key(l) == first).enumerate() {
        let half = if i == 0 { &mut one } else { &mut other };
        half.extend_from_slice(l);
        half.push(b'\n');
    }
    assert!(!other.is_empty());
    {
        let (a, b) = (tmp.path().join("half-a.jsonl"), tmp.path().join("half-b.jsonl"));
        std::fs::write(&a, ok(run_with_input(&["cluster", "-"], &one)).stdout).unwrap();
        std::fs::write(&b, ok(run_with_input(&["cluster", "-"], &other)).stdout).unwrap();
        let split = tmp.path().join("split");
        let refused = dipgraph(&["graph", "--records", s(&records_file), "--events", s(&a), s(&b), "-o", s(&split)]);
        assert_eq!(refused.status.code(), Some(2));
        assert!(String::from_utf8_lossy(&refused.stderr).contains("clustered in more than one group"));
    }
}

#[test]
fn records_of_other_dictionaries_or_no_schema_are_refused_naming_the_file() {
    let tmp = tempfile::tempdir().unwrap();
    let out = ok(dipgraph(&["extract", s(&fixture("corpus"))]));
    let text = String::from_utf8(out.stdout).unwrap();
    let first = text.lines().next().unwrap();
    let fingerprint = first.split("\"dictionaries\":\"").nth(1).unwrap()[..16].to_string();
    let other = tmp.path().join("other.jsonl");
    std::fs::write(&other, text.replacen(&fingerprint, "0123456789abcdef", 1)).unwrap();
    let refused = dipgraph(&["graph", "--records", s(&other), "-o", s(&tmp.path().join("out"))]);
    assert_eq!(refused.status.code(), Some(2));
    let message = String::from_utf8_lossy(&refused.stderr);
    assert!(message.contains(&format!("{}:1: a record made with other dictionaries", other.display())), "{message}");
    assert!(!tmp.path().join("out").exists());

    let old = tmp.path().join("old.jsonl");
    std::fs::write(&old, text.replacen("\"record_schema\":1,", "", 1)).unwrap();
    let refused = dipgraph(&["cluster", s(&old)]);
    assert_eq!(refused.status.code(), Some(2));
    let message = String::from_utf8_lossy(&refused.stderr);
    assert!(message.contains(&format!("{}:1: not a record of this dipgraph's `extract`", old.display())), "{message}");

    // Records made with a user's dictionaries are read with them, and only with them.
    let dict = tmp.path().join("dict");
    std::fs::create_dir(&dict).unwrap();
    std::fs::write(dict.join("people.tsv"), "zhang-san\t张三丰\tZhang Sanfeng\t-\tCN 外交部长 2010..\n").unwrap();
    let with = tmp.path().join("with.jsonl");
    ok(dipgraph(&["extract", "--dict", s(&dict), s(&fixture("corpus")), "-o", s(&with)]));
    let refused = dipgraph(&["graph", "--records", s(&with), "-o", s(&tmp.path().join("out"))]);
    assert_eq!(refused.status.code(), Some(2));
    ok(dipgraph(&["graph", "--dict", s(&dict), "--records", s(&with), "-o", s(&tmp.path().join("out"))]));
}

#[test]
fn pack_shards_give_the_records_of_the_files_gbk_and_odd_names_included() {
    let tmp = tempfile::tempdir().unwrap();
    let archive = tmp.path().join("archive");
    std::fs::create_dir_all(archive.join("a:b")).unwrap();
    let source = fixture_files().into_iter().find(|f| f.display().to_string().contains("rfi")).unwrap();
    let text = std::fs::read_to_string(&source).unwrap();
    let (gbk, _, bad) = encoding_rs::GBK.encode(&text);
    assert!(!bad);
    std::fs::write(archive.join("a:b/what?.md"), &gbk).unwrap();
    let (big5, _, _) = encoding_rs::BIG5.encode(&text);
    std::fs::write(archive.join("big5 file.md"), &big5).unwrap();
    std::fs::write(archive.join("plain.md"), &text).unwrap();
    std::fs::write(archive.join("broken.md"), [0u8, 1, 2, 3]).unwrap();
    let shards = tmp.path().join("shards");
    // The binary file is skipped and reported: exit 1, or 0 with --allow-skipped.
    let strict = dipgraph(&["pack", s(&archive), "-o", s(&shards), "--gzip"]);
    assert_eq!(strict.status.code(), Some(1), "{}", String::from_utf8_lossy(&strict.stderr));
    let packed = ok(dipgraph(&["pack", s(&archive), "-o", s(&shards), "--gzip", "--allow-skipped"]));
    assert!(String::from_utf8_lossy(&packed.stderr).contains("broken.md"));
    let shard = std::fs::read(shards.join("part-00000.jsonl.gz")).unwrap();
    let from_shards = ok(run_with_input(&["extract", "-", "--allow-skipped"], &{
        let mut plain = Vec::new();
        std::io::Read::read_to_end(&mut flate2::read::GzDecoder::new(&shard[..]), &mut plain).unwrap();
        plain
    }))
    .stdout;
    let from_files = dipgraph(&["extract", s(&archive)]);
    assert_eq!(from_files.status.code(), Some(1));
    assert_eq!(String::from_utf8(from_shards).unwrap(), String::from_utf8(from_files.stdout).unwrap());
    // And the graph from the shards is the graph from the archive (its source named alike).
    let (a, b) = (tmp.path().join("a"), tmp.path().join("b"));
    let _ = dipgraph(&["graph", s(&archive), "--format", FORMATS, "-o", s(&a)]);
    let mut plain = Vec::new();
    std::io::Read::read_to_end(&mut flate2::read::GzDecoder::new(&shard[..]), &mut plain).unwrap();
    ok(run_with_input(&["graph", "-", "--format", FORMATS, "-o", s(&b)], &plain));
    assert_same_files(&a, &b);
}

#[test]
fn a_person_written_two_ways_is_labelled_alike_in_any_order() {
    let tmp = tempfile::tempdir().unwrap();
    let out = ok(dipgraph(&["extract", s(&fixture("corpus"))]));
    let text = String::from_utf8(out.stdout).unwrap();
    let (line, id) = text
        .lines()
        .find_map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            let people = v["people"].as_array().unwrap();
            people.iter().find(|p| p["known"] == false).map(|p| (l.to_string(), p["id"].as_str().unwrap().to_string()))
        })
        .expect("a person found by title");
    let mut copy: serde_json::Value = serde_json::from_str(&line).unwrap();
    copy["file"] = format!("{}-again", copy["file"].as_str().unwrap()).into();
    for p in copy["people"].as_array_mut().unwrap() {
        if p["id"] == id.as_str() {
            p["name"] = "另一写法".into();
        }
    }
    let copy = serde_json::to_string(&copy).unwrap();
    let mut labels = Vec::new();
    for (n, order) in [[&line, &copy], [&copy, &line]].iter().enumerate() {
        let records = tmp.path().join(format!("records-{n}.jsonl"));
        std::fs::write(&records, format!("{}\n{}\n", order[0], order[1])).unwrap();
        let dir = tmp.path().join(format!("graph-{n}"));
        ok(dipgraph(&["graph", "--records", s(&records), "--format", "csv", "-o", s(&dir)]));
        let nodes = std::fs::read_to_string(dir.join("nodes.csv")).unwrap();
        labels.push(nodes.lines().find(|l| l.starts_with(&format!("{id},"))).unwrap().to_string());
    }
    assert_eq!(labels[0], labels[1]);
    assert!(labels[0].contains("另一写法"), "the later article's name: {}", labels[0]);
}
