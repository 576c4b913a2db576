//! Statistical NER: a first-order structured (averaged) perceptron over
//! hashed features, decoded with Viterbi under BIO constraints.
//!
//! Features (all hashed into `2^BITS` buckets, no string allocation at
//! tagging time): the normalised word and its clitic-stripped stem in a
//! ±2 window, word bigrams, prefixes and suffixes, a word shape, membership
//! in the actor dictionary and the nationality/country lexicon, word
//! clusters at three granularities learnt by rasd from unlabelled news
//! (see [`crate::clusters`]),
//! and the training lexicon of words and stems (jackknifed in training).
//!
//! Two stages (Krishnan & Manning 2006 style): the second stage has the
//! same features plus document-context features built from the first
//! stage's labels of the same stem / word sequence in the neighbouring
//! sentences ([`crate::context`]) and the news lexicon (stems the first
//! stage tags as entities in unlabelled news, [`crate::autolex`]); it is
//! trained on jackknifed first-stage labels and news lexicons of the
//! training corpus. The final stages average a few perceptrons trained
//! with different shuffles, with feature dropout in training.
//!
//! The compact model format (gzip): magic `RASDNER2`, `u32` bits, `u32`
//! labels, `u32` stages (1 or 2), `u32` context window (sentences either
//! side), then per stage: transitions `(labels+1) × labels` `f32`, `f32`
//! scale, `u32` rows, then per row `u32` bucket and `labels × i16`
//! quantised weights. (`RASDNER1`: one stage, no stage count or window.)

use crate::actors;
use rasd_core::EntityKind;
use std::io::{Read, Write};

/// Number of hash bits of the feature space.
pub const BITS: u32 = 20;
const MASK: u32 = (1 << BITS) - 1;

/// BIO labels.
pub const LABELS: [&str; 9] = [
    "O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC",
];
/// Number of labels.
pub const NL: usize = LABELS.len();

/// Entity votes in label counts `c` (indexed like [`LABELS`]): the count
/// over the four entity types, the majority type (0 PER, 1 LOC, 2 ORG,
/// 3 MISC; a tie goes to the lower) and that type's count.
pub(crate) fn entity_votes<T>(c: &[T; NL]) -> (T, usize, T)
where
    T: Copy + Ord + Default + std::ops::Add<Output = T> + std::iter::Sum,
{
    let ent: [T; 4] = std::array::from_fn(|t| c[2 * t + 1] + c[2 * t + 2]);
    let all: T = ent.iter().copied().sum();
    let (maj, best) = ent
        .iter()
        .enumerate()
        .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(&a.0)))
        .map(|(t, n)| (t, *n))
        .unwrap_or_default();
    (all, maj, best)
}
const START: usize = NL; // row of the transition table for "before the sentence"

/// Errors reading a model or a corpus.
#[derive(Debug, thiserror::Error)]
pub enum NerError {
    #[error("model: {0}")]
    Format(String),
    #[error("i/o: {0}")]
    Io(#[from] std::io::Error),
}

/// Entity kind of a label index (None for O).
pub fn label_kind(l: usize) -> Option<EntityKind> {
    match l {
        1 | 2 => Some(EntityKind::PER),
        3 | 4 => Some(EntityKind::LOC),
        5 | 6 => Some(EntityKind::ORG),
        7 | 8 => Some(EntityKind::MISC),
        _ => None,
    }
}

/// Label index of a CoNLL tag (ANERcorp / AQMAR spelling); unknown → O.
pub fn label_of_tag(tag: &str) -> usize {
    let (bio, ty) = match tag.split_once('-') {
        Some((b, t)) => (b, t),
        None => return 0,
    };
    let base = match ty.trim_start_matches('-') {
        "PER" | "PERS" => 1,
        "LOC" => 3,
        "ORG" => 5,
        t if t.starts_with("MIS") => 7,
        _ => return 0,
    };
    match bio {
        "B" => base,
        "I" => base + 1,
        _ => 0,
    }
}

fn is_inside(l: usize) -> bool {
    l != 0 && l.is_multiple_of(2)
}

/// `true` when `to` may follow `from` (BIO: I-X only after B-X or I-X).
fn allowed(from: usize, to: usize) -> bool {
    if !is_inside(to) {
        return true;
    }
    from != START && from != 0 && (from == to || from == to - 1)
}

#[inline]
fn fnv(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= *b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

#[inline]
fn mix(template: u64, v: u64) -> u32 {
    let x = (v ^ template.wrapping_mul(0x9E37_79B9_7F4A_7C15)).wrapping_mul(0xff51_afd7_ed55_8ccd);
    let x = x ^ (x >> 33);
    (x.wrapping_mul(0xc4ce_b9fe_1a85_ec53) >> 40) as u32 & MASK
}

/// Per-token values that features are built from (all hashes).
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct TokInfo {
    norm: u64,
    pub(crate) stem: u64,
    pre: [u64; 3],
    suf: [u64; 3],
    stem_pre: [u64; 2],
    stem_suf: [u64; 2],
    shape: u64,
    pub(crate) lex: u64,
    cluster: u64,
    coarse: u64,
    news: u64,
    tlex: u64,
    /// Training-lexicon value of the stem.
    slex: u64,
    light: u64,
    /// News-lexicon value of the stem (second stage only).
    auto: u64,
    /// Very fine word cluster + 1 (0 none).
    finer: u64,
    /// Skip-gram embedding cluster + 1 and very fine cluster + 1 (0 none).
    emb: u64,
    emb_finer: u64,
    /// Document-context values (second stage only; all 0 in the first).
    pub(crate) doc: [u64; DOC],
}

/// Number of document-context values of a token.
pub(crate) const DOC: usize = 5;

/// Word shape: punctuation, digits, Latin, Arabic with/without article...
fn shape(norm: &str) -> u64 {
    let mut s = 0u64;
    let mut n = 0;
    for c in norm.chars() {
        n += 1;
        s |= if c.is_ascii_digit() {
            1
        } else if c.is_ascii_alphabetic() {
            2
        } else if ('\u{0600}'..='\u{06FF}').contains(&c) {
            4
        } else if c.is_alphanumeric() {
            8
        } else {
            16
        };
    }
    let len = match n {
        0 => 0,
        1 => 1,
        2 => 2,
        3..=4 => 3,
        5..=7 => 4,
        _ => 5,
    };
    let art = norm.starts_with("ال") as u64;
    s | (len << 8) | (art << 12)
}

fn char_prefix(s: &str, n: usize) -> Option<&str> {
    let mut it = s.char_indices();
    let end = it.nth(n).map(|(b, _)| b)?;
    Some(&s[..end])
}

fn char_suffix(s: &str, n: usize) -> Option<&str> {
    let count = s.chars().count();
    if count <= n {
        return None;
    }
    let start = s.char_indices().nth(count - n).map(|(b, _)| b)?;
    Some(&s[start..])
}

/// The lookup key of a normalised word: conjunction و/ف, then one of the
/// prepositions/article بال كال فال لل ال ب ل ك (and ال after ب/ل/ك)
/// stripped, keeping at least two letters. Defined here (not taken from
/// `Token::stem`) so that the model, the dictionary and the clusters always
/// agree whatever the text stage's own stemmer does.
pub fn key_stem(norm: &str) -> &str {
    let mut w = norm;
    for p in ["و", "ف"] {
        if let Some(r) = w.strip_prefix(p) {
            if r.chars().count() >= 2 {
                w = r;
            }
            break;
        }
    }
    for p in ["بال", "كال", "فال", "لل", "ال", "ب", "ل", "ك"] {
        if let Some(r) = w.strip_prefix(p) {
            if r.chars().count() >= 2 {
                w = r;
                if p.ends_with('ل') && p != "ل" || p == "لل" {
                    break;
                }
                if let Some(r2) = w.strip_prefix("ال") {
                    if r2.chars().count() >= 2 {
                        w = r2;
                    }
                }
            }
            break;
        }
    }
    w
}

/// The word without a conjunction و/ف and the article (keeps ب ل ك, which
/// often begin names).
pub fn light_stem(norm: &str) -> &str {
    let mut w = norm;
    for p in ["و", "ف"] {
        if let Some(r) = w.strip_prefix(p) {
            if r.chars().count() >= 3 {
                w = r;
            }
            break;
        }
    }
    match w.strip_prefix("ال") {
        Some(r) if r.chars().count() >= 2 => r,
        _ => w,
    }
}

/// Strip punctuation glued to a CoNLL token ("(د", "أ)") for lookups.
fn trim_punct(s: &str) -> &str {
    let t = s.trim_matches(|c: char| !(c.is_alphanumeric() || rasd_text::is_diacritic(c)));
    if t.is_empty() {
        s
    } else {
        t
    }
}

impl TokInfo {
    /// Info of a token from its normalised form and stem.
    pub(crate) fn new(
        norm: &str,
        stem: &str,
        lex: u64,
        clusters: &crate::clusters::Clusters,
    ) -> Self {
        let mut t = TokInfo {
            norm: fnv(norm.as_bytes()),
            stem: fnv(stem.as_bytes()),
            shape: shape(norm),
            lex,
            tlex: clusters.train_value(norm) as u64,
            slex: clusters.train_value(&stem_key(stem)) as u64,
            light: fnv(light_stem(norm).as_bytes()),
            auto: clusters.auto_value(stem) as u64,
            ..Default::default()
        };
        if let Some(w) = clusters.info(stem) {
            t.cluster = w.fine as u64 + 1;
            t.coarse = w.coarse as u64 + 1;
            t.news = 1 + w.article as u64 + ((w.freq as u64) << 4);
            t.finer = w.finer as u64;
            t.emb = w.emb as u64;
            t.emb_finer = w.emb_finer as u64;
        }
        for n in 1..=3 {
            t.pre[n - 1] = char_prefix(norm, n).map(|p| fnv(p.as_bytes())).unwrap_or(0);
            t.suf[n - 1] = char_suffix(norm, n).map(|p| fnv(p.as_bytes())).unwrap_or(0);
        }
        for n in 2..=3 {
            t.stem_pre[n - 2] = char_prefix(stem, n).map(|p| fnv(p.as_bytes())).unwrap_or(0);
            t.stem_suf[n - 2] = char_suffix(stem, n).map(|p| fnv(p.as_bytes())).unwrap_or(0);
        }
        t
    }

    /// The same info with the lexicon flags of its position.
    pub(crate) fn with_lex(mut self, lex: u64) -> Self {
        self.lex = lex;
        self
    }

    /// Info of a raw CoNLL token.
    pub(crate) fn from_raw(
        raw: &str,
        clusters: &crate::clusters::Clusters,
    ) -> (Self, String, String) {
        let norm = rasd_text::norm_word(trim_punct(raw));
        let stem = key_stem(&norm).to_string();
        (TokInfo::new(&norm, &stem, 0, clusters), norm, stem)
    }
}

const PAD_L: TokInfo = TokInfo {
    norm: 0x5151,
    stem: 0x5151,
    pre: [0; 3],
    suf: [0; 3],
    stem_pre: [0; 2],
    stem_suf: [0; 2],
    shape: 0x5151,
    lex: 0x5151,
    cluster: 0x5151,
    coarse: 0x5151,
    news: 0x5151,
    tlex: 0x5151,
    slex: 0x5151,
    light: 0x5151,
    auto: 0x5151,
    finer: 0x5151,
    emb: 0x5151,
    emb_finer: 0x5151,
    doc: [0x5151; DOC],
};
const PAD_R: TokInfo = TokInfo {
    norm: 0x7272,
    stem: 0x7272,
    pre: [0; 3],
    suf: [0; 3],
    stem_pre: [0; 2],
    stem_suf: [0; 2],
    shape: 0x7272,
    lex: 0x7272,
    cluster: 0x7272,
    coarse: 0x7272,
    news: 0x7272,
    tlex: 0x7272,
    slex: 0x7272,
    light: 0x7272,
    auto: 0x7272,
    finer: 0x7272,
    emb: 0x7272,
    emb_finer: 0x7272,
    doc: [0x7272; DOC],
};

/// Lexicon flags of each word of a sentence: inside an actor phrase,
/// nationality adjective, country name. Returned as one hash per word.
pub(crate) fn lexicon_flags<S: AsRef<str>>(
    words: &[(S, S)],
    found: &[actors::ActorMatch],
) -> Vec<u64> {
    let mut out = actor_flags(words.len(), found);
    for (o, (stem, norm)) in out.iter_mut().zip(words) {
        *o |= word_flags(stem.as_ref(), norm.as_ref());
    }
    out
}

/// The part of [`lexicon_flags`] that depends on the sentence: inside an
/// actor phrase (first word or not), of an organisation.
pub(crate) fn actor_flags(n: usize, found: &[actors::ActorMatch]) -> Vec<u64> {
    let mut out = vec![0u64; n];
    for m in found {
        for (k, o) in out.iter_mut().enumerate().take(m.end).skip(m.start) {
            *o |= if k == m.start { 1 } else { 2 };
            if m.organisation {
                *o |= 4;
            }
        }
    }
    out
}

/// The part of [`lexicon_flags`] that depends on the word alone:
/// nationality adjective, country name.
pub(crate) fn word_flags(stem: &str, norm: &str) -> u64 {
    let mut f = 0;
    if actors::country_of_adjective(norm).is_some() {
        f |= 8;
    }
    if actors::country_of_word(norm, stem).is_some() {
        f |= 16;
    }
    f
}

/// Push the feature buckets of token `i` of a sentence into `out`: the
/// unigram features of the tokens at offsets −2..=+2 ([`unigram_features`],
/// padding outside the sentence) and the position features
/// ([`position_features`]). Training and the dense tagger use this list;
/// the compact model's decoder sums the same features from per-word tables.
/// Perceptron weights are integers during training, so the order of the
/// list does not change what is learnt.
pub(crate) fn features(s: &[TokInfo], i: usize, out: &mut Vec<u32>) {
    for slot in 0..5 {
        unigram_features(token_at(s, i, slot as isize - 2), slot, out);
    }
    position_features(s, i, out);
}

/// The token `k` places from token `i` of a sentence, or the padding
/// before or after it.
fn token_at(s: &[TokInfo], i: usize, k: isize) -> &TokInfo {
    let j = i as isize + k;
    if j < 0 {
        &PAD_L
    } else {
        s.get(j as usize).unwrap_or(&PAD_R)
    }
}

/// Summed weights of the features one token contributes when it stands at
/// each relative position −2..=+2 of the tagged token (index offset + 2),
/// one table per stage. They depend on the word only, so the tagger caches
/// them per word ([`NerModel::unigram_scores`]); only the features that
/// combine positions ([`position_features`]) are hashed per token.
pub(crate) type Uni = [[i32; NL]; 5];

/// The features of [`features`] that read only the token at relative
/// position `slot − 2` (`slot` in 0..5), with the bias in slot 2.
fn unigram_features(t: &TokInfo, slot: usize, out: &mut Vec<u32>) {
    match slot {
        0 => {
            out.push(mix(6, t.norm));
            out.push(mix(49, t.cluster));
        }
        1 => {
            out.push(mix(4, t.norm));
            out.push(mix(8, t.stem));
            out.push(mix(24, t.suf[1]));
            out.push(mix(29, t.cluster));
            out.push(mix(36, t.pre[1]));
            out.push(mix(40, t.news));
            out.push(mix(43, t.tlex));
            out.push(mix(86, t.finer));
            if t.emb != 0 {
                out.push(mix(88, t.emb));
            }
        }
        2 => {
            out.push(mix(1, 0));
            out.push(mix(2, t.norm));
            out.push(mix(3, t.stem));
            for k in 0..3 {
                if t.pre[k] != 0 {
                    out.push(mix(10 + k as u64, t.pre[k]));
                }
                if t.suf[k] != 0 {
                    out.push(mix(13 + k as u64, t.suf[k]));
                }
            }
            for k in 0..2 {
                if t.stem_pre[k] != 0 {
                    out.push(mix(16 + k as u64, t.stem_pre[k]));
                }
                if t.stem_suf[k] != 0 {
                    out.push(mix(18 + k as u64, t.stem_suf[k]));
                }
            }
            out.push(mix(20, t.shape));
            out.push(mix(28, t.cluster));
            out.push(mix(37, t.coarse));
            out.push(mix(39, t.news));
            out.push(mix(42, t.tlex));
            out.push(mix(45, t.light));
            out.push(mix(46, t.tlex ^ t.news.rotate_left(20)));
            out.push(mix(53, t.slex));
            out.push(mix(54, t.slex ^ t.tlex.rotate_left(20)));
            out.push(mix(85, t.finer));
            if t.emb != 0 {
                out.push(mix(89, t.emb));
                out.push(mix(90, t.emb_finer));
            }
        }
        3 => {
            out.push(mix(5, t.norm));
            out.push(mix(9, t.stem));
            out.push(mix(25, t.suf[1]));
            out.push(mix(30, t.cluster));
            out.push(mix(41, t.news));
            out.push(mix(44, t.tlex));
            out.push(mix(87, t.finer));
            if t.emb != 0 {
                out.push(mix(91, t.emb));
            }
        }
        _ => {
            out.push(mix(7, t.norm));
            out.push(mix(50, t.cluster));
        }
    }
}

/// The features of [`features`] that combine tokens or read the
/// position-dependent values (lexicon flags, document context).
fn position_features(s: &[TokInfo], i: usize, out: &mut Vec<u32>) {
    pair_features(s, i, out);
    doc_features(s, i, out);
}

/// The part of [`position_features`] that combines neighbouring tokens
/// (or reads the lexicon flags of a position); the same in both stages.
fn pair_features(s: &[TokInfo], i: usize, out: &mut Vec<u32>) {
    let at = |k: isize| token_at(s, i, k);
    let t = at(0);
    let (p1, p2, n1, n2) = (at(-1), at(-2), at(1), at(2));
    out.push(mix(21, p1.shape ^ n1.shape.rotate_left(20)));
    out.push(mix(22, p1.norm ^ t.norm.rotate_left(7)));
    out.push(mix(23, t.norm ^ n1.norm.rotate_left(7)));
    out.push(mix(26, t.lex));
    out.push(mix(27, p1.lex ^ n1.lex.rotate_left(8)));
    out.push(mix(31, p1.cluster ^ t.cluster.rotate_left(16)));
    out.push(mix(32, t.cluster ^ n1.cluster.rotate_left(16)));
    out.push(mix(33, p2.stem ^ p1.stem.rotate_left(9)));
    out.push(mix(34, p1.stem ^ t.stem.rotate_left(9)));
    out.push(mix(35, t.stem ^ n1.stem.rotate_left(9)));
    out.push(mix(38, p1.coarse ^ n1.coarse.rotate_left(16)));
    out.push(mix(47, p1.tlex ^ t.tlex.rotate_left(20)));
    out.push(mix(48, n1.stem ^ n2.stem.rotate_left(9)));
    out.push(mix(51, t.tlex ^ n1.tlex.rotate_left(20)));
    out.push(mix(52, p1.stem ^ t.shape.rotate_left(9)));
    out.push(mix(55, p1.slex ^ n1.slex.rotate_left(20)));
}

/// The part of [`position_features`] that reads the document context of
/// the token and its neighbours ([`crate::context`]): none before the
/// first stage has labelled the document.
fn doc_features(s: &[TokInfo], i: usize, out: &mut Vec<u32>) {
    let at = |k: isize| token_at(s, i, k);
    let t = at(0);
    let (p1, n1) = (at(-1), at(1));
    if t.doc[0] != 0 {
        let d = &t.doc;
        out.push(mix(60, d[0]));
        out.push(mix(
            61,
            p1.doc[0] ^ d[0].rotate_left(8) ^ n1.doc[0].rotate_left(16),
        ));
        out.push(mix(62, d[1]));
        out.push(mix(63, d[2]));
        out.push(mix(64, d[3]));
        out.push(mix(65, d[4]));
        out.push(mix(66, p1.doc[1]));
        out.push(mix(67, n1.doc[1]));
        out.push(mix(68, d[0] ^ d[1].rotate_left(16)));
        out.push(mix(69, d[4] ^ d[0].rotate_left(16)));
        let ca = crate::autolex::coarse(t.auto);
        out.push(mix(70, t.auto));
        out.push(mix(71, ca));
        out.push(mix(72, crate::autolex::coarse(p1.auto)));
        out.push(mix(73, crate::autolex::coarse(n1.auto)));
        out.push(mix(74, ca ^ t.tlex.rotate_left(16)));
        out.push(mix(75, ca ^ d[1].rotate_left(16)));
        out.push(mix(76, ca ^ p1.stem.rotate_left(16)));
    }
}

/// One stage of a model: its transitions, weight scale and padding tables
/// (the weights themselves are in the model's [`Table`]).
#[derive(Debug, Clone)]
struct Stage {
    scale: f32,
    /// `(NL+1) × NL` transition scores (last row: sentence start).
    trans: Vec<f32>,
    /// Unigram tables of the padding before (slots 0, 1) and after
    /// (slots 3, 4) the sentence.
    pad: Uni,
    /// Weight rows the model file gave this stage.
    rows: usize,
}

impl Stage {
    /// Read a stage's transitions and rows, writing the rows into `table`
    /// as stage `k`.
    fn read(r: &mut Reader, table: &mut Table, k: usize) -> Result<Self, NerError> {
        let mut trans = Vec::with_capacity((NL + 1) * NL);
        for _ in 0..(NL + 1) * NL {
            trans.push(r.f32()?);
        }
        let scale = r.f32()?;
        let rows = r.u32()? as usize;
        for _ in 0..rows {
            let b = r.u32()? as usize;
            let mut row = [0i16; NL];
            for w in row.iter_mut() {
                *w = i16::from_le_bytes([r.u8()?, r.u8()?]);
            }
            table.set(b, k, &row)?;
        }
        Ok(Stage {
            scale,
            trans,
            pad: [[0; NL]; 5],
            rows,
        })
    }
}

/// Ask the CPU to fetch the cache line holding `p` (a hint: nothing is
/// read into the program, and no address faults).
#[inline(always)]
fn prefetch<T>(p: *const T) {
    #[cfg(target_arch = "x86_64")]
    {
        use std::arch::x86_64::{_mm_prefetch, _MM_HINT_T0};
        // SAFETY: a prefetch is only a hint; it reads nothing into the
        // program and never faults, whatever the address.
        unsafe { _mm_prefetch::<_MM_HINT_T0>(p.cast::<i8>()) }
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = p;
}

/// The quantised weights of every stage, bucket-major: the `NL` weights
/// of bucket `b` in stage `k` are at `(b × stages + k) × NL`. A bucket's
/// rows of both stages share a cache line (mostly), and no index stands
/// between a feature and its row: on news, where the weights do not fit
/// in the CPU cache, scoring waits for one memory access per feature
/// instead of the four of two stages of "bucket → row number → row".
/// Buckets without weights hold zeros (37.7 MB for two stages).
#[derive(Debug, Clone)]
struct Table {
    w: Vec<i16>,
    stages: usize,
}

impl Table {
    fn new(stages: usize) -> Self {
        Table {
            w: vec![0; (1usize << BITS) * stages * NL],
            stages,
        }
    }

    fn set(&mut self, bucket: usize, k: usize, row: &[i16; NL]) -> Result<(), NerError> {
        let at = (bucket * self.stages + k) * NL;
        match self.w.get_mut(at..at + NL) {
            Some(dst) if k < self.stages => {
                dst.copy_from_slice(row);
                Ok(())
            }
            _ => Err(NerError::Format(format!("bucket {bucket} out of range"))),
        }
    }

    /// The table of the first stage alone.
    fn first_stage(&self) -> Table {
        Table {
            w: self
                .w
                .chunks_exact(self.stages * NL)
                .flat_map(|c| &c[..NL])
                .copied()
                .collect(),
            stages: 1,
        }
    }

    /// Ask the CPU to fetch the rows of bucket `f` into its cache: the
    /// scoring loops announce all the rows of a sentence (or word) before
    /// summing them, so that the memory accesses overlap.
    #[inline(always)]
    fn prefetch(&self, f: u32) {
        let width = self.stages * NL;
        let p = self.w.as_ptr().wrapping_add(f as usize * width);
        prefetch(p);
        prefetch(p.wrapping_add(width - 1));
    }

    /// The `W` weights from `at` (fixed size, so that summing them compiles
    /// to vector instructions).
    #[inline(always)]
    fn row<const W: usize>(&self, at: usize) -> Option<&[i16; W]> {
        self.w.get(at..at + W)?.try_into().ok()
    }

    /// Add the stage-`k` weights of the buckets `feats` to `acc`.
    #[inline]
    fn add(&self, k: usize, feats: &[u32], acc: &mut [i32; NL]) {
        for &f in feats {
            if let Some(row) = self.row::<NL>((f as usize * self.stages + k) * NL) {
                for (a, b) in acc.iter_mut().zip(row) {
                    *a += i32::from(*b);
                }
            }
        }
    }

    /// Add the weights of the buckets `feats` of every stage `k` to
    /// `acc[k]` (one memory access per feature for all stages).
    #[inline]
    fn add_all(&self, feats: &[u32], acc: &mut [[i32; NL]; 2]) {
        if self.stages == 2 {
            let mut sum = [0i32; 2 * NL];
            for &f in feats {
                if let Some(row) = self.row::<{ 2 * NL }>(f as usize * 2 * NL) {
                    for (a, b) in sum.iter_mut().zip(row) {
                        *a += i32::from(*b);
                    }
                }
            }
            for (j, v) in sum.into_iter().enumerate() {
                acc[j / NL][j % NL] += v;
            }
        } else {
            for (k, a) in acc.iter_mut().enumerate().take(self.stages) {
                self.add(k, feats, a);
            }
        }
    }

    /// Unigram tables of a token (see [`Uni`]) for every stage.
    fn uni(&self, t: &TokInfo, feats: &mut Vec<u32>) -> [Uni; 2] {
        let mut u = [[[0i32; NL]; 5]; 2];
        feats.clear();
        let mut ends = [0usize; 5];
        for (slot, end) in ends.iter_mut().enumerate() {
            unigram_features(t, slot, feats);
            *end = feats.len();
        }
        for &f in feats.iter() {
            self.prefetch(f);
        }
        let mut from = 0;
        for (slot, &end) in ends.iter().enumerate() {
            let mut acc = [[0i32; NL]; 2];
            self.add_all(feats.get(from..end).unwrap_or(&[]), &mut acc);
            for (uk, a) in u.iter_mut().zip(acc) {
                uk[slot] = a;
            }
            from = end;
        }
        u
    }
}

/// Per-word unigram tables of a token, one per stage (shared by the
/// per-thread word cache).
pub(crate) type UniRef = std::rc::Rc<[Uni]>;

/// The unigram rows that the tokens around position `i` of a sentence of
/// `n` tokens contribute to its score (padding outside the sentence).
#[inline]
fn acc_rows<'a>(
    unis: &'a [UniRef],
    i: usize,
    n: usize,
    stage: usize,
    pad: &'a Uni,
) -> [&'a [i32; NL]; 5] {
    let row = |slot: usize| -> &'a [i32; NL] {
        let j = i as isize + slot as isize - 2;
        if j < 0 || j as usize >= n {
            &pad[slot]
        } else {
            unis[j as usize]
                .get(stage)
                .map(|u| &u[slot])
                .unwrap_or(&pad[2])
        }
    };
    [row(0), row(1), row(2), row(3), row(4)]
}

/// Prefetch the stage-`k` unigram tables of a sentence's words (each word's
/// tables are a separate allocation of the word cache).
#[inline]
fn prefetch_unis(unis: &[UniRef], k: usize) {
    for u in unis {
        if let Some(t) = u.get(k) {
            let p: *const Uni = t;
            let bytes = std::mem::size_of::<Uni>();
            let mut off = 0;
            while off < bytes {
                prefetch(p.cast::<u8>().wrapping_add(off));
                off += 64;
            }
        }
    }
}

/// Dense weights and transitions of one trained stage.
pub type StageWeights = (Vec<f32>, Vec<f32>);

/// A trained model in its compact form: one or two stages (the second
/// sees the first stage's labels of the same words elsewhere in the
/// document, see [`crate::context`]).
#[derive(Debug, Clone)]
pub struct NerModel {
    stages: Vec<Stage>,
    table: Table,
    /// Sentences either side that make a token's document context.
    window: usize,
}

impl NerModel {
    /// Number of decoding stages (1, or 2 with document context).
    pub fn stage_count(&self) -> usize {
        self.stages.len()
    }

    /// The model reduced to its first stage: about twice as fast, without
    /// the document-context second stage (a few F1 points lower).
    pub fn first_stage_only(mut self) -> Self {
        if self.stages.len() > 1 {
            self.stages.truncate(1);
            self.table = self.table.first_stage();
        }
        self
    }

    /// Read a model (gzip compact format; `RASDNER1` single-stage models
    /// are still read).
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, NerError> {
        let mut inflated = Vec::new();
        let raw: &[u8] = if bytes.starts_with(&[0x1f, 0x8b]) {
            flate2::read::GzDecoder::new(bytes).read_to_end(&mut inflated)?;
            &inflated
        } else {
            // already inflated (the build embeds it so: faster start-up)
            bytes
        };
        let mut r = Reader { b: raw, p: 0 };
        let v2 = match r.take(8)? {
            b"RASDNER1" => false,
            b"RASDNER2" => true,
            _ => return Err(NerError::Format("bad magic".into())),
        };
        let bits = r.u32()?;
        let nl = r.u32()? as usize;
        if bits != BITS || nl != NL {
            return Err(NerError::Format(format!(
                "model has {bits} bits / {nl} labels, expected {BITS} / {NL}"
            )));
        }
        let (n, window) = if v2 {
            (r.u32()? as usize, r.u32()? as usize)
        } else {
            (1, 0)
        };
        if !(1..=2).contains(&n) {
            return Err(NerError::Format(format!("{n} stages (1 or 2 expected)")));
        }
        let mut table = Table::new(n);
        let mut stages = (0..n)
            .map(|k| Stage::read(&mut r, &mut table, k))
            .collect::<Result<Vec<_>, _>>()?;
        let mut feats = Vec::new();
        let left = table.uni(&PAD_L, &mut feats);
        let right = table.uni(&PAD_R, &mut feats);
        for (k, st) in stages.iter_mut().enumerate() {
            st.pad = [left[k][0], left[k][1], [0; NL], right[k][3], right[k][4]];
        }
        Ok(NerModel {
            stages,
            table,
            window,
        })
    }

    /// Write the compact format: rows whose largest |weight| is below
    /// `prune` are dropped; weights are quantised to i16 (one scale per
    /// stage). Returns the number of rows written.
    pub fn write_compact(
        stages: &[StageWeights],
        window: usize,
        prune: f32,
        out: impl Write,
    ) -> Result<usize, NerError> {
        let mut g = flate2::write::GzEncoder::new(out, flate2::Compression::best());
        g.write_all(b"RASDNER2")?;
        g.write_all(&BITS.to_le_bytes())?;
        g.write_all(&(NL as u32).to_le_bytes())?;
        g.write_all(&(stages.len() as u32).to_le_bytes())?;
        g.write_all(&(window as u32).to_le_bytes())?;
        let mut total = 0;
        for (w, trans) in stages {
            let maxw = w.iter().fold(0f32, |m, x| m.max(x.abs())).max(1e-6);
            let scale = maxw / 32767.0;
            let mut body = Vec::new();
            let mut rows = 0u32;
            for (b, row) in w.chunks(NL).enumerate() {
                if row.iter().all(|x| x.abs() < prune) {
                    continue;
                }
                rows += 1;
                body.extend_from_slice(&(b as u32).to_le_bytes());
                for x in row {
                    let q = (x / scale).round().clamp(-32767.0, 32767.0) as i16;
                    body.extend_from_slice(&q.to_le_bytes());
                }
            }
            for t in trans {
                g.write_all(&t.to_le_bytes())?;
            }
            g.write_all(&scale.to_le_bytes())?;
            g.write_all(&rows.to_le_bytes())?;
            g.write_all(&body)?;
            total += rows as usize;
        }
        g.finish()?;
        Ok(total)
    }

    /// The `(NL+1) × NL` transitions of the last stage, where the decoding
    /// biases tuned on held-out data go ([`add_o_penalty`],
    /// [`add_type_bias`]; see `training::Biases`).
    pub fn last_transitions_mut(&mut self) -> Option<&mut [f32]> {
        self.stages.last_mut().map(|s| s.trans.as_mut_slice())
    }

    /// Number of weight rows.
    pub fn rows(&self) -> usize {
        self.stages.iter().map(|s| s.rows).sum()
    }

    /// Best label sequences of the sentences of a document (or of a run
    /// of consecutive sentences): the first stage tags each sentence; a
    /// second stage, when present, re-tags them with the document-context
    /// features of the first stage's labels.
    pub(crate) fn decode_doc(
        &self,
        sents: &mut [Vec<TokInfo>],
        unis: &[Vec<UniRef>],
        buf: &mut DecodeBuf,
    ) -> Vec<Vec<usize>> {
        let mut preds: Vec<Vec<usize>> = Vec::with_capacity(sents.len());
        let Some(first) = self.stages.first() else {
            return sents.iter().map(|s| vec![0; s.len()]).collect();
        };
        // the first stage also sums the second's position features, which
        // do not depend on the first stage's labels
        let mut later = std::mem::take(&mut buf.later);
        later.clear();
        for (s, u) in sents.iter().zip(unis) {
            self.first_scores(s, u, buf, &mut later);
            preds.push(viterbi(&buf.scores, &first.trans));
        }
        if let Some(second) = self.stages.get(1) {
            crate::context::add_doc_features(sents, &preds, self.window);
            let mut from = 0;
            for ((s, u), p) in sents.iter().zip(unis).zip(preds.iter_mut()) {
                let n = s.len().min(u.len());
                let base = later.get(from..from + n).unwrap_or(&[]);
                self.second_scores(s, u, base, buf);
                from += n;
                *p = viterbi(&buf.scores, &second.trans);
            }
        }
        buf.later = later;
        preds
    }

    /// Hash the features `feature` gives each of the first `n` tokens of
    /// `s` into `buf.feats` (token `i`'s end at `buf.ends[i]`) and prefetch
    /// their rows, so that the sums that follow overlap their memory
    /// accesses.
    fn gather(
        &self,
        s: &[TokInfo],
        n: usize,
        buf: &mut DecodeBuf,
        feature: impl Fn(&[TokInfo], usize, &mut Vec<u32>),
    ) {
        buf.feats.clear();
        buf.ends.clear();
        for i in 0..n {
            feature(s, i, &mut buf.feats);
            buf.ends.push(buf.feats.len());
        }
        for &f in &buf.feats {
            self.table.prefetch(f);
        }
    }

    /// Push the emission scores of token `i` of stage `k`: `a` (its
    /// feature sums) plus the unigram rows around it, scaled.
    fn push_score(
        &self,
        mut a: [i32; NL],
        (unis, i, n): (&[UniRef], usize, usize),
        k: usize,
        buf: &mut DecodeBuf,
    ) {
        let Some(st) = self.stages.get(k) else {
            return;
        };
        for row in acc_rows(unis, i, n, k, &st.pad) {
            for (x, y) in a.iter_mut().zip(row) {
                *x += *y;
            }
        }
        buf.scores.push(a.map(|x| x as f32 * st.scale));
    }

    /// First-stage emission scores of a sentence (into `buf.scores`), from
    /// the per-word unigram tables `unis` and the position features; the
    /// second stage's sums of the position features are pushed on `later`,
    /// one per token. Weights are summed as integers, so the result does
    /// not depend on the order of the features.
    fn first_scores(
        &self,
        s: &[TokInfo],
        unis: &[UniRef],
        buf: &mut DecodeBuf,
        later: &mut Vec<[i32; NL]>,
    ) {
        buf.scores.clear();
        let n = s.len().min(unis.len());
        self.gather(s, n, buf, pair_features);
        prefetch_unis(unis, 0);
        for i in 0..n {
            let mut acc = [[0i32; NL]; 2];
            self.table.add_all(buf.token_feats(i), &mut acc);
            later.push(acc[1]);
            // (tokens carry no document context before the first stage;
            // when they do, as in tests, it counts here too)
            buf.doc_feats.clear();
            doc_features(s, i, &mut buf.doc_feats);
            self.table.add(0, &buf.doc_feats, &mut acc[0]);
            self.push_score(acc[0], (unis, i, n), 0, buf);
        }
    }

    /// Second-stage emission scores of a sentence (into `buf.scores`):
    /// `base` holds the sums of its position features that
    /// [`first_scores`](Self::first_scores) took, one per token; the
    /// document-context features and the unigram tables are added here.
    fn second_scores(
        &self,
        s: &[TokInfo],
        unis: &[UniRef],
        base: &[[i32; NL]],
        buf: &mut DecodeBuf,
    ) {
        buf.scores.clear();
        let n = s.len().min(unis.len());
        self.gather(s, n, buf, doc_features);
        prefetch_unis(unis, 1);
        for i in 0..n {
            let mut a = base.get(i).copied().unwrap_or([0; NL]);
            self.table.add(1, buf.token_feats(i), &mut a);
            self.push_score(a, (unis, i, n), 1, buf);
        }
    }

    /// The unigram tables of a token for each stage (see [`Uni`]); they
    /// depend on its word only, so callers may cache them by word.
    pub(crate) fn unigram_scores(&self, t: &TokInfo, buf: &mut DecodeBuf) -> UniRef {
        let u = self.table.uni(t, &mut buf.feats);
        UniRef::from(&u[..self.stages.len().min(2)])
    }
}

/// Scratch space reused across sentences.
#[derive(Debug, Default)]
pub(crate) struct DecodeBuf {
    feats: Vec<u32>,
    scores: Vec<[f32; NL]>,
    /// Second-stage sums of the position features of a document's tokens.
    later: Vec<[i32; NL]>,
    /// End of each token's features in `feats`.
    ends: Vec<usize>,
    doc_feats: Vec<u32>,
}

impl DecodeBuf {
    /// The features [`NerModel::gather`] hashed for token `i`.
    fn token_feats(&self, i: usize) -> &[u32] {
        let from = match i.checked_sub(1) {
            Some(p) => self.ends.get(p).copied().unwrap_or(0),
            None => 0,
        };
        let end = self.ends.get(i).copied().unwrap_or(from);
        self.feats.get(from..end).unwrap_or(&[])
    }
}

struct Reader<'a> {
    b: &'a [u8],
    p: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], NerError> {
        let s = self
            .b
            .get(self.p..self.p + n)
            .ok_or_else(|| NerError::Format("truncated".into()))?;
        self.p += n;
        Ok(s)
    }
    fn u8(&mut self) -> Result<u8, NerError> {
        Ok(self.take(1)?[0])
    }
    fn u32(&mut self) -> Result<u32, NerError> {
        let s = self.take(4)?;
        Ok(u32::from_le_bytes([s[0], s[1], s[2], s[3]]))
    }
    fn f32(&mut self) -> Result<f32, NerError> {
        Ok(f32::from_bits(self.u32()?))
    }
}

/// Subtract `delta` from every transition into O.
pub fn add_o_penalty(trans: &mut [f32], delta: f32) {
    for p in 0..=NL {
        if let Some(t) = trans.get_mut(p * NL) {
            *t -= delta;
        }
    }
}

/// Add `delta` to every transition into a label of entity type `ty`
/// (0 PER, 1 LOC, 2 ORG, 3 MISC): each token of that type gains `delta`
/// (with the same `delta` for every type it is an O penalty).
pub fn add_type_bias(trans: &mut [f32], ty: usize, delta: f32) {
    for p in 0..=NL {
        for l in [2 * ty + 1, 2 * ty + 2] {
            if let Some(t) = trans.get_mut(p * NL + l) {
                *t += delta;
            }
        }
    }
}

/// Viterbi over emission scores and `(NL+1) × NL` transitions.
///
/// Transitions that BIO forbids are set to −∞ in a transposed copy of the
/// table first, so the inner loop is branch-free; a −∞ score never wins a
/// strict comparison, which keeps the result identical to skipping them.
fn viterbi(scores: &[[f32; NL]], trans: &[f32]) -> Vec<usize> {
    let n = scores.len();
    if n == 0 {
        return Vec::new();
    }
    // into[l][p]: score of moving from p (START = NL) into l
    let mut into = [[f32::NEG_INFINITY; NL + 1]; NL];
    for (l, row) in into.iter_mut().enumerate() {
        for (p, t) in row.iter_mut().enumerate() {
            if allowed(p, l) {
                *t = trans.get(p * NL + l).copied().unwrap_or(f32::NEG_INFINITY);
            }
        }
    }
    let mut back = vec![[0u8; NL]; n];
    let mut cur = [f32::NEG_INFINITY; NL];
    for l in 0..NL {
        cur[l] = scores[0][l] + into[l][START];
    }
    for i in 1..n {
        let mut next = [f32::NEG_INFINITY; NL];
        for l in 0..NL {
            let mut best = f32::NEG_INFINITY;
            let mut arg = 0u8;
            // I-X can only follow B-X or I-X (the others are −∞)
            let from = if is_inside(l) { l - 1..l + 1 } else { 0..NL };
            for p in from {
                let v = cur[p] + into[l][p];
                if v > best {
                    best = v;
                    arg = p as u8;
                }
            }
            next[l] = best + scores[i][l];
            back[i][l] = arg;
        }
        cur = next;
    }
    let mut l = (0..NL)
        .max_by(|a, b| cur[*a].total_cmp(&cur[*b]))
        .unwrap_or(0);
    let mut out = vec![0usize; n];
    for i in (0..n).rev() {
        out[i] = l;
        l = back[i][l] as usize;
    }
    out
}

/// A CoNLL corpus: sentences of `(token, label)`.
pub type Corpus = Vec<Vec<(String, usize)>>;

/// Read a `token<TAB>tag` file; blank lines end sentences. Very long
/// stretches without a break are cut at 200 tokens.
pub fn read_conll(text: &str) -> Corpus {
    let mut out = Vec::new();
    let mut cur = Vec::new();
    for line in text.lines() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            continue;
        }
        let (tok, tag) = match line.rsplit_once('\t') {
            Some((a, b)) => (a, b.trim()),
            None => (line, "O"),
        };
        cur.push((tok.to_string(), label_of_tag(tag)));
        if cur.len() >= 200 {
            out.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// Token infos of a corpus sentence.
pub(crate) fn sentence_infos(
    sent: &[(String, usize)],
    clusters: &crate::clusters::Clusters,
) -> Vec<TokInfo> {
    let mut infos = Vec::with_capacity(sent.len());
    let mut words = Vec::with_capacity(sent.len());
    for (tok, _) in sent {
        let (info, norm, stem) = TokInfo::from_raw(tok, clusters);
        infos.push(info);
        words.push((stem, norm));
    }
    let lex = lexicon_flags(&words, &actors::find_actors_in_sentence(&words));
    for (i, l) in infos.iter_mut().zip(lex) {
        i.lex = l;
    }
    infos
}

/// Training options.
#[derive(Debug, Clone)]
pub struct TrainOptions {
    pub epochs: usize,
    /// Rows with all |w| below this are dropped from the compact model.
    pub prune: f32,
    pub seed: u64,
    /// Folds of the jackknifed training lexicon (1 = no jackknife).
    pub folds: usize,
    /// Features seen fewer times in training are dropped.
    pub min_count: usize,
    /// 1 or 2 (second stage with document context).
    pub stages: usize,
    /// Document context: sentences either side.
    pub window: usize,
    /// Folds of the jackknifed first-stage labels the second stage is
    /// trained on.
    pub stage_folds: usize,
    /// News articles tagged for the news lexicon (0 = none).
    pub news_articles: usize,
    /// The final stages are the average of this many perceptrons trained
    /// with different shuffles (seeds `seed..seed+ensemble`).
    pub ensemble: usize,
    /// Feature dropout in training: each feature occurrence is left out of
    /// a sentence's scoring and update with this probability (0 = none).
    pub dropout: f32,
    /// Tune a bias per entity type on held-out data after the O penalty.
    pub type_bias: bool,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            epochs: 5,
            prune: 0.05,
            seed: 7,
            folds: 10,
            min_count: 2,
            stages: 2,
            window: 20,
            stage_folds: 10,
            news_articles: 10_000,
            ensemble: 3,
            dropout: 0.2,
            type_bias: false,
        }
    }
}

/// Key of a stem in the training lexicon (normalised words are keys as
/// they are; a word is never `#` followed by letters).
pub fn stem_key(stem: &str) -> String {
    format!("#{stem}")
}

/// Training lexicon: for each normalised word, and for each stem (keyed by
/// [`stem_key`]), its majority entity class, how often it is an entity
/// (bucket) and how often it was seen (bucket), packed as
/// `1 + class*16 + ratio*4 + freq`.
pub fn train_lexicon<'a>(
    sentences: impl Iterator<Item = &'a Vec<(String, usize)>>,
) -> std::collections::HashMap<String, u16> {
    let mut counts: std::collections::HashMap<String, [u32; 5]> = Default::default();
    for s in sentences {
        for (tok, l) in s {
            let norm = rasd_text::norm_word(trim_punct(tok));
            let k = l.div_ceil(2); // 0 O, 1 PER, 2 LOC, 3 ORG, 4 MISC
            counts.entry(stem_key(key_stem(&norm))).or_default()[k] += 1;
            counts.entry(norm).or_default()[k] += 1;
        }
    }
    counts
        .into_iter()
        .map(|(w, c)| {
            let total: u32 = c.iter().sum();
            let ent: u32 = c[1..].iter().sum();
            let (class, _) = c[1..]
                .iter()
                .enumerate()
                .max_by_key(|(_, n)| **n)
                .map(|(i, n)| (i + 1, *n))
                .unwrap_or((0, 0));
            let class = if ent == 0 { 0 } else { class };
            let r = ent as f32 / total.max(1) as f32;
            let rb = if r == 0.0 {
                0
            } else if r < 0.4 {
                1
            } else if r < 0.8 {
                2
            } else {
                3
            };
            let fb = match total {
                1 => 0,
                2..=4 => 1,
                _ => 2,
            };
            (w, (1 + class * 16 + rb * 4 + fb) as u16)
        })
        .collect()
}

/// Token infos of the sentences of a training corpus, each seeing the
/// training lexicon of the other `folds` (contiguous blocks: neighbouring
/// sentences, i.e. the same article, share a fold), so that the model
/// learns how far to trust the lexicon on unseen text.
fn jackknifed_infos(
    corpus: &[&Vec<(String, usize)>],
    clusters: &crate::clusters::Clusters,
    folds: usize,
) -> Vec<Vec<TokInfo>> {
    let folds = folds.max(1);
    let fold_of = |i: usize| i * folds / corpus.len().max(1);
    let fold_res: Vec<crate::clusters::Clusters> = (0..folds)
        .map(|f| {
            let mut c = clusters.clone();
            c.set_train(train_lexicon(
                corpus
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| folds == 1 || fold_of(*i) != f)
                    .map(|x| *x.1),
            ));
            c
        })
        .collect();
    corpus
        .iter()
        .enumerate()
        .map(|(si, s)| sentence_infos(s, &fold_res[fold_of(si)]))
        .collect()
}

/// What [`train`] produced.
#[derive(Debug, Clone)]
pub struct Trained {
    /// Dense weights and transitions of each stage.
    pub stages: Vec<StageWeights>,
    /// The news lexicon of the final first stage (for [`Clusters::set_auto`](crate::clusters::Clusters::set_auto)).
    pub auto: std::collections::HashMap<String, u16>,
}

/// Train an averaged structured perceptron (write the stages with
/// [`NerModel::write_compact`]). With two stages, the first is also
/// trained `stage_folds` times on all but one block of the corpus; each of
/// those labels its block and tags `news` for the block's news lexicon, and
/// the second stage learns from those labels and lexicons.
pub fn train(
    corpus: &Corpus,
    clusters: &crate::clusters::Clusters,
    news: &crate::autolex::NewsCorpus,
    opts: &TrainOptions,
    mut progress: impl FnMut(usize, usize, usize),
) -> Trained {
    let all: Vec<&Vec<(String, usize)>> = corpus.iter().collect();
    let gold: Vec<Vec<usize>> = corpus
        .iter()
        .map(|s| s.iter().map(|x| x.1).collect())
        .collect();
    let infos = jackknifed_infos(&all, clusters, opts.folds);
    let first = train_ensemble(&infos, &gold, opts, |e, n| progress(1, e, n));
    if opts.stages < 2 {
        return Trained {
            stages: vec![first],
            auto: Default::default(),
        };
    }
    drop(infos);
    // jackknifed first-stage labels and news lexicons
    let k = opts.stage_folds.max(2);
    let block = |i: usize| i * k / corpus.len().max(1);
    let mut preds: Vec<Vec<usize>> = vec![Vec::new(); corpus.len()];
    let mut infos2: Vec<Vec<TokInfo>> = vec![Vec::new(); corpus.len()];
    let mut buf = DecodeBuf::default();
    for f in 0..k {
        let rest: Vec<&Vec<(String, usize)>> = all
            .iter()
            .enumerate()
            .filter(|(i, _)| block(*i) != f)
            .map(|x| *x.1)
            .collect();
        let rest_gold: Vec<Vec<usize>> = rest
            .iter()
            .map(|s| s.iter().map(|x| x.1).collect())
            .collect();
        let rest_infos = jackknifed_infos(&rest, clusters, opts.folds);
        let stage = train_stage(&rest_infos, &rest_gold, opts, |_, _| {});
        drop(rest_infos);
        let mut res = clusters.clone();
        res.set_train(train_lexicon(rest.iter().copied()));
        res.set_auto(news.lexicon(&stage, &res));
        for (i, s) in all.iter().enumerate() {
            if block(i) == f {
                let si = sentence_infos(s, &res);
                preds[i] = tag_dense(&stage, &si, &mut buf);
                infos2[i] = si;
            }
        }
    }
    crate::context::add_doc_features(&mut infos2, &preds, opts.window);
    let second = train_ensemble(&infos2, &gold, opts, |e, n| progress(2, e, n));
    drop(infos2);
    let mut res = clusters.clone();
    res.set_train(train_lexicon(corpus.iter()));
    let auto = news.lexicon(&first, &res);
    Trained {
        stages: vec![first, second],
        auto,
    }
}

/// Best labels of a sentence under dense stage weights.
pub(crate) fn tag_dense(stage: &StageWeights, s: &[TokInfo], buf: &mut DecodeBuf) -> Vec<usize> {
    dense_scores(&stage.0, s, buf);
    viterbi(&buf.scores, &stage.1)
}

/// Emission scores of a sentence under dense weights.
fn dense_scores(w: &[f32], s: &[TokInfo], buf: &mut DecodeBuf) {
    buf.scores.clear();
    for i in 0..s.len() {
        buf.feats.clear();
        features(s, i, &mut buf.feats);
        let mut sc = [0f32; NL];
        for &b in &buf.feats {
            let row = &w[b as usize * NL..b as usize * NL + NL];
            for (a, x) in sc.iter_mut().zip(row) {
                *a += x;
            }
        }
        buf.scores.push(sc);
    }
}

/// The average of `opts.ensemble` perceptrons trained with different
/// seeds (progress reported for the first).
fn train_ensemble(
    infos: &[Vec<TokInfo>],
    gold: &[Vec<usize>],
    opts: &TrainOptions,
    progress: impl FnMut(usize, usize),
) -> StageWeights {
    let (mut w, mut t) = train_stage(infos, gold, opts, progress);
    let n = opts.ensemble.max(1);
    for k in 1..n {
        let o = TrainOptions {
            seed: opts.seed.wrapping_add(k as u64),
            ..opts.clone()
        };
        let (w2, t2) = train_stage(infos, gold, &o, |_, _| {});
        w.iter_mut().zip(&w2).for_each(|(a, b)| *a += b);
        t.iter_mut().zip(&t2).for_each(|(a, b)| *a += b);
    }
    let inv = 1.0 / n as f32;
    w.iter_mut().for_each(|a| *a *= inv);
    t.iter_mut().for_each(|a| *a *= inv);
    (w, t)
}

/// One averaged perceptron over precomputed token infos.
fn train_stage(
    infos: &[Vec<TokInfo>],
    gold: &[Vec<usize>],
    opts: &TrainOptions,
    mut progress: impl FnMut(usize, usize),
) -> StageWeights {
    let mut feats: Vec<Vec<Vec<u32>>> = infos
        .iter()
        .map(|s| {
            (0..s.len())
                .map(|i| {
                    let mut f = Vec::with_capacity(64);
                    features(s, i, &mut f);
                    f
                })
                .collect()
        })
        .collect();
    // Drop features seen fewer than `min_count` times (they only memorise).
    if opts.min_count > 1 {
        let mut count = vec![0u8; 1 << BITS];
        for f in feats.iter().flatten().flatten() {
            let c = &mut count[*f as usize];
            *c = c.saturating_add(1);
        }
        for f in feats.iter_mut().flatten() {
            f.retain(|b| count[*b as usize] as usize >= opts.min_count);
        }
    }
    let size = (1usize << BITS) * NL;
    let mut w = vec![0f32; size];
    let mut u = vec![0f32; size];
    let tsize = (NL + 1) * NL;
    let mut t = vec![0f32; tsize];
    let mut tu = vec![0f32; tsize];
    let mut c: f32 = 1.0;
    let mut order: Vec<usize> = (0..feats.len()).collect();
    let mut rng = opts.seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    let mut scores: Vec<[f32; NL]> = Vec::new();
    for epoch in 0..opts.epochs {
        // Fisher-Yates with xorshift
        for i in (1..order.len()).rev() {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            let j = (rng % (i as u64 + 1)) as usize;
            order.swap(i, j);
        }
        let mut errors = 0;
        let keep = ((1.0 - opts.dropout.clamp(0.0, 0.95)) * 65536.0) as u64;
        let mut dropped: Vec<Vec<u32>> = Vec::new();
        for &si in &order {
            let fs: &Vec<Vec<u32>> = if keep < 65536 {
                dropped.clear();
                for f in &feats[si] {
                    dropped.push(
                        f.iter()
                            .copied()
                            .filter(|_| {
                                rng ^= rng << 13;
                                rng ^= rng >> 7;
                                rng ^= rng << 17;
                                (rng >> 20) & 0xffff < keep
                            })
                            .collect(),
                    );
                }
                &dropped
            } else {
                &feats[si]
            };
            let g = &gold[si];
            scores.clear();
            for f in fs {
                let mut sc = [0f32; NL];
                for &b in f {
                    let row = &w[b as usize * NL..b as usize * NL + NL];
                    for (a, x) in sc.iter_mut().zip(row) {
                        *a += x;
                    }
                }
                scores.push(sc);
            }
            let pred = viterbi(&scores, &t);
            if pred != *g {
                for i in 0..g.len() {
                    let (gl, pl) = (g[i], pred[i]);
                    if gl != pl {
                        errors += 1;
                        for &b in &fs[i] {
                            let k = b as usize * NL;
                            w[k + gl] += 1.0;
                            u[k + gl] += c;
                            w[k + pl] -= 1.0;
                            u[k + pl] -= c;
                        }
                    }
                    let gp = if i == 0 { START } else { g[i - 1] };
                    let pp = if i == 0 { START } else { pred[i - 1] };
                    if gp != pp || gl != pl {
                        t[gp * NL + gl] += 1.0;
                        tu[gp * NL + gl] += c;
                        t[pp * NL + pl] -= 1.0;
                        tu[pp * NL + pl] -= c;
                    }
                }
            }
            c += 1.0;
        }
        progress(epoch + 1, errors);
    }
    for (x, y) in w.iter_mut().zip(&u) {
        *x -= y / c;
    }
    for (x, y) in t.iter_mut().zip(&tu) {
        *x -= y / c;
    }
    (w, t)
}

/// Chunks `(kind, start, end)` of a BIO label sequence (conlleval rules:
/// an I- after O or another type starts a chunk).
pub fn chunks(labels: &[usize]) -> Vec<(EntityKind, usize, usize)> {
    let mut out = Vec::new();
    let mut cur: Option<(EntityKind, usize)> = None;
    for (i, &l) in labels.iter().enumerate() {
        let k = label_kind(l);
        let continues = is_inside(l) && cur.map(|c| Some(c.0) == k).unwrap_or(false);
        if continues {
            continue;
        }
        if let Some((ck, s)) = cur.take() {
            out.push((ck, s, i));
        }
        if let Some(k) = k {
            cur = Some((k, i));
        }
    }
    if let Some((ck, s)) = cur {
        out.push((ck, s, labels.len()));
    }
    out
}

/// Per-type counts of an exact-span evaluation.
#[derive(Debug, Clone, Default)]
pub struct Counts {
    pub tp: usize,
    pub pred: usize,
    pub gold: usize,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        if self.pred == 0 {
            0.0
        } else {
            self.tp as f64 / self.pred as f64
        }
    }
    pub fn recall(&self) -> f64 {
        if self.gold == 0 {
            0.0
        } else {
            self.tp as f64 / self.gold as f64
        }
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

/// Exact-span CoNLL scores: per type (PER, LOC, ORG, MISC) and overall.
#[derive(Debug, Clone, Default)]
pub struct Scores {
    pub per_type: Vec<(EntityKind, Counts)>,
    pub overall: Counts,
    pub tokens: usize,
}

impl Scores {
    /// A printable table.
    pub fn table(&self) -> String {
        let mut s = format!(
            "{:<8} {:>7} {:>7} {:>7} {:>6} {:>6}\n",
            "type", "P", "R", "F1", "gold", "pred"
        );
        let row = |name: &str, c: &Counts| {
            format!(
                "{:<8} {:>7.2} {:>7.2} {:>7.2} {:>6} {:>6}\n",
                name,
                100.0 * c.precision(),
                100.0 * c.recall(),
                100.0 * c.f1(),
                c.gold,
                c.pred
            )
        };
        for (k, c) in &self.per_type {
            s += &row(&format!("{k:?}"), c);
        }
        s += &row("overall", &self.overall);
        s
    }

    /// F1 of one type (0 when absent).
    pub fn f1_of(&self, k: EntityKind) -> f64 {
        self.per_type
            .iter()
            .find(|(x, _)| *x == k)
            .map(|(_, c)| c.f1())
            .unwrap_or(0.0)
    }
}

/// Best label sequences of the sentences of a corpus.
pub fn predict(
    model: &NerModel,
    corpus: &Corpus,
    clusters: &crate::clusters::Clusters,
) -> Vec<Vec<usize>> {
    let mut infos: Vec<Vec<TokInfo>> = corpus.iter().map(|s| sentence_infos(s, clusters)).collect();
    let mut buf = DecodeBuf::default();
    let unis: Vec<Vec<UniRef>> = infos
        .iter()
        .map(|s| {
            s.iter()
                .map(|t| model.unigram_scores(t, &mut buf))
                .collect()
        })
        .collect();
    model.decode_doc(&mut infos, &unis, &mut buf)
}

/// Write a corpus with predicted labels as `token<TAB>gold<TAB>pred` lines,
/// a blank line after each sentence (the format of error-analysis tools).
pub fn write_predictions(
    mut w: impl Write,
    corpus: &Corpus,
    preds: &[Vec<usize>],
) -> std::io::Result<()> {
    for (sent, pred) in corpus.iter().zip(preds) {
        for ((tok, gold), p) in sent.iter().zip(pred) {
            writeln!(w, "{tok}\t{}\t{}", LABELS[*gold], LABELS[*p])?;
        }
        writeln!(w)?;
    }
    w.flush()
}

/// Tag a corpus with `model` and score exact spans. Types in `ignore` are
/// removed from both gold and predictions (e.g. MISC on AQMAR, whose MIS
/// classes are article-specific).
pub fn evaluate(
    model: &NerModel,
    corpus: &Corpus,
    clusters: &crate::clusters::Clusters,
    ignore: &[EntityKind],
) -> Scores {
    score(corpus, &predict(model, corpus, clusters), ignore)
}

/// Exact-span scores of predicted label sequences against a corpus.
pub fn score(corpus: &Corpus, preds: &[Vec<usize>], ignore: &[EntityKind]) -> Scores {
    let kinds = [
        EntityKind::PER,
        EntityKind::LOC,
        EntityKind::ORG,
        EntityKind::MISC,
    ];
    let mut per: Vec<(EntityKind, Counts)> = kinds
        .iter()
        .filter(|k| !ignore.contains(k))
        .map(|k| (*k, Counts::default()))
        .collect();
    let mut tokens = 0;
    for (s, pred) in corpus.iter().zip(preds) {
        tokens += s.len();
        let g: Vec<usize> = s.iter().map(|x| x.1).collect();
        let gc: Vec<_> = chunks(&g)
            .into_iter()
            .filter(|c| !ignore.contains(&c.0))
            .collect();
        let pc: Vec<_> = chunks(pred)
            .into_iter()
            .filter(|c| !ignore.contains(&c.0))
            .collect();
        for (k, c) in per.iter_mut() {
            c.gold += gc.iter().filter(|x| x.0 == *k).count();
            c.pred += pc.iter().filter(|x| x.0 == *k).count();
            c.tp += pc.iter().filter(|x| x.0 == *k && gc.contains(x)).count();
        }
    }
    let mut overall = Counts::default();
    for (_, c) in &per {
        overall.tp += c.tp;
        overall.pred += c.pred;
        overall.gold += c.gold;
    }
    Scores {
        per_type: per,
        overall,
        tokens,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_map_to_labels() {
        assert_eq!(LABELS[label_of_tag("B-PERS")], "B-PER");
        assert_eq!(LABELS[label_of_tag("I-LOC")], "I-LOC");
        assert_eq!(LABELS[label_of_tag("B-MIS2")], "B-MISC");
        assert_eq!(label_of_tag("O"), 0);
        assert_eq!(label_of_tag("B-ENGLISH"), 0);
    }

    #[test]
    fn chunks_follow_conlleval() {
        // B-PER I-PER O I-LOC B-ORG B-ORG
        let c = chunks(&[1, 2, 0, 4, 5, 5]);
        assert_eq!(
            c,
            vec![
                (EntityKind::PER, 0, 2),
                (EntityKind::LOC, 3, 4),
                (EntityKind::ORG, 4, 5),
                (EntityKind::ORG, 5, 6)
            ]
        );
    }

    #[test]
    fn viterbi_respects_bio() {
        // emission prefers I-PER at the start, which is not allowed
        let mut s = [[0f32; NL]; 2];
        s[0][2] = 5.0;
        s[0][1] = 1.0;
        s[1][2] = 1.0;
        let t = vec![0f32; (NL + 1) * NL];
        let p = viterbi(&s, &t);
        assert_eq!(p, vec![1, 2]);
    }

    #[test]
    fn perceptron_learns_and_round_trips() {
        let text = "ذهب\tO\nمحمد\tB-PERS\nعلي\tI-PERS\nإلى\tO\nبغداد\tB-LOC\n.\tO\n\n\
                    زار\tO\nأحمد\tB-PERS\nالقاهرة\tB-LOC\n.\tO\n\n";
        let corpus = read_conll(text);
        assert_eq!(corpus.len(), 2);
        let cl = crate::clusters::Clusters::default();
        let news = crate::autolex::NewsCorpus::from_texts(&["زار محمد علي بغداد امس ."]);
        let trained = train(
            &corpus,
            &cl,
            &news,
            &TrainOptions {
                epochs: 5,
                min_count: 1,
                folds: 1,
                stage_folds: 2,
                dropout: 0.0,
                ..Default::default()
            },
            |_, _, _| {},
        );
        assert_eq!(trained.stages.len(), 2);
        let mut bytes = Vec::new();
        let rows = NerModel::write_compact(&trained.stages, 3, 0.0, &mut bytes).unwrap();
        assert!(rows > 0);
        let m = NerModel::from_bytes(&bytes).unwrap();
        let sc = evaluate(&m, &corpus, &cl, &[]);
        assert_eq!(sc.overall.gold, 4);
        assert!(sc.overall.f1() > 0.99, "{}", sc.table());
        assert!(NerModel::from_bytes(b"junk").is_err());
    }

    /// Pseudo-random token infos (a fixed LCG), with and without document
    /// context, for checking the split of the feature function.
    fn random_sentence(seed: &mut u64, n: usize, doc: bool) -> Vec<TokInfo> {
        let mut next = || {
            *seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let v = *seed >> 33;
            // small values make repeated words and zero affixes likely
            if v.is_multiple_of(3) {
                v % 4
            } else {
                v
            }
        };
        (0..n)
            .map(|_| TokInfo {
                norm: next(),
                stem: next(),
                pre: [next(), next(), next()],
                suf: [next(), next(), next()],
                stem_pre: [next(), next()],
                stem_suf: [next(), next()],
                shape: next(),
                lex: next(),
                cluster: next(),
                coarse: next(),
                news: next(),
                tlex: next(),
                slex: next(),
                light: next(),
                auto: next(),
                finer: next(),
                emb: next(),
                emb_finer: next(),
                doc: if doc {
                    [next() | 1, next(), next(), next(), next()]
                } else {
                    [0; DOC]
                },
            })
            .collect()
    }

    #[test]
    fn features_see_two_tokens_either_side_and_the_document_context() {
        let mut seed = 7;
        for doc in [false, true] {
            let mut s = random_sentence(&mut seed, 9, doc);
            for t in s.iter_mut() {
                // every affix present: the full set of templates fires
                t.pre = [1, 2, 3];
                t.suf = [4, 5, 6];
                t.stem_pre = [7, 8];
                t.stem_suf = [9, 10];
                t.emb = 11;
                t.emb_finer = 12;
            }
            let i = 4;
            let mut f = Vec::new();
            features(&s, i, &mut f);
            // 25 + 9 + 8 + 2 + 2 unigram, 16 position, 17 document context
            assert_eq!(f.len(), if doc { 79 } else { 62 });
            // a token three away is outside the window
            let mut far = s.clone();
            far[i + 3].norm ^= 0xdead;
            far[i - 3].cluster ^= 0xbeef;
            let mut g = Vec::new();
            features(&far, i, &mut g);
            assert_eq!(f, g);
            // two away is inside it
            let mut near = s.clone();
            near[i + 2].norm ^= 0xdead;
            g.clear();
            features(&near, i, &mut g);
            assert_ne!(f, g);
        }
    }

    #[test]
    fn cached_unigram_tables_give_the_scores_of_the_feature_function() {
        let Some(model) = crate::builtin_model() else {
            return;
        };
        let fast = model.clone().first_stage_only();
        let mut seed = 11;
        let mut buf = DecodeBuf::default();
        for n in [1, 2, 3, 9] {
            for doc in [false, true] {
                let s = random_sentence(&mut seed, n, doc);
                let unis: Vec<UniRef> = s
                    .iter()
                    .map(|t| model.unigram_scores(t, &mut buf))
                    .collect();
                let mut later = Vec::new();
                model.first_scores(&s, &unis, &mut buf, &mut later);
                let first = buf.scores.clone();
                model.second_scores(&s, &unis, &later, &mut buf);
                let second = buf.scores.clone();
                // the first stage alone (fast mode) scores as it does in two
                let fast_unis: Vec<UniRef> =
                    s.iter().map(|t| fast.unigram_scores(t, &mut buf)).collect();
                fast.first_scores(&s, &fast_unis, &mut buf, &mut Vec::new());
                assert_eq!(buf.scores, first);
                let mut got = vec![first];
                if model.stage_count() == 2 {
                    got.push(second);
                }
                for (k, (st, got)) in model.stages.iter().zip(&got).enumerate() {
                    assert_eq!(got.len(), n);
                    for (i, g) in got.iter().enumerate() {
                        let mut f = Vec::new();
                        features(&s, i, &mut f);
                        let mut acc = [0i32; NL];
                        model.table.add(k, &f, &mut acc);
                        assert_eq!(*g, acc.map(|a| a as f32 * st.scale), "stage {k} token {i}");
                    }
                }
            }
        }
    }
}
