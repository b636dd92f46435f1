//! The whole per-article pipeline on arbitrary text: Pipeline::extract with the built-in
//! dictionaries, on the bytes as given and on them wrapped in a minimal article header (so
//! that the body, not just the header check, is exercised).
#![no_main]

use dipgraph::dict::Dictionaries;
use dipgraph::extract::Pipeline;
use libfuzzer_sys::fuzz_target;
use std::sync::LazyLock;

static PIPELINE: LazyLock<Pipeline> =
    LazyLock::new(|| Pipeline::new(Dictionaries::embedded().expect("built-in dictionaries load")));

fuzz_target!(|data: &[u8]| {
    let _ = PIPELINE.extract("fuzz.md", data);
    let mut wrapped = b"<!--1598871327000-->\n[t](https://www.rfi.fr/cn/x)\n------\n".to_vec();
    wrapped.extend_from_slice(data);
    let _ = PIPELINE.extract("fuzz.md", &wrapped);
});
