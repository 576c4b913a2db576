//! A small FNV-1a hasher for word sets and maps keyed by short words (no DoS
//! exposure: the keys are built from constants, never from input; input is
//! only looked up).

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// FNV-1a, 64 bit.
#[derive(Debug, Default, Clone, Copy)]
pub struct Fnv(u64);

/// `BuildHasher` of [`Fnv`] for `HashMap`/`HashSet`.
pub type FnvBuild = BuildHasherDefault<Fnv>;

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

/// A set of static words.
pub type FastSet = HashSet<&'static str, FnvBuild>;
/// A map keyed by static words.
pub type FastMap<V> = HashMap<&'static str, V, FnvBuild>;

/// A set of the given words.
pub fn set_of(words: &[&'static str]) -> FastSet {
    words.iter().copied().collect()
}
