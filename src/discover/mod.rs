//! Discovery: people that no dictionary holds, found from how news names them.
//!
//! A name is read by its shape ([`shape`]: transliterated, Chinese/Korean/Vietnamese, or
//! Japanese) where its context says a person is named:
//!
//! - after an office title (国务卿X, 外交部亚洲司司长X, 日本众议员X, 团长X);
//! - before an English name in brackets that reads as a person's (惠勒（Andrew Wheeler）);
//! - as the subject of a speech verb (陈时中表示, 休伊特说), after a clause break;
//! - in a list with a person already named (团长X、副团长Y及Z; 蓬佩奥、佩恩和苏杰生);
//! - as the partner of a contact (与X会谈, 同X通电话).
//!
//! A bare Chinese-shaped name needs more than a speech verb, a list or a contact: three
//! characters that jieba does not read as words. The transliteration characters are learned
//! from the foreign names of the people dictionaries. The country is the one named just
//! before the title or the name (日本众议员X → JP), the role the title. A transliterated name
//! joined by · is also found by its last part (菲利浦・戴维森, 戴维森). Discovered people get the
//! stable id `zh-NAME` and `"known": false`.

mod shape;

use crate::dict::Dictionaries;
use crate::matcher::{Matches, Mention, Target};
use crate::segment::{Segmenter, WordBoundaries};
use aho_corasick::AhoCorasick;
use regex::Regex;
pub use shape::{Kind, Shape, Shapes, is_han, is_joiner};
use std::ops::Range;
use std::sync::LazyLock;

/// A person named in an article but in no dictionary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Discovered {
    pub name: String,
    pub english: Option<String>,
    pub country: Option<String>,
    pub role: Option<String>,
    /// Every occurrence of the name (or of the last part of a ·-joined name) in the text.
    pub ranges: Vec<Range<usize>>,
}

impl Discovered {
    /// The stable id of a person known only by name. A name never holds a control
    /// character, and its `-` joins two letters (凯莉-克拉夫特), so the id has no `--`, which
    /// edge ids (`KIND:SOURCE--TARGET`) reserve.
    pub fn id(&self) -> String {
        format!("zh-{}", self.name)
    }
}

static BRACKETED_ENGLISH: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[（(]\s*([A-Z][A-Za-zÀ-ÖØ-öø-ž'’.\- ]{1,48}[A-Za-zÀ-ÖØ-öø-ž.])\s*[)）]").unwrap());

/// The English name in brackets at the start of `rest`: （Antony Blinken）, （Norbert Röttgen）
/// (Latin letters with accents too).
pub fn bracketed_english(rest: &str) -> Option<&str> {
    // Most names are followed by no bracket, and most brackets by no capital: both are ruled
    // out before the regex runs.
    let inside = rest.strip_prefix('（').or_else(|| rest.strip_prefix('('))?;
    if !inside.trim_start().starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    BRACKETED_ENGLISH.captures(rest).and_then(|c| c.get(1)).map(|m| m.as_str().trim())
}

/// Words of English names of bodies, places and things, never of a person's.
const NOT_PERSON_WORDS: &[&str] = &[
    "Center",
    "Centre",
    "Council",
    "Ministry",
    "Party",
    "Group",
    "University",
    "Institute",
    "Agency",
    "Bank",
    "Company",
    "Inc",
    "Corporation",
    "Forum",
    "Association",
    "Committee",
    "Commission",
    "Office",
    "Department",
    "News",
    "Times",
    "Post",
    "Union",
    "Organization",
    "Organisation",
    "Foundation",
    "Fund",
    "Army",
    "Navy",
    "Force",
    "Command",
    "Network",
    "Project",
    "Initiative",
    "Act",
    "Law",
    "Stream",
    "Street",
    "Road",
    "Island",
    "Islands",
    "City",
    "Mountain",
    "Airlines",
    "Airways",
    "House",
    "Hall",
    "Square",
    "Station",
    "Times",
    "Journal",
    "Review",
    "Report",
    "Daily",
    "Weekly",
    "Magazine",
    "Media",
    "Press",
    "Radio",
    "Television",
    "Service",
    "Services",
    "Security",
    "Strategy",
    "Policy",
    "Affairs",
    "Relations",
    "Studies",
    "School",
    "College",
    "Church",
    "Embassy",
    "Parliament",
    "Congress",
    "Senate",
    "Assembly",
    "Court",
    "Government",
    "State",
    "States",
    "Republic",
    "Kingdom",
    "Movement",
    "Front",
    "Alliance",
    "Coalition",
    "League",
    "Club",
    "Team",
    "Project",
    "Plan",
    "Program",
    "Programme",
    "Conference",
    "Summit",
    "Dialogue",
    "Agreement",
    "Treaty",
    "Pact",
    "Partnership",
    "Economic",
    "Trade",
    "Global",
    "International",
    "National",
    "Public",
    "Health",
    "Energy",
    "Technology",
    "Technologies",
    "Systems",
    "Holdings",
    "Limited",
    "Ltd",
    "LLC",
    "Co",
    "Corp",
    "Airport",
    "Port",
    "Bay",
    "Sea",
    "River",
    "Lake",
    "Pool",
    "Reservoir",
    "Grove",
    "Park",
    "Great",
    "Hospital",
    "Stadium",
    "Tower",
    "Bridge",
    "Valley",
    "Mount",
    "Saint",
    "Hagia",
    "Las",
    "Los",
    "New",
    "Santa",
    "Fort",
    "Port",
];

/// Lower-case particles of person names (Ursula von der Leyen, Bashar al-Assad).
const NAME_PARTICLES: &[&str] =
    &["de", "van", "von", "der", "den", "bin", "al", "da", "di", "le", "la", "du", "del", "ben"];

/// Whether an English name in brackets reads as a person's: two to five words (separated by
/// a space at least once: Nagorno-Karabakh is a place), each a capitalised word, an initial
/// or a particle, none a word of a body or a place.
fn english_person(english: &str) -> bool {
    let words: Vec<&str> = english.split([' ', '-']).filter(|w| !w.is_empty()).collect();
    let capitalised = |w: &str| {
        let mut chars = w.chars();
        chars.next().is_some_and(|c| c.is_ascii_uppercase())
            && (w.len() <= 2 || w.chars().skip(1).any(|c| c.is_ascii_lowercase()))
    };
    english.contains(' ')
        && (2..=5).contains(&words.len())
        && words.iter().all(|w| capitalised(w) || NAME_PARTICLES.contains(w))
        && words.iter().filter(|w| capitalised(w)).count() >= 2
        && !words.iter().any(|w| NOT_PERSON_WORDS.contains(w))
}

/// What may stand right before a name in a list, a contact or a speech: a break, or a word
/// that takes a person after it.
const BEFORE_NAME: &[char] = &[
    '，', '。', '、', '；', '：', '“', '”', '「', '」', '（', '）', '(', ')', ' ', '\n', '和', '与', '及', '同', '跟',
    '对', '向', '由', '据', '让', '请', '被', '的',
];

/// Words after a surname that make it a form of address, not a name.
const HONORIFICS: &[&str] = &["先生", "女士", "小姐", "太太", "夫人", "老师", "教授", "博士", "同学", "师傅", "大人"];

/// Titles that follow a surname as a form of address (蔡总统, 菅首相), not a given name.
const TITLE_WORDS: &[&str] = &[
    "总统", "首相", "总理", "主席", "部长", "外长", "议员", "大使", "市长", "州长", "院长", "局长", "司长", "主任",
    "委员", "书记", "代表", "特使", "将军", "总裁", "董事", "秘书", "领事", "处长", "厅长", "省长", "县长", "会长",
];

/// Words that join the items of a list of people.
const LIST_JOINS: &[&str] = &["、", "和", "及", "以及", "与", "同"];

/// Words before a contact's partner: 与X会谈.
const PARTNER_WORDS: &[char] = &['与', '同', '跟', '和'];

/// How a name was found, from the strongest cue to the weakest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Cue {
    Title,
    English,
    List,
    Speech,
    Partner,
}

/// One name a cue points at.
struct Candidate {
    range: Range<usize>,
    title: Option<Range<usize>>,
    english: Option<String>,
}

/// The office titles, the name tables and the spellings of known people, built once per
/// process.
pub struct Discoverer {
    title_forms: Vec<String>,
    shapes: Shapes,
    /// The foreign people of the dictionaries by their strong forms of three characters or more
    /// with one character blanked out, for names written one character apart (蓬培奥).
    spellings: rustc_hash::FxHashMap<String, Vec<usize>>,
    /// The country of each organisation of the dictionaries that is a state body, a party or
    /// an armed force of one (台湾外交部, 民进党), by index; `None` for the others.
    body_countries: Vec<Option<String>>,
    /// The people of the dictionaries who never held a minister's office, by index: a
    /// minister's title before one of their forms names a namesake to discover (卫生部长普莱斯).
    never_ministers: rustc_hash::FxHashSet<usize>,
    /// The heads' offices each person of the dictionaries never held, by index (a bit per
    /// office of `resolve::heads_never_held`): a head's title before one of their forms names a
    /// namesake to discover (时任印度总理辛格, not the defence minister Rajnath Singh; 美国总统
    /// 约翰逊, not Boris Johnson).
    heads_never_held: Vec<u8>,
    /// The English names (given and family name) of each person of the dictionaries, by index:
    /// the family name of a joined name whose English in brackets has a given name of another
    /// initial is a namesake's (吉娜・麦卡锡（Gina McCarthy）, not Kevin McCarthy).
    latin_names: Vec<Vec<String>>,
}

/// Up to this many names discovered in an article, each is searched for on its own; more
/// are searched for together (a page of thousands of names is read once, not once a name).
const FEW_NAMES: usize = 8;

/// Countries whose people's names are written with Chinese characters, not transliterated.
const HAN_NAME_COUNTRIES: &[&str] = &["CN", "TW", "HK", "MO", "SG", "JP", "KR", "KP", "VN"];

impl Discoverer {
    pub fn new(dicts: &Dictionaries) -> Discoverer {
        // Titles and names simplified, as the text they are read in is.
        let title_forms: Vec<String> = dicts
            .cue_forms("title")
            .map(|(_, f)| crate::clean::simplify(f).into_owned())
            .filter(|f| !f.is_empty())
            .collect();
        let mut counts: std::collections::HashMap<char, usize> = std::collections::HashMap::new();
        let mut spellings: rustc_hash::FxHashMap<String, Vec<usize>> = rustc_hash::FxHashMap::default();
        for (index, p) in dicts.people.iter().enumerate() {
            let foreign =
                p.roles.iter().any(|r| r.country.as_deref().is_some_and(|c| !HAN_NAME_COUNTRIES.contains(&c)));
            if !foreign {
                continue;
            }
            let strong = std::iter::once(&p.name).chain(p.aliases.iter().filter(|a| !a.weak).map(|a| &a.form));
            for form in strong.filter(|f| !f.is_ascii()) {
                for key in blanked(form) {
                    let people = spellings.entry(key).or_default();
                    if !people.contains(&index) {
                        people.push(index);
                    }
                }
            }
            let forms = std::iter::once(&p.name).chain(p.aliases.iter().map(|a| &a.form));
            for form in forms.filter(|f| !f.is_ascii()).map(|f| crate::clean::simplify(f)) {
                // Chinese characters only: a name (and its id `zh-NAME`) never holds a space,
                // a joiner run or a control character.
                for c in form.chars().filter(|&c| shape::is_han(c)) {
                    *counts.entry(c).or_insert(0) += 1;
                }
            }
        }
        let transliteration = counts.into_iter().filter(|(_, n)| *n >= 3).map(|(c, _)| c).collect();
        let body_countries = dicts
            .organizations
            .iter()
            .map(|o| o.country.clone().filter(|_| ["gov", "party", "military"].contains(&o.kind.as_str())))
            .collect();
        let never_ministers =
            dicts.people.iter().enumerate().filter(|(_, p)| p.never_a_minister()).map(|(i, _)| i).collect();
        let heads_never_held = dicts.people.iter().map(crate::resolve::heads_never_held).collect();
        let latin_names = dicts
            .people
            .iter()
            .map(|p| {
                p.english
                    .iter()
                    .chain(p.aliases.iter().map(|a| &a.form))
                    .filter(|name| name.is_ascii() && name.contains(' '))
                    .cloned()
                    .collect()
            })
            .collect();
        Discoverer {
            title_forms,
            shapes: Shapes::new(transliteration),
            spellings,
            body_countries,
            never_ministers,
            heads_never_held,
            latin_names,
        }
    }

    /// The name tables.
    pub fn shapes(&self) -> &Shapes {
        &self.shapes
    }

    /// Whether jieba reads the start of a would-be name as an ordinary word (周五, 迟迟,
    /// 高层): then it is no name.
    fn is_word(segmenter: &Segmenter, candidate: &str) -> bool {
        let tags = segmenter.tag(candidate);
        tags.first().is_some_and(|(word, tag)| candidate[word.clone()].chars().count() >= 2 && !tag.starts_with("nr"))
    }

    /// The foreign people of the dictionaries with a strong form one character apart from
    /// `name` (蓬培奥 for 蓬佩奥), by dictionary index.
    pub fn spelled_like(&self, name: &str) -> Vec<usize> {
        let mut people: Vec<usize> =
            blanked(name).filter_map(|key| self.spellings.get(&key)).flatten().copied().collect();
        people.sort_unstable();
        people.dedup();
        people
    }

    /// The office titles that introduce names (category `title` of `triggers*.tsv`).
    pub fn titles(&self) -> &[String] {
        &self.title_forms
    }

    /// The name a cue of strength `cue` points at `text[start..limit]`: after a title any
    /// shape that is no word (a Japanese reading first, then a Chinese one unless the
    /// transliterated run is longer); with a weaker cue, a transliterated run of three
    /// characters (two when joined) or a Japanese name, or a Chinese name of three characters.
    /// A name ends where jieba's words do (司徒华建议 holds 司徒华); a Chinese or Japanese given
    /// name is cut a character short when that ends a word.
    fn name_at(
        &self,
        segmenter: &Segmenter,
        text: &str,
        start: usize,
        limit: usize,
        cue: Cue,
        bounds: &WordBoundaries,
    ) -> Option<usize> {
        let rest = &text[start..limit];
        let ends_word = |len: usize| start + len == limit || bounds.at(start + len);
        // A Chinese or Japanese reading, or one a given-name character shorter, that ends a word.
        let ending_a_word = |s: Shape| {
            let shorter = (s.chars > 2).then(|| {
                let last = rest[..s.bytes].chars().next_back().map_or(0, char::len_utf8);
                Shape { bytes: s.bytes - last, chars: s.chars - 1, kind: s.kind }
            });
            std::iter::once(s).chain(shorter).find(|s| ends_word(s.bytes))
        };
        let shapes = self.shapes.at(rest);
        let of = |k: Kind| shapes.iter().find(|s| s.kind == k).copied();
        let run = of(Kind::Transliterated).filter(|r| ends_word(r.bytes));
        let han = of(Kind::Han).and_then(ending_a_word);
        let japanese = of(Kind::Japanese).and_then(ending_a_word);
        let letters = run.map_or(0, |r| r.chars);
        let pick: Shape = match cue {
            Cue::Title | Cue::English => japanese
                .filter(|j| han.is_none_or(|h| j.chars > h.chars))
                .or(han.filter(|h| h.chars >= 2 && letters < 3))
                .or(run),
            _ => {
                let joined = run.filter(|r| rest[..r.bytes].chars().any(is_joiner));
                japanese
                    .filter(|j| j.chars >= 3)
                    .or(run.filter(|r| r.chars >= 3).or(joined))
                    .or(han.filter(|h| h.chars == 3 && letters < 3))
            }
        }?;
        let name = &rest[..pick.bytes];
        // After a title, a Chinese reading that is a word is no name, but the transliteration
        // of the same characters may be one (时任印度总理辛格: jieba's 辛格 is a proper noun, nz).
        let pick = match (cue, pick.kind, run) {
            (Cue::Title, Kind::Han, Some(r))
                if r.bytes == pick.bytes
                    && Self::is_word(segmenter, &rest[..pick.bytes])
                    && Self::proper_noun(segmenter, &rest[..pick.bytes]) =>
            {
                r
            }
            _ => pick,
        };
        let readable = match pick.kind {
            // A last part of one character is a run cut short (奈杰尔·亚当斯 read as 奈杰尔·亚);
            // inner ones may be a particle (梅尔·本·沙巴特). A run that is a word other than a
            // noun is no name (助卿相当…), nor is one that is a common noun (如同马拉松谈判).
            Kind::Transliterated => {
                name.rsplit(is_joiner).next().is_some_and(|last| last.chars().count() >= 2)
                    && !Self::function_word(segmenter, name)
                    && !Self::common_noun(segmenter, name)
            }
            // Japanese surnames are often place names to jieba (谷崎): only the given name is read.
            Kind::Japanese => !Self::given_is_a_word(segmenter, name),
            Kind::Han => {
                name.chars().count() >= 2 && !Self::is_word(segmenter, name) && !Self::given_is_a_word(segmenter, name)
            }
        };
        readable.then_some(pick.bytes)
    }

    /// Whether what follows the surname of a would-be Chinese name is a word that is no
    /// given name: an honorific (刘先生) or a verb, adverb or other function word (曾建立,
    /// 方一直).
    fn given_is_a_word(segmenter: &Segmenter, name: &str) -> bool {
        let given = &name[name.chars().next().map_or(0, char::len_utf8)..];
        if HONORIFICS.contains(&given) || TITLE_WORDS.contains(&given) {
            return true;
        }
        // 曾誓言, 向外界: a surname that is also a word before a verb takes no word after it.
        if name.starts_with(['曾', '向', '于'])
            && matches!(segmenter.tag(given).as_slice(), [(word, _)] if word.len() == given.len())
        {
            return true;
        }
        // 南草坪: a surname that is also a direction, before a common noun, names a place.
        if name.starts_with('南') && Self::common_noun(segmenter, given) {
            return true;
        }
        given.chars().count() >= 2 && Self::function_word(segmenter, given)
    }

    /// Whether a form of the person `index` at `range` is the family name of a joined name
    /// whose English in brackets gives a given name of another initial than all the person's
    /// (吉娜・麦卡锡（Gina McCarthy）, not Kevin McCarthy): the name is a namesake's.
    fn family_of_a_namesake(&self, text: &str, range: Range<usize>, index: usize) -> bool {
        let mut before = text[..range.start].chars().rev();
        let joined = before.next().is_some_and(shape::is_joiner)
            && before.next().is_some_and(|c| self.shapes.is_transliteration(c));
        let Some(known) = self.latin_names.get(index).filter(|known| joined && !known.is_empty()) else {
            return false;
        };
        let Some((given, family)) = bracketed_english(&text[range.end..]).and_then(|en| en.rsplit_once(' ')) else {
            return false;
        };
        let initial = |name: &str| name.chars().next().map(|c| c.to_ascii_lowercase());
        known.iter().all(|name| {
            name.rsplit_once(' ').is_some_and(|(known_given, known_family)| {
                known_family.eq_ignore_ascii_case(family) && initial(known_given) != initial(given)
            })
        })
    }

    /// Whether a name that ends at `end` of `text` is the start of a longer transliterated one
    /// whose English name follows in brackets (萨尔 of 萨尔曼（Salman bin Hamad Al Khalifa）).
    pub fn cut_short(&self, text: &str, end: usize) -> bool {
        let rest = &text[end..];
        let run = rest.char_indices().take_while(|&(_, c)| self.shapes.is_transliteration(c)).last();
        run.is_some_and(|(i, c)| i < 9 && bracketed_english(&rest[i + c.len_utf8()..]).is_some())
    }

    /// Whether jieba reads all of `text` as one proper noun that is no person's nor place's
    /// (辛格, nz): a foreign name it knows as a word.
    fn proper_noun(segmenter: &Segmenter, text: &str) -> bool {
        matches!(segmenter.tag(text).as_slice(), [(word, tag)] if word.len() == text.len() && *tag == "nz")
    }

    /// Whether jieba reads all of `text` as one common noun (马拉松), not a name's word.
    fn common_noun(segmenter: &Segmenter, text: &str) -> bool {
        matches!(segmenter.tag(text).as_slice(), [(word, tag)] if word.len() == text.len() && *tag == "n")
    }

    /// Whether jieba reads all of `text` as one word that is no noun: a verb, adverb,
    /// adjective or other function word (建立, 一直, 相当).
    fn function_word(segmenter: &Segmenter, text: &str) -> bool {
        matches!(segmenter.tag(text).as_slice(), [(word, tag)] if word.len() == text.len()
            && ["v", "d", "a", "p", "c", "u", "r", "m", "q", "t", "f", "z"].iter().any(|t| tag.starts_with(t)))
    }

    /// The name a cue of strength `cue` points at that ends at `end` of `text`: the longest
    /// that starts at a break or after a word that takes a person (与, 和, 、 …), an office
    /// title or a dictionary mention (where a transliterated one starts its run), or, before
    /// an English name in brackets, at any word's start; and reads as a name to its end.
    fn name_before(
        &self,
        segmenter: &Segmenter,
        text: &str,
        end: usize,
        cue: Cue,
        bounds: &WordBoundaries,
        starts: &dyn Fn(usize) -> bool,
    ) -> Option<usize> {
        // A name is a run of Chinese characters and joiners: the starts looked at go back to
        // the last break, sixteen characters at most.
        let window: Vec<usize> = text[..end]
            .char_indices()
            .rev()
            .take(16)
            .take_while(|&(_, c)| shape::is_han(c) || is_joiner(c))
            .map(|(i, _)| i)
            .collect();
        window.into_iter().rev().find(|&start| {
            let before = text[..start].chars().next_back();
            let whole_run = before.is_none_or(|c| !self.shapes.is_transliteration(c) && !is_joiner(c));
            let opens = (before.is_none_or(|c| BEFORE_NAME.contains(&c)) || starts(start)) && whole_run;
            // An English name in brackets vouches for a name after any word (官员瑞德（Claire
            // Reade）, 经理康布林克（…）).
            let opens = opens || cue == Cue::English && bounds.at(start);
            // jieba is asked only about a shape that fills the stretch.
            let fits = || self.shapes.at(&text[start..end]).iter().any(|s| s.bytes == end - start);
            opens && fits() && self.name_at(segmenter, text, start, end, cue, bounds) == Some(end - start)
        })
    }

    /// People in `text` (simplified characters) that no dictionary mention covers, from what
    /// the matcher found in it: the mentions, the office titles and jieba's word boundaries
    /// (a title must start a word: 行长 in 执行长 is none). `jieba` reads would-be names.
    pub fn discover(
        &self,
        text: &str,
        found_in_text: &Matches,
        segmenter: &Segmenter,
        countries: &[String],
    ) -> Vec<Discovered> {
        let Matches { mentions, titles, speech, bounds } = found_in_text;
        // Mentions are in order and do not overlap: whether one covers an offset or meets a
        // range is a binary search. A weak form of one character (李, 蔡) is no obstacle: in
        // 区议员李予信 the name is longer than the form, which resolution then leaves out.
        // Nor is a weak form that a transliterated name goes on past, up to its English name in
        // brackets (萨尔 of 萨尔曼（Salman bin Hamad Al Khalifa）).
        // Nor is the form of one who never held a minister's office after a minister's title
        // (卫生部长普莱斯, not the spokesman Ned Price), or a head's office after that head's
        // title (时任印度总理辛格, 美国总统约翰逊), which resolution leaves out.
        let blocks = |m: &Mention| {
            let (weak, namesake) = match m.targets.first() {
                Some(&Target::Person { index, weak }) => {
                    let before = &text[..m.range.start];
                    let head_namesake = crate::resolve::head_office_titled(before)
                        .is_some_and(|office| self.heads_never_held.get(index).is_some_and(|b| b & (1 << office) != 0));
                    let namesake = self.never_ministers.contains(&index) && before.ends_with("部长")
                        || head_namesake
                        || self.family_of_a_namesake(text, m.range.clone(), index);
                    (weak, namesake)
                }
                _ => (false, false),
            };
            !(namesake || weak && (m.range.len() <= 3 || self.cut_short(text, m.range.end)))
        };
        let overlaps = |r: Range<usize>| {
            let i = mentions.partition_point(|m| m.range.end <= r.start);
            mentions[i..].iter().take_while(|m| m.range.start < r.end.max(r.start + 1)).any(blocks)
        };
        let covered = |at: usize| overlaps(at..at + 1);
        // Where a title or the name of a country or body ends, a name may start (日本众议员X,
        // 国务卿X); not after a one-character form (美方, 中方).
        let title_ends: rustc_hash::FxHashSet<usize> = titles.iter().map(|t| t.end).collect();
        let title_starts: rustc_hash::FxHashSet<usize> = titles.iter().map(|t| t.start).collect();
        let mention_ends: rustc_hash::FxHashSet<usize> = mentions
            .iter()
            .filter(|m| matches!(m.targets.first(), Some(Target::Country { .. } | Target::Organization(_))))
            .filter(|m| text[m.range.clone()].chars().count() >= 2)
            .map(|m| m.range.end)
            .collect();
        let starts = |at: usize| title_ends.contains(&at) || mention_ends.contains(&at);
        let title_ending_at = |at: usize| titles.iter().find(|t| t.end == at).cloned();
        // A name stops where a title starts (会长古屋圭司众议员), and none starts inside one
        // (委员会主席兰格 is no 席兰格).
        let upto_title = |start: usize| {
            let next = titles.partition_point(|t| t.start < start);
            titles.get(next).map_or(text.len(), |t| t.start)
        };
        let in_title = |r: &Range<usize>| {
            let i = titles.partition_point(|t| t.end <= r.start);
            titles.get(i).is_some_and(|t| t.start < r.start)
        };
        let mut candidates: Vec<(Cue, Candidate)> = Vec::new();
        let push = |candidates: &mut Vec<(Cue, Candidate)>, cue: Cue, range: Range<usize>, english: Option<String>| {
            // A "name" an office title follows, with none before, is a place or a body
            // (亚特兰大市长, 亚米尼亚外长; but 会长古屋圭司众议员).
            let title = title_ending_at(range.start);
            if !overlaps(range.clone()) && !in_title(&range) && (title.is_some() || !title_starts.contains(&range.end))
            {
                candidates.push((cue, Candidate { range, title, english }));
            }
        };
        // After an office title.
        for t in titles {
            let start = t.end;
            // A title of three characters or more is no part of another word (中西区区议员).
            let starts_word = t.len() >= 9 || bounds.at(t.start);
            if start >= text.len() || covered(start) || !starts_word {
                continue;
            }
            // A transliterated name up to an English name in brackets is the whole stretch
            // (外长阿布都拉（Abdullah bin Zayed）, where jieba reads 阿布|都拉).
            // One character of it may be no transliteration's (都), the first too in a short
            // name (大使第伯（Philippe Thiebaud）); no title starts in it.
            let bracketed = text[start..].find(['（', '(']).filter(|&len| {
                let name = &text[start..start + len];
                let foreign = |c: char| self.shapes.is_transliteration(c) || is_joiner(c);
                (2..=8).contains(&name.chars().count())
                    && name
                        .chars()
                        .next()
                        .is_some_and(|c| self.shapes.is_transliteration(c) || name.chars().count() <= 3)
                    && name.chars().all(|c| self.shapes.given(c) || is_joiner(c))
                    && name.chars().filter(|&c| !foreign(c)).count() <= 1
                    && !HONORIFICS.iter().chain(&["爵士"]).any(|h| name.starts_with(h) || name.ends_with(h))
                    && !titles.iter().any(|t| t.start > start && t.start < start + len)
                    && bracketed_english(&text[start + len..]).is_some_and(english_person)
            });
            let len = bracketed.or_else(|| self.name_at(segmenter, text, start, upto_title(start), Cue::Title, bounds));
            if let Some(len) = len {
                let english = bracketed_english(&text[start + len..]).map(str::to_string);
                push(&mut candidates, Cue::Title, start..start + len, english);
            }
        }
        // Before an English person's name in brackets.
        // Brackets are found by their bytes: `(`, and `（` (EF BC 88).
        let brackets = memchr::memchr2_iter(b'(', 0xEF, text.as_bytes())
            .filter(|&i| text.as_bytes()[i] == b'(' || text.as_bytes()[i..].starts_with("（".as_bytes()));
        for bracket in brackets {
            let Some(english) = bracketed_english(&text[bracket..]).filter(|e| english_person(e)) else { continue };
            let at = text[..bracket].trim_end().len();
            if let Some(start) = self.name_before(segmenter, text, at, Cue::English, bounds, &starts) {
                push(&mut candidates, Cue::English, start..at, Some(english.to_string()));
            }
        }
        // The speaker of a speech verb.
        for &verb in speech {
            if let Some(start) = self.name_before(segmenter, text, verb, Cue::Speech, bounds, &starts) {
                push(&mut candidates, Cue::Speech, start..verb, None);
            }
        }
        // The partner of a contact: 与X会谈.
        for m in mentions.iter().filter(|m| matches!(m.targets.first(), Some(Target::Trigger(_)))) {
            if let Some(start) = self.name_before(segmenter, text, m.range.start, Cue::Partner, bounds, &|_| false)
                && text[..start].ends_with(PARTNER_WORDS)
                // The partner word is a word of its own (not 如同, 共同, 不同).
                && bounds.at(start - '与'.len_utf8())
            {
                push(&mut candidates, Cue::Partner, start..m.range.start, None);
            }
        }
        // The items of a list with a person in it, after each person named (by a dictionary or
        // by a cue above), with or without a title of its own.
        let mut people: Vec<Range<usize>> = mentions
            .iter()
            .filter(|m| matches!(m.targets.first(), Some(Target::Person { weak: false, .. })))
            .map(|m| m.range.clone())
            .chain(candidates.iter().map(|(_, c)| c.range.clone()))
            .collect();
        let mut listed = 0;
        while listed < people.len() && people.len() < 4 * (mentions.len() + candidates.len() + 1) {
            let mut at = people[listed].end;
            listed += 1;
            // Past an English name in brackets.
            if let Some(close) = bracketed_english(&text[at..]).and_then(|_| text[at..].find(['）', ')'])) {
                at += close + text[at + close..].chars().next().map_or(1, char::len_utf8);
            }
            let Some(join) = LIST_JOINS.iter().find(|j| text[at..].starts_with(**j)) else { continue };
            let mut start = at + join.len();
            if let Some(t) = titles.iter().find(|t| t.start == start) {
                start = t.end;
            }
            if start >= text.len() || covered(start) {
                continue;
            }
            if let Some(len) = self.name_at(segmenter, text, start, upto_title(start), Cue::List, bounds) {
                let english = bracketed_english(&text[start + len..]).map(str::to_string);
                push(&mut candidates, Cue::List, start..start + len, english);
                people.push(start..start + len);
            }
        }
        self.gather(text, candidates, mentions, countries, &overlaps)
    }

    /// The people of the candidates, one per name, with every occurrence of each name.
    fn gather(
        &self,
        text: &str,
        mut candidates: Vec<(Cue, Candidate)>,
        mentions: &[Mention],
        countries: &[String],
        overlaps: &dyn Fn(Range<usize>) -> bool,
    ) -> Vec<Discovered> {
        // The strongest cue of a name gives its title and country: in text order, titles first.
        candidates.sort_by_key(|(cue, c)| (*cue, c.range.start));
        let mut found: Vec<Discovered> = Vec::new();
        // Whether each name was found by a weak cue only (a speech, a list, a contact).
        let mut weakly: Vec<bool> = Vec::new();
        let mut found_by_name: rustc_hash::FxHashMap<&str, usize> = Default::default();
        for (cue, c) in &candidates {
            let name = &text[c.range.clone()];
            if name.contains(char::is_whitespace) {
                continue;
            }
            let from = c.title.as_ref().map_or(c.range.start, |t| t.start);
            let country = country_before(text, from, mentions, countries, &self.body_countries);
            let role = c.title.as_ref().map(|t| text[t.clone()].to_string());
            match found_by_name.get(name) {
                Some(&i) => {
                    let d = &mut found[i];
                    d.english = d.english.take().or(c.english.clone());
                    d.country = d.country.take().or(country);
                    d.role = d.role.take().or(role);
                }
                None => {
                    found_by_name.insert(name, found.len());
                    weakly.push(*cue > Cue::English);
                    found.push(Discovered {
                        name: name.to_string(),
                        english: c.english.clone(),
                        country,
                        role,
                        ranges: Vec::new(),
                    });
                }
            }
        }
        // Every occurrence of each name that no dictionary mention covers, as a search for
        // each name alone finds them (left to right, not overlapping): one search per name
        // for a few names (most articles), else all names in one pass over the text. A name
        // joined by · is also searched for by its last part (戴维森 of 菲利浦・戴维森).
        // A name that is the last part of another is that person's short form (加布里埃尔 of
        // 利亚·加布里埃尔).
        let longer: Vec<String> = found.iter().map(|d| d.name.clone()).collect();
        let short_form = |d: &Discovered| {
            longer.iter().any(|l| l.len() > d.name.len() && l.rsplit(is_joiner).next() == Some(d.name.as_str()))
        };
        let kept: Vec<bool> = found.iter().map(|d| !short_form(d)).collect();
        let mut keep = kept.iter();
        weakly.retain(|_| *keep.next().unwrap_or(&true));
        let mut keep = kept.iter();
        found.retain(|_| *keep.next().unwrap_or(&true));
        let last_parts: Vec<Option<&str>> = found
            .iter()
            .map(|d| {
                d.name.rsplit(is_joiner).next().filter(|last| last.len() < d.name.len() && last.chars().count() >= 2)
            })
            .collect();
        let mut searched: Vec<(usize, &str)> = found.iter().enumerate().map(|(i, d)| (i, d.name.as_str())).collect();
        searched.extend(last_parts.iter().enumerate().filter_map(|(i, l)| l.map(|l| (i, l))));
        let mut ranges: Vec<Vec<Range<usize>>> = vec![Vec::new(); found.len()];
        if searched.len() <= FEW_NAMES {
            for &(i, name) in &searched {
                let occurrences = text.match_indices(name).map(|(at, n)| at..at + n.len());
                ranges[i].extend(occurrences.filter(|r| !overlaps(r.clone())));
            }
        } else {
            let names = AhoCorasick::new(searched.iter().map(|(_, n)| *n)).expect("the automaton of the names builds");
            let mut last_end = vec![0; searched.len()];
            for m in names.find_overlapping_iter(text) {
                let p = m.pattern().as_usize();
                if m.start() >= last_end[p] {
                    last_end[p] = m.end();
                    if !overlaps(m.range()) {
                        ranges[searched[p].0].push(m.range());
                    }
                }
            }
        }
        for (d, mut r) in found.iter_mut().zip(ranges) {
            // A last part inside the whole name is that occurrence, not another.
            r.sort_by_key(|r| (r.start, std::cmp::Reverse(r.end)));
            r.dedup_by(|inner, outer| inner.start >= outer.start && inner.end <= outer.end);
            d.ranges = r;
        }
        // A Chinese-shaped name that only a speech, a list or a contact points at is taken
        // when the article names it twice (罗举例指出 names nobody).
        let mut weak = weakly.into_iter();
        found.retain(|d| {
            let weak = weak.next().unwrap_or(false);
            let chinese = !d.name.chars().all(|c| self.shapes.is_transliteration(c) || is_joiner(c));
            !(d.ranges.is_empty() || weak && chinese && d.ranges.len() < 2)
        });
        found
    }
}

/// A name of three characters or more with each of its characters in turn blanked out
/// (蓬*奥 for 蓬佩奥 and 蓬培奥 alike); nothing for a shorter one.
fn blanked(name: &str) -> impl Iterator<Item = String> + '_ {
    let chars: Vec<char> = name.chars().collect();
    let n = if chars.len() >= 3 { chars.len() } else { 0 };
    (0..n).map(move |i| chars.iter().enumerate().map(|(j, &c)| if i == j { '\0' } else { c }).collect())
}

/// Bodies of one country by name that other countries have too (国务院 is also the US State
/// Department in Taiwanese usage; every republic has a 总统府): they tell no country alone.
const AMBIGUOUS_BODIES: &[&str] = &["国务院", "总统府", "国安会", "民主党", "共和党"];

/// The country named just before a title or a name (澳大利亚国防部长, 美国驻联合国大使,
/// 越南外交部外交学院副院长, 台湾外交部政务次长): the nearest country mention, or state body of a country,
/// ending within a few characters of it, skipping 驻X.
fn country_before(
    text: &str,
    title_start: usize,
    mentions: &[Mention],
    countries: &[String],
    body_countries: &[Option<String>],
) -> Option<String> {
    let window_start = text[..title_start].char_indices().rev().nth(15).map_or(0, |(i, _)| i);
    // Mentions are in order and do not overlap: those within the window are one slice. A
    // body may end inside the title (韩国外交部 of 韩国外交部副部长).
    let first = mentions.partition_point(|m| m.range.start < window_start);
    let last = mentions.partition_point(|m| m.range.start < title_start).max(first);
    let mut candidates = mentions[first..last]
        .iter()
        .rev()
        .filter(|m| match m.targets.first() {
            Some(Target::Country { .. }) => true,
            Some(Target::Organization(i)) => {
                body_countries.get(*i).is_some_and(Option::is_some)
                    && !AMBIGUOUS_BODIES.contains(&&text[m.range.clone()])
            }
            _ => false,
        })
        // A sentence break between them: the country is another sentence's.
        .filter(|m| {
            !text
                .get(m.range.end.min(title_start)..title_start)
                .is_some_and(|gap| gap.contains(['。', '！', '？', '\n', '；']))
        });
    let first = candidates.next()?;
    // 驻X names where one serves, not whose; a country right before a body (赞比亚总统府) is
    // the body's.
    let pick = if text[..first.range.start].ends_with('驻') { candidates.next()? } else { first };
    let pick = match (pick.targets.first(), candidates.next()) {
        (Some(Target::Organization(_)), Some(before)) if before.range.end == pick.range.start => before,
        _ => pick,
    };
    match pick.targets.first() {
        Some(Target::Country { index, .. }) => countries.get(*index).cloned(),
        Some(Target::Organization(i)) => body_countries.get(*i).cloned().flatten(),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matcher::Matcher;

    fn dicts() -> Dictionaries {
        let mut d = Dictionaries::default();
        let problems = d.add_files(
            [
                (
                    "countries.tsv".to_string(),
                    "AU\t澳大利亚\tAustralia\t澳洲\t澳\nUS\t美国\tUnited States\t-\t美\nCN\t中国\tChina\t-\t中\nTW\t台湾\tTaiwan\t-\t台\n",
                ),
                (
                    "people.tsv".to_string(),
                    "trump-donald\t特朗普\tDonald Trump\t川普\tUS 总统 2017-01-20..2021-01-20\n\
                     pompeo-mike\t蓬佩奥\tMike Pompeo\t-\tUS 国务卿 2018-04-26..2021-01-20\n\
                     morrison-scott\t莫里森\tScott Morrison\t-\tAU 总理 2018-08-24..2022-05-23\n\
                     craft-kelly\t克拉夫特\tKelly Craft\t-\tUS 驻联合国大使 2019-09-12..2021-01-20\n\
                     lavrov\t拉夫罗夫\tSergei Lavrov\t-\tRU 外交部长 2004-03-09..\n\
                     erdogan\t埃尔多安\tRecep Tayyip Erdogan\t艾尔段\tTR 总统 2014-08-28..\n",
                ),
                ("triggers.tsv".to_string(), "title\ttitle\t国防部长|副总理|大使|发言人|总统府发言人|总理|前总理\n"),
            ]
            .into_iter(),
        );
        assert!(problems.is_empty(), "{problems:?}");
        d
    }

    fn names(text: &str) -> Vec<(String, Option<String>, Option<String>)> {
        let d = dicts();
        let m = Matcher::new(&d);
        let disc = Discoverer::new(&d);
        let countries: Vec<String> = d.countries.iter().map(|c| c.id.clone()).collect();
        disc.discover(text, &m.find_all(text), m.segmenter(), &countries)
            .into_iter()
            .map(|x| (x.name, x.english, x.country))
            .collect()
    }

    #[test]
    fn a_foreign_name_after_a_title_with_its_english_form_and_country() {
        // rfi/later_samples/1015022.md
        let found = names("澳大利亚副总理兼国防部长马尔斯（Richard Marles）今天周日与中国国防部长会面。");
        assert_eq!(found, [("马尔斯".to_string(), Some("Richard Marles".to_string()), Some("AU".to_string()))]);
    }

    #[test]
    fn a_short_name_after_a_title_may_start_with_no_transliteration_character() {
        // rfi/jekyll/2020-12-14-处决异议人士挨批 伊朗召德法大使抗议干涉内政: 第 is no character of
        // the transliterations the dictionaries hold, but the English name vouches for the name.
        let found = names("因此伊朗外交部也召见法国大使第伯（Philippe Thiebaud）抗议。");
        // (The test dictionaries hold no France.)
        assert_eq!(found, [("第伯".to_string(), Some("Philippe Thiebaud".to_string()), None)]);
    }

    #[test]
    fn a_chinese_name_after_a_title_stops_before_the_verb() {
        // rfi/jekyll/2021-01-14-蔡英文与克拉夫特视讯通话…
        let found = names("台湾总统府发言人张惇涵表示，总统感谢克拉夫特大使。");
        assert_eq!(found[0].0, "张惇涵");
        assert_eq!(found[0].2.as_deref(), Some("TW"));
    }

    #[test]
    fn a_discovered_name_holds_no_control_character_and_no_hyphen_run() {
        // Foreign names with a control character in their forms: it is no name character.
        let mut d = dicts();
        let odd: String =
            ["a", "b", "c"].iter().map(|x| format!("odd-{x}\t凯莉\u{1}克拉\t-\t-\tUS 官员 2020..\n")).collect();
        assert!(d.add_files([("people-odd.tsv".to_string(), odd.as_str())].into_iter()).is_empty());
        let m = Matcher::new(&d);
        let disc = Discoverer::new(&d);
        for text in ["美国大使凯莉\u{1}拉克表示。", "美国大使凯莉--拉克表示。", "美国大使凯莉-拉克-表示。"]
        {
            let found = disc.discover(text, &m.find_all(text), m.segmenter(), &[]);
            assert!(!found.is_empty(), "{text}");
            for d in found {
                let id = d.id();
                assert!(!id.contains("--") && !id.ends_with('-') && !id.contains(char::is_control), "{id:?} in {text}");
            }
        }
    }

    #[test]
    fn many_names_are_found_together_as_each_alone_is_found() {
        let given = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "立", "平"];
        let mut text = String::new();
        for g in given {
            text.push_str(&format!("发言人王{g}表示，王{g}王{g}王{g}与特朗普会谈。"));
        }
        // Names inside names, and one written over a dictionary mention.
        text.push_str("发言人王一平表示，王一平王一。美国总统特朗普。");
        let found = names_and_ranges(&text);
        assert!(found.len() > FEW_NAMES, "{found:?}");
        for (name, ranges) in &found {
            let alone: Vec<Range<usize>> = text.match_indices(name.as_str()).map(|(at, n)| at..at + n.len()).collect();
            assert_eq!(ranges, &alone, "{name}");
        }
    }

    fn names_and_ranges(text: &str) -> Vec<(String, Vec<Range<usize>>)> {
        let d = dicts();
        let m = Matcher::new(&d);
        let disc = Discoverer::new(&d);
        disc.discover(text, &m.find_all(text), m.segmenter(), &[]).into_iter().map(|x| (x.name, x.ranges)).collect()
    }

    #[test]
    fn known_people_and_words_after_titles_are_not_discovered() {
        assert!(names("美国总统特朗普与澳大利亚总理莫里森通话。").is_empty());
        assert!(names("中国驻美国大使馆表示抗议。").is_empty());
        assert!(names("总统府发言人表示").is_empty());
    }
}
