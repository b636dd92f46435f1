//! Trips as a whole: what other sentences of the article tell of a trip (called off, cut
//! short to some of its stops, under way at a stop) decides the status of its stops and of
//! the meetings it was to hold, which their own sentences tell only as a plan.

use super::{Contact, ContactType, Status, words_before};
use crate::clean::Text;
use crate::dates::When;
use crate::resolve::{Entity, Resolved};
use chrono::{Datelike, NaiveDate};

/// Words that tell a plan as the one first made, since changed (原先预计4日至8日访问日本、蒙古
/// 及韩国; 茂木敏充原计划这次出访访问法德两国).
const FIRST_PLAN: &[&str] =
    &["原先预计", "原先计划", "原先安排", "原计划", "原定", "原订", "原本计划", "原本预计", "原本安排"];

/// Words that cut a trip short or call it off (将缩短走访亚洲的行程; 行程确定缩水).
const CUT_SHORT: &[&str] = &["缩短", "缩水", "取消", "不去", "推迟", "延后", "延期", "改期"];

/// Words for the trip a cut applies to.
const TRIP_WORDS: &[&str] = &["行程", "访问", "出访", "之行", "到访"];

/// Words just before a stop that drop it (茂木临时决定不去访问德国): naming it so keeps nothing.
const DROPPING: &[&str] = &["不去", "不再", "取消", "放弃", "推迟", "延后", "延期", "不访问", "不前往", "未能"];

/// Words that tell the stop where a trip began (他昨天在首站义大利签署2份贸易协议).
const FIRST_STOP: &[&str] = &["首站", "第一站"];

/// Days that put the first stop just before the report or on its day: the trip has begun and
/// goes on (王毅安排本周访问5个欧洲国家。他昨天在首站义大利……).
const JUST_BEGUN: &[&str] = &["昨天", "昨日", "今天", "今日", "本周", "这周", "日前"];

/// Words of a trip as a whole (此行, 这趟欧洲行, 访问行程) and of a list of its stops (包括).
const WHOLE_TRIP: &[&str] = &["此行", "这趟", "这次", "此次", "本次", "行程", "之行"];
const LISTING: &[&str] = &["包括"];

/// Words of a plan to go back (欢迎他……能有机会再度造访台湾): the visits before it stay held.
const AGAIN: &[&str] = &["再次", "再度", "再访", "再一次", "重访", "重返", "又将"];

/// Settles the status of trips' stops and meetings by what the rest of the article tells of
/// the trip.
pub(super) fn settle_trips(
    contacts: &mut Vec<Contact>,
    text: &Text,
    written: &Text,
    resolved: &Resolved,
    reference: Option<NaiveDate>,
) {
    meetings_of_trips_called_off(contacts);
    stops_of_a_plan_changed(contacts, text, written, resolved);
    stops_of_a_trip_begun(contacts, text, written, resolved);
    mentions_of_a_trip_ahead(contacts, reference);
}

/// The stops a trip's list names (王毅此行拜访国家还包括德国、荷兰和挪威), where the article
/// has the trip just begun at its first stop (他昨天在首站义大利签署2份贸易协议, after 王毅安排
/// 本周访问5个欧洲国家), are still ahead: planned, as news. Not the first stop itself, nor a
/// stop the list dates.
fn stops_of_a_trip_begun(contacts: &mut [Contact], text: &Text, written: &Text, resolved: &Resolved) {
    // The travellers at a first stop just reached, with that stop: the sentence names them,
    // or the one before it does (他 stands for its subject).
    let mut begun: Vec<(usize, Option<&str>)> = Vec::new();
    for si in 0..text.sentences.len() {
        let s = text.sentence(si);
        let Some(at) = FIRST_STOP.iter().filter_map(|w| s.find(w).map(|i| i + w.len())).min() else {
            continue;
        };
        if !JUST_BEGUN.iter().any(|w| s.contains(w)) || s.contains("结束") {
            continue;
        }
        let start = text.sentences[si].range.start;
        let first_stop = entities(text, resolved, si).find_map(|(p, _, e)| match e {
            Entity::Country(k) if p >= start + at => Some(k),
            _ => None,
        });
        let named = |i: usize| -> Vec<usize> {
            entities(text, resolved, i)
                .filter_map(|(_, _, e)| match e {
                    Entity::Person(p) => Some(p),
                    _ => None,
                })
                .collect()
        };
        let mut travellers = named(si);
        if travellers.is_empty() && si > 0 {
            travellers = named(si - 1);
        }
        begun.extend(travellers.into_iter().map(|p| (p, first_stop)));
    }
    if begun.is_empty() {
        return;
    }
    for c in contacts.iter_mut() {
        if c.kind != ContactType::Visit || c.status != Status::Held || c.date.is_some() || c.people.len() != 1 {
            continue;
        }
        let Some(traveller) = resolved.people.iter().position(|p| p.id == c.people[0]) else { continue };
        let Some(&(_, first_stop)) = begun.iter().find(|&&(p, _)| p == traveller) else { continue };
        if c.countries.get(1).map(String::as_str) == first_stop {
            continue;
        }
        let Some(si) = evidence_sentence(written, c) else {
            continue;
        };
        let s = text.sentence(si);
        let listed = WHOLE_TRIP.iter().any(|w| s.contains(w)) && LISTING.iter().any(|w| s.contains(w));
        let done = ["已", "结束", "之后", "后，"].iter().any(|w| s.contains(w));
        if listed && !done {
            c.status = Status::Planned;
            c.background = false;
        }
    }
}

/// A visit recalled as held (王毅访德更为关键一战, dated by 德国已于7月1日正式担任欧盟轮值主席国)
/// where the article reports the traveller's visit to that country ahead (访法行程结束之后将前往
/// ……最后一站德国访问) is that visit, not one before it: it is left out for the plan. Not where
/// the plan is to go again (再度造访台湾), nor a visit of an earlier year or of a day to come.
fn mentions_of_a_trip_ahead(contacts: &mut Vec<Contact>, reference: Option<NaiveDate>) {
    let plans: Vec<(Vec<String>, Vec<String>)> = contacts
        .iter()
        .filter(|p| {
            p.kind == ContactType::Visit
                && p.status == Status::Planned
                && !p.background
                && p.people.len() == 1
                && p.countries.len() == 2
                && !AGAIN.iter().any(|w| p.evidence.contains(w))
        })
        .map(|p| (p.people.clone(), p.countries.clone()))
        .collect();
    if plans.is_empty() {
        return;
    }
    let this_year = |d: When| reference.is_some_and(|r| d.first().year() == r.year() && d.last() <= r);
    contacts.retain(|h| {
        let the_plan = h.kind == ContactType::Visit
            && h.status == Status::Held
            && h.background
            && h.date.is_none_or(this_year)
            && plans.iter().any(|(people, countries)| *people == h.people && *countries == h.countries);
        !the_plan
    });
}

/// A meeting planned on a trip the article says was called off is called off too (克拉夫特大使
/// 原计划于1月13至15日赴台访问。按照行程安排，她除了要与台湾总统蔡英文会晤之外……, after 国务院
/// 宣布……取消……克拉夫特大使对台湾的访问): a planned meeting of the traveller with the people of
/// the country of a visit called off, of no other day, where no visit of the traveller there
/// goes ahead.
fn meetings_of_trips_called_off(contacts: &mut [Contact]) {
    let goes_ahead = |v: &Contact| {
        contacts.iter().any(|x| {
            x.kind == ContactType::Visit
                && x.status != Status::Cancelled
                && x.people == v.people
                && x.countries.get(1) == v.countries.get(1)
        })
    };
    let called_off: Vec<(String, [String; 2], Option<When>)> = contacts
        .iter()
        .filter(|v| {
            v.kind == ContactType::Visit
                && v.status == Status::Cancelled
                && v.people.len() == 1
                && v.countries.len() == 2
                && !goes_ahead(v)
        })
        .map(|v| (v.people[0].clone(), [v.countries[0].clone(), v.countries[1].clone()], v.date))
        .collect();
    for m in contacts.iter_mut() {
        if m.kind != ContactType::Meeting || m.status != Status::Planned || m.background || m.people.len() < 2 {
            continue;
        }
        let of_the_trip = called_off.iter().any(|(traveller, [home, destination], day)| {
            m.people.contains(traveller)
                && m.countries.len() == 2
                && m.countries.contains(home)
                && m.countries.contains(destination)
                && (m.date.is_none() || m.date == *day)
        });
        if of_the_trip {
            m.status = Status::Cancelled;
        }
    }
}

/// The stops of a trip's first plan (原先预计……访问日本、蒙古及韩国), which the article then
/// says was cut short (将缩短走访亚洲的行程，仅访问东京), are called off where no other sentence
/// names them kept (蓬佩奥将在4至6日访问日本东京); a stop of a first plan read as called off is
/// held where another sentence has the traveller there now (正在法国访问的日本外相茂木敏充,
/// beside 茂木临时决定不去访问德国).
fn stops_of_a_plan_changed(contacts: &mut [Contact], text: &Text, written: &Text, resolved: &Resolved) {
    for c in contacts.iter_mut() {
        if c.kind != ContactType::Visit || c.people.len() != 1 || c.countries.len() != 2 {
            continue;
        }
        let Some(plan) = evidence_sentence(written, c) else {
            continue;
        };
        if !FIRST_PLAN.iter().any(|w| text.sentence(plan).contains(w)) {
            continue;
        }
        let Some(traveller) = resolved.people.iter().position(|p| p.id == c.people[0]) else { continue };
        let stop = c.countries[1].as_str();
        let others = || (0..text.sentences.len()).filter(move |&si| si != plan);
        match c.status {
            Status::Planned => {
                let cut = others().any(|si| {
                    let s = text.sentence(si);
                    CUT_SHORT.iter().any(|w| s.contains(w))
                        && TRIP_WORDS.iter().any(|w| s.contains(w))
                        && entities(text, resolved, si).any(|(_, _, e)| e == Entity::Person(traveller))
                });
                let kept = others().any(|si| {
                    let start = text.sentences[si].range.start;
                    entities(text, resolved, si).any(|(at, _, e)| {
                        e == Entity::Country(stop) && {
                            let near = words_before(&text.body[start..at], 8);
                            !DROPPING.iter().any(|w| near.contains(w))
                        }
                    })
                });
                if cut && !kept {
                    c.status = Status::Cancelled;
                }
            }
            Status::Cancelled => {
                let own = text.sentence(plan);
                if CUT_SHORT.iter().any(|w| own.contains(w)) {
                    continue;
                }
                if others().any(|si| there_now(text, resolved, si, traveller, stop)) {
                    c.status = Status::Held;
                }
            }
            Status::Held => {}
        }
    }
}

/// Whether sentence `si` has `traveller` at `stop` now: 正在法国访问的日本外相茂木敏充 (the
/// first person after it), 茂木敏充正在法国访问 (the last person before it), or 在法国访问期间.
fn there_now(text: &Text, resolved: &Resolved, si: usize, traveller: usize, stop: &str) -> bool {
    let range = text.sentences[si].range.clone();
    let found: Vec<(usize, usize, Entity)> = entities(text, resolved, si).collect();
    found.iter().any(|&(at, end, e)| {
        if e != Entity::Country(stop) {
            return false;
        }
        let before = &text.body[range.start..at];
        let after = &text.body[end..range.end];
        let visiting = ["访问", "进行访问"].iter().find(|w| after.starts_with(*w));
        let Some(visiting) = visiting else { return false };
        let rest = &after[visiting.len()..];
        let now = before.ends_with("正在") || rest.starts_with("期间") && before.ends_with('在');
        if !now {
            return false;
        }
        let person = |&&(_, _, e): &&(usize, usize, Entity)| matches!(e, Entity::Person(_));
        let who = if rest.starts_with('的') {
            found.iter().filter(person).find(|&&(p, _, _)| p >= end)
        } else {
            found.iter().filter(person).rev().find(|&&(p, _, _)| p < at)
        };
        who.is_some_and(|&(_, _, e)| e == Entity::Person(traveller))
    })
}

/// The sentence of the article a contact's evidence is.
fn evidence_sentence(written: &Text, c: &Contact) -> Option<usize> {
    (0..written.sentences.len()).find(|&si| written.sentence(si) == c.evidence)
}

/// The entities sentence `si` names: where each starts and ends in the text, and what it is.
fn entities<'a, 'd>(
    text: &'a Text,
    resolved: &'a Resolved<'d>,
    si: usize,
) -> impl Iterator<Item = (usize, usize, Entity<'d>)> + 'a {
    resolved.located_in(text.sentences[si].range.clone()).iter().map(|l| (l.at, l.end, l.entity))
}
