//! The news lexicon: the first NER stage tags unlabelled news, and each
//! stem it tagged as an entity often enough gets its majority type and how
//! reliably (bucketed). A name unseen in the training corpus is often seen
//! many times in the news, in contexts the first stage recognises (after a
//! title, with a known first name, ...); the second stage uses that
//! evidence where the name itself gives none.
//!
//! Trained with jackknifing (see [`crate::ner::train`]): the lexicon a
//! training sentence sees comes from a first stage trained without the
//! sentence's block, so the second stage learns how far to trust it on
//! unseen text.

use crate::actors;
use crate::clusters::Clusters;
use crate::ner::{self, DecodeBuf, StageWeights, TokInfo, NL};
use rasd_core::Document;
use std::collections::HashMap;

/// Fewest tagged occurrences of a stem for a lexicon entry.
const MIN_SEEN: u32 = 2;

/// Unlabelled news sentences as ids into a vocabulary of `(norm, stem)`,
/// with the dictionary flags of each token.
#[derive(Debug, Default, Clone)]
pub struct NewsCorpus {
    vocab: Vec<(String, String)>,
    sents: Vec<Vec<(u32, u64)>>,
}

impl NewsCorpus {
    /// Tokenise and split article texts (the tagger's own text analysis).
    pub fn from_texts<S: AsRef<str>>(texts: &[S]) -> Self {
        let mut index: HashMap<String, u32> = HashMap::new();
        let mut out = NewsCorpus::default();
        for text in texts {
            let mut doc = Document::new("news", text.as_ref());
            rasd_text::analyze(&mut doc);
            let n = doc.tokens.len();
            let words: Vec<(&str, &str)> = doc
                .tokens
                .iter()
                .map(|t| (ner::key_stem(&t.norm), t.norm.as_str()))
                .collect();
            for s in &doc.sentences {
                let (a, b) = (s.tokens.0.min(n), s.tokens.1.min(n));
                if a >= b {
                    continue;
                }
                let sw = &words[a..b];
                let lex = ner::lexicon_flags(sw, &actors::find_actors_in_sentence(sw));
                let ids = sw
                    .iter()
                    .zip(lex)
                    .map(|((stem, norm), l)| {
                        let id = *index.entry(norm.to_string()).or_insert_with(|| {
                            out.vocab.push((norm.to_string(), stem.to_string()));
                            (out.vocab.len() - 1) as u32
                        });
                        (id, l)
                    })
                    .collect();
                out.sents.push(ids);
            }
        }
        out
    }

    /// True when there is no sentence.
    pub fn is_empty(&self) -> bool {
        self.sents.is_empty()
    }

    /// Number of tokens.
    pub fn tokens(&self) -> usize {
        self.sents.iter().map(|s| s.len()).sum()
    }

    /// Tag the news with a first stage (whose training lexicon is the one
    /// in `clusters`) and build the lexicon of the stems it tagged.
    pub(crate) fn lexicon(
        &self,
        stage: &StageWeights,
        clusters: &Clusters,
    ) -> HashMap<String, u16> {
        if self.sents.is_empty() {
            return HashMap::new();
        }
        let base: Vec<TokInfo> = self
            .vocab
            .iter()
            .map(|(norm, stem)| TokInfo::new(norm, stem, 0, clusters))
            .collect();
        let mut counts = vec![[0u32; NL]; self.vocab.len()];
        let mut buf = DecodeBuf::default();
        let mut infos: Vec<TokInfo> = Vec::new();
        for s in &self.sents {
            infos.clear();
            infos.extend(s.iter().map(|(id, l)| {
                let mut t = base[*id as usize];
                t.lex = *l;
                t
            }));
            let pred = ner::tag_dense(stage, &infos, &mut buf);
            for ((id, _), p) in s.iter().zip(pred) {
                counts[*id as usize][p] += 1;
            }
        }
        let mut by_stem: HashMap<&str, [u32; NL]> = HashMap::new();
        for ((_, stem), c) in self.vocab.iter().zip(&counts) {
            let e = by_stem.entry(stem.as_str()).or_default();
            for (a, b) in e.iter_mut().zip(c) {
                *a += b;
            }
        }
        by_stem
            .into_iter()
            .filter_map(|(stem, c)| encode(&c).map(|v| (stem.to_string(), v)))
            .collect()
    }
}

/// Lexicon value of a stem's label counts: `1 + ((type*6 + ratio)*4 +
/// freq)*4 + begins*2 + pure`, or None when it is (almost) never an entity.
fn encode(c: &[u32; NL]) -> Option<u16> {
    let total: u32 = c.iter().sum();
    let (all, maj, best) = ner::entity_votes(c);
    if total < MIN_SEEN || all == 0 {
        return None;
    }
    let r = all as f32 / total as f32;
    let rb = if r < 0.1 {
        1
    } else if r < 0.3 {
        2
    } else if r < 0.6 {
        3
    } else if r < 0.9 {
        4
    } else {
        5
    };
    let fb = match total {
        0..=4 => 0,
        5..=19 => 1,
        20..=99 => 2,
        _ => 3,
    };
    let begins = (c[2 * maj + 1] >= c[2 * maj + 2]) as u16;
    let pure = (best * 5 >= all * 4) as u16;
    Some(1 + ((maj as u16 * 6 + rb) * 4 + fb) * 4 + begins * 2 + pure)
}

/// The coarse part (type and ratio) of a lexicon value, 0 when absent.
pub(crate) fn coarse(v: u64) -> u64 {
    if v == 0 {
        0
    } else {
        1 + (v - 1) / 16
    }
}
