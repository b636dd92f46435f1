//! Matching: text → [`Matches`]: [`Mention`]s of dictionary entries and contact trigger
//! words, the office titles (for discovering unknown people), and the text's word boundaries.
//!
//! One scan ([`forms::FormScanner`]: what an Aho-Corasick automaton finds, faster on Chinese
//! text) finds every surface form of every dictionary and every office title, so a text is
//! read once. A match counts only where it agrees
//! with jieba's word boundaries ([`crate::segment`], which knows every surface form, each
//! with the frequency it needs to stay whole), so 中美洲 is not China + US.
//! Among the matches that agree, the leftmost-longest win. One-character country forms
//! (美, 中, 日) count only in compounds: runs of them (中美, 日美韩), with 方 (美方), after
//! a travel verb (访华, 驻美), or before a title (美国务卿, 美防长). Only the parts of a text
//! whose boundaries are asked about are segmented ([`WordBoundaries`]).

pub mod forms;

use crate::clean::simplify;
use crate::dict::Dictionaries;
use crate::segment::{Segmenter, WordBoundaries};
use forms::{FormScanner, Occurrence};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::ops::Range;

/// What a surface form names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Target {
    /// Index into `Dictionaries::people`; `weak` forms need a strong form of the same person.
    Person {
        index: usize,
        weak: bool,
    },
    /// Index into `Dictionaries::countries`; `weak` forms need a strong form of the same country.
    Country {
        index: usize,
        weak: bool,
    },
    Organization(usize),
    /// Index into `Dictionaries::cues` of a `contact` cue.
    Trigger(usize),
}

/// One occurrence of a surface form in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention<'m> {
    pub range: Range<usize>,
    /// Every entry the form names (more than one only for shared forms), borrowed from the
    /// matcher: no copy, and no count shared by the threads, per mention.
    pub targets: &'m [Target],
}

/// The automaton, jieba and the compound rules, built once per process.
pub struct Matcher {
    scanner: FormScanner,
    /// What each pattern names (nothing for a form that is only an office title).
    targets: Vec<Box<[Target]>>,
    /// What each one-character country form names, by country index (for the mentions found
    /// in compounds).
    short_targets: Vec<Target>,
    /// Whether each pattern is an office title.
    is_title: Vec<bool>,
    /// Whether each pattern is a verb of speech.
    is_speech: Vec<bool>,
    /// jieba's words, with every dictionary form among them.
    segmenter: Segmenter,
    /// One-character country forms and their country, sorted by character.
    short: Vec<(char, usize)>,
    /// Whether each pattern is a one-character country form (the scan finds them too, so
    /// that no other pass over the text has to).
    is_short: Vec<bool>,
    joint: Vec<(String, Vec<usize>)>,
}

/// Verbs of travel and posting before a one-character country form: 访华, 驻美, 赴日.
const TRAVEL_PREFIX: &[char] = &['访', '赴', '抵', '驻', '来', '离', '返'];
/// Titles and groups after a one-character country form: 美国务卿, 日首相, 美军.
const TITLE_HEADS: &[&str] = &[
    "总统",
    "副总统",
    "国务卿",
    "外长",
    "防长",
    "财长",
    "总理",
    "首相",
    "政府",
    "官员",
    "军",
    "媒",
    "外交部",
    "国防部",
    "商务部",
    "国务院",
    "大使",
    "使馆",
    "领导人",
    "元首",
    "议员",
    "国会",
    "众议院",
    "参议院",
    "贸易代表",
    "驻",
    "籍",
    "舰",
];
/// Words that may follow a run of one-character country forms inside one jieba word
/// (中美关系, 韩三国): the run still names its countries. 中美洲 is not such a word.
const COMPOUND_HEADS: &[&str] = &[
    "关系",
    "两国",
    "三国",
    "四国",
    "双边",
    "贸易",
    "经贸",
    "同盟",
    "联盟",
    "首脑",
    "领导人",
    "领袖",
    "元首",
    "外长",
    "防长",
    "峰会",
    "高峰会",
    "会谈",
    "会晤",
    "对话",
    "战略",
    "合作",
    "联合",
    "声明",
    "协议",
    "边境",
    "边界",
    "冲突",
    "矛盾",
    "友好",
    "外交",
    "军演",
    "交流",
    "之间",
    "间",
    "建交",
    "摩擦",
    "谈判",
    "博弈",
    "竞争",
    "对抗",
    "航线",
    "地区",
    "两地",
    "同胞",
];
/// One-character country forms that are also common words or parts of words.
/// (Character slices, not strings: `str::contains` of a character searches for its bytes.)
const RISKY_SHORT: &[char] = &[
    '以', '加', '法', '德', '巴', '印', '英', '意', '土', '希', '波', '荷', '丹', '芬', '埃', '叙', '乌', '泰', '越',
    '菲', '墨', '沙', '捷', '匈', '葡', '梵', '蒙', '缅', '柬', '马', '挪', '奥', '新',
];

/// Digits written in Chinese.
const CHINESE_DIGITS: &[char] = &['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/// Whether `rest` opens with a count of countries in digits (美加墨3国, 中日韩3方).
fn counts_countries(rest: &str) -> bool {
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    digits > 0 && rest[digits..].starts_with(['国', '方'])
}

/// Runs whose one-character forms read differently together: 港澳 is Hong Kong and Macau.
const JOINT_READINGS: &[(&str, &[&str])] =
    &[("港澳", &["HK", "MO"]), ("澳新", &["AU", "NZ"]), ("以巴", &["IL", "PS"]), ("巴以", &["PS", "IL"])];
/// Forms of 方 after a one-character country form that are not a country: 西方, 东方.
const NOT_SIDES: &[&str] = &["西方", "东方", "南方", "北方", "双方", "多方", "对方", "一方", "各方"];

impl Matcher {
    pub fn new(dicts: &Dictionaries) -> Matcher {
        let Patterns { forms: patterns, titles, speech } = patterns(dicts);
        let is_title = patterns.iter().map(|(form, _)| titles.contains(form)).collect();
        let is_speech = patterns.iter().map(|(form, _)| speech.contains(form)).collect();
        // The forms jieba is taught, each with the frequency it needs to stay whole. Those
        // only a user's dictionary has do not weigh on how other texts are cut (see
        // `Segmenter::add_uncounted`).
        let builtin: Option<HashSet<String>> = dicts.has_user_files().then(|| {
            let embedded = Dictionaries::embedded().expect("the built-in dictionaries load");
            self::patterns(&embedded).forms.into_iter().map(|(form, _)| form).collect()
        });
        let (jieba_forms, user_forms): (Vec<&str>, Vec<&str>) = patterns
            .iter()
            .filter(|(form, targets)| !targets.is_empty() && form.chars().count() >= 2 && !form.is_ascii())
            .map(|(form, _)| form.as_str())
            .partition(|form| builtin.as_ref().is_none_or(|b| b.contains(*form)));
        let mut segmenter = Segmenter::new(&jieba_forms);
        segmenter.add_uncounted(&user_forms);
        let scanner = FormScanner::new(&patterns.iter().map(|(form, _)| form.as_str()).collect::<Vec<_>>());
        let joint = JOINT_READINGS
            .iter()
            .filter_map(|(form, ids)| {
                let countries: Option<Vec<usize>> =
                    ids.iter().map(|id| dicts.countries.iter().position(|c| c.id == *id)).collect();
                Some((form.to_string(), countries?))
            })
            .collect();
        let mut short: Vec<(char, usize)> = Vec::new();
        for (i, c) in dicts.countries.iter().enumerate() {
            for s in &c.short {
                let s = simplify(s);
                let mut chars = s.chars();
                if let (Some(ch), None) = (chars.next(), chars.next())
                    && !short.iter().any(|(known, _)| *known == ch)
                {
                    short.push((ch, i));
                }
            }
        }
        short.sort();
        let is_short = patterns
            .iter()
            .map(|(form, _)| {
                let mut chars = form.chars();
                matches!((chars.next(), chars.next()), (Some(c), None) if short.binary_search_by_key(&c, |(s, _)| *s).is_ok())
            })
            .collect();
        let targets = patterns.into_iter().map(|(_, t)| t.into_boxed_slice()).collect();
        let short_targets = (0..dicts.countries.len()).map(|index| Target::Country { index, weak: false }).collect();
        Matcher { scanner, targets, short_targets, is_title, is_speech, segmenter, short, is_short, joint }
    }

    /// All mentions in `text`, in order, not overlapping.
    pub fn find<'m>(&'m self, text: &'m str) -> Vec<Mention<'m>> {
        self.find_all(text).mentions
    }

    /// The mentions of `text`, its office titles, and jieba's word boundaries of it (for
    /// later stages that read words).
    pub fn find_all<'t>(&'t self, text: &'t str) -> Matches<'t> {
        let bounds = self.segmenter.boundaries(text);
        let bytes = text.as_bytes();
        let ascii_word = |i: usize| bytes.get(i).is_some_and(|b| b.is_ascii_alphanumeric());
        let mut titles: Vec<Range<usize>> = Vec::new();
        let mut speech: Vec<usize> = Vec::new();
        let mut short_at: Vec<usize> = Vec::new();
        let mut candidates: Vec<(usize, usize, usize)> = self
            .scanner
            .find_overlapping(text)
            .into_iter()
            .inspect(|o| {
                if self.is_title[o.form] {
                    titles.push(o.start..o.end);
                }
                if self.is_speech[o.form] {
                    speech.push(o.start);
                }
                if self.is_short[o.form] {
                    short_at.push(o.start);
                }
            })
            .filter(|o| !self.targets[o.form].is_empty())
            .map(|Occurrence { start, end, form }| (start, end, form))
            .collect();
        // Whether a match agrees with the word boundaries.
        let agrees = |s: usize, e: usize, p: usize| {
            if bytes[s].is_ascii() || bytes[e - 1].is_ascii() {
                // Latin forms: whole words only.
                let joined_before = s > 0 && ascii_word(s - 1) && ascii_word(s);
                let joined_after = ascii_word(e) && ascii_word(e - 1);
                !joined_before && !joined_after
            } else {
                // A contact word may end inside a jieba word (会面前 = 会/面前), and a
                // country name before a title too (中国防长 = 中/国防/长); neither may
                // start inside one (峰会谈 is no 会谈).
                let relaxed_end = || {
                    self.targets[p].iter().any(|t| match t {
                        Target::Trigger(_) => true,
                        Target::Country { .. } => starts_with_any(&text[e..], TITLE_HEADS),
                        _ => false,
                    })
                };
                bounds.at(s) && (bounds.at(e) || relaxed_end())
            }
        };
        // Leftmost-longest among the matches that agree: a match is checked only if no
        // longer one at its start, and none before it, was taken.
        candidates.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
        let mut mentions = Vec::new();
        let mut last_end = 0;
        for (s, e, p) in candidates {
            if s >= last_end && agrees(s, e, p) {
                mentions.push(Mention { range: s..e, targets: &self.targets[p] });
                last_end = e;
            }
        }
        self.add_short_forms(text, &bounds, &short_at, &mut mentions);
        // A verb of speech starts a word (坚称 holds no 称).
        speech.sort_unstable();
        speech.dedup();
        speech.retain(|&at| bounds.at(at));
        Matches { mentions, titles: leftmost_longest(titles), speech, bounds }
    }

    /// The segmenter, with every dictionary form known to it.
    pub fn segmenter(&self) -> &Segmenter {
        &self.segmenter
    }

    /// Whether jieba reads a run of one-character forms as one ordinary word (加以, 以及).
    fn is_common_word(&self, run: &str) -> bool {
        const FUNCTION_TAGS: &[&str] = &["v", "c", "p", "d", "u", "r", "a", "ad", "vd", "vn", "m", "q"];
        let tags = self.segmenter.tag(run);
        tags.len() == 1 && FUNCTION_TAGS.contains(&tags[0].1)
    }

    /// The country a one-character form names (美 → US), if it is one.
    fn short_form(&self, c: char) -> Option<usize> {
        self.short.binary_search_by_key(&c, |(s, _)| *s).ok().map(|i| self.short[i].1)
    }

    /// One-character country forms in compounds, in the gaps between dictionary matches.
    /// `short_at` holds the offset of every one-character form in `text`, in order.
    fn add_short_forms<'m>(
        &'m self,
        text: &str,
        bounds: &WordBoundaries,
        short_at: &[usize],
        mentions: &mut Vec<Mention<'m>>,
    ) {
        // Mentions are in order and do not overlap, so "is this offset covered" walks them once.
        let mut next_mention = 0;
        let mut covered = |at: usize| {
            while mentions.get(next_mention).is_some_and(|m| m.range.end <= at) {
                next_mention += 1;
            }
            mentions.get(next_mention).is_some_and(|m| m.range.start <= at)
        };
        let mut found = Vec::new();
        let char_at = |at: usize| text[at..].chars().next().expect("a form starts at a character");
        // The run of one-character forms being read (reused from run to run): forms in a row,
        // none inside a mention.
        let mut run: Vec<(usize, char)> = Vec::new();
        let mut next = 0;
        while let Some(&start) = short_at.get(next) {
            next += 1;
            if covered(start) {
                continue;
            }
            let c = char_at(start);
            run.clear();
            run.push((start, c));
            let mut end = start + c.len_utf8();
            while short_at.get(next) == Some(&end) && !covered(end) {
                let d = char_at(end);
                run.push((end, d));
                end += d.len_utf8();
                next += 1;
            }
            let before = text[..start].char_indices().next_back();
            let rest = &text[end..];
            let single = |found: &mut Vec<Mention<'m>>, (o, ch): (usize, char), country: usize| {
                found.push(Mention {
                    range: o..o + ch.len_utf8(),
                    targets: std::slice::from_ref(&self.short_targets[country]),
                });
            };
            let ends_well = || {
                bounds.at(end) || {
                    let tail = &text[end..bounds.word_end(end.saturating_sub(1)).max(end)];
                    starts_with_any(tail, COMPOUND_HEADS)
                }
            };
            // A run with a form that is also a common word (以, 加, 法, 德, 印 …) must be
            // followed by what a compound of countries is followed by (中印边界, 英法两国), and
            // no run follows a number (28日以…).
            let risky = run.iter().any(|(_, c)| RISKY_SHORT.contains(c));
            let after_number = before.is_some_and(|(_, c)| c.is_ascii_digit() || CHINESE_DIGITS.contains(&c));
            let headed = || {
                starts_with_any(rest, COMPOUND_HEADS)
                    || starts_with_any(rest, TITLE_HEADS)
                    || rest.starts_with(['方', '的', '，', '。', '、', '；', '”', '）'])
                    || counts_countries(rest)
                    || self.joint.iter().any(|(f, _)| text[start..end].contains(f.as_str()))
            };
            if run.len() == 1 && rest.starts_with('、') {
                // 中、日、韩 (东盟与中、日、韩高官视讯会议): one-character forms listed with 、,
                // each a word of its own, name a side each; a list with a form that is
                // also a common word must be followed by what a compound is.
                let mut list = vec![(start, c)];
                let mut list_end = end;
                while let Some(o) = text[list_end..].starts_with('、').then_some(list_end + '、'.len_utf8())
                    && short_at.get(next) == Some(&o)
                    && !covered(o)
                {
                    let d = char_at(o);
                    list.push((o, d));
                    list_end = o + d.len_utf8();
                    next += 1;
                }
                let after = &text[list_end..];
                let distinct: std::collections::HashSet<char> = list.iter().map(|(_, c)| *c).collect();
                let words = list.iter().all(|&(o, d)| bounds.at(o) && bounds.at(o + d.len_utf8()));
                let risky = list.iter().any(|(_, c)| RISKY_SHORT.contains(c));
                let headed = starts_with_any(after, COMPOUND_HEADS) || starts_with_any(after, TITLE_HEADS);
                if list.len() >= 2 {
                    if distinct.len() == list.len() && !after_number && words && (!risky || headed) {
                        for &(o, d) in &list {
                            single(&mut found, (o, d), self.short_form(d).expect("a short form"));
                        }
                    }
                    continue;
                }
            }
            if run.len() >= 2 {
                if !after_number
                    && (!risky || headed())
                    && bounds.at(start)
                    && ends_well()
                    && !self.is_common_word(&text[start..end])
                {
                    // 中美, 日美韩: every character a side; 港澳 read together.
                    let distinct: std::collections::HashSet<char> = run.iter().map(|(_, c)| *c).collect();
                    if distinct.len() == run.len() {
                        let mut k = 0;
                        while k < run.len() {
                            let (o, ch) = run[k];
                            let joint = self.joint.iter().find(|(f, _)| text[o..end].starts_with(f.as_str()));
                            match joint {
                                Some((form, ids)) => {
                                    let n = form.chars().count();
                                    for (&(jo, jc), &country) in run[k..k + n].iter().zip(ids) {
                                        single(&mut found, (jo, jc), country);
                                    }
                                    k += n;
                                }
                                None => {
                                    single(&mut found, (o, ch), self.short_form(ch).expect("a short form"));
                                    k += 1;
                                }
                            }
                        }
                    }
                }
            } else {
                let side = || {
                    rest.starts_with('方')
                        && !NOT_SIDES.iter().any(|n| text[start..].starts_with(n))
                        && bounds.at(start)
                        && bounds.at(end + '方'.len_utf8())
                };
                // 访华, 驻美: the travel verb starts a word of its own (not 采访中).
                let travel =
                    || before.is_some_and(|(o, b)| TRAVEL_PREFIX.contains(&b) && bounds.at(o)) && bounds.at(end);
                let titled = || {
                    !matches!(c, '以' | '加' | '新' | '马') && starts_with_any(rest, TITLE_HEADS) && bounds.at(start)
                };
                // 对日访问, 对华进行国事访问: the destination of a visit.
                let visited = || {
                    let soon = rest.char_indices().nth(8).map_or(rest, |(i, _)| &rest[..i]);
                    before.is_some_and(|(o, b)| b == '对' && bounds.at(o))
                        && (rest.starts_with("访问")
                            || ["进行", "的", "国事", "正式"].iter().any(|w| rest.starts_with(w))
                                && soon.contains("访问"))
                };
                if side() || travel() || titled() || visited() {
                    single(&mut found, (start, c), self.short_form(c).expect("a short form"));
                }
            }
        }
        if !found.is_empty() {
            mentions.extend(found);
            mentions.sort_by_key(|m| m.range.start);
        }
    }
}

/// What [`Matcher::find_all`] finds in one text.
pub struct Matches<'t> {
    /// Dictionary mentions, in order, not overlapping.
    pub mentions: Vec<Mention<'t>>,
    /// Office titles, leftmost-longest, not overlapping (whatever jieba says of them).
    pub titles: Vec<Range<usize>>,
    /// Where verbs of speech (表示, 说) start a word, in order.
    pub speech: Vec<usize>,
    pub bounds: WordBoundaries<'t>,
}

/// Every surface form of `dicts` (sorted) with what it names, and the forms that are office
/// titles (a form only a title or a one-character country form names nothing). Forms are
/// simplified, as the texts they are found in are (an entry written 徐薰 is found as 徐熏).
/// The forms the scanner looks for: each with what it names, and which are office titles and
/// verbs of speech.
struct Patterns {
    forms: Vec<(String, Vec<Target>)>,
    titles: HashSet<String>,
    speech: HashSet<String>,
}

fn patterns(dicts: &Dictionaries) -> Patterns {
    let mut forms: HashMap<String, Vec<Target>> = HashMap::default();
    let mut add = |form: &str, t: Target| {
        let form = simplify(form.trim());
        // A joined name (保罗·加拉格尔) is also found as the text's dots are read
        // (`clean::canonical_joiners`: 保罗•加拉格尔 as 保罗・加拉格尔, 保罗.加拉格尔 as 保罗-加拉格尔).
        let variants: Vec<String> =
            if form.contains('·') { vec![form.replace('·', "・"), form.replace('·', "-")] } else { Vec::new() };
        for form in std::iter::once(form.into_owned()).chain(variants) {
            if form.is_empty() {
                continue;
            }
            let entry = forms.entry(form).or_default();
            if !entry.contains(&t) {
                entry.push(t);
            }
        }
    };
    for (index, p) in dicts.people.iter().enumerate() {
        add(&p.name, Target::Person { index, weak: false });
        if let Some(en) = &p.english {
            add(en, Target::Person { index, weak: false });
        }
        for a in &p.aliases {
            add(&a.form, Target::Person { index, weak: a.weak });
        }
    }
    for (i, c) in dicts.countries.iter().enumerate() {
        add(&c.name, Target::Country { index: i, weak: false });
        for a in &c.aliases {
            add(&a.form, Target::Country { index: i, weak: a.weak });
        }
    }
    for (i, o) in dicts.organizations.iter().enumerate() {
        add(&o.name, Target::Organization(i));
        if let Some(en) = &o.english {
            add(en, Target::Organization(i));
        }
        for a in &o.aliases {
            add(&a.form, Target::Organization(i));
        }
    }
    for (i, cue) in dicts.cues.iter().enumerate() {
        if cue.category == "contact" {
            for f in &cue.forms {
                add(f, Target::Trigger(i));
            }
        }
    }
    // Office titles (category `title`) ride along in the same scan, so the text is read
    // once; a form only a title names nothing and is unknown to jieba.
    let mut titles: HashSet<String> = HashSet::default();
    for (_, title) in dicts.cue_forms("title") {
        let title = simplify(title.trim());
        if !title.is_empty() {
            forms.entry(title.to_string()).or_default();
            titles.insert(title.into_owned());
        }
    }
    // So do the verbs of speech (category `speech`: 表示, 说), whose speakers discovery reads.
    let mut speech: HashSet<String> = HashSet::default();
    for (_, verb) in dicts.cue_forms("speech") {
        let verb = simplify(verb.trim());
        if !verb.is_empty() {
            forms.entry(verb.to_string()).or_default();
            speech.insert(verb.into_owned());
        }
    }
    // One-character country forms (美, 中) ride along as well, naming nothing themselves: the
    // scan tells where they are, for the compound rules.
    for country in &dicts.countries {
        for short in &country.short {
            if short.chars().count() == 1 {
                forms.entry(simplify(short).into_owned()).or_default();
            }
        }
    }
    let mut patterns: Vec<(String, Vec<Target>)> = forms.into_iter().collect();
    // The forms are distinct, so they alone decide the order.
    patterns.sort_unstable_by(|(a, _), (b, _)| a.cmp(b));
    Patterns { forms: patterns, titles, speech }
}

/// Whether `text` starts with one of `words`. Words of three bytes or more (every Chinese
/// word) are mostly ruled out by their first three bytes, compared as one number: a call
/// to `memcmp` per word would cost more.
fn starts_with_any(text: &str, words: &[&str]) -> bool {
    let lead = first_three_bytes(text);
    words.iter().any(|w| match (first_three_bytes(w), lead) {
        (Some(word_lead), Some(lead)) => word_lead == lead && text.starts_with(w),
        _ => text.starts_with(w),
    })
}

/// The first three bytes of `s` as a number, if it has three.
fn first_three_bytes(s: &str) -> Option<u32> {
    match *s.as_bytes() {
        [a, b, c, ..] => Some(u32::from_le_bytes([a, b, c, 0])),
        _ => None,
    }
}

/// Of overlapping ranges, those a leftmost-longest search finds: from the left, the longest
/// range starting at the first free offset.
fn leftmost_longest(mut ranges: Vec<Range<usize>>) -> Vec<Range<usize>> {
    ranges.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
    let mut free_from = 0;
    ranges.retain(|r| {
        let keep = r.start >= free_from;
        if keep {
            free_from = r.end;
        }
        keep
    });
    ranges
}

#[cfg(test)]
mod tests {
    use super::*;

    use aho_corasick::{AhoCorasickBuilder, MatchKind};
    use forms::FormScanner;

    /// The simplified clean text of every fixture article.
    fn fixture_texts() -> Vec<(String, String)> {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures");
        let mut texts = Vec::new();
        for entry in walkdir::WalkDir::new(dir).sort_by_file_name().into_iter().filter_map(Result::ok) {
            let Ok(raw) = std::fs::read_to_string(entry.path()) else { continue };
            let Ok(article) = crate::article::Article::parse(&raw) else { continue };
            let text = crate::clean::simplify(&crate::clean::clean(&article.html).unwrap().body).into_owned();
            texts.push((entry.path().display().to_string(), text));
        }
        texts
    }

    #[test]
    fn the_scan_finds_every_occurrence_an_aho_corasick_automaton_finds() {
        let patterns = patterns(&Dictionaries::embedded().unwrap()).forms;
        let forms: Vec<&str> = patterns.iter().map(|(form, _)| form.as_str()).collect();
        let scanner = FormScanner::new(&forms);
        let reference = AhoCorasickBuilder::new().match_kind(MatchKind::Standard).build(&forms).unwrap();
        let mut occurrences = 0;
        for (path, text) in fixture_texts() {
            let mut expected: Vec<Occurrence> = reference
                .find_overlapping_iter(&text)
                .map(|m| Occurrence { start: m.start(), end: m.end(), form: m.pattern().as_usize() })
                .collect();
            expected.sort();
            assert_eq!(scanner.find_overlapping(&text), expected, "{path}");
            occurrences += expected.len();
        }
        assert!(occurrences >= 1000, "only {occurrences} occurrences in the fixtures");
    }

    #[test]
    fn the_scan_of_hundreds_of_thousands_of_long_forms_finds_what_aho_corasick_finds() {
        // 150,000 forms of 2 to 31 characters, Chinese and Latin (over 1.7 million
        // characters in all, more than the scanner once had room for).
        let han: Vec<char> =
            "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾国会谈通电话".chars().collect();
        let latin: Vec<char> = "abcdefghijklmnopqrstuvwxyz ".chars().collect();
        let mut state = 7u64;
        let mut next = |n: usize| {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (state >> 33) as usize % n
        };
        let mut forms: Vec<String> = (0..150_000)
            .map(|i| {
                let (alphabet, len) = if i % 2 == 0 { (&latin, 12 + next(20)) } else { (&han, 2 + next(4)) };
                (0..len).map(|_| alphabet[next(alphabet.len())]).collect::<String>().trim().to_string()
            })
            .filter(|f| f.chars().count() >= 2)
            .collect();
        forms.sort();
        forms.dedup();
        let chars: usize = forms.iter().map(|f| f.chars().count()).sum();
        assert!(chars > 1_700_000, "{chars}");
        let refs: Vec<&str> = forms.iter().map(String::as_str).collect();
        let scanner = FormScanner::new(&refs);
        let reference = AhoCorasickBuilder::new().match_kind(MatchKind::Standard).build(&refs).unwrap();
        let text: String = (0..3000).map(|_| format!("{}，", forms[next(forms.len())])).collect();
        let mut expected: Vec<Occurrence> = reference
            .find_overlapping_iter(&text)
            .map(|m| Occurrence { start: m.start(), end: m.end(), form: m.pattern().as_usize() })
            .collect();
        expected.sort();
        assert!(expected.len() >= 3000);
        assert_eq!(scanner.find_overlapping(&text), expected);
    }

    #[test]
    fn the_scan_finds_forms_of_one_character_and_forms_inside_forms() {
        let scanner = FormScanner::new(&["华", "中华", "中华民国", "华民", "民国", "Taiwan"]);
        let text = "中华民国Taiwan华";
        let found: Vec<(&str, usize)> =
            scanner.find_overlapping(text).into_iter().map(|o| (&text[o.start..o.end], o.form)).collect();
        assert_eq!(
            found,
            [("中华", 1), ("中华民国", 2), ("华", 0), ("华民", 3), ("民国", 4), ("Taiwan", 5), ("华", 0)]
        );
        assert!(scanner.find_overlapping("").is_empty());
    }

    #[test]
    fn starts_with_any_reads_words_of_every_length() {
        assert!(starts_with_any("国务卿布林肯", TITLE_HEADS));
        assert!(starts_with_any("军演", &["演", "军"]));
        assert!(starts_with_any("ab", &["x", "ab"]));
        assert!(starts_with_any("a", &["a"]));
        assert!(!starts_with_any("国务", &["国务卿"]));
        assert!(!starts_with_any("", &["国"]));
        assert!(!starts_with_any("中美洲", COMPOUND_HEADS));
    }

    fn dicts() -> Dictionaries {
        let mut d = Dictionaries::default();
        let problems = d.add_files(
            [
                ("countries.tsv".to_string(), "CN\t中国\tChina\t-\t中|华\nUS\t美国\tUnited States\t-\t美\nJP\t日本\tJapan\t-\t日\nKR\t韩国\tSouth Korea\t南韩\t韩\nHK\t香港\tHong Kong\t-\t港\nMO\t澳门\tMacau\t-\t-\nAU\t澳大利亚\tAustralia\t澳洲\t澳\n"),
                ("organizations.tsv".to_string(), "voa\t美国之音\tVoice of America\tVOA\tUS\tmedia\n"),
                ("people.tsv".to_string(), "blinken-antony\t布林肯\tAntony Blinken\t-\tUS 国务卿 2021-01-26..2025-01-20\n"),
            ]
            .into_iter(),
        );
        assert!(problems.is_empty(), "{problems:?}");
        d
    }

    fn names(m: &Matcher, d: &Dictionaries, text: &str) -> Vec<String> {
        m.find(text)
            .into_iter()
            .map(|x| match x.targets[0] {
                Target::Country { index, .. } => d.countries[index].id.clone(),
                Target::Person { index, .. } => d.people[index].id.clone(),
                Target::Organization(i) => d.organizations[i].id.clone(),
                Target::Trigger(_) => "trigger".into(),
            })
            .collect()
    }

    #[test]
    fn compounds_name_each_side_but_central_america_is_no_country() {
        let d = dicts();
        let m = Matcher::new(&d);
        assert_eq!(names(&m, &d, "中美关系紧张"), ["CN", "US"]);
        assert_eq!(names(&m, &d, "中日韩三国"), ["CN", "JP", "KR"]);
        assert!(names(&m, &d, "中美洲国家").is_empty());
        assert_eq!(names(&m, &d, "美方表示"), ["US"]);
        assert_eq!(names(&m, &d, "他将访华"), ["CN"]);
        assert_eq!(names(&m, &d, "中澳关系"), ["CN", "AU"]);
        assert_eq!(names(&m, &d, "港澳地区"), ["HK", "MO"]);
    }

    #[test]
    fn outlet_names_are_not_countries() {
        let d = dicts();
        let m = Matcher::new(&d);
        assert_eq!(names(&m, &d, "据美国之音报道"), ["voa"]);
        assert_eq!(names(&m, &d, "美国国务卿布林肯（Antony Blinken）"), ["US", "blinken-antony", "blinken-antony"]);
    }

    #[test]
    fn titles_are_found_as_a_leftmost_longest_search_finds_them() {
        let dicts = Dictionaries::embedded().unwrap();
        let matcher = Matcher::new(&dicts);
        let forms: Vec<&str> = dicts.cue_forms("title").map(|(_, f)| f).collect();
        let search = AhoCorasickBuilder::new().match_kind(MatchKind::LeftmostLongest).build(&forms).unwrap();
        let mut titles = 0;
        for (path, text) in fixture_texts() {
            let expected: Vec<Range<usize>> = search.find_iter(&text).map(|m| m.range()).collect();
            assert_eq!(matcher.find_all(&text).titles, expected, "{path}");
            titles += expected.len();
        }
        assert!(titles >= 50, "only {titles} titles in the fixtures");
    }
}
