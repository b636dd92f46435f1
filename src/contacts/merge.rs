//! Merging: splitting what a mention reports in one breath into bilateral contacts (tours,
//! hub-and-spoke reports), merging repeated mentions of one contact within an article, and
//! dating joint meetings by the held contact they are part of.

use super::offices::side_organization;
use super::{Contact, ContactType, MERGE_WINDOW, Status};
use crate::dates::{Precision, When};
use crate::resolve::Resolved;

/// Gives a joint meeting of three or more with no day, all of whose people took part in a
/// held contact of the article that has one, that contact's day: it is the same occasion
/// (四国外长举行了外长会议, after 菅义伟周二（10月6日）在和“四国联盟”外长见面时).
pub(super) fn date_joint_meetings(contacts: &mut [Contact]) {
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

/// Splits what the text reports in one breath into the bilateral contacts it stands for:
/// a tour (one traveller, several countries) into one visit per country, and one person
/// meeting or calling several others of other countries (马克龙与阿利耶夫、帕希尼扬通电话)
/// into one contact per partner. A contact with one delegation (刘鹤与莱特希泽和姆努钦通话;
/// 蓬佩奥与以色列国防部长甘茨和外交部长阿什肯纳兹会谈), a summit and a joint event stay whole;
/// the hosts a traveller meets on a trip, hosts met one after the other (分别, 先后), or people a
/// sentence names apart, are met one by one (`met_together` false).
pub(super) fn split_bilateral(c: Contact, resolved: &Resolved, met_together: bool) -> Vec<Contact> {
    let country_of = |id: &String| resolved.people.iter().find(|p| &p.id == id).and_then(|p| p.country.clone());
    if c.kind == ContactType::Visit {
        return split_tour(c);
    }
    // A contact of one country with several others that is no joint event splits into one per
    // country (not a video meeting, which is one: 蒲亭在……领袖共同参与的线上峰会):
    // - one person with them (马克龙与阿塞拜疆及亚美尼亚领导人通电话): one contact each;
    // - the partner of one country named too (马克龙与亚美尼亚总理和阿塞拜疆总统通了电话, 帕希尼扬
    //   the one named): one contact each, with its own people;
    // - no one named, met one by one (本星期早些时候与越南和印度尼西亚总理举行了双边会谈).
    if !matches!(c.kind, ContactType::Summit | ContactType::Video) && !c.multilateral && c.countries.len() > 2 {
        let home_named = || c.people.iter().any(|p| country_of(p).as_ref() == Some(&c.countries[0]));
        match c.people.len() {
            1 => return split_tour(c),
            2 if home_named() => return one_per_country(&c, &country_of),
            0 if !met_together => return one_per_country(&c, &country_of),
            _ => {}
        }
    }
    // A video meeting of one with several (习近平通过视频连线和……默克尔、……马克龙举行会晤) is one
    // joint event, as a summit is.
    let by_video = c.kind == ContactType::Video || ["视频", "视讯"].iter().any(|w| c.evidence.contains(w));
    if c.kind == ContactType::Summit || by_video || c.multilateral || c.people.len() < 3 {
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

/// A summons of the envoys of several countries (伊朗外交部今天召见德国与法国大使) is one
/// summons per country: each envoy is met alone. The summoning country is named first; a
/// summons of two people of one country stays whole.
pub(super) fn split_summons(c: Contact, resolved: &Resolved) -> Vec<Contact> {
    let country_of = |id: &String| resolved.people.iter().find(|p| &p.id == id).and_then(|p| p.country.clone());
    let envoys: Vec<Option<String>> =
        c.people.iter().map(country_of).filter(|k| k.as_ref() != c.countries.first()).collect();
    let one_envoy_each = envoys.iter().enumerate().all(|(i, k)| k.is_some() && !envoys[..i].contains(k));
    if c.countries.len() <= 2 || !one_envoy_each {
        return vec![c];
    }
    one_per_country(&c, &country_of)
}

/// One bilateral contact between the first country of `c` and each other, each with the
/// people of its two countries.
fn one_per_country(c: &Contact, country_of: &dyn Fn(&String) -> Option<String>) -> Vec<Contact> {
    let home = &c.countries[0];
    c.countries[1..]
        .iter()
        .map(|k| Contact {
            people: c
                .people
                .iter()
                .filter(|p| [Some(home), Some(k)].contains(&country_of(p).as_ref()))
                .cloned()
                .collect(),
            countries: vec![home.clone(), k.clone()],
            multilateral: false,
            ..c.clone()
        })
        .collect()
}

/// A visit of one traveller to several countries is one visit per country (a tour). A tour
/// still dated by a day is one in a stated order from that day: its first stop alone has it.
fn split_tour(c: Contact) -> Vec<Contact> {
    let Some((home, destinations)) = c.countries.split_first().filter(|_| c.countries.len() > 2 && c.people.len() <= 1)
    else {
        return vec![c];
    };
    let from_a_day = c.kind == ContactType::Visit && c.date.is_some_and(|d| d.precision() == Precision::Day);
    destinations
        .iter()
        .enumerate()
        .map(|(i, d)| Contact {
            countries: vec![home.clone(), d.clone()],
            date: if from_a_day && i > 0 { None } else { c.date },
            ..c.clone()
        })
        .collect()
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
        // A contact held and one planned with more people or fewer (an airport greeting, and the
        // meetings of the stay ahead) are two.
        (2.., 2..) if a.status != b.status => subset(&a.people, &b.people) && subset(&b.people, &a.people),
        (2.., 2..) => subset(&a.people, &b.people) || subset(&b.people, &a.people),
        // A one-person mention points back to a contact of that person (会谈中，安倍表示…; a
        // visit during which the partner is met), never to one of other people.
        (2.., 1) => subset(&b.people, &a.people) && subset(&b.countries, &a.countries),
        (1, 2..) => subset(&a.people, &b.people) && subset(&a.countries, &b.countries),
        // A joint event's mention that names two of its sides (科索沃与塞尔维亚领袖将聚白宫会谈, of
        // talks the US mediates) is of it, with one person or none on each.
        (1, 1) | (0, 0) => {
            a.people == b.people
                && (same_countries() || a.multilateral && b.countries.len() >= 2 && subset(&b.countries, &a.countries))
        }
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
    // So is a visit during which the partner is met, and a summit's 会谈; but a visit is
    // never a call (双方讨论了习近平访问日本事宜, in a report of a call).
    let generic = |k: ContactType| matches!(k, ContactType::Meeting | ContactType::Visit);
    let remote = |k: ContactType| matches!(k, ContactType::Phone | ContactType::Video);
    let joint = |c: &Contact| matches!(c.kind, ContactType::Summit | ContactType::Video) && c.countries.len() >= 3;
    // A plan and the contact held that fulfils it, of the same people, are one contact.
    let fulfilled = a.people == b.people && (fulfils(a, b) || fulfils(b, a));
    let kinds_agree = a.kind == b.kind
        || (fulfilled && (generic(a.kind) || generic(b.kind)))
        || (joint(a) && joint(b))
        || (remote(a.kind) && remote(b.kind))
        || ((generic(a.kind) || generic(b.kind))
            && a.status == b.status
            && !(a.kind == ContactType::Visit && remote(b.kind))
            && !(b.kind == ContactType::Visit && remote(a.kind)))
        || (a.kind == ContactType::Summit && b.kind == ContactType::Meeting && !bilateral_within(&b.people, &a.people))
        || (b.kind == ContactType::Summit && a.kind == ContactType::Meeting && !bilateral_within(&a.people, &b.people));
    // Two of a meeting of three countries or more meeting on its margins (四国外长会议; 蓬佩奥
    // 与茂木敏充举行会谈) hold a meeting of their own.
    let aside = |x: &Contact, y: &Contact| x.countries.len() == 2 && y.countries.len() >= 3 && x.people.len() >= 2;
    // A country's contact with an organisation is not one between two countries (美国目前正与
    // 欧盟就白俄罗斯局势进行磋商, beside 蓬佩奥与莫拉维茨基会谈).
    let with_an_organisation = |x: &Contact| x.countries.len() == 1 && !x.organizations.is_empty();
    let between_countries = |x: &Contact| x.countries.len() >= 2 && x.organizations.is_empty();
    let apart = |x: &Contact, y: &Contact| with_an_organisation(x) && between_countries(y);
    !apart(a, b)
        && !apart(b, a)
        && same_sides
        && days_agree
        && kinds_agree
        && !aside(a, b)
        && !aside(b, a)
        && (a.status == b.status || b.date.is_none() || a.date == b.date || fulfilled)
}

/// Whether `held` is the contact `plan` was for, as one sentence tells both (即将举行「政治军事
/// 对话」后，……双方则迅速在7日早上透过视讯方式举行完毕): a plan with no day, the contact held
/// on a day; not a trip (the traveller's trip held is no plan of another's).
fn fulfils(plan: &Contact, held: &Contact) -> bool {
    (plan.status, held.status) == (Status::Planned, Status::Held)
        && plan.date.is_none()
        && held.date.is_some()
        && plan.evidence == held.evidence
        && ![plan.kind, held.kind].contains(&ContactType::Visit)
}

/// Whether `meeting` is a meeting of two or more people held among more (`summit`): two
/// leaders meeting on a summit's margins, or before one, is a contact of its own.
fn bilateral_within(meeting: &[String], summit: &[String]) -> bool {
    meeting.len() >= 2 && meeting.len() < summit.len()
}

/// Words that name the stops still ahead on a trip.
const NEXT_STOPS: &[&str] = &["接下来", "接着", "随后", "此后", "下一站", "稍后", "还将", "还会"];

/// The finer of two dates of one contact: a day within a month wins over the month.
fn finer(a: Option<When>, b: Option<When>) -> Option<When> {
    match (a, b) {
        (Some(x), Some(y)) if x.contains(y) => Some(y),
        (x, y) => x.or(y),
    }
}

/// Merges a contact of the title into the body's mention of it: one with no day, which the
/// body reports only as recalled (默克尔访华时亲自为wirecard说项, over 默克尔去年九月6到7日访问
/// 中国时), is that recalled contact.
pub(super) fn merge_title_or_push(contacts: &mut Vec<Contact>, c: Contact) {
    let window = contacts.len().saturating_sub(MERGE_WINDOW);
    // A trip the title announces (王毅将到访德国) is still ahead where the body tells it only
    // in passing, with no day (王毅抵达德国前，对法国访问): the body's mention is the plan.
    if c.kind == ContactType::Visit && c.status == Status::Planned && c.date.is_none() && !c.people.is_empty() {
        let told_held = contacts[window..].iter_mut().find(|e| {
            e.kind == ContactType::Visit
                && e.status == Status::Held
                && e.date.is_none()
                && !e.background
                && e.people == c.people
                && e.countries == c.countries
        });
        if let Some(e) = told_held {
            e.status = Status::Planned;
        }
    }
    let recalled = Contact { background: true, ..c.clone() };
    let only_as_recalled = c.date.is_none()
        && !contacts[window..].iter().any(|e| same_contact(e, &c))
        && contacts[window..].iter().any(|e| same_contact(e, &recalled));
    merge_or_push(contacts, if only_as_recalled { recalled } else { c });
}

/// Merges `c` into the first of the last [`MERGE_WINDOW`] contacts that reports the same
/// contact, or adds it.
pub(super) fn merge_or_push(contacts: &mut Vec<Contact>, c: Contact) {
    let window = contacts.len().saturating_sub(MERGE_WINDOW);
    if let Some(e) = contacts[window..].iter_mut().find(|e| same_contact(e, &c)) {
        // A plan the same sentence then tells held on a day is held (即将举行……，……在7日……举行完毕).
        let plan_fulfilled = fulfils(e, &c);
        e.date = finer(e.date, c.date);
        // A stop still ahead on a tour under way (王毅10月11-15日访问柬埔寨、……新加坡5国, on
        // the 13th; 王毅接下来还将访问老挝，泰国，新加坡) is planned.
        let next_stop = |c: &Contact| NEXT_STOPS.iter().any(|w| c.evidence.contains(w));
        if (e.kind, c.kind, e.status, c.status)
            == (ContactType::Visit, ContactType::Visit, Status::Held, Status::Planned)
            && e.date.is_none()
            && next_stop(&c)
        {
            e.status = Status::Planned;
            e.evidence.clone_from(&c.evidence);
        }
        // A plan the article then says was put off or called off (韩中两国原计划上半年促成习近平
        // 访韩，但因新冠疫情推迟至今) is cancelled; not a plan of its own day, which a plan
        // called off before may have given way to (王毅计划最快于10月到访日本……延期; 11月访日).
        if (e.status, c.status) == (Status::Planned, Status::Cancelled) && (e.date.is_none() || e.date == c.date) {
            e.status = Status::Cancelled;
            e.evidence.clone_from(&c.evidence);
        }
        if plan_fulfilled {
            e.status = Status::Held;
        }
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
        if e.kind.refined_by(c.kind, c.people.len()) {
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
