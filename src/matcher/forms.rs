//! The scan for dictionary forms: every occurrence of every form in a text, overlapping ones
//! included, as an Aho-Corasick automaton reports them, but about 1.3 times as fast on
//! Chinese news.
//!
//! Most characters of a text start no form. Two small bit tables, which stay in the
//! processor's cache, rule them out: one has a bit per hash of the first two characters of
//! the forms of two characters or more, the other a bit per character that is a form by
//! itself (those few forms are kept apart, in a sorted list). Both are read with the
//! characters' bytes (`code_at`), not decoded characters. Only where a bit is set (about
//! one character in ten) is the trie of forms walked from that character. The trie is laid
//! out as the segmenter's is (`segment::keys`: a hash table of `u64` slots, a node's key
//! above a bit that says whether it ends a form, whose index a table beside it holds),
//! except that the nodes of the first two characters of a form are keyed by that pair, so a
//! walk starts with one lookup for both. Most walks end after the pair: a third bit table,
//! of the keys of the trie's deeper nodes, says so before the trie, larger than the bit
//! tables, is read. The trie's table grows with the forms' characters; the bit tables stay
//! small (a dictionary of 200,000 names is scanned as fast with them as with larger ones).

use crate::segment::keys::{find_tagged_node, insert_tagged_node, trie_key};

/// Marks the key of a two-character node (a pair), apart from the keys of the other nodes,
/// whose parent ids stay below this bit (keys are 63 bits, above the bit that says a node
/// ends a form).
const PAIR: u64 = 1 << 62;
/// The bits below a node's key in a slot: one, set where the node ends a form.
const FORM_END: u32 = 1;
/// Bits of the opening (and step) and single-character tables: 2^18 and 2^16 bits (32 KB
/// and 8 KB).
const OPENING_BITS: u32 = 18;
const SINGLE_BITS: u32 = 16;

/// The forms of a matcher, ready to be found in texts.
pub struct FormScanner {
    /// A bit per hash of the first two characters of each form of two characters or more …
    openings: Vec<u64>,
    /// … and a bit per hash of each character that is a form by itself.
    singles: Vec<u64>,
    /// The one-character forms (their codes, see [`code_at`]) and their ids, by code.
    single_forms: Vec<(u32, usize)>,
    /// A bit per hash of the key of each node past a form's first two characters.
    steps: Vec<u64>,
    /// The trie of forms, and the form each node that ends one ends (by slot).
    slots: Vec<u64>,
    form_at: Vec<u32>,
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
    /// Panics if one of them is empty, or if there are more than 2^32 of them.
    pub fn new(forms: &[&str]) -> FormScanner {
        // There are fewer nodes than characters in all: with a quarter more slots than that,
        // at most four slots in five are taken (about one in two for the built-in forms, which
        // share prefixes), and the table stays small enough to stay in the processor's cache.
        let chars: usize = forms.iter().map(|f| f.chars().count()).sum();
        let slot_count = (chars + chars / 4 + 1).next_power_of_two().max(1024);
        let mut scanner = FormScanner {
            openings: vec![0; 1 << (OPENING_BITS - 6)],
            singles: vec![0; 1 << (SINGLE_BITS - 6)],
            single_forms: Vec::new(),
            steps: vec![0; 1 << (OPENING_BITS - 6)],
            slots: vec![0; slot_count],
            form_at: vec![0; slot_count],
        };
        for (index, form) in forms.iter().enumerate() {
            let index = u32::try_from(index).expect("fewer than 2^32 forms");
            let mut chars = form.chars();
            let first = chars.next().expect("no empty form");
            let Some(second) = chars.next() else {
                set_bit(&mut scanner.singles, single_bit(code(first)));
                scanner.single_forms.push((code(first), index as usize));
                continue;
            };
            set_bit(&mut scanner.openings, opening_bit(code(first), code(second)));
            let mut node = insert_tagged_node::<FORM_END>(&mut scanner.slots, pair_key(first, second)).0;
            for c in chars {
                let key = trie_key(node, c);
                set_bit(&mut scanner.steps, key_bit(key));
                node = insert_tagged_node::<FORM_END>(&mut scanner.slots, key).0;
            }
            scanner.slots[node as usize - 1] |= 1;
            scanner.form_at[node as usize - 1] = index;
        }
        scanner.single_forms.sort_unstable();
        scanner
    }

    /// The node of `key` and the form it ends, if the trie has it.
    #[inline]
    fn node(&self, key: u64) -> Option<(u32, Option<usize>)> {
        let (node, ends) = find_tagged_node::<FORM_END>(&self.slots, key)?;
        Some((node, (ends != 0).then(|| self.form_at[node as usize - 1] as usize)))
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
        let bytes = text.as_bytes();
        let mut found = Vec::new();
        if bytes.is_empty() {
            return found;
        }
        // The tables are read with each character's code (its bytes, `code_at`), so no
        // character is decoded unless a bit is set.
        let (mut at, (mut first, mut first_len)) = (0, code_at(bytes, 0));
        loop {
            if has_bit(&self.singles, single_bit(first))
                && let Ok(i) = self.single_forms.binary_search_by_key(&first, |&(single, _)| single)
            {
                found.push(Occurrence { start: at, end: at + first_len, form: self.single_forms[i].1 });
            }
            let second_at = at + first_len;
            if second_at == bytes.len() {
                return found;
            }
            let (second, second_len) = code_at(bytes, second_at);
            if has_bit(&self.openings, opening_bit(first, second)) {
                self.walk(text, at, second_at + second_len, &mut found);
            }
            (at, first, first_len) = (second_at, second, second_len);
        }
    }

    /// Follows the trie from the node of the two characters from `start` to `pair_end`,
    /// noting every form that ends on the way.
    fn walk(&self, text: &str, start: usize, pair_end: usize, found: &mut Vec<Occurrence>) {
        let mut pair = text[start..pair_end].chars();
        let (Some(first), Some(second)) = (pair.next(), pair.next()) else { return };
        let Some((mut node, form)) = self.node(pair_key(first, second)) else { return };
        let mut end = pair_end;
        if let Some(form) = form {
            found.push(Occurrence { start, end, form });
        }
        for c in text[end..].chars() {
            let key = trie_key(node, c);
            if !has_bit(&self.steps, key_bit(key)) {
                return;
            }
            let Some((child, form)) = self.node(key) else { return };
            end += c.len_utf8();
            if let Some(form) = form {
                found.push(Occurrence { start, end, form });
            }
            node = child;
        }
    }
}

/// The code of the character that starts at `at` in `bytes` (valid UTF-8), and its length:
/// its bytes as a little-endian number, which is one number per character as much as the
/// character itself is, and is read from the bytes without decoding them.
fn code_at(bytes: &[u8], at: usize) -> (u32, usize) {
    let len = usize::from(UTF8_LENGTHS[usize::from(bytes[at])]);
    let word = match bytes.get(at..at + 4) {
        Some(four) => u32::from_le_bytes(four.try_into().expect("four bytes")),
        None => bytes[at..].iter().rev().fold(0, |word, &b| (word << 8) | u32::from(b)),
    };
    (word & CODE_MASKS[len], len)
}

/// The length of a UTF-8 sequence by its first byte (1 for the bytes that start none), and
/// the mask of a code of each length: tables, as the scan asks them at every character.
const UTF8_LENGTHS: [u8; 256] = {
    let mut lengths = [1; 256];
    let mut b = 0xC0;
    while b < 256 {
        lengths[b] = if b < 0xE0 {
            2
        } else if b < 0xF0 {
            3
        } else {
            4
        };
        b += 1;
    }
    lengths
};
const CODE_MASKS: [u32; 5] = [0, 0xFF, 0xFFFF, 0xFF_FFFF, u32::MAX];

/// The code of `c`, as [`code_at`] reads it.
fn code(c: char) -> u32 {
    let mut bytes = [0; 4];
    c.encode_utf8(&mut bytes);
    u32::from_le_bytes(bytes)
}

/// The bit of the first two characters of a form (their codes) in the opening table.
fn opening_bit(first: u32, second: u32) -> usize {
    key_bit((u64::from(first) << 32) | u64::from(second))
}

fn pair_key(first: char, second: char) -> u64 {
    PAIR | (u64::from(first) << 21) | u64::from(second)
}

/// The bit of a trie key in the opening and step tables.
fn key_bit(key: u64) -> usize {
    hashed(key, OPENING_BITS)
}

/// The bit of a character (its code) in the table of one-character forms.
fn single_bit(code: u32) -> usize {
    hashed(u64::from(code), SINGLE_BITS)
}

/// `key` hashed (multiplicatively) to a number of `bits` bits.
fn hashed(key: u64, bits: u32) -> usize {
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - bits)) as usize
}

fn set_bit(bits: &mut [u64], bit: usize) {
    bits[bit / 64] |= 1 << (bit % 64);
}

fn has_bit(bits: &[u64], bit: usize) -> bool {
    bits[bit / 64] & (1 << (bit % 64)) != 0
}
