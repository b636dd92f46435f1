//! How the segmenter's prebuilt tables are keyed, shared by `build.rs` (which builds them from
//! jieba's dictionary), the segmenter (which reads them) and the matcher's form scanner
//! (whose trie of dictionary forms has the same layout).
//!
//! - A trie is an open-addressing hash table of `u64` slots (a power of two of them), one per
//!   trie node: the node's key (its parent's id and its character) above [`WORD_BITS`] bits of
//!   word id + 1 (0 where the node ends no word). A node's id is its slot index + 1; the root's
//!   id is 0; an empty slot is 0.
//! - The word joins are a bit filter over the character pairs and triples of words.

/// The trie table has 2^TRIE_SLOT_BITS slots: about twice jieba's half a million nodes.
pub const TRIE_SLOT_BITS: u32 = 20;
/// Bits of a slot that hold the word id + 1.
pub const WORD_BITS: u32 = 20;
/// The join filter has 2^JOIN_FILTER_BITS bits.
pub const JOIN_FILTER_BITS: u32 = 24;

/// The key of the trie node reached from node `parent` by character `c`.
pub fn trie_key(parent: u32, c: char) -> u64 {
    (u64::from(parent) << 21) | u64::from(c)
}

/// The slot of the trie table `slots` that holds `key`, or the empty slot where it would go.
pub fn slot_of(slots: &[u64], key: u64) -> usize {
    let mask = slots.len() - 1;
    let mut slot = (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - slots.len().trailing_zeros())) as usize;
    while slots[slot] != 0 && slots[slot] >> WORD_BITS != key {
        slot = (slot + 1) & mask;
    }
    slot
}

/// The node of `key` in the trie table `slots`, added if it lacks it.
pub fn insert_node(slots: &mut [u64], key: u64) -> u32 {
    let slot = slot_of(slots, key);
    if slots[slot] == 0 {
        slots[slot] = key << WORD_BITS;
    }
    slot as u32 + 1
}

/// The node of `key` in the trie table `slots` and the id of the word it ends, if the trie
/// has it.
pub fn find_node(slots: &[u64], key: u64) -> Option<(u32, Option<u32>)> {
    let slot = slot_of(slots, key);
    let entry = slots[slot];
    let word = (entry & ((1 << WORD_BITS) - 1)) as u32;
    (entry != 0).then(|| (slot as u32 + 1, word.checked_sub(1)))
}

/// Adds `word`, with id `id`, to the trie table `slots` (nodes it lacks included). Panics if
/// the word is in already or the id does not fit the word bits.
pub fn insert_word(slots: &mut [u64], word: &str, id: u64) {
    assert!(id + 1 < 1 << WORD_BITS, "too many words for the trie's word bits");
    let node = word.chars().fold(0, |node, c| insert_node(slots, trie_key(node, c)));
    let last = &mut slots[node as usize - 1];
    assert!(*last & ((1 << WORD_BITS) - 1) == 0, "{word} is in the trie already");
    *last |= id + 1;
}

/// A character pair as a join key, marked by the top bit (a triple's three 21-bit characters
/// leave it clear).
pub fn pair(a: char, b: char) -> u64 {
    (1 << 63) | (u64::from(a) << 21) | u64::from(b)
}

/// A character triple as a join key.
pub fn triple(a: char, b: char, c: char) -> u64 {
    (u64::from(a) << 42) | (u64::from(b) << 21) | u64::from(c)
}

/// Sets the filter bits of the join keys of `word`: its pair if it has two characters, every
/// three characters in a row if it has more.
pub fn mark_joins(filter: &mut [u64], word: &str) {
    let chars: Vec<char> = word.chars().collect();
    let keys: Vec<u64> = match chars.as_slice() {
        [] | [_] => Vec::new(),
        &[a, b] => vec![pair(a, b)],
        longer => longer.windows(3).map(|w| triple(w[0], w[1], w[2])).collect(),
    };
    for key in keys {
        let bit = join_bit(key);
        filter[bit / 64] |= 1 << (bit % 64);
    }
}

/// Whether the filter's bit of `key` is set (if not, no word holds that pair or triple).
pub fn may_be_join(filter: &[u64], key: u64) -> bool {
    let bit = join_bit(key);
    filter[bit / 64] & (1 << (bit % 64)) != 0
}

/// The filter bit of a join key.
fn join_bit(key: u64) -> usize {
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - JOIN_FILTER_BITS)) as usize
}
