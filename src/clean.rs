//! Cleaning: body HTML → [`Text`], the article's readable paragraphs and sentences.
//!
//! Owns what is boilerplate and what is text. Markup that is never text (scripts, styles,
//! SVG, buttons, ad slots, share blocks, self-promo divs, photo credits, copyright and
//! attribution blocks) is dropped as the tokens of [`crate::html`] go by, and so is a list
//! item that is only a link (a related article's title); a visible image
//! caption is a paragraph of text, as a reader sees it (a contact may be reported only
//! there). Paragraphs that are boilerplate by their wording (feed footers, copyright lines,
//! bare URLs and timestamps, editor credits) are dropped afterwards by [`is_boilerplate`].

use crate::html::{Namespace, StartTag, Token, Tokenizer};
use aho_corasick::{AhoCorasick, Input};
use regex::Regex;
use std::borrow::Cow;
use std::ops::Range;
use std::sync::LazyLock;

/// A sentence of the body: a byte range of [`Text::body`] and its paragraph index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub range: Range<usize>,
    pub paragraph: usize,
}

/// The readable text of an article: paragraphs joined by `\n`, split into sentences.
#[derive(Debug, Clone, Default)]
pub struct Text {
    pub body: String,
    pub sentences: Vec<Sentence>,
}

impl Text {
    /// Builds the text from paragraphs (already free of markup).
    pub fn from_paragraphs<S: AsRef<str>>(paragraphs: &[S]) -> Text {
        let mut body = String::with_capacity(paragraphs.iter().map(|p| p.as_ref().len() + 1).sum());
        let mut sentences = Vec::new();
        for (index, p) in paragraphs.iter().enumerate() {
            if index > 0 {
                body.push('\n');
            }
            let base = body.len();
            body.push_str(p.as_ref());
            for r in split_sentences(p.as_ref()) {
                sentences.push(Sentence { range: base + r.start..base + r.end, paragraph: index });
            }
        }
        Text { body, sentences }
    }

    pub fn sentence(&self, i: usize) -> &str {
        self.sentences.get(i).map_or("", |s| &self.body[s.range.clone()])
    }

    pub fn paragraphs(&self) -> impl Iterator<Item = &str> {
        self.body.split('\n')
    }

    /// The same text in simplified characters, with every byte offset unchanged, so that
    /// matching on it yields ranges of this text (mentions stay as written); this text
    /// itself when it has nothing to simplify, as most articles have not.
    pub fn simplified(&self) -> Cow<'_, Text> {
        let simple = simplify(&self.body);
        // The dots typed inside transliterated names read as joiners (`canonical_joiners`).
        let joined = match canonical_joiners(&simple) {
            Cow::Owned(joined) => Some(joined),
            Cow::Borrowed(_) => None,
        };
        match (joined, simple) {
            (Some(body), _) | (None, Cow::Owned(body)) => Cow::Owned(Text { body, sentences: self.sentences.clone() }),
            (None, Cow::Borrowed(_)) => Cow::Borrowed(self),
        }
    }
}

/// Traditional → simplified characters, as fast2s converts them (and 丶 typed for 、 read as
/// 、), with every byte offset kept (fast2s maps CJK ideographs of U+3400–U+9FFF to ideographs of the same UTF-8
/// length). A table of fast2s's conversions, made by `build.rs`, answers for most
/// characters; the few whose conversion depends on their neighbours (乾隆, 计畫) ask fast2s
/// with those neighbours.
pub fn simplify(s: &str) -> Cow<'_, str> {
    let mut out = String::new();
    let mut copied = 0;
    let bytes = s.as_bytes();
    let Simplified { forms, changed } = &*SIMPLIFIED;
    let mut at = 0;
    while let Some(&lead) = bytes.get(at) {
        // U+3000–U+9FFF are the three-byte sequences led by 0xE3–0xE9; no other byte of a
        // string (ASCII, other leads, continuation bytes 0x80–0xBF) is in that range.
        let i = at;
        if !(0xE3..=0xE9).contains(&lead) {
            at += 1;
            continue;
        }
        at += 3;
        let [second, third] = [bytes[i + 1], bytes[i + 2]];
        // Most characters are simplified already: one bit of a small table says so, bit
        // `third & 0x3F` of the word of the first two bytes.
        let word = (usize::from(lead - 0xE3) << 6) | usize::from(second & 0x3F);
        if changed[word] & (1 << (third & 0x3F)) == 0 {
            continue;
        }
        let u = (u32::from(lead & 0x0F) << 12) | (u32::from(second & 0x3F) << 6) | u32::from(third & 0x3F);
        let k = (u - SIMPLIFIED_FIRST) as usize;
        let c = char::from_u32(u).expect("a three-byte sequence of U+3000–U+9FFF");
        let simple = match forms[k] {
            CONTEXTUAL => {
                let before = s[..i].chars().next_back().unwrap_or('0');
                let after = s[i + c.len_utf8()..].chars().next().unwrap_or('0');
                fast2s::convert(&format!("{before}{c}{after}")).chars().nth(1).unwrap_or(c)
            }
            ENUMERATION_COMMA => '、',
            k => char::from_u32(SIMPLIFIED_FIRST + u32::from(k)).unwrap_or(c),
        };
        if simple != c && simple.len_utf8() == c.len_utf8() {
            if out.is_empty() {
                out.reserve(s.len());
            }
            out.push_str(&s[copied..i]);
            out.push(simple);
            copied = i + c.len_utf8();
        }
    }
    if copied == 0 {
        return Cow::Borrowed(s);
    }
    out.push_str(&s[copied..]);
    Cow::Owned(out)
}

/// The dots that join the parts of a transliterated name as writers type them (戴维.黑尔,
/// 希拉蕊．柯林顿, 保罗•加拉格尔), read as the joiners the dictionaries and `discover` know,
/// with every byte offset kept: a three-byte dot (．•‧∙⋅) as 「・」, an ASCII full stop as
/// 「-」; only between two Chinese characters (not 3.5, U.S., nor a sentence's end).
pub fn canonical_joiners(s: &str) -> Cow<'_, str> {
    const THREE_BYTE_DOTS: &[char] = &['．', '•', '‧', '∙', '⋅'];
    let is_han = |c: Option<char>| c.is_some_and(|c| ('\u{3400}'..='\u{9fff}').contains(&c));
    let mut out: Option<String> = None;
    let mut copied = 0;
    for (i, c) in s.char_indices() {
        if c != '.' && !THREE_BYTE_DOTS.contains(&c) {
            continue;
        }
        let (before, after) = (s[..i].chars().next_back(), s[i + c.len_utf8()..].chars().next());
        if !(is_han(before) && is_han(after)) {
            continue;
        }
        let o = out.get_or_insert_with(|| String::with_capacity(s.len()));
        o.push_str(&s[copied..i]);
        o.push(if c == '.' { '-' } else { '・' });
        copied = i + c.len_utf8();
    }
    match out {
        None => Cow::Borrowed(s),
        Some(mut o) => {
            o.push_str(&s[copied..]);
            Cow::Owned(o)
        }
    }
}

/// The first and last character fast2s converts.
const SIMPLIFIED_FIRST: u32 = 0x3400;
/// The first character whose UTF-8 sequence is led by 0xE3, where the bits of
/// [`Simplified::changed`] start.
const CHANGED_FIRST: u32 = 0x3000;
const SIMPLIFIED_LAST: u32 = 0x9FFF;
/// Marks, in [`SIMPLIFIED`], a character whose conversion depends on its neighbours.
const CONTEXTUAL: u16 = u16::MAX;
/// The characters whose conversion fast2s decides from their neighbours.
const CONTEXTUAL_CHARS: &str = "兒覆夥藉瞭麽幺於乾著苧闔鍾讎畫";
/// Marks, in [`SIMPLIFIED`], the radical 丶 that some outlets type for the enumeration comma
/// (日本丶美国丶澳洲和印度): it is read as 、, which has the same UTF-8 length.
const ENUMERATION_COMMA: u16 = u16::MAX - 1;

/// The conversion table of [`simplify`].
struct Simplified {
    /// For each character from [`SIMPLIFIED_FIRST`], its simplified form (as an offset from
    /// [`SIMPLIFIED_FIRST`]), [`CONTEXTUAL`] or [`ENUMERATION_COMMA`] …
    forms: Vec<u16>,
    /// … and a bit per character of U+3000–U+9FFF (all three-byte sequences led by
    /// 0xE3–0xE9): set if it is converted (or may be, for [`CONTEXTUAL`]).
    changed: Vec<u64>,
}

/// fast2s's conversion of each character from [`SIMPLIFIED_FIRST`] taken alone, as
/// `build.rs` wrote it (u16 offsets from [`SIMPLIFIED_FIRST`], little-endian).
static SIMPLIFIED_TABLE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/simplified.bin"));

static SIMPLIFIED: LazyLock<Simplified> = LazyLock::new(|| {
    let mut forms: Vec<u16> =
        SIMPLIFIED_TABLE.chunks_exact(2).map(|b| u16::from_le_bytes(b.try_into().expect("2 bytes"))).collect();
    assert_eq!(forms.len(), (SIMPLIFIED_LAST + 1 - SIMPLIFIED_FIRST) as usize, "the table build.rs wrote");
    for c in CONTEXTUAL_CHARS.chars() {
        forms[(c as u32 - SIMPLIFIED_FIRST) as usize] = CONTEXTUAL;
    }
    forms[('丶' as u32 - SIMPLIFIED_FIRST) as usize] = ENUMERATION_COMMA;
    let mut changed = vec![0u64; (SIMPLIFIED_LAST + 1 - CHANGED_FIRST).div_ceil(64) as usize];
    for (k, &form) in forms.iter().enumerate() {
        if form != k as u16 {
            let bit = (SIMPLIFIED_FIRST - CHANGED_FIRST) as usize + k;
            changed[bit / 64] |= 1 << (bit % 64);
        }
    }
    Simplified { forms, changed }
});

/// Elements whose whole content is never article text: by tag name …
const SKIPPED_TAGS: &[&str] = &[
    "script",
    "style",
    "svg",
    "button",
    "noscript",
    "iframe",
    "template",
    "small",
    "form",
    "select",
    "nav",
    "share-button",
    "share-modal",
];
/// … by an attribute they carry …
const SKIPPED_ATTRIBUTES: &[&str] =
    &["data-selfpromo-newsletter", "data-selfpromo-app", "data-root-share", "data-readmore-unlocker"];
/// … by one of their classes …
const SKIPPED_CLASSES: &[&str] = &[
    "m-block-ad",
    "m-interstitial__ad",
    "m-interstitial__unlock-btn",
    "dfp-tag-wrapper",
    "dotcom-ad",
    "t-copyright",
    "copyright",
    "m-figure__caption__credits",
    "Attribution_container",
    "StandardArticleBody_trustBadgeContainer",
    "external-link",
];
/// … or by their id.
const SKIPPED_IDS: &[&str] = &["innity-in-post"];

/// Elements that start and end a paragraph.
const BLOCKS: &[&str] = &[
    "p",
    "figcaption",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "table",
    "blockquote",
    "section",
    "article",
    "hr",
    "header",
    "footer",
    "aside",
    "dd",
    "dt",
    "pre",
];

/// Elements open at once beyond which a body is not read: browsers stop nesting at 512, and
/// no article comes near this. Elements whose end tag may be left out (`p`, `li`, `td` …)
/// are not counted.
pub const MAX_HTML_DEPTH: usize = 4096;

/// Elements whose end tag HTML lets authors leave out: not counted in the nesting depth.
const OPTIONAL_END: &[&str] = &[
    "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "caption",
    "rb", "rt", "rtc", "rp", "html", "head", "body",
];

/// Why a body could not be cleaned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CleanError(pub String);

impl std::fmt::Display for CleanError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "HTML could not be read: {}", self.0)
    }
}

/// Elements that never have content in HTML (as lol_html lists them).
const VOID: &[&str] = &[
    "area", "base", "basefont", "bgsound", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta",
    "param", "source", "track", "wbr",
];

fn one_of(list: &[&str], name: &str) -> bool {
    list.iter().any(|item| item.eq_ignore_ascii_case(name))
}

/// Whether an element's whole content is never article text.
fn is_skipped(tag: &StartTag) -> bool {
    one_of(SKIPPED_TAGS, tag.name)
        || tag.attributes().any(|(name, value)| {
            one_of(SKIPPED_ATTRIBUTES, name)
                || (name.eq_ignore_ascii_case("class")
                    && value.split_ascii_whitespace().any(|class| SKIPPED_CLASSES.contains(&class)))
                || (name.eq_ignore_ascii_case("id") && SKIPPED_IDS.contains(&value))
        })
}

/// Extracts the readable text of a body of HTML.
pub fn clean(html: &str) -> Result<Text, CleanError> {
    Ok(Text::from_paragraphs(&clean_paragraphs(html)?))
}

/// An element open in the body, and what its end undoes.
struct Open<'h> {
    name: &'h str,
    counted: bool,
    skipped: bool,
    block: bool,
}

/// Extracts the readable paragraphs of a body of HTML, in order.
///
/// Elements are opened and closed as lol_html does: an end tag closes the innermost open
/// element of its name and every element opened inside it, and one that matches no open
/// element is ignored.
pub fn clean_paragraphs(html: &str) -> Result<Vec<String>, CleanError> {
    let mut paragraphs = Vec::new();
    for ReadParagraph { text, only_a_listed_link } in clean_paragraphs_unfiltered(html)? {
        // A list item that is a link and nothing else names another page (a related
        // article's title), not this one's text.
        if text.is_empty() || only_a_listed_link {
            continue;
        }
        if FEED_FOOTER.is_match(&text) {
            break;
        }
        if !is_boilerplate(&text) {
            paragraphs.push(text);
        }
    }
    Ok(paragraphs)
}

/// A paragraph as read from the markup, and whether all its text is that of a link in a
/// list item (`<li><a href=…>title</a></li>`).
struct ReadParagraph {
    text: String,
    only_a_listed_link: bool,
}

/// The paragraphs of a body of HTML, entities decoded and white space folded, before
/// boilerplate is dropped by its wording.
fn clean_paragraphs_unfiltered(html: &str) -> Result<Vec<ReadParagraph>, CleanError> {
    let mut open: Vec<Open> = Vec::new();
    let (mut skip, mut depth) = (0usize, 0usize);
    // The text of the paragraph being read (one buffer for all of them), and whether any of
    // it was outside a link in a list item.
    let mut current = String::new();
    let mut unlinked = false;
    let mut paragraphs: Vec<ReadParagraph> = Vec::new();
    let mut flush = |current: &mut String, unlinked: &mut bool| {
        if !current.is_empty() {
            let text = fold_whitespace(&decode_entities(current));
            paragraphs.push(ReadParagraph { text, only_a_listed_link: !*unlinked });
            current.clear();
        }
        *unlinked = false;
    };
    for token in Tokenizer::new(html) {
        match token {
            Token::Text(text) => {
                if skip == 0 {
                    current.push_str(text);
                    // Read until the paragraph's first text outside a listed link.
                    if !unlinked && !text.trim().is_empty() {
                        let inside = |name: &str| open.iter().any(|o| o.name.eq_ignore_ascii_case(name));
                        unlinked = !(inside("li") && inside("a"));
                    }
                }
            }
            Token::Start(tag) => {
                // Foreign elements are opened unless they close themselves; HTML ones
                // unless they are void (and `<div/>` is opened, as HTML reads it).
                let opened = match tag.namespace {
                    Namespace::Html => !one_of(VOID, tag.name),
                    Namespace::Svg | Namespace::MathMl => !tag.self_closing,
                };
                let has_content = opened && !tag.self_closing;
                let counted = has_content && !one_of(OPTIONAL_END, tag.name);
                let skipped = has_content && is_skipped(&tag);
                let block = one_of(BLOCKS, tag.name);
                if counted {
                    depth += 1;
                    if depth > MAX_HTML_DEPTH {
                        return Err(CleanError(format!("elements nested more than {MAX_HTML_DEPTH} deep")));
                    }
                }
                if skipped {
                    skip += 1;
                }
                if block {
                    flush(&mut current, &mut unlinked);
                }
                if opened {
                    open.push(Open { name: tag.name, counted, skipped, block });
                }
            }
            Token::End(name) => {
                let Some(at) = open.iter().rposition(|o| o.name.eq_ignore_ascii_case(name)) else { continue };
                for closed in open.drain(at..).rev() {
                    if closed.counted {
                        depth = depth.saturating_sub(1);
                    }
                    if closed.skipped {
                        skip = skip.saturating_sub(1);
                    }
                    if closed.block {
                        flush(&mut current, &mut unlinked);
                    }
                }
            }
        }
    }
    flush(&mut current, &mut unlinked);
    Ok(paragraphs)
}

/// HTML character references decoded as `html_escape::decode_html_entities` decodes them.
/// The few that news text holds (`&quot;` most of all) are decoded here; any other `&` hands
/// the whole text to html_escape, which looks a name up in its table of two thousand.
pub fn decode_entities(s: &str) -> Cow<'_, str> {
    const COMMON: [(&str, char); 6] =
        [("&quot;", '"'), ("&amp;", '&'), ("&lt;", '<'), ("&gt;", '>'), ("&#039;", '\''), ("&#39;", '\'')];
    let bytes = s.as_bytes();
    let Some(mut at) = memchr::memchr(b'&', bytes) else {
        return Cow::Borrowed(s);
    };
    let mut out = String::with_capacity(s.len());
    let mut copied = 0;
    loop {
        let Some(&(reference, c)) = COMMON.iter().find(|(reference, _)| s[at..].starts_with(reference)) else {
            return html_escape::decode_html_entities(s);
        };
        out.push_str(&s[copied..at]);
        out.push(c);
        copied = at + reference.len();
        match memchr::memchr(b'&', &bytes[copied..]) {
            Some(next) => at = copied + next,
            None => break,
        }
    }
    out.push_str(&s[copied..]);
    Cow::Owned(out)
}

/// Folds every run of white space (NBSP and ideographic space too) into one space, and drops
/// it at both ends.
pub fn fold_whitespace(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    // The text from `copied` to the next space is copied whole, after one space if one came
    // before it.
    let mut copied = 0;
    let mut space_before = false;
    let mut at = 0;
    // Only a byte that may start a space stops the loop.
    while let Some(next) = next_space_start(bytes, at) {
        at = next;
        let width = space_width(&bytes[at..]);
        if width == 0 {
            at += 1;
            continue;
        }
        if at > copied {
            if space_before {
                out.push(' ');
            }
            out.push_str(&s[copied..at]);
        }
        space_before = !out.is_empty();
        at += width;
        copied = at;
    }
    if copied < s.len() {
        if space_before {
            out.push(' ');
        }
        out.push_str(&s[copied..]);
    }
    out
}

/// The first offset from `from` on whose byte may start a white space character: a byte
/// below `!` (ASCII white space among them) or a first byte of U+0085, U+00A0, U+1680,
/// U+2000–U+205F or U+3000 (0xC2, 0xE1, 0xE2, 0xE3). Eight bytes are tested at a time: in
/// each, the lowest byte equal to a value or below a bound is found with the carries of
/// a subtraction, which only bytes above that one can get wrong.
fn next_space_start(bytes: &[u8], from: usize) -> Option<usize> {
    const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
    const HIGHS: u64 = u64::from_ne_bytes([0x80; 8]);
    let below = |word: u64, bound: u8| word.wrapping_sub(ONES * u64::from(bound)) & !word & HIGHS;
    let equal = |word: u64, value: u8| below(word ^ (ONES * u64::from(value)), 1);
    let mut at = from;
    while let Some(eight) = bytes.get(at..at + 8) {
        let word = u64::from_le_bytes(eight.try_into().expect("eight bytes"));
        let found = below(word, b'!') | equal(word, 0xC2) | equal(word, 0xE1) | equal(word, 0xE2) | equal(word, 0xE3);
        if found != 0 {
            return Some(at + found.trailing_zeros() as usize / 8);
        }
        at += 8;
    }
    bytes[at..].iter().position(|&b| b < b'!' || matches!(b, 0xC2 | 0xE1 | 0xE2 | 0xE3)).map(|skip| at + skip)
}

/// The length in bytes of the white space character `bytes` starts with (0 if none): a
/// character of Unicode's White_Space, or U+200B (zero width space), read from its bytes.
fn space_width(bytes: &[u8]) -> usize {
    match *bytes {
        [b'\t'..=b'\r' | b' ', ..] => 1,
        [0xC2, 0x85 | 0xA0, ..] => 2,
        // U+1680; U+2000–U+200B, U+2028, U+2029, U+202F; U+205F; U+3000.
        [0xE1, 0x9A, 0x80, ..] | [0xE2, 0x80, 0x80..=0x8B | 0xA8 | 0xA9 | 0xAF, ..] | [0xE2, 0x81, 0x9F, ..] => 3,
        [0xE3, 0x80, 0x80, ..] => 3,
        _ => 0,
    }
}

/// Everything from a feed footer on is not the article.
static FEED_FOOTER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^获取更多RSS").unwrap());

static BOILERPLATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)^(?:
            分享\s*[:：]?
          | 继续浏览后续
          | ©.*
          | \(c\)\s*\d{4}.*
          | 版权所有.*
          | 网编[:：].*
          | (?:编译|撰稿|翻译|编辑)[\s:：]*\S{1,12}(?:[；;，,]\s*(?:审校|责编|编辑)[\s:：]*\S{1,12})*
          | \d{2}/\d{2}/\d{4}\s*-\s*\d{2}:\d{2}
          | [A-Z][a-z]{2},\s\d{1,2}\s[A-Z][a-z]{2}\s\d{4}\s[\d:]+\s*(?:GMT|UTC)?
          | \d{4}-\d{2}-\d{2}(?:[T\s][\d:.]+Z?)?
          | 我们的标准[:：].*
          | 点击.{0,12}(?:订阅|下载|关注).*
          | 使用浏览器播视频.*
          | \d+\s*(?:分钟|小时|天)前
          | Array
          | [=*\s]{3,}
          | 相关内容|相关新闻|延伸阅读|更多内容
          | (?:相关报道|相关新闻|相关阅读|延伸阅读)\s+\S.{0,80}
          | (?:其它|其他)\s*/\s*\S.{0,60}
          | (?:视频|相关视频|相关新闻|相关报道|延伸阅读)?\s*[:：]?\s*(?:【[^】]{1,80}】\s*)+
          | 德国之声致力于为您提供客观中立的新闻报道.*
          | 嘉宾和观众听众发表的都是个人观点.*
          | \[?摘编自.*
          | 德国之声中文网
          | null\s.*
        )$",
    )
    .unwrap()
});

/// An editor credit (责编) anywhere in a paragraph: a prebuilt SIMD searcher, since every
/// paragraph is searched.
static EDITOR: LazyLock<memchr::memmem::Finder<'static>> = LazyLock::new(|| memchr::memmem::Finder::new("责编"));

/// A web address anywhere in a paragraph.
static URL: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"https?://\S").unwrap());

/// Whether a whole paragraph is boilerplate by its wording: an editor credit (责编) or a web
/// address anywhere, an image file name, or one of the forms of the boilerplate pattern. (The first
/// three are tested apart from the regex, which would otherwise read every paragraph to
/// its end.)
pub fn is_boilerplate(paragraph: &str) -> bool {
    EDITOR.find(paragraph.as_bytes()).is_some()
        || URL.is_match(paragraph)
        || is_image_name(paragraph)
        || BOILERPLATE.is_match(paragraph)
}

/// A file name of an image: `photo_1.jpg`.
fn is_image_name(p: &str) -> bool {
    // The ending first: most paragraphs are long and have none.
    let image_ending = ["jpg", "jpeg", "png", "gif", "webp"].iter().any(|extension| {
        p.len() > extension.len() + 1 && p.ends_with(extension) && p.as_bytes()[p.len() - extension.len() - 1] == b'.'
    });
    image_ending && !p.contains(char::is_whitespace)
}

/// The longest sentence read as one, in bytes (about 680 Chinese characters; the longest
/// sentence of the shared corpus has 1,115 bytes). The contacts of a sentence are read
/// trigger by trigger, each against the whole sentence, so a longer one (a page without a
/// 。) is read as several: see [`split_sentences`].
pub const MAX_SENTENCE_BYTES: usize = 2048;

/// Splits a paragraph into sentences after 。！？；!?; (keeping closing quotes with them).
/// A sentence longer than [`MAX_SENTENCE_BYTES`] is cut into pieces no longer than that,
/// each after the last clause break (，,、：:) it holds, or, with none, at the last character
/// that fits.
pub fn split_sentences(p: &str) -> Vec<Range<usize>> {
    let is_closing = |c: char| matches!(c, '”' | '’' | '」' | '』' | '）' | ')' | '"' | '。' | '！' | '？');
    let mut out = Vec::new();
    let mut start = 0;
    // The next end of each kind from `start` (`None` once there is none), found again only
    // when `start` has passed it.
    let find_wide = |from: usize| SENTENCE_ENDS.find(Input::new(p).span(from..p.len())).map(|m| m.range());
    let find_ascii =
        |from: usize| memchr::memchr3(b'!', b'?', b';', &p.as_bytes()[from..]).map(|i| from + i..from + i + 1);
    let (mut wide, mut ascii) = (find_wide(0), find_ascii(0));
    loop {
        if wide.as_ref().is_some_and(|w| w.start < start) {
            wide = find_wide(start);
        }
        if ascii.as_ref().is_some_and(|a| a.start < start) {
            ascii = find_ascii(start);
        }
        let Some(end) = wide.iter().chain(&ascii).map(|r| r.end).min() else { break };
        let at = end + p[end..].chars().take_while(|&q| is_closing(q)).map(char::len_utf8).sum::<usize>();
        push_bounded(p, start..at, &mut out);
        start = at;
    }
    push_bounded(p, start..p.len(), &mut out);
    out
}

/// Pushes the sentence `r` of `p`, trimmed, in pieces of at most [`MAX_SENTENCE_BYTES`]:
/// each piece ends after the last clause break of its first [`MAX_SENTENCE_BYTES`] bytes,
/// else at the last character boundary there.
fn push_bounded(p: &str, mut r: Range<usize>, out: &mut Vec<Range<usize>>) {
    while r.len() > MAX_SENTENCE_BYTES {
        let limit = p.floor_char_boundary(r.start + MAX_SENTENCE_BYTES);
        let cut = p[r.start..limit]
            .rfind(['，', ',', '、', '：', ':'])
            .map(|i| r.start + i + p[r.start + i..].chars().next().map_or(1, char::len_utf8))
            .filter(|&cut| cut > r.start)
            .unwrap_or(limit);
        // A piece holds a character at least, whatever the limit.
        let cut = if cut > r.start { cut } else { p.ceil_char_boundary(r.start + 1) };
        push_trimmed(p, r.start..cut, out);
        r.start = cut;
    }
    push_trimmed(p, r, out);
}

/// The full-width ends of a sentence. Sentences are long, so a searcher that skips ahead many
/// bytes at a time (aho-corasick's SIMD prefilter) reads them several times as fast as a byte
/// loop. It looks for all three bytes of each end only if no end is shorter: the ASCII ends
/// (!?;) are searched apart, or every ， and 、 (whose first bytes are those of ！ and 。)
/// would have to be checked.
static SENTENCE_ENDS: LazyLock<AhoCorasick> = LazyLock::new(|| {
    // Leftmost-first, the match kind that has the prefilter (the ends never overlap).
    AhoCorasick::builder()
        .match_kind(aho_corasick::MatchKind::LeftmostFirst)
        .build(["。", "！", "？", "；"])
        .expect("the searcher of sentence ends builds")
});

fn push_trimmed(p: &str, r: Range<usize>, out: &mut Vec<Range<usize>>) {
    let s = &p[r.clone()];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail < s.len() {
        out.push(r.start + lead..r.end - trail);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The paragraphs lol_html gives with the same rules: the reference [`clean_paragraphs`]
    /// must agree with, on every fixture and on generated tag soup.
    fn lol_html_paragraphs(html: &str) -> Result<Vec<String>, String> {
        use lol_html::{HtmlRewriter, Settings, doc_text, element, end_tag};
        use std::cell::RefCell;
        use std::rc::Rc;
        #[derive(Default)]
        struct State {
            skip: usize,
            depth: usize,
            current: String,
            raw: Vec<String>,
        }
        fn flush(s: &mut State) {
            if !s.current.is_empty() {
                let paragraph = std::mem::take(&mut s.current);
                s.raw.push(paragraph);
            }
        }
        let state = Rc::new(RefCell::new(State::default()));
        let st = Rc::clone(&state);
        let every_element = element!("*", move |el| {
            let tag = el.tag_name();
            let has_content = el.can_have_content() && !el.is_self_closing();
            let counted = has_content && !OPTIONAL_END.contains(&tag.as_str());
            let skipped = has_content
                && (SKIPPED_TAGS.contains(&tag.as_str())
                    || SKIPPED_ATTRIBUTES.iter().any(|a| el.has_attribute(a))
                    || el
                        .get_attribute("class")
                        .is_some_and(|c| c.split_ascii_whitespace().any(|c| SKIPPED_CLASSES.contains(&c)))
                    || el.get_attribute("id").is_some_and(|id| SKIPPED_IDS.contains(&id.as_str())));
            let block = BLOCKS.contains(&tag.as_str());
            {
                let mut s = st.borrow_mut();
                if counted {
                    s.depth += 1;
                    if s.depth > MAX_HTML_DEPTH {
                        return Err("too deep".into());
                    }
                }
                s.skip += usize::from(skipped);
                if block {
                    flush(&mut s);
                }
            }
            let st = Rc::clone(&st);
            if let Some(handlers) = el.end_tag_handlers() {
                handlers.push(end_tag!(move |_| {
                    let mut s = st.borrow_mut();
                    if counted {
                        s.depth = s.depth.saturating_sub(1);
                    }
                    if skipped {
                        s.skip = s.skip.saturating_sub(1);
                    }
                    if block {
                        flush(&mut s);
                    }
                    Ok(())
                }));
            }
            Ok(())
        });
        let st = Rc::clone(&state);
        let settings = Settings::new().append_element_content_handler(every_element).append_document_content_handler(
            doc_text!(move |t| {
                let mut s = st.borrow_mut();
                if s.skip == 0 {
                    s.current.push_str(t.as_str());
                }
                Ok(())
            }),
        );
        let mut rewriter = HtmlRewriter::new(settings, |_: &[u8]| {});
        rewriter.write(html.as_bytes()).and_then(|_| rewriter.end()).map_err(|e| e.to_string())?;
        let mut state = state.borrow_mut();
        flush(&mut state);
        Ok(state.raw.iter().map(|raw| fold_whitespace(&html_escape::decode_html_entities(raw))).collect())
    }

    fn assert_reads_as_lol_html(html: &str) {
        let Ok(expected) = lol_html_paragraphs(html) else { return };
        // The wording filters come after, on the same paragraphs.
        let read: Vec<String> = clean_paragraphs_unfiltered(html).unwrap().into_iter().map(|p| p.text).collect();
        assert_eq!(read, expected, "{html:?}");
    }

    #[test]
    fn tokens_are_read_as_lol_html_reads_them() {
        for html in [
            "<p>a<div/>b</div>c</p>d",
            "<div class=x><span>a<p>b</div>c",
            "<svg><path d='M0'/><style>.a{}</style><p>x</p></svg>y",
            "<svg><title>t</title><foreignObject><p>in</p></foreignObject></svg><p>out",
            "<script>if (a</b) {}</script><p>after</p>",
            "<script><!--<script></script>-->x</script>y<script><!--</script>z",
            "<script><!-- a <b> --></script>c<script><!--<Script/x></SCRIPT>--!></script>d",
            "<textarea><p>not a tag</p></textarea>z",
            "<a href=x/>q</a><br/>w<br>e",
            "<!-- c --> t <!--> u <!---> v <!doctype html> w <?xml x?> </ y> z </>",
            "<p title='a>b' data-x=\"c>d\">e</p>",
            "<p a = 1 b c=\"2\"d='3'/>f",
            "<math><mi>x</mi><p>y</p></math>",
            "<p>un<b>closed",
            "<figure><p>gone</p></figure><p>kept",
            "a < b and c<d> e",
            "<div\ndata-root-share>s</div>t",
            "<plaintext><p>all text",
            "<svg><![CDATA[cd]]></svg><![CDATA[x]]>y",
            "<div id=innity-in-post>ad</div><p class='lead copyright'>c</p>r",
        ] {
            assert_reads_as_lol_html(html);
        }
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures");
        let mut bodies = 0;
        for entry in walkdir::WalkDir::new(dir).into_iter().filter_map(Result::ok).filter(|e| e.file_type().is_file()) {
            let raw = std::fs::read_to_string(entry.path()).unwrap();
            let Ok(article) = crate::article::Article::parse(&raw) else { continue };
            assert_reads_as_lol_html(&article.html);
            bodies += 1;
        }
        assert!(bodies >= 10);
    }

    /// White space folded the plain way: the words between runs of white space (as
    /// `char::is_whitespace` has it, and U+200B), joined by one space.
    fn folded_by_words(s: &str) -> String {
        s.split(|c: char| c.is_whitespace() || c == '\u{200b}').filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn every_white_space_character_and_no_other_is_folded() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let text = format!("a{c}b{c}");
            assert_eq!(fold_whitespace(&text), folded_by_words(&text), "U+{:04X}", c as u32);
        }
    }

    /// Sentences split character by character: after each end, its closing quotes, trimmed.
    fn sentences_by_characters(p: &str) -> Vec<&str> {
        let mut sentences = Vec::new();
        let mut start = 0;
        let mut chars = p.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            if "。！？；!?;".contains(c) {
                let mut end = i + c.len_utf8();
                while let Some((j, q)) = chars.next_if(|(_, q)| "”’」』）)\"。！？".contains(*q)) {
                    end = j + q.len_utf8();
                }
                sentences.push(p[start..end].trim());
                start = end;
            }
        }
        sentences.push(p[start..].trim());
        sentences.retain(|s| !s.is_empty());
        sentences
    }

    proptest::proptest! {
        #[test]
        fn sentences_end_where_a_character_by_character_reading_ends_them(parts in proptest::collection::vec(
            proptest::sample::select(vec!["。", "！", "？", "；", "!", "?", ";", "”", "）", "」", " ", "，", "、", "：", "文字", "a", "\u{ff1c}", "\u{3003}"]),
            0..24,
        )) {
            let p = parts.concat();
            let sentences: Vec<&str> = split_sentences(&p).into_iter().map(|r| &p[r]).collect();
            proptest::prop_assert_eq!(sentences, sentences_by_characters(&p));
        }

        #[test]
        fn references_decode_as_html_escape_decodes_them(parts in proptest::collection::vec(proptest::sample::select(vec![
            "&quot;", "&amp;", "&lt;", "&gt;", "&#039;", "&#39;", "&", "&nbsp;", "&lt", "&#x27;", "&QUOT;", "quot;", "#",
            ";", "amp", "文字", "a", " ",
        ]), 0..16)) {
            let text = parts.concat();
            proptest::prop_assert_eq!(decode_entities(&text), html_escape::decode_html_entities(&text));
        }

        #[test]
        fn white_space_runs_fold_as_words_are_joined(parts in proptest::collection::vec(proptest::sample::select(vec![
            " ", "\t", "\n", "\r\n", "\u{a0}", "\u{3000}", "\u{200b}", "\u{2028}", "\u{205f}", "\u{1680}", "\u{85}",
            "文字", "。", "、", "“", "”", "\u{2030}", "\u{205e}", "\u{2060}", "\u{1681}", "\u{3001}", "\u{c5}", "a",
        ]), 0..24)) {
            let text = parts.concat();
            proptest::prop_assert_eq!(fold_whitespace(&text), folded_by_words(&text));
        }

        #[test]
        fn tag_soup_is_read_as_lol_html_reads_it(parts in proptest::collection::vec(proptest::sample::select(vec![
            "<p>", "</p>", "<div>", "</div>", "<div/>", "<span class=\"x copyright\">", "</span>", "<br>", "<br/>",
            "<svg>", "</svg>", "<path/>", "<style>", "</style>", "<script>", "</script>", "<figure>", "</figure>",
            "<title>", "</title>", "<math>", "</math>", "<mi>", "</mi>", "<button data-readmore-unlocker>", "</button>",
            "<!--", "-->", "<", ">", "/", "=", "'", "\"", " ", "\n", "text", "文字", "&amp;", "<img src=a.jpg>",
            "<li>", "</li>", "<ul>", "</ul>", "<b>", "</b>", "<!doctype x>", "</ x>", "<?", "<a href=q/>", "</a>",
            "<noscript>", "</noscript>", "<textarea>", "</textarea>", "<font color=red>", "<desc>", "</desc>", "</br>",
        ]), 0..40)) {
            assert_reads_as_lol_html(&parts.concat());
        }
    }

    #[test]
    fn read_more_button_and_svg_style_are_not_text() {
        let html = r#"<p>甲。</p><button data-readmore-unlocker class="m-interstitial__unlock-btn"><span>继续浏览后续</span><span><svg><defs><style>.a{fill:none}</style></defs><path d="M0"/></svg></span></button><p>乙。</p>"#;
        let t = clean(html).unwrap();
        assert_eq!(t.body, "甲。\n乙。");
    }

    #[test]
    fn a_list_of_links_names_other_pages_not_this_one() {
        // bbc/2020-10-06-蓬佩奥访日参加美日印澳四方对话…: related articles between paragraphs.
        let html = r#"<p>据日本共同社即时报道，美日两方今日上午会后确认。</p><ul role="list"><li role="listitem"><a href="https://www.bbc.com/zhongwen/simp/chinese-news-54291307">习近平与菅义伟首次通话 但“未谈国事访问计划”</a></li><li><a href="https://www.bbc.com/zhongwen/simp/world-54188860">菅义伟：从幕后“平事人”到日本新首相的意外崛起</a></li></ul><ul><li>列表中的正文，<a href="x">链接</a>在其中。</li></ul>"#;
        assert_eq!(
            clean(html).unwrap().body,
            "据日本共同社即时报道，美日两方今日上午会后确认。\n列表中的正文，链接在其中。"
        );
    }

    #[test]
    fn feed_footer_and_copyright_end_the_text() {
        let html = r#"<p>正文。</p><p class="t-copyright">© 2020 AFP</p><br><hr><div>获取更多RSS：<br><a href="https://feedx.net">https://feedx.net</a></div>"#;
        assert_eq!(clean(html).unwrap().body, "正文。");
    }

    /// rfa/2020-09-18-森喜朗赴台 传菅义伟口信盼与蔡总统通电话: a list of video titles is no text;
    /// a paragraph that opens with a bracketed tag and goes on is.
    #[test]
    fn lists_of_video_and_article_titles_are_boilerplate() {
        assert!(is_boilerplate("视频【日前首相抱伤赴台 参加李登辉追思】【带菅义伟口信：菅义伟盼与蔡英文通电话】"));
        assert!(is_boilerplate("相关新闻：【美台交流限制取消】 【台外长：台湾有助于印太和平稳定】"));
        // rfi/jekyll/2020-08-16-美国调整驻欧洲兵力 从德国转往波兰: a link to an older report.
        assert!(is_boilerplate("相关报道 特朗普与默克尔会晤 欧美分歧显而易见"));
        assert!(!is_boilerplate("相关报道指出，特朗普与默克尔会晤时分歧显而易见。"));
        // RFI's link to another article: rfi/jekyll/2020-09-20-波兰-保护动物法通过 执政联盟动摇.md
        assert!(is_boilerplate("其它 / 美国巴西高层会晤 再次针对委内瑞拉"));
        assert!(!is_boilerplate("【法新社】美国总统特朗普20日与日本首相菅义伟通电话。"));
    }

    #[test]
    fn image_file_names_are_boilerplate_and_sentences_about_images_are_not() {
        for name in ["photo_1.jpg", "AP20245.jpeg", "x.webp"] {
            assert!(is_boilerplate(name), "{name}");
        }
        for text in [".jpg", "两张照片 photo.jpg", "photo.jpg.txt", "截图为png", "他看了一张jpg"] {
            assert!(!is_image_name(text), "{text}");
        }
    }

    #[test]
    fn a_sentence_over_the_limit_is_read_in_pieces_cut_at_clause_breaks() {
        let clause = "特朗普与安倍晋三通电话，";
        let long = clause.repeat(500);
        let p = format!("{long}。短句。");
        let sentences: Vec<&str> = split_sentences(&p).into_iter().map(|r| &p[r]).collect();
        assert_eq!(sentences.last(), Some(&"短句。"));
        let pieces = &sentences[..sentences.len() - 1];
        assert_eq!(pieces.concat(), format!("{long}。"));
        for piece in pieces {
            assert!(piece.len() <= MAX_SENTENCE_BYTES, "{}", piece.len());
        }
        // Each piece but the last ends at a clause break, the most that fits.
        let per_piece = MAX_SENTENCE_BYTES / clause.len();
        assert_eq!(pieces[0], clause.repeat(per_piece));
        // No clause break at all: cut at a character boundary.
        let p = "国".repeat(1000);
        let sentences: Vec<&str> = split_sentences(&p).into_iter().map(|r| &p[r]).collect();
        assert_eq!(sentences.concat(), p);
        assert_eq!(sentences[0].len(), MAX_SENTENCE_BYTES / 3 * 3);
        assert!(sentences.iter().all(|s| s.len() <= MAX_SENTENCE_BYTES));
    }

    #[test]
    fn sentences_keep_closing_quotes() {
        let t = Text::from_paragraphs(&["他说：“很好。”随后离开。", "第二段"]);
        assert_eq!(t.sentence(0), "他说：“很好。”");
        assert_eq!(t.sentence(1), "随后离开。");
        assert_eq!(t.sentence(2), "第二段");
        assert_eq!(t.sentences[2].paragraph, 1);
    }

    #[test]
    fn traditional_text_is_simplified_with_offsets_kept() {
        let t = Text::from_paragraphs(&["蔡英文與美國國務卿通話。"]);
        let s = t.simplified();
        assert_eq!(s.body, "蔡英文与美国国务卿通话。");
        assert_eq!(s.body.len(), t.body.len());
    }

    #[test]
    fn entities_are_decoded_and_space_folded() {
        let t = clean("<p>A&amp;B&nbsp;&nbsp; C</p>").unwrap();
        assert_eq!(t.body, "A&B C");
    }

    #[test]
    fn simplify_converts_as_fast2s_does_with_the_enumeration_comma_read_as_such() {
        let oracle = |s: &str| fast2s::convert(s).replace('丶', "、");
        let traditional = "蔡英文與美國國務卿通話。乾隆年間，計畫擱置；答覆說看著辦，憑藉藉口。乾坤兒寬";
        assert_eq!(simplify(traditional), oracle(traditional));
        assert_eq!(simplify("日本丶美國丶澳洲和印度"), "日本、美国、澳洲和印度");
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures");
        for entry in walkdir::WalkDir::new(dir).into_iter().filter_map(Result::ok).filter(|e| e.file_type().is_file()) {
            let text = std::fs::read_to_string(entry.path()).unwrap();
            assert_eq!(simplify(&text), oracle(&text), "{}", entry.path().display());
        }
    }
}
