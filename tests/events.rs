//! Events across articles (issue 19): a contact that many articles recall over the years is
//! one event (or two, when some reports cannot say which of several it is), and the events
//! do not depend on the order the articles come in. The articles of `fixtures/recalled` are
//! those of the shared corpus that report or recall the Trump–Tsai call of December 2016 and
//! the Trump–Kim meetings of 2018 and 2019.

mod common;

use common::{dipgraph, fixture};
use serde_json::Value;
use std::path::{Path, PathBuf};

/// The article files of the fixture directory `name`, in name order.
fn files_of(name: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = walkdir::WalkDir::new(fixture(name))
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| e.into_path())
        .collect();
    files.sort();
    files
}

/// `dipgraph graph -` over `files` listed on standard input in the given order, into `out`.
fn graph_of_list(files: &[PathBuf], out: &Path, extra: &[&str]) {
    let out = out.to_str().unwrap();
    let args: Vec<&str> = ["graph", "-", "-o", out, "--format", "graphml,gexf,json,cytoscape,csv"]
        .into_iter()
        .chain(extra.iter().copied())
        .collect();
    let list: String = files.iter().map(|f| format!("{}\n", f.display())).collect();
    let done = common::dipgraph_with_input(&args, list.into_bytes());
    assert!(done.status.success(), "{}", String::from_utf8_lossy(&done.stderr));
}

fn events(dir: &Path) -> Vec<Value> {
    std::fs::read_to_string(dir.join("events.jsonl"))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// The events of `kinds` whose people include all of `people`.
fn events_between<'a>(events: &'a [Value], people: &[&str], kinds: &[&str]) -> Vec<&'a Value> {
    events
        .iter()
        .filter(|e| people.iter().all(|p| e["people"].as_array().unwrap().iter().any(|x| x == p)))
        .filter(|e| kinds.iter().any(|k| e["type"] == *k))
        .collect()
}

#[test]
fn a_call_recalled_for_four_years_is_at_most_two_events() {
    let dir = tempfile::tempdir().unwrap();
    graph_of_list(&files_of("recalled"), dir.path(), &[]);
    let all = events(dir.path());
    let calls = events_between(&all, &["trump-donald", "tsai-ing-wen"], &["phone"]);
    assert!(!calls.is_empty() && calls.len() <= 2, "{calls:#?}");
    // bbc/2020-08-17 (2016年12月：美国总统当选人特朗普和台湾总统蔡英文通电话) and the articles
    // that give the month date the call by its month; none dates it by its own publication.
    assert!(calls.iter().any(|e| e["date"] == "2016-12"), "{calls:#?}");
    for e in &calls {
        let date = e["date"].as_str().unwrap_or("");
        assert!(!date.starts_with("2020") && !date.starts_with("2021"), "{e:#}");
    }
    let reports: u64 = calls.iter().map(|e| e["num_articles"].as_u64().unwrap()).sum();
    assert!(reports >= 8, "the articles that recall the call are its sources: {calls:#?}");
}

#[test]
fn three_meetings_recalled_for_years_are_at_most_five_events() {
    let dir = tempfile::tempdir().unwrap();
    graph_of_list(&files_of("recalled"), dir.path(), &[]);
    let all = events(dir.path());
    let meetings = events_between(&all, &["trump-donald", "kim-jong-un"], &["meeting", "summit"]);
    assert!(!meetings.is_empty() && meetings.len() <= 5, "{meetings:#?}");
    // The Hanoi summit of February 2019, recalled by its month and by 去年初.
    let hanoi = meetings.iter().find(|e| e["date"] == "2019-02").expect("the Hanoi summit");
    assert!(hanoi["num_articles"].as_u64().unwrap() >= 3, "{hanoi:#}");
    // At most one event holds the reports that cannot tell which meeting they recall.
    assert!(meetings.iter().filter(|e| e["date"].is_null()).count() <= 1, "{meetings:#?}");
}

#[test]
fn every_file_is_the_same_whatever_the_order_of_the_articles() {
    let files = files_of("recalled");
    let mut reversed = files.clone();
    reversed.reverse();
    // Odd positions first, then even ones: neither sorted nor reversed.
    let interleaved: Vec<PathBuf> = files.iter().skip(1).step_by(2).chain(files.iter().step_by(2)).cloned().collect();
    let outputs: Vec<tempfile::TempDir> = [files, reversed, interleaved]
        .iter()
        .map(|order| {
            let dir = tempfile::tempdir().unwrap();
            graph_of_list(order, dir.path(), &[]);
            dir
        })
        .collect();
    let names: Vec<String> = std::fs::read_dir(outputs[0].path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(names.len() >= 7, "{names:?}");
    for name in &names {
        let first = std::fs::read(outputs[0].path().join(name)).unwrap();
        for other in &outputs[1..] {
            assert!(first == std::fs::read(other.path().join(name)).unwrap(), "{name} depends on the input order");
        }
    }
}

#[test]
fn an_edge_counts_each_of_its_articles_once() {
    let dir = tempfile::tempdir().unwrap();
    let out = dipgraph(&["graph", fixture("").to_str().unwrap(), "-o", dir.path().to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let g: Value = serde_json::from_str(&std::fs::read_to_string(dir.path().join("graph.json")).unwrap()).unwrap();
    let mut checked = 0;
    for l in g["links"].as_array().unwrap().iter().filter(|l| l["kind"] == "contact") {
        assert_eq!(l["num_articles"].as_u64().unwrap() as usize, l["articles"].as_array().unwrap().len(), "{l:#}");
        checked += 1;
    }
    assert!(checked >= 20, "only {checked} contact edges");
}

/// The Tokyo Quad foreign ministers' meeting of 2020-10-06 as the events of a graph: one event
/// with the four ministers, reported by several outlets, whose six pairs are contact edges;
/// and a UK–EU call between Johnson and von der Leyen as an event with both people.
fn assert_quad_and_uk_eu_call(out: &Path) {
    let events: Vec<Value> = std::fs::read_to_string(out.join("events.jsonl"))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let ministers = ["jaishankar-subrahmanyam", "motegi-toshimitsu", "payne-marise", "pompeo-mike"];
    let quad: Vec<&Value> = events
        .iter()
        .filter(|e| {
            e["date"] == "2020-10-06"
                && ministers.iter().all(|m| e["people"].as_array().unwrap().iter().any(|p| p == m))
        })
        .collect();
    assert_eq!(quad.len(), 1, "one Quad event with the four ministers: {quad:#?}");
    let quad = quad[0];
    assert!(["summit", "meeting"].contains(&quad["type"].as_str().unwrap()), "{quad:#?}");
    let mut countries: Vec<&str> = quad["countries"].as_array().unwrap().iter().map(|c| c.as_str().unwrap()).collect();
    countries.sort();
    assert_eq!(countries, ["AU", "IN", "JP", "US"]);
    let outlets: std::collections::BTreeSet<&str> =
        quad["sources"].as_array().unwrap().iter().map(|s| s["outlet"].as_str().unwrap()).collect();
    assert!(outlets.len() >= 3, "reported by several outlets: {outlets:?}");
    let graph: Value = serde_json::from_str(&std::fs::read_to_string(out.join("graph.json")).unwrap()).unwrap();
    let contact_edge = |a: &str, b: &str| {
        graph["links"].as_array().unwrap().iter().any(|l| {
            l["kind"] == "contact"
                && ((l["source"] == a && l["target"] == b) || (l["source"] == b && l["target"] == a))
                && l["dates"].as_array().unwrap().iter().any(|d| d == "2020-10-06")
        })
    };
    for (i, a) in ministers.iter().enumerate() {
        for b in &ministers[i + 1..] {
            assert!(contact_edge(a, b), "no contact edge {a}–{b} on 2020-10-06");
        }
    }
    assert!(
        events.iter().any(|e| {
            let people = e["people"].as_array().unwrap();
            e["type"] == "phone"
                && people.iter().any(|p| p == "johnson-boris")
                && people.iter().any(|p| p == "von-der-leyen-ursula")
        }),
        "a Johnson–von der Leyen call"
    );
}

#[test]
fn the_tokyo_quad_meeting_is_one_event_with_its_four_ministers_from_several_outlets() {
    // fixtures/multilateral: the reports of DW, RFI, RFA and Reuters, and an RFI report of the
    // Johnson–von der Leyen call of 2020-12-07.
    let out = tempfile::tempdir().unwrap();
    let run = dipgraph(&[
        "graph",
        fixture("multilateral").to_str().unwrap(),
        "-o",
        out.path().to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    assert_quad_and_uk_eu_call(out.path());
}

#[test]
fn over_the_shared_corpus_the_tokyo_quad_meeting_is_one_event_with_its_four_ministers() {
    let Some(corpus) = common::shared_corpus() else {
        eprintln!("../shared/corpus is absent: skipped");
        return;
    };
    let out = tempfile::tempdir().unwrap();
    let run = dipgraph(&["graph", corpus.to_str().unwrap(), "-o", out.path().to_str().unwrap(), "--format", "json"]);
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    assert_quad_and_uk_eu_call(out.path());
}

/// An event takes the status of its latest report, and the sentence of that report as its
/// evidence, so that the evidence shows what the status says. `fixtures/status` holds
/// 联合早报's report of the Suga–Xi call planned for Friday 25 September 2020 and Reuters'
/// report of it held.
#[test]
fn an_event_planned_then_held_is_held_on_the_evidence_of_the_report_that_it_was() {
    let out = tempfile::tempdir().unwrap();
    graph_of_list(&files_of("status"), out.path(), &[]);
    let events = events(out.path());
    let call = events_between(&events, &["suga-yoshihide", "xi-jinping"], &["phone"]);
    assert_eq!(call.len(), 1, "{call:#?}");
    assert_eq!(call[0]["status"], "held");
    assert_eq!(call[0]["num_articles"], 2);
    assert_eq!(call[0]["date"], "2020-09-25");
    let evidence = call[0]["evidence"].as_str().unwrap();
    assert!(evidence.contains("菅义伟周五表示"), "{evidence}");
}

/// A contact reported as a meeting stays one when another article's trip of the same sides
/// joins its event: `fixtures/summons` holds DW's report that Maas summoned Russia's
/// ambassador (2020-09-03) and an RFI report with Navalny's flight to Germany.
#[test]
fn a_summons_joined_by_a_trip_of_the_same_sides_stays_a_meeting() {
    let out = tempfile::tempdir().unwrap();
    graph_of_list(&files_of("summons"), out.path(), &[]);
    let events = events(out.path());
    let summons: Vec<&Value> =
        events.iter().filter(|e| e["evidence"].as_str().unwrap().contains("召见俄罗斯驻德大使")).collect();
    assert_eq!(summons.len(), 1, "{events:#?}");
    assert_eq!(summons[0]["type"], "meeting", "{:#?}", summons[0]);
}

/// An event whose reports state different days takes the day most of them state, and the
/// sentence of a report that states it:
/// `fixtures/dates` holds 联合早报's, VOA's and RFI's reports of Wang Yi's talks with Kang
/// Kyung-wha in Seoul on 2020-11-26; VOA also dates them by the evening before, when Wang
/// arrived (于周三晚些时候抵达韩国首都).
#[test]
fn an_event_takes_the_day_most_of_its_reports_state() {
    let out = tempfile::tempdir().unwrap();
    graph_of_list(&files_of("dates"), out.path(), &[]);
    let events = events(out.path());
    let talks = events_between(&events, &["kang-kyung-wha", "wang-yi"], &["meeting"]);
    assert_eq!(talks.len(), 1, "{talks:#?}");
    assert_eq!(talks[0]["date"], "2020-11-26", "{:#?}", talks[0]);
    assert_eq!(talks[0]["num_articles"], 3);
    // Its evidence is a sentence that states that day, not the arrival's.
    let evidence = talks[0]["evidence"].as_str().unwrap();
    assert!(!evidence.contains("抵达"), "{evidence}");
}

#[test]
fn the_reports_of_one_video_summit_that_name_fewer_of_its_sides_are_that_one_event() {
    // fixtures/joint: five reports (RFI, BBC, DW) of the EU–China video summit of 30 December
    // 2020; one tells it as Xi's talks with Merkel, another as Xi's call with the EU, the
    // others with Macron and the EU's two presidents too.
    let dir = tempfile::tempdir().unwrap();
    graph_of_list(&files_of("joint"), dir.path(), &[]);
    let all = events(dir.path());
    let of_the_day: Vec<&Value> = all
        .iter()
        .filter(|e| e["date"] == "2020-12-30" && e["countries"].as_array().unwrap().iter().any(|c| c == "CN"))
        .collect();
    assert_eq!(of_the_day.len(), 1, "{of_the_day:#?}");
    let summit = of_the_day[0];
    assert_eq!((summit["type"].as_str(), summit["status"].as_str()), (Some("video"), Some("held")));
    for p in ["xi-jinping", "merkel-angela", "macron-emmanuel", "michel-charles", "von-der-leyen-ursula"] {
        assert!(summit["people"].as_array().unwrap().iter().any(|x| x == p), "{p}: {summit:#}");
    }
    assert_eq!(summit["num_articles"], 5, "{summit:#}");
}

#[test]
fn a_country_with_one_organisation_and_with_another_are_two_events() {
    // rfi/jekyll/2020-12-22 (中国和欧盟之间就……投资协定进行的谈判) and 2021-01-03 (中国政府就专家组的
    // 调查与世卫……) were one undated "CN" meeting with eu and who.
    use dipgraph::events::sides_key;
    let cn = vec!["CN".to_string()];
    let key = |o: &str| sides_key(&[], &cn, &[o.to_string()]);
    assert_ne!(key("eu"), key("who"));
    assert_eq!(key("eu"), key("european-commission"));
    // Keys of two countries or of people are as before.
    let two = vec!["CN".to_string(), "US".to_string()];
    assert_eq!(sides_key(&[], &two, &["asean".to_string()]), "c:CN+US");
}
