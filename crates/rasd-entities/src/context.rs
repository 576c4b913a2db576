//! Document context of the second NER stage (Krishnan & Manning 2006
//! style): a name is usually tagged the same way wherever it occurs in an
//! article, and the first stage often gets it right in one place (after a
//! title, with the first name) and wrong in another.
//!
//! For each token, from the first-stage labels of the *other* sentences
//! within `window` sentences either side:
//!
//! - `doc[0]`: the token's own first-stage label (+1, never 0);
//! - `doc[1]`: the majority entity type of the same stem elsewhere and the
//!   share of its occurrences that are entities (bucketed);
//! - `doc[2]`: `doc[1]` with the number of occurrences (bucketed);
//! - `doc[3]`: whether the majority type mostly begins (B) or continues (I)
//!   its entities elsewhere;
//! - `doc[4]`: the longest stem sequence (≤ [`MAX_SPAN`] words) through the
//!   token that the first stage tagged as a whole entity elsewhere: its
//!   type, length and the token's position in it.

use crate::fasthash::FastMap;
use crate::ner::{TokInfo, DOC, NL};

/// Longest word sequence looked up as an entity tagged elsewhere.
pub const MAX_SPAN: usize = 4;

fn seq_hash(stems: &[u64]) -> u64 {
    let mut h: u64 = 0x51_7cc1_b727_220a;
    for s in stems {
        h = (h ^ s).wrapping_mul(0x0100_0000_01b3).rotate_left(23);
    }
    h
}

/// Entity type index 0..4 (PER, LOC, ORG, MISC) of a non-O label.
fn type_of(label: usize) -> usize {
    (label.max(1) - 1) / 2
}

/// Label counts of stems and type counts of entity word sequences in the
/// current window of sentences.
#[derive(Default)]
struct Window {
    words: FastMap<u64, [i32; NL]>,
    spans: FastMap<u64, [i32; 4]>,
    /// How many words of the counted entity sequences have each stem: a
    /// token whose stem is in none needs no sequence look-ups.
    span_stems: FastMap<u64, i32>,
}

impl Window {
    /// Add (`sign` 1) or remove (`sign` -1) a sentence.
    fn apply(&mut self, s: &[TokInfo], pred: &[usize], sign: i32) {
        for (t, &l) in s.iter().zip(pred) {
            if let Some(c) = self.words.entry(t.stem).or_default().get_mut(l) {
                *c += sign;
            }
        }
        let mut i = 0;
        while i < pred.len() {
            let l = pred[i];
            if l == 0 {
                i += 1;
                continue;
            }
            // B-X (odd) continues with I-X
            let inside = if l % 2 == 1 { l + 1 } else { usize::MAX };
            let mut j = i + 1;
            while j < pred.len() && pred[j] == inside {
                j += 1;
            }
            if j - i <= MAX_SPAN {
                let mut stems = [0u64; MAX_SPAN];
                for (k, t) in s[i..j].iter().enumerate() {
                    stems[k] = t.stem;
                    *self.span_stems.entry(t.stem).or_default() += sign;
                }
                self.spans.entry(seq_hash(&stems[..j - i])).or_default()[type_of(l)] += sign;
            }
            i = j;
        }
    }

    /// The context values of the tokens of one sentence.
    fn values(&self, s: &[TokInfo], pred: &[usize]) -> Vec<[u64; DOC]> {
        let stems: Vec<u64> = s.iter().map(|t| t.stem).collect();
        let mut out = Vec::with_capacity(s.len());
        for i in 0..s.len() {
            let mut d = [0u64; DOC];
            d[0] = pred.get(i).copied().unwrap_or(0) as u64 + 1;
            let c = self.words.get(&stems[i]).copied().unwrap_or_default();
            let total: i32 = c.iter().sum();
            if total <= 0 {
                d[1] = 1;
                d[2] = 1;
            } else {
                let (all, maj, best) = crate::ner::entity_votes(&c);
                let maj = if all > 0 { maj as u64 + 1 } else { 0 };
                let rb = if all == 0 {
                    0
                } else if all * 3 < total {
                    1
                } else if all * 3 < 2 * total {
                    2
                } else if all < total {
                    3
                } else {
                    4
                };
                d[1] = 2 + maj * 8 + rb;
                let cb = match total {
                    1 => 0,
                    2..=3 => 1,
                    _ => 2,
                };
                d[2] = 1 + d[1] * 4 + cb;
                if maj > 0 && best > 0 {
                    let t = maj as usize - 1;
                    d[3] = 1 + maj * 4 + (c[2 * t + 1] >= c[2 * t + 2]) as u64;
                }
            }
            d[4] = 1;
            if self.span_stems.get(&stems[i]).is_none_or(|&n| n <= 0) {
                out.push(d);
                continue;
            }
            'len: for len in (1..=MAX_SPAN).rev() {
                if len > s.len() {
                    continue;
                }
                let lo = (i + 1).saturating_sub(len);
                let hi = i.min(s.len() - len);
                for start in lo..=hi {
                    let Some(ct) = self.spans.get(&seq_hash(&stems[start..start + len])) else {
                        continue;
                    };
                    let (typ, n) = ct
                        .iter()
                        .enumerate()
                        .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(&a.0)))
                        .map(|(t, n)| (t as u64, *n))
                        .unwrap_or((0, 0));
                    if n > 0 {
                        let first = (start == i) as u64;
                        let last = (start + len - 1 == i) as u64;
                        d[4] = 2 + typ * 64 + len as u64 * 8 + first * 2 + last;
                        break 'len;
                    }
                }
            }
            out.push(d);
        }
        out
    }
}

/// Fill the document-context values (`TokInfo::doc`) of consecutive
/// sentences from their first-stage labels, each sentence seeing the other
/// sentences within `window` either side.
pub(crate) fn add_doc_features(sents: &mut [Vec<TokInfo>], preds: &[Vec<usize>], window: usize) {
    let n = sents.len().min(preds.len());
    let mut w = Window::default();
    let (mut lo, mut hi) = (0, 0);
    for si in 0..n {
        let a = si.saturating_sub(window);
        let b = si.saturating_add(window).saturating_add(1).min(n);
        while hi < b {
            w.apply(&sents[hi], &preds[hi], 1);
            hi += 1;
        }
        while lo < a {
            w.apply(&sents[lo], &preds[lo], -1);
            lo += 1;
        }
        w.apply(&sents[si], &preds[si], -1);
        let vals = w.values(&sents[si], &preds[si]);
        w.apply(&sents[si], &preds[si], 1);
        for (t, v) in sents[si].iter_mut().zip(vals) {
            t.doc = v;
        }
    }
}
