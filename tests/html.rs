//! `graph --format html`: the page is written with the run's files, holds both levels and
//! the events, loads nothing from the network, and is the same on every run. What it does
//! in a browser is checked by tests/clients/check_page.mjs (run by .ci/run).

mod common;
use common::{dipgraph, fixture};
use serde_json::Value;
use std::path::Path;

fn page_of(dir: &Path, extra: &[&str]) -> String {
    let out = dir.to_str().unwrap();
    let corpus = fixture("corpus");
    let mut args = vec!["graph", corpus.to_str().unwrap(), "--format", "html,json", "-o", out];
    args.extend_from_slice(extra);
    let run = dipgraph(&args);
    assert!(run.status.success(), "graph failed: {}", String::from_utf8_lossy(&run.stderr));
    std::fs::read_to_string(dir.join("graph.html")).expect("graph.html written")
}

/// The JSON of the page's data element.
fn data(html: &str) -> Value {
    let open = r#"<script type="application/json" id="dipgraph-data">"#;
    let start = html.find(open).expect("a data element") + open.len();
    let end = start + html[start..].find("</script>").expect("the data element ends");
    serde_json::from_str(&html[start..end]).expect("the data is JSON")
}

#[test]
fn page_holds_both_levels_and_the_events() {
    let dir = tempfile::tempdir().unwrap();
    let html = page_of(dir.path(), &[]);
    assert!(html.starts_with("<!DOCTYPE html>"));
    let data = data(&html);
    assert_eq!(data["level"], "person");
    // The person level is the graph of graph.json.
    let json: Value = serde_json::from_str(&std::fs::read_to_string(dir.path().join("graph.json")).unwrap()).unwrap();
    let ids: Vec<&str> = json["nodes"].as_array().unwrap().iter().map(|n| n["id"].as_str().unwrap()).collect();
    let page_ids: Vec<&str> =
        data["person"]["nodes"]["id"].as_array().unwrap().iter().map(|v| v.as_str().unwrap()).collect();
    assert_eq!(ids, page_ids);
    assert_eq!(data["person"]["edges"]["source"].as_array().unwrap().len(), json["links"].as_array().unwrap().len());
    // The country level: countries, and international organisations that are sides of a
    // contact, with contact edges.
    let kinds = data["country"]["nodes"]["kind"].as_array().unwrap();
    assert!(kinds.iter().any(|k| k == "country") && kinds.iter().all(|k| k == "country" || k == "organization"));
    assert!(!data["country"]["edges"]["source"].as_array().unwrap().is_empty());
    // The call of 2020-08-31 with its evidence and sources, on the 安倍晋三–特朗普 edge.
    let events = data["events"].as_array().unwrap();
    let call = events
        .iter()
        .position(|e| {
            e["date"] == "2020-08-31" && e["type"] == "phone" && e["people"].to_string().contains("abe-shinzo")
        })
        .expect("the call of 2020-08-31");
    assert!(events[call]["evidence"].as_str().unwrap().contains("安倍"));
    assert!(events[call]["sources"][0][0].as_str().unwrap().starts_with("http"));
    let nodes = &data["person"]["nodes"]["id"];
    let at = |id: &str| nodes.as_array().unwrap().iter().position(|n| n == id).unwrap() as u64;
    let (abe, trump) = (at("abe-shinzo"), at("trump-donald"));
    let edges = &data["person"]["edges"];
    let edge = (0..edges["source"].as_array().unwrap().len())
        .find(|&j| {
            let (s, t) = (edges["source"][j].as_u64().unwrap(), edges["target"][j].as_u64().unwrap());
            (s, t) == (abe, trump) || (s, t) == (trump, abe)
        })
        .expect("the 安倍晋三–特朗普 edge");
    assert!(edges["events"][edge].as_array().unwrap().iter().any(|k| k.as_u64() == Some(call as u64)));
    // English names from the dictionaries, for the search box.
    assert_eq!(data["names"]["abe-shinzo"]["english"], "Shinzo Abe");
}

#[test]
fn page_fetches_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let html = page_of(dir.path(), &[]);
    let lower = html.to_lowercase();
    // Every script is inline; no stylesheet, image, frame or module is loaded from a URL.
    for tag in ["<script", "<link", "<img", "<iframe", "<source", "<embed", "<object"] {
        for (at, _) in lower.match_indices(tag) {
            let end = at + lower[at..].find('>').unwrap();
            let element = &lower[at..end];
            assert!(!element.contains("src=") && !element.contains("href="), "{element} loads a resource");
        }
    }
    for needle in ["@import", "url(http", "url(//", "importscripts(", "fetch(", "xmlhttprequest"] {
        assert!(!lower.contains(needle), "the page holds {needle}");
    }
    // The data element is one element: no text of an article ends it early.
    assert_eq!(html.matches("</script>").count(), 3);
}

#[test]
fn page_is_the_same_on_every_run_and_opens_at_the_level_asked() {
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    assert_eq!(page_of(a.path(), &[]), page_of(b.path(), &["--threads", "1"]));
    let country = tempfile::tempdir().unwrap();
    let html = page_of(country.path(), &["--level", "country"]);
    assert_eq!(data(&html)["level"], "country");
    // The manifest lists it like every other file.
    let manifest = std::fs::read_to_string(a.path().join("dipgraph-run.json")).unwrap();
    assert!(manifest.contains("\"graph.html\""));
}
