//! Property tests of the functions the fuzz targets cover (fuzz/): decoding, article
//! reading and cleaning, and the whole per-article pipeline never panic, and what they
//! return is consistent (sentence ranges on character boundaries, records for articles).
//! Case counts are modest so that the suite runs in seconds.

use dipgraph::article::Article;
use dipgraph::clean::{Text, clean, split_sentences};
use dipgraph::dict::Dictionaries;
use dipgraph::extract::{Pipeline, decode};
use proptest::prelude::*;
use std::sync::LazyLock;

static PIPELINE: LazyLock<Pipeline> = LazyLock::new(|| Pipeline::new(Dictionaries::embedded().unwrap()));

/// Pieces archived posts are made of, and of the ways they go wrong.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("---\n".to_string()),
        Just("title: 标题\n".to_string()),
        Just("date: 2020-08-31 10:55:27\n".to_string()),
        Just("<!--1598871327000-->\n".to_string()),
        Just("<!--x-->\n".to_string()),
        Just("[安倍晋三与特朗普通电话](https://www.rfi.fr/cn/x)\n".to_string()),
        Just("------\n".to_string()),
        Just("\r\n".to_string()),
        Just("\u{feff}".to_string()),
        Just("<p>".to_string()),
        Just("</p>".to_string()),
        Just("<div class=\"copyright\">".to_string()),
        Just("<script>".to_string()),
        Just("<!--".to_string()),
        Just("&amp;&#x4e2d;&#99999999;".to_string()),
        Just("15/09/2023 - 01:00".to_string()),
        Just("日本首相安倍晋三31日与美国总统特朗普通电话。".to_string()),
        Just("蔡英文與美國國務卿通話，雙方週四會晤。".to_string()),
        Just("中美双方昨天在北京举行会谈；".to_string()),
        Just("“他说。”".to_string()),
        "\\PC{0,12}",
        any::<char>().prop_map(String::from),
    ]
}

fn article_like() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..24).prop_map(|v| v.concat())
}

fn check_text(t: &Text) {
    for (i, s) in t.sentences.iter().enumerate() {
        assert!(t.body.is_char_boundary(s.range.start) && t.body.is_char_boundary(s.range.end));
        assert!(!t.sentence(i).is_empty());
    }
    assert_eq!(t.simplified().body.len(), t.body.len());
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn decode_never_panics_and_yields_no_carriage_returns(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        if let Ok(text) = decode(&bytes) {
            prop_assert!(!text.contains('\r'));
        }
    }

    #[test]
    fn utf8_text_decodes_to_itself(text in "\\PC{0,64}") {
        let text = text.replace('\r', "");
        prop_assume!(!text.contains('\0') && !text.chars().any(|c| c.is_control() && !c.is_whitespace()));
        prop_assert_eq!(decode(text.as_bytes()).unwrap(), text.clone());
    }

    #[test]
    fn article_parse_and_clean_never_panic(text in article_like()) {
        if let Ok(article) = Article::parse(&text)
            && let Ok(body) = clean(&article.html)
        {
            check_text(&body);
        }
    }

    #[test]
    fn clean_never_panics_on_any_string(html in "\\PC{0,200}") {
        if let Ok(body) = clean(&html) {
            check_text(&body);
        }
    }

    #[test]
    fn sentences_are_char_ranges(p in "\\PC{0,80}") {
        for r in split_sentences(&p) {
            prop_assert!(p.is_char_boundary(r.start) && p.is_char_boundary(r.end) && r.start < r.end);
        }
    }

    #[test]
    fn extract_never_panics(text in article_like()) {
        let _ = PIPELINE.extract("prop.md", text.as_bytes());
    }

    #[test]
    fn annotate_keeps_the_text_outside_the_marks(text in article_like()) {
        let annotated = PIPELINE.annotate(&text);
        prop_assert!(annotated.len() >= text.len());
    }

    #[test]
    fn extract_never_panics_on_bytes(bytes in prop::collection::vec(any::<u8>(), 0..256)) {
        let mut wrapped = b"<!--1598871327000-->\n[t](https://www.rfi.fr/cn/x)\n------\n".to_vec();
        wrapped.extend_from_slice(&bytes);
        let _ = PIPELINE.extract("prop.md", &wrapped);
    }

    #[test]
    fn an_article_with_a_header_gives_a_record(body in prop::collection::vec(piece(), 0..12)) {
        // Control characters would make it binary.
        let body: String = body.concat().chars().filter(|c| !c.is_control() || *c == '\n').collect();
        let text = format!("<!--1598871327000-->\n[安倍晋三与特朗普通电话](https://www.rfi.fr/cn/x)\n------\n{body}");
        let record = PIPELINE.extract("prop.md", text.as_bytes()).unwrap();
        prop_assert_eq!(record.title, "安倍晋三与特朗普通电话");
        prop_assert_eq!(record.published.as_deref(), Some("2020-08-31T10:55:27Z"));
    }
}
