//! Standard input as a source of articles (`dipgraph graph -`): a list of paths, or JSON
//! Lines of articles, told apart by the first non-blank line (`{` starts JSON Lines).
//!
//! A list of paths holds one path a line, each read as if it were named on the command line
//! (a directory is walked). A JSON line is one article, in one of two shapes:
//! `{"file": NAME, "text": POST}` with the whole archived post as it would be in a file, or
//! `{"file": NAME, "title", "url", "published", "html"}` with its parts (`published` in RFC
//! 3339; every field but `html` may be left out). `file` is the name used in records and
//! messages (default `<stdin>:LINE`); other fields are ignored. A line that is not such an
//! article is a [`FileError`] naming `<stdin>:LINE`, and the batch goes on. Input is read a
//! line at a time, never held whole, and no line may exceed [`MAX_LINE_BYTES`].

use crate::batch::{FileError, Found, Item, MAX_FILE_BYTES, io_message, walk};
use serde::Deserialize;
use std::collections::HashMap;
use std::io::BufRead;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

/// The longest line read from standard input: room for the largest article with every
/// character escaped in JSON.
pub const MAX_LINE_BYTES: usize = 4 * MAX_FILE_BYTES as usize;

/// How standard input is read, decided by its first non-blank line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Form {
    Paths,
    JsonLines,
}

/// The articles named or posted on standard input (or any reader), lazily, in order.
pub struct StdinItems<R> {
    reader: R,
    line_number: u64,
    form: Option<Form>,
    /// What the input named, for the sources of a graph: each path, or each `input` of the
    /// JSON articles (`<stdin>` for those without one), once.
    named: Arc<Mutex<Vec<String>>>,
    /// The inputs of JSON articles named so far.
    inputs_named: HashMap<String, Arc<str>>,
    /// The walk of a directory listed on the line before.
    walking: Option<Box<dyn Iterator<Item = Found> + Send>>,
    ended: bool,
}

/// One line read: its bytes without the line end, or its length when over the limit.
type Line = Result<Vec<u8>, usize>;

impl<R: BufRead> StdinItems<R> {
    pub fn new(reader: R, named: Arc<Mutex<Vec<String>>>) -> StdinItems<R> {
        StdinItems {
            reader,
            line_number: 0,
            form: None,
            named,
            inputs_named: HashMap::new(),
            walking: None,
            ended: false,
        }
    }

    /// The next line, or `None` at the end of the input; reads at most [`MAX_LINE_BYTES`]
    /// of it into memory.
    fn next_line(&mut self) -> std::io::Result<Option<Line>> {
        let mut line = Vec::new();
        let mut length = 0;
        let mut anything = false;
        loop {
            let buffer = match self.reader.fill_buf() {
                Ok(b) => b,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            if buffer.is_empty() {
                break;
            }
            anything = true;
            let newline = buffer.iter().position(|&b| b == b'\n');
            let part = &buffer[..newline.unwrap_or(buffer.len())];
            length += part.len();
            if length <= MAX_LINE_BYTES {
                line.extend_from_slice(part);
            } else {
                line = Vec::new();
            }
            let used = part.len() + usize::from(newline.is_some());
            self.reader.consume(used);
            if newline.is_some() {
                break;
            }
        }
        if !anything {
            return Ok(None);
        }
        if length > MAX_LINE_BYTES {
            return Ok(Some(Err(length)));
        }
        if line.last() == Some(&b'\r') {
            line.pop();
        }
        Ok(Some(Ok(line)))
    }

    fn name(&mut self, what: String) {
        self.named.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).push(what);
    }

    /// The shared name of a JSON article's input, named as a source the first time.
    fn input(&mut self, input: String) -> Arc<str> {
        if let Some(known) = self.inputs_named.get(&input) {
            return Arc::clone(known);
        }
        self.name(input.clone());
        let shared: Arc<str> = Arc::from(input.as_str());
        self.inputs_named.insert(input, Arc::clone(&shared));
        shared
    }

    fn here(&self) -> String {
        format!("<stdin>:{}", self.line_number)
    }
}

impl<R: BufRead> Iterator for StdinItems<R> {
    type Item = Found;

    fn next(&mut self) -> Option<Found> {
        loop {
            if let Some(walking) = &mut self.walking {
                match walking.next() {
                    Some(found) => return Some(found),
                    None => self.walking = None,
                }
            }
            if self.ended {
                return None;
            }
            let line = match self.next_line() {
                Ok(Some(line)) => line,
                Ok(None) => {
                    self.ended = true;
                    return None;
                }
                Err(e) => {
                    self.ended = true;
                    return Some(Err(FileError {
                        path: "<stdin>".into(),
                        reason: "unreadable",
                        message: format!("cannot read: {}", io_message(&e)),
                    }));
                }
            };
            self.line_number += 1;
            let line = match line {
                Ok(line) => line,
                Err(length) => {
                    return Some(Err(FileError {
                        path: self.here(),
                        reason: "too large",
                        message: format!("line is {length} bytes, over the limit of {MAX_LINE_BYTES} bytes"),
                    }));
                }
            };
            if line.trim_ascii().is_empty() {
                continue;
            }
            let form = match self.form {
                Some(form) => form,
                None => {
                    let form = if line.trim_ascii_start().starts_with(b"{") { Form::JsonLines } else { Form::Paths };
                    *self.form.insert(form)
                }
            };
            match form {
                Form::Paths => {
                    let path = path_from_bytes(line);
                    self.name(path.display().to_string());
                    self.walking = Some(walk(path));
                }
                Form::JsonLines => {
                    let here = self.here();
                    let (found, input) = posted(&line, here);
                    let input = self.input(input.unwrap_or_else(|| STDIN.to_string()));
                    return Some(found.map(|(name, text)| Item::Posted { name, text, input }));
                }
            }
        }
    }
}

#[cfg(unix)]
fn path_from_bytes(bytes: Vec<u8>) -> PathBuf {
    use std::os::unix::ffi::OsStringExt;
    PathBuf::from(std::ffi::OsString::from_vec(bytes))
}

#[cfg(not(unix))]
fn path_from_bytes(bytes: Vec<u8>) -> PathBuf {
    PathBuf::from(String::from_utf8_lossy(&bytes).into_owned())
}

/// One JSON line of standard input (see the module documentation).
#[derive(Debug, Deserialize)]
struct PostedArticle {
    file: Option<String>,
    text: Option<String>,
    title: Option<String>,
    url: Option<String>,
    published: Option<String>,
    html: Option<String>,
    /// The input (archive) the article stands for in a graph's sources.
    input: Option<String>,
}

/// The source named for JSON articles without an `input`.
const STDIN: &str = "<stdin>";

/// Reads one JSON line as an article (its name and post) and the input it names; `here`
/// is `<stdin>:LINE`.
fn posted(line: &[u8], here: String) -> (Result<(String, String), FileError>, Option<String>) {
    match serde_json::from_slice::<PostedArticle>(line) {
        Ok(mut article) => {
            let input = article.input.take();
            (posted_article(article, here), input)
        }
        Err(e) => {
            (Err(FileError { path: here, reason: "bad json", message: format!("not a JSON article: {e}") }), None)
        }
    }
}

/// One JSON article's name and post.
fn posted_article(article: PostedArticle, here: String) -> Result<(String, String), FileError> {
    let fail = |path: String, reason: &'static str, message: String| FileError { path, reason, message };
    let text = match (article.text, article.html) {
        (Some(text), None) => text,
        (None, Some(html)) => post_from_parts(article.title, article.url, article.published, &html)
            .map_err(|problem| fail(here.clone(), "bad json", problem))?,
        (Some(_), Some(_)) => {
            return Err(fail(here, "bad json", "give \"text\" or \"html\", not both".into()));
        }
        (None, None) => {
            return Err(fail(here, "bad json", "no \"text\" (the archived post) or \"html\" (its body)".into()));
        }
    };
    let name = article.file.unwrap_or(here);
    if text.len() as u64 > MAX_FILE_BYTES {
        let message = format!("article is {} bytes, over the limit of {MAX_FILE_BYTES} bytes", text.len());
        return Err(fail(name, "too large", message));
    }
    Ok((name, text))
}

/// The archived post an article given by its parts would be in a file, so that it is read
/// by the same rules: `<!--epoch-ms-->`, `[title](url)`, `------`, then the HTML.
fn post_from_parts(
    title: Option<String>,
    url: Option<String>,
    published: Option<String>,
    html: &str,
) -> Result<String, String> {
    let mut post = String::with_capacity(html.len() + 200);
    if let Some(published) = published {
        let time = chrono::DateTime::parse_from_rfc3339(published.trim())
            .map_err(|e| format!("\"published\" is not an RFC 3339 time ({published}): {e}"))?;
        post.push_str(&format!("<!--{}-->\n", time.timestamp_millis()));
    }
    // The title link is one line: white space is folded, as it is in any title.
    let title = title.unwrap_or_default().split_whitespace().collect::<Vec<_>>().join(" ");
    let url = url.unwrap_or_default();
    if url.contains(char::is_whitespace) || url.contains("](") {
        return Err(format!("\"url\" cannot hold white space or `](`: {url}"));
    }
    post.push_str(&format!("[{title}]({url})\n------\n"));
    post.push_str(html);
    Ok(post)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items(input: &str) -> (Vec<Found>, Vec<String>) {
        let named = Arc::default();
        let found = StdinItems::new(std::io::Cursor::new(input.as_bytes().to_vec()), Arc::clone(&named)).collect();
        let named = named.lock().unwrap().clone();
        (found, named)
    }

    #[test]
    fn a_list_of_paths_names_files_and_skips_blank_lines() {
        let (found, named) = items("\n/no/such/a.md\r\n\n/no/such/b.md\n");
        let paths: Vec<String> = found.iter().map(|f| f.as_ref().unwrap_err().path.clone()).collect();
        assert_eq!(paths, ["/no/such/a.md", "/no/such/b.md"]);
        assert_eq!(named, ["/no/such/a.md", "/no/such/b.md"]);
    }

    #[test]
    fn json_lines_are_articles_and_a_bad_line_names_its_number() {
        let (found, named) =
            items("\n{\"file\": \"a.md\", \"text\": \"x\"}\n{\"file\": 3}\n{\"html\": \"<p>y</p>\"}\n");
        assert_eq!(found[0], Ok(Item::Posted { name: "a.md".into(), text: "x".into(), input: STDIN.into() }));
        let bad = found[1].as_ref().unwrap_err();
        assert_eq!((bad.path.as_str(), bad.reason), ("<stdin>:3", "bad json"));
        assert!(bad.message.starts_with("not a JSON article: invalid type"), "{}", bad.message);
        assert_eq!(
            found[2],
            Ok(Item::Posted { name: "<stdin>:4".into(), text: "[]()\n------\n<p>y</p>".into(), input: STDIN.into() })
        );
        assert_eq!(named, ["<stdin>"]);
    }

    #[test]
    fn parts_become_the_post_a_file_would_hold() {
        let post = post_from_parts(
            Some("安倍\n与特朗普通电话".into()),
            Some("https://www.rfi.fr/cn/x".into()),
            Some("2020-08-31T10:55:27Z".into()),
            "<p>正文</p>",
        );
        assert_eq!(
            post.unwrap(),
            "<!--1598871327000-->\n[安倍 与特朗普通电话](https://www.rfi.fr/cn/x)\n------\n<p>正文</p>"
        );
        assert!(post_from_parts(None, None, Some("yesterday".into()), "").unwrap_err().contains("RFC 3339"));
        assert!(post_from_parts(None, Some("a b".into()), None, "").is_err());
    }

    #[test]
    fn a_line_over_the_limit_is_an_error_and_the_input_goes_on() {
        let mut input = vec![b'{'; MAX_LINE_BYTES + 1];
        input.extend_from_slice(b"\n{\"text\": \"x\"}\n");
        let found: Vec<Found> = StdinItems::new(std::io::Cursor::new(input), Arc::default()).collect();
        let too_long = found[0].as_ref().unwrap_err();
        assert_eq!((too_long.path.as_str(), too_long.reason), ("<stdin>:1", "too large"));
        assert_eq!(found[1], Ok(Item::Posted { name: "<stdin>:2".into(), text: "x".into(), input: STDIN.into() }));
    }
}
