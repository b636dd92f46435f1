//! Resolution: [`Mention`]s → the people, countries and organisations of one article.
//!
//! Owns the rules that turn surface forms into canonical entities: weak forms (菅, 蔡)
//! count only beside a strong form of the same person; a form shared by two people goes
//! to the one the article supports (a strong form present, else a role in force on the
//! article's date); a person's country and role are those in force on that date; a
//! person is never emitted from the title alone.

use crate::contacts::{Contact, ContactType};
use crate::dict::{Country, Dictionaries};
use crate::discover::{Discovered, Discoverer, Shapes, bracketed_english, is_han, is_joiner};
use crate::matcher::{Mention, Target};
use chrono::NaiveDate;
use rustc_hash::FxHashMap as HashMap;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct PersonRecord {
    pub id: String,
    pub name: String,
    pub mentions: Vec<String>,
    pub country: Option<String>,
    pub role: Option<String>,
    /// For a person in an international post (no country): the organisation of that post.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub organization: Option<String>,
    /// Every office the person holds on the article's date (国务委员 and 外交部长), of which
    /// `role` is one: who 两国外长 stands for.
    #[serde(skip)]
    pub offices: Vec<String>,
    /// The day the person died, if the dictionary knows it.
    #[serde(skip)]
    pub died: Option<NaiveDate>,
    pub known: bool,
    /// For a person in no dictionary: the English name given in brackets, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub english: Option<String>,
    /// For a person in no dictionary: the sentence that names them with their title.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub evidence: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct CountryRecord {
    pub id: String,
    pub name: String,
    pub mentions: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct OrganizationRecord {
    pub id: String,
    pub name: String,
    pub mentions: Vec<String>,
    pub country: Option<String>,
    pub kind: String,
}

/// A resolved occurrence in the body: which entity, where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Located<'d> {
    pub at: usize,
    pub end: usize,
    pub entity: Entity<'d>,
}

/// What an occurrence names; ids and labels are borrowed from the dictionaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Entity<'d> {
    /// Index into the article's people.
    Person(usize),
    /// ISO code.
    Country(&'d str),
    Organization(&'d str),
    /// Contact type of a trigger word.
    Trigger(&'d str),
}

/// The entities of one article and where they occur in the body.
#[derive(Debug, Clone, Default)]
pub struct Resolved<'d> {
    pub people: Vec<PersonRecord>,
    pub countries: Vec<CountryRecord>,
    pub organizations: Vec<OrganizationRecord>,
    /// Body occurrences in text order.
    pub located: Vec<Located<'d>>,
    /// The people (slots of `people`) the article names in its title only: they are kept only
    /// as a side of a contact the title reports (习近平与拜登通电话 over a body that says 双方).
    pub title_only: Vec<usize>,
}

impl<'d> Resolved<'d> {
    /// The body occurrences that start within `range` of the text (a sentence's): one slice of
    /// `located`, which is in text order.
    pub fn located_in(&self, range: std::ops::Range<usize>) -> &[Located<'d>] {
        let first = self.located.partition_point(|l| l.at < range.start);
        let last = self.located.partition_point(|l| l.at < range.end);
        &self.located[first..last]
    }

    /// The people of the record: those named in the body, and those named in the title only
    /// who take part in a contact of two people or more, or travel (习近平与拜登通电话 over a body
    /// that says 双方). The other people of the title are taken out of `contacts` too.
    pub fn take_people(&mut self, contacts: &mut [Contact]) -> Vec<PersonRecord> {
        let title_only = std::mem::take(&mut self.title_only);
        let takes_part = |id: &str, c: &Contact| {
            c.people.iter().any(|p| p == id) && (c.people.len() >= 2 || c.kind == ContactType::Visit)
        };
        let (mut people, mut left_out) = (Vec::new(), Vec::new());
        for (slot, p) in std::mem::take(&mut self.people).into_iter().enumerate() {
            if !title_only.contains(&slot) || contacts.iter().any(|c| takes_part(&p.id, c)) {
                people.push(p);
            } else {
                left_out.push(p.id);
            }
        }
        for c in contacts.iter_mut() {
            c.people.retain(|id| !left_out.contains(id));
        }
        people
    }
}

/// Resolves the mentions of an article's text, whose first `title_end` bytes are the title;
/// `date` is the article's reference day; `titles` are the office titles that support a weak
/// form right after them. People named only in the title are listed in
/// [`Resolved::title_only`].
pub fn resolve<'d>(
    dicts: &'d Dictionaries,
    text: &str,
    mentions: &[Mention],
    discovered: &[Discovered],
    discoverer: &Discoverer,
    title_end: usize,
    date: Option<NaiveDate>,
) -> Resolved<'d> {
    // Which people and countries have a strong form in the article.
    let strong = IndexSet::of(mentions.iter().filter(|m| m.targets.len() == 1).filter_map(|m| match m.targets[0] {
        Target::Person { index, weak: false } => Some(index),
        _ => None,
    }));
    let strong_countries = IndexSet::of(mentions.iter().filter_map(|m| match m.targets.first() {
        Some(Target::Country { index, weak: false }) => Some(*index),
        _ => None,
    }));
    // Which countries the article names in full (伊拉克, not 伊).
    let full_countries = IndexSet::of(mentions.iter().filter_map(|m| match m.targets.first() {
        Some(Target::Country { index, weak: false }) if text[m.range.clone()].chars().nth(1).is_some() => Some(*index),
        _ => None,
    }));
    // A one-character form (驻伊大使) names the one country the article names in full with
    // that character first (伊拉克), where it never names its own country (伊朗) in full.
    let short_for = |index: usize, surface: &str| -> usize {
        let mut chars = surface.chars();
        let (Some(first), None) = (chars.next(), chars.next()) else {
            return index;
        };
        if full_countries.contains(index) {
            return index;
        }
        let mut named =
            full_countries.0.iter().copied().filter(|&k| k != index && dicts.countries[k].name.starts_with(first));
        match (named.next(), named.next()) {
            (Some(k), None) => k,
            _ => index,
        }
    };
    // A namesake: a person whose name comes with an English name in brackets of the same family
    // name and a given name of another initial (美国驻荷兰大使胡克斯特拉（Pete Hoekstra）, not
    // Wopke Hoekstra), or of no part in common, is not the one the dictionary knows, anywhere in
    // the article, unless another bracket names them (辛格（Abhijit Singh）… 辛格（Rajnath
    // Singh）). Spellings of one given name (Alexei / Alexey, Steve / Stephen) share their initial.
    let bracketed: Vec<(usize, bool)> = mentions
        .iter()
        .filter_map(|m| {
            let [Target::Person { index, .. }] = m.targets[..] else {
                return None;
            };
            let english = crate::discover::bracketed_english(&text[m.range.end..])?;
            let (given, family) = english.rsplit_once(' ')?;
            let person = &dicts.people[index];
            let initial = |name: &str| name.chars().next().map(|c| c.to_ascii_lowercase());
            let other_given_name = |known: &str| {
                known.rsplit_once(' ').is_some_and(|(known_given, known_family)| {
                    known_family.eq_ignore_ascii_case(family) && initial(known_given) != initial(given)
                })
            };
            // Or a name that shares no part with any the dictionary knows (纳吉（Tibor Nagy）, not
            // Najib Razak; 布加尼（Behrouz Boochani）, not Ashraf Ghani).
            // Parts are compared by Jaro–Winkler similarity, so that spellings of one name
            // (Svetlana Tikhanovskaya, Sviatlana Tsikhanouskaya) stay related.
            let parts = |name: &str| -> Vec<String> {
                name.split(|c: char| !c.is_alphanumeric())
                    .filter(|part| part.chars().count() >= 2)
                    .map(str::to_lowercase)
                    .collect()
            };
            let glossed = parts(english);
            let glossed_whole = glossed.concat();
            let unrelated = |known: &str| {
                let known = parts(known);
                let known_whole = known.concat();
                known.iter().all(|k| glossed.iter().all(|g| strsim::jaro_winkler(k, g) < 0.8))
                    && !known_whole.contains(&glossed_whole)
                    && !glossed_whole.contains(&known_whole)
            };
            let known = person.english.iter().map(String::as_str).chain(person.aliases.iter().map(|a| a.form.as_str()));
            let latin: Vec<&str> = known.filter(|name| name.is_ascii() && name.contains(' ')).collect();
            let another = latin.iter().all(|name| other_given_name(name)) || latin.iter().all(|name| unrelated(name));
            Some((index, !latin.is_empty() && another))
        })
        .collect();
    let namesakes = IndexSet::of(
        bracketed
            .iter()
            .filter(|&&(index, other)| other && !bracketed.iter().any(|&(i, o)| i == index && !o))
            .map(|&(index, _)| index),
    );
    let pick_person = |m: &Mention| -> Option<usize> {
        // A form that is the start of a longer transliterated name, its English in brackets
        // (萨尔 in 巴林王储萨尔曼（Salman bin Hamad Al Khalifa）), names nobody it is a form of.
        if discoverer.cut_short(text, m.range.end) {
            return None;
        }
        let people = || {
            m.targets.iter().filter_map(|t| match *t {
                Target::Person { index, weak } if !namesakes.contains(index) => Some((index, weak)),
                _ => None,
            })
        };
        people().next()?;
        // Most mentions name one person with a strong form in the article.
        let mut supported = people().map(|(i, _)| i).filter(|&i| strong.contains(i));
        if let (Some(one), None) = (supported.next(), supported.next()) {
            return Some(one);
        }
        let supported: Vec<usize> = people().map(|(i, _)| i).filter(|&i| strong.contains(i)).collect();
        let candidates = if supported.is_empty() {
            // A weak form right after an office title (澳大利亚前总理莫里斯) is supported by it.
            let titled = people().any(|(_, weak)| weak)
                && discoverer.titles().iter().any(|t| text[..m.range.start].ends_with(t.as_str()));
            people().filter(|(_, w)| !w || titled).map(|(i, _)| i).collect()
        } else {
            supported
        };
        match candidates.as_slice() {
            [one] => Some(*one),
            [] => None,
            many => {
                let active: Vec<usize> = many
                    .iter()
                    .copied()
                    .filter(|&i| date.is_some_and(|d| dicts.people[i].roles.iter().any(|r| r.active_on(d))))
                    .collect();
                (active.len() == 1).then(|| active[0])
            }
        }
    };

    let mut out = Resolved::default();
    let mut person_slot: HashMap<usize, usize> = HashMap::default();
    // Slots by id, the ids borrowed from the dictionaries.
    let mut country_slot: HashMap<&str, usize> = HashMap::default();
    let mut org_slot: HashMap<&str, usize> = HashMap::default();

    let mut add_country = |out: &mut Resolved, c: &'d Country, surface: &str| {
        let slot = *country_slot.entry(c.id.as_str()).or_insert_with(|| {
            out.countries.push(CountryRecord { id: c.id.clone(), name: c.name.clone(), mentions: Vec::new() });
            out.countries.len() - 1
        });
        let mentions = &mut out.countries[slot].mentions;
        if !mentions.iter().any(|m| m == surface) {
            mentions.push(surface.to_string());
        }
    };

    let respelled = respellings(text, mentions, &pick_person);
    let in_body = IndexSet::of(mentions.iter().filter(|m| m.range.start >= title_end).filter_map(&pick_person));
    // A weak form inside a name found in the article is no mention (李 in 李予信): the names'
    // occurrences by start, with the furthest end reached so far, searched by halves.
    let mut found: Vec<(usize, usize)> = discovered.iter().flat_map(|d| &d.ranges).map(|r| (r.start, r.end)).collect();
    found.sort_unstable();
    let reach: Vec<usize> = found
        .iter()
        .scan(0, |most, &(_, end)| {
            *most = end.max(*most);
            Some(*most)
        })
        .collect();
    let in_discovered = |r: &std::ops::Range<usize>| {
        let i = found.partition_point(|&(start, _)| start <= r.start);
        i > 0 && reach[i - 1] >= r.end
    };
    for (mi, m) in mentions.iter().enumerate() {
        let surface = &text[m.range.clone()];
        let mut range = m.range.clone();
        let entity = match m.targets.first() {
            Some(Target::Person { .. }) => {
                let Some(mut index) = pick_person(m).filter(|_| !in_discovered(&m.range)) else {
                    continue;
                };
                if mentions.get(mi + 1).is_some_and(|next| given_name_of_the_next(dicts, text, m, next))
                    || titled_as_another(&dicts.people[index], &text[..m.range.start])
                    || front_of_a_given_name(text, m.range.end, discoverer.shapes())
                    || front_of_a_longer_name(text, m.range.clone(), discoverer.shapes())
                    || (back_of_a_given_name(text, m.range.clone(), discoverer.shapes())
                        && !discoverer.titles().iter().any(|t| text[..m.range.start].ends_with(t.as_str())))
                {
                    continue;
                }
                if let Some(&(form, other)) = respelled.iter().find(|(form, _)| text[m.range.start..].starts_with(form))
                {
                    index = other;
                    range.end = m.range.start + form.len();
                }
                // The last part of a longer ·-joined name is a mention of the whole (妮基·黑利).
                range.start = joined_name_start(text, m.range.start, discoverer.shapes());
                if !person_slot.contains_key(&index) && !in_body.contains(index) {
                    out.title_only.push(out.people.len());
                }
                let slot = known_slot(&mut out, &mut person_slot, dicts, index, date);
                let mentions = &mut out.people[slot].mentions;
                let surface = &text[range.clone()];
                if !mentions.iter().any(|x| x == surface) {
                    mentions.push(surface.to_string());
                }
                Entity::Person(slot)
            }
            Some(Target::Country { index, weak }) => {
                if *weak && !strong_countries.contains(*index) {
                    continue;
                }
                let c = &dicts.countries[short_for(*index, surface)];
                add_country(&mut out, c, surface);
                Entity::Country(&c.id)
            }
            Some(Target::Organization(i)) => {
                add_org(dicts, &mut out, &mut org_slot, *i, surface);
                let o = &dicts.organizations[*i];
                // A state body named with its country (中国外交部) refers to that country.
                if let Some(cc) = o.country.as_deref().filter(|_| o.kind == "gov" || o.kind == "military")
                    && let Some(c) = dicts.country(cc)
                    && let Some(i) = surface.find(c.name.as_str())
                {
                    add_country(&mut out, c, &c.name);
                    // A ministry acts for its country where it is named (俄罗斯外交部召见了法国大使),
                    // not as part of an office (美国国务院次卿, 英国国会议员, 中国外交部官员).
                    let after = &text[range.end..];
                    let of_an_office = discoverer.titles().iter().any(|t| after.starts_with(t.as_str()))
                        || ["官员", "人士", "高官", "人员"].iter().any(|w| after.starts_with(w));
                    if o.kind == "gov" && !of_an_office {
                        let at = range.start + i;
                        out.located.push(Located { at, end: at + c.name.len(), entity: Entity::Country(&c.id) });
                    }
                }
                Entity::Organization(&o.id)
            }
            Some(Target::Trigger(i)) => Entity::Trigger(&dicts.cues[*i].label),
            None => continue,
        };
        out.located.push(Located { at: range.start, end: range.end, entity });
    }
    // The sentences found so far, for the evidence of discovered people.
    let mut sentences = std::collections::BTreeMap::new();
    for d in discovered.iter().filter(|d| d.ranges.iter().any(|r| r.start >= title_end)) {
        // 密利（Mark Milley）: a new rendering of a person the dictionary knows by English name;
        // 国务卿蓬培奥: a name one character from a known one, with that person's office.
        let known =
            d.english.as_ref().and_then(|en| out.people.iter().position(|p| p.mentions.contains(en))).or_else(|| {
                let [index] = same_person_spelled_otherwise(dicts, discoverer, d, date)[..] else {
                    return None;
                };
                Some(known_slot(&mut out, &mut person_slot, dicts, index, date))
            });
        if let Some(slot) = known {
            for r in &d.ranges {
                let surface = text[r.clone()].to_string();
                if !out.people[slot].mentions.contains(&surface) {
                    out.people[slot].mentions.insert(0, surface);
                }
                out.located.push(Located { at: r.start, end: r.end, entity: Entity::Person(slot) });
            }
            continue;
        }
        let slot = out.people.len();
        let mut mentions: Vec<String> = Vec::new();
        for r in &d.ranges {
            let surface = text[r.clone()].to_string();
            if !mentions.contains(&surface) {
                mentions.push(surface);
            }
            out.located.push(Located { at: r.start, end: r.end, entity: Entity::Person(slot) });
        }
        out.people.push(PersonRecord {
            id: d.id(),
            name: mentions[0].clone(),
            mentions,
            country: d.country.clone(),
            role: d.role.clone(),
            organization: None,
            offices: Vec::new(),
            died: None,
            known: false,
            english: d.english.clone(),
            evidence: Some(sentence_around(
                text,
                &mut sentences,
                d.ranges.iter().find(|r| r.start >= title_end).map_or(0, |r| r.start),
            )),
        });
    }
    // An English name in brackets after a person's name is one of their mentions.
    for l in &out.located {
        if let Entity::Person(slot) = l.entity
            && let Some(english) = bracketed_english(&text[l.end..])
        {
            let mentions = &mut out.people[slot].mentions;
            if !mentions.iter().any(|m| m == english) {
                mentions.push(english.to_string());
            }
        }
    }
    out.located.sort_by_key(|l| l.at);
    let referred = demonstrative_references(&out, text, discoverer.titles(), title_end);
    if !referred.is_empty() {
        out.located.extend(referred);
        out.located.sort_by_key(|l| l.at);
    }
    out
}

/// Offices that 该 stands before for a person (该部长, 该国务卿); 这位 stands before any title.
const OFFICES_AFTER_GAI: &[&str] = &["国务卿", "部长", "外长", "外相", "总统", "总理", "首相", "大使", "特使", "防长"];

/// Words for a country's diplomat in chief, after 这位 (这位美国首席外交官), and the offices
/// they stand for.
const TOP_DIPLOMAT: &[&str] = &["首席外交官", "外交首长"];
const FOREIGN_MINISTERS: &[&str] = &["外交部长", "外长", "国务卿", "外相", "外交大臣", "外务大臣"];

/// A demonstrative and an office standing for a person the body named before (这位国务卿, 这位
/// 美国首席外交官, 这位日本新首相, 该部长): the last person named before it who holds that office (for the
/// diplomat in chief, a foreign minister's), of the country named between, if any. Not one
/// the office names right after (这位国务卿蓬佩奥 is named already).
fn demonstrative_references<'d>(
    out: &Resolved<'d>,
    text: &str,
    titles: &[String],
    title_end: usize,
) -> Vec<Located<'d>> {
    // `located` is in text order: what starts at an offset, or before it, is a binary search away.
    let starting_at = |at: usize| {
        let first = out.located.partition_point(|l| l.at < at);
        out.located[first..].iter().take_while(move |l| l.at == at)
    };
    let mut referred = Vec::new();
    for (at, demonstrative) in text.match_indices("这位").chain(text.match_indices('该')) {
        if at < title_end {
            continue;
        }
        let mut from = at + demonstrative.len();
        let country = starting_at(from).next().and_then(|l| match l.entity {
            Entity::Country(c) if demonstrative == "这位" => Some((c, l.end)),
            _ => None,
        });
        if let Some((_, end)) = country {
            from = end;
        }
        // A new or sitting holder is the holder (这位日本新首相).
        if let Some(modifier) = ["新", "现任"].iter().find(|m| text[from..].starts_with(*m)) {
            from += modifier.len();
        }
        let rest = &text[from..];
        let office: Option<&str> = if demonstrative == "这位" {
            titles
                .iter()
                .map(String::as_str)
                .chain(TOP_DIPLOMAT.iter().copied())
                .filter(|t| rest.starts_with(t))
                .max_by_key(|t| t.len())
        } else {
            OFFICES_AFTER_GAI.iter().copied().filter(|t| rest.starts_with(t)).max_by_key(|t| t.len())
        };
        let Some(office) = office else { continue };
        let end = from + office.len();
        if starting_at(end).any(|l| matches!(l.entity, Entity::Person(_))) {
            continue;
        }
        let holds = |p: &PersonRecord| {
            p.role.iter().chain(&p.offices).any(|r| {
                if TOP_DIPLOMAT.contains(&office) {
                    FOREIGN_MINISTERS.contains(&r.as_str())
                } else {
                    r.ends_with(office) && (office.starts_with('副') || !r.ends_with(&format!("副{office}")))
                }
            })
        };
        let before = &out.located[..out.located.partition_point(|l| l.at < at)];
        let person = before.iter().rev().find_map(|l| match l.entity {
            Entity::Person(slot)
                if holds(&out.people[slot])
                    && country.is_none_or(|(c, _)| out.people[slot].country.as_deref() == Some(c)) =>
            {
                Some(slot)
            }
            _ => None,
        });
        if let Some(slot) = person {
            referred.push(Located { at, end, entity: Entity::Person(slot) });
        }
    }
    referred
}

/// Transliterations that a Latin name right after spells out as someone other than the
/// person a dictionary form at their start names: 达尔玛楠Gérald Darmanin is Darmanin, not
/// Ishaq Dar (达尔), there and wherever else the article writes 达尔玛楠. At most four Han
/// characters (and a bracket) lie between the form and the Latin name. Each is the
/// transliteration and the person it names.
fn respellings<'t>(
    text: &'t str,
    mentions: &[Mention],
    pick_person: &impl Fn(&Mention) -> Option<usize>,
) -> Vec<(&'t str, usize)> {
    let mut found: Vec<(&str, usize)> = Vec::new();
    for m in mentions.iter().filter(|m| matches!(m.targets.first(), Some(Target::Person { .. }))) {
        let end = m.range.end;
        let rest = text[end..].trim_start_matches(is_han);
        let han = text[end..].len() - rest.len();
        if han == 0 || han > 4 * '字'.len_utf8() {
            continue;
        }
        let latin_at = end + han + rest.len() - rest.trim_start_matches(['（', '(']).len();
        // Only the rest of one name: no other mention (马克宏与蒲亭（Vladimir Putin）), no joining word.
        if !text[latin_at..].starts_with(|c: char| c.is_ascii_alphabetic())
            || text[end..end + han].contains(['与', '和', '同', '及', '跟', '对'])
            || mentions.iter().any(|n| (end..latin_at).contains(&n.range.start))
        {
            continue;
        }
        let Some(index) = pick_person(m) else {
            continue;
        };
        let spelled = mentions
            .iter()
            .filter(|n| n.range.start == latin_at)
            .find_map(|n| pick_person(n).filter(|&other| other != index));
        if let Some(other) = spelled {
            let form = &text[m.range.start..end + han];
            if !found.contains(&(form, other)) {
                found.push((form, other));
            }
        }
    }
    found
}

/// Whether the head's title right before a mention is one `person` never held (总统约翰逊 is
/// not Boris Johnson, who was 首相 and 外交大臣): the mention names a namesake. 首相 and 总理
/// stand for one office, and so do 总统 and 国家主席 (越南总统阮富仲). So does a minister's
/// title before one who held no minister's or head's office.
fn titled_as_another(person: &crate::dict::Person, before: &str) -> bool {
    if before.ends_with("部长") && person.never_a_minister() {
        return true;
    }
    head_office_titled(before).is_some_and(|office| heads_never_held(person) & (1 << office) != 0)
}

/// The heads' offices, each with the titles that name it.
const HEAD_OFFICES: &[&[&str]] = &[&["副总统"], &["总统", "国家主席"], &["首相", "总理"]];

/// The head's office (an index of [`HEAD_OFFICES`]) whose title `before` ends with; 副总统
/// ends with 总统: the longer title is found first.
pub(crate) fn head_office_titled(before: &str) -> Option<usize> {
    HEAD_OFFICES.iter().position(|office| office.iter().any(|t| before.ends_with(t)))
}

/// The heads' offices `person` never held, one bit each by [`HEAD_OFFICES`]; none for one
/// the dictionary gives no role (a vice president's 总统 role does not hold the other).
pub(crate) fn heads_never_held(person: &crate::dict::Person) -> u8 {
    if person.roles.is_empty() {
        return 0;
    }
    let mut bits = 0;
    for (i, office) in HEAD_OFFICES.iter().enumerate() {
        let held =
            |title: &str| office.iter().any(|t| title.contains(t) && !(*t == "总统" && title.contains("副总统")));
        if !person.roles.iter().any(|r| held(&r.title)) {
            bits |= 1 << i;
        }
    }
    bits
}

/// Whether a mention ending at `end` is the front of a longer given name: transliterated
/// characters run on from it to the dot of a ·-joined name (克里斯蒂亚•弗里兰 holds no 克里斯蒂).
fn front_of_a_given_name(text: &str, end: usize, shapes: &Shapes) -> bool {
    let rest = &text[end..];
    let run = rest.chars().take_while(|&c| shapes.is_transliteration(c)).count();
    (1..=3).contains(&run) && rest.chars().nth(run).is_some_and(|c| is_joiner(c) && !matches!(c, '-' | '－'))
}

/// Whether a mention at `range` is the front of a longer transliterated name: a transliterated
/// character right after it, where the dot or dash of a joined name is right before it
/// (索菲·佩特罗宁 holds no 佩特罗), else two or more after a mention all transliterated
/// (达尔玛楠 holds no 达尔).
fn front_of_a_longer_name(text: &str, range: std::ops::Range<usize>, shapes: &Shapes) -> bool {
    let run = text[range.end..].chars().take_while(|&c| shapes.is_transliteration(c)).count();
    let joined_before = text[..range.start].chars().next_back().is_some_and(is_joiner);
    let transliterated = text[range.clone()].chars().all(|c| shapes.is_transliteration(c));
    (joined_before && run >= 1) || (transliterated && run >= 2)
}

/// Whether `m` is the given name of the person `next` names, joined to it, being its own
/// holder's family name (米歇尔-巴尼尔 is Michel Barnier, no Charles Michel; but 拜登-哈里斯 are
/// two).
fn given_name_of_the_next(dicts: &Dictionaries, text: &str, m: &Mention, next: &Mention) -> bool {
    let gap = text.get(m.range.end..next.range.start).unwrap_or_default();
    let mut gap_chars = gap.chars();
    if !(gap_chars.next().is_some_and(is_joiner) && gap_chars.next().is_none()) {
        return false;
    }
    let (Some(Target::Person { index: this, .. }), Some(Target::Person { index: other, .. })) =
        (m.targets.first(), next.targets.first())
    else {
        return false;
    };
    let english = |i: usize| dicts.people[i].english.as_deref().unwrap_or_default();
    let family = english(*this).rsplit(' ').next().unwrap_or_default();
    let given = english(*other).split(' ').next().unwrap_or_default();
    !family.is_empty() && family.eq_ignore_ascii_case(given)
}

/// Whether a mention at `range` is the back of a longer given name: a transliterated character
/// right before it, and the dot of a ·-joined name right after it (格莱塔·顿博 holds no 莱塔,
/// 迪马斯·科瓦斯 no 马斯; the caller rules out the end of an office title, 总理阿比·艾哈迈德).
fn back_of_a_given_name(text: &str, range: std::ops::Range<usize>, shapes: &Shapes) -> bool {
    let joined_after = text[range.end..].chars().next().is_some_and(|c| is_joiner(c) && !matches!(c, '-' | '－'));
    joined_after && text[..range.start].chars().next_back().is_some_and(|c| shapes.is_transliteration(c))
}

/// Where the ·-joined name that a mention at `at` ends starts: the start of the
/// transliterated parts before it (妮基·黑利 for a mention 黑利), else `at`.
fn joined_name_start(text: &str, at: usize, shapes: &Shapes) -> usize {
    let mut start = at;
    loop {
        let before = &text[..start];
        let Some(joiner) = before.chars().next_back().filter(|&c| is_joiner(c)) else { return start };
        let part_end = start - joiner.len_utf8();
        let part = text[..part_end].char_indices().rev().take_while(|&(_, c)| shapes.is_transliteration(c)).last();
        match part {
            Some((part_start, _)) if text[part_start..part_end].chars().count() >= 2 => start = part_start,
            _ => return start,
        }
    }
}

/// The slot of the dictionary's person `index` among the article's people, made on first use
/// with the country and role in force on `date`.
fn known_slot(
    out: &mut Resolved,
    slots: &mut HashMap<usize, usize>,
    dicts: &Dictionaries,
    index: usize,
    date: Option<NaiveDate>,
) -> usize {
    *slots.entry(index).or_insert_with(|| {
        let p = &dicts.people[index];
        let role = p.role_on(date);
        out.people.push(PersonRecord {
            id: p.id.clone(),
            name: p.name.clone(),
            mentions: Vec::new(),
            country: role.and_then(|r| r.country.clone()),
            role: role.map(|r| r.title.clone()),
            organization: role
                .filter(|r| r.country.is_none())
                .and_then(|r| dicts.organization_of_post(&r.title))
                .map(|o| o.id.clone()),
            offices: match date {
                Some(d) => p.roles.iter().filter(|r| r.active_on(d)).map(|r| r.title.clone()).collect(),
                None => Vec::new(),
            },
            died: p.died,
            known: true,
            english: None,
            evidence: None,
        });
        out.people.len() - 1
    })
}

/// The dictionary's people that a discovered name may be another spelling of: a strong form
/// one character apart, and the office the article gives the name in force for them on
/// `date`, or left before it for a 前 title (its country, and a title that holds theirs or
/// is held by it: 国务卿, 前国务卿).
fn same_person_spelled_otherwise(
    dicts: &Dictionaries,
    discoverer: &Discoverer,
    d: &Discovered,
    date: Option<NaiveDate>,
) -> Vec<usize> {
    let Some(title) = d.role.as_deref() else {
        return Vec::new();
    };
    discoverer
        .spelled_like(&d.name)
        .into_iter()
        .filter(|&i| {
            dicts.people[i].roles.iter().any(|r| {
                // 前国务卿: an office left before the day.
                let in_force = match date {
                    Some(day) if title.starts_with('前') => r.to.is_some_and(|to| to < day),
                    Some(day) => r.active_on(day),
                    None => true,
                };
                let same_country = d.country.is_none() || d.country == r.country;
                in_force && same_country && (title.contains(r.title.as_str()) || r.title.contains(title))
            })
        })
        .collect()
}

/// A set of dictionary indices, sorted: a few per article, so a search of a vector beats a
/// tree's allocations.
struct IndexSet(Vec<usize>);

impl IndexSet {
    fn of(indices: impl Iterator<Item = usize>) -> IndexSet {
        let mut indices: Vec<usize> = indices.collect();
        indices.sort_unstable();
        indices.dedup();
        IndexSet(indices)
    }

    fn contains(&self, index: usize) -> bool {
        self.0.binary_search(&index).is_ok()
    }
}

/// The sentence (between 。！？ or line ends) around byte offset `at`. `known` holds the
/// sentences found before (start → end), so that a sentence naming many people is searched
/// for once, not once a person.
fn sentence_around(text: &str, known: &mut std::collections::BTreeMap<usize, usize>, at: usize) -> String {
    let (start, end) = match known.range(..=at).next_back() {
        Some((&start, &end)) if at < end => (start, end),
        _ => {
            let is_end = |c: char| matches!(c, '。' | '！' | '？' | '\n');
            let start = text[..at].rfind(is_end).map_or(0, |i| i + text[i..].chars().next().map_or(1, char::len_utf8));
            let end = text[at..]
                .find(is_end)
                .map_or(text.len(), |i| at + i + text[at + i..].chars().next().map_or(0, char::len_utf8));
            known.insert(start, end);
            (start, end)
        }
    };
    text[start..end].trim().to_string()
}

fn add_org<'d>(
    dicts: &'d Dictionaries,
    out: &mut Resolved,
    slots: &mut HashMap<&'d str, usize>,
    i: usize,
    surface: &str,
) {
    let o = &dicts.organizations[i];
    let slot = *slots.entry(o.id.as_str()).or_insert_with(|| {
        out.organizations.push(OrganizationRecord {
            id: o.id.clone(),
            name: o.name.clone(),
            mentions: Vec::new(),
            country: o.country.clone(),
            kind: o.kind.clone(),
        });
        out.organizations.len() - 1
    });
    let mentions = &mut out.organizations[slot].mentions;
    if !mentions.iter().any(|m| m == surface) {
        mentions.push(surface.to_string());
    }
}
