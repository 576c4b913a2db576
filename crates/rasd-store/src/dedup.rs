//! Exact and near-duplicate detection.
//!
//! - [`content_hash`]: SHA-256 of the whitespace-collapsed text: the same
//!   article ingested twice (whatever its id, line endings or indentation) is
//!   stored once.
//! - [`MinHash`]: a 64-value MinHash signature over the article's normalised
//!   word 3-shingles ([`rasd_text::norm_word`]: alef/ya/hamza/digits unified,
//!   diacritics dropped). Its 16 LSH bands of 4 values index the store, so
//!   candidates are found without scanning; a candidate whose estimated
//!   Jaccard similarity is at least [`NEAR_DUP_THRESHOLD`] is a near-duplicate
//!   (a re-published wire copy with another headline or a changed sentence).

use sha2::{Digest, Sha256};

/// Number of MinHash values.
pub const SIG_LEN: usize = 64;
/// Rows per LSH band.
pub const BAND_ROWS: usize = 4;
/// Estimated Jaccard similarity from which two texts are near-duplicates.
pub const NEAR_DUP_THRESHOLD: f32 = 0.7;
/// Texts with fewer word shingles than this are not checked for near-duplicates
/// (too short to tell a copy from a common phrase).
pub const MIN_SHINGLES: usize = 8;

/// Hex SHA-256 of the text with runs of whitespace collapsed to one space and
/// the ends trimmed.
pub fn content_hash(text: &str) -> String {
    let mut h = Sha256::new();
    let mut first = true;
    for w in text.split_whitespace() {
        if !first {
            h.update(b" ");
        }
        h.update(w.as_bytes());
        first = false;
    }
    let d = h.finalize();
    let mut s = String::with_capacity(64);
    for b in d.iter() {
        s.push_str(&format!("{b:02x}"));
    }
    s
}

fn splitmix(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    x = (x ^ (x >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    x ^ (x >> 31)
}

fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// Hashes of the normalised word 3-shingles of `text` (deduplicated).
pub fn shingles(text: &str) -> Vec<u64> {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric() && !rasd_text::is_diacritic(c) && c != '\u{0640}')
        .map(rasd_text::norm_word)
        .filter(|w| !w.is_empty())
        .collect();
    let mut out: Vec<u64> = if words.len() < 3 {
        if words.is_empty() {
            Vec::new()
        } else {
            vec![fnv1a(words.join(" ").as_bytes())]
        }
    } else {
        words
            .windows(3)
            .map(|w| {
                let mut h = fnv1a(w[0].as_bytes());
                h = splitmix(h ^ fnv1a(w[1].as_bytes()));
                splitmix(h ^ fnv1a(w[2].as_bytes()))
            })
            .collect()
    };
    out.sort_unstable();
    out.dedup();
    out
}

/// A MinHash signature.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MinHash {
    pub sig: [u64; SIG_LEN],
    /// Number of distinct shingles it was built from.
    pub shingles: usize,
}

impl MinHash {
    /// Signature of a text.
    pub fn of_text(text: &str) -> MinHash {
        let sh = shingles(text);
        let mut sig = [u64::MAX; SIG_LEN];
        for s in &sh {
            for (i, slot) in sig.iter_mut().enumerate() {
                let v = splitmix(s ^ SEEDS[i]);
                if v < *slot {
                    *slot = v;
                }
            }
        }
        MinHash {
            sig,
            shingles: sh.len(),
        }
    }

    /// Whether the text was long enough to be compared.
    pub fn comparable(&self) -> bool {
        self.shingles >= MIN_SHINGLES
    }

    /// Estimated Jaccard similarity of the two shingle sets.
    pub fn similarity(&self, other: &MinHash) -> f32 {
        let same = self
            .sig
            .iter()
            .zip(other.sig.iter())
            .filter(|(a, b)| a == b)
            .count();
        same as f32 / SIG_LEN as f32
    }

    /// LSH band keys (one per band of [`BAND_ROWS`] values), as signed
    /// integers for SQL.
    pub fn bands(&self) -> Vec<i64> {
        self.sig
            .chunks(BAND_ROWS)
            .enumerate()
            .map(|(i, c)| {
                let mut h = splitmix(i as u64);
                for v in c {
                    h = splitmix(h ^ v);
                }
                h as i64
            })
            .collect()
    }

    /// Serialise (little-endian u64s, then the shingle count).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(SIG_LEN * 8 + 8);
        for v in &self.sig {
            out.extend_from_slice(&v.to_le_bytes());
        }
        out.extend_from_slice(&(self.shingles as u64).to_le_bytes());
        out
    }

    /// Inverse of [`MinHash::to_bytes`]; `None` if the length is wrong.
    pub fn from_bytes(b: &[u8]) -> Option<MinHash> {
        if b.len() != SIG_LEN * 8 + 8 {
            return None;
        }
        let mut sig = [0u64; SIG_LEN];
        for (i, slot) in sig.iter_mut().enumerate() {
            let mut a = [0u8; 8];
            a.copy_from_slice(&b[i * 8..i * 8 + 8]);
            *slot = u64::from_le_bytes(a);
        }
        let mut a = [0u8; 8];
        a.copy_from_slice(&b[SIG_LEN * 8..]);
        Some(MinHash {
            sig,
            shingles: u64::from_le_bytes(a) as usize,
        })
    }
}

const SEEDS: [u64; SIG_LEN] = {
    let mut s = [0u64; SIG_LEN];
    let mut i = 0;
    let mut x: u64 = 0x005E_ED0F_4A5D;
    while i < SIG_LEN {
        x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = x;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        s[i] = z ^ (z >> 31);
        i += 1;
    }
    s
};

#[cfg(test)]
mod tests {
    use super::*;

    const A: &str = "قتل ثلاثة مدنيين وأصيب خمسة آخرون في قصف صاروخي استهدف سوقا شعبيا في مدينة تعز جنوب غرب اليمن صباح اليوم الاثنين بحسب مصادر طبية وشهود عيان تحدثوا للوكالة";

    #[test]
    fn content_hash_ignores_whitespace_layout_only() {
        assert_eq!(content_hash("a  b\nc "), content_hash(" a b c"));
        assert_ne!(content_hash("a b c"), content_hash("a b d"));
        assert_eq!(content_hash("x").len(), 64);
    }

    #[test]
    fn near_copy_is_similar_and_other_text_is_not() {
        let copy = format!("{A} وأضافت المصادر أن الحصيلة مرشحة للارتفاع");
        let diacritised = A.replace("قتل", "قُتِلَ").replace("أصيب", "اصيب");
        let other = "أعلنت وزارة الصحة عن افتتاح مستشفى جديد في العاصمة بسعة مئتي سرير بتمويل من البنك الدولي ضمن خطة لتحسين الخدمات الصحية في المحافظات";
        let a = MinHash::of_text(A);
        assert!(a.comparable());
        let s_copy = a.similarity(&MinHash::of_text(&copy));
        let s_diac = a.similarity(&MinHash::of_text(&diacritised));
        let s_other = a.similarity(&MinHash::of_text(other));
        assert!(s_copy >= NEAR_DUP_THRESHOLD, "copy {s_copy}");
        assert!(s_diac >= 0.99, "normalised spelling {s_diac}");
        assert!(s_other < 0.2, "other {s_other}");
        // a near copy shares at least one LSH band
        let ba = a.bands();
        let bc = MinHash::of_text(&copy).bands();
        assert!(ba.iter().zip(&bc).any(|(x, y)| x == y));
    }

    #[test]
    fn signature_round_trips() {
        let m = MinHash::of_text(A);
        assert_eq!(MinHash::from_bytes(&m.to_bytes()), Some(m));
        assert_eq!(MinHash::from_bytes(&[1, 2, 3]), None);
    }
}
