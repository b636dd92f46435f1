//! Helpers shared by the integration tests: run the built binary, read its output.
#![allow(dead_code)]

use serde_json::Value;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn fixture(rel: &str) -> PathBuf {
    root().join("fixtures").join(rel)
}

pub fn dipgraph(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_dipgraph")).args(args).output().expect("dipgraph runs")
}

/// Runs dipgraph with `input` on standard input, written from another thread so that a large
/// input cannot block against the output. dipgraph may stop reading early (`--strict`): a
/// broken pipe is no failure here.
pub fn dipgraph_with_input(args: &[&str], input: Vec<u8>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_dipgraph"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("dipgraph runs");
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&input);
    });
    let out = child.wait_with_output().expect("dipgraph finishes");
    writer.join().unwrap();
    out
}

/// Runs `dipgraph extract` on the given paths and parses the JSON Lines records.
pub fn extract(paths: &[&Path]) -> Vec<Value> {
    let mut args = vec!["extract".to_string()];
    args.extend(paths.iter().map(|p| p.display().to_string()));
    let out = Command::new(env!("CARGO_BIN_EXE_dipgraph")).args(&args).output().expect("dipgraph runs");
    assert!(out.status.success(), "extract failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout)
        .expect("UTF-8 output")
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect()
}

pub fn person<'a>(record: &'a Value, id: &str) -> &'a Value {
    record["people"]
        .as_array()
        .and_then(|people| people.iter().find(|p| p["id"] == id))
        .unwrap_or_else(|| panic!("no person {id} in {}", record["file"]))
}

pub fn country_ids(record: &Value) -> Vec<String> {
    record["countries"].as_array().unwrap().iter().map(|c| c["id"].as_str().unwrap().to_string()).collect()
}

/// The contacts of a record whose people include all of `ids`.
pub fn contacts_between<'a>(record: &'a Value, ids: &[&str]) -> Vec<&'a Value> {
    record["contacts"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| ids.iter().all(|id| c["people"].as_array().unwrap().iter().any(|p| p == id)))
        .collect()
}

/// The shared corpus beside the project, when present.
pub fn shared_corpus() -> Option<PathBuf> {
    let p = root().join("../shared/corpus");
    p.is_dir().then_some(p)
}

/// One finished run of the binary: exit code and what it printed.
pub struct Run {
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    /// The JSON Lines records on stdout.
    pub fn records(&self) -> Vec<Value> {
        self.stdout.lines().map(|l| serde_json::from_str(l).expect("each line is JSON")).collect()
    }

    /// The stderr lines that name a file (all but the summary line).
    pub fn file_errors(&self) -> Vec<&str> {
        self.stderr.lines().filter(|l| !l.starts_with("dipgraph:")).collect()
    }
}
