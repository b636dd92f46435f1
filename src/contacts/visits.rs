//! Visits: the traveller and destinations of a trip word (访问, 前往, 访华), trips that are no
//! visit, and a meeting told by a traveller's words to a host on a trip.

use super::offices::office_holders;
use super::sides::{close_after, headline_part_start, names_a_group, names_a_source};
use super::{Contact, ContactType, MERGE_WINDOW, SentenceFacts, Status, clause_around, past_asides, words_up_to};
use crate::resolve::Resolved;

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

/// Nouns of a trip's own events, which a trip qualifies with 的 (访问台湾的消息, 访华的行程).
const EVENTS_OF_A_TRIP: &[&str] = &[
    "消息", "新闻", "报道", "报导", "计划", "行程", "事", "可能", "决定", "邀请", "安排", "意向", "目的", "活动",
    "问题", "传闻", "成果", "重要", "意义", "第",
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

/// Trip words that name the region gone to (王毅访欧): a country is a destination of theirs only
/// as a stop told right after (访欧首站意大利).
const REGION_TRIPS: &[&str] = &["访欧"];

/// Words after a country that make it the qualifier of the places named next (美国盟邦日韩).
const QUALIFIED: &[&str] = &["盟邦", "盟友", "盟国", "邻国", "伙伴"];

/// Words after a country that make it the qualifier of a site gone to, which is not in that
/// country or not a visit to it (访问了佛罗里达州的委内瑞拉社区, 前往中国志愿军陵园 in Pyongyang).
const QUALIFIED_SITES: &[&str] = &["社区", "侨社", "陵园", "公墓", "墓地", "志愿军"];

/// Words after a pair of countries (中印, 美墨) that name the line between them, where each
/// goes on its own side (莫迪前往中印冲突地区视察军队, 即将抵达美墨边界的移民).
const BORDERS: &[&str] = &["边界", "边境", "冲突地区", "冲突区", "争议地区", "对峙地区", "前线"];

/// Words of a sentence that make a trip no visit: an arrest, an exile, a flight, a move, a
/// posting, a holiday, a match to play, medical care (前往西班牙，接受眼睛手术; 院方拒绝他乘机
/// 前往德国; 秘密前往英国，疑似投靠罗冠聪; 到一个重要国家当大使，可能前往中国; 前往澳洲参赛).
const NOT_VISITS: &[&str] = &[
    "逮捕",
    "被捕",
    "拘留",
    "流亡",
    "逃往",
    "出逃",
    "潜逃",
    "避难",
    "庇护",
    "留学",
    "旅游",
    "度假",
    "离港",
    "就医",
    "治疗",
    "看病",
    "疗养",
    "手术",
    "救治",
    "院方",
    "转院",
    "自首",
    "投案",
    "参战",
    "圣战",
    "投靠",
    "移居",
    "定居",
    "秘密离开",
    "逃离",
    "声援",
    "参赛",
    "出赛",
    "参加比赛",
    "当大使",
    "出任大使",
    "担任大使",
    "赴任",
];

/// The sides of a visit: the traveller (the person named last before the trigger, or the
/// first after it in 访问的X) and the countries named after the trigger in its clause,
/// before the next trigger (王毅出访意大利，他还将前往荷兰).
pub(super) fn visit_sides(
    f: &SentenceFacts,
    resolved: &Resolved,
    sentence: &str,
    trigger_at: usize,
    next_trigger: usize,
    clause: &std::ops::Range<usize>,
) -> Option<(Vec<usize>, Vec<String>)> {
    // 访问的X, or a trip with its destination qualifying its traveller, named or by office
    // (访问台湾的美国卫生部长阿扎尔, 访问台湾的捷克议长); not an event of the trip (访问台湾的消息),
    // nor the first to make it (李登辉成为首位访问美国的台湾领导人, 他是首位访问美国的中华民国总统).
    let attributive = sentence[trigger_at..].find('的').is_some_and(|i| {
        let after_at = trigger_at + i + '的'.len_utf8();
        let noun: String = sentence[after_at..].chars().take_while(|c| !"，。；：,;:".contains(*c)).take(12).collect();
        let traveller_named = f.people.iter().any(|&(at, _)| at >= after_at && at < after_at + noun.len())
            || TRAVELLING_OFFICES.iter().any(|w| noun.contains(w));
        let destination_only =
            f.countries.iter().any(|&(at, _)| at == f.end_of(trigger_at) && f.end_of(at) == trigger_at + i)
                && traveller_named
                && !["成为", "首位", "第一位", "首名", "第一个"]
                    .iter()
                    .any(|w| sentence[clause.start.min(trigger_at)..trigger_at].contains(w));
        !sentence[trigger_at..trigger_at + i].contains(['，', '。', '；'])
            && (i <= 6 || destination_only)
            && !EVENTS_OF_A_TRIP.iter().any(|w| noun.starts_with(w))
    });
    // The partner of a contact of an earlier clause (昨天与印尼国防部长普拉伯沃会面，下周还将访问
    // 印度) is not the traveller; a companion (与……贺瑞布一起，组成了访问台湾的代表团) may be.
    let partner_of_another = |at: usize| {
        let its_clause = clause_around(sentence, at);
        !its_clause.contains(&trigger_at)
            && sentence[its_clause.start..at].contains(['与', '同', '跟'])
            && f.triggers.iter().any(|&(t, k)| t > at && its_clause.contains(&t) && k != ContactType::Visit)
    };
    // Not a person named before an office holder who travels (王毅在德国批评捷克将为其国会参议院
    // 议长访台付出代价): the holder, unnamed, is the traveller.
    // A holder of another country's office, not the delegation the person leads (率90人代表团).
    let before_another_traveller = |at: usize, p: usize| {
        let gap = f.end_of(at)..trigger_at;
        let another_country = f.countries.iter().any(|&(c_at, c)| {
            gap.contains(&c_at) && resolved.people[p].country.as_deref().is_some_and(|home| home != c)
        });
        TRAVELLING_OFFICES
            .iter()
            .find_map(|w| sentence[gap.clone()].strip_suffix(w))
            .is_some_and(|rest| another_country && !rest.contains(['的', '率']) && !rest.contains("带领"))
    };
    // Nor one named in a clause of time that ends right before the trip word (王毅为何在美国当选总统
    // 拜登声明……的时候访问韩国): the subject before it travels.
    let in_a_time_clause = |at: usize| {
        let gap = &sentence[f.end_of(at)..trigger_at];
        ["的时候", "之际"].iter().any(|w| gap.strip_suffix(w).is_some())
            && sentence[clause.start.min(at)..at].contains('在')
    };
    // Nor the object of an earlier trip word of the sentence (访问了安倍晋三前首相的事务所，与安倍
    // 举行了会谈，并传达了……10月中旬将访问越南和印度尼西亚的计划): the one visited.
    let visited_before = |at: usize| {
        f.triggers.iter().any(|&(t, k)| {
            k == ContactType::Visit
                && t < at
                && f.end_of(t) <= at
                && sentence[f.end_of(t)..at].trim_start_matches(['了', '过']).is_empty()
        })
    };
    // Nor one the traveller is compared with (王毅先于杨洁篪访问了意大利).
    let compared_with = |at: usize| ["先于", "早于", "晚于", "后于"].iter().any(|w| sentence[..at].ends_with(w));
    let named_before = if attributive {
        None
    } else {
        f.people
            .iter()
            .rfind(|(at, _)| {
                *at < trigger_at
                    && !partner_of_another(*at)
                    && !in_a_time_clause(*at)
                    && !compared_with(*at)
                    && !visited_before(*at)
            })
            .filter(|&&(at, p)| !before_another_traveller(at, p))
            .copied()
    };
    let mut traveller = if attributive {
        f.people.iter().find(|(at, _)| *at > trigger_at).map(|(_, p)| *p)
    } else {
        named_before.map(|(_, p)| p)
    };
    // Who travels with the traveller named before the trip word (艾斯培……将随同国务卿蓬佩奥
    // 访问印度).
    let companions = named_before.map_or_else(Vec::new, |(at, p)| companions(f, resolved, sentence, at, p));
    // The traveller's country, or a companion's where the text gives the traveller none.
    let home = traveller.into_iter().chain(companions.iter().copied()).find_map(|p| resolved.people[p].country.clone());
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
                // A headline part of its own (特朗普贺菅义伟任首相 日安保局长访美).
                && headline_part_start(gap, gap.len()) == 0
                && !["夫人", "妻子", "丈夫", "儿子", "女儿", "胞弟", "胞兄"].iter().any(|w| gap.contains(w))
        });
        if attributive || !subject_right_before {
            return None;
        }
        if !countries.iter().any(|x| x == destination) {
            countries.push(destination.to_string());
        }
    }
    // 对日本进行国事访问, 赴美访问, 至台湾访问, 前往……最后一站德国访问: the destination named
    // before the trigger.
    let named_before = f
        .countries
        .iter()
        .rfind(|(at, _)| *at < trigger_at && clause.contains(at))
        .filter(|(at, _)| {
            ["对", "赴", "到", "往", "至", "一站"].iter().any(|w| sentence[..*at].ends_with(w))
                && sentence.get(f.end_of(*at)..trigger_at).is_some_and(|gap| gap.chars().count() <= 4)
        })
        .map(|&(_, c)| c);
    if let Some(c) = named_before
        && !countries.iter().any(|x| x == c)
    {
        countries.push(c.to_string());
    }
    // Destinations: the country right after the trigger (访问了日本, 前往荷兰), then those that
    // continue the list (，法国，德国及挪威), up to the next trigger; none past a trip word or
    // a clause that names its destination (访台遭中国严词抨击, 至台湾访问并没有违反捷克与中国之间的
    // 协定).
    let mut last_end = f.end_of(trigger_at);
    let mut first = true;
    // (抵英国与丹麦 names them in full: 抵 is the trip word.)
    let in_full = sentence[f.end_of(trigger_at)..].starts_with('国');
    let named = (destination.is_some() && !in_full) || named_before.is_some();
    for (at, c) in f.countries.iter().filter(|(at, _)| !named && *at > trigger_at && *at < next_trigger) {
        // A country that qualifies the destinations (出访美国盟邦日韩) is none of them.
        if first && let Some(word) = QUALIFIED.iter().find(|w| sentence[f.end_of(*at)..].starts_with(**w)) {
            last_end = f.end_of(*at) + word.len();
            continue;
        }
        // A country the place borders (前往德克萨斯州参观与墨西哥接壤的边境墙) is not gone to.
        if ["接壤", "交界", "毗邻"].iter().any(|w| sentence[f.end_of(*at)..].starts_with(w)) {
            break;
        }
        // Nor one that qualifies the site gone to (佛罗里达州的委内瑞拉社区, 中国志愿军陵园), nor one
        // gone to for a hospital stay (飞往德国住院), nor a pair of countries whose border or front
        // is gone to (前往中印冲突地区, 抵达美墨边界).
        // (A compound names each side with a mention of its own: 中 then 印, back to back.)
        let mut run_end = f.end_of(*at);
        let mut in_run = 1;
        while let Some(&(next, _)) = f.countries.iter().find(|(a, _)| *a == run_end && *a > *at)
            && f.end_of(next) > run_end
        {
            run_end = f.end_of(next);
            in_run += 1;
        }
        if QUALIFIED_SITES.iter().chain(&["住院"]).any(|w| sentence[f.end_of(*at)..].starts_with(w))
            || in_run >= 2 && BORDERS.iter().any(|w| sentence[run_end..].starts_with(w))
        {
            break;
        }
        // Nor one going on from a destination that names a source of what follows (出访台湾，法国
        // « 世界报 »分析认为) or a group of people of no government (法国香港与维族社群呼吁): the
        // list of places ends. (The first stays: 到访巴黎时接受了法国《费加罗报》的专访.)
        if !first && (names_a_source(&sentence[f.end_of(*at)..]) || names_a_group(&sentence[f.end_of(*at)..])) {
            break;
        }
        let gap = sentence.get(last_end..*at).unwrap_or("");
        // A trip word that names its region (访欧) has for destination only a country told as
        // a stop of it (访欧首站意大利), not one named later in the clause (在访欧途中批评……捷克,
        // 访欧旨在中美对抗).
        if first
            && REGION_TRIPS.contains(&trip_word)
            && !["首站", "一站", "第一站", "最后一站", "终点站", "站"].iter().any(|w| gap.ends_with(w))
            && !gap.is_empty()
        {
            break;
        }
        // Not the object of what the trip does (访问可能会激怒中国, 访问令北京不满).
        let affects = |gap: &str| {
            ["可能", "将会", "激怒", "惹恼", "惹怒", "引发", "引起", "令", "让", "使"].iter().any(|w| gap.contains(w))
        };
        // A part of the country named before it (北赛普勒斯, 南苏丹 read as 苏丹) is of the place.
        let place_at = sentence[..*at].strip_suffix(['北', '南', '东', '西']).map_or(*at, str::len);
        let continues = if first {
            close_after(sentence, last_end, place_at) && !affects(gap)
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
    // A trip word with no destination (美国国务卿蓬佩奥今天到访，企图……) in a wire story goes to
    // where the story is filed from (法新社苏利南首都巴拉马利波17日电).
    let goes_nowhere_named = countries.len() == 1
        && ARRIVING.contains(&trip_word)
        && sentence[f.end_of(trigger_at)..].starts_with(['，', '。', '；'])
        && !f.countries.iter().any(|(at, c)| clause.contains(at) && !countries.iter().any(|x| x == c));
    if goes_nowhere_named && let Some(c) = f.dateline_country.filter(|c| !countries.iter().any(|x| x == c)) {
        countries.push(c.to_string());
    }
    // 中国外长访问意大利: the visiting side is named as a country just before the trigger, with
    // the office or delegation that travels (从瑞典前往罗马尼亚 is nobody's visit).
    // The office's holder the article names travels (继意大利和荷兰之后，中国外长将访问法国和德国,
    // in an article that names 中国外长王毅).
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
        if let [holder] = office_holders(resolved, f, sentence, *at..trigger_at, &[])[..] {
            traveller = Some(holder);
        }
    }
    // A trip that is no visit: an arrest, an exile, a flight (抵达洛杉矶机场时被逮捕).
    let no_visit = NOT_VISITS.iter().any(|w| sentence.contains(w));
    // The host who welcomes the traveller (鲁卡申柯2月曾欢迎蓬佩奥到访) meets them: the sides
    // are the two of them, the host first, and the host's country is visited.
    let host = traveller.and_then(|t| welcoming_host(f, resolved, sentence, trigger_at, t));
    if let Some(h) = host
        && let Some(c) = &resolved.people[h].country
        && !countries.contains(c)
    {
        countries.push(c.clone());
    }
    // An envoy travelling in the country of the post (这位大使……在中国期间访问了中国26个省) is
    // on no visit; not one recalled from a year named, when the post may not yet be theirs
    // (1984年，布兰斯塔德以州长身份访问中国).
    let names_a_year = sentence.match_indices('年').any(|(i, _)| {
        sentence[..i].len() >= 4
            && sentence.is_char_boundary(i - 4)
            && sentence[i - 4..i].bytes().all(|b| b.is_ascii_digit())
    });
    let posted_there = !names_a_year
        && (traveller.is_some_and(|t| countries.iter().skip(1).any(|c| posted_to(resolved, t, c)))
            || countries.iter().skip(1).any(|c| envoy_to_post(resolved, sentence, clause.start, trigger_at, c)));
    if !visitor || no_visit || posted_there || countries.len() < 2 {
        return None;
    }
    Some((host.into_iter().chain(companions).chain(traveller).collect(), countries))
}

/// Words by which their subject travels with the traveller named right after them (随同国务卿
/// 蓬佩奥访问印度); not 在……陪同下, the host's.
const ACCOMPANYING: &[&str] = &["随同", "陪同", "偕同", "跟随"];

/// Who travels with the traveller `traveller`, named at `traveller_at` before the trip word:
/// the subject of 随同 / 陪同 right before the traveller's title and name (美国国防部长艾斯培
/// ……下周将随同国务卿蓬佩奥访问印度), the last person named before that word, of the
/// traveller's country or of none. People merely listed with the traveller are left out: a list
/// may be of trips apart (分别在8月和9月访问) or of people sent or invited by another.
fn companions(
    f: &SentenceFacts,
    resolved: &Resolved,
    sentence: &str,
    traveller_at: usize,
    traveller: usize,
) -> Vec<usize> {
    // A mention inside brackets is the English name of the one named before them: the
    // traveller is where the Chinese name is.
    let in_brackets = |at: usize| sentence[..at].rfind(['（', '(']) > sentence[..at].rfind(['）', ')']);
    let traveller_at = if in_brackets(traveller_at) {
        f.people
            .iter()
            .rfind(|&&(at, q)| at < traveller_at && q == traveller && !in_brackets(at))
            .map_or(traveller_at, |&(at, _)| at)
    } else {
        traveller_at
    };
    let home = resolved.people[traveller].country.as_deref();
    let same_side = |q: usize| {
        let country = resolved.people[q].country.as_deref();
        country.is_none() || home.is_none() || country == home
    };
    let clause = clause_around(sentence, traveller_at);
    let from = clause.start.min(traveller_at);
    let accompanying = ACCOMPANYING.iter().find_map(|w| {
        let i = sentence[from..traveller_at].rfind(w)? + from;
        let after = i + w.len();
        ((close_after(sentence, after, traveller_at) || after == traveller_at)
            && !sentence[from.min(i)..i].contains('在'))
        .then_some(i)
    });
    accompanying
        .and_then(|word_at| f.people.iter().rfind(|&&(at, q)| at < word_at && q != traveller))
        .map(|&(_, q)| q)
        .filter(|&q| same_side(q))
        .into_iter()
        .collect()
}

/// Whether the person in slot `p` holds an envoy's post in country `code` (驻华大使, 驻美国大使,
/// 驻日代表): the place after 驻 is its name, a form the article uses, or its short form.
fn posted_to(resolved: &Resolved, p: usize, code: &str) -> bool {
    let person = &resolved.people[p];
    // The post may follow the sending country (索马里兰驻台湾代表); not a former post (前驻……大使).
    person.role.iter().chain(&person.offices).any(|role| {
        let Some((sender, post)) = role.split_once('驻') else { return false };
        !sender.ends_with('前') && posted_in(resolved, post, code)
    })
}

/// Envoys' titles after the place of their post.
const ENVOYS: &[&str] = &["大使", "代表", "公使", "领事", "总领事", "代办"];

/// Whether `post` (what follows 驻: 华大使, 台湾代表) is an envoy's post in country `code`.
fn posted_in(resolved: &Resolved, post: &str, code: &str) -> bool {
    let Some(country) = resolved.countries.iter().find(|c| c.id == code) else { return false };
    let place = ENVOYS.iter().find_map(|w| post.find(w).map(|i| &post[..i])).unwrap_or("");
    !place.is_empty()
        && (place == country.name
            || country.mentions.iter().any(|m| m == place)
            || TRIP_DESTINATIONS.iter().any(|&(short, c)| c == code && short == place))
}

/// Whether the trip word is told of an envoy named by office right before it, going to the
/// country of the post (直到新任驻华大使抵达中国): taking up the post, no visit.
fn envoy_to_post(resolved: &Resolved, sentence: &str, clause_start: usize, trigger_at: usize, code: &str) -> bool {
    let before = &sentence[clause_start.min(trigger_at)..trigger_at];
    before.rfind('驻').is_some_and(|i| {
        let post = &before[i + '驻'.len_utf8()..];
        post.chars().count() <= 8
            && ENVOYS.iter().any(|w| post.trim_end_matches(['将', '已', '会', '要']).ends_with(w))
            && posted_in(resolved, post, code)
    })
}

/// Words of a headline that make the trips of one it names after them no visits: an exile
/// sought, a flight, an arrest, a surrender, a protest joined (张崑阳赴英 疑似投靠罗冠聪;
/// 李孟居赴港声援反送中……被捕). Not 流亡 alone: a lawmaker's trip abroad that ends in exile
/// may be a visit first (许智峯啟程前往丹麥, at Danish lawmakers' invitation).
const FLIGHTS_IN_A_TITLE: &[&str] = &["投靠", "声援", "被捕", "逮捕", "拘留", "投案", "自首", "出逃", "逃往", "避难"];

/// The people the title names with one of [`FLIGHTS_IN_A_TITLE`] in the twenty characters
/// after them: their trips in the body are no visits, though its sentence may not say why
/// (据报道，张崑阳……当晚乘坐客机飞往英国).
pub(super) fn fled_in_title(text: &crate::clean::Text, resolved: &Resolved) -> Vec<usize> {
    let mut fled = Vec::new();
    for s in text.sentences.iter().filter(|s| s.paragraph == 0) {
        for l in resolved.located_in(s.range.clone()) {
            let crate::resolve::Entity::Person(p) = l.entity else { continue };
            let after: String = text.body[l.end.min(s.range.end)..s.range.end].chars().take(20).collect();
            if FLIGHTS_IN_A_TITLE.iter().any(|w| after.contains(w)) && !fled.contains(&p) {
                fled.push(p);
            }
        }
    }
    fled
}

/// Trip words that leave the destination unnamed, as where the story is told from (今天到访).
const ARRIVING: &[&str] = &["到访", "来访"];

/// Verbs of a host receiving a traveller, right before the traveller's name (欢迎蓬佩奥到访).
const WELCOMING: &[&str] = &["欢迎", "接待", "迎接"];

/// The person who welcomes `traveller` (鲁卡申柯2月曾欢迎蓬佩奥到访), of another country: named
/// right before a welcoming verb that comes right before the traveller, in the trip word's
/// clause; or named after 获/受到 at the head of the next clause, a few words before a welcoming
/// verb (塔米姆今天抵达沙乌地阿拉伯，获沙国王储穆罕默德．沙尔曼热情相拥欢迎).
pub(super) fn welcoming_host(
    f: &SentenceFacts,
    resolved: &Resolved,
    sentence: &str,
    trigger_at: usize,
    traveller: usize,
) -> Option<usize> {
    let clause = clause_around(sentence, trigger_at);
    let of_another_country = |host: usize| {
        resolved.people[host].country.is_some() && resolved.people[host].country != resolved.people[traveller].country
    };
    let next_start = sentence[clause.end..].chars().next().map(|c| clause.end + c.len_utf8());
    if let Some(next) = next_start.map(|at| clause_around(sentence, at))
        && let Some(verb) = ["获", "受到", "得到"].iter().find(|w| sentence[next.clone()].starts_with(**w))
        && let Some(&(host_at, host)) = f.people.iter().find(|&&(at, _)| next.contains(&at))
        && sentence[next.start + verb.len()..host_at].chars().count() <= 12
        && of_another_country(host)
    {
        let after = words_up_to(&sentence[f.end_of(host_at)..], "，。；", 8);
        if WELCOMING.iter().any(|w| after.contains(w)) {
            return Some(host);
        }
    }
    // The traveller's first name in the clause (蓬佩奥（Mike Pompeo）到访).
    let &(traveller_at, _) =
        f.people.iter().find(|&&(at, p)| p == traveller && clause.contains(&at) && at < trigger_at)?;
    let before = sentence.get(clause.start..traveller_at)?;
    let verb = WELCOMING.iter().find(|v| before.ends_with(**v))?;
    let verb_at = traveller_at - verb.len();
    let &(host_at, host) = f.people.iter().rfind(|&&(at, _)| at < verb_at && clause.contains(&at))?;
    let gap = &sentence[f.end_of(host_at)..verb_at];
    (gap.chars().count() <= 8 && !gap.contains(['，', '、', '与', '和']) && of_another_country(host)).then_some(host)
}

/// Verbs of saying something to someone (蓬佩奥……对其外交部长迪内什·古纳瓦德纳说).
pub(super) const SAYING: &[&str] = &["说", "表示", "指出", "强调", "保证", "提出"];

/// A meeting that a traveller's words to a host tell of (蓬佩奥在……斯里兰卡对其外交部长迪内
/// 什·古纳瓦德纳说), with no contact word: the traveller of a trip held that the article just
/// reported, and a person of the country visited, named after 对 in the same clause and
/// followed by a verb of saying; the trip's day.
pub(super) fn told_on_trip(
    sentence: &str,
    f: &SentenceFacts,
    resolved: &Resolved,
    contacts: &[Contact],
) -> Option<Contact> {
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

/// Verbs of dealing in person with someone named after 与 (与莫迪强调, 与蒙古巴特图勒嘎总统签数多
/// 份文件, 与特朗普亲自在白宫草坪举行植树仪式).
const DEALING: &[&str] =
    &["讨论", "商讨", "探讨", "交换意见", "签署", "签", "互动", "强调", "确认", "达成", "举行", "共同", "共进", "一起"];

/// A meeting that what a traveller does with a host tells of, with no contact word (普京于去年
/// 九月访问蒙古，与蒙古巴特图勒嘎总统签数多份文件; 访问期间，特朗普与莫迪强调……): the
/// traveller of a trip the article just reported (or this sentence reports), the subject of the
/// sentence or left unsaid, and a person of the country visited named after 与 / 和 / 同 / 跟
/// and followed in the clause by a verb of dealing with them; the trip's status and day.
pub(super) fn dealt_with_on_trip(
    sentence: &str,
    f: &SentenceFacts,
    resolved: &Resolved,
    contacts: &[Contact],
) -> Option<Contact> {
    if f.triggers.iter().any(|&(_, k)| matches!(k, ContactType::Phone | ContactType::Video)) {
        return None;
    }
    f.people.iter().find_map(|&(host_at, host)| {
        let before = &sentence[..host_at];
        let with = before.rfind(['与', '和', '同', '跟'])?;
        let title = &before[with + '与'.len_utf8()..];
        if title.chars().count() > 12 || title.contains(['，', '、', '。', '；']) {
            return None;
        }
        // The subject: the person named first, before 与, or no one (left unsaid, 他); past one
        // who says it (越南外交部发言人黎氏秋姮表示，菅义伟访问期间将与越南总理阮春福……进行讨论).
        let named_before: Vec<&(usize, usize)> = f.people.iter().filter(|&&(at, _)| at < with).collect();
        let speaker = named_before.first().copied().filter(|&&(at, _)| {
            let after = &sentence[f.end_of(at)..];
            SAYING.iter().any(|w| after[past_asides(after)..].starts_with(w))
        });
        let subject = named_before
            .iter()
            .copied()
            .find(|&&(_, p)| speaker.is_none_or(|&(_, s)| s != p))
            .or(speaker)
            .map(|&(_, p)| p);
        let trip = contacts.iter().rev().take(MERGE_WINDOW).find(|c| {
            c.kind == ContactType::Visit
                && c.people.len() == 1
                && subject.is_none_or(|p| c.people[0] == resolved.people[p].id)
                && c.countries.len() == 2
                && resolved.people[host].country.as_ref() == c.countries.get(1)
        })?;
        // Not a meeting with the host reported already (与意大利外交部长迪马约举行的联合新闻发布会).
        let host_id = &resolved.people[host].id;
        if contacts
            .iter()
            .rev()
            .take(MERGE_WINDOW)
            .any(|c| c.people.contains(&trip.people[0]) && c.people.contains(host_id))
        {
            return None;
        }
        let after = &sentence[f.end_of(host_at)..];
        let after = &after[past_asides(after)..];
        // A topic told with 就 comes before the verb (与越南总理阮春福就包括防务在内的一系列领域
        // 合作进行讨论): the verb is looked for to the clause's end.
        let gap = if after.starts_with('就') {
            words_up_to(after, "，。；：", 30)
        } else {
            words_up_to(after, "，。；：、", 10)
        };
        let verb = DEALING.iter().filter_map(|v| gap.find(v)).min()?;
        let like =
            ["一样", "一道", "相同", "之间", "不同"].iter().any(|w| gap[..verb].contains(w) || after.starts_with(w));
        (!like).then(|| Contact {
            kind: ContactType::Meeting,
            people: vec![trip.people[0].clone(), resolved.people[host].id.clone()],
            evidence: String::new(),
            negotiation: false,
            multilateral: false,
            ..trip.clone()
        })
    })
}

/// Verbs by which a traveller deals in person with the host named right after them and their
/// title (劝阻蒋介石, 要求普京总统, 日前面对马克龙).
const ACTING_ON_HOST: &[&str] = &["劝阻", "劝说", "说服", "要求", "敦促", "见到", "面见", "面对"];

/// Verbs of passing words on, after 向 / 对 and the host (向菅义伟传达特朗普总统的问候).
const CONVEYING: &[&str] = &["传达", "转达", "转交", "表示", "强调", "提出", "说"];

/// Words after 站在 and the host that put the traveller at the host's side (站在……尼坦雅胡身旁).
const AT_THE_SIDE: &[&str] = &["身旁", "身边", "旁边"];

/// Words after 接受 and the host of an honour handed over (接受……游锡堃颁赠……勋章).
const HANDING_OVER: &[&str] = &["颁赠", "颁发", "颁授", "授予", "赠送"];

/// Verbs by which a host deals in person with the traveller named right after them (雷蒙杰索
/// 事后说他告诉艾斯培).
const ACTING_ON_TRAVELLER: &[&str] = &["告诉", "陪同", "款待"];

/// A meeting that a traveller's dealing face to face with a host tells of, with no contact word
/// (哈里曼……访台，劝阻蒋介石反攻大陆; 巴希尔……访问俄罗斯期间，要求普京总统“保护”苏丹; 在捷克
/// 总统泽曼的陪同下，……邀请习近平检阅部队; 蓬佩奥站在以国总理尼坦雅胡身旁指出; 雷蒙杰索……
/// 告诉艾斯培): a person of the country visited, named in a sentence that names the traveller of
/// a trip held that the article reported (or this sentence reports), in one of these relations:
/// - the traveller acts on the host: a verb of [`ACTING_ON_HOST`] (or 向 / 对 with a verb of
///   [`CONVEYING`] after the host, 站在 with [`AT_THE_SIDE`], 接受 with [`HANDING_OVER`]) right
///   before the host's title, whose subject is the traveller: named shortly before it in its
///   clause with no one between, or, named first in the sentence, left unsaid or called 他 at
///   the head of the verb's clause;
/// - the host acts on the traveller: a verb of [`ACTING_ON_TRAVELLER`] right before the
///   traveller's name, a few words after the host's with no one between;
/// - the host accompanies the traveller, named later (在……泽曼的陪同下).
///
/// A planned trip's host is left alone: the day of a reception still ahead is seldom the trip's
/// (菅义伟仍将接受其礼节性拜访, on the last day of a 4-to-6 October visit). The meeting has
/// the trip's status and day, as in [`dealt_with_on_trip`].
pub(super) fn faced_on_trip(
    sentence: &str,
    f: &SentenceFacts,
    resolved: &Resolved,
    contacts: &[Contact],
) -> Option<Contact> {
    const BREAKS: [char; 5] = ['，', '。', '；', '：', '、'];
    if f.triggers.iter().any(|&(_, k)| matches!(k, ContactType::Phone | ContactType::Video)) {
        return None;
    }
    let named_here = |id: &String| f.people.iter().any(|&(_, p)| &resolved.people[p].id == id);
    f.people.iter().find_map(|&(host_at, host)| {
        let host_id = &resolved.people[host].id;
        let country = resolved.people[host].country.as_ref()?;
        let trip = contacts.iter().rev().take(MERGE_WINDOW).find(|c| {
            c.kind == ContactType::Visit
                && c.status == Status::Held
                && c.people.len() == 1
                && &c.people[0] != host_id
                && c.countries.len() == 2
                && c.countries.get(1) == Some(country)
                && named_here(&c.people[0])
        })?;
        let traveller_id = &trip.people[0];
        let is_traveller = |p: usize| &resolved.people[p].id == traveller_id;
        // Not a meeting with the host reported already.
        if contacts
            .iter()
            .rev()
            .take(MERGE_WINDOW)
            .any(|c| c.people.contains(traveller_id) && c.people.contains(host_id))
        {
            return None;
        }
        let before = &sentence[..host_at];
        let after = &sentence[f.end_of(host_at)..];
        let after = &after[past_asides(after)..];
        // The last of `verbs` before the host, with the host's title (at most twelve characters,
        // unbroken) between them: where it starts.
        let verb_before = |verbs: &[&str]| {
            verbs
                .iter()
                .filter_map(|v| before.rfind(v).map(|i| (i, i + v.len())))
                .max()
                .filter(|&(_, end)| before[end..].chars().count() <= 12 && !before[end..].contains(BREAKS))
                .map(|(i, _)| i)
        };
        let traveller_first = f.people.first().is_some_and(|&(_, p)| is_traveller(p));
        let subject_is_traveller = |verb_at: usize| {
            let Some(&(t_at, _)) = f.people.iter().rfind(|&&(at, p)| at < verb_at && is_traveller(p)) else {
                return false;
            };
            if f.people.iter().any(|&(at, p)| at > t_at && at < verb_at && !is_traveller(p)) {
                return false;
            }
            let gap = &sentence[f.end_of(t_at)..verb_at];
            if !gap.contains(['，', '；', '：', '。']) {
                return gap.chars().count() <= 12;
            }
            let head = &sentence[clause_around(sentence, verb_at).start..verb_at];
            traveller_first && head.chars().count() <= 3 && head.chars().all(|c| "也还并又则便就亦他她".contains(c))
        };
        let followed_by = |words: &[&str]| words.iter().any(|w| after.starts_with(w));
        let by_traveller = |verbs: &[&str], then: Option<&[&str]>| {
            verb_before(verbs).is_some_and(&subject_is_traveller) && then.is_none_or(&followed_by)
        };
        let by_traveller = by_traveller(ACTING_ON_HOST, None)
            || by_traveller(&["向", "对"][..], Some(CONVEYING))
            || by_traveller(&["站在"][..], Some(AT_THE_SIDE))
            || by_traveller(&["接受"][..], Some(HANDING_OVER));
        // (Past the host's name in brackets: 雷蒙杰索（Tommy Remengesau）事后说他告诉艾斯培.)
        let after_at = sentence.len() - after.len();
        let traveller_after =
            f.people.iter().find(|&&(at, p)| at >= after_at && p != host).filter(|&&(_, p)| is_traveller(p));
        let by_host = traveller_after.is_some_and(|&(t_at, _)| {
            let gap = &sentence[after_at..t_at];
            gap.chars().count() <= 10 && !gap.contains(BREAKS) && ACTING_ON_TRAVELLER.iter().any(|w| gap.ends_with(w))
        });
        let accompanying = before.rfind('在').is_some_and(|i| {
            let title = &before[i + '在'.len_utf8()..];
            title.chars().count() <= 12 && !title.contains(BREAKS)
        }) && ["的陪同下", "陪同下"].iter().any(|w| after.starts_with(w))
            && f.people.iter().any(|&(at, p)| at > host_at && is_traveller(p));
        (by_traveller || by_host || accompanying).then(|| Contact {
            kind: ContactType::Meeting,
            people: vec![traveller_id.clone(), host_id.clone()],
            evidence: String::new(),
            negotiation: false,
            multilateral: false,
            ..trip.clone()
        })
    })
}

/// Leaves out the visits whose traveller the article reports meeting a named host of the
/// destination on the trip (王毅……访问德国 and 王毅将于9月1日在柏林同德国外长马斯举行会晤): a trip
/// with a named host is its meetings. The meeting is of the trip when it has the visit's status
/// (or is still ahead on a trip under way, or held on the trip the visit's sentence speaks of
/// as this one: 这次访台行程即将接近尾声, 此次访问英国可能会……) and either has no date or it
/// falls within the week around the visit's span (a visit dated by the day it ended, 周五在结束
/// 了对意大利两天访问后, met a host on the Wednesday).
pub(super) fn absorb_visits_met_as_meetings(contacts: &mut Vec<Contact>, resolved: &Resolved) {
    const THIS_TRIP: &[&str] = &["此次", "这次", "本次", "此行", "这趟", "接近尾声", "第一天", "首日"];
    let country_of = |id: &String| resolved.people.iter().find(|p| &p.id == id).and_then(|p| p.country.as_ref());
    let of_the_trip = |visit: &Contact, meeting: &Contact| match (visit.date, meeting.date) {
        (Some(v), Some(m)) => {
            let week = chrono::Days::new(7);
            let from = v.first().checked_sub_days(week).unwrap_or(v.first());
            let to = v.last().checked_add_days(week).unwrap_or(v.last());
            from <= m.first() && m.last() <= to
        }
        _ => true,
    };
    let statuses_agree = |visit: &Contact, meeting: &Contact| {
        meeting.status == visit.status
            || (visit.status, meeting.status) == (Status::Held, Status::Planned)
            || (visit.status, meeting.status) == (Status::Planned, Status::Held)
                && !meeting.background
                && (visit.date.is_none() || visit.date == meeting.date)
                && THIS_TRIP.iter().any(|w| visit.evidence.contains(w))
    };
    let met: Vec<bool> = contacts
        .iter()
        .map(|v| {
            let ([traveller], [_, destination]) = (&v.people[..], &v.countries[..]) else {
                return false;
            };
            v.kind == ContactType::Visit
                && contacts.iter().any(|m| {
                    matches!(m.kind, ContactType::Meeting | ContactType::Summit)
                        && m.people.contains(traveller)
                        && m.people.iter().any(|p| country_of(p) == Some(destination))
                        && statuses_agree(v, m)
                        && of_the_trip(v, m)
                })
        })
        .collect();
    let mut met = met.into_iter();
    contacts.retain(|_| !met.next().unwrap_or(false));
}
