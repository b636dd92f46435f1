//! Article reading and cleaning on arbitrary bytes: decode → Article::parse → clean.
#![no_main]

use dipgraph::article::Article;
use dipgraph::clean::clean;
use dipgraph::extract::decode;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = decode(data) else { return };
    if let Ok(article) = Article::parse(&text)
        && let Ok(body) = clean(&article.html)
    {
        for i in 0..body.sentences.len() {
            let _ = body.sentence(i);
        }
        let _ = body.simplified();
    }
});
