//! Topics: what a contact was about, from the topic dictionary (`topics*.tsv`).

use crate::dict::Dictionaries;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

/// The topic automaton, built once per process.
pub struct TopicFinder {
    automaton: AhoCorasick,
    /// Topic id of each pattern.
    ids: Vec<String>,
}

impl TopicFinder {
    pub fn new(dicts: &Dictionaries) -> TopicFinder {
        let mut forms = Vec::new();
        let mut ids = Vec::new();
        for t in &dicts.topics {
            // Simplified, as the sentences they are found in are.
            for form in std::iter::once(&t.name).chain(t.aliases.iter().map(|a| &a.form)) {
                forms.push(crate::clean::simplify(form).into_owned());
                ids.push(t.id.clone());
            }
        }
        let automaton = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            // Only the sentences of contacts are read for topics: an automaton quick to build
            // (a DFA of these forms takes a quarter of the start-up) matters more than speed.
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .build(&forms)
            .expect("the automaton of topic forms builds");
        TopicFinder { automaton, ids }
    }

    /// The topics `text` names, in order of first mention.
    pub fn find(&self, text: &str) -> Vec<String> {
        let mut found: Vec<String> = Vec::new();
        for m in self.automaton.find_iter(text) {
            let id = &self.ids[m.pattern().as_usize()];
            if !found.contains(id) {
                found.push(id.clone());
            }
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn topics_of_a_sentence_in_order() {
        let mut d = Dictionaries::default();
        d.add_files(
            [(
                "topics.tsv".to_string(),
                "north-korea-nuclear\t朝鲜核问题\t朝核|无核化\ncovid-19\t新冠疫情\t新冠|疫情|新型冠状病毒\n",
            )]
            .into_iter(),
        );
        let t = TopicFinder::new(&d);
        // rfi/jekyll/2020-08-31-安倍与特朗普举行电话会谈.md
        let s = "会谈中，安倍表示希望在朝鲜绑架日本人方面和新型冠状病毒的对策上与美国进一步合作，推进朝鲜半岛无核化。";
        assert_eq!(t.find(s), ["covid-19", "north-korea-nuclear"]);
    }
}
