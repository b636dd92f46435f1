//! Dating: which date a sentence gives its contact (the nearest, read in the sentence's
//! frame), which dates are of something else (a report, a publication, a person's post, a
//! span), the article's lead paragraph and the day of an arrival a meeting follows.

use super::{ContactType, DATELINE, SentenceFacts, clause_around, words_before, words_up_to};
use crate::clean::Text;
use crate::dates::{DateMention, Precision, When, chinese_number, find_dates};
use crate::resolve::{Entity, Resolved};
use chrono::NaiveDate;
use regex::Regex;
use std::sync::LazyLock;

/// Whether a date belongs to a phrase that describes a person (9月甫出任日本首相的菅义伟):
/// a 的 closes it, right before a name, with no punctuation between.
pub(super) fn describes_person(sentence: &str, d: &DateMention, f: &SentenceFacts) -> bool {
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

/// A stay of several days: 为期四天, 24日-25日, 12～15日, 8日至10日.
static SEVERAL_DAYS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"为期[两二三四五六七八九十\d]+天|\d+日?\s*[-–—～~至到]\s*\d+日").unwrap());

/// Whether `text` tells of a stay of several days (王毅24日-25日访问了日本; 对美进行为期四天的
/// 国事访问): the hosts it then lists were not met all at once.
pub(super) fn several_days(text: &str) -> bool {
    SEVERAL_DAYS.is_match(text)
}

/// Whether a date opens a span of time up to now (1979年断交以来的常规, 自2019年以来): it
/// dates no contact. Not a day the contact is held on, with the verb that holds it between
/// (今天和以色列总理举行他胜选以来的第一次通话).
/// So does a day that starts a period closed by a comma (2014年开始，中印领导人……曾见面18次),
/// and one whose clause runs, past brackets, to 以来 (2月底情报指称呈交给川普的「总统每日简报」
/// （PDB）有提及俄国悬赏一事以来，他和蒲亭通电话至少8次).
pub(super) fn opens_a_span(sentence: &str, d: &DateMention) -> bool {
    let rest = &sentence[d.range.end..];
    if ["开始，", "开始,", "开始以来"].iter().any(|w| rest.starts_with(w)) {
        return true;
    }
    let held_before = |after: &str, i: usize| ["举行", "进行"].iter().any(|w| after[..i].contains(w));
    let within_brackets = words_up_to(rest, "，。；：,;:（）()", 24);
    if within_brackets.find("以来").is_some_and(|i| !held_before(within_brackets, i)) {
        return true;
    }
    // Past brackets, a contact before 以来 is the one the day dates (1972年（尼克松访问中国）以来).
    let past_brackets = words_up_to(rest, "，。；：,;:", 40);
    past_brackets.find("以来").is_some_and(|i| {
        !held_before(past_brackets, i) && !CONTACT_WORDS.iter().any(|w| past_brackets[..i].contains(w))
    })
}

/// The date nearest the trigger: the closest one before it, else the first after it.
pub(super) fn date_for(dates: &[DateMention], trigger_at: usize) -> Option<&DateMention> {
    dates
        .iter()
        .filter(|d| d.range.end <= trigger_at)
        .max_by_key(|d| d.range.end)
        .or_else(|| dates.iter().find(|d| d.range.start >= trigger_at))
}

/// The paragraph that is an article's lead: the first of the body that reports (twenty
/// characters or more), past a repeat of the title and a date or byline line (BBC pages open
/// with both).
pub(super) fn lead_paragraph(text: &Text) -> usize {
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
pub(super) fn in_frame(dates: &[DateMention], d: &DateMention, reference: Option<NaiveDate>) -> When {
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
pub(super) fn is_back_reference(sentence: &str, d: &DateMention) -> bool {
    BACK_REFERENCES.contains(&&sentence[d.range.clone()])
}

/// Words that point back to a day already named.
pub(super) const BACK_REFERENCES: &[&str] = &["当时", "当天", "当日", "同日", "同一天"];

/// Words that set the time a plan was for (原定15日, 预定9月), before its day.
pub(super) const PLAN_TIMES: &[&str] = &["原定", "原订", "原计划", "原本", "预定", "预订", "定于", "计划"];

/// Briefings a day or a back reference before them may name (在例行记者会上, 当天的记者会上).
const BRIEFINGS: &[&str] = &["记者会", "发布会", "简报会", "记者招待会", "吹风会"];

/// Whether the words after a day put it on a briefing (赵立坚在周一的例行记者会上回答说, 李在雄当天
/// 在例行记者会上回答称, 据文在寅在当天的记者会上称): the day is the briefing's, not that of a
/// contact told there. Not a joint press conference, which is a meeting (与……的联合记者会).
pub(super) fn at_a_briefing(after: &str) -> bool {
    let phrase = if let Some(rest) = after.strip_prefix('在') {
        words_up_to(rest, "，。；：,;:", 14)
    } else if let Some(rest) = after.strip_prefix('的') {
        words_up_to(rest, "，。；：,;:", 8)
    } else {
        return false;
    };
    BRIEFINGS.iter().any(|b| phrase.contains(b)) && !["联合", "共同", "与"].iter().any(|w| phrase.contains(w))
}

/// Whether a sentence (or its part up to a clause's end) points back to a day named before: a
/// back reference that names no briefing's day (当天在例行记者会上 points to no contact's day).
pub(super) fn points_back_in(sentence: &str) -> bool {
    BACK_REFERENCES.iter().any(|w| sentence.match_indices(w).any(|(i, _)| !at_a_briefing(&sentence[i + w.len()..])))
}

/// The last day a sentence names in its own words, for 当时 / 当天 in later sentences.
/// Not a day that marks a start the rest of its clause runs from (自2005年上任以来, 自1979年来,
/// 是1992年3月福田赳夫前首相以后第二位访台的日本前首相): 当时 / 当天 point back to no such day.
pub(super) fn last_named_day(sentence: &str, reference: Option<NaiveDate>) -> Option<When> {
    let r = reference?;
    find_dates(sentence, r, false)
        .iter()
        .rfind(|d| !is_back_reference(sentence, d) && !marks_a_start(sentence, d))
        .map(|d| d.date)
}

/// Whether a day marks a start: after 自 / 从, opening a span (……以来), or closed by 以后 / 之后
/// with no trip or contact word between (1992年3月福田赳夫前首相以后).
fn marks_a_start(sentence: &str, d: &DateMention) -> bool {
    let before = sentence[..d.range.start].trim_end();
    let after = words_up_to(&sentence[d.range.end..], "，。；：,;:", 16);
    let point_since = ["以后", "之后"]
        .iter()
        .any(|w| after.find(w).is_some_and(|i| i > 0 && !tells_a_contact_or_arrival(&after[..i])));
    before.ends_with(['自', '从']) || opens_a_span(sentence, d) || point_since
}

/// Whether a day only names its week (于12月5日的那一周访问台湾三天, 8日当周): a contact of a
/// week has no day (GUIDELINE, Dates).
pub(super) fn names_a_week(sentence: &str, d: &DateMention) -> bool {
    let after = sentence[d.range.end..].trim_start_matches('的');
    ["那一周", "这一周", "那周", "当周", "该周", "那个星期", "这个星期", "那一个星期"]
        .iter()
        .any(|w| after.starts_with(w))
}

/// A post on a social network after a day, past its author (8月14日库柏曾在推特发文, 去年八月曾在
/// 推特公布……合照, 18日通过推特发出帖文): the day is the post's.
static POSTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^[^，。；：,;:「“]{0,8}?(?:曾经|曾|已经|已)?(?:在|通过|透过|于)(?:推特|脸书|Twitter|Facebook|社交媒体|社群媒体|社交平台|微博|推文|IG|Instagram)",
    )
    .unwrap()
});

/// Dates of other events than the contact: reporting (星期六报道说, 31日表示, 8月底曾宣布, 10月16日的报道,
/// 6日受访时, 周四（2021年1月7日）发自金沙萨), publishing (9月1日上市的报纸), taking office (自9月16日就任), the start of a
/// period (自…以来, 从…起), the end of one (持续至12日), or a deed done at a place (10月10日在莫斯科达成的停火协议, 7月23号在
/// 加州尼克松图书馆演讲).
pub(super) fn is_report_date(sentence: &str, d: &DateMention) -> bool {
    const OTHER_EVENTS: &[&str] = &[
        "报道",
        "报导",
        "表示",
        "表明",
        "说",
        "称",
        "宣布",
        "发表",
        "指出",
        "透露",
        "发布",
        "证实",
        "报告",
        "就任",
        "上任",
        "当选",
        "辞职",
        "去世",
        "逝世",
        "以来",
        "起",
        "的报道",
        "的报导",
        "受访",
        "接受采访",
        "达成",
        "签署",
        "签订",
        "发自",
        "引述",
        "援引",
        // The day a contact is called off or put off is not the contact's (特朗普18日取消了与
        // 中国的中美贸易会谈).
        "取消",
        "推迟",
        "延期",
        "喊停",
        "叫停",
        // Verbs of saying besides 表示 and 说 (洪森今天坚称, 北京当局昨天警告, 川普今天驳斥, 蓬佩奥18日
        // 谴责): the day is the saying's.
        "坚称",
        "声称",
        "宣称",
        "警告",
        "驳斥",
        "反驳",
        "谴责",
        "批评",
        "重申",
        "否认",
        "承认",
        "坦承",
        "呼吁",
        "回应",
        "披露",
        "询问",
        "问道",
        "提问",
    ];
    const DEEDS: &[&str] = &["达成", "签署", "签订", "演讲", "讲话"];
    // The dateline of a wire story: （法新社华盛顿20日电）.
    if ["电）", "电)", "电 ", "电】"].iter().any(|e| sentence[d.range.end..].starts_with(e)) {
        return true;
    }
    // 9月中表示, 20日上午宣布: a part of the month or day may come between, and the day in
    // brackets (今天（21日）表明).
    let mut after = &sentence[d.range.end..];
    if let Some(rest) = after.strip_prefix(['（', '('])
        && let Some(close) =
            rest.find(['）', ')']).filter(|&i| rest[..i].chars().count() <= 12 && rest[..i].ends_with(['日', '号']))
    {
        after = &rest[close..];
    }
    let after = after.trim_start_matches(['（', '(', '）', ')', ' ']);
    let after = ["上旬", "中旬", "下旬", "上午", "下午", "晚间", "晚上", "早上", "初", "中", "底", "末", "晚", "时"]
        .iter()
        .find_map(|part| after.strip_prefix(part))
        .unwrap_or(after);
    // Past adverbs (8月底曾宣布, 周三下午才对外宣布).
    let mut after = after;
    while let Some(rest) = ["曾经", "曾", "已经", "已", "才", "也", "又", "正式", "对外", "公开"]
        .iter()
        .find_map(|w| after.strip_prefix(w))
    {
        after = rest;
    }
    // (A space may stand after 自: 英国自 1月31日脱欧后.)
    let before = sentence[..d.range.start].trim_end();
    let at_a_place = after.strip_prefix('在').is_some_and(|place| {
        let place = words_up_to(place, "，。；：,;:", 12);
        DEEDS.iter().any(|w| place.contains(w))
            && !["举行", "会谈", "会晤", "会面", "会见", "访问", "通话"].iter().any(|w| place.contains(w))
    });
    // A question put (记者8月19日问古屋圭司), not a problem (问题).
    let asks = after.starts_with('问') && !after.starts_with("问题");
    // A taking of office a few words on (萧美琴在去年七月底赴美上任后), with no trip or contact
    // word between (8日就任后随即访问日本 keeps its day).
    let took_office = {
        let phrase = words_up_to(after, "，。；：,;:", 10);
        TAKING_OFFICE.iter().any(|w| phrase.contains(w)) && !CONTACT_WORDS.iter().any(|c| phrase.contains(c))
    };
    OTHER_EVENTS.iter().chain(PUBLISHING).any(|r| after.starts_with(r))
        || asks
        || at_a_briefing(after)
        || took_office
        || POSTED.is_match(after)
        || at_a_place
        || before_an_event_it_follows(after)
        || before_an_event_ahead(after)
        || (before.ends_with('自') && !since_a_contact(after))
        || before.ends_with('从')
        || ["持续至", "持续到", "延续至", "延续到"].iter().any(|w| before.ends_with(w))
        // The end of a term of office (她的任期也于20日结束).
        || after.starts_with("结束") && ["任期", "任内"].iter().any(|w| words_before(before, 12).contains(w))
}

/// Whether `d` is the day of a dateline that runs into its sentence (路透东京12月22日 - 日本首相菅义伟
/// 周二表示，他希望尽快与……会面): a contact held is told as that day's news, one planned is not
/// of that day.
pub(super) fn runs_a_dateline(sentence: &str, d: &DateMention) -> bool {
    sentence[d.range.end..].starts_with(" -")
}

/// Whether the words after a day tell an event other than a contact, closed by 后, that the
/// contact follows (6月15日在……加勒万河谷爆发致命冲突后，两国高层官员首次会面; 在六月发生血腥冲突
/// 后): the day is that event's.
fn before_an_event_it_follows(after_day: &str) -> bool {
    const EVENTS: &[&str] = &["冲突", "爆发", "发生", "事件", "袭击", "遇袭", "政变", "脱欧"];
    let phrase = words_up_to(after_day, "，。；：,;:、", 40);
    phrase.ends_with('后') && EVENTS.iter().any(|w| phrase.contains(w)) && !tells_a_contact_or_arrival(phrase)
}

/// Whether the day is of an event the contact comes before: named right after it and closed by
/// 前 (川普今天在11月3日大选前最后一波造势活动中，会见……法拉吉), or told by the rest of its
/// clause, closed by 之前 / 以前, with no contact word (计划在下月底落实之前，罗冠聪等人与彭黛玲
/// 会面): the day is that event's.
fn before_an_event_ahead(after_day: &str) -> bool {
    const EVENTS: &[&str] = &["大选", "选举", "投票", "公投", "冲突", "政变", "脱欧"];
    const BEFORE: &[&str] = &["之前", "以前", "前"];
    let after = after_day.trim_start_matches('的');
    let named_right_after =
        EVENTS.iter().any(|w| after.strip_prefix(w).is_some_and(|rest| BEFORE.iter().any(|b| rest.starts_with(b))));
    let phrase = words_up_to(after_day, "，。；：,;:", 16);
    // (Not a bare 前, which ends times of day: 24日午前, 周日较早前.)
    let closed_by_before = ["之前", "以前"].iter().any(|b| phrase.ends_with(b)) && !tells_a_contact_or_arrival(phrase);
    named_right_after || closed_by_before
}

/// Whether the words after the day of 自 tell a contact it dates, closed by 后 (自2018年安倍高规格
/// 访华后, 自2019年两国元首会晤之后): the day is that contact's, not the start of a period.
fn since_a_contact(after_day: &str) -> bool {
    let phrase = words_up_to(after_day, "，。；：,;:", 16);
    phrase.ends_with('后') && CONTACT_WORDS.iter().any(|w| phrase.contains(w))
}

/// Verbs of taking office (上任, 就任, 履新): a day they follow is the office's.
const TAKING_OFFICE: &[&str] = &["上任", "就任", "履新", "接任", "上台"];

/// Words that tell a contact in the phrase after a day (访华后, 会晤之后).
const CONTACT_WORDS: &[&str] = &["访", "会晤", "会谈", "会见", "会面", "通话", "峰会"];

/// Whether a phrase tells a contact or an arrival (访华, 会晤, 抵达): a day before it is theirs.
fn tells_a_contact_or_arrival(phrase: &str) -> bool {
    CONTACT_WORDS.iter().chain(&["抵达", "到达"]).any(|w| phrase.contains(w))
}

/// The day of the arrival a meeting follows (蓬佩奥抵达日本后已与日本外相茂木敏充举行会谈), where
/// a trip word, its destination and 后 open the trigger's clause: the day an earlier sentence
/// names for the same arrival (今天（10月6日）凌晨抵达日本).
pub(super) fn arrival_day<'s>(
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

/// The day of a contact retold: a sentence with no day of its own tells again, by a contact
/// word of the same kind, the contact an earlier sentence told with its day (习近平今天致电慰问法国
/// 总统马克龙……。通稿显示，习近平在通话时提到，祝愿马克龙早日康复; 11月16日早间，……勒德里昂首先与
/// 蓬佩奥碰面，此后总统马克龙……加入了二人。马克龙强调，本次是应蓬佩奥方面要求进行的会晤). The
/// earlier sentence is the nearest of the two read last, in the same paragraph or the one before
/// (not the title), that names any of the contact's people: it must name them all, one at most
/// by its country (与英国方面代表……), tell a contact word of the same kind after one day only
/// (past its wire dateline, not a report's day), on the side of the report its status puts it
/// (a held contact's on or before it, a planned one's on or after it). Else the contact keeps
/// no day: a day of a sentence of other people, or of another kind of contact, is not its.
#[allow(clippy::too_many_arguments)]
pub(super) fn retold_day(
    text: &Text,
    resolved: &Resolved,
    si: usize,
    read: &[usize],
    people: &[usize],
    kind: ContactType,
    planned: bool,
    reference: Option<NaiveDate>,
) -> Option<When> {
    let reference = reference?;
    let paragraph = text.sentences.get(si)?.paragraph;
    if people.len() < 2 || paragraph == 0 {
        return None;
    }
    for &ei in read.iter().rev().take(2) {
        let s = &text.sentences[ei];
        if s.paragraph == 0 || s.paragraph + 1 < paragraph {
            return None;
        }
        let located = resolved.located_in(s.range.clone());
        let named = |p: usize| located.iter().any(|l| l.entity == Entity::Person(p));
        if !people.iter().any(|&p| named(p)) {
            continue;
        }
        // The nearest sentence naming one of them is the one that may tell the contact.
        let unnamed: Vec<usize> = people.iter().copied().filter(|&p| !named(p)).collect();
        let by_country = |p: usize| {
            resolved.people[p]
                .country
                .as_deref()
                .is_some_and(|c| located.iter().any(|l| l.entity == Entity::Country(c)))
        };
        if unnamed.len() > 1 || !unnamed.iter().all(|&p| by_country(p)) {
            return None;
        }
        let earlier = &text.body[s.range.clone()];
        let word = located.iter().find_map(|l| match l.entity {
            Entity::Trigger(t) if ContactType::parse(t) == Some(kind) => Some(l.at - s.range.start),
            _ => None,
        })?;
        let dateline_end = DATELINE.find(earlier).map_or(0, |m| m.end());
        let days: Vec<DateMention> = find_dates(earlier, reference, planned)
            .into_iter()
            .filter(|d| {
                d.range.start >= dateline_end && d.date.precision() == Precision::Day && !is_report_date(earlier, d)
            })
            .collect();
        let day = days.first()?;
        if days.iter().any(|d| d.date != day.date) || day.range.end > word {
            return None;
        }
        let on_its_side = if planned { day.date.first() >= reference } else { day.date.last() <= reference };
        return on_its_side.then_some(day.date);
    }
    None
}

/// Whether a clause (no wire dateline) ends in a verb of speech (表示, 指出, 说, 宣布): its
/// day is that of what was said.
pub(super) fn dates_a_saying(clause: &str) -> bool {
    let said = clause.trim_end_matches(['，', ',', '：', ':', ' ']);
    ["表示", "指出", "说", "称", "透露", "强调", "宣布", "证实", "披露", "公布"].iter().any(|w| said.ends_with(w))
        && !DATELINE.is_match(clause)
}

/// Verbs of reporting what was said or done (引述, 报导, 表示).
pub(super) const REPORT_VERBS: &[&str] = &["引述", "报导", "报道", "表示", "表明", "指出", "透露", "宣布", "称", "说"];

/// Whether `after` opens with a verb of reporting, a few characters in at most (引述, 报导, 表示).
pub(super) fn reports(after: &str) -> bool {
    let head: String = after.chars().take(4).collect();
    REPORT_VERBS.iter().any(|v| head.contains(v))
}

/// Occasions of a report besides its verbs: a press conference, a release, an interview.
pub(super) const REPORTING_OCCASIONS: &[&str] = &["记者会", "发布", "采访"];

/// Verbs after a day that make it a newspaper's (9月1日上市的报纸, 21日出版).
const PUBLISHING: &[&str] = &["上市", "出版", "刊出", "刊登"];

/// Whether what follows a contact word tells a saying at or right after the contact (通电话时
/// 强调, 会谈后表示, 见面后的一场演讲表示, 在会晤爱沙尼亚、芬兰与拉脱维亚外长后，于……联合记者会上
/// 表示): its partners at most, a time word, then a verb of speech before what is said.
pub(super) fn said_at_the_contact(after_trigger: &str) -> bool {
    const SPEECH: &[&str] = &["表示", "强调", "说", "指出", "警告", "称", "透露"];
    let partners = words_up_to(after_trigger, "，。；：,;:「“", 24);
    let Some((at, word)) = ["时", "之后", "以后", "后"]
        .iter()
        .filter_map(|w| partners.find(w).map(|i| (i, *w)))
        .min_by_key(|&(i, w)| (i, std::cmp::Reverse(w.len())))
    else {
        return false;
    };
    let said = words_up_to(&after_trigger[at + word.len()..], "。；：「“", 40);
    SPEECH.iter().any(|w| said.contains(w))
}

/// Whether the talks of the trigger at `trigger_at` are told as a process in a phase (谈判进入
/// 最后一周, 谈判陷入僵局, 谈判仍在持续): they are the subject of the verb right after them.
pub(super) fn in_a_phase(sentence: &str, trigger_at: usize, trigger_end: usize) -> bool {
    const PHASES: &[&str] = &["进入", "陷入", "处于", "仍在", "持续", "已进行", "已经进行"];
    ["谈判", "磋商"].contains(&&sentence[trigger_at..trigger_end])
        && PHASES.iter().any(|w| sentence[trigger_end..].starts_with(w))
}

/// How many days a contact lasts, where its clause says so before the trigger: 为期两天的欧盟
/// 27国领袖峰会, 结束对巴黎的三天国事访问.
pub(super) fn length_in_days(before_trigger: &str) -> Option<u32> {
    static LENGTH: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"为期([两二三四五六七八九十\d]+)(?:天|日)|([两二三四五六七八九十\d]+)天的?(?:国事|正式|工作)?$")
            .unwrap()
    });
    let c = LENGTH.captures(before_trigger)?;
    let n = c.get(1).or(c.get(2))?.as_str();
    crate::dates::chinese_number(n).filter(|&n| (2..=14).contains(&n))
}

/// Whether a contact of several days is told as ending on the day its sentence gives (为期两天
/// 的……峰会周五（12月11日）终于……取得成果): an end word after the trigger.
pub(super) fn ends_on_its_day(sentence: &str, trigger_end: usize) -> bool {
    let after = words_up_to(&sentence[trigger_end..], "，。；,;", 24);
    ["终于", "结束", "闭幕", "落幕"].iter().any(|w| after.contains(w))
}

/// The first day of a contact of `days` days that ended on `last`.
pub(super) fn first_of(last: When, days: u32) -> Option<When> {
    (last.precision() == crate::dates::Precision::Day)
        .then(|| last.first().checked_sub_days(chrono::Days::new(u64::from(days - 1))))
        .flatten()
        .map(When::day)
}

/// Whether a trip word is told as ending (20日结束了对越南的访问, 30日王毅访法行程结束之后): the day
/// its clause names is the last of the visit, not its first, which the clause does not give.
pub(super) fn ends_the_visit(
    sentence: &str,
    clause: &std::ops::Range<usize>,
    trigger_at: usize,
    trigger_end: usize,
) -> bool {
    let before = &sentence[clause.start.min(trigger_at)..trigger_at];
    let after = words_up_to(&sentence[trigger_end..], "，。；,;", 8);
    // Not another trip ended before this one (刚刚结束对斯里兰卡访问的蓬佩奥星期三抵达马尔代夫).
    let ends_this =
        before.rfind("结束").is_some_and(|i| !["访", "抵达", "前往"].iter().any(|w| before[i..].contains(w)));
    ends_this || after.contains("结束")
}

/// Whether the words before a trigger in its clause set it in a part of the month still ahead
/// of the day the news is told: 菅义伟10月中旬访问越南与印度尼西亚 told on 1 October, 王毅或于月底
/// 访问日本 told on the 16th (中旬 from the 11th, 下旬 / 月底 / 月末 from the 21st, of the month
/// the news is told in, named or not); not another month's (上月底, 9月下旬 told in October).
pub(super) fn later_this_month(before: &str, reference: Option<NaiveDate>) -> bool {
    use chrono::Datelike;
    const PARTS: &[(&str, u32)] = &[("中旬", 11), ("下旬", 21), ("月中", 11), ("月底", 21), ("月末", 21)];
    let Some(r) = reference else { return false };
    PARTS.iter().any(|&(part, first_day)| {
        before.match_indices(part).any(|(i, _)| {
            // 10月中旬: the month before 中旬 / 下旬; 10月底: the number before 月底.
            let head =
                if part.starts_with('月') { &before[..i] } else { before[..i].strip_suffix('月').unwrap_or("") };
            let head_of_month = part.starts_with('月') || before[..i].ends_with('月');
            let before_digits =
                head.trim_end_matches(|c: char| c.is_ascii_digit() || "一二三四五六七八九十".contains(c));
            let digits = &head[before_digits.len()..];
            let month = if digits.is_empty() {
                // No month named: this month, unless another is pointed at (上月底, 下个月中旬).
                let other = ["上", "下", "上个", "下个", "前", "去", "次"].iter().any(|w| head.ends_with(w));
                head_of_month && !other && !head.ends_with('年')
            } else {
                // A year named before the month (去年10月中旬) may be another year's.
                !before_digits.ends_with('年')
                    && chinese_number(digits).filter(|m| (1..=12).contains(m)) == Some(r.month())
            };
            month && r.day() < first_day
        })
    })
}

/// Words that put what follows them on the day after the day last named (隔日，她与德国总理默克尔
/// 会晤; 更于隔天单独会见达赖喇嘛), or on the day before it (前一天).
const NEXT_DAY: &[&str] = &["次日", "翌日", "隔日", "隔天", "第二天", "第二日"];
const DAY_BEFORE: &[&str] = &["前一天", "前一日"];

/// The day a contact is put on by a word that counts from the day last named (推迟至12月10日。
/// 隔日，她与德国总理默克尔会晤 under 2018年12月: 2018-12-11): the word in the trigger's clause,
/// or opening the clause before it on its own (隔日，), with no day of its own between it and the
/// trigger; the day counted from is the last one named before the word in the sentence, else in
/// `earlier` (the sentence read before, of the same paragraph). A day with no year of its own
/// after a year named before it in its sentence (2018年12月：……推迟至12月10日) is of that year.
/// Not an ordinal day of a contact of several (结束第二天的会谈), nor 其次.
pub(super) fn counted_day(
    sentence: &str,
    dates: &[DateMention],
    clause_start: usize,
    trigger_at: usize,
    earlier: Option<&str>,
    reference: Option<NaiveDate>,
) -> Option<When> {
    use chrono::Datelike;
    let before = &sentence[..trigger_at];
    let (at, word, step) = NEXT_DAY
        .iter()
        .map(|w| (w, 1i64))
        .chain(DAY_BEFORE.iter().map(|w| (w, -1i64)))
        .filter_map(|(w, step)| before.rfind(w).map(|i| (i, *w, step)))
        .max_by_key(|&(i, _, _)| i)?;
    let after = &sentence[at + word.len()..trigger_at];
    // In the trigger's clause, or a clause of its own right before it (隔日，她与……会晤).
    let own_clause = at >= clause_start
        || (after.starts_with(['，', ',']) && !after[after.chars().next()?.len_utf8()..].contains(['，', ',']));
    let ordinal = sentence[at + word.len()..].starts_with('的') || before[..at].ends_with('其');
    if !own_clause || ordinal || after.contains(['。', '；', ';']) {
        return None;
    }
    // A day of its own between the word and the trigger dates the contact instead.
    if dates.iter().any(|d| d.range.start >= at && d.range.start < trigger_at) {
        return None;
    }
    let reference = reference?;
    let from_here = |s: &str, upto: usize| -> Option<When> {
        let all = find_dates(s, reference, false);
        let last = all.iter().rfind(|d| {
            d.range.end <= upto
                && !is_back_reference(s, d)
                && !d.relative
                && !d.range.is_empty()
                && d.date.precision() == Precision::Day
        })?;
        // A month and day read under a year named before them in the sentence are of that year.
        let year_named = |m: &DateMention| s[m.range.clone()].contains('年');
        let frame = all.iter().rfind(|f| f.range.end <= last.range.start && year_named(f));
        match frame {
            Some(f) if !year_named(last) && f.date.first().year() != last.date.first().year() => {
                last.date.in_year(f.date.first().year())
            }
            _ => Some(last.date),
        }
    };
    let day = from_here(sentence, at).or_else(|| earlier.and_then(|s| from_here(s, s.len())))?;
    let d = day.as_day()?;
    let counted = if step > 0 { d.succ_opt()? } else { d.pred_opt()? };
    Some(When::day(counted))
}
