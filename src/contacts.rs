//! Contacts: the diplomatic contacts one article reports.
//!
//! A sentence with a contact trigger (通话, 会谈, 访问, 峰会 …) yields a contact between
//! the people it names, or, where it names fewer than two, the sides of the previous
//! contact when it says 双方 / 两国首脑, or the countries it names (中美贸易会谈). Sides
//! from a single country are not a contact. Type, status, date and duration come from the
//! sentence; mentions of the same contact within the article are merged into one.

use crate::clean::Text;
use crate::dates::{DateMention, When, find_dates, find_duration};
use crate::dict::{Dictionaries, Membership};
use crate::resolve::{Entity, Resolved};
use crate::topics::TopicFinder;
use aho_corasick::AhoCorasick;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ContactType {
    Video,
    Phone,
    Summit,
    Meeting,
    Visit,
}

impl ContactType {
    pub fn parse(s: &str) -> Option<ContactType> {
        Some(match s {
            "video" => ContactType::Video,
            "phone" => ContactType::Phone,
            "summit" => ContactType::Summit,
            "meeting" => ContactType::Meeting,
            "visit" => ContactType::Visit,
            _ => return None,
        })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            ContactType::Video => "video",
            ContactType::Phone => "phone",
            ContactType::Summit => "summit",
            ContactType::Meeting => "meeting",
            ContactType::Visit => "visit",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Held,
    Planned,
    Cancelled,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Held => "held",
            Status::Planned => "planned",
            Status::Cancelled => "cancelled",
        }
    }
}

/// One contact as the article reports it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Contact {
    #[serde(rename = "type")]
    pub kind: ContactType,
    pub status: Status,
    /// Person ids.
    pub people: Vec<String>,
    /// ISO codes of the sides.
    pub countries: Vec<String>,
    /// The international organisations that are sides, by the posts of their people
    /// (冯德莱恩, 欧盟委员会主席: `european-commission`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub organizations: Vec<String>,
    /// The day, or the month or year where the text gives no day (`2016-12`).
    pub date: Option<When>,
    /// Whether the article recalls the contact as past background (曾, 此前, 当选后, 四年前)
    /// rather than reporting it as news.
    pub background: bool,
    pub duration_min: Option<u32>,
    pub evidence: String,
    /// Topic ids of what was discussed (topics*.tsv).
    pub topics: Vec<String>,
    /// CAMEO code: 036 intent to meet, 040 consult, 041 discuss by telephone, 042 make a
    /// visit, 046 negotiate.
    pub cameo: &'static str,
    /// PLOVER event type (always `CONSULT`) and its mode.
    pub plover: &'static str,
    pub plover_mode: &'static str,
    /// Whether the report calls it a negotiation (谈判, 磋商).
    #[serde(skip)]
    negotiation: bool,
    /// Whether the report names its sides as one group (日本、美国、澳大利亚、印度四国外长) or
    /// its people as taking part in one joint event ([`joint_event`]).
    #[serde(skip)]
    multilateral: bool,
}

/// Every CAMEO and PLOVER code (and mode) a contact or event can carry: codes read back from
/// records are looked up here.
const CODES: &[&str] =
    &["036", "040", "041", "042", "046", "CONSULT", "phone", "video", "visit", "multilateral", "meeting", ""];

/// The code `s` as the fixed table holds it; `None` for a code dipgraph never writes.
pub fn static_code(s: &str) -> Option<&'static str> {
    CODES.iter().copied().find(|c| *c == s)
}

/// A contact read back from an `extract` record: its codes are looked up in the fixed
/// table (an unknown code is an error), and the two flags used only before the codes are
/// assigned are set from them.
impl<'de> Deserialize<'de> for Contact {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Contact, D::Error> {
        #[derive(Deserialize)]
        struct Wire {
            #[serde(rename = "type")]
            kind: ContactType,
            status: Status,
            people: Vec<String>,
            countries: Vec<String>,
            #[serde(default)]
            organizations: Vec<String>,
            date: Option<When>,
            background: bool,
            duration_min: Option<u32>,
            evidence: String,
            topics: Vec<String>,
            cameo: String,
            plover: String,
            plover_mode: String,
        }
        let w = Wire::deserialize(d)?;
        let code = |s: &str| {
            static_code(s).ok_or_else(|| serde::de::Error::custom(format!("unknown CAMEO or PLOVER code {s:?}")))
        };
        let (cameo, plover, plover_mode) = (code(&w.cameo)?, code(&w.plover)?, code(&w.plover_mode)?);
        Ok(Contact {
            kind: w.kind,
            status: w.status,
            multilateral: plover_mode == "multilateral",
            negotiation: cameo == "046",
            people: w.people,
            countries: w.countries,
            organizations: w.organizations,
            date: w.date,
            background: w.background,
            duration_min: w.duration_min,
            evidence: w.evidence,
            topics: w.topics,
            cameo,
            plover,
            plover_mode,
        })
    }
}

impl Contact {
    /// Sets the CAMEO and PLOVER codes from type, status and wording.
    fn assign_codes(&mut self) {
        self.plover = "CONSULT";
        self.plover_mode = match self.kind {
            ContactType::Phone => "phone",
            ContactType::Video => "video",
            ContactType::Visit => "visit",
            ContactType::Summit => "multilateral",
            ContactType::Meeting if self.countries.len() > 2 => "multilateral",
            ContactType::Meeting => "meeting",
        };
        self.cameo = match (self.status, self.kind) {
            (Status::Planned, _) => "036",
            (_, ContactType::Phone | ContactType::Video) => "041",
            (_, ContactType::Visit) => "042",
            _ if self.negotiation => "046",
            _ => "040",
        };
    }
}

/// A wire dateline at the start of a sentence (路透香港8月6日 -, （法新社华盛顿20日电）):
/// the place it names is where the story was filed, not a side.
static DATELINE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"^[（(]?(?:路透|法新社|美联社|中央社|共同社|新华社|彭博社|韩联社|塔斯社)[^，。；）)]{0,14}?(?:\d{1,2}月)?\d{1,2}日(?:电|讯)?[）)]?\s*-?",
    )
    .unwrap()
});

/// The first characters of the agencies [`DATELINE`] knows.
const DATELINE_AGENCY_INITIALS: &[char] = &['路', '法', '美', '中', '共', '新', '彭', '韩', '塔'];

/// Sides named as one group: 四国外长, 三方会谈, 各国领导人.
static MULTILATERAL: std::sync::LazyLock<regex::Regex> =
    std::sync::LazyLock::new(|| regex::Regex::new(r"[三四五六七八九十几多数各3-9]国|[三四五六3-6]方").unwrap());

/// Words after which countries are what a contact was about, not its sides.
const TOPIC_MARKERS: &[&str] = &["就", "关于", "对于", "涉及", "讨论", "谈及", "针对", "有关"];

/// A sentence being read: its text, its facts, and whether it speaks of 双方 / 两国.
struct Sentence<'a> {
    text: &'a str,
    facts: &'a SentenceFacts<'a>,
    /// Offsets of 双方 / 两国首脑-like words, which stand for the sides of the last contact.
    group_at: Vec<usize>,
    /// Whether it is the title, whose verbs often have the subject of another headline.
    in_title: bool,
}

/// Everything one sentence contributes, with byte offsets within the sentence (one value
/// is refilled from sentence to sentence).
#[derive(Default)]
struct SentenceFacts<'d> {
    people: Vec<(usize, usize)>,
    countries: Vec<(usize, &'d str)>,
    organizations: Vec<(usize, &'d str)>,
    triggers: Vec<(usize, ContactType)>,
    /// Start and end offset of each entity, in order of start.
    ends: Vec<(usize, usize)>,
}

impl SentenceFacts<'_> {
    /// The end of the entity that starts at `at` (the last one, if several do).
    fn end_of(&self, at: usize) -> usize {
        let after = self.ends.partition_point(|&(start, _)| start <= at);
        match after.checked_sub(1).map(|i| self.ends[i]) {
            Some((start, end)) if start == at => end,
            _ => at,
        }
    }
}

/// Fills `f` with the facts of sentence `si`. The meeting of an organisation with members
/// (“四方安全对话”（Quad）会议, 东盟外长会议, 举行「四方安全对话」) is a trigger of its own where
/// the dictionaries have no word for it.
fn facts<'d>(resolved: &Resolved<'d>, text: &Text, si: usize, f: &mut SentenceFacts<'d>, memberships: &[Membership]) {
    let range = text.sentences[si].range.clone();
    f.people.clear();
    f.countries.clear();
    f.organizations.clear();
    f.triggers.clear();
    f.ends.clear();
    let sentence = &text.body[range.clone()];
    // Every dateline starts with an agency's name, after a bracket at most.
    let may_be_dateline = sentence.trim_start_matches(['（', '(']).starts_with(DATELINE_AGENCY_INITIALS);
    let dateline_end = if may_be_dateline { DATELINE.find(sentence).map_or(0, |m| m.end()) } else { 0 };
    // `located` is in text order: the sentence's entities are one slice of it.
    let first = resolved.located.partition_point(|l| l.at < range.start);
    let last = resolved.located.partition_point(|l| l.at < range.end);
    for l in resolved.located[first..last].iter().filter(|l| l.at - range.start >= dateline_end) {
        let at = l.at - range.start;
        // An entity may run past a sentence cut at its length bound: it ends with the sentence.
        f.ends.push((at, (l.end - range.start).min(range.len())));
        match l.entity {
            Entity::Person(i) => f.people.push((at, i)),
            Entity::Country(c) => f.countries.push((at, c)),
            Entity::Trigger(t) => {
                if let Some(t) = ContactType::parse(t) {
                    f.triggers.push((at, t));
                }
            }
            Entity::Organization(o) => f.organizations.push((at, o)),
        }
    }
    for i in 0..f.organizations.len() {
        let (at, organization) = f.organizations[i];
        if !memberships.iter().any(|m| m.organization == organization) {
            continue;
        }
        let end = f.end_of(at);
        // An organisation that is itself a meeting, held (举行「四方安全对话」): the name is the
        // contact word.
        let held_by_name = ["对话", "会谈", "会议"].iter().any(|w| sentence[at..end].ends_with(w))
            && ["举行", "召开", "出席", "参加", "进行"]
                .iter()
                .any(|v| sentence[..at].trim_end_matches(['「', '“', '"', '《']).ends_with(v));
        if held_by_name && !f.triggers.iter().any(|&(t, _)| t < end && f.end_of(t) > at) {
            f.triggers.push((at, ContactType::Meeting));
            continue;
        }
        let Some((word_at, word_end, kind)) = meeting_word_after(sentence, end) else { continue };
        if !f.triggers.iter().any(|&(t, _)| t < word_end && f.end_of(t) > word_at) {
            f.triggers.push((word_at, kind));
            f.ends.push((word_at, word_end));
        }
    }
    f.triggers.sort_unstable_by_key(|&(at, _)| at);
    f.ends.sort_unstable();
}

/// A meeting word (会议, 峰会) closely after an organisation's name that ends at `from`, past
/// quotes and a bracketed aside (“四方安全对话”（……）会议, 东盟外长会议): where it starts and
/// ends, and the contact it is.
fn meeting_word_after(sentence: &str, from: usize) -> Option<(usize, usize, ContactType)> {
    let start = from + past_asides(&sentence[from..]);
    let rest = &sentence[start..];
    for (i, c) in rest.char_indices().take(7) {
        if "，。；：、,;:（）()".contains(c) {
            return None;
        }
        let word = &rest[i..];
        if word.starts_with("峰会") {
            return Some((start + i, start + i + "峰会".len(), ContactType::Summit));
        }
        if word.starts_with("会议") {
            return Some((start + i, start + i + "会议".len(), ContactType::Meeting));
        }
    }
    None
}

/// How many bytes of `text` are quotes and bracketed asides at its start (”（Quad）).
fn past_asides(text: &str) -> usize {
    let mut at = 0;
    loop {
        let rest = &text[at..];
        if let Some(c) = rest.chars().next().filter(|c| "”“\"'’‘》《」「）)".contains(*c)) {
            at += c.len_utf8();
        } else if rest.starts_with(['（', '(']) {
            match rest.find(['）', ')']) {
                Some(close) if rest[..close].chars().count() <= 60 => {
                    at += close + rest[close..].chars().next().map_or(0, char::len_utf8)
                }
                _ => return at,
            }
        } else {
            return at;
        }
    }
}

/// The people taking part in the contact of the trigger at `trigger_at`: those named
/// before it (A与B会谈, A在与B的通话中), or, where fewer than two are, those plus the first
/// one named after it (A会见B时…).
fn participants(
    f: &SentenceFacts,
    sentence: &str,
    trigger_at: usize,
    clause: &std::ops::Range<usize>,
    country_of: impl Fn(usize) -> Option<String>,
) -> Vec<usize> {
    let trigger_end = f.end_of(trigger_at);
    let pick = |from: usize| {
        let mut people: Vec<usize> = Vec::new();
        let mut first_two: Vec<(usize, usize)> = Vec::new();
        for &(at, p) in &f.people {
            if at >= from && at < trigger_at && !people.contains(&p) && !names_a_period_or_team(f, sentence, at) {
                people.push(p);
                if first_two.len() < 2 {
                    first_two.push((at, f.end_of(at)));
                }
            }
        }
        // The object of 会见 / 致电: a person named right after the trigger; met by each of
        // the subjects named side by side before it (方济各、约翰逊和冯德莱恩纷纷致电拜登), so
        // it goes first, as the hub of the contacts they stand for.
        // Not a name that only qualifies the object (接见特朗普政府的国务卿彭佩奥).
        if let Some(&(at, p)) = f
            .people
            .iter()
            .find(|(at, p)| *at >= trigger_end && !people.contains(p) && !qualifies_a_name(f, sentence, *at))
            && close_after(sentence, trigger_end, at)
            && (takes_object(&sentence[trigger_at..trigger_end])
                || sentence[trigger_end..at].starts_with(['与', '和', '同', '跟']))
            && !trigger_is_subject(&sentence[trigger_end..at])
        {
            match first_two.as_slice() {
                [] => people.push(p),
                [_] => {
                    people.push(p);
                    // And those the object's list goes on with (拜会外交部长吴钊燮、卫生福利部长陈时中).
                    for q in list_going_on(f, sentence, at, |q| country_of(q) == country_of(p)) {
                        if !people.contains(&q) {
                            people.push(q);
                        }
                    }
                }
                [(_, end), (second, _)] if side_by_side(&sentence[*end..*second]) => people.insert(0, p),
                _ => {}
            }
        }
        people
    };
    // The trigger's own clause first (森喜朗告诉蔡英文，菅义伟期待与蔡总统通电话), where it names
    // both sides; else its people with the sentence's subject, the person it names first
    // (蔡英文……，不过她是否会如四年前与特朗普通电话一样); else the sentence.
    let two_sides = |people: &[usize]| {
        let sides: std::collections::BTreeSet<Option<String>> = people.iter().map(|&p| country_of(p)).collect();
        people.len() >= 2 && sides.len() >= 2
    };
    let in_clause = pick(clause.start);
    // A clause that opens with its partners (，今天与澳洲总理莫里森、韩国总统文在寅通电话) has
    // the sentence's subject for its own.
    let subject_left_out = || {
        f.people.iter().find(|(at, _)| clause.contains(at)).is_some_and(|&(first, _)| {
            sentence[clause.start..first].find(['与', '同', '跟']).is_some_and(|marker| {
                !f.countries.iter().any(|(at, _)| (clause.start..clause.start + marker).contains(at))
            })
        })
    };
    if two_sides(&in_clause) && !subject_left_out() {
        return in_clause;
    }
    // Quoted words are their speaker's (他表示菅义伟称「如果有机会，期待与蔡总统通电话」).
    if let Some(speaker) = quoted_speaker(f, sentence, trigger_at)
        && !in_clause.contains(&speaker)
    {
        let with_speaker: Vec<usize> = std::iter::once(speaker).chain(in_clause.iter().copied()).collect();
        if two_sides(&with_speaker) {
            return with_speaker;
        }
    }
    // A clause with a subject of its own (刘结一星期天在厦门会见……) is not the sentence subject's.
    let own_subject = f.people.iter().any(|&(at, _)| {
        clause.contains(&at) && at < trigger_at && !sentence[clause.start..at].contains(['与', '同', '跟', '和'])
    });
    if let Some(&(at, subject)) = f.people.first()
        && at < clause.start
        && !in_clause.is_empty()
        && !in_clause.contains(&subject)
        && (!own_subject || subject_left_out())
    {
        let with_subject: Vec<usize> = std::iter::once(subject).chain(in_clause.iter().copied()).collect();
        if two_sides(&with_subject) {
            return with_subject;
        }
    }
    // A clause whose subject meets an unnamed object (刘结一会见出席海峡论坛的代表时) has all its
    // sides: none of the people named before it.
    let object: String =
        sentence[trigger_end..].chars().take_while(|c| !"，。；：,;:（）()".contains(*c)).take(16).collect();
    let meets_unnamed = takes_object(&sentence[trigger_at..trigger_end])
        && UNNAMED_OBJECTS.iter().any(|w| object.contains(w))
        && !f.people.iter().any(|&(at, _)| at >= trigger_end && close_after(sentence, trigger_end, at));
    if own_subject && meets_unnamed && !subject_left_out() {
        return in_clause;
    }
    pick(0)
}

/// The people a list goes on with after the person named at `at` (蔡英文、立法院长游锡堃及
/// 行政院长苏贞昌): each after 、/和/及 and a few words of title, while `same_side` holds.
fn list_going_on(f: &SentenceFacts, sentence: &str, at: usize, same_side: impl Fn(usize) -> bool) -> Vec<usize> {
    let mut listed = Vec::new();
    let mut end = f.end_of(at);
    for &(next, q) in f.people.iter().filter(|&&(next, _)| next > at) {
        let gap = &sentence[end..next];
        let Some(rest) = ["、", "和", "及", "以及"].iter().find_map(|w| gap.strip_prefix(w)) else {
            break;
        };
        if !close_after(sentence, next - rest.len(), next) || !same_side(q) {
            break;
        }
        listed.push(q);
        end = f.end_of(next);
    }
    listed
}

/// Where the quotation that holds the trigger opens, if one does.
fn open_quotation(sentence: &str, trigger_at: usize) -> Option<usize> {
    let open = sentence[..trigger_at].rfind(['「', '“'])?;
    (!sentence[open..trigger_at].contains(['」', '”'])).then_some(open)
}

/// The person whose words a quotation holding the trigger gives: named right before the verb
/// of speech that opens it (菅义伟称「……期待与蔡总统通电话」).
fn quoted_speaker(f: &SentenceFacts, sentence: &str, trigger_at: usize) -> Option<usize> {
    let open = open_quotation(sentence, trigger_at)?;
    let before = sentence[..open].trim_end_matches(['：', ':', '，', ' ']);
    let named_end = ["表示", "指出", "强调", "说道", "称", "说"].iter().find_map(|v| before.strip_suffix(v))?.len();
    f.people.iter().find(|&&(at, _)| f.end_of(at) == named_end).map(|&(_, p)| p)
}

/// Whether the name at `at` only qualifies what follows it (特朗普政府的国务卿, 拜登的顾问,
/// 拜登竞选团队外交国安幕僚, 安倍任内大力推动的「四方安全对话」).
fn qualifies_a_name(f: &SentenceFacts, sentence: &str, at: usize) -> bool {
    sentence[f.end_of(at)..].starts_with('的') || names_a_period_or_team(f, sentence, at)
}

/// Whether the name at `at` names a government, a team, a time, an envoy or a place named
/// after its bearer (特朗普政府, 拜登竞选团队, 安倍任内, 强生的代表佛罗斯特, 哈维尔机场), not its
/// bearer.
fn names_a_period_or_team(f: &SentenceFacts, sentence: &str, at: usize) -> bool {
    let after = &sentence[f.end_of(at)..];
    // Past an English name in brackets (范德赖恩（Ursula von der Leyen）的首席谈判代表).
    let envoy = after[past_asides(after)..].strip_prefix('的').is_some_and(|rest| {
        let head = words_up_to(rest, "，。；、（(", 6);
        ["代表", "特使", "顾问", "幕僚", "助手", "发言人", "谈判"].iter().any(|w| head.contains(w))
    });
    envoy
        || ["政府", "内阁", "团队", "竞选", "阵营", "过渡", "任内", "执政", "时期", "时代"]
            .iter()
            .any(|w| after.starts_with(w))
        || ["机场", "图书馆", "纪念馆", "广场", "大道", "大街"].iter().any(|w| after.starts_with(w))
}

/// Groups a contact verb may have for its object instead of a named partner (会见……代表).
const UNNAMED_OBJECTS: &[&str] = &["代表", "官员", "人士", "团", "学生", "工人", "民众", "记者", "议员", "企业", "侨"];

/// Whether a trigger is a verb whose object is the partner (会见X, 致电X), rather than a noun
/// (会谈, 会议, 峰会) that a name after it is no partner of (外长会议指控美国).
fn takes_object(trigger: &str) -> bool {
    ["会见", "会晤", "接见", "拜会", "晋见", "宴请", "召见", "约见", "致电", "去电", "接待", "晤谈", "见"]
        .iter()
        .any(|w| trigger.ends_with(w))
}

/// Whether the words after a trigger make it the subject of another verb (会谈将确认……), so
/// that a name after them is no partner of the contact.
fn trigger_is_subject(gap: &str) -> bool {
    gap.starts_with(['将', '已', '也', '还', '中', '时', '后', '上', '的', '是', '被', '则'])
}

/// Whether a name at `at` follows the end of a trigger closely, in the same clause
/// (会见总统蔡英文, 访问了日本): at most eight characters, no punctuation between, nor the
/// space that parts the halves of a headline (美国务卿访欧  梵中协议成焦点).
fn close_after(sentence: &str, from: usize, at: usize) -> bool {
    sentence.get(from..at).is_some_and(|gap| {
        gap.chars().count() <= 8 && !gap.chars().any(|c| "，。；：、,;:（）()　".contains(c) || c == ' ')
    })
}

/// The kinds of cue word of `triggers.tsv` a contact's sentence is read for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CueKind {
    Planned,
    Cancelled,
    Held,
    /// Words that stand for the sides of the last contact (双方, 两国首脑).
    Group,
    Future,
    /// Words that recall a past contact (曾, 此前, 当选后, 四年前).
    Background,
    /// Words that make 致电 a message of congratulation or condolence (致电祝贺).
    Message,
    /// Words that make talks a goal urged on others (呼吁恢复谈判, 回到谈判桌).
    Exhortation,
}

impl CueKind {
    const ALL: [(CueKind, &'static str); 8] = [
        (CueKind::Planned, "planned"),
        (CueKind::Cancelled, "cancelled"),
        (CueKind::Held, "held"),
        (CueKind::Group, "group"),
        (CueKind::Future, "future"),
        (CueKind::Background, "background"),
        (CueKind::Message, "message"),
        (CueKind::Exhortation, "exhortation"),
    ];
}

/// The cue words of the dictionaries in one automaton, built once per process, so that a
/// sentence is scanned once for all of them.
pub struct CueFinder {
    automaton: AhoCorasick,
    /// The kinds of cue each pattern is (a form may be a cue of two kinds).
    kinds: Vec<Vec<CueKind>>,
}

impl CueFinder {
    pub fn new(dicts: &Dictionaries) -> CueFinder {
        let mut forms: Vec<String> = Vec::new();
        let mut kinds: Vec<Vec<CueKind>> = Vec::new();
        for (cue, category) in CueKind::ALL {
            // Simplified, as the sentences they are found in are.
            let simplified = dicts.cue_forms(category).map(|(_, form)| crate::clean::simplify(form).into_owned());
            for form in simplified.filter(|form| !form.is_empty()) {
                match forms.iter().position(|f| *f == form) {
                    Some(i) => kinds[i].push(cue),
                    None => {
                        forms.push(form);
                        kinds.push(vec![cue]);
                    }
                }
            }
        }
        let automaton = AhoCorasick::new(&forms).expect("the automaton of cue words builds");
        CueFinder { automaton, kinds }
    }

    /// Every occurrence of every cue word in `sentence`.
    fn find(&self, sentence: &str) -> SentenceCues {
        let mut last_end = vec![0; self.kinds.len()];
        let mut found = Vec::new();
        for m in self.automaton.find_overlapping_iter(sentence) {
            let pattern = m.pattern().as_usize();
            // Occurrences of one form come in order; those `str::match_indices` would skip
            // (overlapping the one before) are marked.
            let counted = m.start() >= last_end[pattern];
            if counted {
                last_end[pattern] = m.end();
            }
            for &kind in &self.kinds[pattern] {
                found.push(CueAt { range: m.range(), kind, counted });
            }
        }
        SentenceCues(found)
    }
}

/// One occurrence of a cue word in a sentence.
struct CueAt {
    range: std::ops::Range<usize>,
    kind: CueKind,
    /// Whether a left-to-right search for this form alone finds it (it does not overlap the
    /// occurrence of the same form before it).
    counted: bool,
}

/// The cue words of one sentence.
struct SentenceCues(Vec<CueAt>);

impl SentenceCues {
    /// Whether a cue of `kind` lies within `range` of the sentence.
    fn any_within(&self, kind: CueKind, range: std::ops::Range<usize>) -> bool {
        self.0.iter().any(|c| c.kind == kind && c.range.start >= range.start && c.range.end <= range.end)
    }

    /// Whether a cue of `kind` starts the stretch `range` of the sentence.
    fn opens(&self, kind: CueKind, range: std::ops::Range<usize>) -> bool {
        self.0.iter().any(|c| c.kind == kind && c.range.start == range.start && c.range.end <= range.end)
    }

    /// Where the cues of `kind` start, as a search for each form finds them.
    fn starts(&self, kind: CueKind) -> Vec<usize> {
        self.0.iter().filter(|c| c.kind == kind && c.counted).map(|c| c.range.start).collect()
    }

    /// Whether a cue of `kind` in `sentence[..end]` that `keep` keeps governs a contact
    /// rather than a noun phrase: 即将离任的 (a cue followed closely by 的) describes a
    /// person, not the contact.
    fn governs_before_where(&self, kind: CueKind, sentence: &str, end: usize, keep: impl Fn(&CueAt) -> bool) -> bool {
        self.0.iter().filter(|c| c.kind == kind && c.counted && c.range.end <= end && keep(c)).any(|c| {
            let after: String = sentence[c.range.end..end].chars().take(4).collect();
            !after.contains('的')
        })
    }
}

/// Whether a date belongs to a phrase that describes a person (9月甫出任日本首相的菅义伟):
/// a 的 closes it, right before a name, with no punctuation between.
fn describes_person(sentence: &str, d: &DateMention, f: &SentenceFacts) -> bool {
    let after = &sentence[d.range.end..];
    after
        .char_indices()
        .take_while(|&(i, c)| i < 36 && !"，。；：,;:（）()".contains(c))
        .filter(|&(_, c)| c == '的')
        .any(|(i, _)| {
            let name_at = d.range.end + i + '的'.len_utf8();
            f.people.iter().any(|&(at, _)| at == name_at)
        })
}

/// The last `max_chars` characters of `text`, or all of it.
fn words_before(text: &str, max_chars: usize) -> &str {
    let start = text.char_indices().rev().nth(max_chars.saturating_sub(1)).map_or(0, |(i, _)| i);
    &text[start..]
}

/// The words of `text` up to the first of `stops`, `max_chars` at most.
fn words_up_to<'t>(text: &'t str, stops: &str, max_chars: usize) -> &'t str {
    let end = text
        .char_indices()
        .take(max_chars)
        .find(|&(_, c)| stops.contains(c))
        .map(|(i, _)| i)
        .unwrap_or_else(|| text.char_indices().nth(max_chars).map_or(text.len(), |(i, _)| i));
    &text[..end]
}

/// Whether a date opens a span of time up to now (1979年断交以来的常规, 自2019年以来): it
/// dates no contact.
fn opens_a_span(sentence: &str, d: &DateMention) -> bool {
    words_up_to(&sentence[d.range.end..], "，。；：,;:（）()", 24).contains("以来")
}

/// The date nearest the trigger: the closest one before it, else the first after it.
fn date_for(dates: &[DateMention], trigger_at: usize) -> Option<&DateMention> {
    dates
        .iter()
        .filter(|d| d.range.end <= trigger_at)
        .max_by_key(|d| d.range.end)
        .or_else(|| dates.iter().find(|d| d.range.start >= trigger_at))
}

/// The paragraph that is an article's lead: the first of the body that reports (twenty
/// characters or more), past a repeat of the title and a date or byline line (BBC pages open
/// with both).
fn lead_paragraph(text: &Text) -> usize {
    let paragraph_text = |p: usize| {
        let mut of = text.sentences.iter().filter(|s| s.paragraph == p);
        let first = of.next().map(|s| s.range.clone());
        let last = of.next_back().map(|s| s.range.clone()).or(first.clone());
        first.zip(last).map_or("", |(a, b)| text.body[a.start..b.end].trim())
    };
    let title = paragraph_text(0);
    let paragraphs = text.sentences.last().map_or(0, |s| s.paragraph);
    (1..=paragraphs)
        .find(|&p| {
            let body = paragraph_text(p);
            body.chars().count() >= 20 && body != title
        })
        .unwrap_or(1)
}

/// The date of a date mention, read in the frame the sentence sets: a relative day (今天)
/// after a past month or year the sentence names (2016年12月：……“台湾总统今天打电话给我”)
/// counts from that past, of which only the month or year is known.
fn in_frame(dates: &[DateMention], d: &DateMention, reference: Option<NaiveDate>) -> When {
    let long_before = reference.and_then(|r| r.checked_sub_days(chrono::Days::new(31)));
    let frame = dates
        .iter()
        .filter(|f| !f.relative && f.range.end <= d.range.start)
        .rfind(|f| long_before.is_some_and(|b| f.date.last() < b));
    match frame {
        Some(f) if d.relative => f.date,
        _ => d.date,
    }
}

/// Expressions that only point back to a day already named (当天, 同日).
fn is_back_reference(sentence: &str, d: &DateMention) -> bool {
    BACK_REFERENCES.contains(&&sentence[d.range.clone()])
}

/// Words that point back to a day already named.
const BACK_REFERENCES: &[&str] = &["当时", "当天", "当日", "同日", "同一天"];

/// The last day a sentence names in its own words, for 当时 / 当天 in later sentences.
fn last_named_day(sentence: &str, reference: Option<NaiveDate>) -> Option<When> {
    let r = reference?;
    find_dates(sentence, r, false).iter().rfind(|d| !is_back_reference(sentence, d)).map(|d| d.date)
}

/// The clause (between ，；：) of `sentence` that holds byte offset `at`.
fn clause_around(sentence: &str, at: usize) -> std::ops::Range<usize> {
    let is_break = |c: char| matches!(c, '，' | ',' | '：' | ':' | '；');
    let start =
        sentence[..at].rfind(is_break).map_or(0, |i| i + sentence[i..].chars().next().map_or(1, char::len_utf8));
    let end = sentence[at..].find(is_break).map_or(sentence.len(), |i| at + i);
    start..end
}

/// Dates of other events than the contact: reporting (星期六报道说, 31日表示), publishing
/// (9月1日上市的报纸), taking office (自9月16日就任), or the start of a period (自…以来, 从…起).
fn is_report_date(sentence: &str, d: &DateMention) -> bool {
    const OTHER_EVENTS: &[&str] = &[
        "报道", "报导", "表示", "表明", "说", "称", "宣布", "发表", "指出", "透露", "发布", "证实", "报告", "就任",
        "上任", "当选", "辞职", "去世", "逝世", "以来", "起",
    ];
    // The dateline of a wire story: （法新社华盛顿20日电）.
    if ["电）", "电)", "电 ", "电】"].iter().any(|e| sentence[d.range.end..].starts_with(e)) {
        return true;
    }
    // 9月中表示, 20日上午宣布: a part of the month or day may come between, and the day in
    // brackets (今天（21日）表明).
    let mut after = &sentence[d.range.end..];
    if let Some(rest) = after.strip_prefix(['（', '('])
        && let Some(close) =
            rest.find(['）', ')']).filter(|&i| rest[..i].chars().count() <= 8 && rest[..i].ends_with(['日', '号']))
    {
        after = &rest[close..];
    }
    let after = after.trim_start_matches(['（', '(', '）', ')', ' ']);
    let after = ["上旬", "中旬", "下旬", "上午", "下午", "晚间", "晚上", "早上", "初", "中", "底", "末", "晚", "时"]
        .iter()
        .find_map(|part| after.strip_prefix(part))
        .unwrap_or(after);
    let before = &sentence[..d.range.start];
    OTHER_EVENTS.iter().chain(PUBLISHING).any(|r| after.starts_with(r))
        || before.ends_with('自')
        || before.ends_with('从')
}

/// The sides of a meeting, call or summit: the people taking part and their countries, or,
/// where fewer than two people are named, the countries the trigger's clause names
/// (中美贸易会谈) or the sides of the previous contact (双方). `None` when the sides are
/// not from two countries.
#[allow(clippy::too_many_arguments)]
fn meeting_sides(
    s: &Sentence,
    resolved: &Resolved,
    contacts: &[Contact],
    recent: &[usize],
    trigger_at: usize,
    kind: ContactType,
    clause: &std::ops::Range<usize>,
) -> Option<(Vec<usize>, Vec<String>)> {
    let (f, sentence) = (&s.facts, s.text);
    // 双方 / 两国首脑 stand for the last contact's sides when they lead up to the trigger in its clause.
    // So does a trigger that points back: 在这个视讯电话中, 此次会谈.
    let points_back = points_back_at(sentence, trigger_at);
    let group = s.group_at.iter().any(|&g| g >= clause.start && g < trigger_at) || points_back;
    // Observers, by the role on record or by the title the sentence gives (泰国东盟研究专家彼迪),
    // the dead (已故总统李登辉的追思礼拜) and one who did the like before (继政治局委员杨洁篪之后)
    // take no part.
    let takes_no_part = |p: usize| {
        resolved.people[p].role.as_deref().is_some_and(reports_contacts)
            || f.people.iter().any(|&(at, q)| {
                q == p
                    && (OBSERVERS.iter().any(|w| sentence[..at].ends_with(w))
                        || words_before(&sentence[..at], 6).contains("已故")
                        || (words_before(&sentence[..at], 8).contains('继')
                            && words_up_to(&sentence[f.end_of(at)..], "，。；", 3).contains("之后")))
            })
    };
    let country_of = |p: usize| resolved.people[p].country.clone();
    let mut people: Vec<usize> =
        participants(f, sentence, trigger_at, clause, country_of).into_iter().filter(|&p| !takes_no_part(p)).collect();
    // 他/她 before the trigger: the person named last in the sentences before, of another
    // country than the partner named (与茂木敏充举行会谈。他还将会见菅义伟: 他 is not 茂木).
    let another_side =
        |people: &[usize], p: usize| people.iter().all(|&q| country_of(q).is_none() || country_of(q) != country_of(p));
    // Not where 双方 names the sides (他确实成功地安排了双方会面), nor where the sentence names
    // him before (林克维丘斯表示，……他本人则于周五与……会谈); a spokesperson speaks of another.
    // Hosts of one country met on a trip (访问期间他将同台湾总统蔡英文以及外交部长吴钊燮举行会晤)
    // are one side.
    let on_a_trip = || {
        let before = &sentence[clause.start.min(trigger_at)..trigger_at];
        before.contains("期间") || f.triggers.iter().any(|&(at, k)| k == ContactType::Visit && at < trigger_at)
    };
    let one_side = |people: &[usize]| {
        let sides: std::collections::BTreeSet<Option<String>> = people.iter().map(|&p| country_of(p)).collect();
        people.len() < 2 || (sides.len() < 2 && on_a_trip())
    };
    if one_side(&people)
        && !group
        && !f.people.iter().any(|&(at, p)| at < clause.start && !takes_no_part(p))
        && refers_to_person(&sentence[clause.start.min(trigger_at)..trigger_at])
        && let Some(&p) = recent.iter().rev().find(|&&p| {
            !people.contains(&p)
                && !takes_no_part(p)
                && !f.people.iter().any(|(_, q)| *q == p)
                && another_side(&people, p)
        })
    {
        people.insert(0, p);
    }
    // A sentence with no subject that meets hosts of one country (周一将赴总统府晋见蔡英文总统;
    // 期间，会与梵蒂冈国务卿……帕罗林以及……盖拉格等教廷官员会面) is of the one who last travelled
    // to them or was to meet them alone (蓬佩奥……会与梵蒂冈高级官员举行会谈).
    let first_named = f.people.first().map(|&(at, _)| at);
    let meets_named_object =
        || f.people.iter().all(|&(at, _)| at > trigger_at) && takes_object(&sentence[trigger_at..f.end_of(trigger_at)]);
    let partner_opens = || {
        first_named.is_some_and(|first| {
            clause.contains(&first)
                && sentence[clause.start..first].find(['与', '同', '跟']).is_some_and(|marker| {
                    !f.countries.iter().any(|&(at, _)| at < clause.start + marker)
                        && !sentence[..clause.start + marker].contains(['他', '她'])
                })
        })
    };
    let in_clause = |p: usize| f.people.iter().any(|&(at, q)| q == p && clause.contains(&at));
    let hosts_country = people
        .first()
        .and_then(|&p| country_of(p))
        .filter(|h| people.iter().all(|&p| country_of(p).as_ref() == Some(h) && in_clause(p)));
    // Hosts are met in person, on a trip reported just before: not one the sentence reports
    // before them with a traveller of its own (……麦克阿瑟访台，与蒋介石两度会谈), though it
    // may go on with its arrival (周日(9日)傍晚抵台之后，……将赴总统府晋见蔡英文总统).
    let trip_of_its_own = |&(at, k): &(usize, ContactType)| {
        let own_clause = clause_around(sentence, at);
        at < trigger_at && (k != ContactType::Visit || sentence[own_clause.start..at].chars().count() > 12)
    };
    if let Some(h) = hosts_country
        && kind == ContactType::Meeting
        && !f.triggers.iter().any(trip_of_its_own)
        && !s.in_title
        && !f.countries.iter().any(|&(at, _)| at < trigger_at && !(clause.contains(&at) && at > clause.start))
        && (meets_named_object() || partner_opens())
        && let Some(traveller) = contacts
            .iter()
            .rev()
            .take(3)
            .filter(|c| matches!(c.kind, ContactType::Visit | ContactType::Meeting) && c.people.len() == 1)
            .find(|c| c.countries.get(1) == Some(&h))
            .and_then(|c| resolved.people.iter().position(|p| p.id == c.people[0]))
        && another_side(&people, traveller)
    {
        people.insert(0, traveller);
    }
    // The partner of one named person may come later in the sentence, from another
    // country (他打给外国领袖的第一通电话，将是在22日打给总理杜鲁道).
    if people.len() == 1
        && !group
        && let Some(&(at, p)) = f.people.iter().find(|&&(at, p)| {
            at > trigger_at && !people.contains(&p) && !takes_no_part(p) && !qualifies_a_name(f, sentence, at)
        })
        && (clause.contains(&at)
            || !f.triggers.iter().any(|&(t, _)| t > trigger_at && clause_around(sentence, at).contains(&t)))
        && country_of(p).is_some()
        && country_of(p) != country_of(people[0])
    {
        people.push(p);
    }
    // Who arranges a meeting of 双方 (他成功地安排了双方会面, 促成两国会谈), or of two people
    // named after the verb (促成蔡英文与安倍通话), is no side of it; who chairs a meeting of
    // named people (主持了有埃斯珀、佩恩参加的会谈) is.
    let before_trigger = clause.start..trigger_at;
    if let Some((verb, verb_at)) = last_of(MEDIATING_VERBS.iter(), sentence, before_trigger.clone()) {
        let group_after = s.group_at.iter().any(|&g| g > verb_at && g < trigger_at);
        let named_after: std::collections::BTreeSet<usize> =
            f.people.iter().filter(|&&(at, _)| at > verb_at && at < trigger_at).map(|&(_, p)| p).collect();
        if group_after || (named_after.len() >= 2 && !["主持", "协调"].contains(&verb)) {
            people.retain(|&p| !f.people.iter().any(|&(at, q)| q == p && at < verb_at));
        }
    }
    // Who condemns a meeting of others (中国批美官员与西藏流亡政府领导人会面) is no side of it.
    // So is who brings two countries together (文在寅将全力以赴促成朝美坐下来面对面对话), but
    // not who arranges to meet them (茂木此行还安排跟老挝、缅甸最高领导人见面).
    let condemned_from = CONDEMNING
        .iter()
        .filter_map(|v| sentence[clause.start..trigger_at].find(v).map(|at| clause.start + at + v.len()))
        .min()
        .filter(|&after| {
            f.people
                .iter()
                .map(|&(at, _)| at)
                .chain(f.countries.iter().map(|&(at, _)| at))
                .any(|at| at >= after && at < trigger_at)
        });
    let bringing = MEDIATING_VERBS.iter().filter(|v| !["主持", "协调", "安排"].contains(v));
    let brought_from = last_of(bringing, sentence, before_trigger).map(|(verb, at)| at + verb.len()).filter(|&after| {
        let brought: std::collections::BTreeSet<&str> =
            f.countries.iter().filter(|&&(at, _)| at >= after && at < trigger_at).map(|&(_, c)| c).collect();
        brought.len() >= 2
    });
    let sides_from = condemned_from.or(brought_from).unwrap_or(clause.start);
    if sides_from > clause.start {
        people.retain(|&p| !f.people.iter().any(|&(at, q)| q == p && at < sides_from));
    }
    // 双方 / 两国 stand for two sides, not for the many of a joint event; 他们 for any.
    let many = s.group_at.iter().any(|&g| sentence[g..].starts_with("他们"));
    // The sides 双方 stands for: the last contact of the same kind (在通话中 speaks of the
    // last call), looked for only where the sentence speaks of them.
    let last = if group { last_of_kind(contacts, kind) } else { None };
    // Two people named by 双方 / 两人 in the trigger's clause are those of the last contact; a
    // person named before the clause reports it (坂井学表示，两人在通话中……), while two named
    // before it are the two (安倍与特朗普建立友谊，两人曾……通电话).
    let pair_in_clause = s.group_at.iter().any(|&g| {
        g >= clause.start && g < trigger_at && ["双方", "两人", "二人"].iter().any(|w| sentence[g..].starts_with(w))
    });
    let one_named_before = || {
        let named_before: std::collections::BTreeSet<usize> =
            f.people.iter().filter(|&&(at, _)| at < clause.start).map(|&(_, p)| p).collect();
        named_before.len() == 1
    };
    // A contact pointed back to (杜鲁道婉拒前往华盛顿，未能让这次会面成为……) has its own people:
    // others the sentence names are not of it.
    if points_back && let Some(last) = last.filter(|c| c.people.len() >= 2) {
        people.retain(|&p| last.people.contains(&resolved.people[p].id));
    }
    if pair_in_clause && last.is_some_and(|c| c.people.len() == 2) && one_named_before() {
        people.retain(|&p| f.people.iter().any(|&(at, q)| q == p && clause.contains(&at)));
    }
    if people.len() < 2
        && group
        && let Some(last) = last.filter(|last| (last.people.len() <= 2 && !last.multilateral) || many)
    {
        // A person the sentence names is one side (德里安在双方会晤后): the last contact gives
        // the other.
        let named_sides: Vec<Option<String>> = people.iter().map(|&p| country_of(p)).collect();
        for id in &last.people {
            if let Some(i) = resolved.people.iter().position(|p| &p.id == id)
                && !people.contains(&i)
                && (country_of(i).is_none() || !named_sides.contains(&country_of(i)))
            {
                people.push(i);
            }
        }
    }
    let mut countries: Vec<String> = Vec::new();
    let add = |countries: &mut Vec<String>, c: &str| {
        if !countries.iter().any(|x| x == c) {
            countries.push(c.to_string());
        }
    };
    for &p in &people {
        if let Some(c) = &resolved.people[p].country {
            add(&mut countries, c);
        }
    }
    if people.len() < 2 {
        // Countries named as sides in the trigger's clause, not those named as what was
        // discussed (就美英两国对香港的承诺进行了交谈).
        let topic_from = TOPIC_MARKERS
            .iter()
            .filter_map(|m| sentence[clause.clone()].find(m).map(|i| clause.start + i))
            .min()
            .unwrap_or(clause.end);
        // Nor those of a source (印尼媒体报道, 日本学者).
        let named: Vec<&str> = f
            .countries
            .iter()
            .filter(|(at, _)| {
                *at >= sides_from
                    && *at < topic_from
                    && !names_a_source(&sentence[f.end_of(*at)..])
                    && !names_a_topic(&sentence[f.end_of(*at)..])
                    && (*at < trigger_at
                        || takes_object(&sentence[trigger_at..f.end_of(trigger_at)])
                        || after_partner_word(sentence, clause, *at))
            })
            .map(|&(_, c)| c)
            .collect();
        if group
            && named.len() < 2
            && let Some(last) = last.filter(|last| !last.multilateral || many)
        {
            for c in &last.countries {
                add(&mut countries, c);
            }
        }
        for c in named {
            add(&mut countries, c);
        }
        // The place of a meeting of two other sides (内塔尼亚胡与苏丹的法塔赫将军在乌干达会晤)
        // is no side.
        // (A member named before stays: 七国领导人将在泰国举行高峰会.)
        if countries.len() >= 3
            && let Some(&(_, venue)) = f.countries.iter().find(|&&(at, code)| {
                clause.contains(&at)
                    && at < trigger_at
                    && sentence[..at].ends_with(['在', '于'])
                    && sentence[f.end_of(at)..trigger_at].chars().count() <= 2
                    && f.countries.iter().filter(|(_, c)| *c == code).count() == 1
            })
        {
            countries.retain(|c| c != venue);
        }
        // Offices standing for their holders (美国与澳大利亚的外长与防长会晤, 美日印澳外长会议):
        // the people of the article who hold them for the contact's countries.
        if countries.len() >= 2 {
            let upto_trigger = clause.start.min(trigger_at)..f.end_of(trigger_at);
            let holders = office_holders(resolved, f, sentence, upto_trigger, &people);
            people.extend(holders);
        }
    }
    // A national leader's call with the head of the European Commission or the UN is a
    // contact: the organisation is a side of its own.
    let organizations = organizations_of(resolved, &people).len();
    (countries.len() + organizations >= 2).then_some((people, countries))
}

/// The day of the arrival a meeting follows (蓬佩奥抵达日本后已与日本外相茂木敏充举行会谈), where
/// a trip word, its destination and 后 open the trigger's clause: the day an earlier sentence
/// names for the same arrival (今天（10月6日）凌晨抵达日本).
fn arrival_day<'s>(
    sentence: &str,
    f: &SentenceFacts,
    trigger_at: usize,
    earlier: impl Iterator<Item = &'s str>,
    reference: Option<NaiveDate>,
) -> Option<When> {
    let clause = clause_around(sentence, trigger_at);
    let &(trip_at, _) =
        f.triggers.iter().rfind(|&&(at, k)| k == ContactType::Visit && at >= clause.start && at < trigger_at)?;
    let gap = &sentence[f.end_of(trip_at)..trigger_at];
    let after = gap.find(['后', '後'])?;
    if after == 0 || gap[..after].chars().count() > 8 || gap[..after].contains(['，', '、']) {
        return None;
    }
    let arrival = &sentence[trip_at..f.end_of(trip_at) + after];
    let reference = reference?;
    earlier.filter_map(|s| Some((s, s.find(arrival)?))).find_map(|(s, at)| {
        find_dates(s, reference, false)
            .into_iter()
            .rfind(|d| {
                d.range.end <= at
                    && !is_report_date(s, d)
                    && words_up_to(&s[d.range.end..at], "，。；", 16).len() == at - d.range.end
            })
            .map(|d| d.date)
    })
}

/// Whether the words right before a trigger point back to a contact just reported (在这个视讯
/// 电话中, 此次会谈, 未能让这次会面成为……).
fn points_back_at(sentence: &str, trigger_at: usize) -> bool {
    ["这个", "这次", "此次", "该", "本次", "这通", "这场"].iter().any(|w| sentence[..trigger_at].ends_with(w))
}

/// The contact that 双方 or a trigger pointing back speaks of: the last one of the same kind
/// (在通话中 speaks of the last call, 这次会面 of the last meeting), else the last one.
fn last_of_kind(contacts: &[Contact], kind: ContactType) -> Option<&Contact> {
    let remote = |k: ContactType| matches!(k, ContactType::Phone | ContactType::Video);
    contacts.iter().rev().take(MERGE_WINDOW).find(|c| remote(c.kind) == remote(kind)).or(contacts.last())
}

/// The organisation whose summit the trigger at `trigger_at` names: one with members, named
/// right before a summit or meeting word (东盟峰会, 欧盟领导人峰会, 北约外长会议), past quotes and
/// a bracketed aside.
fn summit_of<'m>(
    f: &SentenceFacts,
    sentence: &str,
    trigger_at: usize,
    memberships: &'m [Membership],
) -> Option<&'m Membership> {
    // The meeting named by the organisation itself (举行「四方安全对话」).
    if let Some(&(_, organization)) = f.organizations.iter().find(|(at, _)| *at == trigger_at) {
        return memberships.iter().find(|m| m.organization == organization);
    }
    let trigger = &sentence[trigger_at..f.end_of(trigger_at)];
    if !(trigger.ends_with("峰会") || trigger.ends_with("会议") || trigger.ends_with("首脑会晤")) {
        return None;
    }
    let &(at, organization) = f.organizations.iter().rfind(|(at, _)| *at < trigger_at)?;
    let from = f.end_of(at);
    let gap = sentence.get(from + past_asides(sentence.get(from..trigger_at)?)..trigger_at)?;
    let breaks = |gap: &str| gap.chars().any(|c| "，。；：,;:（）()".contains(c));
    // The organisation and its partners (东盟与中、日、韩高官视讯会议): the partners are sides
    // beside the members.
    let with_partners = gap.starts_with(['与', '和', '同'])
        && gap.chars().count() <= 16
        && !breaks(gap)
        && f.countries.iter().any(|&(at, _)| (from..trigger_at).contains(&at));
    // Or it holds the meeting where and when the words between say (萨赫勒5国集团周二在毛里塔尼亚
    // 首都努瓦克肖特举行峰会; 「四方安全对话」机制（……），拟于10月初在东京召开第二场外长会议): no
    // one else is named between, no country but the venue, and no other contact.
    let verb_part = ORDINAL_AFTER_VERB.find(gap).map_or(gap, |m| &gap[..m.start()]);
    let in_gap = |at: usize| (from..trigger_at).contains(&at);
    let held_there = ["举行", "召开"].iter().any(|w| verb_part.ends_with(w))
        && gap.chars().count() <= 60
        && !gap.contains(['。', '；', '与', '和', '同', '跟'])
        && !f.people.iter().any(|&(at, _)| in_gap(at))
        && !f.countries.iter().any(|&(at, _)| in_gap(at) && !sentence[..at].ends_with('在'))
        && !f.triggers.iter().any(|&(at, _)| in_gap(at));
    let close = with_partners || held_there || (gap.chars().count() <= 6 && !breaks(gap) && !gap.contains('、'));
    close.then(|| memberships.iter().find(|m| m.organization == organization)).flatten()
}

/// The ordinal of the meeting after the verb that holds it (召开第二场, 举行第36届).
static ORDINAL_AFTER_VERB: std::sync::LazyLock<regex::Regex> =
    std::sync::LazyLock::new(|| regex::Regex::new(r"第[一二三四五六七八九十百0-9]+[场届次轮]$").unwrap());

/// The country named as the organisation's partner right before it (法国与萨赫勒5国集团峰会), a
/// side beside the members.
fn partner_before(f: &SentenceFacts, sentence: &str, trigger_at: usize, membership: &Membership) -> Option<String> {
    let &(at, _) = f.organizations.iter().rfind(|&&(at, o)| at < trigger_at && o == membership.organization)?;
    let before = sentence[..at].strip_suffix(['与', '和', '同'])?;
    f.countries.iter().find(|&&(c_at, _)| f.end_of(c_at) == before.len()).map(|&(_, c)| c.to_string())
}

/// The sides of a summit of `membership`: the sides the sentence names, the members the
/// sentence names, or, where the summit is the article's news, the article names; and, at a
/// meeting of `leaders`, the heads of state or government of those members whom the article
/// names, at one of `ministers`, the holders of that office.
fn summit_sides(
    membership: &Membership,
    sides: Option<(Vec<usize>, Vec<String>)>,
    resolved: &Resolved,
    f: &SentenceFacts,
    news: bool,
    leaders: bool,
    ministers: Option<&[&str]>,
) -> (Vec<usize>, Vec<String>) {
    let (mut people, mut countries) = sides.unwrap_or_default();
    let named: Vec<&str> = if news {
        resolved.countries.iter().map(|c| c.id.as_str()).collect()
    } else {
        f.countries.iter().map(|&(_, c)| c).collect()
    };
    for c in named.into_iter().filter(|c| membership.members.iter().any(|m| m == c)) {
        if !countries.iter().any(|x| x == c) {
            countries.push(c.to_string());
        }
    }
    // A ministerial meeting (东盟外长会议, APEC部长级会议) is no meeting of leaders: its
    // ministers are those of the office it names, one a member.
    if !leaders {
        let Some(roles) = ministers else {
            return (people, countries);
        };
        for country in &countries {
            if let Some(i) = sole_holder(resolved, country, roles)
                && !people.contains(&i)
                && (news || f.people.iter().any(|&(_, q)| q == i))
            {
                people.push(i);
            }
        }
        return (people, countries);
    }
    for (i, p) in resolved.people.iter().enumerate() {
        let leads_a_member = p.country.as_ref().is_some_and(|c| countries.contains(c)) && holds_one_of(p, HEADS);
        if leads_a_member && !people.contains(&i) && (news || f.people.iter().any(|&(_, q)| q == i)) {
            people.push(i);
        }
    }
    (people, countries)
}

/// The international organisations among `people`: those of the posts of people who hold
/// no country's office, in order.
fn organizations_of(resolved: &Resolved, people: &[usize]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for o in people.iter().filter_map(|&p| side_organization(&resolved.people[p])) {
        if !out.contains(o) {
            out.push(o.clone());
        }
    }
    out
}

/// The organisation a person takes part for: that of an international post, where the
/// person holds no country's office.
fn side_organization(person: &crate::resolve::PersonRecord) -> Option<&String> {
    person.organization.as_ref().filter(|_| person.country.is_none())
}

/// Words of the text that stand for the holders of an office (外长, 防长, 元首), and the
/// roles of the people who hold it.
const OFFICES: &[(&str, &[&str])] = &[
    ("外长", FOREIGN_MINISTERS),
    ("防长", DEFENCE_MINISTERS),
    ("元首", &["总统", "国家主席"]),
    ("首脑", HEADS),
    ("领导人", HEADS),
    ("领袖", HEADS),
    ("总统", &["总统"]),
    ("总理", &["总理"]),
    ("首相", &["首相"]),
    ("国家主席", &["国家主席"]),
    ("国务卿", &["国务卿"]),
    ("外交部长", FOREIGN_MINISTERS),
    ("外相", FOREIGN_MINISTERS),
    ("外交大臣", FOREIGN_MINISTERS),
    ("国防部长", DEFENCE_MINISTERS),
];

/// The roles of defence ministers.
const DEFENCE_MINISTERS: &[&str] = &["防长", "国防部长", "国防部部长", "防卫大臣", "防卫相", "国防大臣"];

/// The roles of foreign ministers.
const FOREIGN_MINISTERS: &[&str] = &["外长", "外交部长", "外交部部长", "外相", "国务卿", "外交大臣", "外务大臣"];

/// Words after an office word that make it part of another (总统府, 总统大选, 总统特使).
const NOT_THE_OFFICE: &[char] =
    &['府', '办', '职', '位', '选', '候', '大', '官', '夫', '特', '顾', '助', '秘', '发', '代', '任', '级', '国'];

/// The roles of heads of state or government.
const HEADS: &[&str] = &["总统", "国家主席", "首相", "总理"];

/// Whether `person` holds one of `roles` on the article's day (its role or any office then
/// in force), not as a deputy, a former or a designate holder.
fn holds_one_of(person: &crate::resolve::PersonRecord, roles: &[&str]) -> bool {
    let holds = |role: &str| {
        roles.iter().any(|r| role.ends_with(r)) && !["副", "前", "次", "候任"].iter().any(|w| role.contains(w))
    };
    person.role.as_deref().is_some_and(holds) || person.offices.iter().any(|o| holds(o))
}

/// The one person of the article of `country` who holds one of `roles`; none where the
/// article names two.
fn sole_holder(resolved: &Resolved, country: &str, roles: &[&str]) -> Option<usize> {
    let mut of_country = resolved
        .people
        .iter()
        .enumerate()
        .filter(|(_, p)| p.country.as_deref() == Some(country) && holds_one_of(p, roles));
    match (of_country.next(), of_country.next()) {
        (Some((holder, _)), None) => Some(holder),
        _ => None,
    }
}

/// The people of the article holding an office that the text in `range` names for the
/// countries named right before it (中印两国外长, 美国与澳大利亚的外长与防长, 美日印澳四国外长会议),
/// other than those of `people` (拜登与日韩澳领导人通电话 adds no American): one holder of the
/// office per country, none where the article names two.
fn office_holders(
    resolved: &Resolved,
    f: &SentenceFacts,
    sentence: &str,
    range: std::ops::Range<usize>,
    people: &[usize],
) -> Vec<usize> {
    let text = &sentence[range.clone()];
    // Countries some person of the contact already stands for need no holder.
    let covered: Vec<Option<&str>> = people.iter().map(|&p| resolved.people[p].country.as_deref()).collect();
    let mut holders = Vec::new();
    for (word, roles) in OFFICES {
        for (i, _) in text.match_indices(word).filter(|(i, w)| !text[i + w.len()..].starts_with(NOT_THE_OFFICE)) {
            // 当选的美国总统 is not the president in office.
            let elect = ["当选", "候任", "下任", "下届"].iter().any(|w| text[..i].contains(w));
            for country in countries_of_office(f, sentence, &range, range.start + i) {
                if elect || covered.contains(&Some(country)) {
                    continue;
                }
                if let Some(holder) = sole_holder(resolved, country, roles)
                    && !holders.contains(&holder)
                    && !people.contains(&holder)
                {
                    holders.push(holder);
                }
            }
        }
    }
    holders
}

/// The countries an office word at `at` is named for: the list of countries right before it
/// (日韩澳领导人, 美国与澳大利亚的外长, 中印两国外长), within `range`. The last of them stands
/// right before the word, past a count, 的 or other offices at most; the others continue the
/// list (、, 和, 与, 及, or nothing between).
fn countries_of_office<'d>(
    f: &SentenceFacts<'d>,
    sentence: &str,
    range: &std::ops::Range<usize>,
    at: usize,
) -> Vec<&'d str> {
    let mut named = f.countries.iter().filter(|(c, _)| range.contains(c) && *c < at).rev();
    let Some(&(last, country)) = named.next() else {
        return Vec::new();
    };
    // Only a count or 的 between (中印两国外长, 美加墨3国领袖, 美国与澳大利亚的外长): 白俄反对派领袖
    // are not Belarus's leaders.
    let near = sentence.get(f.end_of(last)..at).is_some_and(|gap| {
        // Other offices of the list may come between (美国与澳大利亚的外长与防长).
        let gap = OFFICES.iter().fold(gap.to_string(), |g, (word, _)| g.replace(word, ""));
        gap.chars().all(|ch| "的两三四五六七八九十国方各位名与和及、".contains(ch) || ch.is_ascii_digit())
    });
    if !near {
        return Vec::new();
    }
    let mut list = vec![country];
    let mut start = last;
    for &(c, country) in named {
        let continues =
            sentence.get(f.end_of(c)..start).is_some_and(|gap| gap.chars().all(|ch| "、，,和与及以".contains(ch)));
        if !continues {
            break;
        }
        if !list.contains(&country) {
            list.push(country);
        }
        start = c;
    }
    list
}

/// Whether three or more people of a contact take part in one joint event rather than in
/// one contact per partner (X与A、B会谈 is one per partner of another country): named side by
/// side before the trigger (A、B和C举行了外长会议), or an event the text calls joint
/// (视频会议, 峰会, 外长会议, 三方, 四国), unless they met 分别 (each on their own).
fn joint_event(
    f: &SentenceFacts,
    sentence: &str,
    people: &[usize],
    kind: ContactType,
    trigger_at: usize,
    clause: &std::ops::Range<usize>,
) -> bool {
    if people.len() < 3 || sentence[clause.clone()].contains("分别") {
        return false;
    }
    // People none of whom the sentence names were taken as one group from elsewhere (the
    // holders of the offices it names, the sides of the last contact).
    if !people.iter().any(|p| f.people.iter().any(|(_, q)| q == p)) {
        return true;
    }
    let trigger = &sentence[trigger_at..f.end_of(trigger_at)];
    if matches!(kind, ContactType::Video | ContactType::Summit)
        || trigger.ends_with("会议")
        || MULTILATERAL.is_match(&sentence[clause.clone()])
    {
        return true;
    }
    // The first two participants named before the trigger, and what stands between them.
    let mut named: Vec<(usize, usize)> = people
        .iter()
        .filter_map(|p| f.people.iter().find(|(at, q)| q == p && *at < trigger_at).map(|&(at, _)| (at, f.end_of(at))))
        .collect();
    named.sort();
    // Subjects side by side who each call someone (纷纷致电拜登) make calls of their own; with
    // no one called, they are on one call (特朗普、内塔尼亚胡和……穆罕默德·本·扎耶德于周四通过电话
    // 达成了协议).
    let someone_called = people.iter().any(|p| f.people.iter().any(|(at, q)| q == p && *at > trigger_at));
    let each_on_their_own = (kind == ContactType::Phone && someone_called)
        || ["纷纷", "各自", "先后", "相继"].iter().any(|w| sentence[clause.clone()].contains(w));
    match named.as_slice() {
        [(_, first_end), (second, _), ..] => {
            !each_on_their_own && sentence.get(*first_end..*second).is_some_and(side_by_side)
        }
        _ => false,
    }
}

/// Whether the ministers or leaders of three countries or more are named as one, the subject
/// of the contact (美日澳印外长会谈, 日中韩首脑会谈), not its partners (拜登与日韩澳领导人通电话).
fn named_as_one(f: &SentenceFacts, sentence: &str, clause: &std::ops::Range<usize>, trigger_at: usize) -> bool {
    let before = clause.start.min(trigger_at)..f.end_of(trigger_at);
    OFFICES.iter().any(|(word, _)| {
        sentence[before.clone()].match_indices(word).any(|(i, _)| {
            let countries = countries_of_office(f, sentence, &before, before.start + i);
            let first = f
                .countries
                .iter()
                .find(|(at, c)| before.contains(at) && countries.contains(c))
                .map_or(0, |(at, _)| *at);
            countries.len() >= 3 && !sentence[..first].ends_with(['与', '同', '和', '跟'])
        })
    })
}

/// Whether the words between two names list them side by side (、, ，) rather than name the
/// second as the partner of the first (与, 同, 跟).
fn side_by_side(between: &str) -> bool {
    !between.contains(['与', '同', '跟']) && between.contains(['、', '，', ','])
}

/// Whether a clause (no wire dateline) ends in a verb of speech (表示, 指出, 说, 宣布): its
/// day is that of what was said.
fn dates_a_saying(clause: &str) -> bool {
    let said = clause.trim_end_matches(['，', ',', '：', ':', ' ']);
    ["表示", "指出", "说", "称", "透露", "强调", "宣布", "证实", "披露", "公布"].iter().any(|w| said.ends_with(w))
        && !DATELINE.is_match(clause)
}

/// Words before a partner that deny a contact with them (没有与, 不会同, 无意和).
const DENIALS: &[&str] = &["没有", "没", "不会", "无意", "拒绝", "并未", "未", "不"];

/// Whether the trigger's clause denies the contact: a denial right before 与/同/和/跟 and the
/// partner (墨西哥总统今天表示，访问华府期间，没有与拜登会面的计画), or a word of absence.
fn denied(sentence: &str, clause: &std::ops::Range<usize>, trigger_at: usize) -> bool {
    let before = &sentence[clause.start.min(trigger_at)..trigger_at];
    // A denial right before the trigger (双方没有对话, 从未会面, 克拉夫特不访问台湾).
    // Past a verb of holding or a plan between them (没有进行电话通话的规划, 并无通话安排).
    let mut head = before;
    while let Some(rest) = ["进行", "举行", "任何"].iter().find_map(|v| head.strip_suffix(v)) {
        head = rest;
    }
    if ["没有", "并未", "并无", "未曾", "从未", "从来没有", "无意", "不", "未"].iter().any(|d| head.ends_with(d))
    {
        return true;
    }
    // Advice against it (建议澳大利亚公民不要前往香港).
    if ["不要", "避免", "切勿", "不宜", "暂缓", "禁止"].iter().any(|d| before.ends_with(d)) {
        return true;
    }
    // Judged unlikely (上述官员不太可能……前往伊朗), or declined by one who is asked to join
    // (中方无意参加美俄之间的军控双边谈判).
    if ["不太可能", "不大可能", "无意参加", "无意参与", "无意加入", "不会参加", "不会参与", "不参加", "不参与"]
        .iter()
        .any(|w| before.contains(w))
    {
        return true;
    }
    // Who stays away from it takes no part (都会缺席利雅德峰会), nor is one not granted
    // (到访北京并未获得中国主席习近平的会见).
    if ["缺席", "未获", "未能获得", "没有获得", "没能获得"].iter().any(|w| before.contains(w)) {
        return true;
    }
    before.match_indices(['与', '同', '和', '跟']).any(|(i, word)| {
        // Past a verb of seeking (卢卡申科没有寻求和我们……进行对话).
        let mut head = before[..i].trim_end_matches(['再', '也', '还', '将', '会', '要']);
        while let Some(rest) = ["寻求", "打算", "计划", "试图", "准备", "想"].iter().find_map(|v| head.strip_suffix(v))
        {
            head = rest;
        }
        // 不同 (different) and 不和 (at odds) are words, not a denial.
        let a_word = matches!(word, "同" | "和") && before[..i].ends_with('不');
        !a_word && DENIALS.iter().any(|d| head.ends_with(d))
    })
}

/// Whether the talks of the trigger at `trigger_at` are urged on others: a word of
/// exhortation before it in its clause whose object is not the speaker's own partner
/// (呼吁亚美尼亚与阿塞拜疆重回谈判桌, but not 呼吁与美国举行会谈), or a 谈判桌 it opens.
fn urged_on_others(sentence: &str, cues: &SentenceCues, clause: &std::ops::Range<usize>, trigger_at: usize) -> bool {
    cues.0.iter().filter(|c| c.kind == CueKind::Exhortation).any(|c| {
        // 谈判桌 holding the trigger's 谈判.
        if c.range.start <= trigger_at && c.range.end > trigger_at {
            return true;
        }
        // Or in an earlier clause, when the trigger's clause goes on with no subject of its own
        // (呼吁亚美尼亚及阿塞拜疆立即无条件停火，恢复谈判).
        let goes_on = c.range.end <= clause.start
            && ["恢复", "重启", "重返", "回到", "展开", "进行", "举行"]
                .iter()
                .any(|v| sentence[clause.clone()].trim_start_matches(['并', '及', '和']).starts_with(v));
        let urged = c.range.end <= trigger_at && (clause.contains(&c.range.start) || goes_on);
        let own_offer = sentence[c.range.end..trigger_at.max(c.range.end)]
            .trim_start_matches(['尽', '快', '早', '日', '立', '即', '再', '次'])
            .starts_with(['与', '同', '跟']);
        urged && !own_offer
    })
}

/// Words after a country that make it the nationality of a source of the news (印尼媒体,
/// 日本学者), not a side.
const SOURCES: &[&str] = &[
    "媒体",
    "官媒",
    "传媒",
    "通讯社",
    "电视台",
    "报纸",
    "报章",
    "日报",
    "舆论",
    "网民",
    "学者",
    "专家",
    "分析人士",
    "记者",
    "智库",
];

/// Whether a name after the trigger follows a partner word of the clause (会谈，与日本……), or
/// is said to attend (俄邀会谈化解冲突 亚塞拜然与亚美尼亚都将出席).
fn after_partner_word(sentence: &str, clause: &std::ops::Range<usize>, at: usize) -> bool {
    let rest = &sentence[at..clause.end.max(at)];
    sentence[clause.start..at].contains(['与', '同', '跟'])
        || ["出席", "参加", "与会", "参与"].iter().any(|w| rest.contains(w))
}

/// Whether the text right after a country makes it a topic (美国大选动向, 黎巴嫩持续的政治危机
/// is not; 中国问题, 香港局势), not a side.
fn names_a_topic(after: &str) -> bool {
    ["大选", "选举", "危机", "动向", "政局", "局势", "冲突", "疫情", "问题", "政策", "内政"]
        .iter()
        .any(|w| after.starts_with(w))
}

/// Whether the text right after a country names a source of the news by its nationality.
fn names_a_source(after: &str) -> bool {
    SOURCES.iter().any(|w| after.starts_with(w))
}

/// Verbs that hold talks (举行对话, 展开谈判) before a bare 对话 / 谈判 in its clause.
const HOLDING_VERBS: &[&str] = &[
    "举行", "进行", "展开", "开展", "启动", "开启", "召开", "重启", "完成", "结束", "开始", "参加", "出席", "主持",
    "举办", "恢复", "继续", "坐下",
];

/// Whether a bare 对话 or 谈判 at `trigger_at` reports talks: a verb before it in its clause
/// holds them, or the words after it place something in them (谈判中, 谈判时, 谈判破裂). A
/// 谈话 / 交谈 is talks only with a partner named after a partner word before it (与佩洛西议长和
/// 理查德·尼尔议员进行了欢迎谈话), not a statement (发表谈话). Other contact words always report
/// a contact.
fn talks_held(
    sentence: &str,
    f: &SentenceFacts,
    clause: &std::ops::Range<usize>,
    trigger_at: usize,
    trigger_end: usize,
) -> bool {
    let trigger = &sentence[trigger_at..trigger_end];
    if trigger == "谈话" || trigger == "交谈" {
        let from = clause.start.min(trigger_at);
        return sentence[from..trigger_at].match_indices(['与', '同', '跟']).any(|(i, w)| {
            let partner_from = from + i + w.len();
            f.people.iter().any(|&(at, _)| at >= partner_from && at < trigger_at)
        });
    }
    if trigger != "对话" && trigger != "谈判" {
        return true;
    }
    let before = &sentence[clause.start.min(trigger_at)..trigger_at];
    let after = &sentence[trigger_end..];
    HOLDING_VERBS.iter().any(|v| before.contains(v))
        || ["中", "时", "期间", "后", "结束", "破裂", "取得", "达成", "陷入", "进展", "代表"]
            .iter()
            .any(|w| after.starts_with(w))
}

/// Whether the words after a contact word make it the occasion of an anniversary (访问中国的
/// 50周年纪念).
fn anniversary(sentence: &str, trigger_end: usize) -> bool {
    words_up_to(&sentence[trigger_end..], "，。；：,;:", 10).contains("周年")
}

/// Words that make a contact word before them part of a noun that is no contact (电话公司,
/// 电话专访, 谈判筹码).
const NOUNS_OF_CONTACT_WORDS: &[&str] =
    &["筹码", "技巧", "公司", "号码", "专访", "采访", "访谈", "热线", "诈骗", "时机"];

/// Words that make a contact word before them part of the title of a negotiator (谈判代表):
/// someone's post, a contact only where a partner is named before it (巴尼耶与英国谈判代表佛罗斯特).
const NEGOTIATORS: &[&str] = &["代表", "团队", "人员", "专家"];

/// Whether the contact word ending at `trigger_end` is the first part of a noun that is no
/// contact (电话公司; 谈判代表 with no partner or second country in its clause: 历任乌拉圭、
/// 杜哈谈判代表).
fn in_a_noun(sentence: &str, f: &SentenceFacts, clause: &std::ops::Range<usize>, trigger_end: usize) -> bool {
    let after = &sentence[trigger_end..];
    let partnered = || {
        sentence[clause.start.min(trigger_end)..trigger_end].contains(['与', '和', '同', '跟', '及'])
            || f.countries.iter().filter(|(at, _)| clause.contains(at)).count() >= 2
    };
    NOUNS_OF_CONTACT_WORDS.iter().any(|w| after.starts_with(w))
        || (NEGOTIATORS.iter().any(|w| after.starts_with(w)) && !partnered())
}

/// Whether the talks or meeting of the trigger are no diplomatic contact: business talks
/// (TikTok与微软之间进行收购谈判), a series described (于2007年开始召开，基本上每年召开), a
/// forum's session (达沃斯经济论坛将以视频会议的方式举行), one a think tank or a university
/// holds (美国大西洋理事会智库举办与李显龙的视频对话), or a comparison (将吕特的立场与之前的谈判中
/// 卡梅伦的立场相比较).
fn not_diplomatic(sentence: &str, clause: &std::ops::Range<usize>, trigger_at: usize, trigger_end: usize) -> bool {
    let before = &sentence[clause.start.min(trigger_at)..trigger_at];
    let trigger = &sentence[trigger_at..trigger_end];
    let in_clause = &sentence[clause.clone()];
    ["收购", "并购", "采购", "劳资", "薪资"].iter().any(|w| before.ends_with(w))
        || ["每年", "每届", "定期", "轮流", "例行", "每两年"].iter().any(|w| in_clause.contains(w))
        || (trigger.ends_with("会议") && before.contains("论坛"))
        || ["智库", "研究所", "研究中心", "基金会", "大学", "商会", "学会"].iter().any(|w| before.contains(w))
        || in_clause.contains("相比")
        || ["比较", "相提并论"].iter().any(|w| sentence.contains(w))
        || (GREETINGS.contains(&trigger) && greets_no_visitor(sentence, clause, trigger_at, trigger_end))
}

/// The contact words of a greeting at the airport.
const GREETINGS: &[&str] = &["接机", "机场迎接"];

/// The sides of a greeting at the airport: the traveller of the last trip reported and the
/// greeters named in the trigger's clause, if both are known.
fn greeting(
    people: Vec<usize>,
    f: &SentenceFacts,
    resolved: &Resolved,
    contacts: &[Contact],
    clause: &std::ops::Range<usize>,
) -> Option<(Vec<usize>, Vec<String>)> {
    let traveller = contacts
        .iter()
        .rev()
        .take(MERGE_WINDOW)
        .find(|c| c.kind == ContactType::Visit && c.people.len() == 1)
        .and_then(|c| resolved.people.iter().position(|p| p.id == c.people[0]))?;
    let mut sides = vec![traveller];
    sides.extend(
        people
            .into_iter()
            .filter(|&p| p != traveller && f.people.iter().any(|&(at, q)| q == p && clause.contains(&at))),
    );
    let mut countries: Vec<String> = Vec::new();
    for c in sides.iter().filter_map(|&p| resolved.people[p].country.clone()) {
        if !countries.contains(&c) {
            countries.push(c);
        }
    }
    (sides.len() >= 2 && countries.len() >= 2).then_some((sides, countries))
}

/// Whether a greeting at the airport is of goods or the dead (前往机场迎接100万剂的疫苗), or a
/// term in quotation marks (“暴力接机”), not of a visitor.
fn greets_no_visitor(sentence: &str, clause: &std::ops::Range<usize>, trigger_at: usize, trigger_end: usize) -> bool {
    let object = &sentence[trigger_end..clause.end.max(trigger_end)];
    let quoted = words_before(&sentence[..trigger_at], 4).contains(['“', '「']) && object.starts_with(['”', '」']);
    quoted || ["疫苗", "物资", "遗体", "灵柩"].iter().any(|w| object.contains(w))
}

/// Whether a cancellation names its object, and it is no contact (以议长访问台湾为由，临时取消
/// ……的一笔订单): words follow it in its sentence part with no contact word or trip among them.
fn cancels_something_else(sentence: &str, cue: &CueAt, f: &SentenceFacts) -> bool {
    let object = words_up_to(&sentence[cue.range.end..], "。；;", 40).trim_start_matches(['了', '掉']);
    let object_end = cue.range.end + object.len();
    [
        "订单", "合同", "签证", "航班", "演出", "比赛", "订购", "出口", "进口", "交易", "法", "条例", "制裁", "关税",
        "禁令", "选举",
    ]
    .iter()
    .any(|w| object.contains(w))
        && !f.triggers.iter().any(|(at, _)| (cue.range.end..object_end).contains(at))
        && !["行程", "计划", "安排", "之行", "会议", "访问"].iter().any(|w| object.contains(w))
}

/// Whether the contact is asked about, not reported: 是否 before the trigger in its clause
/// (康京和此行是否会与拜登阵营会面，备受关注), or a question the sentence ends with (拜登会不会
/// 亲自接听蔡英文的恭贺电话？), its question word before the trigger in its clause.
fn asked(sentence: &str, clause: &std::ops::Range<usize>, trigger_at: usize) -> bool {
    let before = &sentence[clause.start.min(trigger_at)..trigger_at];
    // 就是否延期展开谈判 asks nothing: whether is the talks' subject.
    let whether = before.match_indices("是否").any(|(i, _)| {
        !["就", "对", "关于", "讨论", "商讨", "磋商"]
            .iter()
            .any(|w| before[..i].trim_end_matches(['正', '在']).ends_with(w))
    });
    whether
        || sentence.trim_end().ends_with(['？', '?'])
            && (["会不会", "是否", "能否", "会否", "可否", "有没有", "何时"].iter().any(|w| before.contains(w))
                || sentence.trim_end().trim_end_matches(['？', '?']).ends_with('吗'))
}

/// Whether the clause gives an opinion that the contact is needed (他认为有必要和卢卡申科进行
/// 对话), not a contact held or set.
fn opinion(sentence: &str, clause: &std::ops::Range<usize>, trigger_at: usize) -> bool {
    let before = &sentence[clause.start.min(trigger_at)..trigger_at];
    ["有必要", "有需要"].iter().any(|w| before.contains(w))
}

/// Whether the trigger is a dialogue hoped or said to be needed to go on or resume (希望和中国
/// 进行继续对话, 盼与美国恢复对话, 有恢复对话的可能性, 欧洲和中国应该……继续对话): the state of a
/// relationship wished for, no talks held or set.
fn dialogue_hoped_for(sentence: &str, clause: &std::ops::Range<usize>, trigger_at: usize, trigger_end: usize) -> bool {
    let before = &sentence[clause.start.min(trigger_at)..trigger_at];
    &sentence[trigger_at..trigger_end] == "对话"
        && ["继续", "恢复", "保持", "持续", "重启"].iter().any(|w| before.ends_with(w))
        && (["希望", "盼", "期待", "期望", "愿", "应", "需", "必须"].iter().any(|w| before.contains(w))
            || sentence[trigger_end..].starts_with("的可能"))
}

/// Whether a condition before the trigger in its sentence makes the contact a supposition
/// (特朗普如果想干得漂亮的话，他有可能让陈时中到访美国).
/// A condition that the trip goes ahead or the chance comes (如果顺利成行，可望跟汪洋会面; 如果有
/// 机会，期待与蔡总统通电话) keeps a hoped-for contact planned.
fn supposed(sentence: &str, trigger_at: usize) -> bool {
    let before = &sentence[..trigger_at];
    ["如果", "假如", "倘若", "假若", "假使", "万一", "一旦"].iter().any(|w| before.contains(w))
        && !["成行", "机会"].iter().any(|w| before.contains(w))
}

/// Whether the trigger names talks in general, not a contact: international talks (在国际谈判中
/// 取得优势), a pair of ideals (对话与合作), a kind of thing (接听蔡英文电话这种事), or a rule
/// for them (与地方政府官员见面前须获得美方批准, 须报备与美政府……的会面).
fn spoken_of_in_general(
    sentence: &str,
    clause: &std::ops::Range<usize>,
    trigger_at: usize,
    trigger_end: usize,
) -> bool {
    let trigger = &sentence[trigger_at..trigger_end];
    let after = &sentence[trigger_end..];
    let before = &sentence[clause.start.min(trigger_at)..trigger_at];
    let in_clause = &sentence[clause.clone()];
    before.ends_with("国际")
        || (["对话", "谈判", "交流"].contains(&trigger)
            && ["与合作", "和合作", "与交流", "和交流", "与沟通", "和沟通"].iter().any(|w| after.starts_with(w)))
        || ["合作与", "合作和", "交流与", "交流和", "沟通与", "沟通和"].iter().any(|w| before.ends_with(w))
        || ["这种事", "这类事", "这样的事", "之类的事"].iter().any(|w| after.starts_with(w))
        || ["这类", "此类", "这种", "这一类", "各类", "各种"].iter().any(|w| before.ends_with(w))
        || ["须获", "需获", "须经", "需经", "须报备", "需报备", "须事先", "需事先", "须得到", "需得到"]
            .iter()
            .any(|w| in_clause.contains(w))
}

/// Whether a 前往 / 飞往 names where something is bound for (位于多佛前往法国的轮渡码头),
/// not a trip: no traveller before it in its clause, a 的 soon after its destination, and no
/// trip word after that.
fn bound_for(
    sentence: &str,
    f: &SentenceFacts,
    clause: &std::ops::Range<usize>,
    trigger_at: usize,
    trigger_end: usize,
) -> bool {
    const HEADING: &[&str] = &["前往", "飞往", "开往", "驶往", "通往"];
    const TRIPS: &[&str] =
        &["行程", "访问", "旅程", "之旅", "途中", "路上", "计划", "出访", "行", "航班", "班机", "专机", "消息"];
    // A traveller named before it in its clause goes there (与捷克外交部长一同前往捷克西部地区的旧址).
    let traveller = f.people.iter().any(|&(at, _)| at >= clause.start && at < trigger_at);
    if !HEADING.contains(&&sentence[trigger_at..trigger_end]) || traveller {
        return false;
    }
    let destination = words_up_to(&sentence[trigger_end..], "，。；：,;:的", 8);
    let rest = &sentence[trigger_end + destination.len()..];
    !destination.is_empty() && rest.starts_with('的') && !TRIPS.iter().any(|w| rest['的'.len_utf8()..].starts_with(w))
}

/// Planning cues that are also nouns (清洁网络计划, 访问邀请): after a contact word and apart
/// from it, they name another plan.
const NAMED_PLANS: &[&str] = &["计划", "安排", "邀请", "考虑", "建议", "提议", "准备", "筹备", "希望", "期待"];

/// Held cues that speak of a contact's own time, wherever they stand in its sentence, unless
/// their clause looks ahead (中国将在与美国的会谈中提起微信问题).
const AFTER_THE_CONTACT: &[&str] = &["会后", "会谈中", "通话中"];

/// Held cues that recall a time; before a verb of reporting they date the report.
const RECALLING_CUES: &[&str] = &["此前", "曾", "曾经", "上次", "上一次"];

/// Whether `after` opens with a verb of reporting, a few characters in at most (引述, 报导, 表示).
fn reports(after: &str) -> bool {
    let head: String = after.chars().take(4).collect();
    ["引述", "报导", "报道", "表示", "表明", "指出", "透露", "称", "说"].iter().any(|v| head.contains(v))
}

/// Words of a report of a contact rather than the contact: a quotation, a claim, a press
/// conference, a release.
const REPORTING: &[&str] = &["引述", "报道", "报导", "宣称", "声称", "透露", "记者会", "发布", "称", "采访"];

/// Verbs after a day that make it a newspaper's (9月1日上市的报纸, 21日出版).
const PUBLISHING: &[&str] = &["上市", "出版", "刊出", "刊登"];

/// Words that say a meeting is held by video.
const VIDEO_MODES: &[&str] = &[
    "视频形式",
    "视频方式",
    "视讯形式",
    "视讯方式",
    "视频连线",
    "视讯连线",
    "视像形式",
    "视像方式",
    "线上形式",
    "线上方式",
    "以视频",
    "以视讯",
];

/// Words that place a contact in the recent past without a day (日前, 近日).
const RECENTLY: &[&str] = &["日前", "近日", "日昨", "不久前", "前些时候", "前些天", "最近", "早些时候"];

/// Whether a plan named in the words that describe the contact (原定在越南岘港举行的第36届东盟
/// 峰会) gave way to the contact held another way (本月26日采用视频形式召开): a verb of holding
/// follows the contact word in its clause.
fn held_otherwise(
    sentence: &str,
    cue: &CueAt,
    trigger_at: usize,
    trigger_end: usize,
    clause: &std::ops::Range<usize>,
) -> bool {
    let planned_before = ["原定", "原订", "原计划", "原本预定", "原先预定", "原先计划", "原本计划"]
        .contains(&&sentence[cue.range.clone()])
        && cue.range.end <= trigger_at
        && sentence[cue.range.end..trigger_at].contains('的');
    let after = sentence.get(trigger_end..clause.end.max(trigger_end)).unwrap_or("");
    planned_before && ["召开", "举行", "进行", "登场"].iter().any(|v| after.contains(v))
}

/// Cancellation cues that refuse something, which may be other than a contact.
const REFUSALS: &[&str] = &["拒绝", "婉拒", "谢绝"];

/// Whether a refusal's object is a contact: a contact word, or a verb of attending or going,
/// within a few characters after it in its clause (婉拒前往华盛顿, 拒绝与蔡英文会面), or what
/// came before, where it ends its clause (遭北京拒绝).
fn refuses_a_contact(sentence: &str, cue: &CueAt, f: &SentenceFacts) -> bool {
    let after = words_up_to(&sentence[cue.range.end..], "，。；：,;:", 8);
    let reach = cue.range.end + after.len();
    // A refusal that ends its clause (邀请中国参加谈判，但遭北京拒绝) refuses what came before.
    after.trim_start_matches('了').is_empty()
        || f.triggers.iter().any(|&(at, _)| at >= cue.range.end && at < reach)
        || ATTENDING.iter().chain(&["前往", "访问"]).any(|v| after.contains(v))
}

/// Verbs of condemning or protesting a contact of others (批, 谴责, 抗议).
const CONDEMNING: &[&str] = &["批评", "批", "谴责", "抗议", "指责", "斥责", "怒斥", "不满"];

/// The one of `words` that stands last in `sentence[range]`, and where it starts.
fn last_of<'w>(
    words: impl Iterator<Item = &'w &'static str>,
    sentence: &str,
    range: std::ops::Range<usize>,
) -> Option<(&'static str, usize)> {
    words.filter_map(|w| sentence[range.clone()].rfind(w).map(|at| (*w, range.start + at))).max_by_key(|&(_, at)| at)
}

/// Verbs of a third party bringing the sides together (安排双方会面, 斡旋两国谈判).
const MEDIATING_VERBS: &[&str] = &["安排", "促成", "撮合", "斡旋", "牵线", "协调", "主持"];

/// Whether the contact was only tried for and the text says the try failed (极力想促成蔡英文与
/// 安倍通话，结果并没有成功): it never took place.
fn attempt_failed(sentence: &str, clause: &std::ops::Range<usize>, trigger_at: usize, trigger_end: usize) -> bool {
    const TRYING: &[&str] = &["促成", "撮合", "试图", "企图", "争取", "设法", "努力"];
    const FAILED: &[&str] = &["没有成功", "未能成功", "未获成功", "没能成功", "未成功", "失败"];
    let before = &sentence[clause.start.min(trigger_at)..trigger_at];
    TRYING.iter().any(|w| before.contains(w)) && FAILED.iter().any(|w| sentence[trigger_end..].contains(w))
}

/// Spokespeople, scholars and journalists report contacts; they do not take part in them.
const OBSERVERS: &[&str] =
    &["发言人", "新闻秘书", "专家", "学者", "教授", "研究员", "分析师", "评论员", "记者", "主编"];

fn reports_contacts(role: &str) -> bool {
    OBSERVERS.iter().any(|w| role.contains(w))
}

/// Whether a stretch of text has 他 or 她 for a subject (not 其他, 他们, 他国, nor the
/// owner in 他的 / 他强硬的立场).
fn refers_to_person(text: &str) -> bool {
    text.char_indices().any(|(i, c)| {
        let after = &text[i + c.len_utf8()..];
        (c == '他' || c == '她')
            && !text[..i].ends_with('其')
            && !after.starts_with(['们', '国', '人', '方'])
            && !after.chars().take(3).any(|c| c == '的')
    })
}

/// Words for who travels on a visit named by their country (中国外长访问意大利, 美国代表团抵达).
const TRAVELLING_OFFICES: &[&str] = &[
    "外长",
    "总统",
    "总理",
    "首相",
    "部长",
    "代表团",
    "官员",
    "政府",
    "领导人",
    "元首",
    "议长",
    "大使",
    "特使",
    "国务卿",
    "防长",
    "首脑",
    "议员",
    "主席",
    "外相",
    "大臣",
    "高官",
    "使节",
];

/// The one-character names of countries that trip words of `triggers.tsv` end in (访华, 抵台).
const TRIP_DESTINATIONS: &[(&str, &str)] = &[
    ("台", "TW"),
    ("美", "US"),
    ("华", "CN"),
    ("日", "JP"),
    ("韩", "KR"),
    ("俄", "RU"),
    ("英", "GB"),
    ("法", "FR"),
    ("德", "DE"),
    ("印", "IN"),
];

/// Words after a country that make it the qualifier of the places named next (美国盟邦日韩).
const QUALIFIED: &[&str] = &["盟邦", "盟友", "盟国", "邻国", "伙伴"];

/// Words of a sentence that make a trip no visit: an arrest, an exile, a flight, a holiday,
/// medical care (前往西班牙，接受眼睛手术; 院方拒绝他乘机前往德国).
const NOT_VISITS: &[&str] = &[
    "逮捕", "被捕", "拘留", "流亡", "逃往", "出逃", "潜逃", "避难", "庇护", "留学", "旅游", "度假", "离港", "就医",
    "治疗", "看病", "疗养", "手术", "救治", "院方", "转院", "自首", "投案", "参战", "圣战",
];

/// The sides of a visit: the traveller (the person named last before the trigger, or the
/// first after it in 访问的X) and the countries named after the trigger in its clause,
/// before the next trigger (王毅出访意大利，他还将前往荷兰).
fn visit_sides(
    f: &SentenceFacts,
    resolved: &Resolved,
    sentence: &str,
    trigger_at: usize,
    next_trigger: usize,
    clause: &std::ops::Range<usize>,
) -> Option<(Vec<usize>, Vec<String>)> {
    let attributive =
        sentence[trigger_at..].trim_start_matches(|c: char| c != '的' && !"，。；".contains(c)).starts_with('的')
            && sentence[trigger_at..].find('的').is_some_and(|i| i <= 6);
    // The partner of a contact of an earlier clause (昨天与印尼国防部长普拉伯沃会面，下周还将访问
    // 印度) is not the traveller; a companion (与……贺瑞布一起，组成了访问台湾的代表团) may be.
    let partner_of_another = |at: usize| {
        let its_clause = clause_around(sentence, at);
        !its_clause.contains(&trigger_at)
            && sentence[its_clause.start..at].contains(['与', '同', '跟'])
            && f.triggers.iter().any(|&(t, k)| t > at && its_clause.contains(&t) && k != ContactType::Visit)
    };
    let traveller = if attributive {
        f.people.iter().find(|(at, _)| *at > trigger_at).map(|(_, p)| *p)
    } else {
        f.people.iter().filter(|(at, _)| *at < trigger_at && !partner_of_another(*at)).map(|(_, p)| *p).next_back()
    };
    let home = traveller.and_then(|p| resolved.people[p].country.clone());
    let mut countries: Vec<String> = home.iter().cloned().collect();
    // A trip word that names its destination (访华, 抵台): that country, where its traveller
    // is the subject named in its clause shortly before it (蓬佩奥10月5日访华; not 首位访台的
    // 美国政府内阁成员, nor 泽曼对他的访台行程, nor 川普政府没有选择派遣国安顾问……访台).
    let trip_word = &sentence[trigger_at..f.end_of(trigger_at)];
    let destination = TRIP_DESTINATIONS.iter().find(|(short, _)| {
        trip_word.chars().count() == 2 && trip_word.starts_with(['访', '抵']) && trip_word.ends_with(short)
    });
    if let Some(&(_, destination)) = destination {
        let subject_right_before = f.people.iter().rfind(|&&(at, _)| at < trigger_at).is_some_and(|&(at, p)| {
            let gap = &sentence[f.end_of(at)..trigger_at];
            Some(p) == traveller
                && clause.contains(&at)
                && gap.chars().count() <= 32
                && !gap.contains([
                    '的', '对', '与', '和', '同', '跟', '，', '、', '派', '遣', '邀', '请', '让', '没', '未', '不',
                ])
                && !["夫人", "妻子", "丈夫", "儿子", "女儿", "胞弟", "胞兄"].iter().any(|w| gap.contains(w))
        });
        if attributive || !subject_right_before {
            return None;
        }
        if !countries.iter().any(|x| x == destination) {
            countries.push(destination.to_string());
        }
    }
    // Destinations: the country right after the trigger (访问了日本, 前往荷兰), then those that
    // continue the list (，法国，德国及挪威), up to the next trigger.
    let mut last_end = f.end_of(trigger_at);
    let mut first = true;
    for (at, c) in f.countries.iter().filter(|(at, _)| *at > trigger_at && *at < next_trigger) {
        // A country that qualifies the destinations (出访美国盟邦日韩) is none of them.
        if first && let Some(word) = QUALIFIED.iter().find(|w| sentence[f.end_of(*at)..].starts_with(**w)) {
            last_end = f.end_of(*at) + word.len();
            continue;
        }
        let gap = sentence.get(last_end..*at).unwrap_or("");
        let continues = if first {
            close_after(sentence, last_end, *at)
        } else {
            gap.chars().all(|ch| "，、,和与及以及".contains(ch))
        };
        if !continues {
            break;
        }
        if !countries.iter().any(|x| x == c) {
            countries.push(c.to_string());
        }
        last_end = f.end_of(*at);
        first = false;
    }
    // 对日本进行国事访问, 赴美访问: the destination named before the trigger.
    if countries.len() < 2
        && let Some((at, c)) = f.countries.iter().rfind(|(at, _)| *at < trigger_at && clause.contains(at))
        && ["对", "赴", "到", "往"].iter().any(|w| sentence[..*at].ends_with(w))
        && sentence.get(f.end_of(*at)..trigger_at).is_some_and(|gap| gap.chars().count() <= 4)
        && !countries.iter().any(|x| x == c)
    {
        countries.push(c.to_string());
    }
    // 中国外长访问意大利: the visiting side is named as a country just before the trigger, with
    // the office or delegation that travels (从瑞典前往罗马尼亚 is nobody's visit).
    let mut visitor = home.is_some();
    if home.is_none()
        && let Some((at, c)) = f.countries.iter().rfind(|(at, _)| *at < trigger_at && clause.contains(at))
        && sentence
            .get(f.end_of(*at)..trigger_at)
            .is_some_and(|gap| gap.chars().count() <= 4 && TRAVELLING_OFFICES.iter().any(|w| gap.contains(w)))
        && !countries.iter().any(|x| x == c)
    {
        countries.insert(0, c.to_string());
        visitor = true;
    }
    // A trip that is no visit: an arrest, an exile, a flight (抵达洛杉矶机场时被逮捕).
    let no_visit = NOT_VISITS.iter().any(|w| sentence.contains(w));
    (visitor && !no_visit && countries.len() >= 2).then(|| (traveller.into_iter().collect(), countries))
}

/// The contacts of one article. `text` is the body in simplified characters (cues are read
/// there), `written` the body as written (evidence is quoted from it); `reference` is the
/// day relative dates count from.
pub fn find_contacts(
    cues: &CueFinder,
    text: &Text,
    written: &Text,
    resolved: &Resolved,
    reference: Option<NaiveDate>,
    topics: &TopicFinder,
    memberships: &[Membership],
) -> Vec<Contact> {
    let mut contacts: Vec<Contact> = Vec::new();
    // The organisations the title names: a summit of one of them is the article's news.
    let title_organizations: Vec<&str> = text
        .sentences
        .iter()
        .filter(|s| s.paragraph == 0)
        .flat_map(|s| {
            let (from, to) = (s.range.start, s.range.end);
            let first = resolved.located.partition_point(|l| l.at < from);
            let last = resolved.located.partition_point(|l| l.at < to);
            resolved.located[first..last].iter().filter_map(|l| match l.entity {
                Entity::Organization(o) => Some(o),
                _ => None,
            })
        })
        .collect();
    let lead = lead_paragraph(text);
    let mut receptions: Vec<Reception> = Vec::new();
    let mut recent: Vec<usize> = Vec::new();
    // The sentences read so far, for the day named last (当时 / 当天 in later sentences),
    // and how many of them were read for it, with the day they name last: each sentence is
    // read for dates once at most.
    let mut read: Vec<usize> = Vec::new();
    let mut named_days: (usize, Option<When>) = (0, None);
    // Whether the last trip word read was of a trip planned, for contacts 期间 (during it).
    let mut last_trip_planned = false;
    let mut f = SentenceFacts::default();
    // The body first, then the title (paragraph 0): a headline repeats what the body
    // reports, so the body's fuller mention comes first and the title's merges into it.
    let (title, body): (Vec<usize>, Vec<usize>) =
        (0..text.sentences.len()).partition(|&i| text.sentences[i].paragraph == 0);
    for si in body.into_iter().chain(title) {
        facts(resolved, text, si, &mut f, memberships);
        let sentence = text.sentence(si);
        let joined = join_attendees(&mut contacts, resolved, sentence, &f);
        join_those_present(&mut contacts, resolved, sentence, &f);
        if f.triggers.is_empty() {
            if let Some(told) = told_on_trip(sentence, &f, resolved, &contacts) {
                let evidence = written.sentence(si).to_string();
                merge_or_push(&mut contacts, Contact { evidence, topics: topics.find(sentence), ..told });
            }
            remember(&mut recent, &f);
            read.push(si);
            continue;
        }
        let sentence_cues = cues.find(sentence);
        let whole = 0..sentence.len();
        let group_at = sentence_cues.starts(CueKind::Group);
        // 此前 / 曾 before a verb of reporting (路透社此前引述消息人士报导称) date the report,
        // not the contact.
        // A held cue in a clause after the trigger's speaks of something else (在适当的时候就会
        // 和拜登总统举行会谈，现在正在进行调整), unless it speaks of the contact (会后表示, 会谈持续了).
        // Held cues from `from` on, before the trigger's clause ends or of a contact's own time.
        let held_before = |from: usize, end: usize| {
            sentence_cues.0.iter().any(|c| {
                let after_the_contact = AFTER_THE_CONTACT.contains(&&sentence[c.range.clone()]);
                let looks_ahead =
                    || sentence[clause_around(sentence, c.range.start).start..c.range.start].contains('将');
                c.kind == CueKind::Held
                    && c.range.start >= from
                    && !(after_the_contact && looks_ahead())
                    && (c.range.start < end
                        || after_the_contact
                        || f.triggers.iter().any(|(at, _)| clause_around(sentence, c.range.start).contains(at)))
                    && !(RECALLING_CUES.contains(&&sentence[c.range.clone()]) && reports(&sentence[c.range.end..]))
            })
        };
        // 按原定计划 / 如期 举行 is the opposite of a cancellation.
        let on_schedule = ["如期", "按原定", "按照原定"].iter().any(|w| sentence.contains(w));
        let current = Sentence { text: sentence, facts: &f, group_at, in_title: text.sentences[si].paragraph == 0 };
        // What the whole sentence says is read once for all its triggers (a long sentence
        // has many), when first asked: its dates (with and without `planned`), topics,
        // duration, back references.
        let mut sentence_dates: [Option<Vec<DateMention>>; 2] = [None, None];
        let sentence_topics = std::cell::OnceCell::new();
        let sentence_topics = || sentence_topics.get_or_init(|| topics.find(sentence));
        let sentence_duration = std::cell::OnceCell::new();
        let sentence_duration = || *sentence_duration.get_or_init(|| find_duration(sentence));
        let points_back = std::cell::OnceCell::new();
        let points_back = || *points_back.get_or_init(|| BACK_REFERENCES.iter().any(|w| sentence.contains(w)));
        // A later trigger of the sentence that names no sides of its own speaks of the same
        // contact as the one before it (澳大利亚与中国防长会晤，并进行了超过一小时的会谈).
        let mut previous_sides: Option<(Vec<usize>, Vec<String>)> = None;
        for (ti, &(trigger_at, trigger_kind)) in current.facts.triggers.iter().enumerate() {
            if joined == Some(trigger_at) {
                continue;
            }
            // A contact that talks are about (美俄外长已就……5个常任理事国举行高峰会一事，透过电话
            // 协商) has the sides its phrase names, and is a plan.
            let talked_of = talked_of(sentence, current.facts, ti);
            let mut clause = clause_around(sentence, trigger_at);
            if let Some(from) = talked_of {
                clause.start = clause.start.max(from);
            }
            let trigger_end = current.facts.end_of(trigger_at);
            let next_trigger = current.facts.triggers.get(ti + 1).map_or(sentence.len(), |t| t.0);
            let sides = if trigger_kind == ContactType::Visit {
                visit_sides(current.facts, resolved, sentence, trigger_at, next_trigger, &clause)
            } else {
                meeting_sides(&current, resolved, &contacts, &recent, trigger_at, trigger_kind, &clause)
            };
            // A contact the text denies (没有与拜登会面的计划, 不会与……通话) is none; nor is one
            // whose anniversary is told (尼克松总统访问中国的50周年纪念).
            if denied(sentence, &clause, trigger_at) || anniversary(sentence, trigger_end) {
                continue;
            }
            // A contact word inside a noun (谈判代表, 电话公司, 电话专访), business talks, a
            // series or a forum (收购谈判, 每年召开的会议, 论坛以视频会议的方式举行), a question (会不会
            // 接听……电话？), an opinion (有必要……进行对话), a hoped-for dialogue in general
            // (希望和中国进行继续对话, 盼与美国恢复对话), a supposition (如果同……中国展开谈判), talks
            // in general (国际谈判, 对话与合作, 接听蔡英文电话这种事) or a rule about them (与地方政府
            // 官员见面前须获得美方批准), or the ferries bound for a country (前往法国的轮渡) report
            // no contact.
            if in_a_noun(sentence, current.facts, &clause, trigger_end)
                || not_diplomatic(sentence, &clause, trigger_at, trigger_end)
                || asked(sentence, &clause, trigger_at)
                || opinion(sentence, &clause, trigger_at)
                || dialogue_hoped_for(sentence, &clause, trigger_at, trigger_end)
                || supposed(sentence, trigger_at)
                || spoken_of_in_general(sentence, &clause, trigger_at, trigger_end)
                || bound_for(sentence, current.facts, &clause, trigger_at, trigger_end)
            {
                continue;
            }
            // 致电祝贺 / 致电特朗普慰问: a message of congratulation or condolence, not a call,
            // unless the sentence speaks of the call too (致电祝贺，通话历时10多分钟).
            let a_call_too = || {
                current
                    .facts
                    .triggers
                    .iter()
                    .any(|&(t, k)| k == ContactType::Phone && !sentence[t..].starts_with("致电"))
            };
            // The message may be the next clause's (致电卡玛拉·哈里斯，祝贺她当选).
            let following = {
                let after = sentence[clause.end..].chars().next().map_or(sentence.len(), |c| clause.end + c.len_utf8());
                clause_around(sentence, after)
            };
            if sentence[trigger_at..].starts_with("致电")
                && sentence_cues.any_within(CueKind::Message, clause.start..following.end.max(clause.end))
                && !a_call_too()
            {
                continue;
            }
            // Talks urged on others (呼吁双方回到谈判桌, 敦促两国恢复对话) are no contact; an
            // offer of one's own (呼吁与美国举行会谈) is one.
            if urged_on_others(sentence, &sentence_cues, &clause, trigger_at) {
                continue;
            }
            // 对话 / 谈判 as an idea (寻求对话, 愿意谈判, 和中国谈判释放……) rather than talks held or set.
            if !talks_held(sentence, current.facts, &clause, trigger_at, trigger_end) {
                continue;
            }
            // A trip is never the contact before it (与蒂卡诺夫斯卡娅会面，比根25日抵达莫斯科).
            // Nor is a contact whose clause names a person of its own (……与外相茂木敏充举行会谈，
            // 将于25日与菅义伟首相进行会谈).
            let names_its_own = current.facts.people.iter().any(|&(at, _)| clause.contains(&at));
            let sides = sides
                .or_else(|| previous_sides.clone().filter(|_| trigger_kind != ContactType::Visit && !names_its_own));
            // Those who talk of a contact are not its sides: only what its phrase names is.
            let sides = match talked_of {
                Some(from) => sides
                    .map(|(people, countries)| {
                        let named_from = |at: usize| at >= from && at < trigger_at;
                        let people: Vec<usize> = people
                            .into_iter()
                            .filter(|&p| current.facts.people.iter().any(|&(at, q)| q == p && named_from(at)))
                            .collect();
                        let countries: Vec<String> = countries
                            .into_iter()
                            .filter(|c| {
                                current.facts.countries.iter().any(|&(at, k)| k == c && named_from(at))
                                    || people.iter().any(|&p| resolved.people[p].country.as_ref() == Some(c))
                            })
                            .collect();
                        (people, countries)
                    })
                    .filter(|(_, countries)| countries.len() >= 2),
                None => sides,
            };
            // A greeting at the airport (台湾外交部长吴钊燮代表政府到机场迎接访问团) is of the
            // greeters its clause names and the traveller just reported, not of whoever else the
            // sentence names (受到立法院长游锡堃邀请).
            let sides = if GREETINGS.contains(&&sentence[trigger_at..trigger_end]) {
                // Greeters with no visitor in their sentence (郦英杰以及……田中光等人在场接机) are
                // of one side: the sides found are none, the clause's people are the greeters.
                let greeters = sides.map_or_else(
                    || current.facts.people.iter().filter(|&&(at, _)| at < trigger_at).map(|&(_, p)| p).collect(),
                    |(people, _)| people,
                );
                greeting(greeters, current.facts, resolved, &contacts, &clause)
            } else {
                sides
            };
            // A summit of an organisation (第36届东盟峰会, 欧盟领导人峰会): its members the article
            // names, where it is the article's news, and their leaders.
            let summit = summit_of(current.facts, sentence, trigger_at, memberships);
            let sides = match summit {
                Some(m) => {
                    let news =
                        text.sentences[si].paragraph <= lead || title_organizations.contains(&m.organization.as_str());
                    // 峰会, or a meeting of 领导人 (欧盟领导人会议) in the few words before it.
                    let before = &sentence[clause.start.min(trigger_at)..trigger_at];
                    let near = words_before(before, 6);
                    let leaders = trigger_kind == ContactType::Summit
                        || ["领导人", "首脑", "元首"].iter().any(|w| near.contains(w));
                    // A ministers' meeting (美日印澳外长的“四方安全对话”会议): the office named in
                    // the words before it.
                    let lately = words_before(&sentence[..trigger_end], 60);
                    let ministers = OFFICES
                        .iter()
                        .filter(|(word, _)| ["外长", "防长"].contains(word) && lately.contains(word))
                        .map(|(_, roles)| *roles)
                        .next();
                    let (people, mut countries) =
                        summit_sides(m, sides, resolved, current.facts, news, leaders, ministers);
                    if let Some(partner) = partner_before(current.facts, sentence, trigger_at, m)
                        && !countries.contains(&partner)
                    {
                        countries.insert(0, partner);
                    }
                    // Of one member alone (习近平在亚太经合组织峰会上表示) no contact is told.
                    Some((people, countries)).filter(|(_, c)| c.len() >= 2)
                }
                None => sides,
            };
            // A host who receives a group (菅义伟在和“四国联盟”外长见面时说): met once the
            // article's meeting of that group is known.
            if sides.is_none()
                && let Some(reception) = group_reception(sentence, current.facts, &sentence_cues, &clause, trigger_at)
            {
                // Its day, if the sentence names one before the trigger (周二（10月6日）在和……见面时).
                let date = reference.and_then(|r| {
                    find_dates(sentence, r, reception.planned)
                        .into_iter()
                        .rfind(|d| d.range.end <= trigger_at && !is_report_date(sentence, d))
                        .map(|d| d.date)
                });
                receptions.push(Reception { evidence: written.sentence(si).to_string(), date, ..reception });
                continue;
            }
            if trigger_kind == ContactType::Visit {
                last_trip_planned = sentence_cues
                    .any_within(CueKind::Planned, clause.start.min(trigger_at)..trigger_at)
                    || sentence_cues.any_within(CueKind::Future, clause.clone());
            }
            let Some((people, countries)) = sides else {
                // A mention that names no sides of its own (会谈中，安倍表示…) still tells what
                // the last contact of a person it names was about.
                let named: Vec<&String> = current.facts.people.iter().map(|(_, p)| &resolved.people[*p].id).collect();
                if let Some(c) =
                    contacts.iter_mut().rev().take(MERGE_WINDOW).find(|c| c.people.iter().any(|p| named.contains(&p)))
                {
                    for t in sentence_topics().iter().cloned() {
                        if !c.topics.contains(&t) {
                            c.topics.push(t);
                        }
                    }
                }
                continue;
            };
            if talked_of.is_none() {
                previous_sides = Some((people.clone(), countries.clone()));
            }
            // China's government with Hong Kong's or Macau's is a domestic dealing, no contact.
            if countries.iter().all(|c| ["CN", "HK", "MO"].contains(&c.as_str()))
                && organizations_of(resolved, &people).is_empty()
                && summit.is_none()
            {
                continue;
            }
            // Cues before the trigger govern it, and so does a clause that follows and opens
            // with one (拜登打出的第一通电话，将与杜鲁道讨论…).
            let after_break =
                sentence[clause.end..].chars().next().map_or(sentence.len(), |c| clause.end + c.len_utf8());
            let next = clause_around(sentence, after_break);
            let opens_with_cue = sentence_cues.opens(CueKind::Planned, next.clone());
            let upto_clause = if opens_with_cue { next.end } else { clause.end };
            let future_words = sentence_cues.any_within(CueKind::Future, clause.clone());
            // A plan named after the contact word, not right after it (会晤时提到了清洁网络计划,
            // but 会谈计划 and 会谈将于), is another plan.
            // Nor does a plan named in a time clause before it (……的计划快将开始之际，……与罗冠聪会面).
            // Nor is a plan's name in a list (一带一路计划、东部经济走廊).
            let another_plan = |c: &CueAt| {
                let in_a_list = NAMED_PLANS.contains(&&sentence[c.range.clone()])
                    && sentence[c.range.end..].starts_with(['、', '）', ')', '”', '」']);
                let in_a_time_clause = sentence[..c.range.start].ends_with('的')
                    && ["之际", "之时", "前夕"]
                        .iter()
                        .any(|w| sentence[clause_around(sentence, c.range.start)].ends_with(w));
                in_a_list || in_a_time_clause
            };
            let of_the_contact = |c: &CueAt| {
                !another_plan(c)
                    && (c.range.start < trigger_end
                        || sentence[trigger_end..c.range.start].chars().count() <= 1
                        || !NAMED_PLANS.contains(&&sentence[c.range.clone()]))
            };
            // A contact during a trip just reported as planned (将于9月27日至10月2日访问南欧。期间，
            // 会与……会面) is planned too.
            let during_a_planned_trip = last_trip_planned
                && sentence[clause.start.min(trigger_at)..trigger_at].contains("期间")
                && !current.facts.triggers[..ti].iter().any(|&(_, k)| k == ContactType::Visit);
            let planned = sentence_cues.governs_before_where(CueKind::Planned, sentence, upto_clause, of_the_contact)
                || future_words
                || during_a_planned_trip;
            let dates: &[DateMention] = sentence_dates[usize::from(planned)].get_or_insert_with(|| {
                reference
                    .map(|r| find_dates(sentence, r, planned))
                    .unwrap_or_default()
                    .into_iter()
                    .filter(|d| {
                        !is_report_date(sentence, d)
                            && !describes_person(sentence, d, current.facts)
                            && !opens_a_span(sentence, d)
                    })
                    .collect()
            });
            // Not the day of the news of it (将访问台湾的消息在8月5日首先由美国在台协会发布).
            let news_of_it = |d: &DateMention| {
                d.range.start > trigger_end
                    && ["消息", "新闻", "报道", "报导"].iter().any(|w| sentence[trigger_end..d.range.start].contains(w))
            };
            let in_clause: Vec<DateMention> =
                dates.iter().filter(|d| clause.contains(&d.range.start) && !news_of_it(d)).cloned().collect();
            // Else a date of the clause before or after (31日，安倍与特朗普通电话): one further
            // away dates something else of a long sentence (…在11月3日总统大选之时…，…三次会面…).
            // A clause that ends in a verb of speech dates what was said, not the contact it
            // reports (安倍晋三本周四（12日）在访问中表示，特朗普与他举行首脑会谈时……); a wire
            // dateline's day (路透8月31日 - 白宫发言人表示，) is the news's.
            let before = match sentence[..clause.start].char_indices().next_back() {
                Some((brk, _)) if !dates_a_saying(&sentence[clause_around(sentence, brk)]) => {
                    clause_around(sentence, brk)
                }
                _ => clause.clone(),
            };
            // A contact during a trip (访日期间将与……举行「四方安全对话」) has no day of the trip's
            // span (原先预计4日至8日访问日本) but its own.
            let during_a_trip = sentence[clause.start..trigger_at].contains("期间");
            let next_to: Vec<DateMention> = dates
                .iter()
                .filter(|d| (before.start..next.end).contains(&d.range.start) && !news_of_it(d) && !during_a_trip)
                .cloned()
                .collect();
            // A contact recalled by a cue of its own (他曾接待过蔡英文，当时她正在竞选总统): its
            // 当时 is the time recalled, not the day named last.
            let recalled = sentence_cues.0.iter().any(|c| {
                c.kind == CueKind::Background
                    && c.range.end <= trigger_at
                    && !BACK_REFERENCES.contains(&&sentence[c.range.clone()])
            });
            // Only a back reference before the trigger or in its clause dates it: 当天 in a
            // later clause (将和蔡英文总统举行会谈，当天乘专机返回日本) dates what follows.
            let points_back =
                || !recalled && points_back() && BACK_REFERENCES.iter().any(|w| sentence[..clause.end].contains(w));
            // 当时 / 当天 with no day of their own: the day last named before.
            let date = date_for(&in_clause, trigger_at)
                .or_else(|| date_for(&next_to, trigger_at))
                .filter(|d| !is_back_reference(sentence, d))
                .map(|d| in_frame(dates, d, reference))
                .or_else(|| {
                    // 当天 after a day its own sentence names, even the day of a report
                    // (电视台6月30日透露，辛格当天与埃斯珀通电话): that day.
                    // A plan's day is ahead of the report, a cancelled plan's (原订13日) need not be.
                    if !BACK_REFERENCES.iter().any(|w| sentence.contains(w)) {
                        return None;
                    }
                    let ahead = planned && !sentence_cues.0.iter().any(|c| c.kind == CueKind::Cancelled);
                    let all = find_dates(sentence, reference?, ahead);
                    let back = all.iter().find(|d| is_back_reference(sentence, d) && d.range.start < trigger_at)?;
                    all.iter()
                        .rfind(|d| d.range.end <= back.range.start && !is_back_reference(sentence, d))
                        .map(|d| d.date)
                })
                .or_else(|| {
                    // The day named last: in the sentences not yet read for it, else the
                    // one found before.
                    let (known, day) = &mut named_days;
                    if points_back() {
                        if let Some(d) =
                            read[*known..].iter().rev().find_map(|&i| last_named_day(text.sentence(i), reference))
                        {
                            *day = Some(d);
                        }
                        *known = read.len();
                    }
                    points_back().then_some(*day).flatten()
                })
                // A contact pointed back to (未能让这次会面成为美加墨3国领袖高峰会) is of the day of
                // the contact it points to.
                // So is a contact named in the clause of one pointed back to (未能让这次会面成为
                // ……高峰会).
                .or_else(|| {
                    let &(_, kind) =
                        current.facts.triggers.iter().find(|&&(at, _)| {
                            clause.contains(&at) && at <= trigger_at && points_back_at(sentence, at)
                        })?;
                    let ids: Vec<&String> = people.iter().map(|&p| &resolved.people[p].id).collect();
                    let within = |a: &[String], b: &[String]| a.iter().all(|k| b.contains(k));
                    let pointed = contacts.iter().rev().take(MERGE_WINDOW).find(|c| {
                        c.kind == kind
                            && c.people.iter().any(|p| ids.contains(&p))
                            && (within(&c.countries, &countries) || within(&countries, &c.countries))
                    })?;
                    // Not a day far ahead, which dates a goal rather than a contact.
                    let soon = reference?.checked_add_days(chrono::Days::new(366))?;
                    pointed.date.filter(|d| d.first() <= soon)
                })
                // A day that opens the sentence as a clause of its own (10月6日，蓬佩奥前往日本，
                // 参加……会议) dates all it reports, unless what it dates is a report of it (9月19日，
                // 在……例行记者会上, 2020年7月，纽约时报也曾引述……).
                .or_else(|| {
                    let opening = dates.first().filter(|d| {
                        d.range.start == 0
                            && !d.relative
                            && sentence[d.range.end..]
                                .trim_start_matches(['上', '下', '午', '晚', '间'])
                                .starts_with('，')
                    })?;
                    let between = &sentence[opening.range.end..trigger_at];
                    let a_report = SAYING.iter().chain(REPORTING).any(|w| between.contains(w));
                    (!a_report).then(|| in_frame(dates, opening, reference))
                })
                // A meeting on arrival (蓬佩奥抵达日本后已与……举行会谈) is of the day of the
                // arrival reported before.
                .or_else(|| {
                    let earlier = read.iter().rev().take(MERGE_WINDOW).map(|&i| text.sentence(i));
                    arrival_day(sentence, current.facts, trigger_at, earlier, reference)
                });
            // A cancellation is the trigger's when its clause or a later one says so (访问…，
            // 但被取消), or an earlier clause of another contact it goes on from (原定13日访问台湾，
            // 并在14日与蔡英文会谈); not an earlier clause about something else (英国宣布中止引渡协议
            // 后，蓬佩奥将访问英国), nor one that only sets the time.
            // A refusal cancels a contact it is the refusal of (婉拒前往华盛顿, 拒绝会面), not
            // another thing refused (婉拒提供细节).
            let cancels = |c: &&CueAt| {
                c.kind == CueKind::Cancelled
                    && (!REFUSALS.contains(&&sentence[c.range.clone()])
                        || refuses_a_contact(sentence, c, current.facts))
                    && !held_otherwise(sentence, c, trigger_at, trigger_end, &clause)
                    && !cancels_something_else(sentence, c, current.facts)
            };
            let cancelled = !on_schedule
                && (sentence_cues.0.iter().filter(cancels).any(|c| {
                    // A later clause's cancellation of a contact of its own, with other sides
                    // (……举行「四方安全对话」，……蓬佩奥取消访问韩国), is that contact's.
                    let later = clause_around(sentence, c.range.start);
                    let of_its_own = || {
                        current.facts.triggers.iter().any(|&(at, _)| at != trigger_at && later.contains(&at))
                            && current
                                .facts
                                .countries
                                .iter()
                                .any(|(at, k)| later.contains(at) && !countries.iter().any(|x| x == k))
                    };
                    c.range.start >= clause.start && (c.range.start < clause.end || !of_its_own())
                }) || sentence_cues.0.iter().filter(cancels).filter(|c| c.range.end <= clause.start).any(|c| {
                    // Not a clause of time (在星期五暂停了24小时谈判之后，…电话决定重启谈判).
                    let earlier = clause_around(sentence, c.range.start);
                    current.facts.triggers.iter().any(|(at, _)| earlier.contains(at))
                        && !sentence[earlier].ends_with('后')
                }));
            let cancelled = cancelled || attempt_failed(sentence, &clause, trigger_at, trigger_end);
            let status = if cancelled {
                Status::Cancelled
            } else if talked_of.is_some() || date.zip(reference).is_some_and(|(d, r)| d.first() > r)
                // Held cues before the quotation that holds the trigger are the narrator's
                // (此前，……菅义伟称「……期待与蔡总统通电话」).
                || (planned
                    && !held_before(open_quotation(sentence, trigger_at).unwrap_or(0), clause.end)
                    && date.zip(reference).is_none_or(|(d, r)| d.last() >= r))
            {
                Status::Planned
            } else {
                Status::Held
            };
            // A past contact recalled (特朗普任期内曾三次与金正恩会面): a cue before the trigger, or a
            // date before the month of the report.
            // A contact with no day reported outside the title and the lead is recalled, not
            // news: news puts its contacts first.
            let in_lead = text.sentences[si].paragraph <= lead;
            let background = status == Status::Held
                && (sentence_cues.any_within(CueKind::Background, 0..trigger_at)
                    || date.is_none() && !in_lead
                    || date.zip(reference).is_some_and(|(d, r)| {
                        r.checked_sub_days(chrono::Days::new(31)).is_some_and(|month_before| d.last() < month_before)
                    }));
            // A contact held that the lead reports with no day of its own is the news of the
            // report's day (路透东京6日 - 四国外长举行会谈), unless it says only that it was
            // recent (日前率团到访台湾), is spoken of (讲演中谈及与拜登举行电话会谈时), or dates the
            // report, not the contact (国务院今天表示，……已透过电话协商; 9月1日上市的报纸).
            let date = match (date, reference) {
                (None, Some(day))
                    if status == Status::Held
                        && text.sentences[si].paragraph == lead
                        && !RECENTLY.iter().any(|w| sentence.contains(w))
                        && !["谈及", "提及", "提到", "回顾", "回忆"]
                            .iter()
                            .any(|w| sentence[clause.start.min(trigger_at)..trigger_at].contains(w))
                        && !find_dates(sentence, day, false).iter().any(|d| {
                            let after = &sentence[d.range.end..];
                            (d.range.end <= trigger_at && reports(after))
                                || PUBLISHING.iter().any(|w| after.starts_with(w))
                        })
                        && ![CueKind::Background, CueKind::Planned, CueKind::Cancelled, CueKind::Future]
                            .into_iter()
                            .any(|k| sentence_cues.any_within(k, whole.clone())) =>
                {
                    Some(When::day(day))
                }
                _ => date,
            };
            // A tour's stops named in one breath have no day of their own: the tour's days
            // are not any one stop's.
            let tour = trigger_kind == ContactType::Visit && countries.len() > 2 && people.len() <= 1;
            let date = date.filter(|_| !tour);
            let mut kind = trigger_kind;
            // Leaders who talk (与默克尔和法国总统马克龙进行了交谈) with no trip that brings them
            // together talk on the phone; on one (拉布访美, …与佩洛西议长……进行了欢迎谈话) they meet.
            if ["谈话", "交谈"].contains(&&sentence[trigger_at..trigger_end]) {
                let ids: Vec<&String> = people.iter().map(|&p| &resolved.people[p].id).collect();
                let on_a_trip = current.facts.triggers.iter().any(|&(_, k)| k == ContactType::Visit)
                    || contacts.iter().rev().take(MERGE_WINDOW).any(|c| {
                        c.people.iter().any(|p| ids.contains(&p))
                            && countries.iter().all(|k| c.countries.contains(k))
                            && (c.kind == ContactType::Visit
                                || (c.kind == ContactType::Meeting && c.status == Status::Held))
                    });
                if !on_a_trip {
                    kind = ContactType::Phone;
                }
            }
            if kind == ContactType::Summit && countries.len() < 3 && summit.is_none() {
                kind = ContactType::Meeting;
            }
            // A meeting or summit held by video (峰会采用视频形式召开, 通过视频连线举行会晤).
            if matches!(kind, ContactType::Meeting | ContactType::Summit)
                && VIDEO_MODES.iter().any(|w| sentence[clause.clone()].contains(w))
            {
                kind = ContactType::Video;
            }
            let mut organizations = organizations_of(resolved, &people);
            if let Some(m) = summit
                && !organizations.contains(&m.organization)
            {
                organizations.push(m.organization.clone());
            }
            let contact = Contact {
                kind,
                status,
                people: people.iter().map(|&p| resolved.people[p].id.clone()).collect(),
                organizations,
                countries,
                date,
                background,
                duration_min: find_duration(&sentence[clause.clone()]).or_else(sentence_duration),
                evidence: written.sentence(si).to_string(),
                topics: sentence_topics().clone(),
                cameo: "",
                plover: "",
                plover_mode: "",
                negotiation: ["谈判", "磋商"].iter().any(|w| sentence[trigger_at..].starts_with(w)),
                multilateral: summit.is_some()
                    || MULTILATERAL.is_match(&sentence[clause.clone()])
                    || named_as_one(current.facts, sentence, &clause, trigger_at)
                    || joint_event(current.facts, sentence, &people, trigger_kind, trigger_at, &clause),
            };
            // Meetings on a trip (拉布访美与彭斯、蓬佩奥及佩洛西会面) are one per host, and so are
            // meetings one after the other (分别与加藤胜信和菅义伟举行会谈, 先后与约翰逊和拉布
            // 会面); people gathered from the whole sentence, not named in the trigger's clause,
            // were not met together either.
            let on_trip = current.facts.triggers[..ti].iter().any(|&(_, k)| k == ContactType::Visit);
            let subject = current.facts.people.first().map(|&(_, p)| p);
            let in_clause = |p: usize| current.facts.people.iter().any(|&(at, q)| q == p && clause.contains(&at));
            let one_by_one = ["分别", "先后", "先後", "逐一", "各自"]
                .iter()
                .any(|w| sentence[clause.start.min(trigger_at)..trigger_at].contains(w));
            // The traveller of a sentence with no subject (期间，会与帕罗林以及盖拉格……会面) is its
            // subject; not one 他 stands for, who may recall meetings one by one (他还在与蓬佩奥和
            // 佩洛西的会面后).
            let named = |p: usize| current.facts.people.iter().any(|&(_, q)| q == p);
            let pronoun = refers_to_person(&sentence[..trigger_at]);
            let named_together = !on_trip
                && !one_by_one
                && people.iter().all(|&p| Some(p) == subject || in_clause(p) || (!named(p) && !pronoun));
            for c in split_bilateral(contact, resolved, named_together) {
                merge_or_push(&mut contacts, c);
            }
        }
        remember(&mut recent, current.facts);
        read.push(si);
    }
    for reception in receptions {
        receive(&mut contacts, resolved, reception);
    }
    date_joint_meetings(&mut contacts);
    contacts.iter_mut().for_each(Contact::assign_codes);
    contacts
}

/// Verbs of speaking of a matter in talks (在电话中讨论到……召开高峰会).
const SPEAKING_OF: &[&str] =
    &["讨论", "商讨", "共商", "商议", "磋商", "谈到", "谈及", "提到", "提及", "协商", "商定", "同意"];

/// Where the phrase starts that names the contact of the `ti`th trigger as the subject of
/// talks: 就……举行高峰会一事 (就……会晤事宜), or what an earlier contact of the sentence spoke
/// of (在电话中讨论到……召开安理会五大常任理事国高峰会).
fn talked_of(sentence: &str, f: &SentenceFacts, ti: usize) -> Option<usize> {
    let trigger_at = f.triggers[ti].0;
    if !["一事", "事宜", "问题"].iter().any(|w| sentence[f.end_of(trigger_at)..].starts_with(w)) {
        // The verb right after the earlier contact word (在电话中讨论到, 会谈时同意).
        return f.triggers[..ti].iter().find_map(|&(at, kind)| {
            let between = sentence.get(f.end_of(at)..trigger_at)?;
            let (i, verb) = SPEAKING_OF.iter().filter_map(|w| between.find(w).map(|i| (i, w))).min()?;
            let lead_in = ["中", "时", "上", "期间", "当中"]
                .iter()
                .find_map(|w| between[..i].strip_prefix(w))
                .unwrap_or(&between[..i]);
            let right_after = lead_in.chars().all(|c| c.is_whitespace() || "也还并都已曾".contains(c));
            (kind != ContactType::Visit && right_after).then_some(f.end_of(at) + i + verb.len())
        });
    }
    let before = words_before(&sentence[..trigger_at], 60);
    let before = before.rsplit_once(['，', '。', '；', '：']).map_or(before, |(_, b)| b);
    let (i, _) = before.match_indices('就').rfind(|&(i, _)| {
        let next = before[i + '就'.len_utf8()..].chars().next();
        let previous = before[..i].chars().next_back();
        !next.is_some_and(|c| "是要会将已在这此".contains(c)) && !previous.is_some_and(|c| "成早也这那迁".contains(c))
    })?;
    Some(trigger_at - before.len() + i + '就'.len_utf8())
}

/// Verbs of saying something to someone (蓬佩奥……对其外交部长迪内什·古纳瓦德纳说).
const SAYING: &[&str] = &["说", "表示", "指出", "强调", "保证", "提出"];

/// A meeting that a traveller's words to a host tell of (蓬佩奥在……斯里兰卡对其外交部长迪内
/// 什·古纳瓦德纳说), with no contact word: the traveller of a trip held that the article just
/// reported, and a person of the country visited, named after 对 in the same clause and
/// followed by a verb of saying; the trip's day.
fn told_on_trip(sentence: &str, f: &SentenceFacts, resolved: &Resolved, contacts: &[Contact]) -> Option<Contact> {
    let &(traveller_at, traveller) = f.people.first()?;
    let &(host_at, host) = f.people.iter().find(|&&(at, p)| at > traveller_at && p != traveller)?;
    let trip = contacts.iter().rev().take(MERGE_WINDOW).find(|c| {
        c.kind == ContactType::Visit
            && c.status == Status::Held
            && c.people == [resolved.people[traveller].id.as_str()]
            && c.countries.len() == 2
            && resolved.people[host].country.as_ref() == c.countries.get(1)
    })?;
    let between = &sentence[f.end_of(traveller_at)..host_at];
    let to = between.rfind('对')?;
    let said = {
        let after = &sentence[f.end_of(host_at)..];
        let after = &after[past_asides(after)..];
        SAYING.iter().any(|w| after.starts_with(w))
    };
    let unbroken = !between.contains(['，', '。', '；', '：']);
    (unbroken && said && between[to..].chars().count() <= 12).then(|| Contact {
        kind: ContactType::Meeting,
        people: vec![resolved.people[traveller].id.clone(), resolved.people[host].id.clone()],
        evidence: String::new(),
        negotiation: false,
        multilateral: false,
        ..trip.clone()
    })
}

/// Verbs of attending a meeting; with no object, or a meeting word only, they point back to
/// the meeting just reported (茂木敏充、潘恩、苏杰生也确定出席).
const ATTENDING: &[&str] = &["出席", "与会", "参加", "列席"];

/// Adds to the last multilateral meeting the people a sentence says attend it, with no
/// meeting of their own named (除蓬佩奥外、日本外相茂木敏充、澳洲外交部长潘恩……也确定出席):
/// those of its countries, named before the verb.
///
/// Returns where the meeting word the verb takes (出席峰会) starts, if the sentence's people
/// joined a meeting with it: that word names the meeting joined, no contact of its own.
fn join_attendees(contacts: &mut [Contact], resolved: &Resolved, sentence: &str, f: &SentenceFacts) -> Option<usize> {
    let verb_end = ATTENDING.iter().find_map(|v| {
        sentence.match_indices(v).map(|(i, _)| i + v.len()).find(|&end| {
            // 菅义伟没有与会 says who was not there.
            let before = sentence[..end - v.len()].trim_end_matches(['也', '都', '均', '亦']);
            if DENIALS.iter().chain(&["无法", "未能", "缺席"]).any(|d| before.ends_with(d)) {
                return false;
            }
            let rest = sentence[end..].trim_start_matches('了');
            let rest = MEETINGS_JOINED.iter().find_map(|w| rest.strip_prefix(w)).unwrap_or(rest);
            rest.is_empty() || rest.starts_with(['。', '，', '；', '！'])
        })
    })?;
    if f.triggers.iter().any(|&(at, _)| at < verb_end) {
        return None;
    }
    let meeting = contacts.iter_mut().rev().take(MERGE_WINDOW).find(|c| {
        c.countries.len() >= 3 && matches!(c.kind, ContactType::Meeting | ContactType::Summit | ContactType::Video)
    })?;
    // Those named before the verb, and those a clause right after it adds (习近平也可能出席峰会，
    // 此外还有法国总统马克宏与英国首相强生等领袖).
    let added_after = sentence[verb_end..]
        .split_once('，')
        .filter(|(_, next)| ["此外还有", "还有", "另有"].iter().any(|w| next.starts_with(w)))
        .map(|(object, next)| {
            let from = verb_end + object.len() + '，'.len_utf8();
            from..from + next.find(['，', '。', '；']).unwrap_or(next.len())
        });
    for &(at, p) in &f.people {
        let person = &resolved.people[p];
        if (at < verb_end || added_after.as_ref().is_some_and(|r| r.contains(&at)))
            && person.country.as_ref().is_some_and(|c| meeting.countries.contains(c))
            && !meeting.people.contains(&person.id)
        {
            meeting.people.push(person.id.clone());
        }
    }
    let object = sentence[verb_end..].trim_start_matches('了');
    let object_at = sentence.len() - object.len();
    let word = MEETINGS_JOINED.iter().find(|w| object.starts_with(*w))?;
    f.triggers.iter().map(|&(at, _)| at).find(|at| (object_at..object_at + word.len()).contains(at))
}

/// Words that say who was there (吴钊燮和邱义仁都在那里, ……也在场), at the end of a clause.
const PRESENT: &[&str] = &["在场", "在座", "在那里", "在现场"];

/// Adds to the last meeting held the people a clause says were there (外交部长吴钊燮和“台湾日本
/// 关系协会”会长邱义仁都在那里): those named before the word, of the meeting's countries, with
/// no contact word between.
fn join_those_present(contacts: &mut [Contact], resolved: &Resolved, sentence: &str, f: &SentenceFacts) {
    for word in PRESENT {
        for (at, _) in sentence.match_indices(word) {
            let end = at + word.len();
            if !sentence[end..].starts_with(['。', '，', '；', '！', '”', '」']) && end != sentence.len() {
                continue;
            }
            let clause = clause_around(sentence, at);
            if f.triggers.iter().any(|&(t, _)| clause.contains(&t)) {
                continue;
            }
            let Some(meeting) = contacts.iter_mut().rev().take(MERGE_WINDOW).find(|c| {
                matches!(c.kind, ContactType::Meeting | ContactType::Summit)
                    && c.status == Status::Held
                    && !c.background
            }) else {
                return;
            };
            for &(p_at, p) in &f.people {
                let person = &resolved.people[p];
                if clause.contains(&p_at)
                    && p_at < at
                    && person.country.as_ref().is_some_and(|k| meeting.countries.contains(k))
                    && !meeting.people.contains(&person.id)
                {
                    meeting.people.push(person.id.clone());
                }
            }
        }
    }
}

/// The words that name the meeting just reported as what is attended (出席此次会议, 出席峰会).
const MEETINGS_JOINED: &[&str] =
    &["此次会议", "这次会议", "本次会议", "会议", "此次峰会", "这次峰会", "本次峰会", "该峰会", "高峰会", "峰会"];

/// A host met by a group the article's meeting of several countries holds (菅义伟在和“四国
/// 联盟”外长见面时说): the host, how many countries the group is of, if said, whether it is
/// planned, its day, if the sentence names one, and the report.
struct Reception {
    host: usize,
    countries: Option<usize>,
    planned: bool,
    date: Option<When>,
    evidence: String,
}

/// Partners that are a group of several countries' ministers or leaders (与四国外长, 和“四国
/// 联盟”外长, 同与会各国领导人), right after the partner word, within its clause.
static GROUP_PARTNERS: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"^[与和同跟][^，。；：]{0,8}?([三四五六七八九十]|[3-9]|各|与会)国?[^，。；：]{0,6}?(外长|外交部长|防长|领导人|领袖|首脑)",
    )
    .unwrap()
});

/// The reception of a group by the host named before the partner word, if the trigger's
/// clause reports one.
fn group_reception(
    sentence: &str,
    f: &SentenceFacts,
    cues: &SentenceCues,
    clause: &std::ops::Range<usize>,
    trigger_at: usize,
) -> Option<Reception> {
    let before = &sentence[clause.start.min(trigger_at)..trigger_at];
    let (i, _) = before.match_indices(['与', '和', '同', '跟']).next()?;
    let group = GROUP_PARTNERS.captures(&before[i..])?;
    let partner_at = clause.start.min(trigger_at) + i;
    let &(_, host) = f.people.iter().rfind(|(at, _)| *at < partner_at && clause.contains(at))?;
    let count = group.get(1).and_then(|m| match m.as_str() {
        "三" | "3" => Some(3),
        "四" | "4" => Some(4),
        "五" | "5" => Some(5),
        "六" | "6" => Some(6),
        _ => None,
    });
    let planned = cues.0.iter().any(|c| c.kind == CueKind::Planned && c.range.end <= trigger_at);
    Some(Reception { host, countries: count, planned, date: None, evidence: String::new() })
}

/// Adds the meeting of `reception`'s host with the group of the article's meeting of several
/// countries (of as many countries as the group, where it says): that meeting's people and
/// countries, and the host's.
fn receive(contacts: &mut Vec<Contact>, resolved: &Resolved, reception: Reception) {
    let host = &resolved.people[reception.host];
    let Some(meeting) = contacts.iter().find(|c| {
        c.countries.len() >= 3
            && matches!(c.kind, ContactType::Meeting | ContactType::Summit | ContactType::Video)
            // 三国外长 are the others, where the host's country is one of the meeting's.
            && reception.countries.is_none_or(|n| {
                let hosts = host.country.as_ref().is_some_and(|h| c.countries.contains(h));
                c.countries.len() == n || c.countries.len() == n + usize::from(hosts)
            })
            && !c.people.contains(&host.id)
    }) else {
        return;
    };
    let mut met = Contact {
        status: if reception.planned { Status::Planned } else { meeting.status },
        evidence: reception.evidence,
        background: false,
        date: reception.date.or(meeting.date),
        ..meeting.clone()
    };
    met.people.push(host.id.clone());
    if let Some(country) = &host.country
        && !met.countries.contains(country)
    {
        met.countries.push(country.clone());
    }
    contacts.push(met);
}

/// Gives a joint meeting of three or more with no day, all of whose people took part in a
/// held contact of the article that has one, that contact's day: it is the same occasion
/// (四国外长举行了外长会议, after 菅义伟周二（10月6日）在和“四国联盟”外长见面时).
fn date_joint_meetings(contacts: &mut [Contact]) {
    for i in 0..contacts.len() {
        let meeting = &contacts[i];
        if meeting.date.is_some() || meeting.status != Status::Held || meeting.people.len() < 3 {
            continue;
        }
        let occasion = contacts.iter().find(|c| {
            c.status == Status::Held && c.date.is_some() && meeting.people.iter().all(|p| c.people.contains(p))
        });
        if let Some((date, background)) = occasion.map(|c| (c.date, c.background)) {
            contacts[i].date = date;
            contacts[i].background = background;
        }
    }
}

/// People named in a sentence, most recent last, for 他/她 in later sentences: the last
/// [`MERGE_WINDOW`] of them.
fn remember(recent: &mut Vec<usize>, f: &SentenceFacts) {
    for &(_, p) in &f.people {
        recent.retain(|&q| q != p);
        recent.push(p);
        if recent.len() > MERGE_WINDOW {
            recent.remove(0);
        }
    }
}

/// How many of the article's latest contacts a new mention is compared with, to merge
/// it (and how many people back 他/她 may point): far more than an article reports
/// (eighteen at most over the shared corpus), but a bound, so that a page of thousands of
/// contacts is read in time proportional to its length.
const MERGE_WINDOW: usize = 256;

/// Splits what the text reports in one breath into the bilateral contacts it stands for:
/// a tour (one traveller, several countries) into one visit per country, and one person
/// meeting or calling several others of other countries (马克龙与阿利耶夫、帕希尼扬通电话)
/// into one contact per partner. A contact with one delegation (刘鹤与莱特希泽和姆努钦通话;
/// 蓬佩奥与以色列国防部长甘茨和外交部长阿什肯纳兹会谈), a summit and a joint event stay whole;
/// the hosts a traveller meets on a trip, hosts met one after the other (分别, 先后), or people a
/// sentence names apart, are met one by one (`met_together` false).
fn split_bilateral(c: Contact, resolved: &Resolved, met_together: bool) -> Vec<Contact> {
    let country_of = |id: &String| resolved.people.iter().find(|p| &p.id == id).and_then(|p| p.country.clone());
    if c.kind == ContactType::Visit {
        return split_tour(c);
    }
    // One person with several other countries (马克龙与阿塞拜疆及亚美尼亚领导人通电话): one
    // contact per country; not a video meeting, which is one (蒲亭在……领袖共同参与的线上峰会).
    if !matches!(c.kind, ContactType::Summit | ContactType::Video)
        && !c.multilateral
        && c.people.len() == 1
        && c.countries.len() > 2
    {
        return split_tour(c);
    }
    // The same with the partner of one country named (马克龙与亚美尼亚总理和阿塞拜疆总统通了
    // 电话, 帕希尼扬 the one named): one contact per country, each with its own people.
    if !matches!(c.kind, ContactType::Summit | ContactType::Video)
        && !c.multilateral
        && c.people.len() == 2
        && c.countries.len() > 2
    {
        let home = &c.countries[0];
        if c.people.iter().any(|p| country_of(p).as_ref() == Some(home)) {
            return c.countries[1..]
                .iter()
                .map(|k| Contact {
                    people: c
                        .people
                        .iter()
                        .filter(|p| [Some(home), Some(k)].contains(&country_of(p).as_ref()))
                        .cloned()
                        .collect(),
                    countries: vec![home.clone(), k.clone()],
                    ..c.clone()
                })
                .collect();
        }
    }
    if c.kind == ContactType::Summit || c.multilateral || c.people.len() < 3 {
        return vec![c];
    }
    let countries: Vec<Option<String>> = c.people.iter().map(country_of).collect();
    let alone = |i: usize| countries.iter().filter(|x| **x == countries[i]).count() == 1;
    let Some(hub) = (0..c.people.len()).find(|&i| alone(i) && countries[i].is_some()) else {
        return vec![c];
    };
    // People of no country (a UN or EU official) are sides of their own organisation.
    let organization_of =
        |id: &String| resolved.people.iter().find(|p| &p.id == id).and_then(side_organization).cloned();
    let others: std::collections::BTreeSet<&Option<String>> =
        countries.iter().enumerate().filter(|(i, x)| *i != hub && x.is_some()).map(|(_, x)| x).collect();
    // X与A和B会谈 with A and B of one country is one contact with that delegation, unless
    // they are the hosts of a trip or the sentence names them apart.
    if others.len() == 1 && met_together {
        return vec![c];
    }
    (0..c.people.len())
        .filter(|&i| i != hub)
        .map(|i| Contact {
            people: vec![c.people[hub].clone(), c.people[i].clone()],
            countries: [&countries[hub], &countries[i]].into_iter().flatten().cloned().collect(),
            organizations: [&c.people[hub], &c.people[i]].into_iter().filter_map(organization_of).collect(),
            ..c.clone()
        })
        .collect()
}

/// A visit of one traveller to several countries is one visit per country (a tour).
fn split_tour(c: Contact) -> Vec<Contact> {
    let Some((home, destinations)) = c.countries.split_first().filter(|_| c.countries.len() > 2 && c.people.len() <= 1)
    else {
        return vec![c];
    };
    destinations.iter().map(|d| Contact { countries: vec![home.clone(), d.clone()], ..c.clone() }).collect()
}

/// Whether `b` reports the same contact as `a` (same sides, compatible type and day).
fn same_contact(a: &Contact, b: &Contact) -> bool {
    let subset = |x: &[String], y: &[String]| !x.is_empty() && x.iter().all(|p| y.contains(p));
    let same_countries = || {
        let mut x = a.countries.clone();
        let mut y = b.countries.clone();
        x.sort();
        y.sort();
        x == y
    };
    let same_sides = match (a.people.len(), b.people.len()) {
        (2.., 2..) => subset(&a.people, &b.people) || subset(&b.people, &a.people),
        // A one-person mention points back to a contact of that person (会谈中，安倍表示…; a
        // visit during which the partner is met), never to one of other people.
        (2.., 1) => subset(&b.people, &a.people) && subset(&b.countries, &a.countries),
        (1, 2..) => subset(&a.people, &b.people) && subset(&a.countries, &b.countries),
        (1, 1) => a.people == b.people && same_countries(),
        // Sides named by their countries only (中美会谈) agree with any mention of those countries.
        _ => same_countries(),
    };
    // A day agrees with the month or year that holds it. A mention with no day is the
    // contact of the news, not one recalled from long ago (特朗普与安倍通话…… 2016年两人会面).
    let days_agree = match (a.date, b.date) {
        (Some(x), Some(y)) => x.contains(y) || y.contains(x),
        (Some(_), None) => !a.background || b.background,
        (None, Some(_)) => !b.background || a.background,
        (None, None) => true,
    };
    // A plain 会谈 in a report of a call is that call, unless it names another day.
    // So is a visit during which the partner is met, and a summit's 会谈.
    let generic = |k: ContactType| matches!(k, ContactType::Meeting | ContactType::Visit);
    let remote = |k: ContactType| matches!(k, ContactType::Phone | ContactType::Video);
    let joint = |c: &Contact| matches!(c.kind, ContactType::Summit | ContactType::Video) && c.countries.len() >= 3;
    let kinds_agree = a.kind == b.kind
        || (joint(a) && joint(b))
        || (remote(a.kind) && remote(b.kind))
        || ((generic(a.kind) || generic(b.kind)) && a.status == b.status)
        || (a.kind == ContactType::Summit && b.kind == ContactType::Meeting && !bilateral_within(&b.people, &a.people))
        || (b.kind == ContactType::Summit && a.kind == ContactType::Meeting && !bilateral_within(&a.people, &b.people));
    // Two of a meeting of three countries or more meeting on its margins (四国外长会议; 蓬佩奥
    // 与茂木敏充举行会谈) hold a meeting of their own.
    let aside = |x: &Contact, y: &Contact| x.countries.len() == 2 && y.countries.len() >= 3 && x.people.len() >= 2;
    same_sides
        && days_agree
        && kinds_agree
        && !aside(a, b)
        && !aside(b, a)
        && (a.status == b.status || b.date.is_none() || a.date == b.date)
}

/// Whether `meeting` is a meeting of two or more people held among more (`summit`): two
/// leaders meeting on a summit's margins, or before one, is a contact of its own.
fn bilateral_within(meeting: &[String], summit: &[String]) -> bool {
    meeting.len() >= 2 && meeting.len() < summit.len()
}

/// The finer of two dates of one contact: a day within a month wins over the month.
fn finer(a: Option<When>, b: Option<When>) -> Option<When> {
    match (a, b) {
        (Some(x), Some(y)) if x.contains(y) => Some(y),
        (x, y) => x.or(y),
    }
}

fn specificity(k: ContactType) -> u8 {
    match k {
        ContactType::Video => 4,
        ContactType::Phone => 3,
        ContactType::Summit => 2,
        ContactType::Meeting => 1,
        ContactType::Visit => 0,
    }
}

/// Merges `c` into the first of the last [`MERGE_WINDOW`] contacts that reports the same
/// contact, or adds it.
fn merge_or_push(contacts: &mut Vec<Contact>, c: Contact) {
    let window = contacts.len().saturating_sub(MERGE_WINDOW);
    if let Some(e) = contacts[window..].iter_mut().find(|e| same_contact(e, &c)) {
        e.date = finer(e.date, c.date);
        // A mention of another status (a plan recalled beside the meeting held) does not make
        // a recalled contact news.
        if e.status == c.status {
            e.background &= c.background;
        }
        e.duration_min = e.duration_min.or(c.duration_min);
        e.negotiation |= c.negotiation;
        for t in c.topics {
            if !e.topics.contains(&t) {
                e.topics.push(t);
            }
        }
        // The most specific type wins: a visit during which a named partner is met is a
        // meeting, a 会谈 reported as a call is a call.
        if specificity(c.kind) > specificity(e.kind) && (e.kind != ContactType::Visit || c.people.len() >= 2) {
            e.kind = c.kind;
        }
        // Sides named by people keep their people's countries; only country-named sides grow.
        let by_people = e.people.len() >= 2;
        for p in c.people {
            if !e.people.contains(&p) {
                e.people.push(p);
            }
        }
        for o in c.organizations {
            if !e.organizations.contains(&o) {
                e.organizations.push(o);
            }
        }
        if !by_people {
            for k in c.countries {
                if !e.countries.contains(&k) {
                    e.countries.push(k);
                }
            }
        }
    } else {
        contacts.push(c);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The cue finder answers as searching for each form on its own does, on every sentence
    /// of the fixtures and on forms that overlap themselves.
    #[test]
    fn cues_are_found_as_a_search_for_each_form_finds_them() {
        let dicts = Dictionaries::embedded().unwrap();
        let cues = CueFinder::new(&dicts);
        let mut sentences: Vec<String> =
            ["双方双方会谈", "将将于下周访问", "即将离任的总统将于明天访问", "会谈取消了"].map(String::from).to_vec();
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures");
        for entry in walkdir::WalkDir::new(dir).into_iter().filter_map(Result::ok).filter(|e| e.file_type().is_file()) {
            let raw = std::fs::read_to_string(entry.path()).unwrap();
            let Ok(article) = crate::article::Article::parse(&raw) else { continue };
            let text = crate::clean::clean(&article.html).unwrap().simplified().into_owned();
            sentences.extend((0..text.sentences.len()).map(|i| text.sentence(i).to_string()));
        }
        let mut with_cues = 0;
        for sentence in &sentences {
            let found = cues.find(sentence);
            with_cues += usize::from(!found.0.is_empty());
            for (cue, category) in CueKind::ALL {
                let forms: Vec<&str> = dicts.cue_forms(category).map(|(_, f)| f).collect();
                let whole = 0..sentence.len();
                assert_eq!(found.any_within(cue, whole), forms.iter().any(|f| sentence.contains(f)), "{sentence}");
                let mut starts = found.starts(cue);
                let mut expected: Vec<usize> =
                    forms.iter().flat_map(|f| sentence.match_indices(f).map(|(i, _)| i)).collect();
                starts.sort();
                expected.sort();
                assert_eq!(starts, expected, "{category} in {sentence}");
                for (end, _) in sentence.char_indices().skip(1) {
                    let clause = &sentence[..end];
                    let governs = forms.iter().any(|f| {
                        clause.match_indices(f).any(|(i, _)| !clause[i + f.len()..].chars().take(4).any(|c| c == '的'))
                    });
                    assert_eq!(
                        found.governs_before_where(cue, sentence, end, |_| true),
                        governs,
                        "{category} before {end} in {sentence}"
                    );
                    assert_eq!(
                        found.any_within(cue, end..sentence.len()),
                        forms.iter().any(|f| sentence[end..].contains(f))
                    );
                    assert_eq!(
                        found.opens(cue, end..sentence.len()),
                        forms.iter().any(|f| sentence[end..].starts_with(f))
                    );
                }
            }
        }
        assert!(with_cues >= 20, "only {with_cues} sentences with cues");
    }
}
