//! `rasd train ner`: learn word clusters from unlabelled news, train the
//! perceptron on ANERcorp, evaluate, write the compact model files.

use crate::autolex::NewsCorpus;
use crate::clusters::Clusters;
use crate::ner::{self, NerModel, Scores, TrainOptions};
use rasd_core::EntityKind;
use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};

/// Errors of the training driver.
#[derive(Debug, thiserror::Error)]
pub enum TrainError {
    #[error("reading {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("writing {path}: {source}")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(transparent)]
    Model(#[from] ner::NerError),
    #[error("{0}")]
    Data(String),
}

/// Inputs and settings of a training run.
#[derive(Debug, Clone)]
pub struct TrainConfig {
    /// ANERcorp training split (CoNLL).
    pub train: PathBuf,
    /// ANERcorp test split, evaluated after training (optional).
    pub test: Option<PathBuf>,
    /// AQMAR, evaluated out of domain (optional).
    pub aqmar: Option<PathBuf>,
    /// Unlabelled news (`.jsonl.gz` with a `text` field) for word clusters;
    /// empty = no clusters.
    pub news: Vec<PathBuf>,
    /// Articles read per news file (0 = all).
    pub news_limit: usize,
    /// Number of clusters.
    pub k: usize,
    /// How words are described before clustering.
    pub vectors: WordVectors,
    /// Output directory (`ner.bin.gz`, `clusters.tsv.gz`).
    pub out: PathBuf,
    pub options: TrainOptions,
    /// Tune the O penalty on a held-out tenth of the training data.
    pub tune: bool,
}

/// What a training run produced.
#[derive(Debug, Clone)]
pub struct TrainReport {
    pub rows: usize,
    pub model_bytes: usize,
    pub cluster_words: usize,
    pub test: Option<Scores>,
    pub aqmar: Option<Scores>,
}

fn read(p: &Path) -> Result<Vec<u8>, TrainError> {
    std::fs::read(p).map_err(|source| TrainError::Read {
        path: p.to_path_buf(),
        source,
    })
}

fn read_text(p: &Path) -> Result<String, TrainError> {
    String::from_utf8(read(p)?).map_err(|e| TrainError::Data(format!("{}: {e}", p.display())))
}

/// Read a CoNLL file.
pub fn read_corpus(p: &Path) -> Result<ner::Corpus, TrainError> {
    Ok(ner::read_conll(&read_text(p)?))
}

/// Run the whole training; `log` receives progress lines.
pub fn run(cfg: &TrainConfig, mut log: impl FnMut(&str)) -> Result<TrainReport, TrainError> {
    let (mut clusters, news) = if cfg.news.is_empty() {
        (Clusters::default(), NewsCorpus::default())
    } else {
        let texts = read_news(&cfg.news, cfg.news_limit)?;
        log(&format!("news: {} articles", texts.len()));
        let c = if cfg.k > 0 {
            learn_clusters_with(&texts, cfg.k, 80_000, cfg.options.seed, cfg.vectors)
        } else {
            Clusters::default()
        };
        log(&format!(
            "clusters: {} words in {} clusters",
            c.len(),
            cfg.k
        ));
        let news = news_corpus(&texts, &cfg.options);
        log(&format!("news lexicon: tagging {} tokens", news.tokens()));
        (c, news)
    };
    let corpus = read_corpus(&cfg.train)?;
    log(&format!(
        "train: {} sentences, {} tokens",
        corpus.len(),
        corpus.iter().map(|s| s.len()).sum::<usize>()
    ));
    let (bytes, rows) = train_model(
        &corpus,
        &mut clusters,
        &news,
        &cfg.options,
        cfg.tune,
        &mut log,
    )?;
    std::fs::create_dir_all(&cfg.out).map_err(|source| TrainError::Write {
        path: cfg.out.clone(),
        source,
    })?;
    let mp = cfg.out.join("ner.bin.gz");
    std::fs::write(&mp, &bytes).map_err(|source| TrainError::Write { path: mp, source })?;
    let cp = cfg.out.join("clusters.tsv.gz");
    if clusters.is_empty() {
        let _ = std::fs::remove_file(&cp);
    } else {
        let cb = clusters.to_gz().map_err(|source| TrainError::Write {
            path: cp.clone(),
            source,
        })?;
        std::fs::write(&cp, cb).map_err(|source| TrainError::Write { path: cp, source })?;
    }
    let model = NerModel::from_bytes(&bytes)?;
    let test = match &cfg.test {
        Some(p) => Some(ner::evaluate(&model, &read_corpus(p)?, &clusters, &[])),
        None => None,
    };
    let aqmar = match &cfg.aqmar {
        Some(p) => Some(ner::evaluate(
            &model,
            &read_corpus(p)?,
            &clusters,
            &[EntityKind::MISC],
        )),
        None => None,
    };
    Ok(TrainReport {
        rows,
        model_bytes: bytes.len(),
        cluster_words: clusters.len(),
        test,
        aqmar,
    })
}

/// The news sentences tagged for the news lexicon: the first
/// `options.news_articles` texts.
pub fn news_corpus(texts: &[String], options: &TrainOptions) -> NewsCorpus {
    NewsCorpus::from_texts(&texts[..options.news_articles.min(texts.len())])
}

/// Train the perceptron on `corpus` (tuning the O penalty on a held-out
/// tenth first when `tune`), store the training and news lexicons in
/// `clusters`, and return the compact model bytes and its number of rows.
pub fn train_model(
    corpus: &ner::Corpus,
    clusters: &mut Clusters,
    news: &NewsCorpus,
    options: &TrainOptions,
    tune: bool,
    mut log: impl FnMut(&str),
) -> Result<(Vec<u8>, usize), TrainError> {
    // Tune the O penalty on the last tenth of the corpus (other articles)
    // with a model trained on the rest.
    let biases = if tune {
        let (dev, rest): (Vec<_>, Vec<_>) = corpus
            .iter()
            .cloned()
            .enumerate()
            .partition(|(i, _)| *i >= corpus.len() * 9 / 10);
        let dev: ner::Corpus = dev.into_iter().map(|x| x.1).collect();
        let rest: ner::Corpus = rest.into_iter().map(|x| x.1).collect();
        let trained = ner::train(&rest, clusters, news, options, |_, _, _| {});
        let stages = trained.stages;
        let mut dev_res = clusters.clone();
        dev_res.set_train(ner::train_lexicon(rest.iter()));
        dev_res.set_auto(trained.auto);
        let mut bytes = Vec::new();
        NerModel::write_compact(&stages, options.window, options.prune, &mut bytes)?;
        drop(stages);
        let base = NerModel::from_bytes(&bytes)?;
        tune_biases(&base, &dev, &dev_res, options.type_bias, &mut log).0
    } else {
        Biases::default()
    };
    let trained = ner::train(corpus, clusters, news, options, |stage, epoch, errors| {
        log(&format!(
            "stage {stage} epoch {epoch}: {errors} token errors"
        ))
    });
    let mut stages = trained.stages;
    clusters.set_auto(trained.auto);
    if let Some((_, t)) = stages.last_mut() {
        biases.apply(t);
    }
    log(&format!(
        "O penalty {:.1}, type biases {:?}",
        biases.o, biases.types
    ));
    clusters.set_train(ner::train_lexicon(corpus.iter()));
    let mut bytes = Vec::new();
    let rows = NerModel::write_compact(&stages, options.window, options.prune, &mut bytes)?;
    drop(stages);
    log(&format!("model: {rows} rows, {} bytes", bytes.len()));
    Ok((bytes, rows))
}

/// Decoding biases of the last stage, tuned on held-out data: the O
/// penalty, then (optionally) one bias per entity type.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Biases {
    /// Subtracted from every transition into O.
    pub o: f32,
    /// Added to every transition into PER, LOC, ORG, MISC labels.
    pub types: [f32; 4],
}

impl Biases {
    /// Apply to a transition table.
    pub fn apply(&self, trans: &mut [f32]) {
        ner::add_o_penalty(trans, self.o);
        for (ty, d) in self.types.iter().enumerate() {
            if *d != 0.0 {
                ner::add_type_bias(trans, ty, *d);
            }
        }
    }

    /// Apply to a model's last stage.
    pub fn apply_model(&self, m: &mut NerModel) {
        if let Some(t) = m.last_transitions_mut() {
            self.apply(t);
        }
    }
}

/// Tune the O penalty (0..50 in steps of 2) on `dev`, then, when
/// `per_type`, a bias per entity type (coordinate ascent, two rounds, a
/// change kept only when it gains at least 0.1 F1). Returns the biases
/// and their dev scores.
pub fn tune_biases(
    base: &NerModel,
    dev: &ner::Corpus,
    res: &Clusters,
    per_type: bool,
    mut log: impl FnMut(&str),
) -> (Biases, Scores) {
    let score = |b: &Biases| {
        let mut m = base.clone();
        b.apply_model(&mut m);
        ner::evaluate(&m, dev, res, &[])
    };
    let mut best = (f64::NEG_INFINITY, Biases::default(), Scores::default());
    for step in 0..=25 {
        let b = Biases {
            o: step as f32 * 2.0,
            ..Default::default()
        };
        let s = score(&b);
        let f = s.overall.f1();
        log(&format!("dev: O penalty {:.1} → F1 {:.2}", b.o, 100.0 * f));
        if f > best.0 {
            best = (f, b, s);
        }
    }
    if per_type {
        for _round in 0..2 {
            for ty in 0..4 {
                for d in [-6.0f32, -4.0, -2.0, 2.0, 4.0, 6.0] {
                    let mut b = best.1;
                    b.types[ty] += d;
                    let s = score(&b);
                    let f = s.overall.f1();
                    if f > best.0 + 0.001 {
                        log(&format!(
                            "dev: type biases {:?} → F1 {:.2}",
                            b.types,
                            100.0 * f
                        ));
                        best = (f, b, s);
                    }
                }
            }
        }
    }
    (best.1, best.2)
}

/// Texts of the articles in `.jsonl.gz` news files.
pub fn read_news(files: &[PathBuf], limit: usize) -> Result<Vec<String>, TrainError> {
    #[derive(serde::Deserialize)]
    struct A {
        #[serde(default)]
        title: Option<String>,
        #[serde(default)]
        text: String,
    }
    let mut out = Vec::new();
    for f in files {
        let raw = read(f)?;
        let mut s = String::new();
        flate2::read::GzDecoder::new(&raw[..])
            .read_to_string(&mut s)
            .map_err(|source| TrainError::Read {
                path: f.clone(),
                source,
            })?;
        for (i, line) in s.lines().enumerate() {
            if limit > 0 && i >= limit {
                break;
            }
            match serde_json::from_str::<A>(line) {
                Ok(a) => {
                    let mut t = a.title.unwrap_or_default();
                    t.push('\n');
                    t.push_str(&a.text);
                    out.push(t);
                }
                Err(e) => tracing::warn!("{}:{}: {e}", f.display(), i + 1),
            }
        }
    }
    Ok(out)
}

/// Stems of the words of a text (the same normalisation as the tagger), with
/// whether the word carried the article.
fn text_stems(text: &str) -> Vec<(String, bool)> {
    text.split(|c: char| !(c.is_alphanumeric() || rasd_text::is_diacritic(c) || c == '\u{0640}'))
        .filter(|w| !w.is_empty())
        .map(|w| {
            let n = rasd_text::norm_word(w);
            let st = crate::ner::key_stem(&n);
            let body = n.strip_prefix(['و', 'ف']).unwrap_or(&n);
            let art = ["ال", "لل", "بال", "كال", "فال"]
                .iter()
                .any(|p| body.starts_with(p));
            (st.to_string(), art)
        })
        .collect()
}

/// Spherical k-means of unit vectors (`dim` each) into `k` clusters,
/// initialised on vectors spread over the (frequency-sorted) list.
fn kmeans(vecs: &[f32], dim: usize, k: usize, iters: usize) -> Vec<u16> {
    let v = vecs.len() / dim;
    let k = k.min(v).max(1);
    let mut cent: Vec<f32> = (0..k)
        .flat_map(|i| vecs[(i * v / k) * dim..(i * v / k + 1) * dim].to_vec())
        .collect();
    let mut assign = vec![0u16; v];
    for _ in 0..iters {
        for (w, a) in assign.iter_mut().enumerate() {
            let x = &vecs[w * dim..(w + 1) * dim];
            let mut best = (f32::NEG_INFINITY, 0usize);
            for c in 0..k {
                let y = &cent[c * dim..(c + 1) * dim];
                let d: f32 = x.iter().zip(y).map(|(a, b)| a * b).sum();
                if d > best.0 {
                    best = (d, c);
                }
            }
            *a = best.1 as u16;
        }
        let mut sum = vec![0f32; k * dim];
        for (w, a) in assign.iter().enumerate() {
            let c = *a as usize;
            for d in 0..dim {
                sum[c * dim + d] += vecs[w * dim + d];
            }
        }
        for c in 0..k {
            let s = &mut sum[c * dim..(c + 1) * dim];
            let n: f32 = s.iter().map(|x| x * x).sum::<f32>().sqrt();
            if n > 0.0 {
                s.iter_mut().for_each(|x| *x /= n);
                cent[c * dim..(c + 1) * dim].copy_from_slice(s);
            }
        }
    }
    assign
}

/// How [`learn_clusters`] describes a word before clustering it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum WordVectors {
    /// Counts of the immediate left and right neighbours among the most
    /// frequent words (log counts, L2-normalised), randomly projected.
    Neighbours,
    /// Skip-gram embeddings with negative sampling (word2vec), learnt by
    /// [`skipgram`].
    SkipGram,
    /// Neighbour clusters, plus a second set of clusters (`emb`,
    /// `emb_finer`) of skip-gram embeddings: the model's recipe (on the
    /// ANERcorp development tenth, three seeds, 73.5 F1 against 72.9 with
    /// neighbour clusters alone, both learnt from ANT).
    #[default]
    Both,
}

/// Distributional word clusters: each of the `vocab` most frequent stems is
/// described by a 64-dimensional vector (see [`WordVectors`]) and grouped by
/// spherical k-means into `k` clusters (and, separately, into `k / 4` coarse
/// and `4 k` very fine clusters).
pub fn learn_clusters(texts: &[String], k: usize, vocab: usize, seed: u64) -> Clusters {
    learn_clusters_with(texts, k, vocab, seed, WordVectors::Neighbours)
}

/// [`learn_clusters`] with a choice of word vectors.
pub fn learn_clusters_with(
    texts: &[String],
    k: usize,
    vocab: usize,
    seed: u64,
    method: WordVectors,
) -> Clusters {
    const DIM: usize = 64;
    let docs: Vec<Vec<(String, bool)>> = texts.iter().map(|t| text_stems(t)).collect();
    let mut freq: HashMap<&str, (usize, usize)> = HashMap::new();
    for d in &docs {
        for (w, art) in d {
            let e = freq.entry(w.as_str()).or_default();
            e.0 += 1;
            e.1 += *art as usize;
        }
    }
    let mut by_freq: Vec<(&str, (usize, usize))> =
        freq.into_iter().filter(|x| x.1 .0 >= 5).collect();
    by_freq.sort_by(|a, b| b.1 .0.cmp(&a.1 .0).then(a.0.cmp(b.0)));
    by_freq.truncate(vocab);
    let index: HashMap<&str, usize> = by_freq.iter().enumerate().map(|(i, w)| (w.0, i)).collect();
    let v = by_freq.len();
    if v == 0 || k == 0 {
        return Clusters::default();
    }
    let ids: Vec<Vec<Option<u32>>> = docs
        .iter()
        .map(|d| {
            d.iter()
                .map(|w| index.get(w.0.as_str()).map(|i| *i as u32))
                .collect()
        })
        .collect();
    // unit skip-gram vectors of the vocabulary
    let sg = || {
        let counts: Vec<u64> = by_freq.iter().map(|w| w.1 .0 as u64).collect();
        let mut e = skipgram(
            &ids,
            &counts,
            &SkipGramOptions {
                dim: DIM,
                seed,
                ..Default::default()
            },
        );
        for row in e.chunks_mut(DIM) {
            let n: f32 = row.iter().map(|x| x * x).sum::<f32>().sqrt().max(1e-9);
            row.iter_mut().for_each(|x| *x /= n);
        }
        e
    };
    let (emb, emb_finer) = if method == WordVectors::Both {
        let e = sg();
        (kmeans(&e, DIM, k, 15), kmeans(&e, DIM, k * 4, 15))
    } else {
        (Vec::new(), Vec::new())
    };
    let vecs = match method {
        WordVectors::Neighbours | WordVectors::Both => neighbour_vectors(&ids, v, DIM, seed),
        WordVectors::SkipGram => sg(),
    };
    let fine = kmeans(&vecs, DIM, k, 15);
    let coarse = kmeans(&vecs, DIM, (k / 4).max(1), 15);
    let finer = kmeans(&vecs, DIM, k * 4, 15);
    Clusters::from_pairs(by_freq.iter().enumerate().map(|(i, (w, (n, art)))| {
        let r = *art as f32 / (*n).max(1) as f32;
        let article = (r * 4.0).round() as u8;
        let freq = (usize::BITS - n.leading_zeros()).min(15) as u8;
        (
            w.to_string(),
            crate::clusters::WordInfo {
                fine: fine[i],
                coarse: coarse[i],
                article,
                freq,
                finer: finer[i] + 1,
                emb: emb.get(i).map_or(0, |c| c + 1),
                emb_finer: emb_finer.get(i).map_or(0, |c| c + 1),
            },
        )
    }))
}

/// A deterministic xorshift generator (training must be reproducible).
struct XorShift(u64);

impl XorShift {
    fn new(seed: u64) -> Self {
        XorShift(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    /// Uniform in [0, 1).
    fn unit(&mut self) -> f32 {
        (self.next() >> 40) as f32 / (1u64 << 24) as f32
    }
}

/// Unit vectors (`dim` each) of the left and right neighbours of each of the
/// `v` words (ids of the most frequent context words only), log counts,
/// randomly projected.
fn neighbour_vectors(docs: &[Vec<Option<u32>>], v: usize, dim: usize, seed: u64) -> Vec<f32> {
    const CTX: usize = 400;
    let mut counts = vec![0f32; v * 2 * CTX];
    for ids in docs {
        for i in 0..ids.len() {
            let Some(wi) = ids[i].map(|x| x as usize) else {
                continue;
            };
            if i > 0 {
                if let Some(c) = ids[i - 1].map(|x| x as usize).filter(|c| *c < CTX) {
                    counts[wi * 2 * CTX + c] += 1.0;
                }
            }
            if let Some(c) = ids
                .get(i + 1)
                .copied()
                .flatten()
                .map(|x| x as usize)
                .filter(|c| *c < CTX)
            {
                counts[wi * 2 * CTX + CTX + c] += 1.0;
            }
        }
    }
    let mut rng = XorShift::new(seed);
    let proj: Vec<f32> = (0..2 * CTX * dim)
        .map(|_| if rng.next() & 1 == 0 { 1.0 } else { -1.0 })
        .collect();
    let mut vecs = vec![0f32; v * dim];
    for w in 0..v {
        let row = &counts[w * 2 * CTX..(w + 1) * 2 * CTX];
        let norm: f32 = row
            .iter()
            .map(|c| (1.0 + c).ln().powi(2))
            .sum::<f32>()
            .sqrt();
        if norm == 0.0 {
            continue;
        }
        let out = &mut vecs[w * dim..(w + 1) * dim];
        for (c, x) in row.iter().enumerate() {
            if *x == 0.0 {
                continue;
            }
            let val = (1.0 + x).ln() / norm;
            let p = &proj[c * dim..(c + 1) * dim];
            for (o, s) in out.iter_mut().zip(p) {
                *o += val * s;
            }
        }
        let n: f32 = out.iter().map(|x| x * x).sum::<f32>().sqrt().max(1e-9);
        out.iter_mut().for_each(|x| *x /= n);
    }
    vecs
}

/// Settings of [`skipgram`].
#[derive(Debug, Clone)]
pub struct SkipGramOptions {
    /// Vector size.
    pub dim: usize,
    /// Largest distance of a context word (each centre draws its own
    /// window in 1..=window, as word2vec does).
    pub window: usize,
    /// Negative samples per context word.
    pub negative: usize,
    /// Passes over the corpus.
    pub epochs: usize,
    /// Sub-sampling threshold of frequent words.
    pub sample: f32,
    /// Starting learning rate (decays linearly to 0.01 % of it).
    pub alpha: f32,
    pub seed: u64,
}

impl Default for SkipGramOptions {
    fn default() -> Self {
        SkipGramOptions {
            dim: 64,
            window: 3,
            negative: 5,
            epochs: 3,
            sample: 1e-4,
            alpha: 0.025,
            seed: 1,
        }
    }
}

/// Skip-gram word vectors with negative sampling (Mikolov et al. 2013), one
/// thread and a fixed generator so that a run is reproducible: `docs` are
/// sequences of word ids (`None` = out of the vocabulary, skipped), `counts`
/// the corpus frequency of each id. Returns `counts.len() × dim` input
/// vectors, row-major.
pub fn skipgram(docs: &[Vec<Option<u32>>], counts: &[u64], o: &SkipGramOptions) -> Vec<f32> {
    let v = counts.len();
    let dim = o.dim;
    let mut rng = XorShift::new(o.seed ^ 0x5EED);
    let mut emb: Vec<f32> = (0..v * dim)
        .map(|_| (rng.unit() - 0.5) / dim as f32)
        .collect();
    let mut out = vec![0f32; v * dim];
    if v == 0 || dim == 0 {
        return emb;
    }
    // unigram^0.75 table for negative samples
    const TABLE: usize = 1 << 22;
    let pow: Vec<f64> = counts.iter().map(|c| (*c as f64).powf(0.75)).collect();
    let total_pow: f64 = pow.iter().sum();
    let mut table = Vec::with_capacity(TABLE);
    let mut w = 0usize;
    let mut upto = pow[0] / total_pow;
    for i in 0..TABLE {
        table.push(w as u32);
        if (i + 1) as f64 / TABLE as f64 > upto && w + 1 < v {
            w += 1;
            upto += pow[w] / total_pow;
        }
    }
    let total: f64 = counts.iter().map(|c| *c as f64).sum();
    let keep: Vec<f32> = counts
        .iter()
        .map(|c| {
            let f = *c as f64 / total.max(1.0);
            let t = o.sample as f64;
            (((f / t).sqrt() + 1.0) * t / f.max(1e-12)).min(1.0) as f32
        })
        .collect();
    let words: u64 = docs.iter().map(|d| d.iter().flatten().count() as u64).sum();
    let steps = (words * o.epochs as u64).max(1) as f32;
    let mut done = 0u64;
    let mut grad = vec![0f32; dim];
    let mut sent: Vec<u32> = Vec::new();
    for _ in 0..o.epochs {
        for d in docs {
            sent.clear();
            for id in d.iter().flatten() {
                done += 1;
                if rng.unit() < keep[*id as usize] {
                    sent.push(*id);
                }
            }
            let alpha = (o.alpha * (1.0 - done as f32 / steps)).max(o.alpha * 1e-4);
            for (i, &c) in sent.iter().enumerate() {
                let b = 1 + (rng.next() % o.window.max(1) as u64) as usize;
                let lo = i.saturating_sub(b);
                let hi = (i + b + 1).min(sent.len());
                for (j, &ctx) in sent.iter().enumerate().take(hi).skip(lo) {
                    if j == i {
                        continue;
                    }
                    // the context word's input vector predicts the centre
                    let x = ctx as usize * dim;
                    grad.iter_mut().for_each(|g| *g = 0.0);
                    for n in 0..=o.negative {
                        let (target, label) = if n == 0 {
                            (c, 1.0)
                        } else {
                            let t = table[(rng.next() % TABLE as u64) as usize];
                            if t == c {
                                continue;
                            }
                            (t, 0.0)
                        };
                        let y = target as usize * dim;
                        let dot: f32 = emb[x..x + dim]
                            .iter()
                            .zip(&out[y..y + dim])
                            .map(|(a, b)| a * b)
                            .sum();
                        let p = 1.0 / (1.0 + (-dot.clamp(-6.0, 6.0)).exp());
                        let g = (label - p) * alpha;
                        for ((gr, e), w) in grad
                            .iter_mut()
                            .zip(&emb[x..x + dim])
                            .zip(&mut out[y..y + dim])
                        {
                            *gr += g * *w;
                            *w += g * e;
                        }
                    }
                    for (e, g) in emb[x..x + dim].iter_mut().zip(&grad) {
                        *e += g;
                    }
                }
            }
        }
    }
    emb
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clusters_group_words_seen_in_the_same_contexts() {
        // "باريس" and "لندن" share contexts; "ذهب"/"عاد" share others.
        let mut texts = Vec::new();
        for i in 0..30 {
            let city = if i % 2 == 0 { "باريس" } else { "لندن" };
            let verb = if i % 2 == 0 { "ذهب" } else { "عاد" };
            texts.push(format!(
                "{verb} الرجل إلى {city} امس . {verb} الوزير من {city} اليوم"
            ));
        }
        let c = learn_clusters(&texts, 3, 100, 1);
        let get = |w: &str| {
            let key = crate::ner::key_stem(&rasd_text::norm_word(w)).to_string();
            c.get(&key).expect("frequent word has a cluster")
        };
        assert_eq!(get("باريس"), get("لندن"));
        assert_eq!(get("ذهب"), get("عاد"));
        assert_ne!(get("باريس"), get("ذهب"));
    }

    fn cos(e: &[f32], dim: usize, a: usize, b: usize) -> f32 {
        let (x, y) = (&e[a * dim..(a + 1) * dim], &e[b * dim..(b + 1) * dim]);
        let d: f32 = x.iter().zip(y).map(|(p, q)| p * q).sum();
        let n = |v: &[f32]| v.iter().map(|p| p * p).sum::<f32>().sqrt();
        d / (n(x) * n(y)).max(1e-9)
    }

    #[test]
    fn skipgram_vectors_of_interchangeable_words_are_close() {
        // ids 0/1 ("cities") share contexts 4/5, ids 2/3 ("verbs") share
        // contexts 6/7; a skewed filler vocabulary 8.. keeps negatives varied.
        let mut docs = Vec::new();
        let mut r = XorShift::new(3);
        for i in 0..3000u32 {
            let city = i % 2;
            let verb = 2 + (i / 2) % 2;
            let f = 8 + (r.next() % 40) as u32;
            docs.push(vec![
                Some(verb),
                Some(6),
                Some(7),
                Some(f),
                Some(4),
                Some(city),
                Some(5),
                None,
                Some(f),
            ]);
        }
        let mut counts = vec![0u64; 48];
        for d in &docs {
            for id in d.iter().flatten() {
                counts[*id as usize] += 1;
            }
        }
        let o = SkipGramOptions {
            dim: 16,
            epochs: 5,
            sample: 1.0,
            ..Default::default()
        };
        let e = skipgram(&docs, &counts, &o);
        assert_eq!(e.len(), 48 * 16);
        assert!(
            cos(&e, 16, 0, 1) > cos(&e, 16, 0, 2) + 0.2,
            "{} vs {}",
            cos(&e, 16, 0, 1),
            cos(&e, 16, 0, 2)
        );
        assert!(cos(&e, 16, 2, 3) > cos(&e, 16, 1, 3) + 0.2);
        // reproducible: the same input and seed give the same vectors
        assert_eq!(e, skipgram(&docs, &counts, &o));
    }

    #[test]
    fn both_vectors_fill_the_embedding_clusters() {
        let mut texts = Vec::new();
        for i in 0..30 {
            let city = if i % 2 == 0 { "باريس" } else { "لندن" };
            texts.push(format!(
                "ذهب الرجل إلى {city} امس . عاد الوزير من {city} اليوم"
            ));
        }
        let key = crate::ner::key_stem(&rasd_text::norm_word("باريس")).to_string();
        let c = learn_clusters_with(&texts, 3, 100, 1, WordVectors::Both);
        let p = c.info(&key).expect("frequent word has clusters");
        assert!(p.emb > 0 && p.emb_finer > 0);
        let n = learn_clusters_with(&texts, 3, 100, 1, WordVectors::Neighbours);
        assert_eq!(n.info(&key).map(|w| w.emb), Some(0));
        // the text format keeps the extra columns
        let back = Clusters::from_gz(&c.to_gz().expect("gzip")).expect("read back");
        assert_eq!(back.info(&key), Some(p));
    }
}
