//! Contacts: the diplomatic contacts one article reports.
//!
//! A sentence with a contact trigger (通话, 会谈, 访问, 峰会 …) yields a contact between
//! the people it names, or, where it names fewer than two, the sides of the previous
//! contact when it says 双方 / 两国首脑, or the countries it names (中美贸易会谈). Sides
//! from a single country are not a contact. Type, status, date and duration come from the
//! sentence; mentions of the same contact within the article are merged into one.
//!
//! The parts: `cues` (the cue words of a sentence), `dating` (the date a sentence gives a
//! contact), `sides` (who and which countries take part in a meeting, call or summit),
//! `visits` (the traveller and destinations of a trip), `offices` (office holders and
//! international organisations), `summits` (summits and joint events of several sides),
//! `filters` (triggers that report no contact, cancellations) and `merge` (bilateral splits
//! and merging mentions).

mod cues;
mod dating;
mod delegations;
mod filters;
mod merge;
mod offices;
mod sides;
mod summits;
mod trips;
mod visits;

pub use cues::CueFinder;

use crate::clean::Text;
use crate::dates::{DateMention, Precision, When, find_dates, find_duration, in_timeline};
use crate::dict::Membership;
use crate::resolve::{Entity, Resolved};
use crate::topics::TopicFinder;
use chrono::{Datelike, NaiveDate};
use cues::{CueAt, CueKind};
use dating::{
    BACK_REFERENCES, PLAN_TIMES, REPORT_VERBS, REPORTING_OCCASIONS, arrival_day, at_a_briefing, counted_day, date_for,
    dates_a_saying, describes_person, ends_on_its_day, ends_the_visit, first_of, in_a_phase, in_frame,
    is_back_reference, is_report_date, last_named_day, later_this_month, lead_paragraph, length_in_days, names_a_week,
    opens_a_span, points_back_in, reports, retold_day, runs_a_dateline, said_at_the_contact, several_days,
};
use delegations::delegation_head;
use filters::{
    REFUSALS, anniversary, asked, attempt_failed, bound_for, cancellation_not_asserted, cancels_something_else,
    counterfactual, courtesy_wish, delayed_briefly, denied, dialogue_hoped_for, held_otherwise, in_a_noun,
    not_diplomatic, opinion, ordered, outsiders_view, plan_ended_by_death, plan_kept, refuses_a_contact, rumour_denied,
    sets_the_time, spoken_of_in_general, supposed, talks_held, told_as_a_time, unanswered, urged_on_others,
};
use merge::{date_joint_meetings, merge_or_push, merge_title_or_push, split_bilateral, split_summons};
use offices::{HEADS, OFFICES, organizations_of};
use serde::{Deserialize, Serialize};
use sides::{
    GREETINGS, greeting, leave_out_private_persons, leave_out_the_dead, mediators, meeting_sides, open_quotation,
    parties_by_name, points_back_at, refers_to_person, says_what_it_was, talked_of,
};
use summits::{
    ATTENDING, Hosts, Reception, TAKING_PART, acting_countries, group_reception, hosted_alone, hosts_of,
    join_attendees, join_hosts, join_leaders, join_listed_participants, join_named_attendees, join_those_present,
    joint_event, members_named, named_as_one, partner_before, receive, summit_of, summit_sides, venue_of_another,
    without_topics_after,
};
use visits::{
    SAYING, absorb_visits_met_as_meetings, dealt_with_on_trip, faced_on_trip, fled_in_title, told_on_trip, visit_sides,
    welcoming_host,
};

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

    /// Whether a report of the same contact as `other`, naming `people` people, tells its type
    /// better than this one: the most specific type wins (a 会谈 reported as a call is a call;
    /// a visit during which a named partner is met is a meeting), never a visit over a meeting.
    pub fn refined_by(self, other: ContactType, people: usize) -> bool {
        let specificity = |k: ContactType| match k {
            ContactType::Video => 4,
            ContactType::Phone => 3,
            ContactType::Summit => 2,
            ContactType::Meeting => 1,
            ContactType::Visit => 0,
        };
        specificity(other) > specificity(self) && (self != ContactType::Visit || people >= 2)
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

/// Words that move a contact to another day, said right before the day (提前至9月10日,
/// 推迟到下月, 改在周一).
static MOVED_TO: std::sync::LazyLock<regex::Regex> =
    std::sync::LazyLock::new(|| regex::Regex::new(r"(?:提前|推迟|延后|延期|改期|延|改)(?:至|到|在)").unwrap());

/// A year named shortly before a summit word, past the organisation and a place (2009年G20伦敦).
static YEAR_BEFORE: std::sync::LazyLock<regex::Regex> =
    std::sync::LazyLock::new(|| regex::Regex::new(r"((?:19|20)[0-9]{2})年[^，。；：、]{0,12}$").unwrap());

/// A joint appearance of the sides of a meeting (联合记者会), told right after it.
const JOINT_APPEARANCES: &[&str] =
    &["联合记者会", "共同记者会", "联合记者招待会", "联合新闻发布会", "联合声明", "共同声明", "联合公报"];

/// Words that put a summit at another time than the article's news (去年, 下次, 明年).
const OTHER_TIMES: &[&str] = &["去年", "前年", "上届", "上次", "上一次", "下届", "下次", "下一次", "明年"];

/// A span of time after something, ending a clause (访问中国三日之后, 两周后).
static SOME_TIME_AFTER: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"[一二两三四五六七八九十几数0-9]+(?:天|日|周|个月|年)(?:之后|以后|后)$").unwrap()
});

/// Sides named as one group: 四国外长, 三方会谈, 各国领导人.
static MULTILATERAL: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"[三四五六七八九十几多数各3-9]国|[三四五六3-6][方边]|多边").unwrap()
});

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
    /// The country the article's wire dateline is filed from (法新社苏利南首都巴拉马利波17日电).
    dateline_country: Option<&'d str>,
    /// The sentence of the article's wire dateline, if it is a wire story: what it tells with
    /// no day is of the dateline's day.
    dateline_sentence: Option<usize>,
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

/// The places that bear a person's name after it (哈维尔机场, 尼克松图书馆, 中正纪念堂).
const NAMED_PLACES: &[&str] = &[
    "机场",
    "图书馆",
    "纪念馆",
    "纪念堂",
    "广场",
    "大道",
    "大街",
    "大桥",
    "号航母",
    "号航空母舰",
    "大学",
    "中心",
    "基金会",
    "研究所",
];

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
    let located = resolved.located_in(range.clone());
    // Kept for the sentences after the dateline's, as `f` is reused through the article.
    if dateline_end > 0 {
        f.dateline_sentence = Some(si);
        f.dateline_country =
            located.iter().take_while(|l| l.at - range.start < dateline_end).find_map(|l| match l.entity {
                Entity::Country(c) => Some(c),
                _ => None,
            });
    }
    for l in located.iter().filter(|l| l.at - range.start >= dateline_end) {
        let at = l.at - range.start;
        // An entity may run past a sentence cut at its length bound: it ends with the sentence.
        f.ends.push((at, (l.end - range.start).min(range.len())));
        match l.entity {
            // A place named after a person (布拉格哈维尔机场, 尼克松图书馆) is no mention of them.
            Entity::Person(i) => {
                let after = &sentence[(l.end - range.start).min(range.len())..];
                if !NAMED_PLACES.iter().any(|w| after.starts_with(w)) {
                    f.people.push((at, i));
                }
            }
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
    // A visiting delegation (访问团) is a noun, no trip.
    f.triggers.retain(|&(at, _)| !sentence[at..].starts_with("访问团"));
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

/// The clause (between ，；：) of `sentence` that holds byte offset `at`.
fn clause_around(sentence: &str, at: usize) -> std::ops::Range<usize> {
    let is_break = |c: char| matches!(c, '，' | ',' | '：' | ':' | '；');
    let start =
        sentence[..at].rfind(is_break).map_or(0, |i| i + sentence[i..].chars().next().map_or(1, char::len_utf8));
    let end = sentence[at..].find(is_break).map_or(sentence.len(), |i| at + i);
    start..end
}

/// Where the trigger's clause starts when it opens with a list of countries that a comma
/// breaks, and a count after the list says how many it holds (日本，澳大利亚与印度三国的经济
/// 部长将……举行会晤): at the list's first country, each clause before being one country's name.
fn counted_list_start(f: &SentenceFacts, sentence: &str, clause: &std::ops::Range<usize>, trigger_at: usize) -> usize {
    const COUNTS: &[(&str, usize)] = &[("两国", 2), ("三国", 3), ("四国", 4), ("五国", 5), ("六国", 6)];
    let before = &sentence[clause.start..trigger_at.max(clause.start)];
    let Some((count_at, n)) = COUNTS.iter().find_map(|&(w, n)| before.find(w).map(|i| (clause.start + i, n))) else {
        return clause.start;
    };
    let mut named = f.countries.iter().filter(|&&(at, _)| at >= clause.start && at < count_at).count();
    let mut start = clause.start;
    while named < n && f.countries.iter().any(|&(at, _)| at == start) {
        let Some(comma) = sentence[..start].strip_suffix(['，', ',']) else { break };
        let Some(&(at, _)) = f.countries.iter().find(|&&(at, _)| f.end_of(at) == comma.len()) else { break };
        if at != clause_around(sentence, at).start {
            break;
        }
        start = at;
        named += 1;
    }
    start
}

/// Planning cues that are also nouns (清洁网络计划, 访问邀请): after a contact word and apart
/// from it, they name another plan.
const NAMED_PLANS: &[&str] = &["计划", "计画", "安排", "邀请", "考虑", "建议", "提议", "准备", "筹备", "希望", "期待"];

/// Held cues that speak of a contact's own time, wherever they stand in its sentence, unless
/// their clause looks ahead (中国将在与美国的会谈中提起微信问题).
const AFTER_THE_CONTACT: &[&str] = &["会后", "会谈中", "通话中"];

/// Planned cues that say what a contact is for when they follow it (会晤寻求保证).
const PURPOSES: &[&str] = &["寻求", "希望", "期待", "盼望", "期盼", "建议", "提议"];

/// Held cues that recall a time; before a verb of reporting they date the report.
const RECALLING_CUES: &[&str] = &["此前", "曾", "曾经", "上次", "上一次"];

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
    "在线上",
    "线上举行",
    "线上进行",
    "线上召开",
    "在线举行",
    "在线进行",
    "在线召开",
    "以视频",
    "以视讯",
    "通过视频",
    "透过视频",
    "通过视讯",
    "透过视讯",
    "通过视像",
    "透过视像",
];

/// Words before a video word that make it the manner of a contact (通过视频会议的形式……进行了交谈).
const BY_MEANS_OF: &[&str] = &["通过", "透过", "以"];

/// Whether the clause of `trigger_at` only tells the manner of a contact told before it, held
/// by video, and names no one: a contact word opening the clause that the clause says is held
/// by video (会谈将通过视频进行; 会晤将以视频方式举行), or a video word as the means of a contact
/// word after it (可以看到五方是通过视频会议的形式就……进行了交谈).
fn tells_video_manner(sentence: &str, f: &SentenceFacts, clause: &std::ops::Range<usize>, ti: usize) -> bool {
    let (trigger_at, trigger_kind) = f.triggers[ti];
    if trigger_kind == ContactType::Visit
        || f.people.iter().any(|&(at, _)| clause.contains(&at))
        || f.countries.iter().any(|&(at, _)| clause.contains(&at))
    {
        return false;
    }
    let trigger_end = f.end_of(trigger_at);
    let opening = sentence[clause.start.min(trigger_at)..trigger_at].trim_start_matches(['但', '而']).is_empty();
    if opening && trigger_kind != ContactType::Video {
        return VIDEO_MODES.iter().any(|w| sentence[trigger_end..clause.end].contains(w));
    }
    trigger_kind == ContactType::Video
        && BY_MEANS_OF.iter().any(|w| sentence[clause.start.min(trigger_at)..trigger_at].ends_with(w))
        && f.triggers[ti + 1..].iter().any(|&(at, k)| k != ContactType::Visit && at < clause.end)
}

/// Words right before a meeting word that say it is held online (虚拟峰会, 线上峰会).
const ONLINE: &[&str] = &["虚拟", "线上", "在线", "网上", "云端"];

/// The one day a sentence names that is no day of its report (星期四，这位国务卿在和以色列总理
/// 内塔尼亚胡的共同记者会中表示): a meeting told on a trip with no contact word is of that day,
/// not of the trip's.
/// Whether the trigger at `trigger_at` is a bare mention of a contact told before: a word
/// pointing back right before it (这次会谈, 此次峰会, 该峰会) and no partner in its clause, named
/// after it (这场会晤在茂木敏充与佩恩之间进行) or after a partner word before it (与美国的此次会谈),
/// nor a manner of its own (这场视讯会议, 此次峰会以视讯方式进行), which tells how the contact
/// was held.
fn bare_retelling(sentence: &str, f: &SentenceFacts, clause: &std::ops::Range<usize>, trigger_at: usize) -> bool {
    let trigger_end = f.end_of(trigger_at);
    let after_partner_word = |at: usize| sentence[clause.start.min(at)..at].contains(['与', '同', '跟']);
    let names_a_partner = f
        .people
        .iter()
        .map(|&(at, _)| at)
        .chain(f.countries.iter().map(|&(at, _)| at))
        .any(|at| clause.contains(&at) && (at > trigger_at || after_partner_word(at)));
    points_back_at(sentence, trigger_at)
        && !names_a_partner
        && !VIDEO_MODES.iter().any(|w| sentence[clause.clone()].contains(w))
        && !["视讯", "视频"].iter().any(|w| sentence[trigger_at..trigger_end].contains(w))
}

fn day_of_its_own(sentence: &str, reference: Option<NaiveDate>) -> Option<When> {
    let days: Vec<When> = find_dates(sentence, reference?, false)
        .into_iter()
        .filter(|d| !is_report_date(sentence, d) && d.date.precision() == Precision::Day)
        // Not a span (17至19日在台期间), which ties no day to what happens in it.
        .filter(|d| !sentence[d.range.clone()].contains(['至', '到', '-', '–', '—', '~', '～', '、']))
        .map(|d| d.date)
        .collect();
    match days[..] {
        [day] => Some(day),
        _ => None,
    }
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
            resolved.located_in(s.range.clone()).iter().filter_map(|l| match l.entity {
                Entity::Organization(o) => Some(o),
                _ => None,
            })
        })
        .collect();
    let lead = lead_paragraph(text);
    // Those the title reports fleeing or arrested, whose trips are no visits.
    let fled = fled_in_title(text, resolved);
    // The countries the article names acting, read once if a summit is the article's news.
    let acting = std::cell::OnceCell::new();
    let mut receptions: Vec<Reception> = Vec::new();
    // The people who host a meeting of several in a sentence of their own, and how many
    // contacts were found before it.
    let mut hostings: Vec<(Vec<usize>, usize)> = Vec::new();
    let mut recent: Vec<usize> = Vec::new();
    // The sentences read so far, for the day named last (当时 / 当天 in later sentences),
    // and how many of them were read for it, with the day they name last: each sentence is
    // read for dates once at most.
    let mut read: Vec<usize> = Vec::new();
    let mut named_days: (usize, Option<When>) = (0, None);
    // Whether the last trip word read was of a trip planned, for contacts 期间 (during it).
    let mut last_trip_planned = false;
    // Whether a contact word (no trip) was read before, kept as a contact or dropped.
    let mut contact_words_read = false;
    // Whether the body told a contact held by video before any contact was found (会谈将通过
    // 视频进行): the title's contact, read last, is that one.
    let mut video_told = false;
    let mut f = SentenceFacts::default();
    // The body first, then the title (paragraph 0): a headline repeats what the body
    // reports, so the body's fuller mention comes first and the title's merges into it.
    let (title, body): (Vec<usize>, Vec<usize>) =
        (0..text.sentences.len()).partition(|&i| text.sentences[i].paragraph == 0);
    for si in body.into_iter().chain(title) {
        facts(resolved, text, si, &mut f, memberships);
        let sentence = text.sentence(si);
        let joined = join_attendees(&mut contacts, resolved, sentence, &f, memberships);
        join_those_present(&mut contacts, resolved, sentence, &f);
        join_listed_participants(&mut contacts, resolved, sentence, &f);
        join_leaders(&mut contacts, resolved, sentence, &f);
        if f.triggers.is_empty() {
            if let Some(met) = told_on_trip(sentence, &f, resolved, &contacts)
                .or_else(|| dealt_with_on_trip(sentence, &f, resolved, &contacts))
                .or_else(|| faced_on_trip(sentence, &f, resolved, &contacts))
            {
                let evidence = written.sentence(si).to_string();
                let date = day_of_its_own(sentence, reference).or(met.date);
                merge_or_push(&mut contacts, Contact { evidence, date, topics: topics.find(sentence), ..met });
            }
            join_named_attendees(&mut contacts, resolved, sentence, &f);
            remember(&mut recent, &f);
            read.push(si);
            continue;
        }
        let sentence_cues = cues.find(sentence);
        let group_at = sentence_cues.starts(CueKind::Group);
        // 此前 / 曾 before a verb of reporting (路透社此前引述消息人士报导称, 埃斯珀曾在7月21日表示)
        // date the report, not the contact.
        // A held cue in a clause after the trigger's speaks of something else (在适当的时候就会
        // 和拜登总统举行会谈，现在正在进行调整), unless it speaks of the contact (会后表示, 会谈持续了).
        // Held cues from `from` on, before the trigger's clause ends or of a contact's own time.
        let held_before = |from: usize, end: usize| {
            sentence_cues.0.iter().filter(|c| c.kind == CueKind::Held && c.range.start >= from).any(|c| {
                let after_the_contact = AFTER_THE_CONTACT.contains(&&sentence[c.range.clone()]);
                let own_clause = clause_around(sentence, c.range.start);
                let looks_ahead = || sentence[own_clause.start..c.range.start].contains('将');
                // A clause before the trigger's, of time (在结束了对……的访问之后，王毅还将前往坦桑尼亚)
                // or of speech (埃斯珀曾在7月21日表示), speaks of something else.
                let earlier = own_clause.end < end;
                let own_text = &sentence[own_clause.clone()];
                !(after_the_contact && looks_ahead())
                    && (c.range.start < end
                        || after_the_contact
                        || f.triggers.iter().any(|(at, _)| own_clause.contains(at)))
                    && !(earlier && own_text.ends_with('后'))
                    && !(RECALLING_CUES.contains(&&sentence[c.range.clone()])
                        && (reports(&sentence[c.range.end..]) || (earlier && dates_a_saying(own_text))))
            })
        };
        // 按原定计划 / 如期 举行 is the opposite of a cancellation.
        let on_schedule = ["如期", "按原定", "按照原定"].iter().any(|w| sentence.contains(w));
        // Nor is a trip whose going ahead is in doubt (原定明年1月26日访问印度，能否成行如今是个未知数):
        // it is still planned.
        let in_doubt = ["能否成行", "是否成行", "能否举行", "未知数"].iter().any(|w| sentence.contains(w));
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
        let points_back = || *points_back.get_or_init(|| points_back_in(sentence));
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
            clause.start = counted_list_start(current.facts, sentence, &clause, trigger_at);
            if let Some(from) = talked_of {
                clause.start = clause.start.max(from);
            }
            let trigger_end = current.facts.end_of(trigger_at);
            // The manner of the contact a sentence before reported (本次对话以视频方式举行): it
            // was held by video, and is no contact of its own.
            let this_one = ["本次", "这次", "此次", "是次"]
                .iter()
                .any(|w| sentence[clause.start.min(trigger_at)..trigger_at].ends_with(w));
            if this_one
                && ti == 0
                && !current.facts.people.iter().any(|&(at, _)| clause.contains(&at))
                && VIDEO_MODES.iter().any(|w| sentence[clause.clone()].contains(w))
                && let Some(last) = contacts.last_mut()
                && matches!(last.kind, ContactType::Meeting | ContactType::Summit)
            {
                last.kind = ContactType::Video;
                continue;
            }
            // So does a clause of the body naming no one that says how the contact is held
            // (会谈将通过视频进行; 可以看到五方是通过视频会议的形式……进行了交谈), also of a call
            // (就香港问题通话 by video). With no contact before it, it tells of the one the title
            // reports (中国将在与美国的会谈中……).
            if !current.in_title && tells_video_manner(sentence, current.facts, &clause, ti) {
                match contacts.last_mut() {
                    Some(last)
                        if matches!(last.kind, ContactType::Meeting | ContactType::Summit | ContactType::Phone) =>
                    {
                        last.kind = ContactType::Video;
                    }
                    Some(_) => {}
                    None => video_told = true,
                }
                continue;
            }
            // A bare mention of a contact told before (习近平访韩也是这次会谈的主要议题之一, 该峰会因
            // 新冠疫情而不得不取消, 他们有可能放弃这次峰会) is that contact: it names no sides of its
            // own, and those near it (a topic, the speaker, the country of the sentence) are not
            // its. Whether the contact was kept or dropped (a denied or hoped-for one), the mention
            // adds no contact.
            let told_before =
                contact_words_read || current.facts.triggers[..ti].iter().any(|&(_, k)| k != ContactType::Visit);
            if told_before
                && trigger_kind != ContactType::Visit
                && !current.in_title
                && bare_retelling(sentence, current.facts, &clause, trigger_at)
            {
                continue;
            }
            let next_trigger = current.facts.triggers.get(ti + 1).map_or(sentence.len(), |t| t.0);
            let sides = if trigger_kind == ContactType::Visit {
                visit_sides(current.facts, resolved, sentence, trigger_at, next_trigger, &clause)
            } else {
                meeting_sides(&current, resolved, &contacts, &recent, trigger_at, trigger_kind, &clause)
            };
            // A trip of one the title reports fleeing, arrested or gone to back a protest
            // (张崑阳赴英 疑似投靠罗冠聪, over 据报道，张崑阳……当晚乘坐客机飞往英国) is no visit.
            if trigger_kind == ContactType::Visit
                && let Some((people, _)) = &sides
                && let Some(&traveller) = people.last()
                && fled.contains(&traveller)
            {
                continue;
            }
            // A contact the text denies (没有与拜登会面的计划, 不会与……通话) is none; nor is one
            // whose anniversary is told (尼克松总统访问中国的50周年纪念).
            // Words quoted from a contact the sentence reports before the quotation, naming no
            // one (默克尔总理与习近平通电话，……并敦促：「希望同中方加大努力，推动……完成……谈判」),
            // are what was said on it, no contact of their own; a name in quotation marks
            // (进行“美日印澳四国外长会议”) is no quotation.
            let said_on_a_contact = open_quotation(sentence, trigger_at).is_some_and(|open| {
                let before = sentence[..open].trim_end_matches(['：', ':', '，']);
                (sentence[..open].ends_with(['：', ':'])
                    || SAYING.iter().chain(&["称", "敦促"]).any(|w| before.ends_with(w)))
                    && current.facts.triggers.iter().any(|&(at, _)| at < open)
                    && !current.facts.people.iter().any(|&(at, _)| (open..trigger_at).contains(&at))
            });
            // A meeting that describes the partners of a later contact word (与来日参加四国外长会谈的
            // 澳大利亚、印度外长举行会谈) is theirs, not the subject's.
            let describes_partners = sentence[trigger_end..].starts_with('的')
                && current.facts.triggers.iter().any(|&(t, _)| t > trigger_end && clause.contains(&t))
                && ATTENDING.iter().any(|w| {
                    let before = &sentence[clause.start.min(trigger_at)..trigger_at];
                    before.find(w).is_some_and(|i| before[..i].contains(['与', '同', '和', '跟']))
                });
            // Dialogue as an ideal in quoted words (马斯说，“……敢于进行超越自己安乐窝的对话。”): a
            // bare 对话 whose clause names no one, no country and no partner.
            let quoted_ideal = open_quotation(sentence, trigger_at).is_some()
                && &sentence[trigger_at..trigger_end] == "对话"
                && !current.facts.people.iter().any(|&(at, _)| clause.contains(&at))
                && !current.facts.countries.iter().any(|&(at, _)| clause.contains(&at))
                && !sentence[clause.start.min(trigger_at)..trigger_at].contains(['与', '同', '跟', '和'])
                && !current.group_at.iter().any(|g| clause.contains(g));
            if said_on_a_contact
                || quoted_ideal
                || describes_partners
                || denied(sentence, &clause, trigger_at)
                || anniversary(sentence, trigger_end)
            {
                continue;
            }
            // A contact word inside a noun (谈判代表, 电话公司, 电话专访), business talks, a
            // series or a forum (收购谈判, 每年召开的会议, 论坛以视频会议的方式举行), a question (会不会
            // 接听……电话？), an opinion (有必要……进行对话), a hoped-for dialogue in general
            // (希望和中国进行继续对话, 盼与美国恢复对话), a supposition (如果同……中国展开谈判), talks
            // in general (国际谈判, 对话与合作, 接听蔡英文电话这种事) or a rule about them (与地方政府
            // 官员见面前须获得美方批准), an order to start talks (下达指示……启动与……的谈判), or the
            // ferries bound for a country (前往法国的轮渡) report no contact.
            if in_a_noun(sentence, current.facts, &clause, trigger_end)
                || not_diplomatic(sentence, current.facts, &clause, trigger_at, trigger_end)
                || asked(sentence, &clause, trigger_at)
                || unanswered(sentence, &clause, trigger_end)
                || opinion(sentence, &clause, trigger_at)
                || dialogue_hoped_for(sentence, &clause, trigger_at, trigger_end)
                || supposed(sentence, trigger_at)
                || ordered(sentence, current.facts, trigger_at)
                || outsiders_view(sentence, trigger_at)
                || courtesy_wish(sentence, &clause, trigger_at, trigger_kind)
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
            // A trip is never the contact before it (与蒂卡诺夫斯卡娅会面，比根25日抵达莫斯科), nor
            // is a summons (就……威胁捷克官员访问台湾的声明，将召见中国驻布拉格大使: the envoy's
            // country is the other side).
            // Nor is a contact whose clause names a person of its own (……与外相茂木敏充举行会谈，
            // 将于25日与菅义伟首相进行会谈).
            let names_its_own = current.facts.people.iter().any(|&(at, _)| clause.contains(&at));
            let sides = sides.or_else(|| {
                previous_sides.clone().filter(|_| {
                    trigger_kind != ContactType::Visit && !names_its_own && !is_summons(sentence, trigger_at)
                })
            });
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
                                // A visit's destination is named by the contact word or after it
                                // (习近平访日之事, 讨论习近平访问日本事宜).
                                trigger_kind == ContactType::Visit
                                    || current.facts.countries.iter().any(|&(at, k)| k == c && named_from(at))
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
            if summit.is_some() && venue_of_another(current.facts, sentence, &clause, trigger_at) {
                continue;
            }
            // Talks of two on its margins (出席上海合作组织外长会议期间举行双边会谈) are the
            // contact, with no organisation for a side.
            let summit = summit.filter(|_| {
                !["双边会谈", "双边会晤", "双边会面"].iter().any(|w| sentence[trigger_end..clause.end].contains(w))
            });
            // The organisations the clause names as parties (与欧盟领袖, 英国、法国与联合国).
            let named_parties = parties_by_name(resolved, current.facts, sentence, &clause, trigger_at);
            let sides = match summit {
                Some(m) => {
                    // Not one of an earlier year named right before it (2009年G20伦敦峰会), whose
                    // leaders were others than the article's.
                    let of_an_earlier_year = YEAR_BEFORE.captures(&sentence[..trigger_at]).is_some_and(|c| {
                        let year = c[1].parse::<i32>().ok();
                        year.zip(reference).is_some_and(|(y, r)| y < r.year())
                    });
                    // Nor one of another time than the article's, named in the few words before it
                    // (曾于去年11月出席伦敦北约峰会, 原本打算参加在去年智利举办的APEC峰会, 我将在下次北约
                    // 峰会上): the article's news is another summit of the organisation, and the
                    // countries and leaders it names are not of this one.
                    let of_another_time = {
                        let near = words_before(&sentence[clause.start.min(trigger_at)..trigger_at], 16);
                        OTHER_TIMES.iter().any(|w| near.contains(w))
                    };
                    let of_an_earlier_year = of_an_earlier_year || of_another_time;
                    let news = !of_an_earlier_year
                        && (text.sentences[si].paragraph <= lead
                            || title_organizations.contains(&m.organization.as_str()));
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
                    // The title names it, or an organisation of the same members (欧盟峰会 names
                    // the European Council).
                    let in_title = !of_an_earlier_year
                        && (current.in_title
                            || memberships.iter().any(|t| {
                                t.members == m.members && title_organizations.contains(&t.organization.as_str())
                            }));
                    let roles = if leaders { HEADS } else { ministers.unwrap_or_default() };
                    let acting_if_news =
                        in_title.then(|| acting.get_or_init(|| acting_countries(resolved, &text.body)).as_slice());
                    let named = members_named(m, resolved, current.facts, sentence, trigger_at, acting_if_news, roles);
                    // Nor are countries the clause names after the summit as what it was about.
                    let sides = sides.map(|(people, countries)| {
                        let countries =
                            without_topics_after(resolved, current.facts, sentence, trigger_at, &people, countries);
                        (people, countries)
                    });
                    let (people, mut countries) =
                        summit_sides(&named, sides, resolved, current.facts, news, leaders, ministers);
                    if let Some(partner) = partner_before(current.facts, sentence, trigger_at, m)
                        && !countries.contains(&partner)
                    {
                        countries.insert(0, partner);
                    }
                    // Of one member alone (习近平在亚太经合组织峰会上表示) no contact is told; one
                    // who meets the organisation (习近平今晚与欧盟领袖举行视讯峰会) has it for a side.
                    let meets_it = named_parties.contains(&m.organization.as_str());
                    Some((people, countries)).filter(|(_, c)| c.len() >= 2 || c.len() == 1 && meets_it)
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
            // Who chairs or convenes the meeting (欧洲理事会主席米歇尔今天(周四）将召集欧盟27国
            // 领导人举行视频会议, 由联合国，英国和法国主办的《气候雄心峰会》) takes part in it.
            let hosts = if trigger_kind == ContactType::Visit {
                Hosts::default()
            } else {
                hosts_of(resolved, current.facts, sentence, trigger_at)
            };
            // A host with no other side named (沙乌地国王沙尔曼（King Salman）将主持G20高峰会)
            // joins the article's meeting of several, once all are read.
            if sides.is_none()
                && !hosts.people.is_empty()
                && hosted_alone(sentence, current.facts, trigger_at, summit.is_some())
            {
                hostings.push((hosts.people.clone(), contacts.len()));
            }
            let Some((mut people, mut countries)) = sides else {
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
            // A clause naming no one that says what the last contact was (特朗普……即将接任……，
            // 这是美国与台湾首次的“元首级”电话通话) is that contact, which it adds nothing to.
            if says_what_it_was(sentence, &clause, current.facts)
                && contacts
                    .iter()
                    .rev()
                    .take(MERGE_WINDOW)
                    .any(|c| c.kind == trigger_kind && countries.iter().all(|k| c.countries.contains(k)))
            {
                continue;
            }
            if talked_of.is_none() {
                previous_sides = Some((people.clone(), countries.clone()));
            }
            // A country that mediates talks sits at them, one joint event of three (not among the
            // sides 双方 stands for later).
            let mut mediated = false;
            if trigger_kind != ContactType::Visit && countries.len() >= 2 {
                for c in mediators(current.facts, sentence) {
                    if !countries.iter().any(|k| k == c) {
                        countries.push(c.to_string());
                        mediated = true;
                    }
                }
            }
            let mut hosted = false;
            for &p in &hosts.people {
                if !people.contains(&p) {
                    people.push(p);
                    hosted = true;
                    if let Some(c) = &resolved.people[p].country
                        && !countries.contains(c)
                    {
                        countries.push(c.clone());
                    }
                }
            }
            for &c in &hosts.countries {
                if !countries.iter().any(|k| k == c) {
                    countries.push(c.to_string());
                    hosted = true;
                }
            }
            // China's government with Hong Kong's or Macau's is a domestic dealing, no contact.
            if countries.iter().all(|c| ["CN", "HK", "MO"].contains(&c.as_str()))
                && organizations_of(resolved, &people).is_empty()
                && named_parties.is_empty()
                && summit.is_none()
            {
                continue;
            }
            // Cues before the trigger govern it, and so does a clause that follows and opens
            // with one (拜登打出的第一通电话，将与杜鲁道讨论…).
            let after_break =
                sentence[clause.end..].chars().next().map_or(sentence.len(), |c| clause.end + c.len_utf8());
            let next = clause_around(sentence, after_break);
            // The time clause of a trip (出访哈萨克斯坦……期间，也将分别与……会面) is governed by the
            // cue its main clause opens with, past an adverb.
            let time_clause = ["期间", "之际"].iter().any(|w| sentence[clause.clone()].ends_with(w));
            let past_adverbs =
                next.end - sentence[next.clone()].trim_start_matches(['也', '还', '亦', '则', '都']).len();
            let opens_with_cue = sentence_cues.opens(CueKind::Planned, next.clone())
                || time_clause && sentence_cues.opens(CueKind::Planned, past_adverbs..next.end);
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
            // Nor is the purpose of a contact after it (与默克尔会晤寻求保证), nor what its sides
            // say after it (外长通话表示将“密切合作”), nor a plan's time as a noun (比预计时间迟到).
            let a_purpose = |c: &CueAt| c.range.start >= trigger_end && PURPOSES.contains(&&sentence[c.range.clone()]);
            let said_after = |c: &CueAt| {
                c.range.start >= trigger_end
                    && SAYING.iter().chain(&["称", "同意"]).any(|w| sentence[trigger_end..c.range.start].contains(w))
            };
            // Nor the cue of what a contact told as a noun phrase is the subject or frame of (周日与
            // 弗罗斯特进行的会谈将表明是否……; 经过日美双方的磋商，将公布……; 威胁捷克官员访问台湾的声明，
            // 将召见……): it plans that predicate, and the contact itself is told as done.
            let frames_a_predicate =
                |c: &CueAt| cues::frames_a_predicate(sentence, clause.start, trigger_at, trigger_end, c);
            // (Nor a comparison with what was planned: 会晤时间比预计要长.)
            let a_time_or_compared =
                |c: &CueAt| sentence[c.range.end..].starts_with("时间") || sentence[..c.range.start].ends_with('比');
            // 将 that takes an object, as 把 does (访台将美台关系推向新高点), is no future.
            let takes_an_object = |c: &CueAt| {
                &sentence[c.range.clone()] == "将" && {
                    let next = words_up_to(&sentence[c.range.end..], "，。；：,;:", 12);
                    [
                        "推向",
                        "推到",
                        "推上",
                        "推至",
                        "视为",
                        "视作",
                        "列为",
                        "纳入",
                        "带入",
                        "带到",
                        "带向",
                        "提升到",
                        "提升至",
                        "变成",
                        "变为",
                        "当作",
                    ]
                    .iter()
                    .any(|w| next.contains(w))
                }
            };
            // An invitation a trip answers (受到立法院长游锡堃邀请，……出发访台; 应……邀请) plans
            // nothing.
            let answered = |c: &CueAt| {
                &sentence[c.range.clone()] == "邀请" && {
                    let before = &sentence[clause_around(sentence, c.range.start).start..c.range.start];
                    before.starts_with("受") && !before.starts_with("受访")
                        || before.starts_with("应") && !["应该", "应当", "应对"].iter().any(|w| before.starts_with(w))
                        || before.starts_with("在")
                            && before.ends_with('的')
                            && sentence[c.range.end..].starts_with('下')
                }
            };
            // The 将 of 将军 (与……法塔赫将军会面) is a general, no future.
            let a_general =
                |c: &CueAt| &sentence[c.range.clone()] == "将" && sentence[c.range.end..].starts_with(['军', '领']);
            // 可能是 qualifies what the contact is (展开了可能是最后数小时的贸易谈判), not whether
            // it takes place.
            let what_it_is = |c: &CueAt| {
                ["可能", "或许", "也许"].contains(&&sentence[c.range.clone()])
                    && sentence[c.range.end..].starts_with('是')
            };
            // A cue after the trip word's end (访法行程结束之后将前往……德国访问) plans the next leg.
            let after_its_end =
                |c: &CueAt| c.range.start >= trigger_end && sentence[trigger_end..c.range.start].contains("结束");
            // A wish the contact reported is a means to (美国显然希望通过这次会面巩固彼此的外交关系)
            // plans the aim, not the contact.
            let the_means = ["通过这次", "通过此次", "通过本次", "借这次", "借此次"]
                .iter()
                .any(|w| sentence[..trigger_at].ends_with(w));
            let a_means = |c: &CueAt| the_means && c.range.start < trigger_at;
            // An aim sought in an earlier clause (为寻求解决领土争端，由周恩来与尼赫鲁……会谈; 普京在
            // ……危机寻求解决办法的作用，……会晤) is not the contact sought: 寻求 plans one only in
            // its clause (寻求与中方会谈), and a cue after 为 (for the purpose of) only there too.
            let an_earlier_aim = |c: &CueAt| {
                let before = &sentence[..c.range.start];
                let purpose = (before.ends_with('为') || before.ends_with("为了"))
                    && !["因为", "作为", "认为", "成为", "以为", "视为", "称为"].iter().any(|w| before.ends_with(w));
                (purpose || &sentence[c.range.clone()] == "寻求")
                    && c.range.end <= trigger_at
                    && sentence[c.range.end..trigger_at].contains(['，', '；', ','])
            };
            let of_the_contact = |c: &CueAt| {
                !an_earlier_aim(c)
                    && !a_means(c)
                    && !another_plan(c)
                    && !after_its_end(c)
                    && !a_purpose(c)
                    && !said_after(c)
                    && !frames_a_predicate(c)
                    && !a_time_or_compared(c)
                    && !answered(c)
                    && !takes_an_object(c)
                    && !what_it_is(c)
                    && !a_general(c)
                    && (c.range.start < trigger_end
                        || sentence[trigger_end..c.range.start].chars().count() <= 1
                        || !NAMED_PLANS.contains(&&sentence[c.range.clone()]))
            };
            // A contact during a trip just reported as planned (将于9月27日至10月2日访问南欧。期间，
            // 会与……会面) is planned too.
            let during_a_planned_trip = last_trip_planned
                && sentence[clause.start.min(trigger_at)..trigger_at].contains("期间")
                && !current.facts.triggers[..ti].iter().any(|&(_, k)| k == ContactType::Visit);
            // A contact under way (正在德国柏林召开的欧盟会员国外长会议) is held, whatever an earlier
            // clause plans (还需要一段时间才会正式通过).
            let under_way = {
                let before = &sentence[clause.start.min(trigger_at)..trigger_at];
                before.rfind("正在").is_some_and(|i| {
                    let next = words_up_to(&before[i..], "，。；", 12);
                    ["召开", "举行", "进行"].iter().any(|w| next.contains(w))
                        && !sentence_cues.any_within(CueKind::Future, clause.clone())
                })
            };
            // A contact moved to another day (他们改在周一进行通话) is planned for it, unless that
            // day is past.
            let moved =
                |d: &DateMention| MOVED_TO.find_iter(&sentence[..d.range.start]).any(|m| m.end() == d.range.start);
            // (Dates are read again, and for such words, only where one follows the clause's start.)
            let clause_from = clause.start.min(trigger_at);
            let moves_a_contact = MOVED_TO.is_match(&sentence[clause_from..]);
            let moved_here = moves_a_contact
                && reference.is_some_and(|r| {
                    find_dates(sentence, r, true).iter().any(|d| d.range.start >= clause_from && moved(d))
                });
            // A past recalled in the trigger's own clause (是继先前访台的卫生部长艾萨之后) is not
            // planned by a plan of an earlier clause, only by one after the recalling word.
            let recalled_here = ["先前", "此前", "早前", "曾经", "曾"]
                .iter()
                .filter_map(|w| sentence[clause_from..trigger_at].rfind(w))
                .max()
                .is_some_and(|i| !sentence_cues.any_within(CueKind::Planned, clause_from + i..trigger_at));
            // A contact that times what was done then, in the past (杨洁篪8月在釜山会见……徐薰时双方曾
            // 商定，待疫情稳定后促成习近平早日访韩), is held: the plan is of what was agreed.
            let recalled_as_a_time = sentence[trigger_end..clause.end.max(trigger_end)]
                .find('时')
                .is_some_and(|i| sentence[trigger_end + i..clause.end].contains('曾'));
            let planned = (sentence_cues.governs_before_where(CueKind::Planned, sentence, upto_clause, of_the_contact)
                || future_words
                || during_a_planned_trip
                || moved_here)
                && !under_way
                && !recalled_here
                && !recalled_as_a_time;
            let dates: &[DateMention] = sentence_dates[usize::from(planned)].get_or_insert_with(|| {
                let Some(r) = reference else { return Vec::new() };
                let planned_past_its_dateline = |d: &DateMention| planned && runs_a_dateline(sentence, d);
                let mut dates: Vec<DateMention> = find_dates(sentence, r, planned)
                    .into_iter()
                    .filter(|d| {
                        !is_report_date(sentence, d)
                            && !planned_past_its_dateline(d)
                            && !describes_person(sentence, d, current.facts)
                            && !opens_a_span(sentence, d)
                            && !names_a_week(sentence, d)
                            // A year years ahead names a goal (通过欧洲2030年减排“至少55％”的新目标),
                            // no contact's time.
                            && d.date.first().year() <= r.year() + 2
                    })
                    .collect();
                // A month with no year in a timeline of an earlier year (2019年3月初……。4月初，
                // 中方谈判代表刘鹤再赴美国与特朗普会谈) is of that year.
                let paragraph = text.sentences[si].paragraph;
                let first = text.sentences[..si].iter().rposition(|s| s.paragraph != paragraph).map_or(0, |j| j + 1);
                let paragraph_before = &text.body[text.sentences[first].range.start..text.sentences[si].range.start];
                in_timeline(&mut dates, sentence, paragraph_before, r);
                dates
            });
            // Not the day of the news of it (将访问台湾的消息在8月5日首先由美国在台协会发布).
            let news_of_it = |d: &DateMention| {
                d.range.start > trigger_end
                    && ["消息", "新闻", "报道", "报导"].iter().any(|w| sentence[trigger_end..d.range.start].contains(w))
            };
            // Nor is a meeting or call of the first day of a trip's span (王毅本月10-16日访问俄罗斯、
            // 哈萨克斯坦……四国; 访美的期间是22日至26日，将与……奥布莱恩举行会谈), which ties no day to it.
            let spans_a_trip = |d: &DateMention| {
                matches!(trigger_kind, ContactType::Meeting | ContactType::Phone | ContactType::Video)
                    && sentence[d.range.clone()].contains(['-', '–', '~', '～', '至', '到', '、'])
                    && current.facts.triggers.iter().any(|&(at, k)| {
                        k == ContactType::Visit
                            && at != trigger_at
                            && clause_around(sentence, at).contains(&d.range.start)
                    })
            };
            // A contact ended before what follows (比根在结束对韩国的访问后，9日抵达日本; 刚刚结束对斯里兰卡
            // 访问的蓬佩奥星期三抵达马尔代夫) takes no day named after it.
            let ended_before = sentence[clause.start.min(trigger_at)..trigger_at].contains("结束")
                && (sentence[clause.clone()].ends_with('后') || sentence[trigger_end..].starts_with('的'));
            let named_after_its_end = |d: &DateMention| ended_before && d.range.start >= trigger_at;
            // Nor a day in what is said in it (奥恩在电话中告诉……菲利佩六世说，初步估计4日大爆炸损失……).
            let in_what_is_said = |d: &DateMention| {
                d.range.start > trigger_end && SAYING.iter().any(|w| sentence[trigger_end..d.range.start].contains(w))
            };
            // Nor the time of something else the contact came after or since (是1979年断交之后，
            // 级别最高的……对台访问), unless an arrival the contact follows (6日抵达后与……会谈) or a
            // contact held then (星期五在拉达克举行了危机开始以来的第八轮军长级会谈).
            // A start some words away too (安倍前首相在2012年第二次安倍内阁开始以后，首选的出访地).
            let a_point_since = |d: &DateMention| {
                let after = words_up_to(&sentence[d.range.end..], "，。；：,;:", 8);
                ["之后", "以后", "以来"].iter().filter_map(|w| after.find(w).map(|i| (i, w.len()))).any(|(i, n)| {
                    i > 0
                        && d.range.end + i + n <= trigger_at
                        && !["抵", "到", "访", "飞", "会", "举行", "进行"].iter().any(|v| after[..i].contains(v))
                })
            };
            // Nor the day another trip ends, the contact coming after it (30日中国外长王毅访法行程结束
            // 之后将前往……德国访问).
            let the_end_of_another = |d: &DateMention| {
                sentence.get(d.range.end..trigger_at).is_some_and(|between| {
                    between.find("结束").is_some_and(|i| ["之后", "后"].iter().any(|w| between[i..].contains(w)))
                })
            };
            // A day of something else than the contact, by any of the above.
            let of_something_else = |d: &DateMention| {
                a_point_since(d)
                    || news_of_it(d)
                    || spans_a_trip(d)
                    || named_after_its_end(d)
                    || in_what_is_said(d)
                    || the_end_of_another(d)
            };
            // A back reference after the trigger (会晤卢卡申科当天, 他们会晤的当天) is the day the
            // contact itself defines: it points to none, and the day named before it is the
            // contact's (他于9月14日，也就是普京总统在索契会晤卢卡申科当天).
            let defined_by_it = |d: &DateMention| d.range.start > trigger_at && is_back_reference(sentence, d);
            let in_clause: Vec<DateMention> = dates
                .iter()
                .filter(|d| clause.contains(&d.range.start) && !of_something_else(d) && !defined_by_it(d))
                .cloned()
                .collect();
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
            // A clause that names its own time as the year or month of the report (原定今年习近平
            // 要访问日本) or as a later week (再下一周出访突尼斯) takes no day of another (中印边境
            // 6月爆发……冲突; 下周一还要出访阿尔及利亚).
            let own_time = ["今年", "本月", "这个月", "再下一周", "再下周", "下下周", "再下个星期"]
                .iter()
                .any(|w| sentence[clause.clone()].contains(w));
            // A past day of another clause dates none of a plan its own clause makes (昨天率团抵台，
            // 将会见总统蔡英文).
            let planned_here = planned && sentence_cues.any_within(CueKind::Planned, clause.clone());
            let past = |d: &DateMention| reference.is_some_and(|r| d.date.last() < r);
            // Nor a month of another clause with no year, read as next year's because the contact
            // is planned (将与印方举行高阶会谈，印度和中国6月在两国边界爆发流血冲突): it is this
            // year's, of something else.
            // Not one of a clause that goes on with the contact (准备尽量实现早期访美，大约会在……
            // 1月20日左右): only one with a subject of its own.
            let rolled_on = |d: &DateMention| {
                let its_clause = clause_around(sentence, d.range.start);
                let opens_it = |at: usize| {
                    its_clause.contains(&at)
                        && at < d.range.start
                        && sentence[its_clause.start..at].chars().count() <= 2
                };
                let own_subject = current.facts.countries.iter().any(|&(at, _)| opens_it(at))
                    || current.facts.people.iter().any(|&(at, _)| opens_it(at));
                reference.is_some_and(|r| d.date.first().year() > r.year())
                    && !sentence[d.range.clone()].contains('年')
                    && own_subject
            };
            // A clause of time some days after which what a day before it dates happened
            // (2019年9月8日，在随默克尔访华团访问中国三日之后，Kaeser表示) is not of that day.
            let before_what_is_dated =
                sentence[clause.clone()].starts_with('在') && SOME_TIME_AFTER.is_match(&sentence[clause.clone()]);
            // A contact told in a time clause closed by 后 (但在中澳两国进行了高级别谈判后，两人于周一
            // 晚间登上了……航班; 在和法国外长勒德里昂会晤之后，王毅周日将……发表讲话) is what the
            // clauses after it follow: a day there is of what followed.
            let precedes_what_follows = {
                let own = sentence[clause.clone()].trim_start_matches(['但', '而', '并', '就']);
                own.starts_with(['在', '于']) && own.ends_with('后')
            };
            // A later clause set against the contact's by 而 (首选的出访地也是越南与印度尼西亚，而2006年
            // 成立第一次安倍内阁时，……) tells of another time: its day is not the contact's.
            let contrasted = next.start > clause.end && sentence[next.clone()].starts_with('而');
            let next_to: Vec<DateMention> = dates
                .iter()
                .filter(|d| {
                    (before.start..next.end).contains(&d.range.start)
                        && (!before_what_is_dated || d.range.start >= clause.start)
                        && !(precedes_what_follows && d.range.start >= clause.end)
                        && !(contrasted && d.range.start >= clause.end)
                        && !defined_by_it(d)
                        && !of_something_else(d)
                        && !during_a_trip
                        && !own_time
                        && (!planned_here || !past(d))
                        && !(planned && rolled_on(d))
                })
                .cloned()
                .collect();
            // A contact recalled by a cue of its own (他曾接待过蔡英文，当时她正在竞选总统): its
            // 当时 is the time recalled, not the day named last.
            let recalled = sentence_cues
                .recalling_before(sentence, trigger_at)
                .any(|c| !BACK_REFERENCES.contains(&&sentence[c.range.clone()]));
            // Only a back reference before the trigger or in its clause dates it: 当天 in a
            // later clause (将和蔡英文总统举行会谈，当天乘专机返回日本) dates what follows.
            let points_back = || !recalled && points_back() && points_back_in(&sentence[..clause.end]);
            // A day the contact is moved to (两国曾打算在10月举行这一峰会，但随后初步决定将会议
            // 提前至9月10日进行) is its day, with no other contact word between.
            let moved_to = dates.iter().find(|d| {
                moves_a_contact
                    && d.range.start >= clause_from
                    && moved(d)
                    && !current
                        .facts
                        .triggers
                        .iter()
                        .any(|&(at, k)| at > trigger_at && at < d.range.start && k != trigger_kind)
            });
            // A day counted from the day last named (隔日，她与德国总理默克尔会晤; 更于隔天单独会见
            // 达赖喇嘛) is the contact's, before any day of the clause it follows.
            let earlier_in_paragraph = read
                .last()
                .filter(|&&i| text.sentences[i].paragraph == text.sentences[si].paragraph)
                .map(|&i| text.sentence(i));
            let counted = || counted_day(sentence, dates, clause.start, trigger_at, earlier_in_paragraph, reference);
            // 当时 / 当天 with no day of their own: the day last named before.
            let date = moved_to
                .is_none()
                .then(counted)
                .flatten()
                .or_else(|| {
                    moved_to
                        .or_else(|| date_for(&in_clause, trigger_at))
                        .or_else(|| date_for(&next_to, trigger_at))
                        .filter(|d| !is_back_reference(sentence, d))
                        .map(|d| in_frame(dates, d, reference))
                })
                .or_else(|| {
                    // 当天 after a day its own sentence names, even the day of a report
                    // (电视台6月30日透露，辛格当天与埃斯珀通电话): that day.
                    // A plan's day is ahead of the report, a cancelled plan's (原订13日) need not be.
                    if !points_back_in(sentence) {
                        return None;
                    }
                    let ahead = planned && !sentence_cues.0.iter().any(|c| c.kind == CueKind::Cancelled);
                    let all = find_dates(sentence, reference?, ahead);
                    let back = all.iter().find(|d| {
                        is_back_reference(sentence, d)
                            && d.range.start < trigger_at
                            && !at_a_briefing(&sentence[d.range.end..])
                    })?;
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
                // 参加……会议; 周四，维斯特奇尔与台湾总统蔡英文，副总统赖清德会面; 在这个周一，……
                // 在金边共同见证了自贸协定的签署) dates all it
                // reports, unless what it dates is a report of it (9月19日，在……例行记者会上,
                // 2020年7月，纽约时报也曾引述……), or a later day before the
                // trigger moves on from it (8月11日，……，12日星期三将……会面，……并与……泽曼进行短暂会晤).
                .or_else(|| {
                    let opening = dates.first().filter(|d| {
                        ["", "在", "于"].contains(&&sentence[..d.range.start])
                            && sentence[d.range.end..]
                                .trim_start_matches(['上', '下', '午', '晚', '间'])
                                .starts_with('，')
                    })?;
                    if before_what_is_dated {
                        return None;
                    }
                    let between = &sentence[opening.range.end..trigger_at];
                    // Nor what it dates an announcement of (周三，……北京宣布对……阿扎尔……实施制裁).
                    let a_report = SAYING
                        .iter()
                        .chain(REPORT_VERBS)
                        .chain(REPORTING_OCCASIONS)
                        .chain(&["宣布"])
                        .any(|w| between.contains(w));
                    let latest = dates
                        .iter()
                        .rfind(|d| d.range.end <= trigger_at && !d.relative && !is_back_reference(sentence, d))
                        .unwrap_or(opening);
                    (!a_report).then(|| in_frame(dates, latest, reference))
                })
                // A contact after an arrival that opens the sentence with its day (周三晚抵达科西嘉岛
                // 阿雅克肖之后，……马克龙会晤了……) is of that day.
                .or_else(|| {
                    let first = dates.first().filter(|d| d.range.end <= clause.start)?;
                    let opening = clause_around(sentence, first.range.start);
                    let arrival = &sentence[first.range.end..opening.end];
                    let after_it = arrival.trim_end_matches(['，', ',']);
                    (opening.start == 0
                        && ["抵达", "到达", "飞抵"].iter().any(|w| arrival.contains(w))
                        && (after_it.ends_with("之后") || after_it.ends_with('后')))
                    .then(|| in_frame(dates, first, reference))
                })
                // A meeting on arrival (蓬佩奥抵达日本后已与……举行会谈) is of the day of the
                // arrival reported before.
                .or_else(|| {
                    let earlier = read.iter().rev().take(MERGE_WINDOW).map(|&i| text.sentence(i));
                    arrival_day(sentence, current.facts, trigger_at, earlier, reference)
                })
                // A time of day with no day before the trigger (蓬佩奥预计在中午跟丹麦外长……进行会谈)
                // is of the day the news is told.
                .or_else(|| {
                    let before = &sentence[clause.start.min(trigger_at)..trigger_at];
                    let bare_time = ["中午", "上午", "下午", "午后", "晚间", "晚上"].iter().any(|w| {
                        before.match_indices(w).any(|(i, _)| {
                            let prior = before[..i].chars().next_back();
                            !prior.is_some_and(|c| {
                                c.is_ascii_digit() || "日天周期一二三四五六七八九十末晚早今昨明号当".contains(c)
                            })
                        })
                    });
                    bare_time.then(|| reference.map(When::day)).flatten()
                })
                // A contact a saying of a wire story is told at or right after (马克宏与……罗哈尼
                // 通电话时强调; 在安卡拉和马斯会谈后表示), or one told as under way (正在德国柏林
                // 召开的欧盟会员国外长会议), with no day in its sentence: the saying is the news of
                // the dateline's day, and so is the contact.
                .or_else(|| {
                    let told_at =
                        !planned && dates.is_empty() && (said_at_the_contact(&sentence[trigger_end..]) || under_way);
                    let dateline = current.facts.dateline_sentence.filter(|_| told_at).map(|si| text.sentence(si))?;
                    find_dates(dateline, reference?, false).into_iter().next().map(|d| d.date)
                })
                // A contact retold with no day of its own, pointed to as the one told before
                // (习近平今天致电慰问……马克龙。……习近平在通话时提到; 本次是应蓬佩奥方面要求进行的
                // 会晤), is of the day the sentence before that told it names; not one told
                // again or recalled (再次, 第二次, 曾), nor one merely named again (特朗普也在总统
                // 办公室会见了刘鹤 may be another meeting).
                .or_else(|| {
                    let told = &sentence[clause.start.min(trigger_at)..clause.end.max(trigger_end)];
                    let again = ["再", "又", "第二次", "上次", "曾"].iter().any(|w| told.contains(w));
                    let pointed_to = ["本次", "这次", "此次", "该次", "这场", "此番", "是次"]
                        .iter()
                        .any(|w| sentence[clause.start.min(trigger_at)..trigger_at].contains(w))
                        || ["时", "中", "期间"].iter().any(|w| sentence[trigger_end..].starts_with(w));
                    if !dates.is_empty() || recalled || again || !pointed_to {
                        return None;
                    }
                    retold_day(text, resolved, si, &read, &people, trigger_kind, planned, reference)
                })
                // Talks told as a process in a phase (就贸易关系进行的谈判进入最后一周之际) have no
                // day of their own.
                .filter(|_| !in_a_phase(sentence, trigger_at, trigger_end))
                // A trip told as ending, or a contact of several days told as ending on the day
                // its sentence gives (为期两天的……峰会周五（12月11日）终于……), began as many days
                // before; a trip told as ending with no length has no first day in the text.
                .and_then(|d| {
                    let trip_ends = trigger_kind == ContactType::Visit
                        && ends_the_visit(sentence, &clause, trigger_at, trigger_end);
                    // Not a day after the end (周五在结束了对意大利两天访问后).
                    let ends_that_day = (trip_ends || ends_on_its_day(sentence, trigger_end))
                        && !words_up_to(&sentence[trigger_end..], "，。；,;", 8).contains('后');
                    let length = || length_in_days(&sentence[clause.start.min(trigger_at)..trigger_at]);
                    match ends_that_day.then(length).flatten() {
                        Some(days) => first_of(d, days),
                        None if trip_ends => None,
                        None => Some(d),
                    }
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
                    && !cancellation_not_asserted(sentence, c)
                    && !delayed_briefly(sentence, c)
                    // A meeting refused (遭教宗拒见) calls off no trip it was to be part of.
                    && !(&sentence[c.range.clone()] == "拒见" && trigger_kind == ContactType::Visit)
                    // Nor does a plan kept (按照原计划在2020年结束脱欧过渡期), a cancellation that
                    // sets the time of the trigger after it (在访台行程取消后改以视频方式……通话), or one
                    // in a later clause of what was done while the contact went on (川普2018年访问
                    // 法国时，取消造访……美国公墓).
                    && !plan_kept(sentence, c)
                    && !sets_the_time(sentence, c, trigger_at)
                    && !(c.range.start >= clause.end && told_as_a_time(sentence, trigger_end, &clause))
            };
            // The part of a cut trip that is kept (缩短了行程，只保留了访问日本的部分) is not called off
            // by the plan of the earlier clause (原本还会访问蒙古和韩国).
            let kept = ["只保留", "仅保留", "保留了"]
                .iter()
                .any(|w| sentence[clause.start.min(trigger_at)..trigger_at].contains(w));
            let cancelled = !on_schedule
                && !in_doubt
                && (sentence_cues.0.iter().filter(cancels).any(|c| {
                    // A later clause's cancellation of a contact of its own, with other sides
                    // (……举行「四方安全对话」，……蓬佩奥取消访问韩国), is that contact's.
                    let later = clause_around(sentence, c.range.start);
                    // (A trip noun is a contact of its own too: 将会造访日本，但取消韩国及蒙古行程.)
                    let of_its_own = || {
                        (current.facts.triggers.iter().any(|&(at, _)| at != trigger_at && later.contains(&at))
                            || ["行程", "之行"].iter().any(|w| sentence[later.clone()].contains(w)))
                            && current
                                .facts
                                .countries
                                .iter()
                                .any(|(at, k)| later.contains(at) && !countries.iter().any(|x| x == k))
                    };
                    c.range.start >= clause.start && (c.range.start < clause.end || !of_its_own())
                }) || !kept
                    && sentence_cues.0.iter().filter(cancels).filter(|c| c.range.end <= clause.start).any(|c| {
                        // Not a clause of time (在星期五暂停了24小时谈判之后，…电话决定重启谈判).
                        let earlier = clause_around(sentence, c.range.start);
                        current.facts.triggers.iter().any(|(at, _)| earlier.contains(at))
                            && !sentence[earlier].ends_with('后')
                    }));
            // Put off to a day ahead (推迟至9月10日举行): planned for that day.
            let moved_ahead = moved_to.is_some() && date.zip(reference).is_some_and(|(d, r)| d.first() > r);
            let cancelled = !moved_ahead
                && (cancelled
                    || attempt_failed(sentence, &clause, trigger_at, trigger_end)
                    || counterfactual(sentence, &clause, trigger_at)
                    || planned && plan_ended_by_death(sentence, trigger_end)
                    || rumour_denied(sentence, &clause));
            // The day a cancelled contact was called off (本周二（8月19日），特朗普称是他推迟了与中国
            // 的会谈; 3月，以新冠疫情蔓延为由延期的……习近平对日访问; 当时……，以致川普取消原定访问丹麦
            // 的行程) is not the day it was due: a day, or a back reference, before a cue that calls it
            // off ahead of the trigger, with no word of the plan's time before the day (原定15日举行、
            // 后被推迟的会谈 keeps its day; 吕特也延后原订14日……的会面 has its day after the cue).
            let date = date.filter(|&w| {
                let Some(cue) = cancelled
                    .then(|| {
                        sentence_cues
                            .0
                            .iter()
                            .filter(cancels)
                            .filter(|c| c.range.end <= trigger_at)
                            .map(|c| c.range.start)
                            .max()
                    })
                    .flatten()
                else {
                    return true;
                };
                let set_for = |d: &&DateMention| {
                    PLAN_TIMES.iter().any(|p| words_before(&sentence[..d.range.start], 6).contains(p))
                };
                let own: Vec<&DateMention> = dates.iter().filter(|d| d.date == w).collect();
                if own.is_empty() {
                    !points_back_in(&sentence[..cue]) || points_back_in(&sentence[cue..])
                } else {
                    !own.iter().all(|d| d.range.end <= cue && !set_for(d))
                }
            });
            let status = if cancelled {
                Status::Cancelled
            } else if talked_of.is_some() || date.zip(reference).is_some_and(|(d, r)| d.first() > r)
                // A part of this month still ahead (菅义伟10月中旬访问越南 told on 1 October).
                || later_this_month(&sentence[clause.start.min(trigger_at)..trigger_at], reference)
                // What something reported came on the eve of (就在王毅到访法国的前夕，……公布) is
                // still ahead, where the sentence recalls no past (曾, a year).
                || date.is_none() && cues::on_its_eve(sentence, trigger_end) && !sentence.contains(['曾', '年'])
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
                && (sentence_cues.recalling_before(sentence, trigger_at).next().is_some()
                    || date.is_none() && !in_lead
                    || date.zip(reference).is_some_and(|(d, r)| {
                        r.checked_sub_days(chrono::Days::new(31)).is_some_and(|month_before| d.last() < month_before)
                    }));
            // A tour's stops named in one breath have no day of their own: the tour's days
            // are not any one stop's. So are meetings one after another on a tour (先后在1月11-16日
            // 期间跟缅甸、印尼、文莱、菲律宾国家领导人进行会晤).
            let one_after_another = trigger_kind == ContactType::Meeting
                && ["先后", "依次", "相继"].iter().any(|w| sentence[..trigger_at].contains(w));
            let tour =
                (trigger_kind == ContactType::Visit || one_after_another) && countries.len() > 2 && people.len() <= 1;
            // A month or a year holds every stop (2001年，法国总统希拉克曾先后访问立陶宛、拉脱维亚
            // 和爱沙尼亚); the day a tour in a stated order starts (a day before 起 is no contact's
            // of its own) is its first stop's (彭佩奥将从10月6日起，先后到访日本、韩国和蒙古),
            // which `split_bilateral` gives it alone; so is a day the tour is told on.
            let in_order = tour
                && trigger_kind == ContactType::Visit
                && ["先后", "依次"].iter().any(|w| sentence[clause.start.min(trigger_at)..trigger_at].contains(w));
            let starts_on = || {
                let all = find_dates(sentence, reference?, planned);
                all.into_iter()
                    .find(|d| {
                        (before.start..trigger_at).contains(&d.range.start)
                            && sentence[d.range.end..].starts_with('起')
                            && d.date.precision() == Precision::Day
                    })
                    .map(|d| d.date)
            };
            // A day told before stops in a stated order (周五先后走访了圭亚那和巴西) is its first
            // stop's too; not one after them (先后到访挪威、意大利、荷兰、法国，今天抵达德国).
            let told_before = |d: &When| dates.iter().any(|m| m.range.end <= trigger_at && m.date == *d);
            let date = date
                .filter(|d| !tour || in_order && told_before(d) || d.precision() != Precision::Day)
                .or_else(|| in_order.then(starts_on).flatten());
            let mut kind = trigger_kind;
            // A call at a country's mission (前往奥地利驻法使馆, 前往美国大使馆) is a meeting with it,
            // no trip to the country: the place right after the trip word.
            if kind == ContactType::Visit
                && current.facts.countries.iter().any(|&(at, _)| {
                    at >= trigger_end
                        && sentence[trigger_end..at].chars().count() <= 1
                        && ["使馆", "领事馆", "代表处"]
                            .iter()
                            .any(|w| words_up_to(&sentence[current.facts.end_of(at)..], "，。；、", 6).contains(w))
                })
            {
                kind = ContactType::Meeting;
            }
            // A visit whose host welcomes the traveller (鲁卡申柯2月曾欢迎蓬佩奥到访; 抵达沙乌地阿拉伯，
            // 获沙国王储穆罕默德．沙尔曼热情相拥欢迎) is their meeting.
            if kind == ContactType::Visit {
                match *people.as_slice() {
                    [host, traveller]
                        if welcoming_host(current.facts, resolved, sentence, trigger_at, traveller) == Some(host) =>
                    {
                        kind = ContactType::Meeting;
                    }
                    [traveller] => {
                        if let Some(host) = welcoming_host(current.facts, resolved, sentence, trigger_at, traveller)
                            .filter(|&h| resolved.people[h].country.as_ref().is_some_and(|c| countries.contains(c)))
                        {
                            people.push(host);
                            kind = ContactType::Meeting;
                        }
                    }
                    _ => {}
                }
            }
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
            // A summit of the world at large (美国当选总统拜登将在就职后举行的“全球民主峰会”) is one
            // however few of its members the text names.
            let of_the_world =
                ["全球", "世界", "国际", "多边"].iter().any(|w| words_before(&sentence[..trigger_at], 6).contains(w));
            // An organisation named as a party is a side (英国、法国与联合国共同主办的「气候雄心峰会」).
            // So is its host (由联合国，英国和法国主办的《气候雄心峰会》).
            let sides_named = countries.len()
                + named_parties.len()
                + hosts.organizations.iter().filter(|&o| !named_parties.contains(o)).count();
            if kind == ContactType::Summit && sides_named < 3 && summit.is_none() && !of_the_world {
                kind = ContactType::Meeting;
            }
            // A meeting or summit held by video (峰会采用视频形式召开, 通过视频连线举行会晤, 虚拟峰会),
            // or a call made by video (改以视频方式与台湾总统蔡英文通话).
            let by_video_mode = VIDEO_MODES.iter().any(|w| sentence[clause.clone()].contains(w));
            if (matches!(kind, ContactType::Meeting | ContactType::Summit)
                && (by_video_mode || ONLINE.iter().any(|w| sentence[..trigger_at].ends_with(w))))
                || (kind == ContactType::Phone && by_video_mode)
                || (video_told && current.in_title && matches!(kind, ContactType::Meeting | ContactType::Summit))
            {
                kind = ContactType::Video;
            }
            // A delegation that is a side of a meeting, call or video meeting takes part with its
            // head (日本吊唁团预计会晋见蔡英文总统, the group 由前首相森喜朗率领; 与森喜朗一行……与
            // 蔡英文举行会谈).
            if matches!(kind, ContactType::Meeting | ContactType::Phone | ContactType::Video)
                && let Some(head) = delegation_head(
                    current.facts,
                    resolved,
                    sentence,
                    written.body.as_str(),
                    clause.clone(),
                    trigger_at,
                )
                && !people.contains(&head)
                && resolved.people[head].country.as_ref().is_none_or(|c| countries.contains(c))
            {
                people.push(head);
            }
            let mut organizations = organizations_of(resolved, &people);
            if let Some(m) = summit
                && !organizations.contains(&m.organization)
            {
                organizations.push(m.organization.clone());
            }
            for org in named_parties {
                if !organizations.iter().any(|o| o == org) {
                    organizations.push(org.to_string());
                }
            }
            for &org in &hosts.organizations {
                if !organizations.iter().any(|o| o == org) {
                    organizations.push(org.to_string());
                }
            }
            // Contacts one after the other (分别与三国领导人会面) are no joint one, unless a summit;
            // nor are those of a clause that goes on from them (，并与三国外长举行会谈).
            let goes_on = ["并", "以及", "同时", "还"].iter().any(|w| sentence[clause.clone()].starts_with(w));
            let from = match sentence[..clause.start].char_indices().next_back() {
                Some((brk, _)) if goes_on => clause_around(sentence, brk).start,
                _ => clause.start.min(trigger_at),
            };
            // Bilateral talks (与越南和印度尼西亚总理举行了双边会谈) are held one by one too.
            let one_by_one =
                ["分别", "先后", "先後", "逐一", "各自"].iter().any(|w| sentence[from..trigger_at].contains(w))
                    || sentence[trigger_at..].starts_with("双边");
            // Sides named as one group in the clause (四国外长), not the group of another contact
            // word (来日参加四国外长会谈的澳大利亚、印度外长了举行会谈).
            let names_its_group = MULTILATERAL.find_iter(&sentence[clause.clone()]).any(|m| {
                let end = clause.start + m.end();
                !current.facts.triggers.iter().any(|&(t, _)| {
                    t != trigger_at && t >= end && t < clause.end && sentence[end..t].chars().count() <= 4
                })
            });
            // Partners met before a joint appearance of all (在会晤爱沙尼亚、芬兰与拉脱维亚外长后，于
            // 拉脱维亚首都里加举行的联合记者会上表示) were met together, in one joint meeting.
            let joint_appearance =
                countries.len() >= 3 && clause.end < sentence.len() && sentence[clause.clone()].ends_with('后') && {
                    let next =
                        sentence[clause.end..].chars().next().map_or(sentence.len(), |c| clause.end + c.len_utf8());
                    JOINT_APPEARANCES.iter().any(|w| sentence[clause_around(sentence, next)].contains(w))
                };
            // Partner countries listed after 与 / 同 / 跟 with no one named (朝鲜一方面与美国和韩国举行
            // 会晤, 日本政府决定同中国包括港澳台、韩国等国家和地区就……开展磋商) are met one by one,
            // as partners of several countries named by person are, unless the text calls the event
            // joint: one country before the marker, two or more after it.
            let partners_apart = people.is_empty() && countries.len() >= 3 && !names_its_group && {
                let from = clause.start.min(trigger_at);
                sentence[from..trigger_at].find(['与', '同', '跟']).is_some_and(|m| {
                    let marker = from + m;
                    let named = |range: std::ops::Range<usize>| {
                        current.facts.countries.iter().filter(|&&(at, _)| range.contains(&at)).count()
                    };
                    named(from..marker) == 1 && named(marker..trigger_at) >= 2
                })
            };
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
                    || mediated
                    || hosted
                    || joint_appearance
                    || !one_by_one
                        && (names_its_group
                            || named_as_one(current.facts, sentence, &clause, trigger_at)
                            || joint_event(current.facts, sentence, &people, trigger_kind, trigger_at, &clause)),
            };
            // The hosts a trip's summary lists (到访美国首都华盛顿，并与美国副总统彭斯、国务卿
            // 蓬佩奥及国会众议院议长佩洛西等美方政要进行了会面), or its headline (拉布访美与彭斯、
            // 蓬佩奥及佩洛西会面), or a stay of several days (王毅24日-25日访问了日本，与日本首相
            // 菅义伟、日本官房长官加藤胜信、外相茂木敏充举行会谈), are met one by one (not a
            // party of a few, 与二人及美国驻法大使麦考特等人进行了会谈), and so are
            // people met one after the other (分别与加藤胜信和菅义伟举行会谈, 先后与约翰逊和拉布
            // 会面); people gathered from the whole sentence, not named in the trigger's clause,
            // were not met together either. Hosts named as the partners of one meeting on a trip
            // (抵达斯洛文尼亚，与斯洛文尼亚总统帕霍尔及总理杨萨和外交部长洛加尔……进行会谈)
            // are met together.
            let on_trip = current.facts.triggers[..ti].iter().any(|&(_, k)| k == ContactType::Visit);
            let summed_up = on_trip
                && (current.in_title
                    || several_days(&sentence[..trigger_at])
                    || current.facts.people.iter().any(|&(at, p)| {
                        at < trigger_at && people.contains(&p) && {
                            let after = &sentence[current.facts.end_of(at)..];
                            after.starts_with('等') && !after.starts_with("等人")
                        }
                    }));
            let subject = current.facts.people.first().map(|&(_, p)| p);
            let in_clause = |p: usize| current.facts.people.iter().any(|&(at, q)| q == p && clause.contains(&at));
            // The traveller of a sentence with no subject (期间，会与帕罗林以及盖拉格……会面) is its
            // subject; not one 他 stands for, who may recall meetings one by one (他还在与蓬佩奥和
            // 佩洛西的会面后).
            let named = |p: usize| current.facts.people.iter().any(|&(_, q)| q == p);
            let pronoun = refers_to_person(&sentence[..trigger_at]);
            let named_together = !one_by_one
                && !summed_up
                && !partners_apart
                && people.iter().all(|&p| Some(p) == subject || in_clause(p) || (!named(p) && !pronoun));
            // People joined before a verb of attending a meeting (蓬佩奥和王毅预计将出席9日傍晚的东亚
            // 峰会外长会议; 默克尔预计将与……米歇尔和……冯德莱恩一起参加通话) attend it together: they
            // hold no meeting of two of their own. Not a meeting they are said to attend as its
            // sides (与普京共同出席的峰会, 有……佩恩和……雷诺兹参加的会谈), nor talks (参加了第三轮
            // 印加高层对话: the talks are theirs).
            let talks = ["对话", "谈判", "磋商", "会谈"].contains(&&sentence[trigger_at..trigger_end]);
            let attended_together = !talks && {
                let from = clause.start.min(trigger_at);
                let verb =
                    TAKING_PART.iter().filter_map(|v| sentence[from..trigger_at].find(v).map(|i| (from + i, v))).min();
                verb.is_some_and(|(verb_at, verb)| {
                    let named = |range: std::ops::Range<usize>| {
                        current.facts.people.iter().filter(|&&(at, _)| range.contains(&at)).count()
                    };
                    let described = sentence[verb_at + verb.len()..].starts_with('的');
                    named(from..verb_at) >= 2
                        && named(verb_at..trigger_at) == 0
                        && !described
                        && sentence[from..verb_at].contains(['与', '和', '同', '跟', '及'])
                        && !sentence[from..verb_at].contains("邀请")
                })
            };
            if attended_together
                && contact.kind != ContactType::Summit
                && !contact.multilateral
                && contact.countries.len() + contact.organizations.len() <= 2
            {
                continue;
            }
            // A summons is of the envoys of the countries named after it, by the one named
            // before it; with that one unnamed (莫斯科当局曾召见德国、法国与瑞典等国的大使) the
            // envoys met no side the text names.
            let summons = is_summons(sentence, trigger_at);
            let summoner_named = contact.countries.first().is_some_and(|home| {
                current.facts.countries.iter().any(|&(at, c)| at < trigger_at && c == home.as_str())
            });
            if summons && contact.countries.len() > 2 && !summoner_named {
                continue;
            }
            let parts = if summons {
                split_summons(contact, resolved)
            } else {
                split_bilateral(contact, resolved, named_together)
            };
            for c in parts {
                if current.in_title {
                    merge_title_or_push(&mut contacts, c);
                } else {
                    merge_or_push(&mut contacts, c);
                }
            }
        }
        contact_words_read |= current.facts.triggers.iter().any(|&(_, k)| k != ContactType::Visit);
        if !current.in_title
            && let Some(met) = dealt_with_on_trip(sentence, current.facts, resolved, &contacts)
                .or_else(|| faced_on_trip(sentence, current.facts, resolved, &contacts))
        {
            let evidence = written.sentence(si).to_string();
            let date = day_of_its_own(sentence, reference).or(met.date);
            merge_or_push(&mut contacts, Contact { evidence, date, topics: topics.find(sentence), ..met });
        }
        // Who the sentence names attending a contact (获邀参加对话的……王美花, 参加这次视讯会议的有马克龙
        // 总统), once its own contacts are in.
        join_named_attendees(&mut contacts, resolved, sentence, current.facts);
        remember(&mut recent, current.facts);
        read.push(si);
    }
    for reception in receptions {
        receive(&mut contacts, resolved, reception);
    }
    for (hosts, at) in hostings {
        join_hosts(&mut contacts, resolved, &hosts, at);
    }
    leave_out_the_dead(&mut contacts, resolved, reference);
    leave_out_private_persons(&mut contacts, resolved);
    absorb_visits_met_as_meetings(&mut contacts, resolved);
    date_joint_meetings(&mut contacts);
    trips::settle_trips(&mut contacts, text, written, resolved, reference);
    contacts.iter_mut().for_each(Contact::assign_codes);
    contacts
}

/// People named in a sentence, most salient last, for 他/她 in later sentences: the last
/// [`MERGE_WINDOW`] of them. Within a sentence the one named first, its subject, is the most
/// salient (蓬佩奥昨天会晤了……内塔尼亚胡和……拉布。他今天在喀土穆与……汉道克……会面: 他 is 蓬佩奥).
fn remember(recent: &mut Vec<usize>, f: &SentenceFacts) {
    for &(_, p) in f.people.iter().rev() {
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

/// Whether the trigger at `trigger_at` is a summons (召见, 约见): of the envoys of the countries
/// named after it, never of the sides of a contact told before it.
fn is_summons(sentence: &str, trigger_at: usize) -> bool {
    ["召见", "约见"].iter().any(|w| sentence[trigger_at..].starts_with(w))
}
