//! Issue 7: bad input never stops a batch or loses data. Every bad input is generated in a
//! temporary directory at test time; each case checks the one-line `PATH: what is wrong`
//! message, the exit code, and that the good files beside it are still read.

mod common;
use common::Run;
use serde_json::Value;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

/// A well-formed archived post (RFI layout) reporting one phone call.
const GOOD: &str = "<!--1598871327000-->\n[安倍晋三与特朗普通电话](https://www.rfi.fr/cn/x)\n------\n\n\
                    <p>日本首相安倍晋三31日与美国总统特朗普通电话，双方讨论了朝鲜问题。</p>\n";

/// The same call in traditional characters, long enough for encoding detection.
const TRADITIONAL: &str = "<!--1598871327000-->\n[安倍晉三與特朗普通電話](https://www.rfi.fr/tw/x)\n------\n\n\
    <p>日本首相安倍晉三31日與美國總統特朗普通電話，雙方討論了朝鮮問題與兩國關係。</p>\n\
    <p>據日本政府發言人說，兩位領導人在電話中確認了日美同盟的重要性，並同意繼續密切合作。</p>\n";

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_dipgraph"))
}

/// Waits for `child`, killing it and failing the test after `limit` (a hang is a bug).
fn wait_with_limit(child: &mut Child, limit: Duration) -> ExitStatus {
    let started = Instant::now();
    loop {
        if let Some(status) = child.try_wait().expect("wait") {
            return status;
        }
        if started.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            panic!("dipgraph did not finish within {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// Runs dipgraph with a time limit; stdout and stderr go through files so nothing blocks.
fn run(args: &[&str]) -> Run {
    let dir = tempfile::tempdir().unwrap();
    let (out, err) = (dir.path().join("stdout"), dir.path().join("stderr"));
    let mut child = bin()
        .args(args)
        .stdin(Stdio::null())
        .stdout(fs::File::create(&out).unwrap())
        .stderr(fs::File::create(&err).unwrap())
        .spawn()
        .expect("dipgraph runs");
    let status = wait_with_limit(&mut child, Duration::from_secs(60));
    Run {
        code: status.code(),
        stdout: fs::read_to_string(out).unwrap(),
        stderr: String::from_utf8_lossy(&fs::read(err).unwrap()).into_owned(),
    }
}

fn extract_paths(paths: &[&Path]) -> Run {
    let mut args = vec!["extract".to_string()];
    args.extend(paths.iter().map(|p| p.display().to_string()));
    run(&args.iter().map(String::as_str).collect::<Vec<_>>())
}

fn write(dir: &Path, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
    let p = dir.join(name);
    if let Some(parent) = p.parent() {
        fs::create_dir_all(parent).unwrap();
    }
    fs::write(&p, bytes).unwrap();
    p
}

/// Reads a good article plus `bad`: the good one gives its record, `bad` one stderr line
/// `PATH: …` holding `message`, the exit code is 1.
fn assert_skipped(bad: &Path, message: &str) -> Run {
    let tmp = tempfile::tempdir().unwrap();
    let good = write(tmp.path(), "good.md", GOOD);
    let r = extract_paths(&[bad, &good]);
    assert_eq!(r.code, Some(1), "{}", r.stderr);
    let errors = r.file_errors();
    assert_eq!(errors.len(), 1, "one line per bad file: {}", r.stderr);
    assert!(errors[0].starts_with(&format!("{}: ", bad.display())), "{}", r.stderr);
    assert!(errors[0].contains(message), "expected {message:?}: {}", r.stderr);
    assert!(!r.stderr.contains("panicked"), "{}", r.stderr);
    let records = r.records();
    assert_eq!(records.len(), 1, "the good file is still read");
    assert_eq!(records[0]["title"], "安倍晋三与特朗普通电话");
    r
}

/// Reads `file` alone: exit 0 and its one record.
fn assert_read(file: &Path) -> Value {
    let r = extract_paths(&[file]);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert!(r.file_errors().is_empty(), "{}", r.stderr);
    let mut records = r.records();
    assert_eq!(records.len(), 1);
    records.remove(0)
}

fn has_abe_trump_call(record: &Value) -> bool {
    record["contacts"].as_array().unwrap().iter().any(|c| {
        let mut people: Vec<&str> = c["people"].as_array().unwrap().iter().filter_map(|p| p.as_str()).collect();
        people.sort_unstable();
        c["type"] == "phone" && people == ["abe-shinzo", "trump-donald"]
    })
}

fn running_as_root() -> bool {
    use std::os::unix::fs::MetadataExt;
    let tmp = tempfile::NamedTempFile::new().unwrap();
    tmp.as_file().metadata().unwrap().uid() == 0
}

// ---- files that are not articles ----

#[test]
fn empty_file() {
    let tmp = tempfile::tempdir().unwrap();
    assert_skipped(&write(tmp.path(), "empty.md", ""), "empty file");
    assert_skipped(&write(tmp.path(), "blank.md", " \n\r\n\t"), "empty file");
}

#[test]
fn binary_file() {
    let tmp = tempfile::tempdir().unwrap();
    let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    png.extend((0..4096u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8));
    assert_skipped(&write(tmp.path(), "image.md", &png), "not a text file");
    // Control characters without NUL bytes.
    let controls: Vec<u8> = (0..2000u32).map(|i| (i % 31) as u8 + 1).collect();
    assert_skipped(&write(tmp.path(), "controls.txt", controls), "not a text file");
}

#[test]
fn invalid_utf8_is_read_when_mostly_utf8_and_named_when_not() {
    let tmp = tempfile::tempdir().unwrap();
    // A stray byte in the body, and a download cut in the middle of a character.
    let mut stray = GOOD.as_bytes().to_vec();
    let at = GOOD.find("双方").unwrap();
    stray.splice(at..at, [0xFF, 0xFE]);
    let r = assert_read(&write(tmp.path(), "stray.md", &stray));
    assert!(has_abe_trump_call(&r), "{r}");
    let mut cut = GOOD.as_bytes().to_vec();
    cut.truncate(GOOD.find("朝鲜").unwrap() + 1);
    let r = assert_read(&write(tmp.path(), "cut.md", &cut));
    assert_eq!(r["title"], "安倍晋三与特朗普通电话");
    // Bytes that are no text in any encoding dipgraph reads.
    let junk: Vec<u8> = (0..3000u32).map(|i| 0x80 + (i.wrapping_mul(2_654_435_761) >> 7) as u8 % 0x7F).collect();
    assert_skipped(&write(tmp.path(), "junk.md", junk), "");
}

// ---- encodings and line ends ----

#[test]
fn gbk_and_gb18030_articles_are_decoded() {
    let tmp = tempfile::tempdir().unwrap();
    let (gbk, _, lossy) = encoding_rs::GBK.encode(GOOD);
    assert!(!lossy);
    assert!(std::str::from_utf8(&gbk).is_err());
    let r = assert_read(&write(tmp.path(), "gbk.md", &gbk));
    assert_eq!(r["title"], "安倍晋三与特朗普通电话");
    assert!(has_abe_trump_call(&r), "{r}");
    // GB18030 four-byte sequences (characters outside GBK: ǹ, 𠀀, €).
    let text = GOOD.replace("双方讨论了", "双方（ǹ𠀀€）讨论了");
    let (gb18030, _, lossy) = encoding_rs::GB18030.encode(&text);
    assert!(!lossy);
    let r = assert_read(&write(tmp.path(), "gb18030.md", &gb18030));
    assert_eq!(r["title"], "安倍晋三与特朗普通电话");
    assert!(has_abe_trump_call(&r), "{r}");
}

#[test]
fn big5_article_is_decoded() {
    let tmp = tempfile::tempdir().unwrap();
    let (big5, _, lossy) = encoding_rs::BIG5.encode(TRADITIONAL);
    assert!(!lossy);
    let r = assert_read(&write(tmp.path(), "big5.md", &big5));
    assert_eq!(r["title"], "安倍晉三與特朗普通電話");
    assert!(has_abe_trump_call(&r), "{r}");
}

#[test]
fn utf8_bom() {
    let tmp = tempfile::tempdir().unwrap();
    let r = assert_read(&write(tmp.path(), "bom.md", format!("\u{feff}{GOOD}")));
    assert_eq!(r["title"], "安倍晋三与特朗普通电话");
    assert_eq!(r["published"], "2020-08-31T10:55:27Z");
}

#[test]
fn crlf_line_ends_in_header_and_front_matter() {
    let tmp = tempfile::tempdir().unwrap();
    let r = assert_read(&write(tmp.path(), "crlf.md", GOOD.replace('\n', "\r\n")));
    assert_eq!(r["title"], "安倍晋三与特朗普通电话");
    assert_eq!(r["published"], "2020-08-31T10:55:27Z");
    assert!(has_abe_trump_call(&r), "{r}");
    let jekyll = "---\ntitle: 安倍晋三与特朗普通电话\ndate: 2020-08-31 10:55:27\nfrom: https://www.rfi.fr/cn/x\n---\n\n\
                  <p>日本首相安倍晋三31日与美国总统特朗普通电话。</p>\n";
    let r = assert_read(&write(tmp.path(), "crlf-front.md", jekyll.replace('\n', "\r\n")));
    assert_eq!(r["title"], "安倍晋三与特朗普通电话");
    assert_eq!(r["published"], "2020-08-31T10:55:27Z");
    assert_eq!(r["outlet"], "rfi");
}

// ---- broken HTML ----

#[test]
fn truncated_html() {
    let tmp = tempfile::tempdir().unwrap();
    for cut in [
        "<p>日本首相安倍晋三31日与美国总统特朗普通电话。<a hre",
        "<p>日本首相安倍晋三31日与美国总统特朗普通电话。</p><!-- x",
        "<p>日本首相安倍晋三31日与美国总统特朗普通电话。<script>var a = '<p>",
    ] {
        let text = GOOD.replace("<p>日本首相安倍晋三31日与美国总统特朗普通电话，双方讨论了朝鲜问题。</p>\n", cut);
        let r = assert_read(&write(tmp.path(), "truncated.md", text));
        assert!(has_abe_trump_call(&r), "{cut}: {r}");
    }
}

#[test]
fn unclosed_tags() {
    let tmp = tempfile::tempdir().unwrap();
    let body =
        "<div><p><span><b>日本首相安倍晋三31日与美国总统特朗普通电话。<p><i>双方讨论了朝鲜问题。<li><table><tr><td>";
    let r = assert_read(&write(tmp.path(), "unclosed.md", GOOD.replace("</p>\n", &format!("</p>{body}"))));
    assert!(has_abe_trump_call(&r), "{r}");
}

#[test]
fn deeply_nested_tags_are_named_not_a_crash() {
    let tmp = tempfile::tempdir().unwrap();
    let started = Instant::now();
    let nested = format!("{GOOD}{}深{}", "<div>".repeat(100_000), "</div>".repeat(100_000));
    assert_skipped(&write(tmp.path(), "nested.md", nested), "nested more than");
    let unclosed = format!("{GOOD}{}", "<span>".repeat(100_000));
    assert_skipped(&write(tmp.path(), "nested-unclosed.md", unclosed), "nested more than");
    // 100,000 paragraphs whose end tag is left out are not nesting: the article is read.
    let paragraphs = format!("{GOOD}{}", "<p>段落".repeat(100_000));
    assert_read(&write(tmp.path(), "paragraphs.md", paragraphs));
    assert!(started.elapsed() < Duration::from_secs(30), "took {:?}", started.elapsed());
}

// ---- limits ----

#[test]
fn article_of_50_mb_is_over_the_size_limit() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("huge.md");
    {
        use std::io::Write;
        let mut f = std::io::BufWriter::new(fs::File::create(&path).unwrap());
        f.write_all(GOOD.as_bytes()).unwrap();
        let paragraph = "<p>日本首相安倍晋三与美国总统特朗普通电话，双方讨论了朝鲜问题。</p>\n".repeat(100);
        while f.get_ref().metadata().unwrap().len() < 50_000_000 {
            f.write_all(paragraph.as_bytes()).unwrap();
            f.flush().unwrap();
        }
    }
    let started = Instant::now();
    assert_skipped(&path, "over the limit of 16777216 bytes");
    assert!(started.elapsed() < Duration::from_secs(10), "a file over the limit is not read");
}

// ---- article headers ----

#[test]
fn front_matter_never_closed() {
    let tmp = tempfile::tempdir().unwrap();
    let text =
        "---\ntitle: 安倍晋三与特朗普通电话\ndate: 2020-08-31\n\n<p>日本首相安倍晋三与美国总统特朗普通电话。</p>\n";
    assert_skipped(&write(tmp.path(), "open.md", text), "front matter is never closed");
    assert_skipped(&write(tmp.path(), "open-crlf.md", text.replace('\n', "\r\n")), "front matter is never closed");
}

#[test]
fn epoch_comment_that_is_not_a_number() {
    let tmp = tempfile::tempdir().unwrap();
    for comment in ["<!--not a number-->", "<!---->", "<!--99999999999999999999-->", "<!--9223372036854775807-->"] {
        let r = assert_read(&write(tmp.path(), "epoch.md", GOOD.replace("<!--1598871327000-->", comment)));
        assert_eq!(r["title"], "安倍晋三与特朗普通电话", "{comment}");
        assert_eq!(r["published"], Value::Null, "{comment}");
    }
    // The front-matter date is used instead.
    let text = format!("---\ndate: 2020-08-31 10:55:27\n---\n{}", GOOD.replace("<!--1598871327000-->", "<!--x-->"));
    let r = assert_read(&write(tmp.path(), "epoch-front.md", text));
    assert_eq!(r["published"], "2020-08-31T10:55:27Z");
}

#[test]
fn epoch_comments_at_the_limits_of_the_calendar_give_a_record_not_a_panic() {
    let tmp = tempfile::tempdir().unwrap();
    // Relative days and weekdays of the body count from the publication day, in the
    // outlet's time zone (Paris, New York, Singapore).
    let body = "<p>日本首相安倍晋三明天将与美国总统特朗普通电话，下周一两人还将会谈。</p>\n\
                <p>安倍晋三昨天与特朗普在东京会谈，当天两人还通了电话。</p>\n";
    let comments = [
        "9999999999999999",
        "-8640000000000000",
        "9223372036854775807",
        "-9223372036854775808",
        "8210266876799999",
        "-8334601228800000",
        "253402300800000",
        "253402300799999",
        "-62167219200001",
        "-62167219200000",
    ];
    let mut paths = Vec::new();
    for (i, comment) in comments.iter().enumerate() {
        for (j, url) in ["https://www.rfi.fr/cn/x", "https://www.voachinese.com/a/x", "https://www.zaobao.com.sg/x"]
            .iter()
            .enumerate()
        {
            let text = format!("<!--{comment}-->\n[安倍晋三与特朗普通电话]({url})\n------\n\n{body}");
            paths.push(write(tmp.path(), &format!("{i:02}-{j}.md"), text));
        }
    }
    let r = extract_paths(&paths.iter().map(PathBuf::as_path).collect::<Vec<_>>());
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert!(r.file_errors().is_empty() && !r.stderr.contains("panicked"), "{}", r.stderr);
    let records = r.records();
    assert_eq!(records.len(), paths.len());
    // Every time is RFC 3339 (four-digit years) or absent; every day is YYYY-MM-DD.
    let four_digit_year =
        |s: &str| s.len() >= 10 && s.as_bytes()[..4].iter().all(u8::is_ascii_digit) && &s[4..5] == "-";
    let mut timed = 0;
    for record in &records {
        assert_eq!(record["title"], "安倍晋三与特朗普通电话");
        if let Some(published) = record["published"].as_str() {
            assert!(four_digit_year(published) && published.ends_with('Z'), "{published}");
            assert!(chrono::DateTime::parse_from_rfc3339(published).is_ok(), "{published}");
            timed += 1;
        }
        for c in record["contacts"].as_array().unwrap() {
            if let Some(day) = c["date"].as_str() {
                assert!(four_digit_year(day) && day.len() == 10, "{day} in {record}");
            }
        }
    }
    // 253402300799999 is the last millisecond of 9999, -62167219200000 the first of year 0.
    let published = |i: usize| records[i * 3]["published"].clone();
    assert_eq!(published(7), "9999-12-31T23:59:59Z");
    assert_eq!(published(9), "0000-01-01T00:00:00Z");
    assert_eq!(published(6), Value::Null);
    assert_eq!(published(8), Value::Null);
    assert_eq!(timed, 6);
}

#[test]
fn missing_title() {
    let tmp = tempfile::tempdir().unwrap();
    let r = assert_read(&write(
        tmp.path(),
        "untitled.md",
        GOOD.replace("[安倍晋三与特朗普通电话](https://www.rfi.fr/cn/x)\n", ""),
    ));
    assert_eq!(r["title"], "");
    assert!(has_abe_trump_call(&r), "{r}");
    let r = assert_read(&write(tmp.path(), "empty-title.md", GOOD.replace("[安倍晋三与特朗普通电话]", "[]")));
    assert_eq!(r["title"], "");
    assert_eq!(r["url"], "https://www.rfi.fr/cn/x");
    // No header at all: not an article.
    assert_skipped(
        &write(tmp.path(), "no-header.md", "<p>日本首相安倍晋三与美国总统特朗普通电话。</p>"),
        "not an archived article",
    );
}

// ---- directories and paths ----

#[test]
fn directory_of_images_and_other_files() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10";
    write(dir, "a.png", png);
    write(dir, "b.JPG", b"\xff\xd8\xff\xe0\0\x10JFIF\0");
    write(dir, "c.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n");
    write(dir, "d.css", "p { color: red }");
    write(dir, "sub/e.gif", b"GIF89a\x01\0\x01\0\0\0\0;");
    write(dir, ".hidden.md", "\0\0");
    write(dir, "Makefile", "all:\n");
    write(dir, "sub/article.MD", GOOD);
    let r = extract_paths(&[dir]);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert!(r.file_errors().is_empty(), "non-article files are passed over: {}", r.stderr);
    assert_eq!(r.records().len(), 1);
    // Named explicitly, a binary file is read, and reported.
    assert_skipped(&dir.join("a.png"), "not a text file");
}

#[test]
fn unreadable_file() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = tempfile::tempdir().unwrap();
    let locked = write(tmp.path(), "locked.md", GOOD);
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o000)).unwrap();
    if running_as_root() {
        // root reads any file whatever its mode: the permission case cannot be made here.
        // A FIFO (see `fifo_is_not_read`) and /proc/self/mem (a regular file whose read
        // fails with EIO) stand in for a file that cannot be read.
        assert_skipped(Path::new("/proc/self/mem"), "cannot read: Input/output error");
    } else {
        assert_skipped(&locked, "cannot read: permission denied");
        // In a directory too.
        let r = extract_paths(&[tmp.path()]);
        assert_eq!(r.code, Some(1), "{}", r.stderr);
        assert!(r.stderr.contains("locked.md: cannot read: permission denied"), "{}", r.stderr);
    }
}

#[test]
fn fifo_is_not_read() {
    let tmp = tempfile::tempdir().unwrap();
    let fifo = tmp.path().join("pipe.md");
    let made = Command::new("mkfifo").arg(&fifo).status().expect("mkfifo runs");
    assert!(made.success());
    // Nobody ever writes to it: reading it would block for ever.
    assert_skipped(&fifo, "not a regular file");
    // Nothing else to read: the run reads no article, and says so.
    let r = run(&["text", fifo.to_str().unwrap()]);
    assert_eq!(r.code, Some(2), "{}", r.stderr);
    let lines: Vec<&str> = r.stderr.lines().collect();
    assert_eq!(
        lines,
        [format!("{}: not a regular file", fifo.display()).as_str(), "dipgraph: no article read: nothing printed"]
    );
    write(tmp.path(), "good.md", GOOD);
    let r = extract_paths(&[tmp.path()]);
    assert_eq!(r.code, Some(1), "{}", r.stderr);
    assert_eq!(r.records().len(), 1);
}

#[test]
fn symlink_loop() {
    use std::os::unix::fs::symlink;
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("archive");
    write(&dir, "good.md", GOOD);
    symlink(&dir, dir.join("again")).unwrap();
    symlink("self.md", dir.join("self.md")).unwrap();
    let r = extract_paths(&[&dir]);
    assert_eq!(r.code, Some(1), "{}", r.stderr);
    assert_eq!(r.records().len(), 1, "{}", r.stderr);
    let errors = r.file_errors();
    assert_eq!(errors.len(), 2, "{}", r.stderr);
    assert!(errors.iter().any(|e| e.contains("again: symbolic link loop back to")), "{}", r.stderr);
    assert!(errors.iter().any(|e| e.contains("self.md: ") && e.contains("symbolic links")), "{}", r.stderr);
    // Named explicitly.
    assert_skipped(&dir.join("self.md"), "symbolic links");
}

#[test]
fn path_that_does_not_exist() {
    let tmp = tempfile::tempdir().unwrap();
    assert_skipped(&tmp.path().join("missing.md"), "cannot open: no such file or directory");
    assert_skipped(&tmp.path().join("missing-dir/"), "cannot open: no such file or directory");
    let dangling = tmp.path().join("dangling.md");
    std::os::unix::fs::symlink("nowhere.md", &dangling).unwrap();
    assert_skipped(&dangling, "no such file or directory");
}

#[test]
fn a_file_name_with_a_line_end_gives_one_error_line() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("in");
    let bad = write(&dir, "bad\nname\t\u{1b}[2J.md", "");
    write(&dir, "good.md", GOOD);
    let errors = tmp.path().join("errors.jsonl");
    let r = run(&["extract", "--errors", errors.to_str().unwrap(), dir.to_str().unwrap()]);
    assert_eq!(r.code, Some(1), "{}", r.stderr);
    assert_eq!(r.records().len(), 1);
    // Two lines on stderr: the escaped name's, and the summary.
    let shown = format!("{}/bad\\nname\\t\\u{{1b}}[2J.md: empty file", dir.display());
    assert_eq!(r.stderr.lines().collect::<Vec<_>>().len(), 2, "{}", r.stderr);
    assert_eq!(r.file_errors(), [shown.as_str()], "{}", r.stderr);
    // The JSON keeps the name as it is.
    let listed: Value = serde_json::from_str(fs::read_to_string(&errors).unwrap().trim()).unwrap();
    assert_eq!(listed["path"], bad.to_str().unwrap());
    assert!(fs::metadata(listed["path"].as_str().unwrap()).is_ok());
}

#[test]
fn malformed_dictionary_line_names_file_and_line() {
    let tmp = tempfile::tempdir().unwrap();
    let dict = tmp.path().join("dict");
    let people = write(&dict, "people-extra.tsv", "# extra people\nbad-line\tonly two columns\n");
    let article = write(tmp.path(), "good.md", GOOD);
    for cmd in ["extract", "graph"] {
        let out = tmp.path().join("out");
        let r = run(&[cmd, "--dict", dict.to_str().unwrap(), "-o", out.to_str().unwrap(), article.to_str().unwrap()]);
        assert_eq!(r.code, Some(2), "{cmd}: {}", r.stderr);
        assert!(r.stderr.contains(&format!("{}:2: ", people.display())), "{cmd}: {}", r.stderr);
        assert!(!out.exists(), "nothing written");
    }
    let r = run(&["extract", "--dict", tmp.path().join("no-such-dir").to_str().unwrap(), article.to_str().unwrap()]);
    assert_eq!(r.code, Some(2), "{}", r.stderr);
}

// ---- --errors, --strict, the summary ----

/// A directory holding, in name order: a good article, an empty file, a good article, a
/// binary file, a good article.
fn mixed_dir() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    write(tmp.path(), "in/1.md", GOOD);
    write(tmp.path(), "in/2.md", "");
    write(tmp.path(), "in/3.md", GOOD);
    write(tmp.path(), "in/4.md", b"\0\x01\x02");
    write(tmp.path(), "in/5.md", GOOD);
    tmp
}

#[test]
fn errors_file_lists_skipped_files_as_json_lines() {
    let tmp = mixed_dir();
    let input = tmp.path().join("in");
    let errors = tmp.path().join("errors.jsonl");
    for cmd in ["extract", "graph"] {
        let out = tmp.path().join(format!("out-{cmd}"));
        let r = run(&[cmd, "--errors", errors.to_str().unwrap(), "-o", out.to_str().unwrap(), input.to_str().unwrap()]);
        assert_eq!(r.code, Some(1), "{}", r.stderr);
        let lines: Vec<Value> =
            fs::read_to_string(&errors).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[0]["path"], input.join("2.md").display().to_string());
        assert_eq!(lines[0]["reason"], "empty");
        assert_eq!(lines[0]["message"], "empty file");
        assert_eq!(lines[1]["path"], input.join("4.md").display().to_string());
        assert_eq!(lines[1]["reason"], "binary");
        let summary = r.stderr.lines().last().unwrap();
        assert!(summary.contains("3 articles read"), "{summary}");
        assert!(summary.contains("2 skipped (binary: 1, empty: 1) listed in"), "{summary}");
        assert!(summary.contains("written to"), "{summary}");
        assert!(out.exists());
    }
    // No skipped file: an empty list, exit 0.
    let good = tmp.path().join("in/1.md");
    let r = run(&["extract", "--errors", errors.to_str().unwrap(), good.to_str().unwrap()]);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert_eq!(fs::read_to_string(&errors).unwrap(), "");
}

#[test]
fn strict_stops_at_the_first_bad_file_and_writes_nothing() {
    let tmp = mixed_dir();
    let input = tmp.path().join("in");
    let errors = tmp.path().join("errors.jsonl");
    let out = tmp.path().join("out");
    let r = run(&[
        "graph",
        "--strict",
        "--errors",
        errors.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        input.to_str().unwrap(),
    ]);
    assert_eq!(r.code, Some(1), "{}", r.stderr);
    assert_eq!(r.file_errors(), [format!("{}: empty file", input.join("2.md").display())], "{}", r.stderr);
    assert!(r.stderr.contains("stopped at the first skipped file (--strict), nothing written"), "{}", r.stderr);
    assert!(!out.join("graph.graphml").exists() && !out.join("graph.json").exists());
    assert_eq!(fs::read_to_string(&errors).unwrap().lines().count(), 1);
    let file = tmp.path().join("records.jsonl");
    let r = run(&["extract", "--strict", "-o", file.to_str().unwrap(), input.to_str().unwrap()]);
    assert_eq!(r.code, Some(1), "{}", r.stderr);
    assert!(!file.exists());
    // To stdout, the records before the bad file are out already.
    let r = run(&["extract", "--strict", input.to_str().unwrap()]);
    assert_eq!(r.code, Some(1), "{}", r.stderr);
    assert_eq!(r.records().len(), 1);
    assert!(r.stderr.contains("stopped at the first skipped file (--strict), 1 records written"), "{}", r.stderr);
    let r = run(&["extract", "--strict", input.join("1.md").to_str().unwrap()]);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert_eq!(r.records().len(), 1);
}

// ---- stopping: signals ----

/// A directory of `n` good articles (distinct files, a few distinct calls).
fn many_articles(dir: &Path, n: usize) {
    for i in 0..n {
        let day = i % 28 + 1;
        let text = GOOD
            .replace("31日", &format!("{day}日"))
            .replace("1598871327000", &(1598871327000u64 + i as u64 * 86_400_000).to_string());
        write(dir, &format!("{i:05}.md"), text);
    }
}

/// Final names in `dir`: the three outputs, the manifest and, from a killed run,
/// `.dipgraph-*.tmp` only.
fn assert_only_outputs(dir: &Path) {
    for entry in fs::read_dir(dir).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        let ours = ["graph.graphml", "graph.json", "events.jsonl", "dipgraph-run.json"].contains(&name.as_str())
            || (name.starts_with(".dipgraph-") && name.ends_with(".tmp"));
        assert!(ours, "unexpected file {name}");
    }
}

fn has_temp_file(dir: &Path) -> bool {
    fs::read_dir(dir).is_ok_and(|mut d| d.any(|e| e.is_ok_and(|e| e.file_name().to_string_lossy().ends_with(".tmp"))))
}

fn outputs(dir: &Path) -> Vec<Option<Vec<u8>>> {
    ["graph.graphml", "graph.json", "events.jsonl"].iter().map(|f| fs::read(dir.join(f)).ok()).collect()
}

#[test]
fn sigint_and_sigterm_stop_cleanly_without_output() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in");
    many_articles(&input, 2000);
    for (signal, command) in [("-INT", "graph"), ("-TERM", "graph"), ("-INT", "extract")] {
        let out = tmp.path().join(format!("out-{command}{signal}"));
        // `extract -o` writes beside its file: the directory must exist.
        let target = if command == "extract" {
            fs::create_dir_all(&out).unwrap();
            out.join("records.jsonl")
        } else {
            out.clone()
        };
        let mut child = bin()
            .args([command, "--threads", "1", "-o", target.to_str().unwrap(), input.to_str().unwrap()])
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(150));
        let sent = Command::new("kill").arg(signal).arg(child.id().to_string()).status().unwrap();
        assert!(sent.success());
        let status = wait_with_limit(&mut child, Duration::from_secs(30));
        let mut stderr = String::new();
        std::io::Read::read_to_string(child.stderr.as_mut().unwrap(), &mut stderr).unwrap();
        if status.code() == Some(0) {
            eprintln!("{signal}: the run finished before the signal");
            continue;
        }
        assert_eq!(status.code(), Some(130), "{signal}: {stderr}");
        assert!(stderr.contains("interrupted, nothing written"), "{stderr}");
        assert!(!out.exists() || fs::read_dir(&out).unwrap().next().is_none(), "nothing written, no temp file");
    }
}

#[test]
fn sigkill_mid_write_leaves_previous_or_complete_outputs() {
    let tmp = tempfile::tempdir().unwrap();
    let (small, large) = (tmp.path().join("small"), tmp.path().join("large"));
    many_articles(&small, 3);
    many_articles(&large, 400);
    let graph = |input: &Path, out: &Path| {
        bin()
            .args(["graph", "-o", out.to_str().unwrap(), input.to_str().unwrap()])
            .stderr(Stdio::null())
            .spawn()
            .unwrap()
    };
    // The complete outputs of both inputs, and how long the large run takes.
    let reference = tmp.path().join("reference");
    let started = Instant::now();
    assert!(wait_with_limit(&mut graph(&large, &reference), Duration::from_secs(60)).success());
    let took = started.elapsed();
    let new = outputs(&reference);
    let out = tmp.path().join("out");
    assert!(wait_with_limit(&mut graph(&small, &out), Duration::from_secs(60)).success());
    let previous = outputs(&out);
    assert_ne!(previous, new);
    // Kill runs over the previous outputs: a few while articles are read, the others once
    // a temporary output file has appeared (the outputs are being written), after a delay
    // doubling from 0.125 ms to 32 ms (through the writes and the renames).
    let mut kinds = std::collections::BTreeMap::new();
    for i in 0..11u32 {
        let mut child = graph(&large, &out);
        if i < 2 {
            std::thread::sleep(took.mul_f64(f64::from(i) / 2.0));
        } else {
            let started = Instant::now();
            while !has_temp_file(&out) && child.try_wait().unwrap().is_none() && started.elapsed() < took * 4 {
                std::thread::sleep(Duration::from_micros(50));
            }
            std::thread::sleep(Duration::from_micros((1u64 << (i - 2)) * 125));
        }
        child.kill().unwrap();
        let status = child.wait().unwrap();
        let now = outputs(&out);
        for (k, file) in now.iter().enumerate() {
            assert!(
                file == &previous[k] || file == &new[k],
                "output {k} is neither the previous nor the complete new file after kill {i}"
            );
        }
        assert_only_outputs(&out);
        // A temporary file left behind: the kill came while the outputs were written.
        let mid_write = has_temp_file(&out);
        let kind = match (status.success(), mid_write) {
            (true, _) => "finished",
            (false, true) => "killed mid-write",
            (false, false) => "killed",
        };
        *kinds.entry(kind).or_insert(0) += 1;
        for entry in fs::read_dir(&out).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|x| x == "tmp") {
                fs::remove_file(path).unwrap();
            }
        }
    }
    eprintln!("{kinds:?}");
    assert!(kinds.keys().any(|k| k.starts_with("killed")), "{kinds:?}");
}

/// An article whose body is one paragraph of about `bytes` bytes, without a 。: people,
/// contact words, dates and office titles over and over.
fn huge_paragraph(bytes: usize) -> String {
    let phrases =
        ["特朗普与安倍晋三通电话，", "拜登、习近平、默克尔、马克龙会谈，", "国务卿蓬佩奥周四访问日本，", "昨天，"];
    let mut body = String::with_capacity(bytes + 200);
    let mut i = 0;
    while body.len() < bytes {
        body.push_str(phrases[i % phrases.len()]);
        i += 1;
    }
    GOOD.replace("<p>日本首相", &format!("<p>{body}日本首相"))
}

/// Waits until `dir` holds a `.dipgraph-*.tmp` file (the run is under way), failing after
/// a minute.
fn wait_for_temp_file(dir: &Path, child: &mut Child) {
    let started = Instant::now();
    while !has_temp_file(dir) {
        assert!(child.try_wait().unwrap().is_none(), "the run ended before writing");
        assert!(started.elapsed() < Duration::from_secs(60), "no temporary file appeared");
        std::thread::sleep(Duration::from_millis(10));
    }
}

fn signal(child: &Child, signal: &str) {
    assert!(Command::new("kill").arg(signal).arg(child.id().to_string()).status().unwrap().success());
}

#[test]
fn sigterm_ends_a_run_on_a_huge_article_without_output() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in");
    for i in 0..3 {
        write(&input, &format!("{i}.md"), huge_paragraph(10_000_000));
    }
    let out = tmp.path().join("out");
    fs::create_dir_all(&out).unwrap();
    let records = out.join("records.jsonl");
    let mut child = bin()
        .args(["extract", "--threads", "1", "-o", records.to_str().unwrap(), input.to_str().unwrap()])
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // `extract -o` stages its file as it starts; the first article is then in hand.
    wait_for_temp_file(&out, &mut child);
    std::thread::sleep(Duration::from_millis(200));
    signal(&child, "-TERM");
    let status = wait_with_limit(&mut child, Duration::from_secs(30));
    let mut stderr = String::new();
    std::io::Read::read_to_string(child.stderr.as_mut().unwrap(), &mut stderr).unwrap();
    assert_eq!(status.code(), Some(130), "{stderr}");
    assert!(stderr.lines().last().unwrap().contains("interrupted"), "{stderr}");
    assert!(fs::read_dir(&out).unwrap().next().is_none(), "nothing written, no temporary file left");
}

#[test]
fn sigterm_ends_a_run_waiting_on_standard_input() {
    let tmp = tempfile::tempdir().unwrap();
    let good = write(tmp.path(), "good.md", GOOD);
    let out = tmp.path().join("out");
    // One path, then nothing: standard input stays open, the batch waits for more.
    let mut child = bin()
        .args(["graph", "-o", out.to_str().unwrap(), "-"])
        .stdin(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    std::io::Write::write_all(&mut stdin, format!("{}\n", good.display()).as_bytes()).unwrap();
    std::thread::sleep(Duration::from_millis(300));
    signal(&child, "-TERM");
    let status = wait_with_limit(&mut child, Duration::from_secs(30));
    drop(stdin);
    let mut stderr = String::new();
    std::io::Read::read_to_string(child.stderr.as_mut().unwrap(), &mut stderr).unwrap();
    assert_eq!(status.code(), Some(130), "{stderr}");
    assert!(
        stderr.contains("interrupted, the articles in hand were left unfinished, no output file written"),
        "{stderr}"
    );
    assert!(!out.exists() || fs::read_dir(&out).unwrap().next().is_none(), "nothing written");
}

#[test]
fn a_second_ctrl_c_ends_the_run_at_once_and_removes_its_temporary_files() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in");
    for i in 0..3 {
        write(&input, &format!("{i}.md"), huge_paragraph(10_000_000));
    }
    for command in ["extract", "graph"] {
        let out = tmp.path().join(format!("out-{command}"));
        fs::create_dir_all(&out).unwrap();
        let target = if command == "extract" { out.join("records.jsonl") } else { out.clone() };
        let mut child = bin()
            .args([command, "--threads", "1", "-o", target.to_str().unwrap(), input.to_str().unwrap()])
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        if command == "extract" {
            wait_for_temp_file(&out, &mut child);
        }
        std::thread::sleep(Duration::from_millis(200));
        signal(&child, "-INT");
        std::thread::sleep(Duration::from_millis(50));
        signal(&child, "-INT");
        let status = wait_with_limit(&mut child, Duration::from_secs(30));
        let mut stderr = String::new();
        std::io::Read::read_to_string(child.stderr.as_mut().unwrap(), &mut stderr).unwrap();
        assert_eq!(status.code(), Some(130), "{command}: {stderr}");
        assert!(stderr.contains("interrupted again, no output file written"), "{command}: {stderr}");
        assert!(fs::read_dir(&out).unwrap().next().is_none(), "{command}: no file, no temporary file left");
    }
}

#[test]
fn a_paragraph_of_10_mb_without_a_full_stop_is_read() {
    let tmp = tempfile::tempdir().unwrap();
    let r = assert_read(&write(tmp.path(), "huge.md", huge_paragraph(10_000_000)));
    assert!(has_abe_trump_call(&r), "the call of the last sentence is found");
    let contacts = r["contacts"].as_array().unwrap();
    // The repeated phrases are the same few contacts, merged.
    assert!(contacts.len() < 50, "{}", contacts.len());
    assert!(contacts.iter().all(|c| c["evidence"].as_str().unwrap().len() <= 2048));
    // One sentence of 1 MB with no punctuation at all: names, contact words and dates.
    let names = ["特朗普", "安倍晋三", "拜登", "习近平", "默克尔", "马克龙", "蓬佩奥", "王毅"];
    let words = ["会谈", "通电话", "会晤", "访问"];
    let mut sentence = String::new();
    for i in 0.. {
        if sentence.len() > 1_000_000 {
            break;
        }
        let (a, b) = (names[i % names.len()], names[(i * 3 + 1) % names.len()]);
        sentence.push_str(&format!("{a}与{b}8月{}日{}", i % 28 + 1, words[i % words.len()]));
    }
    let text = GOOD.replace("<p>日本首相", &format!("<p>{sentence}日本首相"));
    let r = assert_read(&write(tmp.path(), "run-on.md", text));
    assert!(r["contacts"].as_array().unwrap().len() > 10);
    // A title of 200,000 outlet suffixes, and front matter of 200,000 keys.
    let title = format!("安倍晋三与特朗普通电话{}", " - 要闻".repeat(200_000));
    let r =
        assert_read(&write(tmp.path(), "suffixes.md", GOOD.replace("[安倍晋三与特朗普通电话]", &format!("[{title}]"))));
    assert_eq!(r["title"], "安倍晋三与特朗普通电话");
    let keys: String = (0..200_000).map(|i| format!("key{i}: value\n")).collect();
    let r = assert_read(&write(tmp.path(), "keys.md", format!("---\n{keys}title: 标题\n---\n{GOOD}")));
    assert!(has_abe_trump_call(&r), "{r}");
}
