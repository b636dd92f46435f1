//! Sides of a meeting, call or summit: the people taking part (named near the trigger, 双方 /
//! 这次 / 他 for those of a contact before, a traveller for hosts met on a trip), those left out
//! (observers, brokers who bring others together, the dead, names that only qualify another),
//! the countries named as sides rather than topics or sources, countries that mediate talks
//! (美国居中斡旋) and sit at them, the sides of a greeting at the airport and of a contact that
//! talks are about.

use super::dating::REPORT_VERBS;
use super::offices::{OFFICES, office_holders, organizations_of};
use super::{
    Contact, ContactType, MERGE_WINDOW, Sentence, SentenceFacts, clause_around, past_asides, words_before, words_up_to,
};
use crate::resolve::{PersonRecord, Resolved};
use chrono::NaiveDate;

/// Words after which countries are what a contact was about, not its sides.
const TOPIC_MARKERS: &[&str] = &["就", "关于", "对于", "涉及", "讨论", "谈及", "针对", "有关"];

/// The people taking part in the contact of the trigger at `trigger_at`: those named
/// before it (A与B会谈, A在与B的通话中), or, where fewer than two are, those plus the first
/// one named after it (A会见B时…).
fn participants(
    f: &SentenceFacts,
    sentence: &str,
    trigger_at: usize,
    clause: &std::ops::Range<usize>,
    part_start: usize,
    country_of: impl Fn(usize) -> Option<String>,
) -> Vec<usize> {
    let trigger_end = f.end_of(trigger_at);
    // A name that only qualifies a thing, with no contact word up to the clause's end (像是川普的
    // 复制品), is none of its people; one that qualifies the contact (与特朗普的首次会面) is.
    let qualifies_a_thing = |at: usize| {
        sentence[f.end_of(at)..].strip_prefix('的').is_some_and(|rest| {
            let upto = f.end_of(at) + '的'.len_utf8() + rest.find(['，', '。', '；', '：', '、']).unwrap_or(rest.len());
            !f.triggers.iter().any(|&(t, _)| t > at && t < upto)
        })
    };
    let pick = |from: usize| {
        let mut people: Vec<usize> = Vec::new();
        let mut first_two: Vec<(usize, usize)> = Vec::new();
        for &(at, p) in &f.people {
            if at >= from
                && at < trigger_at
                && !people.contains(&p)
                && !names_a_period_or_team(f, sentence, at)
                && !succeeded(sentence, at)
                && !qualifies_a_thing(at)
                && !in_a_modifier_of_the_next(f, sentence, at)
            {
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
                // With no subject in the clause too (其间将会晤韩国总统文在寅和外交部长康京和; 但将会见
                // 梵蒂冈国务卿彼得罗•帕罗林和外长保罗•加拉格尔): the sentence's subject joins later.
                [] | [_] => {
                    people.push(p);
                    // And those the object's list goes on with (拜会外交部长吴钊燮、卫生福利部长陈时中;
                    // 会晤了以色列总理内塔尼亚胡和英国外交大臣拉布, met one by one).
                    for q in list_going_on(f, sentence, at) {
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
    let two_sides = |people: &[usize]| people.len() >= 2 && side_count(people, &country_of) >= 2;
    let in_clause = pick(clause.start.max(part_start));
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
    // One who meets an organisation named after a partner word in the clause, with no one named
    // between it and the trigger (为习近平与欧盟的峰会铺路; not 与法国外交部长勒德里安), is one side,
    // the organisation the other: no one named outside the clause.
    let meets_an_organisation = in_clause.len() == 1
        && f.organizations.iter().any(|&(at, _)| {
            clause.contains(&at)
                && at < trigger_at
                && sentence[..at].ends_with(['与', '和', '同', '跟'])
                && !f.people.iter().any(|&(p, _)| p > at && p < trigger_at)
        });
    if meets_an_organisation && !subject_left_out() {
        return in_clause;
    }
    // Sides named as a pair of countries in the clause (美朝已经在新加坡谈判时) with no one named
    // in it are those countries, not people named outside it (文在寅表示：“……美朝……”).
    // So are two countries joined by 与 after one who says it (蓬佩奥近日也表示美方与北韩私底下
    // 仍在持续谈判中): the speaker reports the talks.
    // Two countries joined by 与, not the last two of a list (美、日、澳大利亚与印度的四国外长会议).
    let countries_named = f.countries.iter().filter(|&&(at, _)| clause.contains(&at) && at < trigger_at).count();
    let joined_alone = |gap: &str| countries_named == 2 && ["与", "和", "同", "跟", "及"].contains(&gap);
    let country_pair = f.countries.windows(2).find_map(|w| {
        let (first, second) = (w[0], w[1]);
        let gap = sentence.get(f.end_of(first.0)..second.0)?.trim_start_matches('方');
        (clause.contains(&first.0)
            && second.0 < trigger_at
            && first.1 != second.1
            && (f.end_of(first.0) == second.0 || joined_alone(gap)))
        .then_some(first.0)
    });
    // Also one who only mentions or foresees them (他提到……的中印边境事务磋商……会议, 丁树范预料美台
    // 政军会谈可能聚焦在……): the pair names the sides.
    let only_its_reporters = |pair_at: usize| {
        let said_at = REPORTING
            .iter()
            .chain(MENTIONING)
            .filter_map(|v| sentence[clause.start..pair_at].find(v).map(|i| clause.start + i))
            .min();
        said_at.is_some_and(|said| {
            in_clause.iter().all(|&p| f.people.iter().any(|&(at, q)| q == p && clause.contains(&at) && at < said))
        })
    };
    if let Some(pair_at) = country_pair
        && (in_clause.is_empty() || only_its_reporters(pair_at))
    {
        return Vec::new();
    }
    // So are three countries or more listed as the clause's subject (2015年，美国、日本、澳大利亚等
    // 12个国家成功结束……谈判), with no one named in it or after the trigger: not one named in an
    // earlier clause (奥巴马总统宣布美国将参与TPP谈判). Not partners listed after 与 (印度与澳洲、
    // 法国的……官员), nor a list after a verb (参加……日本、美国、印度与澳大利亚的四国外长会议).
    if in_clause.is_empty()
        && !f.people.iter().any(|&(at, _)| at > trigger_at)
        && listed_as_subject(f, sentence, clause, trigger_at)
    {
        return Vec::new();
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
    // A clause with a subject of its own (刘结一星期天在厦门会见……) is not the sentence subject's;
    // a 和 that joins offices (欧盟委员会主席和理事会主席冯德莱恩和查尔斯米歇尔) marks no partner.
    const OFFICE_ENDS: &[&str] = &["主席", "总统", "总理", "首相", "部长", "外长", "大臣", "国务卿"];
    let marks_a_partner = |lead: &str| {
        lead.contains(['与', '同', '跟'])
            || lead.match_indices('和').any(|(i, _)| !OFFICE_ENDS.iter().any(|w| lead[..i].ends_with(w)))
    };
    let own_subject = f
        .people
        .iter()
        .any(|&(at, _)| clause.contains(&at) && at < trigger_at && !marks_a_partner(&sentence[clause.start..at]));
    // Not a subject who only reports what a later clause's subject did (垂秀夫回答说，菅义伟首相
    // 刚上任不久，就跟中国国家主席习近平……进行了首脑会谈): that clause's subject is nearer.
    let only_reports = |at: usize| {
        let after = &sentence[f.end_of(at)..clause.start];
        let verb_end =
            REPORT_VERBS.iter().chain(&["强调", "认为"]).filter_map(|v| after.find(v).map(|i| i + v.len())).min();
        verb_end.is_some_and(|end| {
            after[..end].chars().count() <= 8
                && after[end..].starts_with(['，', '：', ',', ':'])
                && f.people.iter().any(|&(q_at, _)| q_at > f.end_of(at) + end && q_at < clause.start)
        })
    };
    if let Some(&(at, subject)) = f.people.iter().find(|&&(at, _)| !succeeded(sentence, at))
        && at < clause.start
        && !in_clause.is_empty()
        && !in_clause.contains(&subject)
        && (!own_subject || subject_left_out())
        && !only_reports(at)
    {
        let with_subject: Vec<usize> = std::iter::once(subject).chain(in_clause.iter().copied()).collect();
        if two_sides(&with_subject) {
            return with_subject;
        }
    }
    // Else the subject of the nearest clause before that opens with one (彭佩奥……拒绝承认……，
    // 而马克龙不仅……，而且还在星期二和拜登举行了第一次会谈: 马克龙, not 彭佩奥 or 特朗普).
    let opens_its_clause = |at: usize| {
        let lead = &sentence[clause_around(sentence, at).start..at];
        let lead = ["而且", "不过", "同时", "而", "但", "并", "且"].iter().fold(lead, |l, w| l.trim_start_matches(w));
        lead.chars().count() <= 2
    };
    if !in_clause.is_empty()
        && !own_subject
        && let Some(&(_, near)) =
            f.people.iter().rev().find(|&&(at, p)| at < clause.start && !in_clause.contains(&p) && opens_its_clause(at))
    {
        let with_near: Vec<usize> = std::iter::once(near).chain(in_clause.iter().copied()).collect();
        if two_sides(&with_near) {
            return with_near;
        }
    }
    // A clause whose subject meets an unnamed object (刘结一会见出席海峡论坛的代表时) has all its
    // sides: none of the people named before it.
    let object: String =
        sentence[trigger_end..].chars().take_while(|c| !"，。；：,;:（）()".contains(*c)).take(16).collect();
    let meets_unnamed = takes_object(&sentence[trigger_at..trigger_end])
        && UNNAMED_OBJECTS.iter().any(|w| object.contains(w))
        && !f.people.iter().any(|&(at, _)| at >= trigger_end && close_after(sentence, trigger_end, at));
    // So does one whose subject is a country (印度今天召见加拿大大使): not a leader named in
    // another clause (加拿大总理杜鲁道日前对……表达支持).
    let country_subject = f.countries.iter().any(|&(at, _)| {
        clause.contains(&at) && at < trigger_at && !sentence[clause.start..at].contains(['与', '同', '跟', '和'])
    });
    if (own_subject || country_subject) && meets_unnamed && !subject_left_out() {
        return in_clause;
    }
    pick(part_start)
}

/// Whether the trigger's clause opens with a list of three countries or more (美国、日本、澳大利亚
/// 等12个国家, 日本，澳大利亚和印度三国) that is its subject: joined by 、 / ， / 和 / 及 / 以及 only,
/// past no more than a time before it (2015年，; 目前), and going on with no partner word.
fn listed_as_subject(f: &SentenceFacts, sentence: &str, clause: &std::ops::Range<usize>, trigger_at: usize) -> bool {
    let from = clause.start.min(trigger_at);
    let Some(&(first, first_code)) = f.countries.iter().find(|&&(at, _)| at >= from && at < trigger_at) else {
        return false;
    };
    let lead = &sentence[from..first];
    let lead_is_a_time = lead.chars().count() <= 8
        && !lead.contains(['与', '同', '跟', '和', '在', '对', '向'])
        && !["参加", "出席", "举行", "召开", "参与", "加入", "邀请"].iter().any(|w| lead.contains(w));
    if !lead_is_a_time {
        return false;
    }
    let mut end = f.end_of(first);
    let mut listed: Vec<&str> = vec![first_code];
    for &(next, c) in f.countries.iter().filter(|&&(at, _)| at > first && at < trigger_at) {
        if next < end {
            continue;
        }
        match sentence.get(end..next) {
            Some("、" | "，" | "," | "和" | "及" | "以及") => {
                end = f.end_of(next);
                if !listed.contains(&c) {
                    listed.push(c);
                }
            }
            _ => break,
        }
    }
    listed.len() >= 3 && !sentence[end..trigger_at].contains(['与', '同', '跟', '和', '，', '、'])
}

/// Where the part of a headline that holds the trigger starts, if it has a subject of its own
/// (川普签署香港自治法 中国副外长召见美大使: no sides of the part before), else 0 (王毅据报最快
/// 下月访日 拟与菅义伟会面 goes on with its subject). In the body such a space is a stray of
/// the layout, and the caller asks only of a title.
fn own_headline_part(f: &SentenceFacts, sentence: &str, trigger_at: usize) -> usize {
    let start = headline_part_start(sentence, trigger_at);
    let named = f.people.iter().map(|&(at, _)| at).chain(f.countries.iter().map(|&(at, _)| at));
    let own_subject = named
        .into_iter()
        .any(|at| (start..trigger_at).contains(&at) && !sentence[start..at].contains(['与', '同', '跟', '和']));
    if own_subject { start } else { 0 }
}

/// Where the part of a headline that holds `at` starts: after the last space between Han
/// characters before it, else 0.
pub(super) fn headline_part_start(sentence: &str, at: usize) -> usize {
    let han = |c: Option<char>| c.is_some_and(crate::discover::is_han);
    sentence[..at]
        .char_indices()
        .rev()
        .find(|&(i, c)| {
            matches!(c, ' ' | '\u{3000}')
                && han(sentence[..i].chars().next_back())
                && han(sentence[i + c.len_utf8()..].chars().next())
        })
        .map_or(0, |(i, c)| i + c.len_utf8())
}

/// The people a list goes on with after the person named at `at` (蔡英文、立法院长游锡堃及
/// 行政院长苏贞昌): each after 、/和/及 and a few words of title.
fn list_going_on(f: &SentenceFacts, sentence: &str, at: usize) -> Vec<usize> {
    let mut listed = Vec::new();
    // Past the English name in brackets of each item (英国首相强生（Boris Johnson）及英国官员夏玛
    // （Alok Sharma）), and any mention inside it.
    let mut end = past_brackets(sentence, f.end_of(at));
    for &(next, q) in f.people.iter().filter(|&&(next, _)| next > at) {
        if next < end {
            continue;
        }
        let gap = &sentence[end..next];
        let Some(rest) = ["、", "和", "及", "以及"].iter().find_map(|w| gap.strip_prefix(w)) else {
            break;
        };
        if !close_after(sentence, next - rest.len(), next) {
            break;
        }
        listed.push(q);
        end = past_brackets(sentence, f.end_of(next));
    }
    listed
}

/// Where a name that ends at `end` is over, past an English name or gloss in brackets right
/// after it (美国国务卿蓬佩奥（Mike Pompeo）、国防部长艾斯培): a bracket of at most forty
/// characters with no clause break in it; `end` where none follows.
fn past_brackets(sentence: &str, end: usize) -> usize {
    let rest = &sentence[end..];
    let Some(inside) = rest.strip_prefix('（').or_else(|| rest.strip_prefix('(')) else {
        return end;
    };
    let open = rest.len() - inside.len();
    match inside.find(['）', ')']) {
        Some(close)
            if close > 0
                && inside[..close].chars().count() <= 40
                && !inside[..close].contains(['，', '。', '；', '（', '(']) =>
        {
            let closing = inside[close..].chars().next().map_or(1, char::len_utf8);
            end + open + close + closing
        }
        _ => end,
    }
}

/// Where the quotation that holds the trigger opens, if one does.
pub(super) fn open_quotation(sentence: &str, trigger_at: usize) -> Option<usize> {
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

/// Whether the name at `at` is in a clause that modifies the next name, no contact word
/// between (已经祝贺拜登当选的法国总统马克龙会晤蓬佩奥: 拜登 tells which 马克龙): a few words
/// with no partner word end in 的, and the next name follows within a title's length.
fn in_a_modifier_of_the_next(f: &SentenceFacts, sentence: &str, at: usize) -> bool {
    let Some(&(next, _)) = f.people.iter().find(|&&(q, _)| q > at) else {
        return false;
    };
    let Some(between) = sentence.get(f.end_of(at)..next) else {
        return false;
    };
    let Some(de) = between.find('的') else {
        return false;
    };
    let (modifier, title) = (&between[..de], &between[de + '的'.len_utf8()..]);
    !modifier.is_empty()
        && modifier.chars().count() <= 6
        && !modifier.contains(['与', '和', '同', '跟', '、', '，', '。', '；', '：', '及'])
        && title.chars().count() <= 8
        && !title.contains(['，', '。', '；', '：', '、', '与', '和'])
        && !f.triggers.iter().any(|&(t, _)| t > at && t < next)
}

/// Verbs whose object is the one their subject succeeds (将接任胡锦涛, 接替安倍).
const SUCCEEDING: &[&str] = &["接任", "接替", "继任", "取代", "接班"];

/// Whether the name at `at` is the object of a verb of succession (数月后将接任胡锦涛上任，……
/// 习近平重访爱荷华州，……布兰斯塔德设宴款待): the one succeeded, no side of a contact.
fn succeeded(sentence: &str, at: usize) -> bool {
    let before = sentence[..at].trim_end_matches('了');
    SUCCEEDING.iter().any(|v| before.ends_with(v))
}

/// Whether the name at `at` names a government, a team, a time or an envoy of its bearer
/// (特朗普政府, 拜登竞选团队, 安倍任内, 强生的代表佛罗斯特), or its bearer as the author of a
/// thing (安倍前首相和美国总统特朗普所倡导的“自由开放的印度洋太平洋构想”), not its bearer as a side.
fn names_a_period_or_team(f: &SentenceFacts, sentence: &str, at: usize) -> bool {
    let after = &sentence[f.end_of(at)..];
    // The author of a thing, with no contact word between (……特朗普所倡导的……构想).
    let authored = words_up_to(after, "，。；：,;:", 20);
    let author = ["所倡导", "所提出", "所主张", "所推动", "所推行", "所发起", "所倡议"]
        .iter()
        .any(|w| authored.find(w).is_some_and(|i| !f.triggers.iter().any(|&(t, _)| t > at && t < f.end_of(at) + i)));
    // Past an English name in brackets (范德赖恩（Ursula von der Leyen）的首席谈判代表).
    let envoy = after[past_asides(after)..].strip_prefix('的').is_some_and(|rest| {
        let head = words_up_to(rest, "，。；、（(", 6);
        ["代表", "特使", "顾问", "幕僚", "助手", "发言人", "谈判"].iter().any(|w| head.contains(w))
    });
    author
        || envoy
        || ["政府", "内阁", "团队", "竞选", "阵营", "过渡", "任内", "执政", "时期", "时代"]
            .iter()
            .any(|w| after.starts_with(w))
}

/// The countries a sentence says mediate (科索沃与塞尔维亚领袖……将在白宫会谈，美国居中斡旋): each
/// named a few words before 斡旋 / 调停 / 调解 in its clause.
pub(super) fn mediators<'a>(f: &SentenceFacts<'a>, sentence: &str) -> impl Iterator<Item = &'a str> {
    f.countries
        .iter()
        .filter(|&&(at, _)| {
            let after = words_up_to(&sentence[f.end_of(at)..], "，。；：,;:", 5);
            ["斡旋", "调停", "调解"].iter().any(|w| after.contains(w))
        })
        .map(|&(_, c)| c)
}

/// Whether what one says (杜特尔特表示，……; 辛格向媒体表示，……) reports the contact of the
/// trigger at `trigger_at` as one its states hold, with a country for partner and no person
/// named after the verb of speech: a government for subject (并称菲律宾政府已经与中国展开了
/// 磋商), or talks named as held with a country (与中国进行的外交和军事层面的会谈没有得出
/// “有意义的”结果). Its speaker reports it and takes no part. With partners listed (与中、俄两国
/// 展开了磋商), only a government for subject tells it: 的 may be of the list (拉布……表示，在
/// 当晚与美国、澳大利亚、加拿大和新西兰的四国外长……通话 is Raab's call).
fn held_by_the_states(
    f: &SentenceFacts,
    sentence: &str,
    clause: &std::ops::Range<usize>,
    trigger_at: usize,
    partners_listed: bool,
) -> bool {
    let Some(partner) = f
        .countries
        .iter()
        .map(|&(at, _)| at)
        .find(|&at| clause.contains(&at) && at < trigger_at && sentence[..at].ends_with(['与', '同', '跟']))
    else {
        return false;
    };
    let Some(said_end) = REPORTING.iter().filter_map(|v| sentence[..partner].rfind(v).map(|i| i + v.len())).max()
    else {
        return false;
    };
    let named_after = f.people.iter().any(|&(at, _)| at >= said_end && at < f.end_of(trigger_at));
    let speaker_before = f.people.iter().any(|&(at, _)| at < said_end);
    let subject = &sentence[said_end.max(clause.start)..partner];
    let a_government = subject.contains("政府") || f.countries.iter().any(|&(at, _)| at >= said_end && at < partner);
    let talks_named = !partners_listed && sentence[f.end_of(partner)..trigger_at].contains('的');
    speaker_before && !named_after && (a_government || talks_named)
}

/// Verbs by which one announces or tells of a contact of the states, beside those of
/// `REPORTING` (史达伟宣布美国将与台湾举行经济与商业对话, 里克还介绍称，美国正在和欧盟安排……会谈).
const ANNOUNCING: &[&str] = &["宣布", "介绍", "证实", "确认", "披露"];

/// Whether one announces the contact of the trigger at `trigger_at` as one of the states, named
/// right after the verb and before the trigger, with no person named from the verb to the
/// trigger's end: a country with its partner after a partner word (美国将与台湾, 美国与欧盟) or
/// two countries side by side (美台将建立……对话). Its speaker takes no part.
fn announced_of_the_states(f: &SentenceFacts, sentence: &str, trigger_at: usize) -> bool {
    let Some(said_end) =
        REPORTING.iter().chain(ANNOUNCING).filter_map(|v| sentence[..trigger_at].rfind(v).map(|i| i + v.len())).max()
    else {
        return false;
    };
    let speaker_before = f.people.iter().any(|&(at, _)| at < said_end);
    let named_after = f.people.iter().any(|&(at, _)| at >= said_end && at < f.end_of(trigger_at));
    let Some(&(state, _)) = f.countries.iter().find(|&&(at, _)| at >= said_end) else {
        return false;
    };
    let right_after =
        sentence.get(said_end..state).is_some_and(|gap| gap.trim_start_matches(['，', '：', ' ']).is_empty());
    let rest = sentence.get(f.end_of(state)..trigger_at).unwrap_or("");
    let rest =
        ["政府", "正在", "已经", "将", "也", "还", "已", "会"].iter().fold(rest, |r, w| r.strip_prefix(w).unwrap_or(r));
    let with_partner = rest.starts_with(['与', '和', '同', '跟'])
        || f.countries.iter().any(|&(at, _)| at == f.end_of(state) && at < trigger_at);
    speaker_before && !named_after && right_after && with_partner && state < trigger_at
}

/// Verbs by which one reports a contact of others (蓬佩奥表示美方与北韩……谈判).
const REPORTING: &[&str] = &["表示", "说", "称", "指出", "透露", "强调"];

/// Verbs by which one mentions or foresees a contact of others, beside those of `REPORTING`
/// (他提到……中印边境事务磋商, 丁树范预料美台政军会谈……, 她认为朝美领导人会谈……).
const MENTIONING: &[&str] = &["提到", "提及", "谈到", "谈及", "预料", "认为"];

/// Whether two countries are named as a pair between `from` and the trigger (中印, 美台, 美国与
/// 台湾): side by side, or joined by one partner word alone.
fn pair_of_countries(f: &SentenceFacts, sentence: &str, from: usize, trigger_at: usize) -> bool {
    f.countries.windows(2).any(|w| {
        let ((first, a), (second, b)) = (w[0], w[1]);
        let joined = sentence.get(f.end_of(first)..second).is_some_and(|gap| {
            gap.is_empty() || ["与", "和", "同", "跟", "及"].contains(&gap.trim_start_matches('方'))
        });
        first >= from && second < trigger_at && a != b && joined
    })
}

/// Whether the clause of the trigger opens with 他/她 who only says, mentions or foresees the
/// contact, its sides named after the verb as a pair of countries, no person named between
/// (他提到本月早些时候于线上举行的中印边境事务磋商和协调工作机制会议): the one 他 stands for
/// takes no part, as a speaker named would not (`participants`).
fn pronoun_reports_a_pair(
    f: &SentenceFacts,
    sentence: &str,
    clause: &std::ops::Range<usize>,
    trigger_at: usize,
) -> bool {
    let from = clause.start.min(trigger_at);
    let lead = &sentence[from..trigger_at];
    let Some(he) = lead.find(['他', '她']) else {
        return false;
    };
    // A few characters of adverb at most between (他还提到, 她个人认为, 他并表示).
    let after_he = &lead[he + '他'.len_utf8()..];
    let Some(said_end) = REPORTING
        .iter()
        .chain(MENTIONING)
        .filter_map(|v| after_he.find(v).filter(|&i| after_he[..i].chars().count() <= 3).map(|i| i + v.len()))
        .min()
    else {
        return false;
    };
    let said_end = from + he + '他'.len_utf8() + said_end;
    !f.people.iter().any(|&(at, _)| at >= said_end && at < trigger_at)
        && pair_of_countries(f, sentence, said_end, trigger_at)
}

/// Verbs of speech: a name after one is in what is said.
const SPEECH: &[&str] = &["表示", "说", "指出", "强调", "认为"];

/// Groups a contact verb may have for its object instead of a named partner (会见……代表).
const UNNAMED_OBJECTS: &[&str] = &[
    "代表", "官员", "人士", "团", "学生", "工人", "民众", "记者", "议员", "企业", "侨", "大使", "代办", "使节", "公使",
];

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
    // (Not 中 of a name: 会晤中国外长王毅.)
    gap.starts_with(['将', '已', '也', '还', '中', '时', '后', '上', '的', '是', '被', '则'])
        && !["中国", "中方", "中共", "中华", "中央"].iter().any(|w| gap.starts_with(w))
}

/// Whether a name at `at` follows the end of a trigger closely, in the same clause
/// (会见总统蔡英文, 访问了日本): at most eight characters, no punctuation between, nor the
/// space that parts the halves of a headline (美国务卿访欧  梵中协议成焦点).
pub(super) fn close_after(sentence: &str, from: usize, at: usize) -> bool {
    sentence.get(from..at).is_some_and(|gap| {
        gap.chars().count() <= 8 && !gap.chars().any(|c| "，。；：、,;:（）()　".contains(c) || c == ' ')
    })
}

/// The sides of a meeting, call or summit: the people taking part and their countries, or,
/// where fewer than two people are named, the countries the trigger's clause names
/// (中美贸易会谈) or the sides of the previous contact (双方). `None` when the sides are
/// not from two countries.
#[allow(clippy::too_many_arguments)]
pub(super) fn meeting_sides(
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
    // So does a clause naming no one that says what the last contact was.
    let points_back = points_back_at(sentence, trigger_at) || says_what_it_was(sentence, clause, f);
    let group = s.group_at.iter().any(|&g| g >= clause.start && g < trigger_at) || points_back;
    // Observers, by the role on record or by the title the sentence gives (泰国东盟研究专家彼迪),
    // the dead (已故总统李登辉的追思礼拜) and one who did the like before (继政治局委员杨洁篪之后)
    // take no part.
    let takes_no_part = |p: usize| {
        resolved.people[p].role.as_deref().is_some_and(reports_contacts)
            || mourned(f, sentence, p)
            || in_a_time_of_another(f, sentence, p, trigger_at)
            || f.people.iter().any(|&(at, q)| {
                q == p
                    && (OBSERVERS.iter().any(|w| sentence[..at].ends_with(w))
                        || (words_before(&sentence[..at], 8).contains('继')
                            && words_up_to(&sentence[f.end_of(at)..], "，。；", 3).contains("之后"))
                        || comments_on(sentence, f.end_of(at), trigger_at))
            })
    };
    let country_of = |p: usize| resolved.people[p].country.clone();
    let part_start = if s.in_title { own_headline_part(f, sentence, trigger_at) } else { 0 };
    let mut people: Vec<usize> = participants(f, sentence, trigger_at, clause, part_start, country_of)
        .into_iter()
        .filter(|&p| !takes_no_part(p))
        .collect();
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
    let one_side = |people: &[usize]| people.len() < 2 || (side_count(people, country_of) < 2 && on_a_trip());
    // A sentence with no subject that goes on from the one before (王毅于11月24日到达日本……。24日
    // 下午与外相茂木敏充举行会谈并举行晚餐会，将于25日与菅义伟首相进行会谈) is that one's subject's:
    // each clause meets the partners it names.
    let in_clause = |p: usize| f.people.iter().any(|&(at, q)| q == p && clause.contains(&at));
    if !group && opens_without_subject(f, sentence) {
        let partners: Vec<usize> = people.iter().copied().filter(|&p| in_clause(p)).collect();
        if !partners.is_empty()
            && let Some(&subject) = recent
                .iter()
                .rev()
                .find(|&&p| !takes_no_part(p) && !f.people.iter().any(|(_, q)| *q == p) && another_side(&partners, p))
        {
            people = std::iter::once(subject).chain(partners).collect();
        }
    }
    if one_side(&people)
        && !group
        && !f.people.iter().any(|&(at, p)| at < clause.start && !takes_no_part(p))
        && refers_to_person(&sentence[clause.start.min(trigger_at)..trigger_at])
        && !pronoun_reports_a_pair(f, sentence, clause, trigger_at)
        && let Some(&p) = recent.iter().rev().find(|&&p| {
            !people.contains(&p)
                && !takes_no_part(p)
                && !f.people.iter().any(|(_, q)| *q == p)
                && another_side(&people, p)
        })
    {
        people.insert(0, p);
    }
    // 他/她 opening the clause right after one person's saying (茂木敏充还说，他要与美澳印三国
    // 外长分别举行会谈) is the speaker.
    let speaker = || {
        let before = sentence[..clause.start].trim_end_matches(['，', ',']);
        let opens_with_him = sentence[clause.start..].trim_start().starts_with(['他', '她']);
        let said = super::visits::SAYING.iter().chain(&["称"]).any(|w| before.ends_with(w));
        let named_before: Vec<usize> = f.people.iter().filter(|&&(at, _)| at < clause.start).map(|&(_, p)| p).collect();
        match named_before.as_slice() {
            [one] if opens_with_him && said && clause.start > 0 => Some(*one),
            _ => None,
        }
    };
    if !group
        && let Some(p) = speaker()
        && !people.contains(&p)
        && !takes_no_part(p)
        && another_side(&people, p)
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
    // country (他打给外国领袖的第一通电话，将是在22日打给总理杜鲁道); not one named in what is
    // said there (楼继伟在……财新峰会上表示，哪怕拜登就任下一届总统).
    // Not for one named after the trigger, its object (美国立即召见中国大使崔天凯抗议，为反击……，
    // 美国总统特朗普干脆把……): the subject is unnamed.
    let named_only_after = |p: usize| !f.people.iter().any(|&(at, q)| q == p && at < trigger_at);
    let named_after = |p: usize| f.people.iter().any(|&(at, q)| q == p && at > trigger_at);
    if people.len() == 1
        && !group
        && !(named_after(people[0]) && named_only_after(people[0]))
        && let Some(&(at, p)) = f.people.iter().find(|&&(at, p)| {
            at > trigger_at && !people.contains(&p) && !takes_no_part(p) && !qualifies_a_name(f, sentence, at)
        })
        && !SPEECH.iter().any(|w| sentence[trigger_at..at].contains(w))
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
    let sides_from = condemned_from.or(brought_from).unwrap_or(clause.start).max(part_start);
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
    let group_word_in_clause = |words: &[&str]| {
        s.group_at
            .iter()
            .any(|&g| g >= clause.start && g < trigger_at && words.iter().any(|w| sentence[g..].starts_with(w)))
    };
    let pair_in_clause = group_word_in_clause(&["双方", "两人", "二人"]);
    let one_named_before = || {
        let named_before: std::collections::BTreeSet<usize> =
            f.people.iter().filter(|&&(at, _)| at < clause.start).map(|&(_, p)| p).collect();
        named_before.len() == 1
    };
    // A group word that names an office (两国外长, 两国防长、外长共同参与的会谈, 两位部长) stands
    // for the holders of that office in the last contact's countries, not for its people (a
    // visit of the head of state, a meeting with the prime minister the day before).
    // Not where the clause names the countries before it (中印两国外长, 美印两国外长): the
    // office's holders are theirs (`office_holders`).
    let office_group = s.group_at.iter().copied().find(|&g| {
        g >= clause.start
            && g < trigger_at
            && ["两国", "两位"].iter().any(|w| sentence[g..].starts_with(w))
            && !f.countries.iter().any(|&(at, _)| at >= clause.start && at < g)
    });
    if let (Some(g), Some(last)) = (office_group, last) {
        let named = &sentence[g..trigger_at];
        let mut holders: Vec<usize> = Vec::new();
        for (word, roles) in OFFICES.iter().filter(|(w, _)| ["外长", "防长", "外交部长", "国防部长"].contains(w))
        {
            if !named.contains(word) {
                continue;
            }
            for country in &last.countries {
                if let Some(h) = super::offices::sole_holder(resolved, country, roles)
                    && !holders.contains(&h)
                {
                    holders.push(h);
                }
            }
        }
        if holders.len() >= 2 && side_count(&holders, country_of) >= 2 {
            people = holders;
        }
    }
    // A contact pointed back to (杜鲁道婉拒前往华盛顿，未能让这次会面成为……) has its own people:
    // others the sentence names are not of it.
    if points_back && let Some(last) = last.filter(|c| c.people.len() >= 2) {
        people.retain(|&p| last.people.contains(&resolved.people[p].id));
    }
    if pair_in_clause && last.is_some_and(|c| c.people.len() == 2) && one_named_before() {
        people.retain(|&p| f.people.iter().any(|&(at, q)| q == p && clause.contains(&at)));
    }
    // 两人 / 二人 as the partner (此后马克龙在爱丽舍宫与二人及美国驻法大使麦考特等人进行了会谈)
    // are the two people of the last contact, met together with any other partner named; of
    // a last contact of three, the two who are not the subject (蓬佩奥会见了法国总统马克龙和外长
    // 勒德里昂; 马克龙……与二人).
    let pair_as_partner = s.group_at.iter().any(|&g| {
        g >= clause.start
            && g < trigger_at
            && ["两人", "二人"].iter().any(|w| sentence[g..].starts_with(w))
            && sentence[..g].ends_with(['与', '同', '跟', '和'])
    });
    if pair_as_partner && let Some(last) = last {
        let others: Vec<usize> = last
            .people
            .iter()
            .filter_map(|id| resolved.people.iter().position(|p| &p.id == id))
            .filter(|i| !people.contains(i))
            .collect();
        if last.people.len() == 2 || others.len() == 2 {
            people.extend(others);
        }
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
    // 两人 / 二人 with no contact before to stand for are the last two people named, of two
    // countries (布兰斯塔德与中国领导人习近平相识已久。1985年，他们二人在……会面).
    let two_in_clause = group_word_in_clause(&["两人", "二人"]);
    if people.len() < 2 && two_in_clause && last.is_none() {
        let two: Vec<usize> = recent.iter().rev().take(2).copied().collect();
        if let [a, b] = two[..]
            && country_of(a).is_some()
            && country_of(b).is_some()
            && country_of(a) != country_of(b)
            && people.iter().all(|p| two.contains(p))
        {
            for p in two {
                if !people.contains(&p) {
                    people.push(p);
                }
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
        let summons = ["召见", "约见"].iter().any(|w| sentence[trigger_at..].starts_with(w));
        // Nor those of a source (印尼媒体报道, 日本学者).
        let named: Vec<&str> = f
            .countries
            .iter()
            .filter(|(at, _)| {
                *at >= sides_from
                    && *at < topic_from
                    && !names_a_source(&sentence[f.end_of(*at)..])
                    && !names_a_group(&sentence[f.end_of(*at)..])
                    && !place_of_exile(&sentence[..*at])
                    // Where an envoy is posted (美国驻荷兰大使, 台湾驻荷代表) is no side, unless it
                    // summons the envoy (英国外交部已召见了中国驻英大使).
                    && (summons || !sentence[..*at].ends_with('驻'))
                    && !names_a_topic(&sentence[end_of_country_list(f, sentence, *at)..])
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
        // A country named once, after 在 / 于 in the clause, a few characters before the trigger.
        let venue = |max_gap: usize, also: &dyn Fn(usize, &str) -> bool| {
            f.countries
                .iter()
                .find(|&&(at, code)| {
                    // A name in brackets counts for nothing (卡塔尔首都杜哈（Doha）展开).
                    let gap = sentence.get(f.end_of(at)..trigger_at).unwrap_or("，");
                    clause.contains(&at)
                        && at < trigger_at
                        && sentence[..at].ends_with(['在', '于'])
                        && chars_outside_brackets(gap) <= max_gap
                        && f.countries.iter().filter(|(_, c)| *c == code).count() == 1
                        && also(at, code)
                })
                .map(|&(_, code)| code)
        };
        // So is one a city after it keeps further from the trigger, with a verb that holds it and
        // no other side between (日、美、印、澳四国官员在菲律宾马尼拉举行首次对话; not 在美国大选前的
        // 这次会晤).
        let no_side_between = |at: usize, _: &str| {
            let gap = &sentence[f.end_of(at)..trigger_at];
            ["举行", "召开", "进行", "展开"].iter().any(|w| gap.contains(w))
                && !joined_in(gap, &['，', '、', '与', '和', '同', '跟', '及'])
                && !f.countries.iter().any(|&(other, _)| other > at && other < trigger_at)
                && !f.people.iter().any(|&(p, _)| p > at && p < trigger_at)
        };
        if countries.len() >= 3
            && let Some(venue) = venue(2, &|_, _| true).or_else(|| venue(8, &no_side_between))
        {
            countries.retain(|c| c != venue);
        }
        // Nor is the place where two parties named as a pair before it talk (塔利班与阿富汗政府谈判
        // 人员9月在卡达首都杜哈展开和平会谈, 叶门交战双方在瑞士会谈后): with the parties of one
        // country, that is no contact between countries.
        let after_a_pair = |at: usize, code: &str| {
            !joined_in(&sentence[f.end_of(at)..trigger_at], &['，', '、', '与', '和', '同', '跟'])
                && ["与", "和", "同", "跟", "双方"].iter().any(|w| sentence[clause.start..at].contains(w))
                && !people.iter().any(|&p| country_of(p).as_deref() == Some(code))
        };
        if countries.len() == 2
            && let Some(venue) = venue(8, &after_a_pair)
        {
            countries.retain(|c| c != venue);
        }
        // Nor is the place of a meeting named with 的 or 一场 before it (在比利时布鲁塞尔的欧盟外长
        // 会议上, 在比利时布鲁塞尔一场峰会后) where no one of that country takes part.
        let placed = |at: usize, code: &str| {
            let gap = sentence.get(f.end_of(at)..trigger_at).unwrap_or("，");
            (gap.contains('的') || gap.contains("一场"))
                && !gap.contains(['与', '和', '同', '跟'])
                && !people.iter().any(|&p| country_of(p).as_deref() == Some(code))
        };
        if countries.len() >= 2
            && let Some(venue) = venue(12, &placed)
        {
            countries.retain(|c| c != venue);
        }
        // Offices standing for their holders (美国与澳大利亚的外长与防长会晤, 美日印澳外长会议):
        // the people of the article who hold them for the contact's countries.
        if countries.len() >= 2 {
            let upto_trigger = clause.start.min(trigger_at)..f.end_of(trigger_at);
            let holders = office_holders(resolved, f, sentence, upto_trigger, &people);
            people.extend(holders);
            // So do the offices of countries the trigger's object starts with (梅克尔致电亚美尼亚及
            // 亚塞拜然领导人，召见德国与法国大使表达抗议), not one named in what the contact is about
            // (通话讨论美国总统大选).
            let trigger_end = f.end_of(trigger_at);
            let object = words_up_to(&sentence[trigger_end..], "，。；：,;:", 24);
            let starts_with_a_country = f.countries.iter().any(|&(at, _)| at == trigger_end);
            let first_office = OFFICES.iter().filter_map(|(word, _)| object.find(word).map(|i| i + word.len())).min();
            if starts_with_a_country && let Some(end) = first_office {
                let holders = office_holders(resolved, f, sentence, trigger_end..trigger_end + end, &people);
                people.extend(holders);
            }
        }
    }
    // A national leader's call with the head of the European Commission or the UN is a
    // contact: the organisation is a side of its own.
    // Organisations named as parties meet a country (中国与东盟), not each other (IMF与世银).
    let named_parties =
        if countries.is_empty() { 0 } else { parties_by_name(resolved, f, sentence, clause, trigger_at).len() };
    let organizations = organizations_of(resolved, &people).len() + named_parties;
    // The speaker of what reports the contact as one of the states is its side's country only.
    // (A list of partners, 与中、俄两国展开了磋商, is split one by one later: two or more.)
    let of_the_states = countries.len() >= 2
        && held_by_the_states(f, sentence, clause, trigger_at, countries.len() > 2)
        || (1..=2).contains(&countries.len()) && announced_of_the_states(f, sentence, trigger_at);
    if of_the_states {
        people.retain(|&p| !f.people.iter().any(|&(at, q)| q == p && at < trigger_at));
    }
    (countries.len() + organizations >= 2).then_some((people, countries))
}

/// Whether `gap` holds one of `joiners`, another side or clause between: the 和 of 和平 is none
/// (在卡达首都杜哈展开和平会谈).
fn joined_in(gap: &str, joiners: &[char]) -> bool {
    gap.char_indices().any(|(i, c)| joiners.contains(&c) && !gap[i..].starts_with("和平"))
}

/// How many characters of `text` stand outside brackets (（Doha） counts for nothing).
fn chars_outside_brackets(text: &str) -> usize {
    let mut depth = 0usize;
    text.chars()
        .filter(|&c| {
            match c {
                '（' | '(' => depth += 1,
                '）' | ')' => depth = depth.saturating_sub(1),
                _ => return depth == 0,
            }
            false
        })
        .count()
}

/// Whether the person whose name ends at `end` comments on the contact of the trigger at
/// `trigger_at` (胡锡进谈中印外长会晤, 某某评美朝峰会): 谈 or 评 right after the name, and no partner
/// word before the trigger (蓬佩奥谈与王毅会谈 is his own).
fn comments_on(sentence: &str, end: usize, trigger_at: usize) -> bool {
    let Some(between) = sentence.get(end..trigger_at) else { return false };
    ["谈", "评", "评论", "解读"].iter().any(|w| between.starts_with(w))
        && !between.contains(['与', '同', '和', '跟', '，', '。', '；'])
}

/// Whether the words right before a trigger point back to a contact just reported (在这个视讯
/// 电话中, 此次会谈, 未能让这次会面成为……).
pub(super) fn points_back_at(sentence: &str, trigger_at: usize) -> bool {
    ["这个", "这次", "此次", "该", "本次", "这通", "这场"].iter().any(|w| sentence[..trigger_at].ends_with(w))
}

/// Whether a clause naming no one says what the last contact was (……，这是美国与台湾首次的
/// “元首级”电话通话).
pub(super) fn says_what_it_was(sentence: &str, clause: &std::ops::Range<usize>, f: &SentenceFacts) -> bool {
    ["这是", "这也是", "这将是", "此为"].iter().any(|w| sentence[clause.start..].starts_with(w))
        && !f.people.iter().any(|&(at, _)| clause.contains(&at))
}

/// The contact that 双方 or a trigger pointing back speaks of: the last one of the same kind
/// (在通话中 speaks of the last call, 这次会面 of the last meeting), else the last one.
fn last_of_kind(contacts: &[Contact], kind: ContactType) -> Option<&Contact> {
    let remote = |k: ContactType| matches!(k, ContactType::Phone | ContactType::Video);
    contacts.iter().rev().take(MERGE_WINDOW).find(|c| remote(c.kind) == remote(kind)).or(contacts.last())
}

/// Whether the words between two names list them side by side (、, ，) rather than name the
/// second as the partner of the first (与, 同, 跟).
pub(super) fn side_by_side(between: &str) -> bool {
    !between.contains(['与', '同', '跟']) && between.contains(['、', '，', ','])
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

/// Whether the text right after a country makes it a topic (美国大选动向, 黎巴嫩持续的政治危机,
/// 中国问题, 香港局势, 英国变种病毒), not a side.
fn names_a_topic(after: &str) -> bool {
    const TOPICS: &[&str] = &[
        "大选",
        "选举",
        "危机",
        "动向",
        "政局",
        "局势",
        "冲突",
        "疫情",
        "问题",
        "政策",
        "内政",
        "变种",
        "变异",
        "病毒",
        "政治危机",
        "关系",
    ];
    // Right after it, or past a few words of its own and 的 (黎巴嫩持续的政治危机).
    let past_its_words = after
        .find('的')
        .filter(|&i| after[..i].chars().count() <= 4 && !after[..i].contains(['，', '、', '。', '；', '与', '和']))
        .map(|i| &after[i + '的'.len_utf8()..]);
    std::iter::once(after).chain(past_its_words).any(|text| TOPICS.iter().any(|w| text.starts_with(w)))
}

/// Where the list of countries that holds the one named at `at` ends: past those that follow
/// it with nothing, 、, 和 or 与 between (英国南非变种, 美日印澳四国).
fn end_of_country_list(f: &SentenceFacts, sentence: &str, at: usize) -> usize {
    let mut end = f.end_of(at);
    for &(next, _) in &f.countries {
        if next < end {
            continue;
        }
        match sentence.get(end..next) {
            Some("" | "、" | "和" | "与") => end = f.end_of(next),
            _ => break,
        }
    }
    end
}

/// Whether the text right before a country makes it where someone lives in exile (流亡在立陶宛的
/// 白俄罗斯反对派领导人), no side.
fn place_of_exile(before: &str) -> bool {
    ["流亡在", "流亡于", "流亡到", "流亡至", "流亡", "逃亡到", "逃亡至", "逃亡", "逃往"]
        .iter()
        .any(|w| before.ends_with(w))
}

/// Whether the text right after a country names a source of the news by its nationality
/// (印尼媒体), or the title of a publication it qualifies (法国 « 世界报 », 法国《费加罗报》).
pub(super) fn names_a_source(after: &str) -> bool {
    SOURCES.iter().any(|w| after.starts_with(w)) || after.trim_start_matches([' ', '\u{3000}']).starts_with(['《', '«'])
}

/// Words after a country that make it the origin of a group of people who act for no
/// government (香港持不同政见者, 委内瑞拉难民, 香港与维族社群), not a side.
const NON_STATE_GROUPS: &[&str] = &[
    "持不同政见者",
    "异见人士",
    "异议人士",
    "活动人士",
    "社运人士",
    "维权人士",
    "示威者",
    "抗议者",
    "社群",
    "侨民",
    "侨胞",
    "难民",
    "流亡者",
    "留学生",
];

/// Whether the text right after a country names a group of people of no government from it:
/// right after it (香港持不同政见者), or after one more origin joined by 与 / 和 / 及 that shares
/// the noun (香港与维族社群).
pub(super) fn names_a_group(after: &str) -> bool {
    let starts = |text: &str| NON_STATE_GROUPS.iter().any(|w| text.starts_with(w));
    let shared = ['与', '和', '及', '、'].iter().find_map(|j| after.strip_prefix(*j)).is_some_and(|rest| {
        rest.char_indices().take(5).any(|(i, c)| crate::discover::is_han(c) && starts(&rest[i + c.len_utf8()..]))
    });
    starts(after) || shared
}

/// The contact words of a greeting at the airport.
pub(super) const GREETINGS: &[&str] = &["接机", "机场迎接"];

/// The sides of a greeting at the airport: the traveller of the last trip reported and the
/// greeters named in the trigger's clause, if both are known.
pub(super) fn greeting(
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

/// Whether the person `p` is one the sentence mourns wherever it names them (已故总统李登辉,
/// 悼念台湾前总统李登辉, 设置李登辉追悼会场, 向李登辉遗像献花): the dead take part in no contact.
fn mourned(f: &SentenceFacts, sentence: &str, p: usize) -> bool {
    let mourned_at = |at: usize| {
        let before = words_before(&sentence[..at], 8);
        let from = at - before.len();
        // The mourning word's object runs up to the name (悼念台湾前总统李登辉), past no 的 (悼念
        // 李登辉的森喜朗 mourns) and no contact word (出席……追思礼拜并会见蔡英文, 吊唁团预计会晋见).
        let object_of = |w: &str| {
            before.rfind(w).is_some_and(|i| {
                !before[i..].contains(['的', '，', '、'])
                    && !f.triggers.iter().any(|&(t, _)| (from + i..at).contains(&t))
            })
        };
        let after: String = sentence[f.end_of(at)..].chars().take(3).collect();
        ["已故", "悼念", "追悼", "吊唁", "哀悼", "追思", "祭拜", "缅怀"].iter().any(|w| object_of(w))
            || ["遗像", "追悼", "追思", "灵堂", "灵前", "遗体", "逝世", "去世", "辞世", "过世", "病逝"]
                .iter()
                .any(|w| after.starts_with(w))
    };
    let mut mentions = f.people.iter().filter(|&&(_, q)| q == p).map(|&(at, _)| at).peekable();
    mentions.peek().is_some() && mentions.all(mourned_at)
}

/// Spokespeople, scholars and journalists report contacts; they do not take part in them.
const OBSERVERS: &[&str] =
    &["发言人", "新闻秘书", "专家", "学者", "教授", "研究员", "分析师", "评论员", "记者", "主编"];

fn reports_contacts(role: &str) -> bool {
    OBSERVERS.iter().any(|w| role.contains(w))
}

/// How many sides `people` are of: their distinct countries, no country counting as one.
fn side_count(people: &[usize], country_of: impl Fn(usize) -> Option<String>) -> usize {
    people.iter().map(|&p| country_of(p)).collect::<std::collections::BTreeSet<_>>().len()
}

/// Whether a sentence opens with no subject, only a time or an adverb before its first partner
/// (24日下午与外相茂木敏充举行会谈, 随后同……会面), and names no one but partners: it goes on from
/// the sentence before. Not 与此同时, nor one whose subject comes later (此次与李显龙会见时，杨洁篪
/// 指出).
fn opens_without_subject(f: &SentenceFacts, sentence: &str) -> bool {
    const TIME_AND_ADVERBS: &str =
        "0123456789日月年号周星期一二三四五六七八九十上下中午晚早间当天随后之此次同并还也将再又于今明昨稍 ";
    let first = clause_around(sentence, 0);
    let Some(marker) = sentence[first].find(['与', '同', '跟']) else {
        return false;
    };
    let rest = &sentence[marker..];
    // Named right after 与 (past a title), with no contact word between (当天与马克龙的会晤是
    // 季哈诺夫斯卡娅……: she is the subject).
    let a_partner = |at: usize| {
        let clause = clause_around(sentence, at);
        sentence[clause.start..at].rfind(['与', '同', '跟', '和', '及']).is_some_and(|i| {
            let from = clause.start + i;
            sentence[from..at].chars().count() <= 12 && !f.triggers.iter().any(|&(t, _)| (from..at).contains(&t))
        })
    };
    !["与此", "同时", "同样", "同一", "同日", "同天"].iter().any(|w| rest.starts_with(w))
        && marker > 0
        && sentence[..marker].chars().all(|c| TIME_AND_ADVERBS.contains(c))
        && f.people.iter().all(|&(at, _)| at > marker && a_partner(at))
}

/// Whether a stretch of text has 他 or 她 for a subject (not 其他, 他们, 他国, nor the
/// owner in 他的 / 他强硬的立场).
pub(super) fn refers_to_person(text: &str) -> bool {
    text.char_indices().any(|(i, c)| {
        let after = &text[i + c.len_utf8()..];
        (c == '他' || c == '她')
            && !text[..i].ends_with('其')
            && !after.starts_with(['们', '国', '人', '方'])
            && !after.chars().take(3).any(|c| c == '的')
    })
}

/// Verbs of speaking of a matter in talks (在电话中讨论到……召开高峰会).
const SPEAKING_OF: &[&str] =
    &["讨论", "商讨", "共商", "商议", "磋商", "谈到", "谈及", "提到", "提及", "协商", "商定", "同意"];

/// Where the phrase starts that names the contact of the `ti`th trigger as the subject of
/// talks: 就……举行高峰会一事 (就……会晤事宜, 讨论习近平访问韩国事宜, 在谈及习近平访日时), or what
/// an earlier contact of the sentence spoke of (在电话中讨论到……召开安理会五大常任理事国高峰会).
pub(super) fn talked_of(sentence: &str, f: &SentenceFacts, ti: usize) -> Option<usize> {
    let trigger_at = f.triggers[ti].0;
    let after = &sentence[f.end_of(trigger_at)..];
    // The matter may follow the destination (讨论习近平访问日本事宜).
    let a_matter = after.starts_with("问题")
        || ["一事", "事宜", "之事"].iter().any(|w| words_up_to(after, "，。；、", 6).contains(w));
    // 在谈及习近平访日时 (访问日本时, past its destination): the contact is what is spoken of.
    let end = f.end_of(trigger_at);
    let past_destination =
        f.countries.iter().find(|&&(at, _)| at == end).map_or(after, |&(at, _)| &sentence[f.end_of(at)..]);
    let spoken_of_when = past_destination.starts_with('时')
        && ["谈及", "提及", "谈到", "提到", "说到"].iter().any(|w| {
            words_before(&sentence[..trigger_at], 20).rsplit(['，', '。', '；', '：']).next().unwrap_or("").contains(w)
        });
    if !a_matter && !spoken_of_when {
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
    let on = before.match_indices('就').rfind(|&(i, _)| {
        let next = before[i + '就'.len_utf8()..].chars().next();
        let previous = before[..i].chars().next_back();
        !next.is_some_and(|c| "是要会将已在这此".contains(c)) && !previous.is_some_and(|c| "成早也这那迁".contains(c))
    });
    // Else a verb of speaking or 关于 before it (双方可能讨论习近平访问韩国事宜, 关于习近平作为国宾
    // 访日之事).
    let (i, word) = on.or_else(|| {
        SPEAKING_OF.iter().chain(&["关于", "有关"]).filter_map(|w| before.rfind(w).map(|i| (i, *w))).max()
    })?;
    Some(trigger_at - before.len() + i + word.len())
}

/// Leaves out of each contact the people who died before it: before its first day, or, for a
/// contact of the news with no day, before the article's (`reference`). Their country goes
/// with them where no one left holds it; a contact left with fewer than two sides is none.
pub(super) fn leave_out_the_dead(contacts: &mut Vec<Contact>, resolved: &Resolved, reference: Option<NaiveDate>) {
    let record = |id: &String| resolved.people.iter().find(|p| &p.id == id);
    contacts.retain_mut(|c| {
        let Some(day) = c.date.map(|d| d.first()).or(reference.filter(|_| !c.background)) else {
            return true;
        };
        let dead: Vec<String> = c
            .people
            .iter()
            .filter(|id| record(id).and_then(|p| p.died).is_some_and(|died| died < day))
            .cloned()
            .collect();
        if dead.is_empty() {
            return true;
        }
        c.people.retain(|id| !dead.contains(id));
        let held = |k: &String| c.people.iter().any(|id| record(id).and_then(|p| p.country.as_ref()) == Some(k));
        let countries_of_the_dead: Vec<String> =
            dead.iter().filter_map(|id| record(id).and_then(|p| p.country.clone())).collect();
        c.countries.retain(|k| !countries_of_the_dead.contains(k) || held(k));
        c.countries.len() + c.organizations.len() >= 2
    });
}

/// Words that end an adverbial of time (特朗普总统权力过渡期间, 克拉奇访台前夕, 萨科奇总统在任时).
const TIME_ADVERBIALS: &[&str] = &["期间", "前夕", "之际", "在任时", "任内", "执政时"];

/// Whether person `p` is named only in an adverbial of time before the trigger, of a sentence
/// whose subject is someone else: named or 他/她 before the adverbial (他承认在2016年12月特朗普
/// 总统权力过渡期间，与……基斯利亚克……进行了一系列对话), or named between it and the partner
/// (就在美国国务次卿克拉奇访台前夕，美国驻联合国大使克拉夫特……与……李光章共进午餐). The
/// traveller of a trip's time (王毅访问德国期间，与马斯会谈) is its subject.
fn in_a_time_of_another(f: &SentenceFacts, sentence: &str, p: usize, trigger_at: usize) -> bool {
    f.people.iter().filter(|&&(at, q)| q == p && at < trigger_at).all(|&(at, _)| {
        let after = &sentence[f.end_of(at)..trigger_at];
        let span = words_up_to(after, "，。；：、", 12);
        let Some(end) = TIME_ADVERBIALS.iter().filter_map(|w| span.find(w).map(|i| i + w.len())).min() else {
            return false;
        };
        let adverbial_end = f.end_of(at) + end;
        let before = &sentence[..at];
        let subject_before =
            f.people.iter().any(|&(a, q)| q != p && a < at) || ["他", "她"].iter().any(|w| before.contains(w));
        let partner_word =
            sentence[adverbial_end..trigger_at].find(['与', '和', '同', '跟']).map(|i| adverbial_end + i);
        let subject_after =
            partner_word.is_some_and(|w| f.people.iter().any(|&(a, q)| q != p && a >= adverbial_end && a < w));
        subject_before || subject_after
    }) && f.people.iter().any(|&(at, q)| q == p && at < trigger_at)
}

/// Words that describe a person as acting for no government: a trade (歌手, 诗人, 泳将), a
/// plight (难民, 嫌犯) or a business (集团主席, 董事长).
const PRIVATE: &[&str] = &[
    "歌手",
    "音乐人",
    "诗人",
    "作家",
    "泳将",
    "选手",
    "运动员",
    "球员",
    "厨师",
    "演员",
    "导演",
    "艺术家",
    "画家",
    "记者",
    "律师",
    "商人",
    "企业家",
    "慈善家",
    "难民",
    "嫌犯",
    "疑犯",
    "凶手",
    "网红",
];

/// Posts that head a business, not a government (壹传媒集团主席).
const BUSINESS: &[&str] = &["集团主席", "董事长"];

/// Whether a person acts for no government: one the dictionary knows only as the head of a
/// business (壹传媒集团主席), or one in no dictionary whose trade the sentence that names them
/// gives right before the name (以色列歌手马尔齐亚诺, 美国女诗人葛绿珂, 失业丹麦厨师名叫乌里奇·拉尔森).
fn acts_for_no_government(p: &PersonRecord) -> bool {
    if p.known {
        return !p.offices.is_empty() && p.offices.iter().all(|o| BUSINESS.iter().any(|w| o.contains(w)));
    }
    let Some(evidence) = &p.evidence else { return false };
    evidence.find(p.name.as_str()).is_some_and(|at| {
        let descriptor = words_before(&evidence[..at], 10).rsplit(['，', '。', '；', '、']).next().unwrap_or_default();
        PRIVATE.iter().chain(BUSINESS).any(|w| descriptor.contains(w))
    })
}

/// Leaves out the contacts with a person who acts for no government: a singer's video call
/// or a media owner's meeting with officials is no diplomatic contact.
pub(super) fn leave_out_private_persons(contacts: &mut Vec<Contact>, resolved: &Resolved) {
    let private = |id: &String| resolved.people.iter().any(|p| &p.id == id && acts_for_no_government(p));
    contacts.retain(|c| !c.people.iter().any(private));
}

/// The international organisations named as a party in the trigger's clause, before it:
/// joined to another party by 与/和/同/跟 (not 参与), as its members or leaders (东盟国家与中国以及日本、
/// 韩国举行了一系列领导人视频峰会; 中国与欧盟举行峰会), not as where it is held. They are sides
/// of their own.
pub(super) fn parties_by_name<'r>(
    resolved: &'r Resolved,
    f: &SentenceFacts,
    sentence: &str,
    clause: &std::ops::Range<usize>,
    trigger_at: usize,
) -> Vec<&'r str> {
    const MEMBERS: &[&str] = &["成员国", "各国", "国家", "十国", "领导人", "领袖", "各成员"];
    const JOINERS: [char; 4] = ['与', '和', '同', '跟'];
    f.organizations
        .iter()
        .filter(|&&(at, _)| clause.contains(&at) && at < trigger_at)
        .filter(|&&(at, _)| {
            // (An organisation whose name holds the trigger, 20国集团G20峰会, is no party to it.)
            let Some(after) = sentence.get(f.end_of(at)..trigger_at) else {
                return false;
            };
            let after = MEMBERS.iter().fold(after, |a, w| a.strip_prefix(w).unwrap_or(a));
            let before = &sentence[clause.start..at];
            // (Nor one whose meeting is where the contact is held: 在杭州G20峰会与朴槿惠会晤.)
            let meeting_named = ["峰会", "会议"].iter().any(|w| sentence[at..f.end_of(at)].ends_with(w))
                || ["峰会", "会议", "会上", "外长会", "防长会", "领导人会", "首脑会"]
                    .iter()
                    .any(|w| sentence[f.end_of(at)..].starts_with(w));
            let venue = meeting_named && before.rfind('在').is_some_and(|i| before[i..].chars().count() <= 8);
            !venue && (after.starts_with(JOINERS) || before.ends_with(JOINERS) && !before.ends_with("参与"))
        })
        .filter_map(|&(_, id)| resolved.organizations.iter().find(|o| o.id == id && o.kind == "intl"))
        .map(|o| o.id.as_str())
        .collect()
}
