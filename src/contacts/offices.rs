//! Offices and organisations: the holders of an office a text names for a list of countries
//! (中印两国外长, 美日印澳四国外长), and the international organisations people take part for.

use super::SentenceFacts;
use crate::resolve::Resolved;

/// The international organisations among `people`: those of the posts of people who hold
/// no country's office, in order.
pub(super) fn organizations_of(resolved: &Resolved, people: &[usize]) -> Vec<String> {
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
pub(super) fn side_organization(person: &crate::resolve::PersonRecord) -> Option<&String> {
    person.organization.as_ref().filter(|_| person.country.is_none())
}

/// Words of the text that stand for the holders of an office (外长, 防长, 元首), and the
/// roles of the people who hold it.
pub(super) const OFFICES: &[(&str, &[&str])] = &[
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
    ("大使", &["大使"]),
];

/// The roles of defence ministers.
const DEFENCE_MINISTERS: &[&str] = &["防长", "国防部长", "国防部部长", "防卫大臣", "防卫相", "国防大臣", "国防部长官"];

/// The roles of foreign ministers.
/// (Korea's is 外交部长官.)
const FOREIGN_MINISTERS: &[&str] =
    &["外长", "外交部长", "外交部部长", "外相", "国务卿", "外交大臣", "外务大臣", "外务相", "外交部长官"];

/// Words after an office word that make it part of another (总统府, 总统大选, 总统特使).
const NOT_THE_OFFICE: &[char] =
    &['府', '办', '职', '位', '选', '候', '大', '官', '夫', '特', '顾', '助', '秘', '发', '代', '任', '级', '国', '馆'];

/// The roles of heads of state or government.
pub(super) const HEADS: &[&str] = &["总统", "国家主席", "首相", "总理"];

/// Whether `person` holds one of `roles` on the article's day (its role or any office then
/// in force), not as a deputy, a former or a designate holder.
pub(super) fn holds_one_of(person: &crate::resolve::PersonRecord, roles: &[&str]) -> bool {
    let holds = |role: &str| {
        roles.iter().any(|r| role.ends_with(r)) && !["副", "前", "次", "候任"].iter().any(|w| role.contains(w))
    };
    person.role.as_deref().is_some_and(holds) || person.offices.iter().any(|o| holds(o))
}

/// The one person of the article of `country` who holds one of `roles`; none where the
/// article names two.
pub(super) fn sole_holder(resolved: &Resolved, country: &str, roles: &[&str]) -> Option<usize> {
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
pub(super) fn office_holders(
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
            // 当选的美国总统 is not the president in office; the elect named before another
            // partner is not this office's (美国总统当选人拜登（Joe Biden）今天和以色列总理及印度总理
            // 举行……通话: both premiers are in office). The office's own phrase starts past the
            // last break or word that joins two names.
            let phrase = text[..i]
                .rfind(['，', '。', '；', '：', '、', '与', '和', '及', '同', '跟'])
                .map_or(0, |j| j + text[j..].chars().next().map_or(0, char::len_utf8));
            let elect = ["当选", "候任", "下任", "下届"].iter().any(|w| text[phrase..i].contains(w));
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
pub(super) fn countries_of_office<'d>(
    f: &SentenceFacts<'d>,
    sentence: &str,
    range: &std::ops::Range<usize>,
    at: usize,
) -> Vec<&'d str> {
    let mut named = f.countries.iter().filter(|(c, _)| range.contains(c) && *c < at).rev();
    let Some(&(mut last, mut country)) = named.next() else {
        return Vec::new();
    };
    // An envoy's post is not his country (中国驻英大使): the country named right before 驻.
    if sentence[..last].ends_with('驻') {
        match named.next() {
            Some(&(c, sender)) if f.end_of(c) + '驻'.len_utf8() == last => (last, country) = (c, sender),
            _ => return Vec::new(),
        }
    }
    // Only a count or 的 between (中印两国外长, 美加墨3国领袖, 美国与澳大利亚的外长): 白俄反对派领袖
    // are not Belarus's leaders.
    let near = sentence.get(f.end_of(last)..at).is_some_and(|gap| {
        // Other offices of the list may come between (美国与澳大利亚的外长与防长).
        // So may words of the holder in office (美国现任总统, 北韩最高领导人).
        let gap = OFFICES.iter().fold(gap.to_string(), |g, (word, _)| g.replace(word, ""));
        let gap = ["现任", "最高"].iter().fold(gap, |g, word| g.replace(word, ""));
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
