//! One small, fast hasher for the pipeline's hot lookup tables: short
//! Arabic words and pre-hashed `u64` keys. Much cheaper than SipHash; the
//! tables are dictionaries built from constants or the project's own models,
//! and input is only looked up, so hash flooding is not a concern.
//!
//! Strings are consumed eight bytes at a time (an Arabic word of five
//! letters is ten bytes: two rounds instead of ten for byte-wise FNV), in
//! the style of rustc's FxHasher, with a final avalanche so that the low
//! bits the tables index by depend on every input bit.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

const K: u64 = 0x517c_c1b7_2722_0a95;

/// Word-at-a-time multiplicative hasher.
#[derive(Debug, Default, Clone, Copy)]
pub struct WordHasher(u64);

/// `BuildHasher` of [`WordHasher`] for `HashMap`/`HashSet`.
pub type FastBuild = BuildHasherDefault<WordHasher>;

impl WordHasher {
    #[inline]
    fn add(&mut self, w: u64) {
        self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(K);
    }
}

impl Hasher for WordHasher {
    #[inline]
    fn finish(&self) -> u64 {
        let x = self.0 ^ (self.0 >> 32);
        let x = x.wrapping_mul(0xd6e8_feb8_6659_fd93);
        x ^ (x >> 32)
    }
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut b = [0u8; 8];
            b.copy_from_slice(c);
            self.add(u64::from_le_bytes(b));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut b = [0u8; 8];
            b[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(b) ^ ((rest.len() as u64) << 59));
        }
    }
    #[inline]
    fn write_u8(&mut self, n: u8) {
        self.add(u64::from(n));
    }
    #[inline]
    fn write_u32(&mut self, n: u32) {
        self.add(u64::from(n));
    }
    #[inline]
    fn write_u64(&mut self, n: u64) {
        self.add(n);
    }
    #[inline]
    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }
}

/// A set of static words.
pub type FastSet = HashSet<&'static str, FastBuild>;
/// A map keyed by static words.
pub type FastMap<V> = HashMap<&'static str, V, FastBuild>;
/// A `HashMap` with [`WordHasher`], any key.
pub type FastHashMap<K, V> = HashMap<K, V, FastBuild>;
/// A `HashSet` with [`WordHasher`], any key.
pub type FastHashSet<K> = HashSet<K, FastBuild>;

/// A set of the given words.
pub fn set_of(words: &[&'static str]) -> FastSet {
    words.iter().copied().collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::hash::{BuildHasher, Hash};

    fn h<T: Hash + ?Sized>(v: &T) -> u64 {
        FastBuild::default().hash_one(v)
    }

    #[test]
    fn equal_keys_hash_equal_and_near_keys_differ() {
        assert_eq!(h("بغداد"), h(&"بغداد".to_string()));
        let words = [
            "بغداد",
            "بغدادي",
            "غداد",
            "",
            "a",
            "ab",
            "abcdefgh",
            "abcdefghi",
        ];
        let mut seen = std::collections::HashSet::new();
        for w in words {
            assert!(seen.insert(h(w)), "collision on {w:?}");
        }
        // a trailing zero byte is not the same key as its absence
        assert_ne!(h(&[1u8, 0][..]), h(&[1u8][..]));
        assert_ne!(h(&1u64), h(&2u64));
    }
}
