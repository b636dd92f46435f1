//! Delegations: a group a text makes a side of a contact (日本吊唁团预计会晋见蔡英文总统,
//! 与森喜朗一行……举行会谈, 台湾访问团由经济部次长陈正祺率领) takes part with its head, the
//! person the text names as leading it.

use super::SentenceFacts;
use crate::resolve::Resolved;

/// Words of a travelling delegation.
const DELEGATIONS: &[&str] = &["代表团", "访问团", "吊唁团", "考察团", "议员团", "访团"];

/// Words of leading a delegation (由森喜朗率领, 陈正祺率团, 维特奇所率领的访问团).
const LEADING: &[&str] = &["率领", "率团", "带领", "领衔", "带团"];

/// The head of a delegation that is a side of the contact at `trigger_at` in `sentence`,
/// within `clause`: a person followed by 一行 before the trigger (与森喜朗一行); a person
/// said to lead a delegation word of the sentence (访问团由陈正祺率领); or, for a delegation
/// word that opens the trigger's clause with no one named before the trigger (日本吊唁团预计会
/// 晋见), the one person the article says leads a delegation of that word (由前首相森喜朗率领).
pub(super) fn delegation_head(
    f: &SentenceFacts,
    resolved: &Resolved,
    sentence: &str,
    article: &str,
    clause: std::ops::Range<usize>,
    trigger_at: usize,
) -> Option<usize> {
    // 与森喜朗一行: the person right before 一行, in the sentence before the trigger.
    if let Some(&(_, p)) =
        f.people.iter().rev().find(|&&(at, _)| at < trigger_at && sentence[f.end_of(at)..].starts_with("一行"))
    {
        return Some(p);
    }
    // 访问团由经济部次长陈正祺率领: a delegation word, then 由, the person and a verb of leading,
    // with no break between.
    for word in DELEGATIONS {
        for (d, _) in sentence.match_indices(word) {
            let after = d + word.len();
            let Some(gap) = sentence[after..].strip_prefix('由') else { continue };
            let stretch = gap.split(['，', '。', '；', '：']).next().unwrap_or("");
            let Some(lead) = LEADING.iter().filter_map(|v| stretch.find(v)).min() else { continue };
            let from = after + '由'.len_utf8();
            let to = from + lead;
            if let Some(&(_, p)) = f.people.iter().rev().find(|&&(at, _)| at >= from && f.end_of(at) <= to) {
                return Some(p);
            }
        }
    }
    // 日本吊唁团预计会晋见蔡英文总统: a delegation word opening the clause, no one named before
    // the trigger; its head is the one person the article names leading a group of that word.
    if f.people.iter().any(|&(at, _)| at < trigger_at) {
        return None;
    }
    let word = DELEGATIONS.iter().find(|w| sentence[clause.start..trigger_at].contains(*w))?;
    let heads: Vec<usize> = resolved
        .people
        .iter()
        .enumerate()
        .filter(|(_, person)| {
            person.mentions.iter().chain(std::iter::once(&person.name)).any(|m| {
                article.match_indices(m.as_str()).any(|(i, _)| {
                    let before = &article[..i];
                    let after = &article[i + m.len()..];
                    let led = LEADING.iter().any(|v| after.starts_with(v));
                    // 由P率领 / P率领……吊唁团 within one sentence.
                    let sentence_after = after.split(['。', '；']).next().unwrap_or("");
                    let sentence_before = before.rsplit(['。', '；']).next().unwrap_or("");
                    led && (sentence_after.contains(word) || sentence_before.contains(word))
                })
            })
        })
        .map(|(p, _)| p)
        .collect();
    match heads.as_slice() {
        [head] => Some(*head),
        _ => None,
    }
}
