//! Word segmentation: jieba's words, read from jieba's own dictionary, and the word boundaries
//! of a text ([`WordBoundaries`]) for the matcher's "does this form start and end a word".
//!
//! [`Segmenter::cut`] segments as jieba-rs's `cut(text, false)` (no HMM) does: each run of Han
//! characters, ASCII letters and digits is cut along its most probable route through the
//! dictionary words it holds, a run of single ASCII letters and digits that route leaves is one
//! word, and every other character is a word by itself. The dictionary is jieba-rs 0.11's
//! `dict.txt` (`src/data/jieba-dict.txt`). jieba-rs builds its trie of it on every start,
//! which takes about 170 ms; here `build.rs` builds the trie (and a table of its first
//! level), the frequencies and their logarithms, the tags and the word joins at compile
//! time, and start-up only copies them and adds dipgraph's words.
//! Tests check the words, tags and boundaries against jieba-rs itself on every fixture.

pub(crate) mod keys;

use keys::{ROOTS_FIRST, ROOTS_LAST};
use rustc_hash::FxHasher;
use std::cell::RefCell;
use std::hash::Hasher;
use std::ops::Range;
use std::sync::atomic::{AtomicU64, Ordering};

/// The tables `build.rs` builds from jieba's dictionary (laid out as [`keys`] says).
static TRIE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/jieba-trie.bin"));
static ROOTS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/jieba-roots.bin"));
static FREQS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/jieba-freqs.bin"));
static LOG_FREQS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/jieba-log-freqs.bin"));
static TAGS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/jieba-tags.bin"));
static TAG_NAMES: &str = include_str!(concat!(env!("OUT_DIR"), "/jieba-tag-names.txt"));
static JOINS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/jieba-joins.bin"));
/// The number of nodes of the trie `build.rs` built.
const JIEBA_TRIE_NODES: usize = include!(concat!(env!("OUT_DIR"), "/jieba-trie-nodes.rs"));

/// jieba's dictionary, with the words dipgraph adds to it, and what segmenting needs.
pub struct Segmenter {
    /// The trie of all words, as [`keys`] lays it out (at most three slots in four taken:
    /// it grows as words are added), and the number of its nodes, …
    trie: Vec<u64>,
    nodes: usize,
    /// … and its first level for the characters from [`ROOTS_FIRST`] (CJK), as a table
    /// ([`keys::root_entry`]), built with jieba's trie and kept up to date as words are
    /// added; every walk through the trie starts here.
    roots: Vec<u64>,
    /// Per word id: its frequency, the natural logarithm of it, and its tag (an index into
    /// `tag_names`; dipgraph's words have the tag "").
    freqs: Vec<usize>,
    log_freqs: Vec<f64>,
    tags: Vec<u8>,
    tag_names: Vec<&'static str>,
    /// The sum of all frequencies, and its logarithm.
    total: usize,
    log_total: f64,
    /// The join filter ([`keys::may_join`]): which characters may be next to each other in a
    /// word.
    joins: Vec<u64>,
    /// Tells this segmenter's remembered stretches ([`StretchMemo`]) from another's.
    id: u64,
}

/// One word of a segmented text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// Byte range in the text.
    pub range: Range<usize>,
    /// The dictionary word's id, where the segmentation looked it up.
    id: Option<u32>,
}

/// One step of the best route through a block: from a character, the character after the word
/// taken there, and the log-probability of the rest of the block.
#[derive(Clone, Copy)]
struct Step {
    prob: f64,
    end: usize,
    id: Option<u32>,
}

impl Segmenter {
    /// jieba's dictionary with `forms` added, in order, each as jieba-rs's
    /// `add_word(form, Some(suggest_freq(form).max(1000)), None)` adds it: frequent enough to
    /// stay one word.
    pub fn new(forms: &[&str]) -> Segmenter {
        let u64s = |bytes: &[u8]| -> Vec<u64> {
            bytes.chunks_exact(8).map(|b| u64::from_le_bytes(b.try_into().expect("8 bytes"))).collect()
        };
        let freqs: Vec<usize> =
            FREQS.chunks_exact(4).map(|b| u32::from_le_bytes(b.try_into().expect("4 bytes")) as usize).collect();
        let total = freqs.iter().sum();
        let mut tag_names: Vec<&'static str> = TAG_NAMES.split('\n').collect();
        tag_names.push("");
        let trie = u64s(TRIE);
        assert_eq!(trie.len(), 1 << keys::TRIE_SLOT_BITS, "the trie table build.rs wrote");
        debug_assert_eq!(trie.iter().filter(|&&slot| slot != 0).count(), JIEBA_TRIE_NODES);
        let roots = u64s(ROOTS);
        assert_eq!(roots.len(), (ROOTS_LAST + 1 - ROOTS_FIRST) as usize, "the root table build.rs wrote");
        let mut segmenter = Segmenter {
            trie,
            nodes: JIEBA_TRIE_NODES,
            roots,
            log_freqs: LOG_FREQS.chunks_exact(8).map(|b| f64::from_le_bytes(b.try_into().expect("8 bytes"))).collect(),
            freqs,
            tags: TAGS.to_vec(),
            tag_names,
            total,
            log_total: (total as f64).ln(),
            joins: u64s(JOINS),
            id: NEXT_SEGMENTER_ID.fetch_add(1, Ordering::Relaxed),
        };
        for form in forms {
            let freq = segmenter.suggest_freq(form).max(1000);
            segmenter.add_word(form, freq, true);
        }
        segmenter
    }

    /// Adds `forms` as [`Segmenter::new`] adds its forms, except that the total of the
    /// frequencies, against which routes are weighed, is left as it is: words added so
    /// change the segmentation only of the texts that hold them. (jieba's `add_word` adds
    /// to the total, which weighs every route of more words a little less: a user's
    /// dictionary of 200,000 names would otherwise change where words end in texts that
    /// name none of them.)
    pub fn add_uncounted(&mut self, forms: &[&str]) {
        for form in forms {
            let freq = self.suggest_freq(form).max(1000);
            self.add_word(form, freq, false);
        }
    }

    /// The trie node reached from node `parent` by `c`, and the id of the word it ends.
    #[inline]
    fn child(&self, parent: u32, c: char) -> Option<(u32, Option<u32>)> {
        if parent == 0
            && let Some(&root) = root_index(c).and_then(|i| self.roots.get(i))
        {
            let (word, node) = ((root >> 32) as u32, root as u32);
            return (node != 0).then(|| (node, word.checked_sub(1)));
        }
        keys::find_node(&self.trie, keys::trie_key(parent, c))
    }

    /// The id of `word`, if it is a word of the dictionary.
    fn word_id(&self, word: &str) -> Option<u32> {
        let mut node = (0, None);
        for c in word.chars() {
            node = self.child(node.0, c)?;
        }
        node.1
    }

    fn set_freq(&mut self, id: u32, freq: usize) {
        self.freqs[id as usize] = freq;
        self.log_freqs[id as usize] = (freq as f64).ln();
    }

    /// Adds `word` with frequency `freq` (or gives an existing word that frequency), as
    /// jieba-rs's `add_word(word, Some(freq), None)` does; the total of frequencies changes
    /// with it only if `counted`.
    fn add_word(&mut self, word: &str, freq: usize, counted: bool) {
        if let Some(id) = self.word_id(word) {
            let old = self.freqs[id as usize];
            self.set_freq(id, freq);
            if counted {
                self.total = self.total + freq - old;
            }
        } else {
            self.make_room(word.chars().count());
            self.nodes += keys::insert_word(&mut self.trie, word, self.freqs.len() as u64);
            // The word may have given its first character a node or a word.
            if let Some(first) = word.chars().next()
                && let Some(root) = root_index(first).and_then(|i| self.roots.get_mut(i))
            {
                *root = keys::root_entry(&self.trie, first);
            }
            self.freqs.push(freq);
            self.log_freqs.push((freq as f64).ln());
            self.tags.push((self.tag_names.len() - 1) as u8);
            keys::mark_joins(&mut self.joins, word);
            if counted {
                self.total += freq;
            }
        }
        self.log_total = (self.total as f64).ln();
    }

    /// Makes room in the trie for `more` nodes: when they would take more than three slots in
    /// four, the table is built anew twice as large (node ids change, so the table of the
    /// first level is read again). Panics past [`keys::MAX_TRIE_SLOT_BITS`] (the dictionaries
    /// refuse so many forms before, see `dict::MAX_TAUGHT_FORMS`).
    fn make_room(&mut self, more: usize) {
        let mut len = self.trie.len();
        while (self.nodes + more) * 4 > len * 3 {
            len *= 2;
        }
        if len == self.trie.len() {
            return;
        }
        assert!(len <= 1 << keys::MAX_TRIE_SLOT_BITS, "too many words for the segmenter's trie");
        self.trie = keys::renumbered::<{ keys::WORD_BITS }>(&self.trie, len);
        for (i, root) in self.roots.iter_mut().enumerate() {
            let c = char::from_u32(ROOTS_FIRST + i as u32).expect("no surrogates among CJK ideographs");
            *root = keys::root_entry(&self.trie, c);
        }
    }

    /// The frequency that keeps `segment` one word, as jieba-rs's `suggest_freq` gives it.
    fn suggest_freq(&self, segment: &str) -> usize {
        let freq = |word: &str| self.word_id(word).map_or(1, |id| self.freqs[id as usize]);
        let log_freq = self
            .cut(segment)
            .iter()
            .fold(0f64, |f, w| f + (freq(&segment[w.range.clone()]) as f64).ln() - self.log_total);
        ((log_freq + self.log_total).exp() as usize + 1).max(freq(segment))
    }

    /// Whether some word may hold both `before` and `after` (the characters around an
    /// offset), given the characters next to them.
    fn may_join(&self, two_before: Option<char>, before: char, after: char, two_after: Option<char>) -> bool {
        keys::may_join(&self.joins, two_before, before, after, two_after)
    }

    /// The words of `text`, in order, as jieba-rs's `cut(text, false)` gives them.
    pub fn cut(&self, text: &str) -> Vec<Word> {
        let mut words = Vec::new();
        let mut rest = text.char_indices().peekable();
        while let Some((start, c)) = rest.next() {
            if in_block(c) {
                let mut end = start + c.len_utf8();
                while let Some(&(i, d)) = rest.peek().filter(|(_, d)| in_block(*d)) {
                    end = i + d.len_utf8();
                    rest.next();
                }
                self.cut_block(text, start..end, |w| words.push(w));
            } else {
                // \r\n is one word, as in jieba.
                let end = if c == '\r' && rest.next_if(|(_, d)| *d == '\n').is_some() {
                    start + 2
                } else {
                    start + c.len_utf8()
                };
                words.push(Word { range: start..end, id: None });
            }
        }
        words
    }

    /// Segments the block `text[block]` (Han characters, ASCII letters and digits) along its
    /// most probable route, as jieba-rs does, and hands each word to `word`, in order (while
    /// this thread's scratch buffers are borrowed: `word` must not segment).
    fn cut_block(&self, text: &str, block: Range<usize>, mut word: impl FnMut(Word)) {
        SCRATCH.with(|scratch| {
            let Scratch { chars, edges, edge_starts, route } = &mut *scratch.borrow_mut();
            chars.clear();
            chars.extend(text[block.clone()].char_indices().map(|(i, c)| (block.start + i, c)));
            let n = chars.len();
            let offset = |i: usize| chars.get(i).map_or(block.end, |&(o, _)| o);
            // The dictionary words starting at each character: walk the trie from it.
            edges.clear();
            edge_starts.clear();
            for i in 0..n {
                edge_starts.push(edges.len());
                let mut node = 0;
                for (j, &(_, c)) in chars.iter().enumerate().skip(i) {
                    let Some((child, word)) = self.child(node, c) else { break };
                    if let Some(id) = word {
                        edges.push((j + 1, id));
                    }
                    node = child;
                }
            }
            edge_starts.push(edges.len());
            // The best route from each character to the end, computed from the end.
            route.clear();
            route.resize(n + 1, Step { prob: 0.0, end: n, id: None });
            let log_one = 0.0 - self.log_total;
            for i in (0..n).rev() {
                let mut best: Option<Step> = None;
                for &(end, id) in &edges[edge_starts[i]..edge_starts[i + 1]] {
                    let prob = self.log_freqs[id as usize] - self.log_total + route[end].prob;
                    if best.is_none_or(|b| prob > b.prob || (prob == b.prob && end > b.end)) {
                        best = Some(Step { prob, end, id: Some(id) });
                    }
                }
                route[i] = best.unwrap_or(Step { prob: log_one + route[i + 1].prob, end: i + 1, id: None });
            }
            // The words along the route; single ASCII letters and digits in a row are one.
            let ascii_at = |i: usize| chars[i].1.is_ascii_alphanumeric();
            let mut run: Option<usize> = None;
            let mut i = 0;
            while i < n {
                let Step { end, id, .. } = route[i];
                if end - i == 1 && ascii_at(i) {
                    run.get_or_insert(i);
                } else {
                    if let Some(start) = run.take() {
                        let id = if i - start == 1 { route[start].id } else { None };
                        word(Word { range: offset(start)..offset(i), id });
                    }
                    word(Word { range: offset(i)..offset(end), id });
                }
                i = end;
            }
            if let Some(start) = run {
                let id = if n - start == 1 { route[start].id } else { None };
                word(Word { range: offset(start)..offset(n), id });
            }
        });
    }

    /// Calls `mark` with the byte offset of every word start in `stretch`, a piece of one
    /// block between two forced boundaries (see [`WordBoundaries`]). News repeats its
    /// phrases, so the word starts of short stretches are remembered per thread
    /// ([`StretchMemo`]): most of them come back.
    fn stretch_word_starts(&self, stretch: &str, mut mark: impl FnMut(usize)) {
        if stretch.len() > REMEMBERED_BYTES {
            self.cut_block(stretch, 0..stretch.len(), |w| mark(w.range.start));
            return;
        }
        let cut = |stretch: &str| {
            let mut starts = 0u64;
            self.cut_block(stretch, 0..stretch.len(), |w| starts |= 1 << w.range.start);
            starts
        };
        let mut starts = STRETCHES.with(|memo| memo.borrow_mut().word_starts(self.id, stretch, cut));
        while starts != 0 {
            mark(starts.trailing_zeros() as usize);
            starts &= starts - 1;
        }
    }

    /// The words of `text` with their part-of-speech tags, as jieba-rs's `tag(text, false)`
    /// gives them, except that a Han character not in the dictionary is tagged `x` (jieba-rs
    /// guesses its tag with a model).
    pub fn tag<'s>(&'s self, text: &str) -> Vec<(Range<usize>, &'s str)> {
        self.cut(text)
            .into_iter()
            .map(|w| {
                let word = &text[w.range.clone()];
                let tag = match w.id.or_else(|| self.word_id(word)) {
                    Some(id) => self.tag_names[self.tags[id as usize] as usize],
                    None => guess_tag(word),
                };
                (w.range, tag)
            })
            .collect()
    }

    /// The word boundaries of `text`, found as they are asked for.
    pub fn boundaries<'t>(&'t self, text: &'t str) -> WordBoundaries<'t> {
        WordBoundaries { text, segmenter: self, known: RefCell::new(Vec::new()) }
    }
}

/// Reusable buffers for segmenting a block.
#[derive(Default)]
struct Scratch {
    /// Each character of the block, with its byte offset in the text.
    chars: Vec<(usize, char)>,
    /// Dictionary words as (end character, id), grouped by start character …
    edges: Vec<(usize, u32)>,
    /// … each start's group beginning here.
    edge_starts: Vec<usize>,
    route: Vec<Step>,
}

/// The stretches one thread has cut, with their word starts, for the segmenter `owner`: a
/// table of [`STRETCH_SLOTS`] slots with room for one stretch each, chosen by a hash of the
/// stretch (a new stretch takes the place of the one there). A slot is one cache line, so a
/// stretch is looked up with one memory access.
#[derive(Default)]
struct StretchMemo {
    owner: u64,
    slots: Vec<RememberedStretch>,
}

/// How many stretches a thread remembers (4 MB).
const STRETCH_SLOTS: usize = 1 << 16;
/// The longest stretch remembered, in bytes: what fills a cache line with the word starts
/// and the length.
const REMEMBERED_BYTES: usize = 55;

/// One stretch and the bits of its word starts (bit `i` for byte `i`).
#[derive(Clone, Copy)]
#[repr(C, align(64))]
struct RememberedStretch {
    starts: u64,
    /// The stretch's length in bytes; 0 for an empty slot (no stretch is empty).
    len: u8,
    bytes: [u8; REMEMBERED_BYTES],
}

impl StretchMemo {
    /// The word starts of `stretch` (at most [`REMEMBERED_BYTES`] long) for segmenter `owner`,
    /// as remembered or, if not, as `cut` finds them.
    fn word_starts(&mut self, owner: u64, stretch: &str, cut: impl FnOnce(&str) -> u64) -> u64 {
        // A new memo's owner is 0, which no segmenter is.
        if self.owner != owner {
            self.owner = owner;
            self.slots = vec![RememberedStretch { starts: 0, len: 0, bytes: [0; REMEMBERED_BYTES] }; STRETCH_SLOTS];
        }
        let bytes = stretch.as_bytes();
        let mut hash = FxHasher::default();
        hash.write(bytes);
        let slot = &mut self.slots[(hash.finish() >> (64 - STRETCH_SLOTS.trailing_zeros())) as usize];
        if usize::from(slot.len) == bytes.len() && &slot.bytes[..bytes.len()] == bytes {
            return slot.starts;
        }
        let starts = cut(stretch);
        slot.starts = starts;
        slot.len = bytes.len() as u8;
        slot.bytes[..bytes.len()].copy_from_slice(bytes);
        starts
    }
}

/// Ids for [`Segmenter::id`]; 0 is no segmenter.
static NEXT_SEGMENTER_ID: AtomicU64 = AtomicU64::new(1);

thread_local! {
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
    static STRETCHES: RefCell<StretchMemo> = RefCell::new(StretchMemo::default());
}

/// The tag jieba-rs gives a word not in its dictionary: `m` for digits, `eng` for other ASCII
/// letters and digits, `x` otherwise.
fn guess_tag(word: &str) -> &'static str {
    let alphanumeric = word.chars().filter(char::is_ascii_alphanumeric).count();
    let digits = word.chars().filter(char::is_ascii_digit).count();
    match alphanumeric {
        0 => "x",
        n if n == digits => "m",
        _ => "eng",
    }
}

/// Where the segmenter puts word boundaries in one text, segmented lazily: each run of Han
/// characters and ASCII letters and digits (a "block") is cut on its own, and every other
/// character is a word by itself. Most offsets need no segmenting at all: where no word of the
/// dictionary can span them (the join filter says so), they are a boundary whatever the segmentation.
/// Elsewhere only the stretch between the two such offsets around is segmented, since every
/// route passes through them.
pub struct WordBoundaries<'t> {
    text: &'t str,
    segmenter: &'t Segmenter,
    /// Per byte offset: not yet known, a boundary, or inside a word.
    known: RefCell<Vec<Boundary>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Boundary {
    Unknown,
    Yes,
    No,
}

impl<'t> WordBoundaries<'t> {
    /// Whether a word boundary is at byte offset `at` (false off a character boundary and past
    /// the end).
    pub fn at(&self, at: usize) -> bool {
        let text = self.text;
        if at == 0 || at == text.len() {
            return true;
        }
        if at > text.len() {
            return false;
        }
        let mut known = self.known.borrow_mut();
        if known.is_empty() {
            known.resize(text.len() + 1, Boundary::Unknown);
        }
        if known[at] == Boundary::Unknown {
            known[at] = self.find(at, &mut known);
        }
        known[at] == Boundary::Yes
    }

    /// Whether `at` (inside the text) is a boundary, segmenting the stretch around it if it
    /// has to (and noting all its boundaries in `known`).
    fn find(&self, at: usize, known: &mut [Boundary]) -> Boundary {
        let text = self.text;
        if !text.is_char_boundary(at) {
            return Boundary::No;
        }
        let (Some(before), Some(after)) = (text[..at].chars().next_back(), text[at..].chars().next()) else {
            return Boundary::No;
        };
        if (before, after) == ('\r', '\n') {
            return Boundary::No;
        }
        if !in_block(before) || !in_block(after) || self.is_forced(at, before, after) {
            return Boundary::Yes;
        }
        // The stretch grows a character at a time each way; the two characters on each side
        // of the offset being tried are carried along, so each character is decoded once.
        let mut start = at - before.len_utf8();
        let (mut right, mut two_right) = (before, Some(after));
        let mut leftwards = text[..start].char_indices().rev().peekable();
        while let Some((i, c)) = leftwards.next() {
            let two_left = leftwards.peek().map(|&(_, d)| d);
            if !in_block(c) || self.is_forced_between(two_left, c, right, two_right) {
                break;
            }
            start = i;
            (right, two_right) = (c, Some(right));
        }
        let mut end = at + after.len_utf8();
        let (mut two_left, mut left) = (Some(before), after);
        let mut rightwards = text[end..].chars().peekable();
        while let Some(c) = rightwards.next() {
            let two_right = rightwards.peek().copied();
            if !in_block(c) || self.is_forced_between(two_left, left, c, two_right) {
                break;
            }
            end += c.len_utf8();
            (two_left, left) = (Some(left), c);
        }
        known[start..end].iter_mut().for_each(|k| *k = Boundary::No);
        self.segmenter.stretch_word_starts(&text[start..end], |i| known[start + i] = Boundary::Yes);
        known[at]
    }

    /// Whether byte offset `at`, between `before` and `after` (both in a block), is a boundary
    /// whatever the segmentation: words are dictionary words and runs of single ASCII letters
    /// and digits, so only between two of those, or where a dictionary word may span `at`,
    /// can it be inside a word.
    fn is_forced(&self, at: usize, before: char, after: char) -> bool {
        let two_before = self.text[..at - before.len_utf8()].chars().next_back();
        let two_after = self.text[at + after.len_utf8()..].chars().next();
        self.is_forced_between(two_before, before, after, two_after)
    }

    /// [`WordBoundaries::is_forced`] for an offset between `before` and `after`, given the
    /// characters next to them (`None` at the text's ends).
    fn is_forced_between(&self, two_before: Option<char>, before: char, after: char, two_after: Option<char>) -> bool {
        if before.is_ascii_alphanumeric() && after.is_ascii_alphanumeric() {
            return false;
        }
        !self.segmenter.may_join(two_before, before, after, two_after)
    }

    /// The end of the word that covers byte offset `at`.
    pub fn word_end(&self, at: usize) -> usize {
        (at + 1..self.text.len()).find(|&i| self.at(i)).unwrap_or(self.text.len())
    }
}

/// The index of `c` in [`Segmenter::roots`], if it is from [`ROOTS_FIRST`] on (the table
/// ends at [`ROOTS_LAST`]).
fn root_index(c: char) -> Option<usize> {
    (c as u32).checked_sub(ROOTS_FIRST).map(|i| i as usize)
}

/// The characters segmented as blocks (jieba's default Han class): CJK ideographs, ASCII
/// letters and digits, and `+#&._%-`.
fn in_block(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{2A6DF}'
        | '\u{2A700}'..='\u{2EBEF}'
        | '\u{2F800}'..='\u{2FA1F}')
        || c.is_ascii_alphanumeric()
        || matches!(c, '+' | '#' | '&' | '.' | '_' | '%' | '-')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dict::Dictionaries;
    use jieba_rs::Jieba;

    /// The forms the matcher adds: every name of the embedded dictionaries that jieba could
    /// split (two characters or more, not all ASCII).
    fn forms(dicts: &Dictionaries) -> Vec<String> {
        let people = dicts.people.iter().flat_map(|p| [&p.name].into_iter().chain(p.aliases.iter().map(|a| &a.form)));
        let countries =
            dicts.countries.iter().flat_map(|c| [&c.name].into_iter().chain(c.aliases.iter().map(|a| &a.form)));
        let mut forms: Vec<String> = people
            .chain(countries)
            .map(|f| f.trim().to_string())
            .filter(|f| f.chars().count() >= 2 && !f.is_ascii())
            .collect();
        forms.sort();
        forms.dedup();
        forms
    }

    /// The text of every fixture, simplified, with ASCII words and a time among Han text.
    fn fixture_texts() -> Vec<(String, String)> {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures");
        walkdir::WalkDir::new(dir)
            .into_iter()
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_file())
            .filter_map(|entry| {
                let raw = std::fs::read_to_string(entry.path()).ok()?;
                let article = crate::article::Article::parse(&raw).ok()?;
                let body = crate::clean::clean(&article.html).ok()?.body;
                let text = crate::clean::simplify(&format!("{} 12:30 G20峰会。\r\n{body}", article.title)).into_owned();
                Some((entry.path().display().to_string(), text))
            })
            .collect()
    }

    #[test]
    fn words_and_boundaries_are_those_of_jieba_rs() {
        let dicts = Dictionaries::embedded().unwrap();
        let forms = forms(&dicts);
        let forms: Vec<&str> = forms.iter().map(String::as_str).collect();
        let segmenter = Segmenter::new(&forms);
        let mut jieba = Jieba::new();
        for form in &forms {
            let freq = jieba.suggest_freq(form).max(1000);
            jieba.add_word(form, Some(freq), None);
        }
        let texts = fixture_texts();
        assert!(texts.len() >= 10);
        for (path, text) in &texts {
            let expected: Vec<Range<usize>> = jieba.cut(text, false).iter().map(|t| t.byte_start..t.byte_end).collect();
            let words: Vec<Range<usize>> = segmenter.cut(text).into_iter().map(|w| w.range).collect();
            assert_eq!(words, expected, "{path}");
            // Tags, where jieba-rs reads them from its dictionary or from ASCII.
            let tags: Vec<(&str, &str)> = segmenter.tag(text).into_iter().map(|(r, t)| (&text[r], t)).collect();
            let expected: Vec<(&str, &str)> = jieba.tag(text, false).into_iter().map(|t| (t.word, t.tag)).collect();
            for (tag, expected) in tags.iter().zip(&expected) {
                if expected.0.chars().count() >= 2 || jieba.has_word(expected.0) || expected.0.is_ascii() {
                    assert_eq!(tag, expected, "{path}");
                }
            }
            // Boundaries asked one by one, from the end backwards too, so stretches are
            // segmented from any offset.
            let mut whole = vec![false; text.len() + 1];
            for word in &words {
                whole[word.start] = true;
                whole[word.end] = true;
            }
            let lazy = segmenter.boundaries(text);
            for at in (0..=text.len()).rev() {
                assert_eq!(
                    lazy.at(at),
                    whole[at],
                    "{path} at {at}: {:?}",
                    &text[text.floor_char_boundary(at.saturating_sub(12))..text.ceil_char_boundary(at)]
                );
            }
        }
    }

    #[test]
    fn a_trie_grown_for_many_words_keeps_every_word_and_cuts_as_before() {
        let dicts = Dictionaries::embedded().unwrap();
        let forms = forms(&dicts);
        let forms: Vec<&str> = forms.iter().map(String::as_str).collect();
        let plain = Segmenter::new(&forms);
        // 400,000 words of CJK extension A characters (in no fixture), twice the nodes the
        // table built by build.rs has room for.
        let extension: Vec<char> = (0x3400..0x4DB5).filter_map(char::from_u32).collect();
        let many: Vec<String> = (0..400_000usize)
            .map(|i| [i % 6000, i / 6000 * 89 + i % 7, (i * 31) % 6000].iter().map(|&k| extension[k]).collect())
            .collect();
        let many: Vec<&str> = many.iter().map(String::as_str).collect();
        let mut grown = Segmenter::new(&forms);
        grown.add_uncounted(&many);
        assert!(grown.trie.len() > plain.trie.len(), "the table grew");
        assert!(many.iter().all(|w| grown.word_id(w).is_some()));
        assert_eq!(grown.total, plain.total);
        // jieba's words and the forms keep their ids, …
        let dict = include_str!("data/jieba-dict.txt");
        for word in dict.lines().step_by(97).filter_map(|l| l.split_whitespace().next()).chain(forms.iter().copied()) {
            assert_eq!(grown.word_id(word), plain.word_id(word), "{word}");
        }
        // … and a text without the new words is cut as before.
        for (path, text) in fixture_texts() {
            let words = |s: &Segmenter| s.cut(&text).into_iter().map(|w| w.range).collect::<Vec<_>>();
            assert_eq!(words(&grown), words(&plain), "{path}");
        }
        let text = format!("{}与{}会谈", many[12345], many[399_999]);
        let words: Vec<&str> = grown.cut(&text).into_iter().map(|w| &text[w.range]).collect();
        assert_eq!(words, [many[12345], "与", many[399_999], "会谈"]);
    }

    #[test]
    fn remembered_stretches_are_each_segmenters_own() {
        // jieba alone cuts 研究/生命/起源; a segmenter taught 研究生命 keeps it whole. Both
        // segment the same stretch on one thread, in turn: neither may get the other's
        // remembered answer.
        let plain = Segmenter::new(&[]);
        let taught = Segmenter::new(&["研究生命"]);
        let text = "研究生命起源";
        let inside = "研究".len();
        for _ in 0..2 {
            assert!(plain.boundaries(text).at(inside));
            assert!(!taught.boundaries(text).at(inside));
        }
    }

    #[test]
    fn the_dictionary_is_that_of_jieba_rs() {
        let jieba = Jieba::new();
        let dict = include_str!("data/jieba-dict.txt");
        let words: Vec<&str> = dict.lines().filter_map(|l| l.split_whitespace().next()).collect();
        // Every word is jieba's, and jieba has as many records as the file has words.
        assert!(words.iter().all(|w| jieba.has_word(w)), "{:?}", words.iter().find(|w| !jieba.has_word(w)));
        assert!(format!("{jieba:?}").contains(&format!("records_len: {},", words.len())), "{jieba:?}");
    }

    #[test]
    fn common_words_are_tagged_from_the_dictionary() {
        let segmenter = Segmenter::new(&["布林肯"]);
        let tags = |text: &str| -> Vec<(String, String)> {
            segmenter.tag(text).into_iter().map(|(r, t)| (text[r].to_string(), t.to_string())).collect()
        };
        assert_eq!(tags("以及"), [("以及".to_string(), "c".to_string())]);
        assert_eq!(tags("布林肯访华"), [("布林肯".into(), "".into()), ("访华".into(), "v".into())]);
        assert_eq!(tags("G20"), [("G20".to_string(), "eng".to_string())]);
    }
}
