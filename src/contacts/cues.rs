//! Cue words: the kinds of cue of `triggers.tsv` a contact's sentence is read for (planned,
//! held, cancelled, 双方 …), found for all kinds in one automaton scan per sentence.

use crate::dict::Dictionaries;
use aho_corasick::AhoCorasick;

/// The kinds of cue word of `triggers.tsv` a contact's sentence is read for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum CueKind {
    Planned,
    Cancelled,
    Held,
    /// Words that stand for the sides of the last contact (双方, 两国首脑).
    Group,
    Future,
    /// Words that recall a past contact (曾, 此前, 当选后, 四年前).
    Background,
    /// Words that make 致电 a message of congratulation or condolence (致电祝贺).
    Message,
    /// Words that make talks a goal urged on others (呼吁恢复谈判, 回到谈判桌).
    Exhortation,
}

impl CueKind {
    const ALL: [(CueKind, &'static str); 8] = [
        (CueKind::Planned, "planned"),
        (CueKind::Cancelled, "cancelled"),
        (CueKind::Held, "held"),
        (CueKind::Group, "group"),
        (CueKind::Future, "future"),
        (CueKind::Background, "background"),
        (CueKind::Message, "message"),
        (CueKind::Exhortation, "exhortation"),
    ];
}

/// The cue words of the dictionaries in one automaton, built once per process, so that a
/// sentence is scanned once for all of them.
pub struct CueFinder {
    automaton: AhoCorasick,
    /// The kinds of cue each pattern is (a form may be a cue of two kinds).
    kinds: Vec<Vec<CueKind>>,
}

impl CueFinder {
    pub fn new(dicts: &Dictionaries) -> CueFinder {
        let mut forms: Vec<String> = Vec::new();
        let mut kinds: Vec<Vec<CueKind>> = Vec::new();
        for (cue, category) in CueKind::ALL {
            // Simplified, as the sentences they are found in are.
            let simplified = dicts.cue_forms(category).map(|(_, form)| crate::clean::simplify(form).into_owned());
            for form in simplified.filter(|form| !form.is_empty()) {
                match forms.iter().position(|f| *f == form) {
                    Some(i) => kinds[i].push(cue),
                    None => {
                        forms.push(form);
                        kinds.push(vec![cue]);
                    }
                }
            }
        }
        let automaton = AhoCorasick::new(&forms).expect("the automaton of cue words builds");
        CueFinder { automaton, kinds }
    }

    /// Every occurrence of every cue word in `sentence`.
    pub(super) fn find(&self, sentence: &str) -> SentenceCues {
        let mut last_end = vec![0; self.kinds.len()];
        let mut found = Vec::new();
        for m in self.automaton.find_overlapping_iter(sentence) {
            if inside_a_word(sentence, m.range()) || answers_a_request(sentence, m.range()) {
                continue;
            }
            let pattern = m.pattern().as_usize();
            // Occurrences of one form come in order; those `str::match_indices` would skip
            // (overlapping the one before) are marked.
            let counted = m.start() >= last_end[pattern];
            if counted {
                last_end[pattern] = m.end();
            }
            for &kind in &self.kinds[pattern] {
                found.push(CueAt { range: m.range(), kind, counted });
            }
        }
        SentenceCues(found)
    }
}

/// Words holding a cue word of one character that is none there: the 拟 of 虚拟峰会 plans
/// nothing, nor does the 将 of 将军 say "will".
const WORDS_HOLDING_CUES: &[&str] = &["虚拟", "模拟", "比拟", "将军", "将领", "大将", "上将", "中将", "少将"];

/// Whether the cue word at `range` is part of one of [`WORDS_HOLDING_CUES`].
fn inside_a_word(sentence: &str, range: std::ops::Range<usize>) -> bool {
    let cue = &sentence[range.clone()];
    WORDS_HOLDING_CUES.iter().any(|word| {
        word.match_indices(cue).any(|(i, _)| {
            range.start.checked_sub(i).and_then(|from| sentence.get(from..)).is_some_and(|s| s.starts_with(word))
        })
    })
}

/// Whether the cue word at `range` is the noun 要求 of a request the contact answers (应蓬佩奥
/// 要求与马克龙会面), not a demand for one still to come: 应 a few words before it.
fn answers_a_request(sentence: &str, range: std::ops::Range<usize>) -> bool {
    sentence[range.clone()].starts_with("要求")
        && sentence[..range.start].chars().rev().take(10).take_while(|c| !"，。；".contains(*c)).any(|c| c == '应')
}

/// Whether a cue (之前, 以前) closes a clause of time opened by 在 (在东地中海峰会召开之前，……会晤了):
/// it says when the contact was, not that it is recalled.
fn closes_a_clause_of_time(sentence: &str, cue: &CueAt) -> bool {
    let clause_start = sentence[..cue.range.start].rfind(['，', '。', '；']).map_or(0, |i| i + '，'.len_utf8());
    ["之前", "以前"].contains(&&sentence[cue.range.clone()])
        && sentence[clause_start..cue.range.start].starts_with('在')
        && sentence[cue.range.end..].starts_with(['，', ','])
}

/// Whether the contact of a trigger ending at `trigger_end` is named as what something else
/// came on the eve of (就在中国外长王毅到访法国的前夕): past its object, in its clause, 前夕.
/// (之前 and 前 say no more than an order: 王毅到访意大利前 may be told after the visit.)
pub(super) fn on_its_eve(sentence: &str, trigger_end: usize) -> bool {
    let object = super::words_up_to(&sentence[trigger_end..], "，。；：,;:", 14);
    // Only the object between: no verb of its own (访问时发表讲话前夕).
    object.find("前夕").is_some_and(|at| !object[..at].contains(['说', '表', '称', '讲', '时']))
}

/// Nouns after a contact word and 的 that name the contact's own plan or time (访台的计划,
/// 见面的安排, 会谈的时间): a cue after them still plans the contact.
const PLAN_NOUNS: &[&str] = &[
    "计划", "计画", "规划", "规画", "行程", "日程", "安排", "时间", "日期", "可能", "机会", "消息", "邀请", "提议",
    "构想", "准备", "筹备", "前夕",
];

/// Verbs that hold, start or place a contact (会谈将于下周举行, 将在北京进行, 访问欧洲的王毅将抵达法国):
/// a cue before one of them plans the contact (or the trip) itself.
const HOLDING_VERBS: &[&str] = &[
    "举行", "进行", "召开", "展开", "开始", "登场", "持续", "结束", "包括", "于", "在", "抵达", "前往", "到访", "访问",
    "出访", "会见", "会晤", "会谈",
];

/// Whether the contact of a trigger at `trigger_at..trigger_end` is told as a noun phrase that
/// a predicate after it is about, so that a cue of that predicate plans the predicate, not the
/// contact: 周日与弗罗斯特进行的会谈将表明是否……, 经过日美双方的磋商，将公布……, 安倍在与特朗普的
/// 通话中表明日本愿意……, 就……威胁捷克官员访问台湾的声明，将召见……, 对台访问的……议长将会……付出代价.
/// The contact is either
/// - a noun after 的 framed as done or under way (进行的/举行的/展开的 before it, 经过 opening its
///   clause, or 在……中/上 around it), or
/// - the modifier of another noun (访问台湾的声明), not a noun of its own plan (访台的计划).
///
/// The cue comes after the contact word and is a verb's: not a noun of the contact (见面的安排,
/// 最可能结局), not what the contact is (有望是最后一轮的谈判), not before a verb that holds or
/// places the contact (会谈将于下周举行, 将在北京进行), and not given as a cause (是因为……正在协调).
pub(super) fn frames_a_predicate(
    sentence: &str,
    clause_start: usize,
    trigger_at: usize,
    trigger_end: usize,
    cue: &CueAt,
) -> bool {
    if cue.range.start < trigger_end {
        return false;
    }
    let before = &sentence[clause_start.min(trigger_at)..trigger_at];
    let after = &sentence[trigger_end..];
    let framed_as_done = before.ends_with('的')
        && (["进行的", "举行的", "展开的", "召开的"].iter().any(|w| before.ends_with(w))
            || before.starts_with("经过")
            || before.contains('在')
                && after.starts_with(['中', '上'])
                && !after[3..]
                    .starts_with(['国', '方', '美', '日', '欧', '俄', '印', '韩', '朝', '东', '南', '西', '北']));
    let object = super::words_up_to(after, "，。；：,;:", 8);
    let modifies_a_noun = object.find('的').is_some_and(|i| {
        let noun = &after[i + '的'.len_utf8()..];
        !PLAN_NOUNS.iter().any(|n| noun.starts_with(n)) && !noun.starts_with(['，', '。', '；', ','])
    });
    if !framed_as_done && !modifies_a_noun {
        return false;
    }
    let cue_word = &sentence[cue.range.clone()];
    let between = &sentence[trigger_end..cue.range.start];
    // Right after the contact word only "will" (会谈将表明), not a plan noun (会谈计划).
    let right_after = between.is_empty() && !cue_word.starts_with('将');
    let a_noun_of_it = between.ends_with('的') || between.ends_with("的最");
    let a_cause = ["因为", "由于", "是"].iter().any(|w| between.contains(w));
    let predicate = super::words_up_to(&sentence[cue.range.end..], "，。；,;", 14);
    let holds_it = cue_word.ends_with(['于', '在'])
        || predicate.starts_with('是')
        || HOLDING_VERBS.iter().any(|v| predicate.contains(v));
    !right_after && !a_noun_of_it && !a_cause && !holds_it
}

/// One occurrence of a cue word in a sentence.
pub(super) struct CueAt {
    pub(super) range: std::ops::Range<usize>,
    pub(super) kind: CueKind,
    /// Whether a left-to-right search for this form alone finds it (it does not overlap the
    /// occurrence of the same form before it).
    counted: bool,
}

/// The cue words of one sentence.
pub(super) struct SentenceCues(pub(super) Vec<CueAt>);

/// Prepositions after which a cue governs the verb that follows them (将与来访的中国外长会谈).
const PREPOSITIONS: [char; 8] = ['与', '同', '跟', '和', '于', '在', '对', '向'];

impl SentenceCues {
    /// Whether a cue of `kind` lies within `range` of the sentence.
    pub(super) fn any_within(&self, kind: CueKind, range: std::ops::Range<usize>) -> bool {
        self.0.iter().any(|c| c.kind == kind && c.range.start >= range.start && c.range.end <= range.end)
    }

    /// The cues in `sentence[..end]` that recall a past contact (曾, 此前, 四年前); not a
    /// 过去 that names the time just past (刚过去的星期一), which is news.
    pub(super) fn recalling_before<'a>(&'a self, sentence: &'a str, end: usize) -> impl Iterator<Item = &'a CueAt> {
        self.0.iter().filter(move |c| {
            c.kind == CueKind::Background
                && c.range.end <= end
                && !(&sentence[c.range.clone()] == "过去" && sentence[..c.range.start].ends_with('刚'))
                && !closes_a_clause_of_time(sentence, c)
        })
    }

    /// Whether a cue of `kind` starts the stretch `range` of the sentence.
    pub(super) fn opens(&self, kind: CueKind, range: std::ops::Range<usize>) -> bool {
        self.0.iter().any(|c| c.kind == kind && c.range.start == range.start && c.range.end <= range.end)
    }

    /// Where the cues of `kind` start, as a search for each form finds them.
    pub(super) fn starts(&self, kind: CueKind) -> Vec<usize> {
        self.0.iter().filter(|c| c.kind == kind && c.counted).map(|c| c.range.start).collect()
    }

    /// Whether a cue of `kind` in `sentence[..end]` that `keep` keeps governs a contact
    /// rather than a noun phrase: 即将离任的 (a cue followed closely by 的) describes a
    /// person, not the contact. A cue ending in the 会 of a contact word (随后会见) is none.
    pub(super) fn governs_before_where(
        &self,
        kind: CueKind,
        sentence: &str,
        end: usize,
        keep: impl Fn(&CueAt) -> bool,
    ) -> bool {
        self.0.iter().filter(|c| c.kind == kind && c.counted && c.range.end <= end && keep(c)).any(|c| {
            let after: String = sentence[c.range.end..end].chars().take(4).collect();
            // The 会 of 此后会访问 is "will"; that of 随后会见 begins the contact word, unless
            // what stands before it says "will" itself (将会见, 预计会晤).
            let cue = &sentence[c.range.clone()];
            let begins_a_word = cue.ends_with('会')
                && !cue.ends_with("机会")
                && !["将会", "预计会"].contains(&cue)
                && sentence[c.range.end..].starts_with(['见', '晤', '谈', '面', '议']);
            // A cue that qualifies a noun (即将离任的总统) governs nothing; one before a
            // preposition in the contact's clause (将与来访的中国外长会谈) governs the verb after it.
            let before_a_preposition =
                after.starts_with(PREPOSITIONS) && !sentence[c.range.end..end].contains(['，', '；', ',']);
            let qualifies_a_noun = after.contains('的') && !before_a_preposition;
            !qualifies_a_noun && !begins_a_word
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The cue finder answers as searching for each form on its own does, on every sentence
    /// of the fixtures and on forms that overlap themselves.
    #[test]
    fn cues_are_found_as_a_search_for_each_form_finds_them() {
        let dicts = Dictionaries::embedded().unwrap();
        let cues = CueFinder::new(&dicts);
        let mut sentences: Vec<String> = [
            "双方双方会谈",
            "将将于下周访问",
            "即将离任的总统将于明天访问",
            "会谈取消了",
            "G20虚拟峰会将于下周举行",
            "少将将军拟访问",
        ]
        .map(String::from)
        .to_vec();
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures");
        for entry in walkdir::WalkDir::new(dir).into_iter().filter_map(Result::ok).filter(|e| e.file_type().is_file()) {
            let raw = std::fs::read_to_string(entry.path()).unwrap();
            let Ok(article) = crate::article::Article::parse(&raw) else { continue };
            let text = crate::clean::clean(&article.html).unwrap().simplified().into_owned();
            sentences.extend((0..text.sentences.len()).map(|i| text.sentence(i).to_string()));
        }
        let mut with_cues = 0;
        for sentence in &sentences {
            let found = cues.find(sentence);
            // What a search for each form finds once the words holding one are blanked out.
            let masked = WORDS_HOLDING_CUES.iter().fold(sentence.clone(), |s, w| s.replace(w, &"x".repeat(w.len())));
            let masked = masked.as_str();
            with_cues += usize::from(!found.0.is_empty());
            for (cue, category) in CueKind::ALL {
                let forms: Vec<&str> = dicts.cue_forms(category).map(|(_, f)| f).collect();
                let whole = 0..sentence.len();
                assert_eq!(found.any_within(cue, whole), forms.iter().any(|f| masked.contains(f)), "{sentence}");
                let mut starts = found.starts(cue);
                let mut expected: Vec<usize> =
                    forms.iter().flat_map(|f| masked.match_indices(f).map(|(i, _)| i)).collect();
                starts.sort();
                expected.sort();
                assert_eq!(starts, expected, "{category} in {sentence}");
                for (end, _) in sentence.char_indices().skip(1) {
                    let clause = &masked[..end];
                    let governs = forms.iter().any(|f| {
                        clause.match_indices(f).any(|(i, _)| {
                            let after = &clause[i + f.len()..];
                            let before_a_preposition =
                                after.starts_with(PREPOSITIONS) && !after.contains(['，', '；', ',']);
                            before_a_preposition || !after.chars().take(4).any(|c| c == '的')
                        })
                    });
                    assert_eq!(
                        found.governs_before_where(cue, sentence, end, |_| true),
                        governs,
                        "{category} before {end} in {sentence}"
                    );
                    assert_eq!(
                        found.any_within(cue, end..sentence.len()),
                        forms.iter().any(|f| masked[end..].contains(f))
                    );
                    assert_eq!(
                        found.opens(cue, end..sentence.len()),
                        forms.iter().any(|f| masked[end..].starts_with(f))
                    );
                }
            }
        }
        assert!(with_cues >= 20, "only {with_cues} sentences with cues");
    }
}
