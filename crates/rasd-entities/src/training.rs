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
            learn_clusters(&texts, cfg.k, 80_000, cfg.options.seed)
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

/// Distributional word clusters: each of the `vocab` most frequent stems is
/// described by its left and right neighbours (among the most frequent
/// context words, log counts, L2-normalised), projected to 64 random
/// dimensions, and grouped by spherical k-means into `k` clusters (and,
/// separately, into `k / 4` coarse and `4 k` very fine clusters).
pub fn learn_clusters(texts: &[String], k: usize, vocab: usize, seed: u64) -> Clusters {
    const CTX: usize = 400;
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
    let mut counts = vec![0f32; v * 2 * CTX];
    for d in &docs {
        let ids: Vec<Option<usize>> = d.iter().map(|w| index.get(w.0.as_str()).copied()).collect();
        for i in 0..ids.len() {
            let Some(wi) = ids[i] else { continue };
            if i > 0 {
                if let Some(c) = ids[i - 1].filter(|c| *c < CTX) {
                    counts[wi * 2 * CTX + c] += 1.0;
                }
            }
            if let Some(c) = ids.get(i + 1).copied().flatten().filter(|c| *c < CTX) {
                counts[wi * 2 * CTX + CTX + c] += 1.0;
            }
        }
    }
    // random projection
    let mut rng = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    let mut next = move || {
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        rng
    };
    let proj: Vec<f32> = (0..2 * CTX * DIM)
        .map(|_| if next() & 1 == 0 { 1.0 } else { -1.0 })
        .collect();
    let mut vecs = vec![0f32; v * DIM];
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
        let out = &mut vecs[w * DIM..(w + 1) * DIM];
        for (c, x) in row.iter().enumerate() {
            if *x == 0.0 {
                continue;
            }
            let val = (1.0 + x).ln() / norm;
            let p = &proj[c * DIM..(c + 1) * DIM];
            for (o, s) in out.iter_mut().zip(p) {
                *o += val * s;
            }
        }
        let n: f32 = out.iter().map(|x| x * x).sum::<f32>().sqrt().max(1e-9);
        out.iter_mut().for_each(|x| *x /= n);
    }
    drop(counts);
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
            },
        )
    }))
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
        assert_eq!(c.get("باريس"), c.get("لندن"));
        assert_eq!(c.get("ذهب"), c.get("عاد"));
        assert_ne!(c.get("باريس"), c.get("ذهب"));
    }
}
