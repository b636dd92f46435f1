//! `batch::run` with its consumer overlapped with extraction: results in input order over
//! many chunks, and after `Break` (from the consumer or the stop flag) what the consumer saw
//! is a prefix of the input and nothing more is delivered.

use dipgraph::batch::{self, Found, Item};
use dipgraph::dict::Dictionaries;
use dipgraph::extract::Pipeline;
use std::ops::ControlFlow;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

/// `n` copies of a real article, posted as if from standard input, named by their index.
fn articles(n: usize) -> impl Iterator<Item = Found> + Send {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/seeds/000_06b85f41c462cf99.txt");
    let text = std::fs::read_to_string(path).unwrap();
    (0..n).map(move |i| Ok(Item::Posted { name: i.to_string(), text: text.clone(), input: "<stdin>".into() }))
}

fn pipeline() -> Pipeline {
    Pipeline::new(Dictionaries::embedded().unwrap())
}

#[test]
fn every_result_comes_in_input_order_with_its_size() {
    let pipeline = pipeline();
    let mut seen = Vec::new();
    let flow = batch::run(&pipeline, articles(1100), &AtomicBool::new(false), |r| {
        let x = r.unwrap();
        assert!(x.bytes > 1000, "the article's size comes with its record");
        seen.push(x.extraction.file);
        ControlFlow::Continue(())
    });
    assert_eq!(flow, ControlFlow::Continue(()));
    assert_eq!(seen, (0..1100).map(|i| i.to_string()).collect::<Vec<_>>());
}

#[test]
fn after_the_consumer_breaks_nothing_more_is_delivered_and_the_producer_stops() {
    let pipeline = pipeline();
    let taken = AtomicUsize::new(0);
    let counted = articles(100_000).inspect(|_| {
        taken.fetch_add(1, Ordering::Relaxed);
    });
    let mut seen = Vec::new();
    let flow = batch::run(&pipeline, counted, &AtomicBool::new(false), |r| {
        seen.push(r.unwrap().extraction.file);
        if seen.len() == 600 { ControlFlow::Break(()) } else { ControlFlow::Continue(()) }
    });
    assert_eq!(flow, ControlFlow::Break(()));
    assert_eq!(seen, (0..600).map(|i| i.to_string()).collect::<Vec<_>>());
    // The producer took at most the chunks in hand when the consumer stopped.
    assert!(taken.load(Ordering::Relaxed) <= 4 * 512, "{} articles taken", taken.load(Ordering::Relaxed));
}

#[test]
fn after_stop_is_set_what_the_consumer_saw_is_a_prefix() {
    let pipeline = pipeline();
    let stop = AtomicBool::new(false);
    let mut seen = Vec::new();
    let flow = batch::run(&pipeline, articles(3000), &stop, |r| {
        seen.push(r.unwrap().extraction.file);
        if seen.len() == 700 {
            stop.store(true, Ordering::SeqCst);
        }
        ControlFlow::Continue(())
    });
    assert_eq!(flow, ControlFlow::Break(()));
    assert!(seen.len() >= 700 && seen.len() < 3000, "{}", seen.len());
    assert_eq!(seen, (0..seen.len()).map(|i| i.to_string()).collect::<Vec<_>>());
}
