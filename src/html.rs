//! HTML tokenizing: a body of HTML → [`Token`]s (start tags, end tags, text), read the way
//! lol_html's lexer and tree-builder simulator read them, at several times its speed.
//!
//! Owns the syntax only: which bytes are a tag, its name, attributes and self-closing
//! slash; which are comments, doctypes and other markup that is not text; and which
//! elements hold raw text (`script`, `style`, `textarea` …) that is not parsed for tags.
//! Like lol_html it tracks the SVG and MathML namespaces, where those elements are not raw
//! text. What the tags mean for the article (boilerplate, paragraphs) is [`crate::clean`]'s.
//! Text is passed on as written: character references are decoded by the reader.
//!
//! ```
//! use dipgraph::html::{Token, Tokenizer};
//!
//! let tokens: Vec<Token> = Tokenizer::new(r#"<p class=lead>A&amp;B<br/><script>if (a<b) x()</script>"#).collect();
//! assert!(matches!(&tokens[0], Token::Start(tag) if tag.name == "p" && tag.attribute("class") == Some("lead")));
//! assert_eq!(tokens[1], Token::Text("A&amp;B"));
//! assert!(matches!(&tokens[2], Token::Start(tag) if tag.name == "br" && tag.self_closing));
//! assert_eq!(tokens[4], Token::Text("if (a<b) x()"));
//! assert_eq!(tokens[5], Token::End("script"));
//! ```

/// The namespace an element is in: SVG and MathML elements may close themselves (`<path/>`)
/// and hold no raw text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Namespace {
    Html,
    Svg,
    MathMl,
}

/// One piece of a body of HTML.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Token<'h> {
    Start(StartTag<'h>),
    /// An end tag's name, as written.
    End(&'h str),
    /// Text, as written (character references not decoded).
    Text(&'h str),
}

/// A start tag: its name as written, its attributes (read on demand) and namespace.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StartTag<'h> {
    pub name: &'h str,
    /// Everything between the name and the closing `>` (or `/>`).
    attributes: &'h str,
    /// Written as `<name/>`.
    pub self_closing: bool,
    pub namespace: Namespace,
}

impl<'h> StartTag<'h> {
    /// The value of the first attribute of this name (ASCII case-insensitive), as written:
    /// `""` for an attribute without a value.
    pub fn attribute(&self, name: &str) -> Option<&'h str> {
        find_attribute(self.attributes, name)
    }

    /// The attributes in order: name and value as written.
    pub fn attributes(&self) -> impl Iterator<Item = (&'h str, &'h str)> + use<'h> {
        Attributes { rest: self.attributes }
    }
}

/// The value of the first attribute named `name` in a tag's attribute text.
fn find_attribute<'h>(attributes: &'h str, name: &str) -> Option<&'h str> {
    Attributes { rest: attributes }.find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v)
}

/// Reads attributes as the HTML tokenizer does: names end at white space, `/`, `>` or
/// `=`; values are quoted with `"` or `'`, or run to white space.
struct Attributes<'h> {
    rest: &'h str,
}

impl<'h> Iterator for Attributes<'h> {
    type Item = (&'h str, &'h str);

    fn next(&mut self) -> Option<Self::Item> {
        let bytes = self.rest.as_bytes();
        let mut i = 0;
        while i < bytes.len() && (is_space(bytes[i]) || bytes[i] == b'/') {
            i += 1;
        }
        if i == bytes.len() {
            self.rest = "";
            return None;
        }
        // The first character of a name may be `=`.
        let name_start = i;
        i += 1;
        while i < bytes.len() && !is_space(bytes[i]) && !matches!(bytes[i], b'/' | b'=') {
            i += 1;
        }
        let name = &self.rest[name_start..i];
        let mut j = i;
        while j < bytes.len() && is_space(bytes[j]) {
            j += 1;
        }
        if j == bytes.len() || bytes[j] != b'=' {
            self.rest = &self.rest[i..];
            return Some((name, ""));
        }
        j += 1;
        while j < bytes.len() && is_space(bytes[j]) {
            j += 1;
        }
        let value = match bytes.get(j) {
            Some(&quote @ (b'"' | b'\'')) => {
                let end = memchr::memchr(quote, &bytes[j + 1..]).map_or(bytes.len(), |k| j + 1 + k);
                let value = &self.rest[j + 1..end];
                j = (end + 1).min(bytes.len());
                value
            }
            _ => {
                let start = j;
                while j < bytes.len() && !is_space(bytes[j]) {
                    j += 1;
                }
                &self.rest[start..j]
            }
        };
        self.rest = &self.rest[j..];
        Some((name, value))
    }
}

/// How the text after a start tag is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TextType {
    /// Tags are read.
    Data,
    /// Everything up to the end tag of this element is text (`script`, `style`, `title` …).
    RawUntil(&'static str),
    /// Everything to the end is text.
    Plain,
}

/// The tokens of a body of HTML, in order.
pub struct Tokenizer<'h> {
    html: &'h str,
    at: usize,
    text_type: TextType,
    /// Open foreign (SVG, MathML) and integration-point namespaces; the bottom is HTML.
    namespaces: Vec<Namespace>,
    /// A token found after the text that ends at it.
    pending: Option<Token<'h>>,
}

impl<'h> Tokenizer<'h> {
    pub fn new(html: &'h str) -> Tokenizer<'h> {
        Tokenizer { html, at: 0, text_type: TextType::Data, namespaces: vec![Namespace::Html], pending: None }
    }

    fn namespace(&self) -> Namespace {
        *self.namespaces.last().expect("the HTML namespace is never left")
    }

    fn enter(&mut self, namespace: Namespace) {
        self.namespaces.push(namespace);
    }

    fn leave(&mut self) {
        if self.namespaces.len() > 1 {
            self.namespaces.pop();
        }
    }

    /// What a start tag does to the namespace and the text after it, as lol_html's tree
    /// builder simulator decides.
    fn start_tag_feedback(&mut self, name: &str, attributes: &str, self_closing: bool) {
        let is = |n: &str| name.eq_ignore_ascii_case(n);
        let any = |names: &[&str]| names.iter().any(|n| name.eq_ignore_ascii_case(n));
        if is("svg") {
            return self.enter(Namespace::Svg);
        }
        if is("math") {
            return self.enter(Namespace::MathMl);
        }
        match self.namespace() {
            Namespace::Html => {
                self.text_type = if is("plaintext") {
                    TextType::Plain
                } else {
                    RAW_TEXT_ELEMENTS
                        .iter()
                        .find(|n| name.eq_ignore_ascii_case(n))
                        .map_or(TextType::Data, |n| TextType::RawUntil(n))
                };
            }
            foreign => {
                let attribute = |wanted: &str| find_attribute(attributes, wanted);
                if any(FOREIGN_CONTENT_EXITS)
                    || (is("font") && ["color", "size", "face"].iter().any(|a| attribute(a).is_some()))
                {
                    self.leave();
                } else if !self_closing
                    && (foreign == Namespace::Svg && any(SVG_HTML_POINTS)
                        || foreign == Namespace::MathMl && any(MATHML_TEXT_POINTS)
                        || foreign == Namespace::MathMl
                            && is("annotation-xml")
                            && attribute("encoding").is_some_and(|e| {
                                e.eq_ignore_ascii_case("text/html") || e.eq_ignore_ascii_case("application/xhtml+xml")
                            }))
                {
                    self.enter(Namespace::Html);
                }
            }
        }
    }

    /// What an end tag does to the namespace.
    fn end_tag_feedback(&mut self, name: &str) {
        let is = |n: &str| name.eq_ignore_ascii_case(n);
        match self.namespace() {
            Namespace::Html => {
                let Some(&outer) = self.namespaces.len().checked_sub(2).and_then(|i| self.namespaces.get(i)) else {
                    return;
                };
                let leaves = match outer {
                    Namespace::MathMl => MATHML_TEXT_POINTS.iter().any(|n| is(n)) || is("annotation-xml"),
                    Namespace::Svg => SVG_HTML_POINTS.iter().any(|n| is(n)),
                    Namespace::Html => false,
                };
                if leaves {
                    self.leave();
                }
            }
            Namespace::Svg if is("svg") || is("p") || is("br") => self.leave(),
            Namespace::MathMl if is("math") || is("p") || is("br") => self.leave(),
            _ => {}
        }
    }

    /// Reads the markup at `self.at` (a `<`): a token, nothing for markup that is not one
    /// (a comment, a doctype), or text for a `<` that starts no markup.
    fn markup(&mut self) -> Markup<'h> {
        let html = self.html;
        let bytes = html.as_bytes();
        let start = self.at;
        let next = bytes.get(start + 1).copied();
        match next {
            Some(b) if b.is_ascii_alphabetic() => {
                let Some(tag) = read_tag(html, start + 1) else {
                    self.at = html.len();
                    return Markup::Nothing;
                };
                self.at = tag.end;
                let attributes = &html[tag.name.end..tag.attributes_end];
                let name = &html[tag.name];
                self.start_tag_feedback(name, attributes, tag.self_closing);
                let namespace = self.namespace();
                Markup::Token(Token::Start(StartTag { name, attributes, self_closing: tag.self_closing, namespace }))
            }
            Some(b'/') => match bytes.get(start + 2) {
                Some(b) if b.is_ascii_alphabetic() => {
                    let Some(tag) = read_tag(html, start + 2) else {
                        self.at = html.len();
                        return Markup::Nothing;
                    };
                    self.at = tag.end;
                    let name = &html[tag.name];
                    self.end_tag_feedback(name);
                    Markup::Token(Token::End(name))
                }
                Some(b'>') => {
                    self.at = start + 3;
                    Markup::Nothing
                }
                None => Markup::Text,
                Some(_) => {
                    self.at = bogus_comment_end(bytes, start + 2);
                    Markup::Nothing
                }
            },
            Some(b'!') => {
                let rest = &bytes[start + 2..];
                if rest.starts_with(b"--") {
                    self.at = comment_end(bytes, start + 4);
                    return Markup::Nothing;
                }
                if self.namespace() != Namespace::Html && rest.starts_with(b"[CDATA[") {
                    let from = start + 9;
                    let end = find(bytes, from, b"]]>").unwrap_or(bytes.len());
                    self.at = (end + 3).min(bytes.len());
                    return if end > from { Markup::Token(Token::Text(&html[from..end])) } else { Markup::Nothing };
                }
                self.at = bogus_comment_end(bytes, start + 2);
                Markup::Nothing
            }
            Some(b'?') => {
                self.at = bogus_comment_end(bytes, start + 1);
                Markup::Nothing
            }
            _ => Markup::Text,
        }
    }
}

enum Markup<'h> {
    Token(Token<'h>),
    /// Markup that is not a token.
    Nothing,
    /// A `<` that is text.
    Text,
}

impl<'h> Iterator for Tokenizer<'h> {
    type Item = Token<'h>;

    fn next(&mut self) -> Option<Token<'h>> {
        if let Some(token) = self.pending.take() {
            return Some(token);
        }
        let html = self.html;
        let bytes = html.as_bytes();
        loop {
            if self.at >= html.len() {
                return None;
            }
            let from = self.at;
            match self.text_type {
                TextType::Plain => {
                    self.at = html.len();
                    return Some(Token::Text(&html[from..]));
                }
                TextType::RawUntil(name) => {
                    self.text_type = TextType::Data;
                    let end =
                        if name == "script" { script_data_end(bytes, from) } else { raw_text_end(bytes, from, name) };
                    self.at = end;
                    if end > from {
                        return Some(Token::Text(&html[from..end]));
                    }
                }
                TextType::Data => {
                    // Text runs to a `<` that starts markup.
                    let mut scan = from;
                    loop {
                        let Some(lt) = memchr::memchr(b'<', &bytes[scan..]).map(|k| scan + k) else {
                            self.at = html.len();
                            return Some(Token::Text(&html[from..]));
                        };
                        self.at = lt;
                        match self.markup() {
                            Markup::Text => scan = lt + 1,
                            Markup::Nothing if lt == from => break,
                            Markup::Token(token) if lt == from => return Some(token),
                            Markup::Nothing => return Some(Token::Text(&html[from..lt])),
                            Markup::Token(token) => {
                                self.pending = Some(token);
                                return Some(Token::Text(&html[from..lt]));
                            }
                        }
                    }
                }
            }
        }
    }
}

/// Elements whose content is text up to their end tag (RCDATA, RAWTEXT and script data).
const RAW_TEXT_ELEMENTS: &[&str] =
    &["textarea", "title", "script", "style", "iframe", "xmp", "noembed", "noframes", "noscript"];

/// SVG elements whose content is HTML again.
const SVG_HTML_POINTS: &[&str] = &["desc", "title", "foreignobject"];
/// MathML elements whose content is HTML again (and so is `annotation-xml` with an HTML
/// encoding).
const MATHML_TEXT_POINTS: &[&str] = &["mi", "mo", "mn", "ms", "mtext"];

/// Start tags that end SVG or MathML content.
const FOREIGN_CONTENT_EXITS: &[&str] = &[
    "b",
    "big",
    "blockquote",
    "body",
    "br",
    "center",
    "code",
    "dd",
    "div",
    "dl",
    "dt",
    "em",
    "embed",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "head",
    "hr",
    "i",
    "img",
    "li",
    "listing",
    "menu",
    "meta",
    "nobr",
    "ol",
    "p",
    "pre",
    "ruby",
    "s",
    "small",
    "span",
    "strong",
    "strike",
    "sub",
    "sup",
    "table",
    "tt",
    "u",
    "ul",
    "var",
];

/// Where a tag's parts are.
struct TagSpan {
    name: std::ops::Range<usize>,
    attributes_end: usize,
    self_closing: bool,
    /// Just past the closing `>`.
    end: usize,
}

/// Reads a tag whose name starts at `at`, up to its `>`, as the HTML tokenizer's tag and
/// attribute states do; `None` if the text ends first (the tag is then dropped).
fn read_tag(html: &str, at: usize) -> Option<TagSpan> {
    let bytes = html.as_bytes();
    let mut i = at;
    while i < bytes.len() && !is_space(bytes[i]) && !matches!(bytes[i], b'/' | b'>') {
        i += 1;
    }
    let name = at..i;
    let done = |i: usize, self_closing: bool| {
        let attributes_end = if self_closing { i - 1 } else { i };
        Some(TagSpan { name: name.clone(), attributes_end, self_closing, end: i + 1 })
    };
    // Between attributes (`between`), or in an attribute's name.
    let mut between = true;
    while i < bytes.len() {
        match bytes[i] {
            b'>' => return done(i, false),
            b'/' => {
                if bytes.get(i + 1) == Some(&b'>') {
                    return done(i + 1, true);
                }
                between = true;
            }
            b if is_space(b) => {
                // After a name, `=` may still follow the spaces.
                let mut j = i;
                while j < bytes.len() && is_space(bytes[j]) {
                    j += 1;
                }
                if !between && bytes.get(j) == Some(&b'=') {
                    i = j;
                    continue;
                }
                between = true;
                i = j;
                continue;
            }
            b'=' if !between => {
                // An attribute value.
                i += 1;
                while i < bytes.len() && is_space(bytes[i]) {
                    i += 1;
                }
                match bytes.get(i) {
                    Some(&quote @ (b'"' | b'\'')) => {
                        i = memchr::memchr(quote, &bytes[i + 1..]).map(|k| i + 1 + k + 1)?
                    }
                    Some(b'>') => continue,
                    _ => {
                        while i < bytes.len() && !is_space(bytes[i]) {
                            if bytes[i] == b'>' {
                                return done(i, false);
                            }
                            i += 1;
                        }
                    }
                }
                between = true;
                continue;
            }
            // A name starts here (even with `=`).
            _ => between = false,
        }
        i += 1;
    }
    None
}

/// The end of a comment whose text starts at `at`: past `-->` (or `--!>`), or the end of
/// the text. `<!-->` and `<!--->` are empty comments.
fn comment_end(bytes: &[u8], at: usize) -> usize {
    if bytes.get(at) == Some(&b'>') {
        return at + 1;
    }
    if bytes.get(at..at + 2) == Some(b"->") {
        return at + 2;
    }
    let mut i = at;
    while let Some(k) = find(bytes, i, b"--") {
        let mut j = k + 2;
        while bytes.get(j) == Some(&b'-') {
            j += 1;
        }
        match bytes.get(j) {
            Some(b'>') => return j + 1,
            Some(b'!') if bytes.get(j + 1) == Some(&b'>') => return j + 2,
            _ => i = j,
        }
    }
    bytes.len()
}

/// The end of a bogus comment (`<!doctype …>`, `<?xml …>`, `</ …>`): past the next `>`.
fn bogus_comment_end(bytes: &[u8], at: usize) -> usize {
    memchr::memchr(b'>', &bytes[at.min(bytes.len())..]).map_or(bytes.len(), |k| at + k + 1)
}

/// Where raw text starting at `at` ends: at `</name` followed by white space, `/` or `>`.
fn raw_text_end(bytes: &[u8], at: usize, name: &str) -> usize {
    let mut i = at;
    while let Some(k) = find(bytes, i, b"</") {
        let name_end = k + 2 + name.len();
        if bytes.get(k + 2..name_end).is_some_and(|n| n.eq_ignore_ascii_case(name.as_bytes()))
            && bytes.get(name_end).is_some_and(|&b| is_space(b) || b == b'/' || b == b'>')
        {
            return k;
        }
        i = k + 2;
    }
    bytes.len()
}

/// Where script data starting at `at` ends, as the HTML tokenizer reads it: at `</script`
/// followed by white space, `/` or `>`, except where a `<!--` opened an escaped section and a
/// `<script` inside it opened a double-escaped one: there `</script` only closes the inner
/// script, and the escape lasts to a `-->`.
fn script_data_end(bytes: &[u8], at: usize) -> usize {
    /// The tokenizer's script data states (the dashes before `>` matter in escaped sections).
    #[derive(Clone, Copy)]
    enum State {
        Data,
        Escaped { dashes: u8 },
        DoubleEscaped { dashes: u8 },
    }
    let n = bytes.len();
    // The letters of a tag name at `i`, and whether they are `script` followed by what ends
    // a tag name (white space, `/`, `>`).
    let letters = |i: usize| bytes[i.min(n)..].iter().take_while(|b| b.is_ascii_alphabetic()).count();
    let script_at = |i: usize| {
        letters(i) == 6
            && bytes[i..i + 6].eq_ignore_ascii_case(b"script")
            && bytes.get(i + 6).is_some_and(|&b| is_space(b) || b == b'/' || b == b'>')
    };
    let mut state = State::Data;
    let mut i = at;
    while i < n {
        match state {
            State::Data => {
                let Some(lt) = memchr::memchr(b'<', &bytes[i..]).map(|k| i + k) else { return n };
                match bytes.get(lt + 1) {
                    Some(b'/') if script_at(lt + 2) => return lt,
                    Some(b'!') if bytes.get(lt + 2..lt + 4) == Some(b"--") => {
                        state = State::Escaped { dashes: 2 };
                        i = lt + 4;
                    }
                    _ => i = lt + 1,
                }
            }
            State::Escaped { dashes } | State::DoubleEscaped { dashes } => {
                let double = matches!(state, State::DoubleEscaped { .. });
                let with_dashes =
                    |dashes| if double { State::DoubleEscaped { dashes } } else { State::Escaped { dashes } };
                match bytes[i] {
                    b'-' => {
                        state = with_dashes(dashes.saturating_add(1).min(2));
                        i += 1;
                    }
                    b'>' if dashes >= 2 => {
                        state = State::Data;
                        i += 1;
                    }
                    b'<' => {
                        state = with_dashes(0);
                        match bytes.get(i + 1) {
                            Some(b'/') if !double && script_at(i + 2) => return i,
                            Some(b'/') if double && script_at(i + 2) => {
                                state = State::Escaped { dashes: 0 };
                                i += 2 + 6 + 1;
                            }
                            Some(b) if !double && b.is_ascii_alphabetic() => {
                                if script_at(i + 1) {
                                    state = State::DoubleEscaped { dashes: 0 };
                                    i += 1 + 6 + 1;
                                } else {
                                    i += 1 + letters(i + 1);
                                }
                            }
                            _ => i += 1,
                        }
                    }
                    _ => {
                        state = with_dashes(0);
                        // Nothing but `-` and `<` changes the state: skip to the next of them.
                        i = memchr::memchr2(b'-', b'<', &bytes[i..]).map_or(n, |k| i + k).max(i + 1);
                    }
                }
            }
        }
    }
    n
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0C')
}

fn find(bytes: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    memchr::memmem::find(bytes.get(from..)?, needle).map(|k| from + k)
}
