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
    // (but for the fingerprint of the dictionaries it was made with)
    let unstamped = |mut r: serde_json::Value| {
        r.as_object_mut().unwrap().remove("dictionaries");
        r
    };
    assert_ne!(records[0]["dictionaries"], without.records()[0]["dictionaries"]);
    assert_eq!(unstamped(records[0].clone()), unstamped(without.records()[0].clone()));
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

/// The problem lines (`FILE:LINE: problem`) that name a file of `dir`, sorted.
fn problems_in(output: &str, dir: &Path) -> Vec<String> {
    let mut lines: Vec<String> =
        output.lines().filter(|l| l.starts_with(dir.to_str().unwrap())).map(str::to_string).collect();
    lines.sort();
    lines
}

#[test]
fn only_regular_dictionary_files_are_read_and_a_fifo_is_named_not_waited_on() {
    let tmp = tempfile::tempdir().unwrap();
    let dict = tmp.path().join("dict");
    write(&dict, "people-extra.tsv", "new-person\t新人甲\t-\t-\tJP 官员 2020..\n");
    let fifo = dict.join("people-pipe.tsv");
    assert!(Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    write(&dict, "notes.txt", "not a dictionary\n");
    write(&dict, ".people-hidden.tsv.swp", "\0\0");
    fs::create_dir_all(dict.join("old")).unwrap();
    let good = write(tmp.path(), "good.md", GOOD);
    // Nobody writes to the FIFO: reading it would block for ever.
    let refused = run(&["extract", "--dict", dict.to_str().unwrap(), good.to_str().unwrap()]);
    assert_eq!(refused.code, Some(2), "{}", refused.stderr);
    let expected = vec![
        format!(
            "{}:0: not a dictionary file: its name must start with people, countries, organizations, topics, triggers or memberships and end in .tsv",
            dict.join("notes.txt").display()
        ),
        format!("{}:0: not a regular file (a FIFO, socket, device or directory): not read", fifo.display()),
    ];
    assert_eq!(problems_in(&refused.stderr, &dict), expected, "{}", refused.stderr);
    // `dict check` reports the same, and checks the rest.
    let checked = run(&["dict", "check", dict.to_str().unwrap()]);
    assert_eq!(checked.code, Some(1), "{}", checked.stderr);
    assert_eq!(problems_in(&checked.stdout, &dict), expected, "{}", checked.stdout);
    // Without them the directory is read.
    fs::remove_file(&fifo).unwrap();
    fs::remove_file(dict.join("notes.txt")).unwrap();
    let read = run(&["extract", "--dict", dict.to_str().unwrap(), good.to_str().unwrap()]);
    assert_eq!(read.code, Some(0), "{}", read.stderr);
    assert_eq!(run(&["dict", "check", dict.to_str().unwrap()]).code, Some(0));
}

#[test]
fn a_dictionary_file_with_a_byte_order_mark_is_read() {
    let tmp = tempfile::tempdir().unwrap();
    let dict = tmp.path().join("dict");
    write(
        &dict,
        "people-bom.tsv",
        "\u{feff}# people written by a Windows editor\nwang-xiaoming\t王小明\t-\t-\tCN 官员 2020..\n",
    );
    write(&dict, "countries-bom.tsv", "\u{feff}XK\t科索沃共和国\tKosovo Republic\t-\t-\n");
    let text = GOOD.replace("双方讨论了朝鲜问题。", "双方讨论了朝鲜问题。特朗普还与王小明通了电话。");
    let article = write(tmp.path(), "a.md", text);
    let r = run(&["extract", "--dict", dict.to_str().unwrap(), article.to_str().unwrap()]);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert!(person_ids(&r.records()[0]).contains(&"wang-xiaoming"), "{}", r.stdout);
    let checked = run(&["dict", "check", dict.to_str().unwrap()]);
    assert_eq!(checked.code, Some(0), "{}{}", checked.stdout, checked.stderr);
}

#[test]
fn entries_in_traditional_characters_match_the_simplified_text() {
    // voa/2020-08-22: the built-in entry is written 徐薰, which the text simplifies to 徐熏.
    let r = common::extract(&[&common::fixture("corpus/voa/2020-08-22-韩中外交高官会谈结束 尽快促成习近平访韩.md")]);
    let suh = common::person(&r[0], "suh-hoon");
    assert_eq!(suh["name"], "徐薰");
    assert_eq!(suh["mentions"][0], "徐薰");
    assert_eq!(suh["known"], true);
    assert_eq!(common::contacts_between(&r[0], &["yang-jiechi", "suh-hoon"]).len(), 1, "{}", r[0]);
    // A user's entry in traditional characters, and articles naming him either way.
    let tmp = tempfile::tempdir().unwrap();
    let dict = tmp.path().join("dict");
    write(
        &dict,
        "people-tw.tsv",
        "huang-kuo-chang\t黃國昌\tHuang Kuo-chang\t~國昌\tTW 立法委員 2016-02-01..2020-01-31\n",
    );
    let traditional = GOOD.replace("双方讨论了朝鲜问题。", "雙方討論了朝鮮問題。美國總統特朗普還與黃國昌通了電話。");
    let simplified = GOOD.replace("双方讨论了朝鲜问题。", "双方讨论了朝鲜问题。美国总统特朗普还与黄国昌通了电话。");
    let a = write(tmp.path(), "traditional.md", traditional);
    let b = write(tmp.path(), "simplified.md", simplified);
    let r = run(&["extract", "--dict", dict.to_str().unwrap(), a.to_str().unwrap(), b.to_str().unwrap()]);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    let records = r.records();
    for (record, written) in records.iter().zip(["黃國昌", "黄国昌"]) {
        let huang = common::person(record, "huang-kuo-chang");
        assert_eq!(huang["name"], "黃國昌", "the entry's name as written");
        assert_eq!(huang["mentions"][0], written, "the mention as the article writes it");
        assert_eq!(huang["role"], "立法委員");
        assert_eq!(common::contacts_between(record, &["trump-donald", "huang-kuo-chang"]).len(), 1, "{record}");
    }
}

#[test]
fn malformed_ids_and_unknown_country_codes_are_refused_by_both_dict_check_and_dict() {
    let tmp = tempfile::tempdir().unwrap();
    let dict = tmp.path().join("dict");
    let people = write(
        &dict,
        "people-bad.tsv",
        "# ids\n\
         good-id\t好人\t-\t-\tJP 官员 2020..\n\
         two--dashes\t甲\t-\t-\t-\n\
         Upper-Case\t乙\t-\t-\t-\n\
         -leading\t丙\t-\t-\t-\n\
         trailing-\t丁\t-\t-\t-\n\
         ctl\u{1}id\t戊\t-\t-\t-\n\
         white space\t己\t-\t-\t-\n\
         zh-张三\t张三\t-\t-\t-\n\
         zh-张--三\t张四\t-\t-\t-\n\
         coded\t庚\t-\t-\tZZ 总统 2020..\n",
    );
    let countries = write(&dict, "countries-bad.tsv", "usa\t美利坚\t-\t-\t-\nQQ\t某国\t-\t-\t-\n");
    let orgs = write(&dict, "organizations-bad.tsv", "some-org\t某组织\t-\t-\tYY\tgov\n");
    let good = write(tmp.path(), "good.md", GOOD);
    let refused = run(&["extract", "--dict", dict.to_str().unwrap(), good.to_str().unwrap()]);
    assert_eq!(refused.code, Some(2), "{}", refused.stderr);
    let checked = run(&["dict", "check", dict.to_str().unwrap()]);
    assert_eq!(checked.code, Some(1), "{}", checked.stderr);
    // The same problems, each named by file and line.
    let refused_lines = problems_in(&refused.stderr, &dict);
    assert_eq!(refused_lines, problems_in(&checked.stdout, &dict), "{}\n{}", refused.stderr, checked.stdout);
    let at =
        |file: &Path, lines: &[usize]| lines.iter().map(|l| format!("{}:{l}:", file.display())).collect::<Vec<_>>();
    let mut expected = at(&people, &[3, 4, 5, 6, 7, 8, 10, 11]);
    expected.extend(at(&countries, &[1]));
    expected.extend(at(&orgs, &[1]));
    expected.sort();
    let named: Vec<String> = refused_lines.iter().map(|l| l.split_inclusive(':').take(2).collect()).collect();
    assert_eq!(named, expected, "{refused_lines:#?}");
    assert!(refused_lines.iter().any(|l| l.contains("\"two--dashes\"")), "{refused_lines:#?}");
    assert!(refused_lines.iter().any(|l| l.contains("coded: unknown country code ZZ")), "{refused_lines:#?}");
    assert!(refused_lines.iter().any(|l| l.contains("some-org: unknown country code YY")), "{refused_lines:#?}");
    // One line per problem, whatever the id holds.
    assert!(refused_lines.iter().any(|l| l.contains("ctl\\u{1}id")), "{refused_lines:#?}");
}

#[test]
fn dict_check_lets_a_users_entry_replace_a_built_in_one_and_reports_an_id_given_twice() {
    let tmp = tempfile::tempdir().unwrap();
    let dict = tmp.path().join("dict");
    write(&dict, "people-mine.tsv", "abe-shinzo\t安倍晋三\tShinzo Abe\t安倍\tJP 首相 2012-12-26..2020-09-16\n");
    let good = write(tmp.path(), "good.md", GOOD);
    let checked = run(&["dict", "check", dict.to_str().unwrap()]);
    assert_eq!(checked.code, Some(0), "{}{}", checked.stdout, checked.stderr);
    assert_eq!(run(&["extract", "--dict", dict.to_str().unwrap(), good.to_str().unwrap()]).code, Some(0));
    // The same id twice among the user's own files.
    let again = write(&dict, "people-more.tsv", "# more\nabe-shinzo\t安倍\t-\t-\t-\n");
    let checked = run(&["dict", "check", dict.to_str().unwrap()]);
    assert_eq!(checked.code, Some(1), "{}", checked.stderr);
    assert_eq!(
        problems_in(&checked.stdout, &dict),
        [format!(
            "{}:2: id abe-shinzo is already defined at {}:1",
            again.display(),
            dict.join("people-mine.tsv").display()
        )]
    );
}

#[test]
fn the_built_in_dictionaries_pass_dict_check() {
    let checked = run(&["dict", "check"]);
    assert_eq!(checked.code, Some(0), "{}{}", checked.stdout, checked.stderr);
    assert_eq!(checked.stdout, "");
}
