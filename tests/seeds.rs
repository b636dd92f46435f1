//! The two seed articles the project was specified from, read through the binary.

mod common;
use common::*;

#[test]
fn seed_2023_layout_kamikawa_blinken_call() {
    let recs = extract(&[&fixture("seeds/000_06b85f41c462cf99.txt")]);
    let r = &recs[0];
    assert_eq!(r["outlet"], "rfi");
    assert_eq!(r["published"], "2023-09-14T23:15:01Z");
    assert_eq!(r["title"], "日新外相与布林肯通话，同意就俄乌战争，中国等问题密切合作");
    let kamikawa = person(r, "kamikawa-yoko");
    assert_eq!(kamikawa["name"], "上川阳子");
    assert_eq!(kamikawa["country"], "JP");
    assert_eq!(kamikawa["role"], "外务大臣");
    let blinken = person(r, "blinken-antony");
    assert_eq!(blinken["country"], "US");
    assert_eq!(blinken["role"], "国务卿");
    let mentions: Vec<&str> = blinken["mentions"].as_array().unwrap().iter().map(|m| m.as_str().unwrap()).collect();
    assert!(mentions.contains(&"布林肯") && mentions.contains(&"Antony Blinken"), "{mentions:?}");
    let calls: Vec<_> = contacts_between(r, &["kamikawa-yoko", "blinken-antony"])
        .into_iter()
        .filter(|c| c["type"] == "phone")
        .collect();
    assert_eq!(calls.len(), 1, "one call, however often the article mentions it");
    assert_eq!(calls[0]["status"], "held");
    assert_eq!(calls[0]["date"], "2023-09-14");
    assert_eq!(calls[0]["duration_min"], 10);
    let countries = country_ids(r);
    for c in ["JP", "US", "CN", "RU", "UA"] {
        assert!(countries.contains(&c.to_string()), "{c} missing from {countries:?}");
    }
    // Share block, Vue tags and the dateline are not text.
    let evidence = calls[0]["evidence"].as_str().unwrap();
    assert!(!evidence.contains("分享") && !evidence.contains("15/09/2023"));
}

#[test]
fn seed_jekyll_layout_abe_trump_calls() {
    let recs = extract(&[&fixture("seeds/003_6eb2078e7bce8a8d.txt")]);
    let r = &recs[0];
    assert_eq!(r["title"], "安倍与特朗普举行电话会谈");
    assert_eq!(r["published"], "2020-08-31T10:55:27Z");
    let abe = person(r, "abe-shinzo");
    let mut mentions: Vec<&str> = abe["mentions"].as_array().unwrap().iter().map(|m| m.as_str().unwrap()).collect();
    mentions.sort();
    assert_eq!(mentions, ["安倍", "安倍晋三"]);
    assert_eq!(abe["country"], "JP");
    assert_eq!(person(r, "trump-donald")["country"], "US");
    let calls = contacts_between(r, &["abe-shinzo", "trump-donald"]);
    let on = |day: &str| calls.iter().find(|c| c["date"] == day && c["type"] == "phone").copied();
    let main = on("2020-08-31").expect("the call of 2020-08-31");
    assert_eq!(main["status"], "held");
    assert_eq!(main["duration_min"], 30);
    let earlier = on("2020-05-08").expect("the earlier call of 2020-05-08");
    assert_eq!(earlier["status"], "held");
    assert_eq!(calls.len(), 2, "the 会谈 mentions are the same call: {calls:#?}");
    let countries = country_ids(r);
    for c in ["JP", "US", "KP"] {
        assert!(countries.contains(&c.to_string()), "{c} missing from {countries:?}");
    }
}
