//! Summits and joint events: the summit of an organisation with its members and their leaders
//! or ministers, whether a contact is one joint event, attendees and people present joined to
//! the meeting just reported, and a host's reception of a group joined to the article's
//! meeting of it.

use super::cues::{CueKind, SentenceCues};
use super::filters::DENIALS;
use super::offices::{HEADS, OFFICES, countries_of_office, holds_one_of, side_organization, sole_holder};
use super::sides::{close_after, side_by_side};
use super::{
    Contact, ContactType, MERGE_WINDOW, MULTILATERAL, SentenceFacts, Status, clause_around, past_asides, words_up_to,
};
use crate::dates::When;
use crate::dict::Membership;
use crate::resolve::{Entity, Resolved};
use regex::Regex;
use std::sync::LazyLock;

/// The organisation whose summit the trigger at `trigger_at` names: one with members, named
/// right before a summit or meeting word (东盟峰会, 欧盟领导人峰会, 北约外长会议), past quotes and
/// a bracketed aside.
pub(super) fn summit_of<'m>(
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
    let before_ordinal = ORDINAL_AT_END.find(gap).map_or(gap, |m| &gap[..m.start()]);
    let in_gap = |at: usize| (from..trigger_at).contains(&at);
    let held_there = ["举行", "召开"].iter().any(|w| before_ordinal.ends_with(w))
        && gap.chars().count() <= 60
        && !gap.contains(['。', '；', '与', '和', '同', '跟'])
        && !f.people.iter().any(|&(at, _)| in_gap(at))
        && !f.countries.iter().any(|&(at, _)| in_gap(at) && !sentence[..at].ends_with('在'))
        && !f.triggers.iter().any(|&(at, _)| in_gap(at));
    // Or it is named right before, past its leaders and the meeting's ordinal (金砖国家领导人第十二次
    // 视频峰会).
    let right_before = before_ordinal.chars().count() <= 6 && !breaks(gap) && !gap.contains('、');
    let close = with_partners || held_there || right_before;
    close.then(|| memberships.iter().find(|m| m.organization == organization)).flatten()
}

/// Whether the summit at `trigger_at` is only where another contact of its clause is held, on
/// its margins (习近平在杭州G20峰会与朴槿惠会晤, 拜登在北约峰会间隙与埃尔多安会谈): named after 在,
/// with nothing but a place between, and followed in the clause by a meeting or call word whose
/// partner is named after the summit. The summit is the occasion, no contact of the two, and its
/// organisation no side of theirs.
pub(super) fn venue_of_another(
    f: &SentenceFacts,
    sentence: &str,
    clause: &std::ops::Range<usize>,
    trigger_at: usize,
) -> bool {
    let before = &sentence[clause.start.min(trigger_at)..trigger_at];
    let Some(at_place) = before.rfind('在') else {
        return false;
    };
    let place_from = clause.start.min(trigger_at) + at_place + '在'.len_utf8();
    let nothing_between = sentence[place_from..trigger_at].chars().count() <= 15
        && !f.people.iter().any(|&(at, _)| (place_from..trigger_at).contains(&at))
        && !f.triggers.iter().any(|&(at, _)| (place_from..trigger_at).contains(&at));
    // The other contact names its partner after the summit (与朴槿惠会晤, 会见朴槿惠); talks
    // said to be of two (期间举行双边会谈) are left to the caller.
    let trigger_end = f.end_of(trigger_at);
    let partner_after = |from: usize, to: usize| f.people.iter().any(|&(at, _)| (from..to).contains(&at));
    nothing_between
        && f.triggers.iter().any(|&(at, kind)| {
            let gap = &sentence[trigger_end..at.max(trigger_end)];
            at >= trigger_end
                && at < clause.end
                && matches!(kind, ContactType::Meeting | ContactType::Phone | ContactType::Video)
                && !gap.contains(['，', '、', '：', '；'])
                && (gap.contains(['与', '同', '跟', '和']) && partner_after(trigger_end, at)
                    || f.people.iter().any(|&(p, _)| p >= f.end_of(at) && close_after(sentence, f.end_of(at), p)))
        })
}

/// The ordinal of a meeting at the end of the words before it (召开第二场, 举行第36届,
/// 领导人第十二次).
static ORDINAL_AT_END: std::sync::LazyLock<regex::Regex> =
    std::sync::LazyLock::new(|| regex::Regex::new(r"第[一二三四五六七八九十百0-9]+[场届次轮]$").unwrap());

/// The country named as the organisation's partner right before it (法国与萨赫勒5国集团峰会), a
/// side beside the members.
pub(super) fn partner_before(
    f: &SentenceFacts,
    sentence: &str,
    trigger_at: usize,
    membership: &Membership,
) -> Option<String> {
    let &(at, _) = f.organizations.iter().rfind(|&&(at, o)| at < trigger_at && o == membership.organization)?;
    let before = sentence[..at].strip_suffix(['与', '和', '同'])?;
    f.countries.iter().find(|&&(c_at, _)| f.end_of(c_at) == before.len()).map(|&(_, c)| c.to_string())
}

/// The countries named as taking part in a summit of `membership` triggered at `trigger_at`:
/// where the summit is the title's news, the members the article names acting (`acting_if_news`)
/// and those of its holders of `roles`, the meeting's office; otherwise those the
/// trigger's clause (past bracketed asides) or the clause naming the organisation names, and
/// those of the sentence's holders of `roles`, the meeting's office. A member named elsewhere
/// in the sentence, or after the summit but not as one it lists, is a topic (习近平在APEC峰会
/// 上，表示……加入日本等11国参加的TPP).
pub(super) fn members_named<'a>(
    membership: &Membership,
    resolved: &'a Resolved,
    f: &SentenceFacts<'a>,
    sentence: &str,
    trigger_at: usize,
    acting_if_news: Option<&[&'a str]>,
    roles: &[&str],
) -> Vec<&'a str> {
    let named: Vec<&str> = if let Some(acting) = acting_if_news {
        // And the countries of the article's holders of the meeting's office.
        let holders = resolved.people.iter().filter(|p| holds_one_of(p, roles)).filter_map(|p| p.country.as_deref());
        acting.iter().copied().chain(holders).collect()
    } else {
        // 日本、美国、澳洲和印度组成的「四方安全对话」机制（……），拟于10月初召开外长会议.
        let organisation_clause = f
            .organizations
            .iter()
            .rfind(|&&(at, o)| at <= trigger_at && o == membership.organization)
            .map(|&(at, _)| clause_past_asides(sentence, at));
        let trigger_clause = clause_past_asides(sentence, trigger_at);
        let in_clauses =
            |at: &usize| trigger_clause.contains(at) || organisation_clause.as_ref().is_some_and(|r| r.contains(at));
        // And the countries of the sentence's holders of the meeting's office (美国国务卿蓬佩奥、
        // 澳洲外交部长潘恩……料将与会).
        let holders = f.people.iter().filter_map(|&(_, p)| {
            let person = &resolved.people[p];
            holds_one_of(person, roles).then_some(person.country.as_deref()).flatten()
        });
        f.countries
            .iter()
            .filter(|&&(at, _)| in_clauses(&at) && listed(f, sentence, trigger_at, at))
            .map(|&(_, c)| c)
            .chain(holders)
            .collect()
    };
    named.into_iter().filter(|c| membership.members.iter().any(|m| m == c)).collect()
}

/// Verbs after a country (or a list of them) that make it act in the news, as a side of it
/// may (荷兰，奥地利、丹麦和瑞典主张……, 德国和法国支持的): of taking a position or part. So does
/// an office after it (德国总理默克尔, 老挝副外长通潘). Not a country that is where, or what,
/// something is (在希腊及赛普勒斯水域, 意大利与土耳其有着能源联系, 法国和丹麦都有62%受访者).
const ACTING: &[&str] = &[
    "主张",
    "支持",
    "反对",
    "表示",
    "要求",
    "坚持",
    "同意",
    "拒绝",
    "提出",
    "力主",
    "让步",
    "接受",
    "否决",
    "出席",
    "与会",
    "参加",
    "参与",
    "呼吁",
    "希望",
    "认为",
    "警告",
    "批评",
    "提议",
    "阻挠",
    "威胁",
    "承诺",
    "宣布",
    "签署",
    "赞成",
    "强调",
    "指出",
    "称",
    "试图",
    "寻求",
    "决定",
    "计划",
    "计画",
    "准备",
    "愿意",
    "打算",
    "主办",
    "派",
    "国王",
    "王储",
    "扬言",
    "推动",
    "建议",
    "为代表",
    "作为",
];

/// Whether the words between two countries join them in one list (日本、美国, 荷兰，奥地利,
/// 德国和法国), past a word left over from an unknown name (马里塔尼亚、布基纳法索).
fn joins_a_list(gap: &str) -> bool {
    const JOINERS: &[&str] = &["、", "，", "和", "与", "及", "以及"];
    gap.is_empty()
        || JOINERS.contains(&gap)
        || JOINERS.iter().any(|j| gap.ends_with(j))
            && gap.chars().count() <= 5
            && !gap.contains(['。', '；', '：', '的', '在', '（', '('])
}

/// The countries the article names acting (see `ACTING`), each once: the members a summit
/// that is the article's news may have for sides.
pub(super) fn acting_countries<'d>(resolved: &Resolved<'d>, body: &str) -> Vec<&'d str> {
    let countries: Vec<(usize, usize, &str)> = resolved
        .located
        .iter()
        .filter_map(|l| match l.entity {
            Entity::Country(c) => Some((l.at, l.end, c)),
            _ => None,
        })
        .collect();
    let mut acting: Vec<&str> = Vec::new();
    let mut list_start = 0;
    for (i, &(_, end, _)) in countries.iter().enumerate() {
        // The list goes on with the next country.
        if countries.get(i + 1).is_some_and(|&(next, _, _)| body.get(end..next).is_some_and(joins_a_list)) {
            continue;
        }
        let after = body.get(end..).unwrap_or("");
        // Past a noun phrase that sums the list up (意大利和西班牙等高负债、处境艰难的南欧国家则呼吁,
        // 以波兰，匈牙利为首的东欧国家则拒绝).
        let after = ["等", "为首的"]
            .iter()
            .find_map(|w| after.strip_prefix(w))
            // (等国 is read below.)
            .filter(|rest| !rest.starts_with('国'))
            .and_then(|rest| {
                let phrase = words_up_to(rest, "，。；：", 16);
                let i = phrase.find("国家")?;
                // Not past what the list does (德国等表示支持这些国家).
                (!ACTING.iter().any(|w| phrase[..i].contains(w))).then(|| &rest[i + "国家".len()..])
            })
            .unwrap_or(after);
        // Past a comma before what all of the list do (巴西、俄罗斯、印度和南非，都不希望).
        let after = after.strip_prefix('，').filter(|rest| rest.starts_with(['都', '也', '均'])).unwrap_or(after);
        let after = [
            "等国", "等", "两国", "政府", "方面", "也", "都", "均", "则", "还", "已经", "已", "曾", "并", "不", "副",
            "代理",
        ]
        .iter()
        .fold(after, |a, w| a.strip_prefix(w).unwrap_or(a));
        // Past where it acts (法国与德国在本月早些时候举行的外长会议上提议).
        let after = after
            .strip_prefix('在')
            .and_then(|rest| {
                let place = words_up_to(rest, "，。；：、", 24);
                place.rfind('上').map(|i| &rest[i + '上'.len_utf8()..])
            })
            .unwrap_or(after);
        let acts = ACTING.iter().any(|w| after.starts_with(w)) || OFFICES.iter().any(|(w, _)| after.starts_with(w));
        if acts {
            for &(_, _, c) in &countries[list_start..=i] {
                if !acting.contains(&c) {
                    acting.push(c);
                }
            }
        }
        list_start = i + 1;
    }
    acting
}

/// `countries` without those the sentence names only after the summit at `trigger_at`, not as
/// ones it lists (主办20国集团峰会……的努力、阿塞拜疆与亚美尼亚的边境冲突), unless one of `people`
/// is of them.
pub(super) fn without_topics_after(
    resolved: &Resolved,
    f: &SentenceFacts,
    sentence: &str,
    trigger_at: usize,
    people: &[usize],
    countries: Vec<String>,
) -> Vec<String> {
    let about = |c: &String| {
        f.countries
            .iter()
            .filter(|(_, k)| k == c)
            .all(|&(at, _)| at > trigger_at && !listed(f, sentence, trigger_at, at))
            && !people.iter().any(|&p| resolved.people[p].country.as_ref() == Some(c))
    };
    countries.into_iter().filter(|c| !about(c)).collect()
}

/// Whether a country named at `at` may take part in the summit of the trigger at
/// `trigger_at`: named before it, or after it as one it lists (峰会（美国、日本……）, 峰会，包括
/// ……); not what it or another thing was about (主办20国集团峰会走出……困局的努力、阿塞拜疆与
/// 亚美尼亚的边境冲突).
fn listed(f: &SentenceFacts, sentence: &str, trigger_at: usize, at: usize) -> bool {
    let gap = sentence.get(f.end_of(trigger_at)..at).unwrap_or("");
    at < trigger_at || gap.starts_with(['（', '(']) || ["包括", "成员", "与会"].iter().any(|w| gap.contains(w))
}

/// The clause around `at`, where a comma inside brackets breaks none (美国、日本、印度及澳洲外长的
/// “四方安全对话”（Quadrilateral Security Dialogue，简称Quad）会议); within brackets, the clause
/// around them (「四方安全对话」机制（Quadrilateral Security Dialogue, Quad）).
fn clause_past_asides(sentence: &str, at: usize) -> std::ops::Range<usize> {
    const OPENING: [char; 2] = ['（', '('];
    const CLOSING: [char; 2] = ['）', ')'];
    let is_break = |c: char| matches!(c, '，' | ',' | '：' | ':' | '；');
    let at = first_outside_brackets(sentence[..at].char_indices().rev(), CLOSING, OPENING, |c| OPENING.contains(&c))
        .map_or(at, |(i, _)| i);
    let start = first_outside_brackets(sentence[..at].char_indices().rev(), CLOSING, OPENING, is_break)
        .map_or(0, |(i, c)| i + c.len_utf8());
    let end = first_outside_brackets(sentence[at..].char_indices(), OPENING, CLOSING, is_break)
        .map_or(sentence.len(), |(i, _)| at + i);
    start..end
}

/// The first of `chars` that `wanted` takes outside the brackets they enter (`into` enters
/// one, `out_of` leaves it).
fn first_outside_brackets(
    chars: impl Iterator<Item = (usize, char)>,
    into: [char; 2],
    out_of: [char; 2],
    wanted: impl Fn(char) -> bool,
) -> Option<(usize, char)> {
    let mut depth = 0i32;
    for (i, c) in chars {
        if into.contains(&c) {
            depth += 1;
        } else if depth <= 0 && wanted(c) {
            return Some((i, c));
        } else if out_of.contains(&c) {
            depth -= 1;
        }
    }
    None
}

/// The sides of a summit: the sides the sentence names and the members `named` as taking part;
/// and, at a meeting of `leaders`, the heads of state or government of those members whom the
/// sentence names (or, where the summit is the article's `news`, the article), at one of
/// `ministers`, the holders of that office.
pub(super) fn summit_sides(
    named: &[&str],
    sides: Option<(Vec<usize>, Vec<String>)>,
    resolved: &Resolved,
    f: &SentenceFacts,
    news: bool,
    leaders: bool,
    ministers: Option<&[&str]>,
) -> (Vec<usize>, Vec<String>) {
    let (mut people, mut countries) = sides.unwrap_or_default();
    for &c in named {
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

/// Whether three or more people of a contact take part in one joint event rather than in
/// one contact per partner (X与A、B会谈 is one per partner of another country): named side by
/// side before the trigger (A、B和C举行了外长会议), or an event the text calls joint
/// (视频会议, 峰会, 外长会议, 三方, 四国), unless they met 分别 (each on their own).
pub(super) fn joint_event(
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
        || group_acts_after(sentence, clause.end, people.len())
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

/// The guests of a host named together as one group that acts next (接待了以色列总理……、阿联酋
/// 外长……及巴林外交大臣……，三国代表在白宫签署了关系正常化协议): a clause after the contact's
/// opens with "N国" and their office, N the number of guests (or of all the people).
static GROUP_ACTING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[，,]\s*(?:随后|之后|并由|由)?([二两三四五六七八九]|[2-9])国(?:代表|外长|领导人|首脑|元首|部长|总理|官员|代表团)").unwrap()
});

/// Whether the clause after `clause_end` opens with a group of as many countries as the guests
/// of a contact of `participants` people, or as all of them.
fn group_acts_after(sentence: &str, clause_end: usize, participants: usize) -> bool {
    GROUP_ACTING.captures(&sentence[clause_end..]).is_some_and(|c| {
        let n = match &c[1] {
            "二" | "两" => 2,
            d => crate::dates::chinese_number(d).unwrap_or(0) as usize,
        };
        n + 1 == participants || n == participants
    })
}

/// Whether the ministers or leaders of three countries or more are named as one, the subject
/// of the contact (美日澳印外长会谈, 日中韩首脑会谈), not its partners (拜登与日韩澳领导人通电话).
pub(super) fn named_as_one(
    f: &SentenceFacts,
    sentence: &str,
    clause: &std::ops::Range<usize>,
    trigger_at: usize,
) -> bool {
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

/// Verbs of attending a meeting; with no object, or a meeting word only, they point back to
/// the meeting just reported (茂木敏充、潘恩、苏杰生也确定出席).
pub(super) const ATTENDING: &[&str] = &["出席", "与会", "参加", "列席"];

/// Verbs of attending or taking part in a contact (出席, 参与).
pub(super) const TAKING_PART: &[&str] = &["出席", "与会", "参加", "列席", "参与"];

/// Adds to the last multilateral meeting the people a sentence says attend it, with no
/// meeting of their own named (除蓬佩奥外、日本外相茂木敏充、澳洲外交部长潘恩……也确定出席):
/// those of its countries, named before the verb. Those who 也 attended (保安局局长李家超也有
/// 出席) join the last meeting, of two sides or more.
///
/// Returns where the meeting word the verb takes (出席峰会) starts, if the sentence's people
/// joined a meeting with it: that word names the meeting joined, no contact of its own.
pub(super) fn join_attendees(
    contacts: &mut [Contact],
    resolved: &Resolved,
    sentence: &str,
    f: &SentenceFacts,
    memberships: &[Membership],
) -> Option<usize> {
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
    // One who 也 attended (保安局局长李家超也有出席) joins even a meeting of two sides.
    let verb_start = ATTENDING.iter().find(|v| sentence[..verb_end].ends_with(*v)).map(|v| verb_end - v.len())?;
    let before_verb = sentence[..verb_start].trim_end_matches(['有', '都', '均']);
    let also = before_verb.ends_with(['也', '亦']);
    // So does one who 也 attends past a modal (冯德莱恩和……米歇尔也将参加视频会议), or with others
    // named (默克尔预计将与……米歇尔和……冯德莱恩一起参加通话), the call or video meeting the verb
    // names: the last contact of that kind.
    let mut past_modals = before_verb;
    while let Some(rest) = MODALS.iter().find_map(|m| past_modals.strip_suffix(m)) {
        past_modals = rest;
    }
    let together = ["一起", "一同", "共同"].iter().any(|w| past_modals.ends_with(w))
        && sentence[..verb_start].contains(['与', '和', '同', '跟']);
    let object = sentence[verb_end..].trim_start_matches('了');
    let word = MEETINGS_JOINED.iter().find(|w| object.starts_with(*w));
    let kinds: &[ContactType] = match word {
        Some(w) if w.contains("通话") || w.contains("电话") => &[ContactType::Phone, ContactType::Video],
        Some(w) if w.starts_with("视") => &[ContactType::Video],
        _ => &[ContactType::Meeting, ContactType::Summit, ContactType::Video],
    };
    let named_kind = kinds.len() < 3;
    let joins_its_kind = named_kind && (past_modals.ends_with(['也', '亦']) || together);
    let meeting = contacts
        .iter_mut()
        .rev()
        .take(MERGE_WINDOW)
        // A contact of two sides reported by its countries alone (中美两国经贸磋商代表将很快举行正式
        // 会谈) has its people still to be named: those who attend it, in a later sentence (刘鹤和
        // 莱特希泽将出席), are its people.
        .find(|c| {
            (c.countries.len() >= 3 || also || joins_its_kind || c.people.is_empty()) && kinds.contains(&c.kind)
        })?;
    // Who joins a call or video meeting so may also be an official of an international organisation
    // (欧盟委员会主席冯德莱恩), or of a member of an organisation it has for a side (默克尔, with 欧盟).
    let members: Vec<&str> = memberships
        .iter()
        .filter(|m| meeting.organizations.contains(&m.organization))
        .flat_map(|m| m.members.iter().map(String::as_str))
        .collect();
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
        let of_its_countries = person.country.as_ref().is_some_and(|c| meeting.countries.contains(c));
        let of_its_side = joins_its_kind
            && (side_organization(person).is_some() || person.country.as_deref().is_some_and(|c| members.contains(&c)));
        if (at < verb_end || added_after.as_ref().is_some_and(|r| r.contains(&at)))
            && (of_its_countries || of_its_side)
            && !meeting.people.contains(&person.id)
        {
            meeting.people.push(person.id.clone());
            if let Some(c) = &person.country
                && !meeting.countries.contains(c)
            {
                meeting.countries.push(c.clone());
            }
            if let Some(o) = side_organization(person)
                && !meeting.organizations.contains(o)
            {
                meeting.organizations.push(o.clone());
            }
        }
    }
    let object_at = sentence.len() - object.len();
    let word = word?;
    f.triggers.iter().map(|&(at, _)| at).find(|at| (object_at..object_at + word.len()).contains(at))
}

/// Words that say who was there (吴钊燮和邱义仁都在那里, ……也在场), at the end of a clause.
const PRESENT: &[&str] = &["在场", "在座", "在那里", "在现场"];

/// Adds to the last meeting held the people a clause says were there (外交部长吴钊燮和“台湾日本
/// 关系协会”会长邱义仁都在那里): those named before the word, of the meeting's countries, with
/// no contact word between.
pub(super) fn join_those_present(contacts: &mut [Contact], resolved: &Resolved, sentence: &str, f: &SentenceFacts) {
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

/// Adds to the recent contacts of its kind the people a sentence lists as also taking part in
/// them (参加李克强与西荷首脑通话的中方高官，还有中国外长王毅、国家发改委主任何立峰): those named
/// after 还有 / 包括, past a verb of attending with a contact word and 的 before it, of the
/// contact's countries.
pub(super) fn join_listed_participants(
    contacts: &mut [Contact],
    resolved: &Resolved,
    sentence: &str,
    f: &SentenceFacts,
) {
    let Some(verb_at) = TAKING_PART.iter().filter_map(|v| sentence.find(v)).min() else {
        return;
    };
    let Some(list_at) =
        ["还有", "包括"].iter().filter_map(|w| sentence[verb_at..].find(w).map(|i| verb_at + i + w.len())).min()
    else {
        return;
    };
    let Some(&(_, kind)) = f.triggers.iter().find(|&&(t, _)| t > verb_at && t < list_at) else {
        return;
    };
    if !sentence[verb_at..list_at].contains('的') {
        return;
    }
    // The contacts of a person named in what is attended (李克强与西荷首脑通话: both calls),
    // else the last one.
    let named: Vec<&String> = f
        .people
        .iter()
        .filter(|&&(at, _)| at > verb_at && at < list_at)
        .map(|&(_, p)| &resolved.people[p].id)
        .collect();
    let window = contacts.len().saturating_sub(MERGE_WINDOW);
    let of_kind = |c: &Contact| c.kind == kind && !c.background;
    let mut attended: Vec<usize> = (window..contacts.len())
        .filter(|&i| of_kind(&contacts[i]) && contacts[i].people.iter().any(|p| named.contains(&p)))
        .collect();
    if attended.is_empty() {
        attended.extend((window..contacts.len()).rev().find(|&i| of_kind(&contacts[i])));
    }
    for i in attended {
        let contact = &mut contacts[i];
        for &(at, p) in &f.people {
            let person = &resolved.people[p];
            if at >= list_at
                && person.country.as_ref().is_some_and(|k| contact.countries.contains(k))
                && !contact.people.contains(&person.id)
            {
                contact.people.push(person.id.clone());
            }
        }
    }
}

/// The words that may stand between a verb of attending and 的 in a relative clause that names
/// who attends (参加会谈的, 获邀参加对话的, 出席这次视讯会议的, 与会的).
const ATTENDED: &[&str] =
    &["视频会议", "视讯会议", "会议", "会谈", "对话", "高峰会", "峰会", "谈判", "磋商", "通话", "会面", "会晤"];

/// Adds to the last contact reported (the sentence's own, once read) the people a sentence names as attending it in a relative
/// clause (获邀参加对话的台湾经济部长王美花, 日本方面参加会谈的有外相茂木敏充, 与会的美国国家安全
/// 顾问罗伯特.奥布莱恩): each named a few words after 的 (or 的有) that closes a verb of attending
/// with no object, or with a meeting word only (此次, 这次 before it), of one of the contact's
/// countries. Not one who did not attend (未参加会议的), nor where the verb's object is a
/// contact of its own that the sentence reports (参加与菅义伟会谈的).
pub(super) fn join_named_attendees(contacts: &mut [Contact], resolved: &Resolved, sentence: &str, f: &SentenceFacts) {
    let Some(last) = contacts.iter_mut().rev().take(MERGE_WINDOW).find(|c| {
        matches!(c.kind, ContactType::Meeting | ContactType::Summit | ContactType::Video | ContactType::Phone)
            && !c.background
    }) else {
        return;
    };
    for &(at, p) in &f.people {
        let before = &sentence[..at];
        let Some(of) = before.rfind('的') else {
            continue;
        };
        // A few words of title between 的 (的有) and the name, in one clause.
        let title = before[of + '的'.len_utf8()..].trim_start_matches('有');
        if title.chars().count() > 14 || title.contains(['，', '。', '；', '：', '、']) {
            continue;
        }
        // 的 closes a verb of attending, with a meeting word (此次会谈) or none.
        let mut verb_end = before[..of].trim_end_matches('了');
        if let Some(rest) = ATTENDED.iter().find_map(|w| verb_end.strip_suffix(w)) {
            verb_end = ["此次", "这次", "本次", "这场", "此轮", "本轮", "该"]
                .iter()
                .find_map(|d| rest.strip_suffix(d))
                .unwrap_or(rest);
        }
        let Some(verb) = TAKING_PART.iter().find(|v| verb_end.ends_with(*v)) else {
            continue;
        };
        let verb_start = verb_end.len() - verb.len();
        let denied = DENIALS.iter().chain(&["无法", "未能", "缺席"]).any(|d| sentence[..verb_start].ends_with(d));
        // 参加与菅义伟会谈的: a contact of its own, which the sentence's trigger reports.
        let own_contact =
            f.triggers.iter().any(|&(t, _)| t < verb_start && clause_around(sentence, t).contains(&verb_start));
        let person = &resolved.people[p];
        if !denied
            && !own_contact
            && person.country.as_ref().is_some_and(|c| last.countries.contains(c))
            && !last.people.contains(&person.id)
        {
            last.people.push(person.id.clone());
        }
    }
}

/// Verbs of leading a side of talks or a delegation, right after 由 and a name (美方由柯拉克
/// 主谈, 由卫生福利部部长陈时中率团).
const LEADING: &[&str] = &["主谈", "率团", "率领", "带队", "领队", "领衔"];

/// Adds to the last contact reported the people a sentence says lead one of its sides (今天的
/// 对话……，美方由柯拉克主谈): each named a few words after 由 with a verb of leading right after
/// the name, of one of the contact's countries. Not one who leads a delegation on a trip or
/// to a contact of its own, named in the clause (陈正祺率团访美, 陈时中率团前往……日内瓦).
pub(super) fn join_leaders(contacts: &mut [Contact], resolved: &Resolved, sentence: &str, f: &SentenceFacts) {
    let Some(last) = contacts.last_mut() else {
        return;
    };
    for &(at, p) in &f.people {
        let after = &sentence[f.end_of(at)..];
        let clause = clause_around(sentence, at);
        let leads = LEADING.iter().any(|w| after[past_asides(after)..].starts_with(w))
            && !f.triggers.iter().any(|&(t, _)| t > at && clause.contains(&t));
        let after_by = sentence[..at].rfind('由').is_some_and(|i| {
            let gap = &sentence[i..at];
            gap.chars().count() <= 12 && !gap.contains(['，', '。', '；', '：', '、'])
        });
        let person = &resolved.people[p];
        if leads
            && after_by
            && person.country.as_ref().is_some_and(|c| last.countries.contains(c))
            && !last.people.contains(&person.id)
        {
            last.people.push(person.id.clone());
        }
    }
}

/// The words that name the meeting just reported as what is attended (出席此次会议, 出席峰会).
const MEETINGS_JOINED: &[&str] = &[
    "此次会议",
    "这次会议",
    "本次会议",
    "视频会议",
    "视讯会议",
    "电话会议",
    "会议",
    "此次峰会",
    "这次峰会",
    "本次峰会",
    "该峰会",
    "高峰会",
    "峰会",
    "视频通话",
    "视讯通话",
    "通话",
];

/// Modal words between 也 and a verb of attending (也将出席, 也预计将参加, 也可能出席).
const MODALS: &[&str] = &["将会", "预计将", "预计", "可能", "确定", "将", "会", "要", "能"];

/// A host met by a group the article's meeting of several countries holds (菅义伟在和“四国
/// 联盟”外长见面时说): the host, how many countries the group is of, if said, whether it is
/// planned, its day, if the sentence names one, and the report.
pub(super) struct Reception {
    pub(super) host: usize,
    pub(super) countries: Option<usize>,
    pub(super) planned: bool,
    pub(super) date: Option<When>,
    pub(super) evidence: String,
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
pub(super) fn group_reception(
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
pub(super) fn receive(contacts: &mut Vec<Contact>, resolved: &Resolved, reception: Reception) {
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

/// Verbs of hosting, chairing or convening a meeting (主持, 召集, 主办, 牵头, 邀集).
const HOSTING: &[&str] = &["主持", "召集", "主办", "牵头", "邀集"];

/// What may follow a verb of hosting that makes it a noun or another thing: the host as a
/// noun (主持人, 主办方, 主办单位, 主办国), or one under whose chair others talk (在……主持下).
const NOT_HOSTING_AFTER: &[&str] = &["人", "方", "单位", "国", "下", "权", "城市"];

/// One named before a verb of hosting.
#[derive(Clone, Copy)]
enum Named<'d> {
    Person(usize),
    Country(&'d str),
    Organization(&'d str),
}

/// Who hosts a meeting: the people, countries and international organisations named so.
#[derive(Default)]
pub(super) struct Hosts<'d> {
    pub(super) people: Vec<usize>,
    pub(super) countries: Vec<&'d str>,
    pub(super) organizations: Vec<&'d str>,
}

/// The hosts of the meeting whose word is at `trigger_at`: those named as the subject of a
/// verb of hosting whose object is that word, a few words after it in one clause (欧洲理事会
/// 主席米歇尔今天(周四）将召集欧盟27国领导人举行视频会议, 沙乌地国王沙尔曼（King Salman）将主持
/// G20高峰会), or in a relative clause before it (由联合国，英国和法国主办的《气候雄心峰会》, 美国
/// 主持的塞尔维亚与科索沃华盛顿峰会): the person, country or international organisation named
/// last before the verb, past words of time and modals only, and those listed with it. Not one
/// whose chairing is another thing than the meeting (汪文斌主持的例行记者会上，……见面).
pub(super) fn hosts_of<'d>(
    resolved: &Resolved<'d>,
    f: &SentenceFacts<'d>,
    sentence: &str,
    trigger_at: usize,
) -> Hosts<'d> {
    const BREAKS: [char; 8] = ['，', '。', '；', '：', ',', ';', ':', '！'];
    let mut hosts = Hosts::default();
    let before = &sentence[..trigger_at];
    let Some((verb_at, verb)) = HOSTING.iter().filter_map(|v| before.rfind(v).map(|i| (i, *v))).max_by_key(|&(i, _)| i)
    else {
        return hosts;
    };
    let verb_end = verb_at + verb.len();
    // The meeting word is the verb's object, a few words after it (召集欧盟27国领导人举行视频
    // 会议, 主办的《气候雄心峰会》), with no other contact word between.
    let object = &sentence[verb_end..trigger_at];
    if object.chars().count() > 24
        || object.contains(BREAKS)
        || NOT_HOSTING_AFTER.iter().any(|w| object.starts_with(w))
        || f.triggers.iter().any(|&(t, _)| t >= verb_at && t < trigger_at)
    {
        return hosts;
    }
    // The entities named before the verb, in order: people, countries and international
    // organisations.
    let intl = |id: &str| resolved.organizations.iter().any(|o| o.id == id && o.kind == "intl");
    let mut named: Vec<(usize, usize, Named)> = f
        .people
        .iter()
        .map(|&(at, p)| (at, Named::Person(p)))
        .chain(f.countries.iter().map(|&(at, c)| (at, Named::Country(c))))
        .chain(f.organizations.iter().filter(|&&(_, o)| intl(o)).map(|&(at, o)| (at, Named::Organization(o))))
        .filter(|&(at, _)| f.end_of(at) <= verb_at)
        .map(|(at, n)| (at, f.end_of(at), n))
        .collect();
    named.sort_by_key(|&(at, end, _)| (at, end));
    // The subject: named last, with words of time and modals only between it and the verb
    // (今天(周四）将, 将于明天, 明天将共同), past an English name in brackets.
    let Some(&(_, subject_end, _)) = named.last() else {
        return hosts;
    };
    let gap = &sentence[subject_end..verb_at];
    let gap = &gap[past_asides(gap)..];
    if gap.chars().count() > 12
        || gap.contains(BREAKS)
        || gap.contains(['的', '、'])
        || f.triggers.iter().any(|&(t, _)| t >= subject_end && t < verb_at)
    {
        return hosts;
    }
    // And those listed with it (联合国，英国和法国; 法国总统马克龙与联合国).
    // A comma joins only a list that ends with 和 / 与 (not 日本，美国主持的……峰会).
    const JOINERS: &[&str] = &["", "、", "，", "和", "与", "及", "以及", "同", "跟"];
    let mut first = named.len() - 1;
    let mut closed = false;
    while first > 0 {
        let (_, previous_end, _) = named[first - 1];
        let joiner = sentence.get(previous_end..named[first].0).unwrap_or("。");
        let joiner = &joiner[past_asides(joiner)..];
        if previous_end > named[first].0 || !JOINERS.contains(&joiner) || joiner == "，" && !closed {
            break;
        }
        closed |= !["", "、", "，"].contains(&joiner);
        first -= 1;
    }
    for &(_, _, n) in &named[first..] {
        match n {
            Named::Person(p) if !hosts.people.contains(&p) => hosts.people.push(p),
            Named::Country(c) if !hosts.countries.contains(&c) => hosts.countries.push(c),
            Named::Organization(o) if !hosts.organizations.contains(&o) => hosts.organizations.push(o),
            _ => {}
        }
    }
    hosts
}

/// Whether the meeting word at `trigger_at` names a meeting of several that its host may
/// chair in a sentence of its own (峰会, G20高峰会, 此次视频会议): a summit, one of an
/// organisation, or the one just reported.
pub(super) fn hosted_alone(sentence: &str, f: &SentenceFacts, trigger_at: usize, of_an_organisation: bool) -> bool {
    let word = &sentence[trigger_at..f.end_of(trigger_at)];
    of_an_organisation
        || word.ends_with("峰会")
        || ["此次", "这次", "本次"].iter().any(|w| sentence[..trigger_at].ends_with(w))
}

/// Adds to the article's meeting of several the people a sentence of their own names hosting
/// it (沙乌地国王沙尔曼……将主持G20高峰会; 法国总统马克宏将于明天主持视讯峰会), with no other side:
/// each joins the meeting (of three sides or more, a meeting, summit or video meeting) that
/// has the host's country, or its organisation, for a side, the first reported after the
/// host's sentence (`at`, the number of contacts before it), else the last before; unless
/// a meeting of the article has the host already.
pub(super) fn join_hosts(contacts: &mut [Contact], resolved: &Resolved, hosts: &[usize], at: usize) {
    let meeting = |c: &Contact| matches!(c.kind, ContactType::Meeting | ContactType::Summit | ContactType::Video);
    for &p in hosts {
        let host = &resolved.people[p];
        // One already at a meeting of the article (马来西亚总理穆希丁将主持……领袖峰会) has joined it.
        if contacts.iter().any(|c| meeting(c) && c.people.contains(&host.id)) {
            continue;
        }
        let hosted = |c: &Contact| {
            meeting(c)
                && !c.background
                && c.countries.len() + c.organizations.len() >= 3
                && match (&host.country, side_organization(host)) {
                    (Some(country), _) => c.countries.contains(country),
                    (None, Some(o)) => c.organizations.contains(o),
                    (None, None) => false,
                }
        };
        let Some(i) = (at..contacts.len())
            .find(|&i| hosted(&contacts[i]))
            .or_else(|| (0..at.min(contacts.len())).rev().find(|&i| hosted(&contacts[i])))
        else {
            continue;
        };
        contacts[i].people.push(host.id.clone());
        contacts[i].multilateral = true;
    }
}
