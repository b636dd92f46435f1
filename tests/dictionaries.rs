//! `--dict DIR` and `dict check`: big dictionaries load in seconds and match as the
//! built-in ones do; only regular dictionary files are read; entries in traditional
//! characters match simplified text; ids are checked; `dict check DIR` reports what
//! `--dict DIR` refuses.

mod common;
use common::Run;
use serde_json::Value;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// A well-formed archived post (RFI layout) reporting one phone call.
const GOOD: &str = "<!--1598871327000-->\n[安倍晋三与特朗普通电话](https://www.rfi.fr/cn/x)\n------\n\n\
                    <p>日本首相安倍晋三31日与美国总统特朗普通电话，双方讨论了朝鲜问题。</p>\n";

/// Runs dipgraph with a time limit (a hang is a bug); stdout and stderr go through files.
fn run(args: &[&str]) -> Run {
    let dir = tempfile::tempdir().unwrap();
    let (out, err) = (dir.path().join("stdout"), dir.path().join("stderr"));
    let mut child = Command::new(env!("CARGO_BIN_EXE_dipgraph"))
        .args(args)
        .stdin(Stdio::null())
        .stdout(fs::File::create(&out).unwrap())
        .stderr(fs::File::create(&err).unwrap())
        .spawn()
        .expect("dipgraph runs");
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > Duration::from_secs(60) {
            let _ = child.kill();
            let _ = child.wait();
            panic!("dipgraph {args:?} did not finish within a minute");
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    Run {
        code: status.code(),
        stdout: fs::read_to_string(out).unwrap(),
        stderr: String::from_utf8_lossy(&fs::read(err).unwrap()).into_owned(),
    }
}

fn write(dir: &Path, name: &str, text: impl AsRef<[u8]>) -> PathBuf {
    let p = dir.join(name);
    fs::create_dir_all(p.parent().unwrap()).unwrap();
    fs::write(&p, text).unwrap();
    p
}

fn person_ids(record: &Value) -> Vec<&str> {
    record["people"].as_array().unwrap().iter().map(|p| p["id"].as_str().unwrap()).collect()
}

/// `count` people `gen-person-NNNNNN` with distinct names of 2 to 4 characters (a surname
/// and given-name characters), none of them in `avoid`; every fourth with an English name
/// of 20 characters or more. Roles `CN 官员 2000..`.
fn generated_people(count: usize, avoid: &str) -> (String, Vec<String>) {
    const SURNAMES: &str = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    const GIVEN: &str = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华玉萍红娥玲芬燕彩春菊凤洁梅琳素云莲真环雪荣爱妹香月莺媛瑞凡佳嘉琼勤珍贞莉娣叶璧璐娅琦晶妍茜秋珊莎锦黛青倩婷姣婉娴瑾颖露瑶怡婵雁蓓纨仪荷丹蓉眉君琴蕊薇菁梦岚苑婕馨瑗琰韵融园艺咏卿聪澜纯毓悦昭冰爽琬茗羽希宁欣飘育滢馥筠柔竹霭凝晓欢霄枫芸菲寒伊亚宜可姬舒影荔枝思";
    let (surnames, given): (Vec<char>, Vec<char>) = (SURNAMES.chars().collect(), GIVEN.chars().collect());
    let mut state = 0x2545_F491_4F6C_DD1Du64;
    let mut next = |n: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % n as u64) as usize
    };
    let mut seen = std::collections::HashSet::new();
    let mut lines = String::from("# generated people\n");
    let mut names = Vec::new();
    while names.len() < count {
        let mut name = String::from(surnames[next(surnames.len())]);
        for _ in 0..1 + next(3) {
            name.push(given[next(given.len())]);
        }
        if avoid.contains(name.as_str()) || !seen.insert(name.clone()) {
            continue;
        }
        let i = names.len();
        let english = if i % 4 == 0 { format!("Generated Person Number {i}") } else { "-".to_string() };
        lines.push_str(&format!("gen-person-{i:06}\t{name}\t{english}\t-\tCN 官员 2000..\n"));
        names.push(name);
    }
    (lines, names)
}

#[test]
fn a_dictionary_of_200000_people_loads_and_matches() {
    let tmp = tempfile::tempdir().unwrap();
    let (people, names) = generated_people(200_000, GOOD);
    let dict = tmp.path().join("dict");
    write(&dict, "people-generated.tsv", &people);
    let good = write(tmp.path(), "good.md", GOOD);
    // A generated person, named after an office title, in a call with Trump.
    let (first, last) = (&names[7], &names[199_998]);
    let text = GOOD.replace(
        "双方讨论了朝鲜问题。",
        &format!("双方讨论了朝鲜问题。特朗普还与中国官员{first}通了电话，{last}表示欢迎。"),
    );
    let named = write(tmp.path(), "named.md", text);
    let started = Instant::now();
    let with = run(&["extract", "--dict", dict.to_str().unwrap(), good.to_str().unwrap(), named.to_str().unwrap()]);
    eprintln!("200,000 people: loaded and 2 articles read in {:?}", started.elapsed());
    assert_eq!(with.code, Some(0), "{}", with.stderr);
    let records = with.records();
    // The article without those people reads as it does with the built-in dictionaries.
    let without = run(&["extract", good.to_str().unwrap()]);
    assert_eq!(without.code, Some(0), "{}", without.stderr);
    assert_eq!(records[0], without.records()[0]);
    // The one that names two of them finds them, and the call.
    let ids = person_ids(&records[1]);
    assert!(ids.contains(&"gen-person-000007") && ids.contains(&"gen-person-199998"), "{ids:?}");
    let calls = common::contacts_between(&records[1], &["trump-donald", "gen-person-000007"]);
    assert_eq!(calls.len(), 1, "{}", records[1]);
    assert_eq!(calls[0]["type"], "phone");
    let person = common::person(&records[1], "gen-person-000007");
    assert_eq!((person["country"].as_str(), person["role"].as_str()), (Some("CN"), Some("官员")));
    // English names of the dictionary are forms too.
    let english = GOOD.replace("双方讨论了朝鲜问题。", "特朗普与Generated Person Number 199996会谈。");
    let english = write(tmp.path(), "english.md", english);
    let r = run(&["extract", "--dict", dict.to_str().unwrap(), english.to_str().unwrap()]);
    assert!(person_ids(&r.records()[0]).contains(&"gen-person-199996"), "{}", r.stdout);
}
