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

/// Asserts that the Abe–Trump call of 2020-08-31 is one event reported by RFI, VOA and
/// Reuters among the events of `dir`.
fn assert_one_abe_trump_call(dir: &std::path::Path) {
    let calls: Vec<Value> = events(dir)
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
    assert_eq!(calls[0]["num_articles"].as_u64().unwrap() as usize, outlets.len());
}

#[test]
fn abe_trump_call_is_one_event_with_sources_from_three_outlets() {
    let dir = tempfile::tempdir().unwrap();
    graph_into(dir.path(), &[]);
    assert_one_abe_trump_call(dir.path());
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
    // The Trump Tower meeting of November 2016 that VOA's article of 2020-08-31 recalls by its
    // year ("在2016年特朗普赢得总统大选之后……安倍就专程来到美国会见"), then the call of May 8.
    assert_eq!(edge["first_date"], "2016");
    assert!(edge["dates"].as_array().unwrap().contains(&serde_json::json!("2020-05-08")), "{edge}");
    let member = g["links"]
        .as_array()
        .unwrap()
        .iter()
        .any(|l| l["kind"] == "member_of" && l["source"] == "abe-shinzo" && l["target"] == "JP");
    assert!(member, "Abe is a member of JP");
}

const ALL_FORMATS: &str = "graphml,gexf,json,cytoscape,csv";
const ALL_FILES: &[&str] = &[
    "dipgraph-run.json",
    "edges.csv",
    "events.csv",
    "events.jsonl",
    "graph.cyjs",
    "graph.gexf",
    "graph.graphml",
    "graph.json",
    "nodes.csv",
];

fn files_in(dir: &std::path::Path) -> Vec<String> {
    let mut names: Vec<String> =
        fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    names.sort();
    names
}

#[test]
fn output_is_byte_identical_across_thread_counts_and_runs() {
    for shape in
        [&[][..], &["--level", "country"], &["--events-as-nodes"], &["--level", "country", "--events-as-nodes"]]
    {
        let one = tempfile::tempdir().unwrap();
        let two = tempfile::tempdir().unwrap();
        let again = tempfile::tempdir().unwrap();
        for (dir, threads) in [(&one, "1"), (&two, "2"), (&again, "2")] {
            let mut args = vec!["--threads", threads, "--format", ALL_FORMATS];
            args.extend_from_slice(shape);
            graph_into(dir.path(), &args);
        }
        assert_eq!(files_in(one.path()), ALL_FILES, "{shape:?}");
        for name in ALL_FILES {
            let a = fs::read(one.path().join(name)).unwrap();
            assert!(!a.is_empty(), "{name} is empty");
            assert_eq!(a, fs::read(two.path().join(name)).unwrap(), "{name} {shape:?} differs between 1 and 2 threads");
            assert_eq!(a, fs::read(again.path().join(name)).unwrap(), "{name} {shape:?} differs between runs");
        }
    }
}

#[test]
fn default_formats_are_graphml_and_json() {
    let dir = tempfile::tempdir().unwrap();
    graph_into(dir.path(), &[]);
    assert_eq!(files_in(dir.path()), ["dipgraph-run.json", "events.jsonl", "graph.graphml", "graph.json"]);
}

/// The ids of the nodes and edges of a node-link file.
fn ids(g: &Value) -> (Vec<String>, Vec<String>) {
    let get = |key: &str| -> Vec<String> {
        let mut v: Vec<String> =
            g[key].as_array().unwrap().iter().map(|x| x["id"].as_str().unwrap().to_string()).collect();
        v.sort();
        v
    };
    (get("nodes"), get("links"))
}

#[test]
fn ids_are_the_same_in_every_format() {
    let dir = tempfile::tempdir().unwrap();
    graph_into(dir.path(), &["--format", ALL_FORMATS]);
    let g: Value = serde_json::from_str(&fs::read_to_string(dir.path().join("graph.json")).unwrap()).unwrap();
    let (nodes, edges) = ids(&g);
    assert!(edges.contains(&"contact:abe-shinzo--trump-donald".to_string()), "{edges:?}");
    assert!(edges.contains(&"member_of:abe-shinzo--JP".to_string()), "{edges:?}");
    let cy: Value = serde_json::from_str(&fs::read_to_string(dir.path().join("graph.cyjs")).unwrap()).unwrap();
    let mut cy_nodes: Vec<String> = cy["elements"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["data"]["id"].as_str().unwrap().to_string())
        .collect();
    cy_nodes.sort();
    assert_eq!(cy_nodes, nodes);
    let csv_ids = |name: &str| -> Vec<String> {
        let mut r = csv::Reader::from_path(dir.path().join(name)).unwrap();
        let mut v: Vec<String> = r.records().map(|rec| rec.unwrap()[0].to_string()).collect();
        v.sort();
        v
    };
    assert_eq!(csv_ids("nodes.csv"), nodes);
    assert_eq!(csv_ids("edges.csv"), edges);
    for (file, tag) in [("graph.graphml", "edge"), ("graph.gexf", "edge")] {
        let xml = fs::read_to_string(dir.path().join(file)).unwrap();
        for id in &edges {
            assert!(xml.contains(&format!("<{tag} id=\"{id}\"")), "{id} missing from {file}");
        }
    }
}

#[test]
fn gexf_is_dynamic_with_one_spell_per_event_day() {
    let dir = tempfile::tempdir().unwrap();
    graph_into(dir.path(), &["--format", "gexf"]);
    let xml = fs::read_to_string(dir.path().join("graph.gexf")).unwrap();
    assert!(xml.contains(r#"<gexf xmlns="http://gexf.net/1.3""#) && xml.contains(r#"version="1.3""#));
    assert!(xml.contains(r#"mode="dynamic""#) && xml.contains(r#"timeformat="date""#));
    let days: std::collections::BTreeSet<String> = events(dir.path())
        .iter()
        .filter(|e| e["people"] == serde_json::json!(["abe-shinzo", "trump-donald"]))
        .filter_map(|e| e["date"].as_str().map(str::to_string))
        .collect();
    assert!(days.len() >= 2, "{days:?}");
    let start = xml.find(r#"<edge id="contact:abe-shinzo--trump-donald""#).expect("Abe–Trump edge");
    let edge = &xml[start..start + xml[start..].find("</edge>").unwrap()];
    assert!(edge.contains(&format!(r#"weight="{}""#, days.len())), "{edge}");
    // A day is a spell of one day; a year known by its year only spans the year.
    for d in &days {
        let (start, end) = match d.len() {
            4 => (format!("{d}-01-01"), format!("{d}-12-31")),
            _ => (d.clone(), d.clone()),
        };
        assert!(edge.contains(&format!(r#"<spell start="{start}" end="{end}"/>"#)), "{d} missing: {edge}");
    }
    assert_eq!(edge.matches("<spell ").count(), days.len());
}

#[test]
fn csv_has_headers_and_quotes_fields() {
    let dir = tempfile::tempdir().unwrap();
    graph_into(dir.path(), &["--format", "csv"]);
    let mut r = csv::Reader::from_path(dir.path().join("events.csv")).unwrap();
    assert_eq!(&r.headers().unwrap()[0], "id");
    let rows: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
    let all = events(dir.path());
    assert_eq!(rows.len(), all.len());
    for (row, e) in rows.iter().zip(&all) {
        assert_eq!(&row[0], e["id"].as_str().unwrap());
        assert_eq!(row.iter().next_back().unwrap(), e["evidence"].as_str().unwrap(), "evidence round-trips");
    }
    let text = fs::read_to_string(dir.path().join("events.csv")).unwrap();
    assert!(text.starts_with("id,type,status,date,"));
    // A field holding a comma is quoted (RFC 4180): country pairs meet in several ways.
    let dir = tempfile::tempdir().unwrap();
    graph_into(dir.path(), &["--format", "csv", "--level", "country"]);
    let mut r = csv::Reader::from_path(dir.path().join("edges.csv")).unwrap();
    let types = r.records().map(Result::unwrap).map(|rec| rec[5].to_string()).find(|t| t.contains(','));
    let types = types.expect("an edge of several contact types");
    let edges = fs::read_to_string(dir.path().join("edges.csv")).unwrap();
    assert!(edges.contains(&format!(",\"{types}\",")), "{types} unquoted");
}

#[test]
fn country_level_has_counts_per_type_and_year() {
    let dir = tempfile::tempdir().unwrap();
    graph_into(dir.path(), &["--level", "country"]);
    let g: Value = serde_json::from_str(&fs::read_to_string(dir.path().join("graph.json")).unwrap()).unwrap();
    // Countries, and the international organisations that are sides of a contact.
    let sides: Vec<Value> =
        events(dir.path()).iter().flat_map(|e| e["organizations"].as_array().cloned().unwrap_or_default()).collect();
    assert!(
        g["nodes"].as_array().unwrap().iter().all(|n| n["kind"] == "country" || sides.contains(&n["id"])),
        "{:#}",
        g["nodes"]
    );
    let jp_us: Vec<Value> = events(dir.path())
        .into_iter()
        .filter(|e| e["countries"].as_array().unwrap().iter().any(|c| c == "JP"))
        .filter(|e| e["countries"].as_array().unwrap().iter().any(|c| c == "US"))
        .collect();
    let edge = g["links"].as_array().unwrap().iter().find(|l| l["id"] == "contact:JP--US").expect("JP–US edge");
    assert_eq!(edge["weight"].as_u64().unwrap() as usize, jp_us.len());
    let phones = jp_us.iter().filter(|e| e["type"] == "phone").count() as u64;
    assert_eq!(edge["types"]["phone"].as_u64().unwrap(), phones);
    let in_2020 = jp_us.iter().filter(|e| e["date"].as_str().is_some_and(|d| d.starts_with("2020"))).count() as u64;
    assert_eq!(edge["years"]["2020"].as_u64().unwrap(), in_2020);
}

#[test]
fn events_as_nodes_is_bipartite() {
    let dir = tempfile::tempdir().unwrap();
    graph_into(dir.path(), &["--events-as-nodes"]);
    let g: Value = serde_json::from_str(&fs::read_to_string(dir.path().join("graph.json")).unwrap()).unwrap();
    let kinds: std::collections::BTreeMap<&str, &str> = g["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| (n["id"].as_str().unwrap(), n["kind"].as_str().unwrap()))
        .collect();
    let all = events(dir.path());
    assert_eq!(kinds.values().filter(|k| **k == "event").count(), all.len());
    for l in g["links"].as_array().unwrap() {
        assert_eq!(l["kind"], "participant");
        assert_eq!(kinds[l["source"].as_str().unwrap()], "event", "{l}");
        assert_ne!(kinds[l["target"].as_str().unwrap()], "event", "{l}");
    }
    let multilateral = all.iter().find(|e| e["people"].as_array().unwrap().len() >= 3).expect("a 3-person event");
    let id = multilateral["id"].as_str().unwrap();
    let degree = g["links"].as_array().unwrap().iter().filter(|l| l["source"] == id).count();
    let sides = multilateral["people"].as_array().unwrap().len() + multilateral["countries"].as_array().unwrap().len();
    assert_eq!(degree, sides);
}

#[test]
fn filters_select_events_and_edges() {
    let all_dir = tempfile::tempdir().unwrap();
    graph_into(all_dir.path(), &[]);
    let all = events(all_dir.path());
    let dir = tempfile::tempdir().unwrap();
    graph_into(
        dir.path(),
        &[
            "--since",
            "2020-08-01",
            "--until",
            "2020-12-31",
            "--type",
            "phone,meeting",
            "--status",
            "held",
            "--country",
            "US",
        ],
    );
    let kept = events(dir.path());
    let expected: Vec<&Value> = all
        .iter()
        .filter(|e| e["date"].as_str().is_some_and(|d| ("2020-08-01".."2021-01-01").contains(&d)))
        .filter(|e| e["type"] == "phone" || e["type"] == "meeting")
        .filter(|e| e["status"] == "held")
        .filter(|e| e["countries"].as_array().unwrap().iter().any(|c| c == "US"))
        .collect();
    assert!(!expected.is_empty() && expected.len() < all.len());
    assert_eq!(kept.iter().collect::<Vec<_>>(), expected);
    let g: Value = serde_json::from_str(&fs::read_to_string(dir.path().join("graph.json")).unwrap()).unwrap();
    assert!(g["graph"]["filter"].as_str().unwrap().contains("--country US"));
    // Only what the selected contacts touch remains.
    for n in g["nodes"].as_array().unwrap() {
        let id = &n["id"];
        assert!(
            g["links"].as_array().unwrap().iter().any(|l| &l["source"] == id || &l["target"] == id),
            "{id} isolated"
        );
    }

    let person = tempfile::tempdir().unwrap();
    graph_into(person.path(), &["--person", "abe-shinzo", "--min-weight", "2"]);
    let g: Value = serde_json::from_str(&fs::read_to_string(person.path().join("graph.json")).unwrap()).unwrap();
    let contacts: Vec<&Value> = g["links"].as_array().unwrap().iter().filter(|l| l["kind"] == "contact").collect();
    assert!(!contacts.is_empty());
    assert!(contacts.iter().all(|l| l["weight"].as_u64().unwrap() >= 2), "{contacts:?}");
    assert!(events(person.path()).iter().all(|e| e["people"].as_array().unwrap().iter().any(|p| p == "abe-shinzo")));
}

#[test]
fn stats_from_an_output_directory_match_a_fresh_run() {
    let dir = tempfile::tempdir().unwrap();
    graph_into(dir.path(), &[]);
    let from = dipgraph(&["stats", "--json", "--from", dir.path().to_str().unwrap()]);
    assert!(from.status.success(), "{}", String::from_utf8_lossy(&from.stderr));
    let fresh = dipgraph(&["stats", "--json", fixture("").to_str().unwrap()]);
    assert!(fresh.status.success(), "{}", String::from_utf8_lossy(&fresh.stderr));
    assert_eq!(from.stdout, fresh.stdout, "the same report from events.jsonl as from the articles");
    let s: Value = serde_json::from_slice(&from.stdout).unwrap();
    let all = events(dir.path());
    assert_eq!(s["events"].as_u64().unwrap() as usize, all.len());
    let months: u64 = s["contacts_per_month"].as_array().unwrap().iter().map(|m| m["events"].as_u64().unwrap()).sum();
    assert_eq!(months as usize, all.len());
    let top = &s["top_person_contacts"][0];
    let pair_events = all
        .iter()
        .filter(|e| {
            let p = e["people"].as_array().unwrap();
            p.contains(&top["a"]) && p.contains(&top["b"])
        })
        .count();
    assert_eq!(top["events"].as_u64().unwrap() as usize, pair_events);
    let by_b = s["people_by_betweenness"].as_array().unwrap();
    assert!(by_b.windows(2).all(|w| w[0]["betweenness"].as_f64() >= w[1]["betweenness"].as_f64()));
    assert!(s["component_count"].as_u64().unwrap() >= 1);

    let text = dipgraph(&["stats", "--type", "phone", "--from", dir.path().to_str().unwrap()]);
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(text.contains("Most frequent contacts: people") && text.contains("(--type phone)"), "{text}");
    assert!(text.contains("安倍晋三 (abe-shinzo)"), "{text}");
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
    assert_one_abe_trump_call(dir.path());
}
