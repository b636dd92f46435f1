//! The scan for dictionary forms: every occurrence of every form in a text, overlapping ones
//! included, as an Aho-Corasick automaton reports them, but about 1.3 times as fast on
//! Chinese news.
//!
//! Most characters of a text start no form. Two small bit tables, which stay in the
//! processor's cache, rule them out: one has a bit per hash of the first two characters of
//! the forms of two characters or more, the other a bit per character that is a form by
//! itself (those few forms are kept apart, in a sorted list). Only where a bit is set (about
//! one character in ten) is the trie of forms walked from that character. The trie is laid
//! out as the segmenter's is (`segment::keys`: a hash table of `u64` slots, a node's key
//! above the id + 1 of the form it ends), except that the nodes of the first two characters
//! of a form are keyed by that pair, so a walk starts with one lookup for both. Most walks
//! end after the pair: a third bit table, of the keys of the trie's deeper nodes, says so
//! before the trie, larger than the bit tables, is read.

use crate::segment::keys::{WORD_BITS, find_node, insert_node, trie_key};

/// The largest number of forms a scanner holds.
pub const MAX_FORMS: usize = (1 << WORD_BITS) - 1;
/// Marks the key of a two-character node (a pair), apart from the keys of the other nodes,
/// whose parent ids stay below this bit.
const PAIR: u64 = 1 << 43;
/// Bits of the opening (and step) and single-character tables: 2^18 and 2^16 bits (32 KB
/// and 8 KB).
const OPENING_BITS: u32 = 18;
const SINGLE_BITS: u32 = 16;

/// The forms of a matcher, ready to be found in texts.
pub struct FormScanner {
    /// A bit per hash of the first two characters of each form of two characters or more …
    openings: Vec<u64>,
    /// … and a bit per character (its low 16 bits) that is a form by itself.
    singles: Vec<u64>,
    /// The one-character forms and their ids, by character.
    single_forms: Vec<(char, usize)>,
    /// A bit per hash of the key of each node past a form's first two characters.
    steps: Vec<u64>,
    /// The trie of forms.
    slots: Vec<u64>,
}

/// One occurrence of a form: its byte range in the text and the form's index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Occurrence {
    pub start: usize,
    pub end: usize,
    pub form: usize,
}

impl FormScanner {
    /// A scanner of `forms`; the index of a form in `forms` is the one occurrences give.
    /// Panics if there are more than [`MAX_FORMS`] forms or one of them is empty.
    pub fn new(forms: &[&str]) -> FormScanner {
        assert!(forms.len() <= MAX_FORMS, "more than {MAX_FORMS} dictionary forms");
        // There are fewer nodes than characters in all: with a quarter more slots than that,
        // at most four slots in five are taken (about one in two for the built-in forms, which
        // share prefixes), and the table stays small enough to stay in the processor's cache.
        // Node ids (slot index + 1) must stay below the pair bit once shifted past a character.
        let chars: usize = forms.iter().map(|f| f.chars().count()).sum();
        let slot_count = (chars + chars / 4 + 1).next_power_of_two().max(1024);
        assert!(slot_count < 1 << 22, "dictionary forms of more than 2 million characters in all");
        let mut scanner = FormScanner {
            openings: vec![0; 1 << (OPENING_BITS - 6)],
            singles: vec![0; 1 << (SINGLE_BITS - 6)],
            single_forms: Vec::new(),
            steps: vec![0; 1 << (OPENING_BITS - 6)],
            slots: vec![0; slot_count],
        };
        for (index, form) in forms.iter().enumerate() {
            let mut chars = form.chars();
            let first = chars.next().expect("no empty form");
            let Some(second) = chars.next() else {
                set_bit(&mut scanner.singles, single_bit(first));
                scanner.single_forms.push((first, index));
                continue;
            };
            let pair = pair_key(first, second);
            set_bit(&mut scanner.openings, key_bit(pair));
            let mut node = insert_node(&mut scanner.slots, pair);
            for c in chars {
                let key = trie_key(node, c);
                set_bit(&mut scanner.steps, key_bit(key));
                node = insert_node(&mut scanner.slots, key);
            }
            scanner.slots[node as usize - 1] |= index as u64 + 1;
        }
        scanner.single_forms.sort_unstable();
        scanner
    }

    /// Every occurrence of every form in `text`, in order of start and, at one start, of
    /// end.
    ///
    /// ```
    /// use dipgraph::matcher::forms::{FormScanner, Occurrence};
    ///
    /// let scanner = FormScanner::new(&["美国", "美国总统", "总统", "拜登"]);
    /// let found: Vec<(&str, usize)> = scanner
    ///     .find_overlapping("美国总统拜登说")
    ///     .into_iter()
    ///     .map(|Occurrence { start, end, form }| (&"美国总统拜登说"[start..end], form))
    ///     .collect();
    /// assert_eq!(found, [("美国", 0), ("美国总统", 1), ("总统", 2), ("拜登", 3)]);
    /// ```
    pub fn find_overlapping(&self, text: &str) -> Vec<Occurrence> {
        let mut found = Vec::new();
        let mut chars = text.char_indices();
        let Some((mut at, mut c)) = chars.next() else {
            return found;
        };
        loop {
            let next = chars.next();
            if has_bit(&self.singles, single_bit(c))
                && let Ok(i) = self.single_forms.binary_search_by_key(&c, |&(single, _)| single)
            {
                found.push(Occurrence { start: at, end: at + c.len_utf8(), form: self.single_forms[i].1 });
            }
            if let Some((second_at, second)) = next {
                let pair = pair_key(c, second);
                if has_bit(&self.openings, key_bit(pair)) {
                    self.walk(text, at, second_at, pair, &mut found);
                }
            }
            match next {
                Some((i, d)) => (at, c) = (i, d),
                None => return found,
            }
        }
    }

    /// Follows the trie from the pair node `key` (the characters at `start` and `second_at`),
    /// noting every form that ends on the way.
    fn walk(&self, text: &str, start: usize, second_at: usize, key: u64, found: &mut Vec<Occurrence>) {
        let Some((mut node, form)) = find_node(&self.slots, key) else { return };
        let mut end = second_at + text[second_at..].chars().next().map_or(0, char::len_utf8);
        if let Some(form) = form {
            found.push(Occurrence { start, end, form: form as usize });
        }
        for c in text[end..].chars() {
            let key = trie_key(node, c);
            if !has_bit(&self.steps, key_bit(key)) {
                return;
            }
            let Some((child, form)) = find_node(&self.slots, key) else { return };
            end += c.len_utf8();
            if let Some(form) = form {
                found.push(Occurrence { start, end, form: form as usize });
            }
            node = child;
        }
    }
}

fn pair_key(first: char, second: char) -> u64 {
    PAIR | (u64::from(first) << 21) | u64::from(second)
}

/// The bit of a trie key in the opening and step tables.
fn key_bit(key: u64) -> usize {
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - OPENING_BITS)) as usize
}

fn single_bit(c: char) -> usize {
    c as usize & ((1 << SINGLE_BITS) - 1)
}

fn set_bit(bits: &mut [u64], bit: usize) {
    bits[bit / 64] |= 1 << (bit % 64);
}

fn has_bit(bits: &[u64], bit: usize) -> bool {
    bits[bit / 64] & (1 << (bit % 64)) != 0
}
