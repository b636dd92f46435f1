//! Issue 19: the tool never loses the user's work and tells the user what is wrong. Runs
//! that read nothing, bad output targets, unknown filter values and commands, the run
//! manifest, files that are plainly not articles, write errors and broken pipes, and the
//! directory walk.

mod common;
use common::{Run, fixture, root};
use serde_json::Value;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_dipgraph"))
}

/// Runs dipgraph with `args`, no standard input.
fn run(args: &[&str]) -> Run {
    run_in(None, args)
}

/// Runs dipgraph in the directory `cwd` (or the current one).
fn run_in(cwd: Option<&Path>, args: &[&str]) -> Run {
    let mut command = bin();
    command.args(args).stdin(Stdio::null());
    if let Some(dir) = cwd {
        command.current_dir(dir);
    }
    let out = command.output().expect("dipgraph runs");
    Run {
        code: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// Every file of a directory by name, with its bytes.
fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            (e.file_name().to_string_lossy().into_owned(), fs::read(e.path()).unwrap())
        })
        .collect();
    files.sort();
    files
}

fn names(dir: &Path) -> Vec<String> {
    snapshot(dir).into_iter().map(|(n, _)| n).collect()
}

fn events(dir: &Path) -> Vec<Value> {
    fs::read_to_string(dir.join("events.jsonl")).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

/// A few real articles (the Abe–Trump calls of 2020-08-31 from three outlets).
fn real_articles() -> Vec<PathBuf> {
    [
        "corpus/rfi/jekyll/2020-08-31-安倍与特朗普举行电话会谈.md",
        "corpus/voa/2020-08-31-特朗普与安倍通话 盛赞个人友情及两国盟友关系.md",
        "corpus/reuters/2020-08-31-特朗普与安倍通话 称赞安倍是日本历史上最伟大首相--白宫.md",
    ]
    .iter()
    .map(|p| fixture(p))
    .collect()
}

/// A temporary directory holding copies of `files`.
fn dir_of(files: &[PathBuf]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for f in files {
        fs::copy(f, dir.path().join(f.file_name().unwrap())).unwrap();
    }
    dir
}

fn fixtures() -> String {
    fixture("").display().to_string()
}

// ---- 1. a run that reads no article ----

#[test]
fn graph_of_a_mistyped_path_or_an_empty_directory_keeps_the_previous_graph() {
    let tmp = tempfile::tempdir().unwrap();
    let keep = tmp.path().join("keep");
    let r = run(&["graph", &fixtures(), "-o", s(&keep)]);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    let before = snapshot(&keep);
    let mistyped = fixture("corpus/vao");
    let empty = tmp.path().join("empty");
    fs::create_dir(&empty).unwrap();
    for input in [&mistyped, &empty] {
        // As `dipgraph graph PATH -o DIR` and as the default command.
        for args in [vec!["graph", s(input), "-o", s(&keep)], vec![s(input), "-o", s(&keep)]] {
            let r = run(&args);
            assert_eq!(r.code, Some(2), "{args:?}: {}", r.stderr);
            assert!(r.stderr.contains("no article read: nothing written"), "{}", r.stderr);
            assert_eq!(snapshot(&keep), before, "{args:?} changed the previous graph");
        }
    }
    // A directory of files that cannot be read reads no article either.
    let bad = tmp.path().join("bad");
    fs::create_dir(&bad).unwrap();
    fs::write(bad.join("empty.md"), "").unwrap();
    let r = run(&["graph", s(&bad), "-o", s(&keep), "--errors", s(&tmp.path().join("errors.jsonl"))]);
    assert_eq!(r.code, Some(2), "{}", r.stderr);
    assert!(r.stderr.contains("empty.md: empty file"), "{}", r.stderr);
    assert_eq!(snapshot(&keep), before);
    assert!(!tmp.path().join("errors.jsonl").exists(), "nothing written, not even --errors");
}

#[test]
fn extract_stats_suggest_and_text_that_read_no_article_say_so_and_fail() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("records.jsonl");
    fs::write(&out, "previous records\n").unwrap();
    let mistyped = fixture("corpus/vao");
    let r = run(&["extract", s(&mistyped), "-o", s(&out)]);
    assert_eq!(r.code, Some(2), "{}", r.stderr);
    assert!(r.stderr.contains("no article read"), "{}", r.stderr);
    assert_eq!(fs::read_to_string(&out).unwrap(), "previous records\n");
    for command in ["extract", "stats", "suggest", "text"] {
        let r = run(&[command, s(&mistyped)]);
        assert_eq!(r.code, Some(2), "{command}: {}", r.stderr);
        assert_eq!(r.stdout, "", "{command}");
        let last = r.stderr.lines().last().unwrap_or_default();
        assert!(last.starts_with("dipgraph: ") && last.contains("no article read"), "{command}: {}", r.stderr);
    }
}

// ---- 2. output targets ----

#[cfg(unix)]
#[test]
fn errors_to_dev_null_leave_it_a_device() {
    use std::os::unix::fs::FileTypeExt;
    let tmp = tempfile::tempdir().unwrap();
    let bad = tmp.path().join("bad.md");
    fs::write(&bad, "").unwrap();
    let mut inputs = real_articles();
    inputs.push(bad);
    let mut args = vec!["graph".to_string(), "-o".into(), tmp.path().join("out").display().to_string()];
    args.extend(["--errors".into(), "/dev/null".into()]);
    args.extend(inputs.iter().map(|p| p.display().to_string()));
    let r = run(&args.iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!(r.code, Some(1), "{}", r.stderr);
    assert!(r.stderr.contains("listed in /dev/null"), "{}", r.stderr);
    let dev_null = fs::symlink_metadata("/dev/null").unwrap();
    assert!(dev_null.file_type().is_char_device(), "/dev/null is still a character device");
    let r = run(&["extract", s(&real_articles()[0]), "-o", "/dev/null"]);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert!(fs::symlink_metadata("/dev/null").unwrap().file_type().is_char_device());
}

#[cfg(unix)]
#[test]
fn output_through_a_symlink_replaces_its_target_and_keeps_the_link() {
    let tmp = tempfile::tempdir().unwrap();
    let target = tmp.path().join("records.jsonl");
    fs::write(&target, "old\n").unwrap();
    let link = tmp.path().join("latest.jsonl");
    std::os::unix::fs::symlink("records.jsonl", &link).unwrap();
    let article = &real_articles()[0];
    let r = run(&["extract", s(article), "-o", s(&link)]);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert!(fs::symlink_metadata(&link).unwrap().file_type().is_symlink(), "the link is kept");
    assert_eq!(fs::read_link(&link).unwrap(), Path::new("records.jsonl"));
    let written = fs::read_to_string(&target).unwrap();
    let record: Value = serde_json::from_str(written.lines().next().unwrap()).unwrap();
    assert_eq!(record["file"], s(article));
    assert_eq!(written.lines().count(), 1);
}

#[test]
fn graph_into_an_existing_file_fails_at_once_and_leaves_it() {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("out");
    fs::write(&file, "the user's notes").unwrap();
    let started = Instant::now();
    let r = run(&["graph", &fixtures(), "-o", s(&file)]);
    assert_eq!(r.code, Some(2), "{}", r.stderr);
    assert!(started.elapsed() < Duration::from_secs(5));
    assert_eq!(r.stderr.trim(), format!("dipgraph: cannot write to {}: exists and is not a directory", s(&file)));
    assert_eq!(fs::read_to_string(&file).unwrap(), "the user's notes");
    // A directory given as a file target, and a file in a missing directory, fail alike
    // before any article is read (no summary line).
    let r = run(&["extract", &fixtures(), "-o", s(tmp.path())]);
    assert_eq!(r.code, Some(2), "{}", r.stderr);
    assert!(r.stderr.contains("is a directory") && !r.stderr.contains("articles read"), "{}", r.stderr);
    let missing = tmp.path().join("no/such/dir/errors.jsonl");
    let r = run(&["graph", &fixtures(), "-o", s(&tmp.path().join("g")), "--errors", s(&missing)]);
    assert_eq!(r.code, Some(2), "{}", r.stderr);
    assert!(r.stderr.contains("does not exist") && !r.stderr.contains("articles read"), "{}", r.stderr);
    assert!(!tmp.path().join("g").exists());
}

#[cfg(unix)]
#[test]
fn a_fifo_target_receives_the_output() {
    use std::os::unix::fs::FileTypeExt;
    let tmp = tempfile::tempdir().unwrap();
    let fifo = tmp.path().join("records");
    assert!(Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || fs::read_to_string(fifo).unwrap())
    };
    let articles = real_articles();
    let mut args = vec!["extract", "-o", s(&fifo)];
    args.extend(articles.iter().map(|p| s(p)));
    let r = run(&args);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    let received = reader.join().unwrap();
    let files: Vec<String> = received
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap()["file"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(files, articles.iter().map(|p| s(p).to_string()).collect::<Vec<_>>());
    assert!(fs::symlink_metadata(&fifo).unwrap().file_type().is_fifo(), "still a FIFO");
}

// ---- 3. filters and commands ----

#[test]
fn unknown_filter_values_fail_before_the_run_with_suggestions() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    let cases: &[(&[&str], &str)] = &[
        (&["--person", "trump"], "dipgraph: unknown person \"trump\"; did you mean trump-donald (特朗普)?"),
        (&["--country", "XX"], "dipgraph: unknown country \"XX\" (an ISO code such as US, or a name)"),
        (&["--country", "Jpan"], "did you mean JP (日本)?"),
        (&["--since", "2021-01-01", "--until", "2020-01-01"], "--since 2021-01-01 is after --until 2020-01-01"),
    ];
    let (article, all) = (real_articles()[0].clone(), fixtures());
    for (filter, message) in cases {
        let mut args = vec!["graph", s(&article), "-o", s(&out)];
        args.extend_from_slice(filter);
        let r = run(&args);
        assert_eq!(r.code, Some(2), "{filter:?}: {}", r.stderr);
        assert!(r.stderr.contains(message), "{filter:?}: {}", r.stderr);
        assert!(!r.stderr.contains("articles read"), "checked before the run: {}", r.stderr);
        assert!(!out.exists());
        // stats, from articles and from a graph directory, checks them alike.
        let mut args = vec!["stats", &all];
        args.extend_from_slice(filter);
        let r = run(&args);
        assert_eq!(r.code, Some(2), "stats {filter:?}: {}", r.stderr);
        assert!(r.stderr.contains(message), "stats {filter:?}: {}", r.stderr);
    }
    let graph = tmp.path().join("graph");
    assert_eq!(run(&["graph", &fixtures(), "-o", s(&graph)]).code, Some(0));
    let r = run(&["stats", "--from", s(&graph), "--person", "trump"]);
    assert_eq!(r.code, Some(2), "{}", r.stderr);
    assert!(r.stderr.contains("did you mean trump-donald (特朗普)?"), "{}", r.stderr);
}

#[test]
fn names_and_aliases_stand_for_ids() {
    let tmp = tempfile::tempdir().unwrap();
    let all = fixtures();
    let graph_with = |filter: &[&str]| {
        let out = tmp.path().join(filter.join("_").replace(' ', "-"));
        let mut args = vec!["graph", &all, "-o", s(&out)];
        args.extend_from_slice(filter);
        let r = run(&args);
        assert_eq!(r.code, Some(0), "{filter:?}: {}", r.stderr);
        events(&out)
    };
    let by_id = graph_with(&["--person", "trump-donald"]);
    assert!(!by_id.is_empty());
    assert!(by_id.iter().all(|e| e["people"].as_array().unwrap().iter().any(|p| p == "trump-donald")));
    for name in ["特朗普", "Donald Trump", "donald trump", "川普"] {
        assert_eq!(graph_with(&["--person", name]), by_id, "--person {name}");
    }
    let us = graph_with(&["--country", "US"]);
    assert!(!us.is_empty());
    for name in ["us", "美国", "United States"] {
        assert_eq!(graph_with(&["--country", name]), us, "--country {name}");
    }
    // A person no dictionary holds, by name: known once the articles are read.
    let found = graph_with(&["--person", "贾德纳"]);
    assert!(!found.is_empty());
    assert!(found.iter().all(|e| e["people"].as_array().unwrap().iter().any(|p| p == "zh-贾德纳")));
    let out = tmp.path().join("nobody");
    let r = run(&["graph", &fixtures(), "-o", s(&out), "--person", "贾德讷"]);
    assert_eq!(r.code, Some(2), "{}", r.stderr);
    assert!(r.stderr.contains("unknown person \"zh-贾德讷\""), "{}", r.stderr);
    assert!(r.stderr.contains("did you mean zh-贾德纳 (贾德纳)?"), "{}", r.stderr);
    assert!(!out.exists(), "nothing written");
}

#[test]
fn a_misspelled_command_is_named() {
    for (typo, command) in [("grpah", "graph"), ("extrat", "extract"), ("stat", "stats"), ("sugest", "suggest")] {
        let r = run(&[typo, &fixtures()]);
        assert_eq!(r.code, Some(2), "{typo}: {}", r.stderr);
        assert_eq!(r.stderr.trim(), format!("dipgraph: unknown command \"{typo}\"; did you mean {command}?"));
    }
    // A directory of that name is a PATH.
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("grpah");
    fs::create_dir(&dir).unwrap();
    fs::copy(&real_articles()[0], dir.join("a.md")).unwrap();
    let r = run_in(Some(tmp.path()), &["grpah", "-o", "out"]);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert!(tmp.path().join("out/graph.json").is_file());
}

// ---- 4. a run's files are one set ----

#[test]
fn a_run_removes_the_files_of_the_previous_run_that_it_did_not_write() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    fs::create_dir(&out).unwrap();
    fs::write(out.join("notes.txt"), "the user's own file").unwrap();
    let r = run(&["graph", &fixtures(), "-o", s(&out), "--format", "gexf,json"]);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert_eq!(names(&out), ["dipgraph-run.json", "events.jsonl", "graph.gexf", "graph.json", "notes.txt"]);
    let r = run(&["graph", &fixtures(), "-o", s(&out), "--format", "json", "--type", "phone"]);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert_eq!(names(&out), ["dipgraph-run.json", "events.jsonl", "graph.json", "notes.txt"]);
    let manifest: Value = serde_json::from_slice(&fs::read(out.join("dipgraph-run.json")).unwrap()).unwrap();
    assert_eq!(manifest["command"], "--format json --level person --type phone");
    let listed: Vec<&str> = manifest["files"].as_array().unwrap().iter().map(|f| f["name"].as_str().unwrap()).collect();
    assert_eq!(listed, ["events.jsonl", "graph.json"]);
    assert_eq!(manifest["files"][1]["bytes"].as_u64().unwrap(), fs::metadata(out.join("graph.json")).unwrap().len());
    // stats reads the new set: the phone calls only.
    let r = run(&["stats", "--json", "--from", s(&out)]);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    let report: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(report["events"].as_u64().unwrap() as usize, events(&out).len());
    assert!(events(&out).iter().all(|e| e["type"] == "phone"));
}

#[test]
fn stats_from_refuses_files_that_do_not_match_the_manifest() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    assert_eq!(run(&["graph", &fixtures(), "-o", s(&out)]).code, Some(0));
    assert_eq!(run(&["stats", "--from", s(&out)]).code, Some(0));
    // An edit of the same length.
    let graph = fs::read_to_string(out.join("graph.json")).unwrap();
    fs::write(out.join("graph.json"), graph.replacen("安倍晋三", "安倍晉三", 1)).unwrap();
    let r = run(&["stats", "--from", s(&out)]);
    assert_eq!(r.code, Some(2), "{}", r.stderr);
    assert!(r.stderr.contains("graph.json does not match dipgraph-run.json"), "{}", r.stderr);
    assert_eq!(r.stdout, "");
    // A file replaced by another run's.
    let other = tmp.path().join("other");
    assert_eq!(run(&["graph", s(&real_articles()[0]), "-o", s(&other)]).code, Some(0));
    fs::write(out.join("graph.json"), graph).unwrap();
    assert_eq!(run(&["stats", "--from", s(&out)]).code, Some(0));
    fs::copy(other.join("events.jsonl"), out.join("events.jsonl")).unwrap();
    let r = run(&["stats", "--from", s(&out)]);
    assert_eq!(r.code, Some(2), "{}", r.stderr);
    assert!(r.stderr.contains("events.jsonl does not match"), "{}", r.stderr);
    // No manifest at all.
    fs::remove_file(other.join("dipgraph-run.json")).unwrap();
    let r = run(&["stats", "--from", s(&other)]);
    assert_eq!(r.code, Some(2), "{}", r.stderr);
    assert!(r.stderr.contains("no dipgraph-run.json"), "{}", r.stderr);
}

#[test]
fn stats_from_reads_only_the_files_the_manifest_lists() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    assert_eq!(run(&["graph", &fixtures(), "-o", s(&out), "--format", "graphml"]).code, Some(0));
    // A graph.json the run did not write: its names are not used.
    let fake = r#"{"nodes": [{"id": "abe-shinzo", "label": "FAKE NAME"}], "links": []}"#;
    fs::write(out.join("graph.json"), fake).unwrap();
    let r = run(&["stats", "--from", s(&out)]);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert!(!r.stdout.contains("FAKE NAME") && r.stdout.contains("abe-shinzo"), "{}", r.stdout);
}

// ---- 5. files that are plainly not articles ----

#[test]
fn documents_beside_articles_are_passed_over_and_counted() {
    let dir = dir_of(&real_articles());
    fs::copy(root().join("tests/data/SOURCE.md"), dir.path().join("SOURCE.md")).unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let (errors, out) = (tmp.path().join("errors.jsonl"), tmp.path().join("out"));
    for strict in [false, true] {
        let mut args = vec!["graph", s(dir.path()), "-o", s(&out), "--errors", s(&errors)];
        if strict {
            args.push("--strict");
        }
        let r = run(&args);
        assert_eq!(r.code, Some(0), "strict {strict}: {}", r.stderr);
        assert_eq!(r.stderr.lines().count(), 1, "only the summary line: {}", r.stderr);
        assert!(
            r.stderr
                .starts_with("dipgraph: 3 articles read (0.0 MB), 1 passed over (not articles), 0 skipped listed in"),
            "{}",
            r.stderr
        );
        let listed: Vec<Value> =
            fs::read_to_string(&errors).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
        assert_eq!(listed.len(), 1);
        assert_eq!(listed[0]["path"], s(&dir.path().join("SOURCE.md")));
        assert_eq!(listed[0]["reason"], "not an article");
    }
    // A real article whose header was lost is damaged, not passed over.
    let article = fs::read_to_string(&real_articles()[0]).unwrap();
    let body = &article[article.find("<p>").expect("an HTML body")..];
    fs::write(dir.path().join("headless.md"), body).unwrap();
    let r = run(&["graph", s(dir.path()), "-o", s(&tmp.path().join("out")), "--errors", s(&errors)]);
    assert_eq!(r.code, Some(1), "{}", r.stderr);
    assert!(r.stderr.contains("headless.md: not an archived article"), "{}", r.stderr);
    assert!(r.stderr.contains("1 passed over (not articles), 1 skipped (no header: 1)"), "{}", r.stderr);
    // `text` passes it over too.
    fs::remove_file(dir.path().join("headless.md")).unwrap();
    let r = run(&["text", s(dir.path())]);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert_eq!(r.stdout.matches("\n== ").count() + 1, 3);
}

// ---- 6. write errors and broken pipes ----

/// A dictionary directory with one malformed line, so that `dict check` prints a problem.
fn bad_dictionary() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("people-bad.tsv"), "only-an-id\n").unwrap();
    dir
}

/// Each subcommand that writes to standard output, with arguments that make it write.
fn writers(dict: &Path) -> Vec<Vec<String>> {
    let f = fixtures();
    let d = dict.display().to_string();
    [
        vec!["extract", &f],
        vec!["stats", &f],
        vec!["text", &f],
        vec!["text", "--annotate", &f],
        vec!["suggest", &f],
        vec!["dict", "check", &d],
    ]
    .into_iter()
    .map(|args| args.into_iter().map(str::to_string).collect())
    .collect()
}

#[cfg(target_os = "linux")]
#[test]
fn a_full_disk_is_reported_alike_by_every_subcommand() {
    let dict = bad_dictionary();
    for args in writers(dict.path()) {
        let out =
            bin().args(&args).stdin(Stdio::null()).stdout(fs::File::create("/dev/full").unwrap()).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(stderr.contains("dipgraph: cannot write output: No space left on device\n"), "{args:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
    }
}

#[test]
fn a_closed_pipe_ends_every_subcommand_quietly() {
    let dict = bad_dictionary();
    for args in writers(dict.path()) {
        let mut child =
            bin().args(&args).stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
        // The reader goes away before dipgraph writes anything (as `| head` does).
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {stderr}");
        assert_eq!(stderr, "", "{args:?}: no message");
    }
}

// ---- 7. the directory walk, and README's examples ----

#[test]
fn hidden_directories_are_not_walked_unless_named() {
    let dir = tempfile::tempdir().unwrap();
    let articles = real_articles();
    fs::copy(&articles[0], dir.path().join("a.md")).unwrap();
    fs::create_dir_all(dir.path().join(".git/objects")).unwrap();
    fs::copy(&articles[1], dir.path().join(".git/objects/b.md")).unwrap();
    fs::create_dir(dir.path().join(".drafts")).unwrap();
    fs::copy(&articles[2], dir.path().join(".drafts/c.md")).unwrap();
    let files = |r: &Run| r.records().iter().map(|x| x["file"].as_str().unwrap().to_string()).collect::<Vec<_>>();
    let r = run(&["extract", s(dir.path())]);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert_eq!(files(&r), [s(&dir.path().join("a.md"))]);
    let hidden = dir.path().join(".drafts");
    let r = run(&["extract", s(&hidden)]);
    assert_eq!(files(&r), [s(&hidden.join("c.md"))], "a hidden directory named explicitly is read");
}

#[test]
fn readme_combined_filter_example_gives_a_graph() {
    let readme = fs::read_to_string(root().join("README.md")).unwrap();
    let example = "dipgraph graph fixtures -o out --since 2020-01-01 --until 2020-12-31 --type phone \\\n    \
                   --status held --country US --person abe-shinzo --min-weight 2";
    assert!(readme.contains(example), "README shows the example");
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    let args: Vec<&str> = example.split_whitespace().skip(1).filter(|a| *a != "\\").collect();
    let r = run_in(Some(&root()), &args.iter().map(|a| if *a == "out" { s(&out) } else { a }).collect::<Vec<_>>());
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    let g: Value = serde_json::from_slice(&fs::read(out.join("graph.json")).unwrap()).unwrap();
    let contacts: Vec<&Value> = g["links"].as_array().unwrap().iter().filter(|l| l["kind"] == "contact").collect();
    assert_eq!(contacts.len(), 1, "{contacts:?}");
    assert_eq!(
        (&contacts[0]["source"], &contacts[0]["target"], &contacts[0]["weight"]),
        (&Value::from("abe-shinzo"), &Value::from("trump-donald"), &Value::from(2))
    );
}
