//! Suggestions: people found in no dictionary, aggregated over a batch into candidate
//! dictionary lines (`dipgraph suggest`), most frequent first, ready to review and paste.

use crate::extract::Extraction;
use std::collections::BTreeMap;

/// A candidate dictionary entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suggestion {
    pub name: String,
    pub english: Option<String>,
    pub country: Option<String>,
    pub role: Option<String>,
    /// Articles naming the person.
    pub articles: usize,
    pub example: String,
}

impl Suggestion {
    /// The id the entry would get: the English name, family name first, else `zh-NAME`,
    /// with what a dictionary id cannot hold (white space, punctuation but the name dots
    /// `·‧•`) as single `-` (see `dict::is_entry_id`).
    pub fn id(&self) -> String {
        let mut words: Vec<String> = self
            .english
            .iter()
            .flat_map(|en| en.split(|c: char| !c.is_ascii_alphanumeric()))
            .filter(|w| !w.is_empty())
            .map(|w| w.to_ascii_lowercase())
            .collect();
        if let Some(family) = words.pop() {
            words.insert(0, family);
            return words.join("-");
        }
        let name: String = self
            .name
            .chars()
            .map(|c| if c.is_alphanumeric() || matches!(c, '·' | '‧' | '•') { c } else { '-' })
            .collect();
        let parts: Vec<&str> = name.split('-').filter(|p| !p.is_empty()).collect();
        format!("zh-{}", parts.join("-"))
    }

    /// The entry in the format of `people*.tsv`, after a comment line with the count and
    /// an example sentence.
    pub fn to_dictionary_lines(&self) -> String {
        let role = match &self.role {
            Some(r) => format!("{} {r} ..", self.country.as_deref().unwrap_or("-")),
            None => "-".to_string(),
        };
        format!(
            "# {} articles: {}\n{}\t{}\t{}\t-\t{}\n",
            self.articles,
            self.example,
            self.id(),
            self.name,
            self.english.as_deref().unwrap_or("-"),
            role
        )
    }
}

/// Collects the people that extractions report with `"known": false`.
#[derive(Debug, Default)]
pub struct Suggestions {
    by_name: BTreeMap<String, Suggestion>,
}

impl Suggestions {
    pub fn add(&mut self, x: &Extraction) {
        for p in x.people.iter().filter(|p| !p.known) {
            let s = self.by_name.entry(p.name.clone()).or_insert_with(|| Suggestion {
                name: p.name.clone(),
                english: None,
                country: None,
                role: None,
                articles: 0,
                example: p.evidence.clone().unwrap_or_default(),
            });
            s.articles += 1;
            s.english = s.english.take().or_else(|| p.english.clone());
            s.country = s.country.take().or_else(|| p.country.clone());
            s.role = s.role.take().or_else(|| p.role.clone());
        }
    }

    /// Candidates by number of articles, most first (then by name).
    pub fn ranked(&self) -> Vec<&Suggestion> {
        let mut v: Vec<&Suggestion> = self.by_name.values().collect();
        v.sort_by(|a, b| b.articles.cmp(&a.articles).then(a.name.cmp(&b.name)));
        v
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_suggestion_is_a_dictionary_line() {
        let s = Suggestion {
            name: "马尔斯".into(),
            english: Some("Richard Marles".into()),
            country: Some("AU".into()),
            role: Some("国防部长".into()),
            articles: 3,
            example: "澳大利亚国防部长马尔斯今天与中国防长会晤。".into(),
        };
        assert_eq!(
            s.to_dictionary_lines(),
            "# 3 articles: 澳大利亚国防部长马尔斯今天与中国防长会晤。\nmarles-richard\t马尔斯\tRichard Marles\t-\tAU 国防部长 ..\n"
        );
    }

    #[test]
    fn suggested_ids_are_dictionary_ids() {
        let id = |name: &str, english: Option<&str>| {
            Suggestion {
                name: name.into(),
                english: english.map(str::to_string),
                country: None,
                role: None,
                articles: 1,
                example: String::new(),
            }
            .id()
        };
        assert_eq!(id("张惇涵", None), "zh-张惇涵");
        assert_eq!(id("法里 汉克斯", None), "zh-法里-汉克斯");
        assert_eq!(id("凯莉--克拉夫特 ", None), "zh-凯莉-克拉夫特");
        assert_eq!(id("伊尔汗·奥马尔", Some("Ilhan Omar")), "omar-ilhan");
        assert_eq!(id("埃尔", Some("Éé")), "zh-埃尔");
        for (name, english) in [("法里 汉克斯", None), ("a\nb", None), ("X", Some("Jean-Luc  Picard"))] {
            assert!(crate::dict::is_entry_id(&id(name, english)), "{name}");
        }
    }
}
