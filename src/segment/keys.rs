//! How the segmenter's prebuilt tables are keyed, shared by `build.rs` (which builds them from
//! jieba's dictionary), the segmenter (which reads them) and the matcher's form scanner
//! (whose trie of dictionary forms has the same layout).
//!
//! - A trie is an open-addressing hash table of `u64` slots (a power of two of them), one per
//!   trie node: the node's key (its parent's id and its character) above a few tag bits: in
//!   the segmenter's trie, [`WORD_BITS`] bits of word id + 1 (0 where the node ends no word);
//!   in the matcher's, one bit that says the node ends a form (`tagged_*` functions, generic
//!   over the number of tag bits). A node's id is its slot index + 1; the root's id is 0; an
//!   empty slot is 0. A table grows by being built anew, twice as large ([`renumbered`]).
//! - The word joins are a bit filter of which characters may be next to each other in a word
//!   (see [`mark_joins`] and [`may_join`]).

/// The trie table `build.rs` builds has 2^TRIE_SLOT_BITS slots: about twice jieba's half a
/// million nodes. The segmenter's table grows as words are added to it, up to
/// 2^MAX_TRIE_SLOT_BITS slots (node ids, above a character's 21 bits, must leave the word
/// bits room in a slot).
pub const TRIE_SLOT_BITS: u32 = 20;
pub const MAX_TRIE_SLOT_BITS: u32 = 64 - WORD_BITS - 21 - 1;
/// Bits of a slot that hold the word id + 1.
pub const WORD_BITS: u32 = 20;
/// The join filter has 2^JOIN_FILTER_BITS bits, in blocks of 2^JOIN_BLOCK_BITS (a cache
/// line): one block per hash of a character pair, so that whether a word may span an offset
/// is read from one block.
pub const JOIN_FILTER_BITS: u32 = 25;
const JOIN_BLOCK_BITS: u32 = 9;

/// The first and last character of the segmenter's table of the trie's first level
/// ([`root_entry`]): CJK ideographs and their extension A.
pub const ROOTS_FIRST: u32 = 0x3400;
pub const ROOTS_LAST: u32 = 0x9FFF;

/// The entry of character `c` in the table of the trie's first level: the id + 1 of the word
/// `c` is (0 for none) above the id of its node (0 for none).
pub fn root_entry(slots: &[u64], c: char) -> u64 {
    find_node(slots, trie_key(0, c))
        .map_or(0, |(node, word)| (u64::from(word.map_or(0, |w| w + 1)) << 32) | u64::from(node))
}

/// The key of the trie node reached from node `parent` by character `c`.
pub fn trie_key(parent: u32, c: char) -> u64 {
    (u64::from(parent) << 21) | u64::from(c)
}

/// The slot of the trie table `slots`, whose slots have `TAG_BITS` bits below the key,
/// that holds `key`, or the empty slot where it would go.
#[inline]
pub fn tagged_slot_of<const TAG_BITS: u32>(slots: &[u64], key: u64) -> usize {
    let mask = slots.len() - 1;
    let mut slot = (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - slots.len().trailing_zeros())) as usize;
    while slots[slot] != 0 && slots[slot] >> TAG_BITS != key {
        slot = (slot + 1) & mask;
    }
    slot
}

/// The node of `key` in the trie table `slots` (of `TAG_BITS` tag bits), added if it lacks
/// it, and whether it was added.
#[inline]
pub fn insert_tagged_node<const TAG_BITS: u32>(slots: &mut [u64], key: u64) -> (u32, bool) {
    let slot = tagged_slot_of::<TAG_BITS>(slots, key);
    let added = slots[slot] == 0;
    if added {
        slots[slot] = key << TAG_BITS;
    }
    (slot as u32 + 1, added)
}

/// The node of `key` in the trie table `slots` (of `TAG_BITS` tag bits) and its tag, if the
/// trie has it.
#[inline]
pub fn find_tagged_node<const TAG_BITS: u32>(slots: &[u64], key: u64) -> Option<(u32, u64)> {
    let slot = tagged_slot_of::<TAG_BITS>(slots, key);
    let entry = slots[slot];
    (entry != 0).then(|| (slot as u32 + 1, entry & ((1 << TAG_BITS) - 1)))
}

/// The node of `key` in the segmenter's trie table `slots` and the id of the word it ends,
/// if the trie has it.
#[inline]
pub fn find_node(slots: &[u64], key: u64) -> Option<(u32, Option<u32>)> {
    find_tagged_node::<WORD_BITS>(slots, key).map(|(node, word)| (node, (word as u32).checked_sub(1)))
}

/// Adds `word`, with id `id`, to the segmenter's trie table `slots` (nodes it lacks
/// included); returns how many nodes it added. Panics if the word is in already or the id
/// does not fit the word bits.
pub fn insert_word(slots: &mut [u64], word: &str, id: u64) -> usize {
    assert!(id + 1 < 1 << WORD_BITS, "too many words for the trie's word bits");
    let mut added = 0;
    let node = word.chars().fold(0, |node, c| {
        let (child, new) = insert_tagged_node::<WORD_BITS>(slots, trie_key(node, c));
        added += usize::from(new);
        child
    });
    let last = &mut slots[node as usize - 1];
    assert!(*last & ((1 << WORD_BITS) - 1) == 0, "{word} is in the trie already");
    *last |= id + 1;
    added
}

/// The trie of table `slots` (of `TAG_BITS` tag bits) in a table of `len` slots, every node
/// with its tag: node ids are slot indices, so every node is put in anew, each after its
/// parent.
pub fn renumbered<const TAG_BITS: u32>(slots: &[u64], len: usize) -> Vec<u64> {
    let mut table = vec![0u64; len];
    // The new id of each old node (by old id; 0 for the root and the nodes not yet put in).
    let mut ids = vec![0u32; slots.len() + 1];
    let mut path = Vec::new();
    for slot in 0..slots.len() {
        // The node and its ancestors not yet put in, from the node up; then down again.
        let mut node = slot as u32 + 1;
        while node != 0 && ids[node as usize] == 0 && slots[node as usize - 1] != 0 {
            path.push(node);
            node = (slots[node as usize - 1] >> TAG_BITS >> 21) as u32;
        }
        while let Some(old) = path.pop() {
            let entry = slots[old as usize - 1];
            let key = entry >> TAG_BITS;
            let parent = ids[(key >> 21) as usize];
            let new_key = (u64::from(parent) << 21) | (key & ((1 << 21) - 1));
            let (id, _) = insert_tagged_node::<TAG_BITS>(&mut table, new_key);
            table[id as usize - 1] |= entry & ((1 << TAG_BITS) - 1);
            ids[old as usize] = id;
        }
    }
    table
}

/// Sets the filter bits of `word`: its pair if it has two characters; if it has more, for
/// every three characters in a row, the third as a neighbour after the first two and the first
/// as a neighbour before the last two.
pub fn mark_joins(filter: &mut [u64], word: &str) {
    let chars: Vec<char> = word.chars().collect();
    let mut set = |bit: usize| filter[bit / 64] |= 1 << (bit % 64);
    match chars.as_slice() {
        [] | [_] => {}
        &[a, b] => set(pair_bit(a, b)),
        longer => {
            for w in longer.windows(3) {
                set(neighbour_bit(pair_bit(w[0], w[1]), w[2], Side::After));
                set(neighbour_bit(pair_bit(w[1], w[2]), w[0], Side::Before));
            }
        }
    }
}

/// Whether some word may hold both `before` and `after`, the characters on either side of
/// an offset, given the characters next to them (`None` at the text's ends): whether a
/// two-character word is the pair, or a longer word holds it with the character before or
/// after it. If not, no word spans the offset. All bits asked about are in one block.
pub fn may_join(filter: &[u64], two_before: Option<char>, before: char, after: char, two_after: Option<char>) -> bool {
    let has = |bit: usize| filter[bit / 64] & (1 << (bit % 64)) != 0;
    let pair = pair_bit(before, after);
    has(pair)
        || two_before.is_some_and(|c| has(neighbour_bit(pair, c, Side::Before)))
        || two_after.is_some_and(|c| has(neighbour_bit(pair, c, Side::After)))
}

/// Which side of a pair of characters a neighbour is on.
#[derive(Clone, Copy)]
enum Side {
    Before,
    After,
}

/// The filter bit of the pair `a`, `b` as a two-character word; its block holds the pair's
/// neighbours.
fn pair_bit(a: char, b: char) -> usize {
    let key = (u64::from(a) << 21) | u64::from(b);
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - JOIN_FILTER_BITS)) as usize
}

/// The filter bit of the neighbour `c` on `side` of the pair whose bit is `pair`: a bit of the
/// pair's block.
fn neighbour_bit(pair: usize, c: char, side: Side) -> usize {
    let key = (u64::from(c) << 1) | side as u64;
    let within = (key.wrapping_mul(0xC2B2_AE3D_27D4_EB4F) >> (64 - JOIN_BLOCK_BITS)) as usize;
    (pair & !((1 << JOIN_BLOCK_BITS) - 1)) | within
}
