//! Cleaning: body HTML → [`Text`], the article's readable paragraphs and sentences.
//!
//! Owns what is boilerplate and what is text. Markup that is never text (scripts, styles,
//! SVG, buttons, figures and captions, ad slots, share blocks, self-promo divs, copyright
//! and attribution blocks) is dropped while the HTML streams through lol_html; paragraphs
//! that are boilerplate by their wording (feed footers, copyright lines, bare URLs and
//! timestamps, editor credits) are dropped afterwards by [`is_boilerplate`].

use lol_html::html_content::Element;
use lol_html::{HtmlRewriter, Settings, doc_text, element, end_tag};
use regex::Regex;
use std::cell::RefCell;
use std::ops::Range;
use std::rc::Rc;
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
        let mut body = String::new();
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
    /// matching on it yields ranges of this text (mentions stay as written).
    pub fn simplified(&self) -> Text {
        Text { body: simplify(&self.body), sentences: self.sentences.clone() }
    }
}

/// Traditional → simplified characters, as fast2s converts them, with every byte offset
/// kept (fast2s maps CJK ideographs of U+3400–U+9FFF to ideographs of the same UTF-8
/// length). A table built once from fast2s answers for most characters; the few whose
/// conversion depends on their neighbours (乾隆, 计畫) ask fast2s with those neighbours.
pub fn simplify(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut copied = 0;
    for (i, c) in s.char_indices() {
        let Some(slot) = (c as u32).checked_sub(SIMPLIFIED_FIRST).and_then(|k| SIMPLIFIED.get(k as usize)) else {
            continue;
        };
        let simple = match *slot {
            CONTEXTUAL => {
                let before = s[..i].chars().next_back().unwrap_or('0');
                let after = s[i + c.len_utf8()..].chars().next().unwrap_or('0');
                fast2s::convert(&format!("{before}{c}{after}")).chars().nth(1).unwrap_or(c)
            }
            k => char::from_u32(SIMPLIFIED_FIRST + u32::from(k)).unwrap_or(c),
        };
        if simple != c && simple.len_utf8() == c.len_utf8() {
            out.push_str(&s[copied..i]);
            out.push(simple);
            copied = i + c.len_utf8();
        }
    }
    out.push_str(&s[copied..]);
    out
}

/// The first and last character fast2s converts.
const SIMPLIFIED_FIRST: u32 = 0x3400;
const SIMPLIFIED_LAST: u32 = 0x9FFF;
/// Marks, in [`SIMPLIFIED`], a character whose conversion depends on its neighbours.
const CONTEXTUAL: u16 = u16::MAX;
/// The characters whose conversion fast2s decides from their neighbours.
const CONTEXTUAL_CHARS: &str = "兒覆夥藉瞭麽幺於乾著苧闔鍾讎畫";

/// For each character from [`SIMPLIFIED_FIRST`], its simplified form (as an offset from
/// [`SIMPLIFIED_FIRST`]) or [`CONTEXTUAL`].
static SIMPLIFIED: LazyLock<Vec<u16>> = LazyLock::new(|| {
    (SIMPLIFIED_FIRST..=SIMPLIFIED_LAST)
        .map(|u| {
            let c = char::from_u32(u).expect("no surrogates in U+3400–U+9FFF");
            if CONTEXTUAL_CHARS.contains(c) {
                return CONTEXTUAL;
            }
            let simple = fast2s::convert(c.encode_utf8(&mut [0; 4])).chars().next().unwrap_or(c);
            match (simple as u32).checked_sub(SIMPLIFIED_FIRST) {
                Some(k) if simple as u32 <= SIMPLIFIED_LAST => k as u16,
                _ => (u - SIMPLIFIED_FIRST) as u16,
            }
        })
        .collect()
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
    "figure",
    "figcaption",
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
    "image-caption",
    "m-figure__caption__legend",
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

#[derive(Default)]
struct State {
    skip: usize,
    depth: usize,
    current: String,
    paragraphs: Vec<String>,
}

impl State {
    fn flush(&mut self) {
        if !self.current.is_empty() {
            let raw = std::mem::take(&mut self.current);
            self.paragraphs.push(raw);
        }
    }
}

/// Why a body could not be cleaned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CleanError(pub String);

impl std::fmt::Display for CleanError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "HTML could not be read: {}", self.0)
    }
}

/// Whether an element's whole content is never article text.
fn is_skipped(el: &Element, tag: &str) -> bool {
    SKIPPED_TAGS.contains(&tag) || (!el.attributes().is_empty() && is_skipped_by_attributes(el))
}

/// Whether an element's attributes, class or id mark it as never article text.
fn is_skipped_by_attributes(el: &Element) -> bool {
    SKIPPED_ATTRIBUTES.iter().any(|a| el.has_attribute(a))
        || el.get_attribute("class").is_some_and(|c| c.split_ascii_whitespace().any(|c| SKIPPED_CLASSES.contains(&c)))
        || el.get_attribute("id").is_some_and(|id| SKIPPED_IDS.contains(&id.as_str()))
}

/// Extracts the readable text of a body of HTML.
pub fn clean(html: &str) -> Result<Text, CleanError> {
    Ok(Text::from_paragraphs(&clean_paragraphs(html)?))
}

/// Extracts the readable paragraphs of a body of HTML, in order.
pub fn clean_paragraphs(html: &str) -> Result<Vec<String>, CleanError> {
    let state = Rc::new(RefCell::new(State::default()));
    let st = Rc::clone(&state);
    // One handler for every element (one selector is far cheaper for lol_html to build
    // per article than one per rule): it counts the nesting depth, enters and leaves
    // skipped elements, and ends paragraphs at block elements.
    let every_element = element!("*", move |el| {
        let tag = el.tag_name();
        let has_content = el.can_have_content() && !el.is_self_closing();
        let counted = has_content && !OPTIONAL_END.contains(&tag.as_str());
        let skipped = has_content && is_skipped(el, &tag);
        let block = BLOCKS.contains(&tag.as_str());
        {
            let mut s = st.borrow_mut();
            if counted {
                s.depth += 1;
                if s.depth > MAX_HTML_DEPTH {
                    return Err(format!("elements nested more than {MAX_HTML_DEPTH} deep").into());
                }
            }
            if skipped {
                s.skip += 1;
            }
            if block {
                s.flush();
            }
        }
        if counted || skipped || block {
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
                        s.flush();
                    }
                    Ok(())
                }));
            }
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
    rewriter.write(html.as_bytes()).and_then(|_| rewriter.end()).map_err(|e| CleanError(e.to_string()))?;
    let mut state = state.borrow_mut();
    state.flush();
    let mut paragraphs = Vec::new();
    for raw in &state.paragraphs {
        let text = fold_whitespace(&html_escape::decode_html_entities(raw));
        if text.is_empty() {
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

/// Folds every run of white space (NBSP and ideographic space too) into one space.
pub fn fold_whitespace(s: &str) -> String {
    let is_space = |c: char| c.is_whitespace() || c == '\u{a0}' || c == '\u{3000}' || c == '\u{200b}';
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    // Runs of text between spaces are copied whole; a space can only start at an ASCII
    // white space byte or at the first byte of U+0085, U+00A0, U+1680, U+2000–U+205F, U+3000.
    let mut rest = s;
    while !rest.is_empty() {
        let next = rest.bytes().position(|b| matches!(b, b'\t'..=b'\r' | b' ' | 0xC2 | 0xE1 | 0xE2 | 0xE3));
        let at = next.unwrap_or(rest.len());
        if at > 0 {
            if space {
                out.push(' ');
                space = false;
            }
            out.push_str(&rest[..at]);
        }
        rest = &rest[at..];
        let Some(c) = rest.chars().next() else { break };
        if is_space(c) {
            space = !out.is_empty();
        } else {
            if space {
                out.push(' ');
                space = false;
            }
            out.push(c);
        }
        rest = &rest[c.len_utf8()..];
    }
    out
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
          | 德国之声致力于为您提供客观中立的新闻报道.*
          | 嘉宾和观众听众发表的都是个人观点.*
          | \[?摘编自.*
          | 德国之声中文网
          | null\s.*
        )$",
    )
    .unwrap()
});

/// A web address anywhere in a paragraph.
static URL: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"https?://\S").unwrap());

/// Whether a whole paragraph is boilerplate by its wording: an editor credit (责编) or a web
/// address anywhere, an image file name, or one of the forms of the boilerplate pattern. (The first
/// three are tested apart from the regex, which would otherwise read every paragraph to
/// its end.)
pub fn is_boilerplate(paragraph: &str) -> bool {
    paragraph.contains("责编") || URL.is_match(paragraph) || is_image_name(paragraph) || BOILERPLATE.is_match(paragraph)
}

/// A file name of an image: `photo_1.jpg`.
fn is_image_name(p: &str) -> bool {
    let Some((stem, extension)) = p.rsplit_once('.') else { return false };
    !stem.is_empty() && !p.contains(char::is_whitespace) && ["jpg", "jpeg", "png", "gif", "webp"].contains(&extension)
}

/// Splits a paragraph into sentences after 。！？!?； (keeping closing quotes with them).
pub fn split_sentences(p: &str) -> Vec<Range<usize>> {
    let is_end = |c: char| matches!(c, '。' | '！' | '？' | '!' | '?' | '；' | ';');
    let is_closing = |c: char| matches!(c, '”' | '’' | '」' | '』' | '）' | ')' | '"' | '。' | '！' | '？');
    let mut out = Vec::new();
    let mut start = 0;
    let mut at = 0;
    // A sentence end is `!`, `?`, `;` or a character whose first byte is E3 (。) or EF (！？；):
    // the bytes between are passed over without decoding them.
    while let Some(skip) = p.as_bytes()[at..].iter().position(|b| matches!(b, b'!' | b'?' | b';' | 0xE3 | 0xEF)) {
        at += skip;
        let c = p[at..].chars().next().expect("a character starts at a lead byte");
        at += c.len_utf8();
        if !is_end(c) {
            continue;
        }
        let closing: usize = p[at..].chars().take_while(|&q| is_closing(q)).map(char::len_utf8).sum();
        at += closing;
        push_trimmed(p, start..at, &mut out);
        start = at;
    }
    push_trimmed(p, start..p.len(), &mut out);
    out
}

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

    #[test]
    fn read_more_button_and_svg_style_are_not_text() {
        let html = r#"<p>甲。</p><button data-readmore-unlocker class="m-interstitial__unlock-btn"><span>继续浏览后续</span><span><svg><defs><style>.a{fill:none}</style></defs><path d="M0"/></svg></span></button><p>乙。</p>"#;
        let t = clean(html).unwrap();
        assert_eq!(t.body, "甲。\n乙。");
    }

    #[test]
    fn feed_footer_and_copyright_end_the_text() {
        let html = r#"<p>正文。</p><p class="t-copyright">© 2020 AFP</p><br><hr><div>获取更多RSS：<br><a href="https://feedx.net">https://feedx.net</a></div>"#;
        assert_eq!(clean(html).unwrap().body, "正文。");
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
    fn simplify_converts_as_fast2s_does() {
        let traditional = "蔡英文與美國國務卿通話。乾隆年間，計畫擱置；答覆說看著辦，憑藉藉口。乾坤兒寬";
        assert_eq!(simplify(traditional), fast2s::convert(traditional));
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures");
        for entry in walkdir::WalkDir::new(dir).into_iter().filter_map(Result::ok).filter(|e| e.file_type().is_file()) {
            let text = std::fs::read_to_string(entry.path()).unwrap();
            assert_eq!(simplify(&text), fast2s::convert(&text), "{}", entry.path().display());
        }
    }
}
