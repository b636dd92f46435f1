//! Embeds every file under `dictionaries/` into the binary, so dipgraph runs with no flags, and
//! builds the segmenter's tables from jieba's dictionary (`src/data/jieba-dict.txt`), so that
//! nothing of it has to be built at start-up (see `src/segment/keys.rs` for their layout), and
//! fast2s's conversion of each CJK ideograph, for `clean::simplify`.
use std::{env, fs, path::Path};

#[path = "src/segment/keys.rs"]
#[allow(dead_code)]
mod keys;

fn main() {
    let out = env::var("OUT_DIR").expect("OUT_DIR");
    embed_dictionaries(Path::new(&out));
    build_segmenter_tables(Path::new(&out));
    build_simplification_table(Path::new(&out));
}

/// Writes fast2s's conversion of each character of U+3400–U+9FFF taken alone, as a
/// little-endian u16 per character: the conversion's offset from U+3400, or the character's
/// own where fast2s leaves it or converts it out of that range (`simplified.bin`).
fn build_simplification_table(out: &Path) {
    const FIRST: u32 = 0x3400;
    const LAST: u32 = 0x9FFF;
    let mut table = Vec::with_capacity(2 * (LAST + 1 - FIRST) as usize);
    for u in FIRST..=LAST {
        let c = char::from_u32(u).expect("no surrogates in U+3400–U+9FFF");
        let simple = fast2s::convert(c.encode_utf8(&mut [0; 4])).chars().next().unwrap_or(c) as u32;
        let form = if (FIRST..=LAST).contains(&simple) { simple } else { u };
        table.extend(u16::try_from(form - FIRST).expect("within U+3400–U+9FFF").to_le_bytes());
    }
    fs::write(out.join("simplified.bin"), table).expect("write the simplification table");
}

fn embed_dictionaries(out: &Path) {
    let dir = Path::new("dictionaries");
    println!("cargo:rerun-if-changed=dictionaries");
    let mut names: Vec<String> = fs::read_dir(dir)
        .expect("dictionaries/ exists")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tsv"))
        .collect();
    names.sort();
    let mut code = String::from(
        "/// Dictionary files embedded at build time: (file name, contents).\npub static EMBEDDED: &[(&str, &str)] = &[\n",
    );
    for name in &names {
        println!("cargo:rerun-if-changed=dictionaries/{name}");
        let abs = fs::canonicalize(dir.join(name)).expect("dictionary path");
        code.push_str(&format!("    ({name:?}, include_str!({:?})),\n", abs.display().to_string()));
    }
    code.push_str("];\n");
    fs::write(out.join("embedded_dictionaries.rs"), code).expect("write embedded dictionary list");
}

/// Writes, for jieba's words in dictionary order: the trie table (`jieba-trie.bin`) and its
/// first level for CJK ideographs as a table (`jieba-roots.bin`, see `keys::root_entry`), each
/// word's frequency (`jieba-freqs.bin`, u32) and its natural logarithm (`jieba-log-freqs.bin`,
/// f64: half a million logarithms would take a quarter of the start-up), its tag
/// (`jieba-tags.bin`, an index into the names of `jieba-tag-names.txt`), and the join filter
/// (`jieba-joins.bin`); all little-endian. `jieba-trie-nodes.rs` holds the number of nodes of
/// the trie (the segmenter grows its table as words are added).
fn build_segmenter_tables(out: &Path) {
    println!("cargo:rerun-if-changed=src/data/jieba-dict.txt");
    println!("cargo:rerun-if-changed=src/segment/keys.rs");
    let dict = fs::read_to_string("src/data/jieba-dict.txt").expect("jieba's dictionary");
    let mut slots = vec![0u64; 1 << keys::TRIE_SLOT_BITS];
    let mut freqs: Vec<u8> = Vec::new();
    let mut log_freqs: Vec<u8> = Vec::new();
    let mut tags: Vec<u8> = Vec::new();
    let mut tag_names: Vec<&str> = Vec::new();
    let mut joins = vec![0u64; 1 << (keys::JOIN_FILTER_BITS - 6)];
    let mut id = 0u64;
    let mut nodes = 0;
    for line in dict.lines() {
        let mut fields = line.split_whitespace();
        let Some(word) = fields.next() else { continue };
        let freq: u32 = fields.next().map_or(0, |f| f.parse().expect("a numeric frequency"));
        let tag = fields.next().unwrap_or("");
        nodes += keys::insert_word(&mut slots, word, id);
        id += 1;
        freqs.extend(freq.to_le_bytes());
        log_freqs.extend(f64::from(freq).ln().to_le_bytes());
        let tag_index = tag_names.iter().position(|t| *t == tag).unwrap_or_else(|| {
            tag_names.push(tag);
            tag_names.len() - 1
        });
        tags.push(u8::try_from(tag_index).expect("fewer than 256 tags"));
        keys::mark_joins(&mut joins, word);
    }
    let roots: Vec<u64> = (keys::ROOTS_FIRST..=keys::ROOTS_LAST)
        .map(|u| keys::root_entry(&slots, char::from_u32(u).expect("no surrogates among CJK ideographs")))
        .collect();
    let bytes = |words: &[u64]| words.iter().flat_map(|w| w.to_le_bytes()).collect::<Vec<u8>>();
    fs::write(out.join("jieba-trie.bin"), bytes(&slots)).expect("write the trie");
    fs::write(out.join("jieba-roots.bin"), bytes(&roots)).expect("write the trie's first level");
    fs::write(out.join("jieba-freqs.bin"), freqs).expect("write the frequencies");
    fs::write(out.join("jieba-log-freqs.bin"), log_freqs).expect("write the logarithms");
    fs::write(out.join("jieba-tags.bin"), tags).expect("write the tags");
    fs::write(out.join("jieba-tag-names.txt"), tag_names.join("\n")).expect("write the tag names");
    fs::write(out.join("jieba-joins.bin"), bytes(&joins)).expect("write the join filter");
    fs::write(out.join("jieba-trie-nodes.rs"), nodes.to_string()).expect("write the number of nodes");
}
