//! Filters: the predicates that make a trigger no contact (denied, urged on others, asked,
//! hoped for, supposed, ordered, spoken of in general, inside a noun, not diplomatic, bound
//! for a place) and those that decide whether a cancellation cue cancels it.

use super::cues::{CueAt, CueKind, SentenceCues};
use super::sides::GREETINGS;
use super::summits::ATTENDING;
use super::{ContactType, SentenceFacts, clause_around, words_before, words_up_to};

/// Words before a partner that deny a contact with them (没有与, 不会同, 无意和).
pub(super) const DENIALS: &[&str] = &["没有", "没", "不会", "无意", "拒绝", "并未", "未", "不"];

/// Whether the trigger's clause denies the contact: a denial right before 与/同/和/跟 and the
/// partner (墨西哥总统今天表示，访问华府期间，没有与拜登会面的计画), a word of absence, or a
/// judgement after it that it is unfit (与……拜登会面「不合适」).
pub(super) fn denied(sentence: &str, clause: &std::ops::Range<usize>, trigger_at: usize) -> bool {
    let before = &sentence[clause.start.min(trigger_at)..trigger_at];
    // A denial right before the trigger (双方没有对话, 从未会面, 克拉夫特不访问台湾).
    // Past a verb of holding or a plan between them (没有进行电话通话的规划, 并无通话安排), of
    // coming forward (意大利总理并未出面会见中国外长), or a word pointing back (没有这次会谈安排).
    let mut head = before;
    while let Some(rest) = ["进行", "举行", "任何", "出面", "这次", "此次"].iter().find_map(|v| head.strip_suffix(v))
    {
        head = rest;
    }
    if ["没有", "并未", "并无", "未曾", "从未", "从来没有", "无意", "不", "未"].iter().any(|d| head.ends_with(d))
    {
        return true;
    }
    // Advice against it (建议澳大利亚公民不要前往香港).
    if ["不要", "避免", "切勿", "不宜", "暂缓", "禁止"].iter().any(|d| before.ends_with(d)) {
        return true;
    }
    // Judged unlikely (上述官员不太可能……前往伊朗), declined by one who is asked to join
    // (中方无意参加美俄之间的军控双边谈判), or unwanted (他不愿在这个时候和蓬佩奥会面).
    if [
        "不太可能",
        "不大可能",
        "无意参加",
        "无意参与",
        "无意加入",
        "不会参加",
        "不会参与",
        "不参加",
        "不参与",
        "不愿",
        "不想",
    ]
    .iter()
    .any(|w| before.contains(w))
    {
        return true;
    }
    // Who stays away from it takes no part (都会缺席利雅德峰会), nor is one not granted or
    // arranged (到访北京并未获得中国主席习近平的会见, 梵蒂冈这次没有安排蓬佩奥与教宗方济各的会面).
    if ["缺席", "未获", "未能获得", "没有获得", "没能获得", "没有安排", "并未安排", "未安排", "不安排"]
        .iter()
        .any(|w| before.contains(w))
    {
        return true;
    }
    // Judged unfit, doubted or unlikely after it (与……拜登会面「不合适」, 对……再次举行会谈表示怀疑,
    // 朝美领导人会谈恐难在年内举行), or its possibility denied (否认有进行新一轮谈判的可能性).
    let after = &sentence[trigger_at..clause.end.max(trigger_at)];
    if ["不合适", "不恰当", "不适当", "不妥", "表示怀疑", "持怀疑", "抱持怀疑", "恐难", "难以举行", "不太可能"]
        .iter()
        .any(|w| after.contains(w))
        || before.contains("否认") && after.contains("可能")
    {
        return true;
    }
    before.match_indices(['与', '同', '和', '跟']).any(|(i, word)| {
        // Past a verb of seeking (卢卡申科没有寻求和我们……进行对话) or a manner (尚未直接与鸿海……谈过).
        let mut head = before[..i].trim_end_matches(['再', '也', '还', '将', '会', '要']);
        while let Some(rest) = ["寻求", "打算", "计划", "计画", "试图", "准备", "想", "直接", "亲自", "正式", "公开"]
            .iter()
            .find_map(|v| head.strip_suffix(v))
        {
            head = rest;
        }
        // 不同 (different) and 不和 (at odds) are words, not a denial.
        let a_word = matches!(word, "同" | "和") && before[..i].ends_with('不');
        !a_word && DENIALS.iter().any(|d| head.ends_with(d))
    })
}

/// Whether the talks of the trigger at `trigger_at` are urged on others: a word of
/// exhortation before it in its clause whose object is not the speaker's own partner
/// (呼吁亚美尼亚与阿塞拜疆重回谈判桌, but not 呼吁与美国举行会谈), or a 谈判桌 it opens.
pub(super) fn urged_on_others(
    sentence: &str,
    cues: &SentenceCues,
    clause: &std::ops::Range<usize>,
    trigger_at: usize,
) -> bool {
    cues.0.iter().filter(|c| c.kind == CueKind::Exhortation).any(|c| {
        // 谈判桌 holding the trigger's 谈判.
        if c.range.start <= trigger_at && c.range.end > trigger_at {
            return true;
        }
        // Or in an earlier clause, when the trigger's clause goes on with no subject of its own
        // (呼吁亚美尼亚及阿塞拜疆立即无条件停火，恢复谈判).
        // Or one that says what the urged act is to bring about (呼吁普京向卢卡申科施压，以促成与
        // 反对派展开对话).
        let goes_on = c.range.end <= clause.start
            && ["恢复", "重启", "重返", "回到", "展开", "进行", "举行", "促成", "推动", "促使"]
                .iter()
                .any(|v| sentence[clause.clone()].trim_start_matches(['并', '及', '和', '以']).starts_with(v));
        let urged = c.range.end <= trigger_at && (clause.contains(&c.range.start) || goes_on);
        let own_offer = sentence[c.range.end..trigger_at.max(c.range.end)]
            .trim_start_matches(['尽', '快', '早', '日', '立', '即', '再', '次'])
            .starts_with(['与', '同', '跟']);
        urged && !own_offer
    })
}

/// Verbs that hold talks (举行对话, 展开谈判) before a bare 对话 / 谈判 in its clause.
const HOLDING_VERBS: &[&str] = &[
    "举行", "进行", "展开", "开展", "启动", "开启", "召开", "重启", "完成", "结束", "开始", "参加", "出席", "主持",
    "举办", "恢复", "继续", "坐下",
];

/// Whether a bare 对话 or 谈判 at `trigger_at` reports talks: a verb before it in its clause
/// holds them, a person named right before it is its partner (将和法国总统马克龙对话), or the
/// words after it place something in them (谈判中, 谈判时, 谈判破裂). A
/// 谈话 / 交谈 is talks only with a partner named after a partner word before it (与佩洛西议长和
/// 理查德·尼尔议员进行了欢迎谈话), not a statement (发表谈话); so is a discussion (菅义伟首相将同
/// 阮春福总理讨论……, not 讨论对策). Other contact words always report a contact.
pub(super) fn talks_held(
    sentence: &str,
    f: &SentenceFacts,
    clause: &std::ops::Range<usize>,
    trigger_at: usize,
    trigger_end: usize,
) -> bool {
    let trigger = &sentence[trigger_at..trigger_end];
    const DISCUSSIONS: &[&str] = &["讨论", "商讨", "探讨"];
    if ["谈话", "交谈"].iter().chain(DISCUSSIONS).any(|w| trigger == *w) {
        // A discussion after another contact word is what that contact discussed (蒲亭与梅克尔
        // 热线 讨论……).
        if DISCUSSIONS.contains(&trigger) && f.triggers.iter().any(|&(at, _)| at < trigger_at) {
            return false;
        }
        let from = clause.start.min(trigger_at);
        return sentence[from..trigger_at].match_indices(['与', '同', '跟']).any(|(i, w)| {
            let partner_from = from + i + w.len();
            f.people.iter().any(|&(at, _)| at >= partner_from && at < trigger_at)
        });
    }
    if trigger != "对话" && trigger != "谈判" {
        return true;
    }
    let before = &sentence[clause.start.min(trigger_at)..trigger_at];
    let after = &sentence[trigger_end..];
    // 对话 as a verb with a person for partner right before it (将和法国总统马克龙对话), not
    // one describing what it settled (克林顿当年和江泽民谈判好的……政策).
    let with_a_person = !after.starts_with(['的', '好'])
        && f.people.iter().any(|&(at, _)| {
            f.end_of(at) == trigger_at
                && at >= clause.start
                && sentence[clause.start..at].contains(['与', '和', '同', '跟'])
        });
    HOLDING_VERBS.iter().any(|v| before.contains(v))
        || with_a_person
        || ["中", "时", "期间", "后", "结束", "破裂", "取得", "达成", "陷入", "进展", "代表"]
            .iter()
            .any(|w| after.starts_with(w))
}

/// Whether the words after a contact word make it the occasion of an anniversary (访问中国的
/// 50周年纪念).
pub(super) fn anniversary(sentence: &str, trigger_end: usize) -> bool {
    words_up_to(&sentence[trigger_end..], "，。；：,;:", 10).contains("周年")
}

/// Words that make a contact word before them part of a noun that is no contact (电话公司,
/// 电话网络, 电话专访, 谈判筹码, 二十国集团会议的合作), a standing channel for contacts (特别代表会晤机制,
/// 外长战略对话机制), or a quality of contacts spoken of (与俄罗斯进行对话的重要性, 朝美首脑会谈
/// 必要性的声音, 拜登先提议与金正恩会面的可能性, 继续磋商的态度).
const NOUNS_OF_CONTACT_WORDS: &[&str] = &[
    "机制",
    "必要性",
    "的必要性",
    "重要性",
    "的重要性",
    "可能性",
    "的可能性",
    "的态度",
    "筹码",
    "技巧",
    "公司",
    "网络",
    "号码",
    "专访",
    "采访",
    "访谈",
    "热线",
    "诈骗",
    "时机",
    "进程",
    "的合作",
    "的框架",
    "的机制",
];

/// Words that make a contact word before them part of the title of a negotiator (谈判代表):
/// someone's post, a contact only where a partner is named before it (巴尼耶与英国谈判代表佛罗斯特).
const NEGOTIATORS: &[&str] = &["代表", "团队", "人员", "专家"];

/// Whether the contact word ending at `trigger_end` is the first part of a noun that is no
/// contact (电话公司; 谈判代表 with no partner or second country in its clause: 历任乌拉圭、
/// 杜哈谈判代表), or a number to call (紧急电话：61439012).
pub(super) fn in_a_noun(
    sentence: &str,
    f: &SentenceFacts,
    clause: &std::ops::Range<usize>,
    trigger_end: usize,
) -> bool {
    let after = &sentence[trigger_end..];
    let partnered = || {
        sentence[clause.start.min(trigger_end)..trigger_end].contains(['与', '和', '同', '跟', '及'])
            || f.countries.iter().filter(|(at, _)| clause.contains(at)).count() >= 2
    };
    // A number to call (24小时紧急电话：61439012).
    let a_number = sentence[..trigger_end].ends_with("电话")
        && after.trim_start_matches(['：', ':', ' ']).starts_with(|c: char| c.is_ascii_digit());
    // 会面对 / 会面临 are 会 面对 / 面临 (will face), no 会面.
    let will_face = sentence[..trigger_end].ends_with("会面") && after.starts_with(['对', '临']);
    a_number
        || will_face
        || NOUNS_OF_CONTACT_WORDS.iter().any(|w| after.starts_with(w))
        || (NEGOTIATORS.iter().any(|w| after.starts_with(w)) && !partnered())
}

/// Words naming people who act for no government, or a visit to a detainee: a meeting with
/// them is no diplomatic contact (会晤了瑞典气候保护活动人士格雷塔通贝里, 杨案的代理律师……首度被
/// 允许与……杨恒均会面, 领馆人员首次获许与两名……公民……会面, 与日本作家司马辽太郎对话, 接见一些
/// 工人代表).
const NON_OFFICIALS: &[&str] = &[
    "活动人士",
    "活动家",
    "律师",
    "拘押",
    "羁押",
    "关押",
    "囚犯",
    "探视",
    "领馆人员",
    "领事人员",
    "作家",
    "企业家",
    "工人",
    "家人",
    "亲人",
    "亲友",
    "用户",
    "网友",
];

/// Words that end the name of a news outlet or its reporter: 访问 right after one is an
/// interview (法新社访问台湾学者), no visit.
const INTERVIEWERS: &[&str] = &["社", "之音", "记者", "本台", "本报", "电视台", "电台", "媒体", "》"];

/// Words of writing a letter: those who write one in a contact word's clause write to its
/// people, they do not meet them (在峰会启动前致信本届峰会主办国沙特阿拉伯国王).
const LETTERS: &[&str] = &["致信", "致函", "写信", "去信", "联名信", "公开信"];

/// Whether the talks or meeting of the trigger are no diplomatic contact: business talks
/// (TikTok与微软之间进行收购谈判), a series described (于2007年开始召开，基本上每年召开), a
/// forum's session (达沃斯经济论坛将以视频会议的方式举行), one a think tank or a university
/// holds (美国大西洋理事会智库举办与李显龙的视频对话), a comparison (将吕特的立场与之前的谈判中
/// 卡梅伦的立场相比较), one with people who act for no government (`NON_OFFICIALS`), a
/// letter's occasion (`LETTERS`), an outlet's interview (`INTERVIEWERS`), or a partner in
/// business or charity named by no one the article knows as holding office (与美国微软共同
/// 创业者、慈善家比尔·盖茨通电话).
pub(super) fn not_diplomatic(
    sentence: &str,
    f: &SentenceFacts,
    clause: &std::ops::Range<usize>,
    trigger_at: usize,
    trigger_end: usize,
) -> bool {
    let before = &sentence[clause.start.min(trigger_at)..trigger_at];
    let trigger = &sentence[trigger_at..trigger_end];
    let in_clause = &sentence[clause.clone()];
    ["收购", "并购", "采购", "劳资", "薪资"].iter().any(|w| before.ends_with(w))
        || ["每年", "每届", "定期", "轮流", "例行", "每两年"].iter().any(|w| in_clause.contains(w))
        || (trigger.ends_with("会议") && before.contains("论坛"))
        || ["智库", "研究所", "研究中心", "基金会", "大学", "学院", "商会", "学会", "理事会举办"]
            .iter()
            .any(|w| before.contains(w))
        || in_clause.contains("相比")
        || NON_OFFICIALS.iter().any(|w| in_clause.contains(w))
        || LETTERS.iter().any(|w| in_clause.contains(w))
        || ["比较", "相提并论"].iter().any(|w| sentence.contains(w))
        || (GREETINGS.contains(&trigger) && greets_no_visitor(sentence, clause, trigger_at, trigger_end))
        || (trigger == "访问" && INTERVIEWERS.iter().any(|w| before.ends_with(w)))
        || partner_in_business(sentence, f, clause, trigger_at)
        || private_subject(sentence, f, clause, trigger_at)
}

/// Words naming a private person by kin (他的妻子许艳, 潘晓颖母亲, 其父母及弟弟), by a counsel
/// (台湾律师) or by a post in a company (布利斯玛公司管理层的一位成员): as the subject of a contact,
/// they are no side of a diplomatic one. Not 夫人 (习近平和夫人彭丽媛 travel as officials).
const PRIVATE_SUBJECTS: &[&str] = &[
    "妻子",
    "丈夫",
    "遗孀",
    "母亲",
    "父亲",
    "父母",
    "儿子",
    "女儿",
    "弟弟",
    "哥哥",
    "姐姐",
    "妹妹",
    "家属",
    "家人",
    "亲人",
    "亲友",
    "律师",
    "公司管理层",
    "公司负责人",
    "公司高管",
    "公司的高管",
    "公司的负责人",
    "公司的管理层",
];

/// Words that end a clause telling who speaks (管浩鸣透露，): its subject is the speaker's, not
/// the subject of the contact told after it.
const SPEAKING: &[&str] = &["说", "表示", "指出", "称", "透露", "强调", "认为", "报导", "报道", "介绍"];

/// Whether the subject of the contact is a private person (他的妻子许艳在本周二会见美国、加拿大……
/// 人权官员): a word of `PRIVATE_SUBJECTS` before the last partner word (与, 同, 和, 跟) before the
/// trigger in its clause, or before the trigger where there is none, that is no relation of a
/// person found right after it (其父亲拜登 is Biden). Where that part of the clause names no
/// person, country or organisation, the contact's subject is in a clause before (台湾律师已经收到
/// 陈同佳的指示，今天(5日)将和台湾官方见面; 潘晓颖母亲提出的要求，包括今天会面坐下来与台方协商;
/// 其父母及弟弟已于日前……卖掉香港自宅，前往澳大利亚): the words go back a clause at a time to one
/// that names someone, or one that tells who speaks. Family named after the partner word
/// (拜登当时和妻子前往机场迎接) or after the trigger (同行的還有其父母) are not its subject.
fn private_subject(sentence: &str, f: &SentenceFacts, clause: &std::ops::Range<usize>, trigger_at: usize) -> bool {
    let clause_start = clause.start.min(trigger_at);
    let subject_end =
        sentence[clause_start..trigger_at].rfind(['与', '同', '和', '跟']).map_or(trigger_at, |i| clause_start + i);
    let mut from = clause_start;
    loop {
        let part = &sentence[from..subject_end];
        let private = PRIVATE_SUBJECTS.iter().any(|w| {
            part.match_indices(w).any(|(i, _)| {
                let end = from + i + w.len();
                !f.people.iter().any(|&(at, _)| at == end)
            })
        });
        if private {
            return true;
        }
        let named = |at: usize| at >= from && at < subject_end;
        if from == 0
            || f.people.iter().any(|&(at, _)| named(at))
            || f.countries.iter().any(|&(at, _)| named(at))
            || f.organizations.iter().any(|&(at, _)| named(at))
        {
            return false;
        }
        // The clause before, past the break that ends it.
        let Some(last) = sentence[..from].chars().next_back() else { return false };
        let before = from - last.len_utf8();
        if !matches!(last, '，' | ',') || before == 0 {
            return false;
        }
        let previous = clause_around(sentence, before);
        if SPEAKING.iter().any(|w| sentence[previous.start..before].ends_with(w)) {
            return false;
        }
        from = previous.start;
    }
}

/// Words that name a partner's business or charity (创办人, 慈善家, 乌克兰公司负责人).
const IN_BUSINESS: &[&str] =
    &["创办人", "创始人", "创业者", "慈善家", "商人", "富豪", "公司负责人", "公司管理层", "公司高管"];

/// Whether the partner named after 与 / 同 / 跟 before the trigger is described by their
/// business or charity (与美国微软共同创业者、慈善家比尔·盖茨通电话) and no person found stands
/// there (与蔡英文以及台积电创办人张忠谋会面 is a meeting with Tsai); 政商人士 are officials too.
fn partner_in_business(sentence: &str, f: &SentenceFacts, clause: &std::ops::Range<usize>, trigger_at: usize) -> bool {
    let from = clause.start.min(trigger_at);
    let Some(with) = sentence[from..trigger_at].rfind(['与', '同', '跟']).map(|i| from + i) else {
        return false;
    };
    let partner = &sentence[with..trigger_at];
    IN_BUSINESS.iter().any(|w| partner.contains(w))
        && !partner.contains("政商")
        && !f.people.iter().any(|&(at, _)| at > with && at < trigger_at)
}

/// Whether a greeting at the airport is of goods or the dead (前往机场迎接100万剂的疫苗), or a
/// term in quotation marks (“暴力接机”), not of a visitor.
fn greets_no_visitor(sentence: &str, clause: &std::ops::Range<usize>, trigger_at: usize, trigger_end: usize) -> bool {
    let object = &sentence[trigger_end..clause.end.max(trigger_end)];
    let quoted = words_before(&sentence[..trigger_at], 4).contains(['“', '「']) && object.starts_with(['”', '」']);
    quoted || ["疫苗", "物资", "遗体", "灵柩"].iter().any(|w| object.contains(w))
}

/// Whether a cancellation names its object, and it is no contact (以议长访问台湾为由，临时取消
/// ……的一笔订单): words follow it in its sentence part with no contact word or trip among them.
pub(super) fn cancels_something_else(sentence: &str, cue: &CueAt, f: &SentenceFacts) -> bool {
    let object = words_up_to(&sentence[cue.range.end..], "。；;", 40).trim_start_matches(['了', '掉']);
    let object_end = cue.range.end + object.len();
    [
        "订单", "合同", "签证", "航班", "演出", "比赛", "订购", "出口", "进口", "交易", "法", "条例", "制裁", "关税",
        "禁令", "选举", "资格",
    ]
    .iter()
    .any(|w| object.contains(w))
        && !f.triggers.iter().any(|(at, _)| (cue.range.end..object_end).contains(at))
        && !["行程", "计划", "计画", "安排", "之行", "会议", "访问"].iter().any(|w| object.contains(w))
}

/// Whether a word of an earlier plan is that of a plan kept (按照原计划在2020年结束脱欧过渡期,
/// 依原定计划举行): 按 / 依 / 照 / 根据 before it, and no denial before that (将不会按照原先计划
/// 去访问蒙古和韩国 still calls the trip off).
pub(super) fn plan_kept(sentence: &str, cue: &CueAt) -> bool {
    const PLANS: &[&str] = &["原定", "原订", "原计划", "原计画", "原先计划", "原本计划", "原先计画", "原本计画"];
    const KEEPING: &[&str] = &["按照", "按", "依照", "依", "遵照", "照", "根据", "如"];
    let before = &sentence[..cue.range.start];
    PLANS.contains(&&sentence[cue.range.clone()])
        && KEEPING.iter().find_map(|w| before.strip_suffix(w)).is_some_and(|head| {
            !["不", "不会", "没有", "没", "未", "并未", "无法", "不能"].iter().any(|d| head.ends_with(d))
        })
}

/// Whether a cancellation before the trigger is the time it comes after (在访台行程取消后改以
/// 视频方式与台湾总统蔡英文通话): 后 or 之后 right after the cue, the trigger later.
pub(super) fn sets_the_time(sentence: &str, cue: &CueAt, trigger_at: usize) -> bool {
    cue.range.end <= trigger_at && {
        let after = sentence[cue.range.end..].trim_start_matches('了');
        after.starts_with('后') || after.starts_with("之后") || after.starts_with("以后")
    }
}

/// Whether the trigger's clause tells the time of what the next clause says (川普2018年访问法国
/// 时，取消造访……公墓; 访问期间，……): it ends in 时 or 期间 after the trigger.
pub(super) fn told_as_a_time(sentence: &str, trigger_end: usize, clause: &std::ops::Range<usize>) -> bool {
    let rest = sentence.get(trigger_end..clause.end).unwrap_or("");
    rest.chars().count() <= 12 && (rest.ends_with('时') || rest.ends_with("期间") || rest.ends_with("之际"))
}

/// Whether a delay is one of minutes or hours (会谈被推迟25分钟): the contact took place.
pub(super) fn delayed_briefly(sentence: &str, cue: &CueAt) -> bool {
    let after = words_up_to(&sentence[cue.range.end..], "，。；", 8).trim_start_matches(['了', '约', '近']);
    let digits = after.trim_start_matches(|c: char| c.is_ascii_digit() || "一二两三四五六七八九十半个".contains(c));
    digits.len() < after.len() && ["分钟", "小时", "钟头"].iter().any(|w| digits.starts_with(w))
}

/// Whether a cancellation is only demanded of someone (要求政府“取消”习近平访日计划, 呼吁取消
/// 访问) or asked about (是否可能因为……导致文在寅与拜登的通话被推迟): the contact is still planned.
pub(super) fn cancellation_not_asserted(sentence: &str, cue: &CueAt) -> bool {
    let before = words_before(&sentence[..cue.range.start], 6);
    let demanded =
        ["要求", "呼吁", "主张", "敦促", "促请", "建议", "要政府", "应该", "应当"].iter().any(|w| before.contains(w));
    let clause_before = sentence[..cue.range.start].rsplit(['，', '。', '；']).next().unwrap_or("");
    demanded || ["是否", "会否", "会不会"].iter().any(|w| clause_before.contains(w))
}

/// Whether the contact is asked about, not reported: 是否 before the trigger in its clause
/// (康京和此行是否会与拜登阵营会面，备受关注) or in an earlier one where the sentence then says
/// it is guessed at (她是否会如四年前……一样，也和拜登通电话表示祝贺引起各方猜测), or a question
/// the sentence ends with (拜登会不会亲自接听蔡英文的恭贺电话？), its question word before the
/// trigger in its clause (那么是不是说美国会回到与伊朗的核谈判中……呢？).
pub(super) fn asked(sentence: &str, clause: &std::ops::Range<usize>, trigger_at: usize) -> bool {
    let guessed = ["猜测", "揣测", "猜疑", "关注"].iter().any(|w| sentence[trigger_at..].contains(w));
    if guessed && sentence[..clause.start.min(trigger_at)].contains("是否") {
        return true;
    }
    let before = &sentence[clause.start.min(trigger_at)..trigger_at];
    // 就是否延期展开谈判 asks nothing: whether is the talks' subject.
    let whether = before.match_indices("是否").any(|(i, _)| {
        !["就", "对", "关于", "讨论", "商讨", "磋商"]
            .iter()
            .any(|w| before[..i].trim_end_matches(['正', '在']).ends_with(w))
    });
    whether
        || sentence.trim_end().ends_with(['？', '?'])
            && (["会不会", "是否", "是不是", "能否", "会否", "可否", "有没有", "何时"]
                .iter()
                .any(|w| before.contains(w))
                || sentence.trim_end().trim_end_matches(['？', '?']).ends_with('吗'))
}

/// Whether the contact was only attempted: the words after the trigger in its clause say
/// it got no answer (澳方致电中国商务部的努力未得到中方地回应).
pub(super) fn unanswered(sentence: &str, clause: &std::ops::Range<usize>, trigger_end: usize) -> bool {
    let after = &sentence[trigger_end..clause.end.max(trigger_end)];
    ["拒接", "无人接听", "没人接听"].iter().any(|w| after.contains(w))
        || ["未得到", "未获得", "未获", "未收到", "没有得到", "没有获得", "没有收到", "没得到", "不获"].iter().any(
            |w| {
                after.match_indices(w).any(|(i, _)| {
                    let object: String = after[i + w.len()..].chars().take(6).collect();
                    ["回应", "回复", "答复", "回音", "接听"].iter().any(|r| object.contains(r))
                })
            },
        )
}

/// Whether the clause gives an opinion that the contact is needed (他认为有必要和卢卡申科进行
/// 对话), not a contact held or set.
/// So is what someone holds or advises should be done (他还认为华盛顿应该接待台湾总统蔡英文访问
/// 美国; 保尔森……发言指，将上台的拜登政府应与中国进行新一轮的双边谈判; 研究会……建议……，应该
/// 举行日美印澳四国首脑峰会): a modal of what should be, before the trigger in its clause, after a
/// verb of opinion or advice in the sentence; not a proposal named as such (提出了……应举行……对话
/// 的提议), nor one set for a day.
pub(super) fn opinion(sentence: &str, clause: &std::ops::Range<usize>, trigger_at: usize) -> bool {
    let before = &sentence[clause.start.min(trigger_at)..trigger_at];
    ["有必要", "有需要"].iter().any(|w| before.contains(w)) || recommended(sentence, clause, trigger_at)
}

/// Modals of what should be done (应该, 应当, 应与……): not 应对, 反应, 回应.
const SHOULD: &[&str] = &["应该", "应当", "应与", "应和", "应同", "应跟", "应尽快", "应立即", "应尽早"];

/// Verbs of holding a view or of advising, before such a modal.
const OPINING: &[&str] = &["认为", "主张", "建议", "指出", "发言指", "撰文指", "撰文称"];

fn recommended(sentence: &str, clause: &std::ops::Range<usize>, trigger_at: usize) -> bool {
    let before = &sentence[clause.start.min(trigger_at)..trigger_at];
    let Some(modal_at) = SHOULD.iter().filter_map(|w| before.find(w)).min() else { return false };
    let modal_at = clause.start.min(trigger_at) + modal_at;
    // The modal governs the trigger closely, with no aside between (应该是美国前驻华大使温斯顿·
    // 洛德（……1972年基辛格秘密访华时……）names a visit of its own).
    let between = &sentence[modal_at..trigger_at];
    let governs = between.chars().count() <= 20 && !between.contains(['（', '(']);
    let advised = governs && OPINING.iter().any(|w| sentence[..modal_at].contains(w));
    let after = &sentence[trigger_at..clause.end.max(trigger_at)];
    let proposal_named = ["的提议", "的建议"].iter().any(|w| after.contains(w));
    let set_for_a_day = sentence[clause.clone()].contains(['日', '号']);
    advised && !proposal_named && !set_for_a_day
}

/// Whether the trigger is a dialogue hoped, intended or said to be needed to go on or resume
/// (希望和中国进行继续对话, 盼与美国恢复对话, 有恢复对话的可能性, 欧洲和中国应该……继续对话,
/// 宣布打算恢复与伊朗政权的对话), to be deepened (台澳之间会继续深化高层的对话) or kept up (我们将
/// 继续与中国在所有领域进行对话): the state of a relationship wished for, no talks held or set.
pub(super) fn dialogue_hoped_for(
    sentence: &str,
    clause: &std::ops::Range<usize>,
    trigger_at: usize,
    trigger_end: usize,
) -> bool {
    let before = &sentence[clause.start.min(trigger_at)..trigger_at];
    // 恢复对话, or 恢复与伊朗政权的对话.
    let resumed = |w: &&str| {
        before.ends_with(w)
            || before.ends_with('的')
                && before.rfind(w).is_some_and(|i| before[i + w.len()..].starts_with(['与', '同', '和', '跟']))
    };
    // Dialogue to be deepened (台澳之间会继续深化高层的对话) is a relationship, not talks.
    let deepened =
        before.ends_with('的') && ["深化", "加强", "推动", "促进", "扩大"].iter().any(|w| before.contains(w));
    let wished = ["继续", "恢复", "保持", "持续", "重启"].iter().any(resumed)
        && (["希望", "盼", "期待", "期望", "愿", "应", "需", "必须", "打算", "有意"]
            .iter()
            .any(|w| before.contains(w))
            || sentence[trigger_end..].starts_with("的可能"));
    // Dialogue a side will keep up (我们将继续与中国在所有领域进行对话, 英法两国计划在明年继续进行
    // 密切对话), with no day for a round of it.
    let kept_up = ["将继续", "会继续", "计划在明年继续", "要继续", "计划继续"].iter().any(|w| before.contains(w))
        && !sentence[clause.clone()].contains(['日', '周', '号']);
    &sentence[trigger_at..trigger_end] == "对话" && (deepened || wished || kept_up)
        || dialogue_wished(sentence, clause, trigger_at, trigger_end)
}

/// Words by which a side says it wishes or stands ready for dialogue (期待重启美中经济对话,
/// 愿意与中国进行对话, 准备好为了以色列与巴勒斯坦恢复谈判而努力).
const WISHES: &[&str] =
    &["希望", "盼", "期待", "期望", "愿意", "愿与", "愿同", "准备好", "做好", "随时可以", "有意", "乐见", "寻求"];

/// Words that report a contact of its own between a wish and the talks wished for (希望在会谈
/// 中……): the wish is then about that contact's matter, not the talks.
const CONTACTS_BETWEEN: &[&str] = &["会谈", "会晤", "会面", "见面", "通话", "电话", "访问", "峰会", "会议"];

/// Whether the trigger is talks in general (对话, 谈判, 磋商, 协商) that a side of the sentence
/// wishes for or stands ready for, before them in the sentence (中方期待重启美中经济对话; 希望
/// 在拜登……宣誓就职后，中、美能恢复对话) or after them (表达了恢复对话的愿望), with no day,
/// round or place set for them in their clause: a stance, not talks held or planned.
fn dialogue_wished(sentence: &str, clause: &std::ops::Range<usize>, trigger_at: usize, trigger_end: usize) -> bool {
    if !["对话", "谈判", "磋商", "协商"].contains(&&sentence[trigger_at..trigger_end]) {
        return false;
    }
    let before = &sentence[..trigger_at];
    let wished_before = WISHES.iter().filter_map(|w| before.rfind(w).map(|i| i + w.len())).max().is_some_and(|end| {
        let between = &before[end..];
        !CONTACTS_BETWEEN.iter().any(|c| between.contains(c)) && !between.contains(['。', '；'])
    });
    let after = &sentence[trigger_end..clause.end.max(trigger_end)];
    let wished_after = ["的愿望", "的意愿"].iter().any(|w| after.starts_with(w));
    // A round set for a day or a place (将于下周, 10月5日, 在日内瓦举行新一轮谈判), or a round
    // of a series (新一轮中德政府磋商), is planned.
    let here = &sentence[clause.clone()];
    // Not 在 of the talks as a frame (希望在军备控制谈判中取得进展) or of 在内, nor 第 of an
    // item (第三项期许是希望美国尝试重返磋商): only a place, or a round counted.
    let framed = |i: usize| {
        let at = clause.start + i;
        sentence[at..].starts_with("在内")
            || at < trigger_at && ["中", "上", "里"].iter().any(|w| sentence[trigger_end..].starts_with(w))
    };
    let placed = here.match_indices('在').any(|(i, _)| !framed(i));
    let counted = here.match_indices('第').any(|(i, w)| {
        let rest =
            here[i + w.len()..].trim_start_matches(|c: char| c.is_ascii_digit() || "一二三四五六七八九十".contains(c));
        rest.len() < here.len() - i - w.len() && ["轮", "次", "届", "回", "阶段"].iter().any(|r| rest.starts_with(r))
    });
    let set = here.contains(['日', '周', '号', '于']) || here.contains("一轮") || placed || counted;
    (wished_before || wished_after) && !set
}

/// Whether the contact is only what outsiders guess or hope (因此媒体猜测安倍在这里会见了蔡英文;
/// 外界更是期盼，更紧密的美台关系能成为启动双边贸易谈判的敲门砖) or an analyst expects: no side
/// reports or sets it.
pub(super) fn outsiders_view(sentence: &str, trigger_at: usize) -> bool {
    const OUTSIDERS: &[&str] =
        &["外界", "舆论", "各界", "国际社会", "媒体", "分析人士", "观察人士", "观察家", "评论人士"];
    const GUESSES: &[&str] = &["猜测", "揣测", "臆测", "期盼", "盼望"];
    let before = &sentence[..trigger_at];
    let guessed = OUTSIDERS.iter().filter_map(|w| before.rfind(w).map(|i| i + w.len())).any(|end| {
        let next = words_up_to(&before[end..], "。；", 6);
        GUESSES.iter().any(|g| next.trim_start_matches(['更', '还', '也', '都', '则', '是']).starts_with(g))
    });
    // Or what an analyst expects (研究员的何瑞恩说，他预期未来还会持续有阁员级官员到台湾访问;
    // 副教授刁大明则认为，……不排除特朗普政府更高级别官员访台的可能性).
    // (专家也认为，拜登上任后预料……和伊朗再度展开核子谈判; 日本政评家宫崎正弘……撰文指出，……很可能
    // 就是闪电访问台湾.)
    const ANALYSTS: &[&str] =
        &["研究员", "教授", "学者", "专家", "分析师", "评论员", "政评家", "评论家", "政论家", "时评人"];
    const EXPECTING: &[&str] = &["预期", "预计", "不排除", "估计", "推测", "预测", "预料", "很可能"];
    let expected = ANALYSTS
        .iter()
        .filter_map(|w| before.find(w).map(|i| i + w.len()))
        .min()
        .is_some_and(|end| EXPECTING.iter().any(|e| before[end..].contains(e)));
    guessed || expected
}

/// Whether a trip or call is only a courtesy wish: a wish or welcome before it that reaches
/// for a chance of it (诚挚欢迎他在冠病疫情趋缓后，能有机会再度造访台湾; 希望不久之后能够邀请
/// 他们访问德国; 菅义伟期待有机会和蔡英文通话), with no day set between the wish and the end of
/// the trigger's clause; or a wish someone only guesses at (陈日君续指，可能教宗方济各也希望访问
/// 中国). No side proposes or sets the contact. A chance named as a condition before the wish
/// (如果有机会，期待与蔡总统通电话) keeps a hoped-for call planned, as in `supposed`.
pub(super) fn courtesy_wish(
    sentence: &str,
    clause: &std::ops::Range<usize>,
    trigger_at: usize,
    kind: ContactType,
) -> bool {
    const WISHING: &[&str] = &["欢迎", "希望", "期待", "期盼", "盼望", "愿"];
    const CHANCE: &[&str] = &["有机会", "能够邀请", "能邀请"];
    if kind == ContactType::Meeting || kind == ContactType::Summit {
        return false;
    }
    let before = &sentence[..trigger_at];
    let Some((wish_at, wish_end)) =
        WISHING.iter().filter_map(|w| before.rfind(w).map(|i| (i, i + w.len()))).max_by_key(|&(_, end)| end)
    else {
        return false;
    };
    let between = &before[wish_end..];
    // The wish governs the trigger: no stop and no contact word of its own between them.
    if between.contains(['。', '；']) || CONTACTS_BETWEEN.iter().any(|c| between.contains(c)) {
        return false;
    }
    let chance = CHANCE.iter().any(|c| between.find(c).is_some_and(|i| between[..i].chars().count() <= 14));
    // A wish only guessed at: 可能 shortly before it in its clause.
    let guessed = before[..wish_at].rfind("可能").is_some_and(|i| {
        let gap = &before[i + "可能".len()..wish_at];
        gap.chars().count() <= 12 && !gap.contains(['，', ',', '。', '；']) && !before[..i].ends_with('不')
    });
    let set = {
        let here = &sentence[wish_at..clause.end.max(trigger_at)];
        here.contains(['日', '号']) || ["将于", "下周", "月底", "月初", "月中"].iter().any(|w| here.contains(w))
    };
    (chance || guessed) && !set
}

/// Whether the contact is an order given (安倍……下达指示……启动与中国大陆、韩国、台湾等12个国家
/// 及地区就恢复商务往来的谈判): a verb of ordering before the trigger in its sentence, and no
/// one named between them who is ordered to meet (下令蓬佩奥与……会谈 is Pompeo's). Not talks
/// held on someone's instructions (按照习近平的指示).
pub(super) fn ordered(sentence: &str, f: &SentenceFacts, trigger_at: usize) -> bool {
    const ORDERING: &[&str] = &["下达指示", "下令", "责成", "指示", "命令"];
    let before = &sentence[..trigger_at];
    let given = |&(i, _): &(usize, &str)| !before[..i].ends_with('的');
    let order_end =
        ORDERING.iter().filter_map(|w| before.rmatch_indices(*w).find(given).map(|(i, w)| i + w.len())).max();
    order_end.is_some_and(|end| {
        !f.people.iter().any(|&(at, _)| at >= end && at < trigger_at) && f.people.iter().any(|&(at, _)| at < end)
    })
}

/// Whether a condition before the trigger in its sentence makes the contact a supposition
/// (特朗普如果想干得漂亮的话，他有可能让陈时中到访美国).
/// A condition that the trip goes ahead or the chance comes (如果顺利成行，可望跟汪洋会面; 如果有
/// 机会，期待与蔡总统通电话) keeps a hoped-for contact planned.
pub(super) fn supposed(sentence: &str, trigger_at: usize) -> bool {
    let before = &sentence[..trigger_at];
    ["如果", "假如", "倘若", "假若", "假使", "万一", "一旦"].iter().any(|w| before.contains(w))
        && !["成行", "机会"].iter().any(|w| before.contains(w))
}

/// Whether the trigger names talks in general, not a contact: international talks (在国际谈判中
/// 取得优势), a pair of ideals (对话与合作), a kind of thing (接听蔡英文电话这种事), a rule
/// for them (与地方政府官员见面前须获得美方批准, 须报备与美政府……的会面), or advice to call (在港遇到
/// 问题，可致电台湾驻港办事处).
pub(super) fn spoken_of_in_general(
    sentence: &str,
    clause: &std::ops::Range<usize>,
    trigger_at: usize,
    trigger_end: usize,
) -> bool {
    let trigger = &sentence[trigger_at..trigger_end];
    let after = &sentence[trigger_end..];
    let before = &sentence[clause.start.min(trigger_at)..trigger_at];
    let in_clause = &sentence[clause.clone()];
    before.ends_with("国际")
        || (["对话", "谈判", "交流"].contains(&trigger)
            && ["与合作", "和合作", "与交流", "和交流", "与沟通", "和沟通"].iter().any(|w| after.starts_with(w)))
        || ["合作与", "合作和", "交流与", "交流和", "沟通与", "沟通和"].iter().any(|w| before.ends_with(w))
        || ["这种事", "这类事", "这样的事", "之类的事"].iter().any(|w| after.starts_with(w))
        || ["这类", "此类", "这种", "这一类", "各类", "各种"].iter().any(|w| before.ends_with(w))
        || ["须获", "需获", "须经", "需经", "须报备", "需报备", "须事先", "需事先", "须得到", "需得到"]
            .iter()
            .any(|w| in_clause.contains(w))
        || (["致电", "打电话", "电话"].iter().any(|w| trigger.starts_with(w))
            && ["可", "可以", "请", "不妨", "应", "应该"].iter().any(|w| before.ends_with(w)))
}

/// Whether a 前往 / 飞往 names where something is bound for (位于多佛前往法国的轮渡码头), or a
/// trip word describes a kind of people (曾到访中国内地的非美国居民人士), not a trip: no traveller
/// before it in its clause, a 的 soon after its destination, and no trip word after that.
pub(super) fn bound_for(
    sentence: &str,
    f: &SentenceFacts,
    clause: &std::ops::Range<usize>,
    trigger_at: usize,
    trigger_end: usize,
) -> bool {
    const HEADING: &[&str] = &["前往", "飞往", "开往", "驶往", "通往"];
    const TRIPS: &[&str] =
        &["行程", "访问", "旅程", "之旅", "途中", "路上", "计划", "计画", "出访", "行", "航班", "班机", "专机", "消息"];
    // Who made such a trip, as a kind of people (禁止过去14天曾到访中国内地的非美国居民人士入境).
    const TRAVELLERS: &[&str] = &["人士", "旅客", "人员", "游客", "居民", "外国人", "乘客", "民众"];
    // A traveller named before it in its clause goes there (与捷克外交部长一同前往捷克西部地区的旧址).
    let traveller = f.people.iter().any(|&(at, _)| at >= clause.start && at < trigger_at);
    let destination = words_up_to(&sentence[trigger_end..], "，。；：,;:的", 8);
    let rest = &sentence[trigger_end + destination.len()..];
    let Some(described) = rest.strip_prefix('的').filter(|_| !destination.is_empty() && !traveller) else {
        return false;
    };
    let travellers = TRAVELLERS.iter().any(|w| words_up_to(described, "，。；：,;:", 8).contains(w));
    travellers
        || HEADING.contains(&&sentence[trigger_at..trigger_end]) && !TRIPS.iter().any(|w| described.starts_with(w))
}

/// Whether a plan named in the words that describe the contact (原定在越南岘港举行的第36届东盟
/// 峰会) gave way to the contact held another way (本月26日采用视频形式召开): a verb of holding
/// follows the contact word in its clause.
pub(super) fn held_otherwise(
    sentence: &str,
    cue: &CueAt,
    trigger_at: usize,
    trigger_end: usize,
    clause: &std::ops::Range<usize>,
) -> bool {
    let planned_before = ["原定", "原订", "原计划", "原计画", "原本预定", "原先预定", "原先计划", "原本计划"]
        .contains(&&sentence[cue.range.clone()])
        && cue.range.end <= trigger_at
        && sentence[cue.range.end..trigger_at].contains('的');
    let after = sentence.get(trigger_end..clause.end.max(trigger_end)).unwrap_or("");
    planned_before && ["召开", "举行", "进行", "登场"].iter().any(|v| after.contains(v))
}

/// Cancellation cues that refuse something, which may be other than a contact.
pub(super) const REFUSALS: &[&str] = &["拒绝", "婉拒", "谢绝", "回绝"];

/// Whether a refusal's object is a contact: a contact word, or a verb of attending or going,
/// within a few characters after it in its clause (婉拒前往华盛顿, 拒绝与蔡英文会面), or what
/// came before, where it ends its clause (遭北京拒绝).
pub(super) fn refuses_a_contact(sentence: &str, cue: &CueAt, f: &SentenceFacts) -> bool {
    let after = words_up_to(&sentence[cue.range.end..], "，。；：,;:", 8);
    let reach = cue.range.end + after.len();
    // A refusal that ends its clause (邀请中国参加谈判，但遭北京拒绝) refuses what came before;
    // one whose object is an invitation to a contact (拒绝川普在华府召开……峰会的邀请) refuses it.
    let object = words_up_to(&sentence[cue.range.end..], "，。；：,;:", 40);
    after.trim_start_matches('了').is_empty()
        || f.triggers.iter().any(|&(at, _)| at >= cue.range.end && at < reach)
        || ATTENDING.iter().chain(&["前往", "访问", "邀请", "邀约"]).any(|v| after.contains(v))
        || (object.ends_with("邀请")
            && f.triggers.iter().any(|&(at, _)| at > cue.range.end && at < cue.range.end + object.len()))
}

/// Whether the contact was only tried for and the text says the try failed (极力想促成蔡英文与
/// 安倍通话，结果并没有成功): it never took place.
pub(super) fn attempt_failed(
    sentence: &str,
    clause: &std::ops::Range<usize>,
    trigger_at: usize,
    trigger_end: usize,
) -> bool {
    const TRYING: &[&str] = &["促成", "撮合", "试图", "企图", "争取", "设法", "努力"];
    const FAILED: &[&str] = &["没有成功", "未能成功", "未获成功", "没能成功", "未成功", "失败"];
    let before = &sentence[clause.start.min(trigger_at)..trigger_at];
    TRYING.iter().any(|w| before.contains(w)) && FAILED.iter().any(|w| sentence[trigger_end..].contains(w))
}

/// Whether a later clause denies the report of the contact (爆料称美国总统特朗普计划“突袭”访台，
/// 惟台湾官员驳斥从未听闻相关报道内容): a rumour denied is called off.
pub(super) fn rumour_denied(sentence: &str, clause: &std::ops::Range<usize>) -> bool {
    const DENYING: &[&str] = &["驳斥", "否认", "辟谣"];
    const REPORTS: &[&str] = &["报道", "报导", "传闻", "传言", "谣言", "消息", "说法", "从未听闻", "子虚乌有"];
    let later = &sentence[clause.end..];
    DENYING.iter().filter_map(|w| later.find(w).map(|i| &later[i + w.len()..])).any(|denied| {
        let object: String = denied.chars().take_while(|c| !"。；".contains(*c)).take(15).collect();
        REPORTS.iter().any(|r| object.contains(r))
    })
}

/// Whether the contact is what would have been but for something (如不是新型冠状病毒在世界蔓延，
/// 中国国家主席习近平也会在今年春天访日): it was called off.
pub(super) fn counterfactual(sentence: &str, clause: &std::ops::Range<usize>, trigger_at: usize) -> bool {
    const BUT_FOR: &[&str] = &["如不是", "要不是", "若不是", "如果不是", "若非", "如果没有", "要不是因为"];
    const WOULD: &[&str] = &["也会", "就会", "本会", "本将", "原本", "本来", "早就", "早已"];
    let before = &sentence[..clause.start.min(trigger_at)];
    BUT_FOR.iter().any(|w| before.contains(w)) && WOULD.iter().any(|w| sentence[clause.start..trigger_at].contains(w))
}

/// Whether the sentence tells, after a contact planned, of a death that ended the plan (柯佳洛
/// 年初规划访台，……间接造成柯佳洛的猝死; 原计划今年2月访问台湾，却不幸在出发前离奇猝死).
/// Not the death of another the contact is about (赴台吊唁去世的前总统李登辉).
pub(super) fn plan_ended_by_death(sentence: &str, trigger_end: usize) -> bool {
    const DEATHS: &[&str] = &["猝死", "去世", "逝世", "病逝", "过世", "身亡", "离世"];
    const MOURNING: &[&str] = &["吊唁", "悼念", "葬礼", "追悼", "丧礼", "致哀"];
    let after = &sentence[trigger_end..];
    !MOURNING.iter().any(|w| sentence.contains(w))
        && DEATHS.iter().any(|w| after.match_indices(w).any(|(i, _)| !after[i + w.len()..].starts_with('的')))
}
