//! A per-thread cache of values computed from a word (the NER's per-word
//! features and weight tables, the gazetteer's automaton walks): words
//! recur across articles, and most of a text is a few thousand words.
//!
//! Two generations of `cap` words bound it: when the young generation is
//! full it becomes the old one, and a word found in the old one moves back
//! to the young one, so the words in use stay. The cache belongs to one
//! owner at a time (a model, an index): asked for another, it starts afresh.

use crate::fasthash::FastHashMap;

/// Word → value, in two generations (see the module documentation).
#[derive(Debug)]
pub struct WordCache<V> {
    owner: u64,
    cap: usize,
    young: FastHashMap<Box<str>, V>,
    old: FastHashMap<Box<str>, V>,
}

impl<V: Clone> WordCache<V> {
    /// An empty cache of two generations of `cap` words each (the tables
    /// are allocated on first use).
    pub fn new(cap: usize) -> Self {
        WordCache {
            owner: 0,
            cap: cap.max(1),
            young: FastHashMap::default(),
            old: FastHashMap::default(),
        }
    }

    /// Start afresh for `owner` unless the cache is already its.
    pub fn for_owner(&mut self, owner: u64) {
        if self.owner != owner {
            self.young.clear();
            self.old.clear();
            self.owner = owner;
        }
        if self.young.capacity() == 0 {
            // full size at once: no doubling and rehashing while it fills
            self.young.reserve(self.cap);
            self.old.reserve(self.cap);
        }
    }

    /// The cached value of `word`, or `make()` (then cached).
    pub fn get_or_insert_with(&mut self, word: &str, make: impl FnOnce() -> V) -> V {
        if let Some(v) = self.young.get(word) {
            return v.clone();
        }
        let v = match self.old.get(word) {
            Some(v) => v.clone(),
            None => make(),
        };
        if self.young.len() >= self.cap {
            // the young generation becomes the old one; the old one's
            // table, emptied, keeps its capacity (no regrowing, no fresh
            // pages)
            std::mem::swap(&mut self.old, &mut self.young);
            self.young.clear();
        }
        self.young.insert(word.into(), v.clone());
        v
    }

    /// Words in the young and in the old generation.
    pub fn lens(&self) -> (usize, usize) {
        (self.young.len(), self.old.len())
    }

    /// Is `word` in the old generation?
    pub fn in_old(&self, word: &str) -> bool {
        self.old.contains_key(word)
    }
}
