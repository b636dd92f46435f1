//! `-` reads standard input: a list of paths gives what the same paths on the command line
//! give, byte for byte; JSON Lines articles give the records their files give; a bad line
//! is one `<stdin>:LINE: …` error and the batch goes on; stderr holds no progress bar when
//! it is not a terminal.

mod common;
use common::*;
use serde_json::{Value, json};
use std::path::{Path, PathBuf};

/// Runs dipgraph with `input` on standard input.
fn run_with_stdin(args: &[&str], input: Vec<u8>) -> Run {
    let out = common::dipgraph_with_input(args, input);
    Run {
        code: out.status.code(),
        stdout: String::from_utf8(out.stdout).expect("UTF-8 output"),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn run(args: &[&str]) -> Run {
    run_with_stdin(args, Vec::new())
}

/// Every fixture article, in the order a walk of `fixtures/` gives them.
fn fixture_files() -> Vec<PathBuf> {
    let inputs = dipgraph::batch::Inputs::new(&[fixture("")]);
    let files: Vec<PathBuf> = inputs
        .items()
        .map(|found| match found.expect("fixture listed") {
            dipgraph::batch::Item::File(path, _) => path,
            posted => panic!("not a file: {posted:?}"),
        })
        .collect();
    assert!(files.len() >= 20);
    files
}

fn lines_of(paths: &[PathBuf]) -> Vec<u8> {
    paths.iter().map(|p| format!("{}\n", p.display())).collect::<String>().into_bytes()
}

fn jsonl(lines: &[Value]) -> Vec<u8> {
    lines.iter().map(|l| format!("{l}\n")).collect::<String>().into_bytes()
}

/// Each fixture as a JSON article `{"file", "text"}`.
fn fixtures_as_json() -> Vec<Value> {
    fixture_files()
        .iter()
        // `input` names the file as its own PATH, as the records of the files given one by one do.
        .map(|p| {
            let name = p.display().to_string();
            json!({"file": name, "text": std::fs::read_to_string(p).unwrap(), "input": name})
        })
        .collect()
}

fn files_in(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read(&p).unwrap()))
        .collect();
    files.sort();
    files
}

const ALL_FORMATS: &str = "graphml,gexf,json,cytoscape,csv";

#[test]
fn a_list_of_paths_gives_the_graph_of_the_same_paths_given_as_arguments() {
    // Reversed, so that input order (not name order) is what both follow; a directory
    // line is walked as a directory argument is.
    let mut paths = fixture_files();
    paths.reverse();
    paths.push(fixture("seeds"));
    let (from_args, from_stdin) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let mut args = vec!["graph", "--format", ALL_FORMATS, "-o", from_args.path().to_str().unwrap()];
    let names: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
    args.extend(names.iter().map(String::as_str));
    let r = run(&args);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    let mut input = lines_of(&paths);
    input.splice(0..0, b"\n".iter().copied()); // blank lines are passed over
    let r = run_with_stdin(&["graph", "--format", ALL_FORMATS, "-o", from_stdin.path().to_str().unwrap(), "-"], input);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    let (a, b) = (files_in(from_args.path()), files_in(from_stdin.path()));
    assert_eq!(a.len(), 9, "{:?}", a.iter().map(|f| &f.0).collect::<Vec<_>>());
    for ((name_a, bytes_a), (name_b, bytes_b)) in a.iter().zip(&b) {
        assert_eq!(name_a, name_b);
        assert!(bytes_a == bytes_b, "{name_a} differs between arguments and standard input");
    }
    let graphml = String::from_utf8(b.iter().find(|f| f.0 == "graph.graphml").unwrap().1.clone()).unwrap();
    assert!(graphml.contains(&fixture("seeds").display().to_string()), "the listed paths are the sources");
}

#[test]
fn json_articles_give_the_records_of_their_files() {
    let files = fixture_files();
    let names: Vec<String> = files.iter().map(|p| p.display().to_string()).collect();
    let mut args = vec!["extract"];
    args.extend(names.iter().map(String::as_str));
    let from_files = run(&args);
    assert_eq!(from_files.code, Some(0), "{}", from_files.stderr);
    for threads in ["1", "2"] {
        let from_stdin = run_with_stdin(&["extract", "--threads", threads, "-"], jsonl(&fixtures_as_json()));
        assert_eq!(from_stdin.code, Some(0), "{}", from_stdin.stderr);
        assert_eq!(from_stdin.stdout, from_files.stdout, "records differ with --threads {threads}");
    }
    // The summary counts the same articles and bytes.
    let summary = |r: &Run| r.stderr.lines().last().unwrap().split(", 0 skipped").next().unwrap().to_string();
    let from_stdin = run_with_stdin(&["extract", "-"], jsonl(&fixtures_as_json()));
    assert_eq!(summary(&from_stdin), summary(&from_files));
    let megabytes = files.iter().map(|f| std::fs::metadata(f).unwrap().len()).sum::<u64>() as f64 / 1e6;
    let read = format!("{} articles read ({megabytes:.1} MB)", files.len());
    assert!(summary(&from_files).contains(&read), "{read} in {}", from_files.stderr);
}

#[test]
fn a_json_article_given_by_its_parts_is_read_as_its_file() {
    // The seed is in the layout `<!--epoch-->`, `[title](url)`, `------`, HTML.
    let seed = fixture("seeds/000_06b85f41c462cf99.txt");
    let text = std::fs::read_to_string(&seed).unwrap();
    let html = text.split_once("\n------\n").unwrap().1;
    let record = &extract(&[&seed])[0];
    let parts = json!({
        "file": seed.display().to_string(),
        "title": record["title"],
        "url": record["url"],
        "published": record["published"],
        "html": html,
        "input": seed.display().to_string(),
        "source": "ignored",
    });
    let r = run_with_stdin(&["extract", "-"], jsonl(&[parts]));
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert_eq!(&r.records()[0], record);
}

#[test]
fn a_bad_json_line_is_reported_with_its_line_number_and_the_rest_is_read() {
    let mut lines: Vec<Vec<u8>> = fixtures_as_json().iter().take(3).map(|l| format!("{l}\n").into_bytes()).collect();
    lines.insert(1, b"{\"file\": \"broken.md\", \"text\": \n".to_vec());
    lines.insert(3, b"\n{\"file\": \"nothing.md\"}\n".to_vec());
    let input = lines.concat();
    let tmp = tempfile::tempdir().unwrap();
    let errors = tmp.path().join("errors.jsonl");
    let r = run_with_stdin(&["extract", "--errors", errors.to_str().unwrap(), "-"], input.clone());
    assert_eq!(r.code, Some(1), "{}", r.stderr);
    let stderr: Vec<&str> = r.stderr.lines().collect();
    assert_eq!(stderr.len(), 3, "{}", r.stderr);
    assert!(stderr[0].starts_with("<stdin>:2: not a JSON article: EOF while parsing"), "{}", stderr[0]);
    assert_eq!(stderr[1], "<stdin>:5: no \"text\" (the archived post) or \"html\" (its body)");
    assert!(stderr[2].starts_with("dipgraph: 3 articles read"), "{}", stderr[2]);
    assert!(stderr[2].contains("2 skipped (bad json: 2) listed in"), "{}", stderr[2]);
    assert_eq!(r.records().len(), 3);
    let listed: Vec<Value> =
        std::fs::read_to_string(&errors).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(listed[0]["path"], "<stdin>:2");
    assert_eq!(listed[0]["reason"], "bad json");

    let r = run_with_stdin(&["extract", "--strict", "-"], input);
    assert_eq!(r.code, Some(1), "{}", r.stderr);
    assert_eq!(r.records().len(), 1, "--strict stops at the bad line");
}

#[test]
fn an_article_that_cannot_be_read_is_named_by_its_file() {
    let lines = [json!({"file": "empty.md", "text": ""}), json!({"text": "<!--1-->\n[t](u)\n------\n<p>x</p>"})];
    let r = run_with_stdin(&["extract", "-"], jsonl(&lines));
    assert_eq!(r.code, Some(1), "{}", r.stderr);
    assert!(r.stderr.starts_with("empty.md: empty file\n"), "{}", r.stderr);
    assert_eq!(r.records()[0]["file"], "<stdin>:2", "the line names an article without a name");
}

#[test]
fn many_chunks_of_articles_come_back_in_input_order() {
    let text = std::fs::read_to_string(fixture("seeds/000_06b85f41c462cf99.txt")).unwrap();
    let lines: Vec<Value> = (0..1300)
        .map(|i| match i % 400 {
            399 => json!({"file": format!("{i}"), "text": ""}),
            _ => json!({"file": format!("{i}"), "text": text}),
        })
        .collect();
    let r = run_with_stdin(&["extract", "--threads", "2", "-"], jsonl(&lines));
    assert_eq!(r.code, Some(1), "{}", r.stderr);
    let files: Vec<String> = r.records().iter().map(|x| x["file"].as_str().unwrap().to_string()).collect();
    let expected: Vec<String> = (0..1300).filter(|i| i % 400 != 399).map(|i| i.to_string()).collect();
    assert_eq!(files, expected);
    assert_eq!(r.stderr.lines().filter(|l| l.ends_with(": empty file")).count(), 3);
}

#[test]
fn stderr_that_is_not_a_terminal_gets_no_progress_bar() {
    let tmp = tempfile::tempdir().unwrap();
    let bad = tmp.path().join("empty.md");
    std::fs::write(&bad, "").unwrap();
    let out = tmp.path().join("out");
    let r = run(&["graph", "-o", out.to_str().unwrap(), fixture("corpus").to_str().unwrap(), bad.to_str().unwrap()]);
    assert_eq!(r.code, Some(1), "{}", r.stderr);
    let lines: Vec<&str> = r.stderr.lines().collect();
    assert_eq!(lines.len(), 2, "one error line and the summary: {:?}", r.stderr);
    assert_eq!(lines[0], format!("{}: empty file", bad.display()));
    assert!(lines[1].starts_with("dipgraph: 22 articles read ("), "{}", lines[1]);
    assert!(lines[1].ends_with(" s"), "{}", lines[1]);
    assert!(!r.stderr.contains(['\r', '\x1b']), "no terminal control in {:?}", r.stderr);
}

#[test]
fn empty_standard_input_reads_no_article() {
    let r = run(&["extract", "-"]);
    assert_eq!(r.code, Some(2), "{}", r.stderr);
    assert_eq!(r.stdout, "");
    assert!(r.stderr.starts_with("dipgraph: 0 articles read (0.0 MB), 0 skipped, no article read"), "{}", r.stderr);
}

/// Cells a spreadsheet would run as formulas (the evidence sentence, the URL and the file
/// name come from the input) are written with a `'` before them; a CSV reader gives the
/// text back with that `'`, and the number columns are untouched.
#[test]
fn csv_cells_that_would_be_formulas_start_with_a_quote() {
    let articles = [
        json!({"file": "=1+2.md", "url": "@SUM(1,1)", "published": "2020-08-31T10:55:27Z",
               "html": "<p>-日本首相安倍晋三31日与美国总统特朗普通电话，讨论了朝鲜问题。</p>"}),
        json!({"file": "+cmd.md", "url": "-https://example.com/x", "published": "2020-09-20T10:00:00Z",
               "html": "<p>=安倍晋三20日与特朗普在白宫会谈。</p>"}),
    ];
    let out = tempfile::tempdir().unwrap();
    let r = run_with_stdin(&["graph", "--format", "csv", "-o", out.path().to_str().unwrap(), "-"], jsonl(&articles));
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    let mut events = csv::Reader::from_path(out.path().join("events.csv")).unwrap();
    let header = events.headers().unwrap().clone();
    let column = |name: &str| header.iter().position(|h| h == name).unwrap();
    let rows: Vec<csv::StringRecord> = events.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 2, "{rows:?}");
    let (phone, meeting) = (&rows[0], &rows[1]);
    assert_eq!(&phone[column("type")], "phone");
    assert_eq!(&phone[column("evidence")], "'-日本首相安倍晋三31日与美国总统特朗普通电话，讨论了朝鲜问题。");
    assert_eq!(&phone[column("urls")], "'@SUM(1,1)");
    assert_eq!(&phone[column("files")], "'=1+2.md");
    assert_eq!(&meeting[column("evidence")], "'=安倍晋三20日与特朗普在白宫会谈。");
    assert_eq!(&meeting[column("urls")], "'-https://example.com/x");
    assert_eq!(&meeting[column("files")], "'+cmd.md");
    // Numbers and plain text as they are.
    assert_eq!(&phone[column("num_articles")], "1");
    assert_eq!(&phone[column("people")], "abe-shinzo|trump-donald");
    assert_eq!(&phone[column("date")], "2020-08-31");
    // The same values in events.jsonl, without the quote.
    let jsonl_events: Vec<Value> = std::fs::read_to_string(out.path().join("events.jsonl"))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(jsonl_events[0]["evidence"], "-日本首相安倍晋三31日与美国总统特朗普通电话，讨论了朝鲜问题。");
    assert_eq!(jsonl_events[1]["sources"][0]["file"], "+cmd.md");
    // nodes.csv and edges.csv: no cell of this graph starts a formula, and every number reads back.
    for name in ["nodes.csv", "edges.csv", "events.csv"] {
        let text = std::fs::read_to_string(out.path().join(name)).unwrap();
        let mut reader = csv::Reader::from_reader(text.as_bytes());
        for record in reader.records() {
            for cell in record.unwrap().iter() {
                assert!(!cell.starts_with(['=', '+', '-', '@', '\t', '\r']), "{name}: {cell}");
            }
        }
    }
}
