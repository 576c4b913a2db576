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
            self.add(tail(bytes, rest) ^ ((rest.len() as u64) << 59));
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

/// The last `rest.len()` (1 to 7) bytes of `bytes` as a little-endian
/// integer, zero-padded: the value of copying them into a zeroed `[u8; 8]`,
/// read with whole loads. (Copying them there and reading the array back
/// stalled on store forwarding: 12% of the geocoder's time.)
#[inline]
fn tail(bytes: &[u8], rest: &[u8]) -> u64 {
    let n = rest.len();
    if let Some(last) = bytes
        .len()
        .checked_sub(8)
        .and_then(|s| bytes.get(s..))
        .and_then(|l| <[u8; 8]>::try_from(l).ok())
    {
        // the eight last bytes end with the `n` unread ones
        return u64::from_le_bytes(last) >> (8 * (8 - n));
    }
    let (mut v, mut i) = (0u64, 0);
    if let Some(w) = rest.get(..4).and_then(|b| <[u8; 4]>::try_from(b).ok()) {
        v = u64::from(u32::from_le_bytes(w));
        i = 4;
    }
    if let Some(w) = rest.get(i..i + 2).and_then(|b| <[u8; 2]>::try_from(b).ok()) {
        v |= u64::from(u16::from_le_bytes(w)) << (8 * i);
        i += 2;
    }
    if let Some(&b) = rest.get(i) {
        v |= u64::from(b) << (8 * i);
    }
    v
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

    #[test]
    fn tail_reads_the_unread_bytes_zero_padded() {
        let data: Vec<u8> = (1..=40u8).map(|b| b.wrapping_mul(37)).collect();
        for len in 0..data.len() {
            let bytes = &data[..len];
            let rest = &bytes[len - len % 8..];
            if rest.is_empty() {
                continue;
            }
            let mut b = [0u8; 8];
            b[..rest.len()].copy_from_slice(rest);
            assert_eq!(tail(bytes, rest), u64::from_le_bytes(b), "length {len}");
        }
    }
}
