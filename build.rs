//! Embeds every file under `dictionaries/` into the binary, so dipgraph runs with no flags.
use std::{env, fs, path::Path};

fn main() {
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
    let out = Path::new(&env::var("OUT_DIR").expect("OUT_DIR")).join("embedded_dictionaries.rs");
    fs::write(out, code).expect("write embedded dictionary list");
}
