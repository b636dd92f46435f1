//! Trips as a whole: what other sentences of the article tell of a trip (called off, cut
//! short to some of its stops, under way at a stop) decides the status of its stops and of
//! the meetings it was to hold, which their own sentences tell only as a plan.

use super::{Contact, ContactType, Status};
use crate::clean::Text;
use crate::dates::When;
use crate::resolve::{Entity, Resolved};

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

/// Settles the status of trips' stops and meetings by what the rest of the article tells of
/// the trip.
pub(super) fn settle_trips(contacts: &mut [Contact], text: &Text, written: &Text, resolved: &Resolved) {
    meetings_of_trips_called_off(contacts);
    stops_of_a_plan_changed(contacts, text, written, resolved);
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
        let Some(plan) = (0..written.sentences.len()).find(|&si| written.sentence(si) == c.evidence) else {
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
                            let before = &text.body[start..at];
                            let near: String = {
                                let mut tail: Vec<char> = before.chars().rev().take(8).collect();
                                tail.reverse();
                                tail.into_iter().collect()
                            };
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

/// The entities sentence `si` names: where each starts and ends in the text, and what it is.
fn entities<'a, 'd>(
    text: &'a Text,
    resolved: &'a Resolved<'d>,
    si: usize,
) -> impl Iterator<Item = (usize, usize, Entity<'d>)> + 'a {
    let range = text.sentences[si].range.clone();
    let first = resolved.located.partition_point(|l| l.at < range.start);
    let last = resolved.located.partition_point(|l| l.at < range.end);
    resolved.located[first..last].iter().map(|l| (l.at, l.end, l.entity))
}
