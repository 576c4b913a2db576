//! The pipeline's fast hasher ([`rasd_text::fasthash`]) for this crate's
//! tables: short Arabic words and pre-hashed `u64` keys.

/// `HashMap` with the fast hasher.
pub type FastMap<K, V> = rasd_text::fasthash::FastHashMap<K, V>;
/// `HashSet` with the fast hasher.
pub type FastSet<K> = rasd_text::fasthash::FastHashSet<K>;
