//! A small FNV-1a hasher for the static word sets (short keys, no DoS
//! exposure: the sets are built from constants).

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// FNV-1a, 64 bit.
#[derive(Default, Clone, Copy)]
pub(crate) struct Fnv(u64);

impl Hasher for Fnv {
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

pub(crate) type FastSet = HashSet<&'static str, BuildHasherDefault<Fnv>>;
pub(crate) type FastMap<V> = HashMap<&'static str, V, BuildHasherDefault<Fnv>>;

/// A set of the given words.
pub(crate) fn set_of(words: &[&'static str]) -> FastSet {
    words.iter().copied().collect()
}
