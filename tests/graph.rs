//! `dipgraph graph` over the bundled fixtures: files written, events clustered across
//! outlets, output byte-identical across thread counts and runs.

mod common;
use common::*;
use serde_json::Value;
use std::fs;

fn graph_into(dir: &std::path::Path, extra: &[&str]) {
    let mut args = vec!["graph", "--output", dir.to_str().unwrap()];
    args.extend_from_slice(extra);
    args.push(fixture("").to_str().unwrap().to_owned().leak());
    let out = dipgraph(&args);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
}

fn events(dir: &std::path::Path) -> Vec<Value> {
    fs::read_to_string(dir.join("events.jsonl")).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

#[test]
fn abe_trump_call_is_one_event_with_sources_from_three_outlets() {
    let dir = tempfile::tempdir().unwrap();
    graph_into(dir.path(), &[]);
    let all = events(dir.path());
    let calls: Vec<&Value> = all
        .iter()
        .filter(|e| e["type"] == "phone" && e["date"] == "2020-08-31")
        .filter(|e| e["people"] == serde_json::json!(["abe-shinzo", "trump-donald"]))
        .collect();
    assert_eq!(calls.len(), 1, "{calls:#?}");
    let outlets: Vec<&str> =
        calls[0]["sources"].as_array().unwrap().iter().map(|s| s["outlet"].as_str().unwrap()).collect();
    for o in ["rfi", "voa", "reuters"] {
        assert!(outlets.contains(&o), "{o} missing from {outlets:?}");
    }
    assert_eq!(calls[0]["num_articles"].as_u64().unwrap() as usize, outlets.len());
}

#[test]
fn node_link_json_has_the_seed_people_and_their_contact_edge() {
    let dir = tempfile::tempdir().unwrap();
    graph_into(dir.path(), &[]);
    let g: Value = serde_json::from_str(&fs::read_to_string(dir.path().join("graph.json")).unwrap()).unwrap();
    assert_eq!(g["directed"], false);
    let ids: Vec<&str> = g["nodes"].as_array().unwrap().iter().map(|n| n["id"].as_str().unwrap()).collect();
    for id in ["abe-shinzo", "trump-donald", "kamikawa-yoko", "blinken-antony", "JP", "US"] {
        assert!(ids.contains(&id), "{id} missing");
    }
    let edge = g["links"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["kind"] == "contact" && l["source"] == "abe-shinzo" && l["target"] == "trump-donald")
        .expect("Abe–Trump contact edge");
    assert!(edge["types"]["phone"].as_u64().unwrap() >= 2, "the two calls: {edge}");
    assert_eq!(edge["first_date"], "2020-05-08");
    let member = g["links"]
        .as_array()
        .unwrap()
        .iter()
        .any(|l| l["kind"] == "member_of" && l["source"] == "abe-shinzo" && l["target"] == "JP");
    assert!(member, "Abe is a member of JP");
}

#[test]
fn output_is_byte_identical_across_thread_counts_and_runs() {
    let one = tempfile::tempdir().unwrap();
    let two = tempfile::tempdir().unwrap();
    let again = tempfile::tempdir().unwrap();
    graph_into(one.path(), &["--threads", "1"]);
    graph_into(two.path(), &["--threads", "2"]);
    graph_into(again.path(), &["--threads", "2"]);
    for name in ["graph.graphml", "graph.json", "events.jsonl"] {
        let a = fs::read(one.path().join(name)).unwrap();
        assert_eq!(a, fs::read(two.path().join(name)).unwrap(), "{name} differs between 1 and 2 threads");
        assert_eq!(a, fs::read(again.path().join(name)).unwrap(), "{name} differs between runs");
    }
}

#[test]
fn graphml_declares_typed_keys_and_escapes_text() {
    let dir = tempfile::tempdir().unwrap();
    graph_into(dir.path(), &[]);
    let xml = fs::read_to_string(dir.path().join("graph.graphml")).unwrap();
    assert!(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
    assert!(xml.contains(r#"<key id="n_articles" for="node" attr.name="articles" attr.type="int"/>"#));
    assert!(xml.contains(r#"<key id="n_known" for="node" attr.name="known" attr.type="boolean"/>"#));
    assert!(xml.contains(r#"<node id="abe-shinzo">"#));
    // Article paths hold `&quot;`-like text and CJK; nothing raw may break the XML.
    let mut reader = quick_xml::Reader::from_str(&xml);
    loop {
        match reader.read_event() {
            Ok(quick_xml::events::Event::Eof) => break,
            Ok(_) => {}
            Err(e) => panic!("GraphML is not well-formed: {e}"),
        }
    }
}

#[test]
fn main_job_is_graph_by_default() {
    let dir = tempfile::tempdir().unwrap();
    let out = dipgraph(&["-o", dir.path().to_str().unwrap(), fixture("seeds").to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(dir.path().join("graph.graphml").is_file());
    let summary = String::from_utf8_lossy(&out.stderr);
    assert!(summary.contains("2 articles read"), "{summary}");
}

/// On the whole shared corpus (when it is beside the project): the Abe–Trump call of
/// 2020-08-31 is reported by RFI, VOA and Reuters and is one event.
#[test]
fn whole_corpus_abe_trump_call_is_one_event() {
    let Some(corpus) = shared_corpus() else {
        eprintln!("../shared/corpus not present: skipped");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let out = dipgraph(&["graph", "-o", dir.path().to_str().unwrap(), corpus.to_str().unwrap()]);
    assert!(out.status.success() || out.status.code() == Some(1), "{}", String::from_utf8_lossy(&out.stderr));
    let calls: Vec<Value> = events(dir.path())
        .into_iter()
        .filter(|e| e["type"] == "phone" && e["date"] == "2020-08-31")
        .filter(|e| e["people"] == serde_json::json!(["abe-shinzo", "trump-donald"]))
        .collect();
    assert_eq!(calls.len(), 1, "{calls:#?}");
    let outlets: Vec<&str> =
        calls[0]["sources"].as_array().unwrap().iter().map(|s| s["outlet"].as_str().unwrap()).collect();
    for o in ["rfi", "voa", "reuters"] {
        assert!(outlets.contains(&o), "{o} missing from {outlets:?}");
    }
}
