//! Discovery: people that no dictionary holds, found from how news names them.
//!
//! A name counts when it follows an office title (国务卿X, 发言人X, 驻日大使X,
//! 澳大利亚国防部长X) and reads as a name: a run of transliteration characters, joined
//! by · or - (凯莉-克拉夫特), or a Chinese surname with one or two given-name characters.
//! The transliteration characters are learned from the foreign names of the people
//! dictionaries. An English name in brackets right after the name (马尔斯（Richard
//! Marles）) is kept as its English form. The country is the one named just before the
//! title. Discovered people get the stable id `zh-NAME` and `"known": false`.

use crate::dict::Dictionaries;
use crate::matcher::{Matches, Mention, Target};
use crate::segment::Segmenter;
use regex::Regex;
use rustc_hash::FxHashSet as HashSet;
use std::ops::Range;
use std::sync::LazyLock;

/// A person named in an article but in no dictionary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Discovered {
    pub name: String,
    pub english: Option<String>,
    pub country: Option<String>,
    pub role: Option<String>,
    /// Every occurrence of the name in the text.
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

/// Common Chinese surnames: a title followed by one of them starts a Chinese name.
const SURNAMES: &str = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查麻苑邝";

/// Characters that end a Chinese name candidate: the next word has begun.
const AFTER_NAME: &str =
    "表说称指在与和于的是将等也则对向就曾已会认透强回提还并又到从被把同跟今昨日月年及、，。：；（(「“”」）)";

/// Name endings that show the run is a word, not a name: 总统府, 外交部, 代表团, and places
/// and buildings (总统宫殿, 白宫, 国会大厦).
const NOT_NAME_ENDINGS: &[char] = &[
    '府', '部', '院', '会', '国', '党', '方', '局', '处', '委', '团', '厅', '署', '馆', '们', '殿', '宫', '楼', '堂',
    '厦', '园', '场', '所', '室', '舰', '港', '省', '市', '县', '区', '岛', '街', '站', '营', '校', '社', '厂', '店',
];

static BRACKETED_ENGLISH: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[（(]\s*([A-Z][A-Za-z'’.\- ]{1,48}[A-Za-z.])\s*[)）]").unwrap());

/// The English name in brackets at the start of `rest`: （Antony Blinken）.
pub fn bracketed_english(rest: &str) -> Option<&str> {
    // Most names are followed by no bracket: that is ruled out before the regex runs.
    if !rest.starts_with(['（', '(']) {
        return None;
    }
    BRACKETED_ENGLISH.captures(rest).and_then(|c| c.get(1)).map(|m| m.as_str().trim())
}

/// The office titles and the transliteration characters, built once per process.
pub struct Discoverer {
    title_forms: Vec<String>,
    transliteration: HashSet<char>,
    /// The foreign people of the dictionaries by their strong forms of three characters or more
    /// with one character blanked out, for names written one character apart (蓬培奥).
    spellings: rustc_hash::FxHashMap<String, Vec<usize>>,
    /// [`SURNAMES`] and [`AFTER_NAME`] as sets (`str::contains` of a character would
    /// search their bytes).
    surnames: HashSet<char>,
    after_name: HashSet<char>,
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
                // No control character either: a name (and its id `zh-NAME`) never holds one.
                for c in form.chars().filter(|c| !matches!(c, '·' | '-' | '‧' | '•') && !c.is_control()) {
                    *counts.entry(c).or_insert(0) += 1;
                }
            }
        }
        let transliteration = counts.into_iter().filter(|(_, n)| *n >= 3).map(|(c, _)| c).collect();
        Discoverer {
            title_forms,
            transliteration,
            spellings,
            surnames: SURNAMES.chars().collect(),
            after_name: AFTER_NAME.chars().collect(),
        }
    }

    /// Whether jieba reads the start of a would-be Chinese name as an ordinary word
    /// (周五, 迟迟): then it is no name.
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

    fn is_transliteration(&self, c: char) -> bool {
        self.transliteration.contains(&c) && !self.after_name.contains(&c)
    }

    /// The name that starts at the beginning of `rest`, if it reads as one.
    fn name_at(&self, segmenter: &Segmenter, rest: &str) -> Option<String> {
        let chars: Vec<char> = rest.chars().take(12).collect();
        // A transliterated name: a run of transliteration characters, parts joined by · or -.
        let mut run = String::new();
        let mut letters = 0;
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            if self.is_transliteration(c) {
                run.push(c);
                letters += 1;
            } else if matches!(c, '·' | '-' | '‧' | '•')
                && letters > 0
                && chars.get(i + 1).is_some_and(|n| self.is_transliteration(*n))
            {
                run.push(c);
            } else {
                break;
            }
            i += 1;
        }
        // A foreign name may start with a character that is also a surname: 毕斯卡拉.
        if letters == 0 && chars.len() > 3 && self.surnames.contains(&chars[0]) {
            let tail: String = chars[1..].iter().take_while(|c| self.is_transliteration(**c)).collect();
            if tail.chars().count() >= 3 {
                run = format!("{}{tail}", chars[0]);
                letters = run.chars().count();
            }
        }
        let chinese = chars.first().filter(|c| self.surnames.contains(c)).map(|&s| {
            // A given name stops before the next word, and before 周一…周日 (王毅周二表示).
            let weekday_at =
                |i: usize| chars[i] == '周' && chars.get(i + 1).is_some_and(|n| "一二三四五六日天末".contains(*n));
            let given: String = (1..chars.len().min(3))
                .take_while(|&i| is_han(chars[i]) && !self.after_name.contains(&chars[i]) && !weekday_at(i))
                .map(|i| chars[i])
                .collect();
            format!("{s}{given}")
        });
        let name = match chinese {
            Some(ch) if letters < 3 && ch.chars().count() >= 2 => ch,
            _ if letters >= 2 => run,
            _ => return None,
        };
        let last = name.chars().last()?;
        (!NOT_NAME_ENDINGS.contains(&last) && !Self::is_word(segmenter, &name)).then_some(name)
    }

    /// People after office titles in `text` (simplified characters) that no dictionary
    /// mention covers, from what the matcher found in it: the mentions, the office titles
    /// and jieba's word boundaries (a title must start a word: 行长 in 执行长 is none).
    /// `jieba` reads would-be names.
    pub fn discover(
        &self,
        text: &str,
        found_in_text: &Matches,
        segmenter: &Segmenter,
        countries: &[String],
    ) -> Vec<Discovered> {
        let Matches { mentions, titles, bounds } = found_in_text;
        // Mentions are in order and do not overlap: whether one covers an offset or meets a
        // range is a binary search.
        let overlaps = |r: Range<usize>| {
            let i = mentions.partition_point(|m| m.range.end <= r.start);
            mentions.get(i).is_some_and(|m| m.range.start < r.end.max(r.start + 1))
        };
        let covered = |at: usize| overlaps(at..at + 1);
        let mut found: Vec<Discovered> = Vec::new();
        let mut found_by_name: rustc_hash::FxHashMap<String, usize> = Default::default();
        for t in titles {
            let start = t.end;
            if start >= text.len() || covered(start) || !bounds.at(t.start) {
                continue;
            }
            let Some(name) = self.name_at(segmenter, &text[start..]) else { continue };
            let end = start + name.len();
            // The name must not run into a dictionary mention (发言人汪文斌 is known).
            if overlaps(start..end) {
                continue;
            }
            let english = bracketed_english(&text[end..]).map(str::to_string);
            let country = country_before(text, t.start, mentions, countries);
            let role = Some(text[t.clone()].to_string());
            match found_by_name.get(&name) {
                Some(&i) => {
                    let d = &mut found[i];
                    d.english = d.english.take().or(english);
                    d.country = d.country.take().or(country);
                }
                None => {
                    found_by_name.insert(name.clone(), found.len());
                    found.push(Discovered { name, english, country, role, ranges: Vec::new() })
                }
            }
        }
        // Every occurrence of each name that no dictionary mention covers, as a search for
        // each name alone finds them (left to right, not overlapping): one search per name
        // for a few names (most articles), else all names in one pass over the text.
        if found.len() <= FEW_NAMES {
            for d in &mut found {
                let occurrences = text.match_indices(d.name.as_str()).map(|(at, n)| at..at + n.len());
                d.ranges = occurrences.filter(|r| !overlaps(r.clone())).collect();
            }
        } else {
            let names = aho_corasick::AhoCorasick::new(found.iter().map(|d| d.name.as_str()))
                .expect("the automaton of the names builds");
            let mut last_end = vec![0; found.len()];
            for m in names.find_overlapping_iter(text) {
                let i = m.pattern().as_usize();
                if m.start() >= last_end[i] {
                    last_end[i] = m.end();
                    if !overlaps(m.range()) {
                        found[i].ranges.push(m.range());
                    }
                }
            }
        }
        found.retain(|d| !d.ranges.is_empty());
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

fn is_han(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

/// The country named just before a title (澳大利亚国防部长, 美国驻联合国大使): the nearest
/// country mention ending within a few characters of the title, skipping 驻X.
fn country_before(text: &str, title_start: usize, mentions: &[Mention], countries: &[String]) -> Option<String> {
    let window_start = text[..title_start].char_indices().rev().nth(11).map_or(0, |(i, _)| i);
    // Mentions are in order and do not overlap: those within the window are one slice.
    let first = mentions.partition_point(|m| m.range.start < window_start);
    let last = mentions.partition_point(|m| m.range.end <= title_start).max(first);
    let mut candidates = mentions[first..last].iter().rev();
    let first = candidates.next()?;
    let pick = if text[..first.range.start].ends_with('驻') { candidates.next()? } else { first };
    match pick.targets.first() {
        Some(Target::Country { index, .. }) => countries.get(*index).cloned(),
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
