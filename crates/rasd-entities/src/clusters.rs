//! Word resources of the NER model:
//!
//! - learnt by rasd from unlabelled news: for each frequent normalised stem,
//!   a fine, a coarse and a very fine distributional cluster, how often it takes the
//!   article ال (bucketed) and its frequency (log bucket);
//! - learnt from the NER training corpus: for each normalised word, the
//!   entity class it most often has and how reliably (bucketed);
//! - learnt by the first NER stage from unlabelled news (the news
//!   lexicon): for each stem the first stage tagged as an entity there, its
//!   majority type and how often (bucketed, see [`crate::autolex`]).
//!
//! Stored as gzip text: `stem<TAB>fine<TAB>coarse<TAB>article<TAB>freq[<TAB>finer]`
//! lines (`finer`: very fine cluster + 1, absent in older files),
//! `#T<TAB>norm<TAB>value` and `#S<TAB>stem<TAB>value` lines for the
//! training lexicon of words and of stems, and
//! `#A<TAB>stem<TAB>value` lines for the news lexicon.

use crate::fasthash::FastMap;
use std::collections::HashMap;
use std::io::Read;

/// What the news taught about one stem.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WordInfo {
    /// Fine cluster id.
    pub fine: u16,
    /// Coarse cluster id.
    pub coarse: u16,
    /// Share of occurrences with the article, bucket 0-4.
    pub article: u8,
    /// log2 frequency bucket.
    pub freq: u8,
    /// Very fine cluster id + 1 (0 = none; files without the column).
    pub finer: u16,
    /// Cluster id + 1 of the word's skip-gram embedding (0 = none).
    pub emb: u16,
    /// Very fine cluster id + 1 of the word's skip-gram embedding (0 = none).
    pub emb_finer: u16,
}

/// Stem → cluster information, and word → training-lexicon value.
#[derive(Debug, Clone, Default)]
pub struct Clusters {
    map: FastMap<String, WordInfo>,
    train: FastMap<String, u16>,
    auto: FastMap<String, u16>,
}

impl Clusters {
    /// Fine cluster of a normalised stem.
    pub fn get(&self, stem: &str) -> Option<u16> {
        self.map.get(stem).map(|w| w.fine)
    }

    /// All news information on a stem.
    pub fn info(&self, stem: &str) -> Option<WordInfo> {
        self.map.get(stem).copied()
    }

    /// Training-lexicon value of a normalised word (0 = unknown).
    pub fn train_value(&self, norm: &str) -> u16 {
        self.train.get(norm).copied().unwrap_or(0)
    }

    /// News-lexicon value of a stem (0 = never or rarely an entity).
    pub fn auto_value(&self, stem: &str) -> u16 {
        self.auto.get(stem).copied().unwrap_or(0)
    }

    /// Replace the news lexicon.
    pub fn set_auto(&mut self, auto: HashMap<String, u16>) {
        self.auto = auto.into_iter().collect();
    }

    /// Replace the training lexicon.
    pub fn set_train(&mut self, train: HashMap<String, u16>) {
        self.train = train.into_iter().collect();
    }

    /// Number of words with a cluster.
    pub fn len(&self) -> usize {
        self.map.len()
    }

    /// True when no word has a cluster.
    pub fn is_empty(&self) -> bool {
        self.map.is_empty() && self.train.is_empty() && self.auto.is_empty()
    }

    /// Build from `(stem, info)` pairs.
    pub fn from_pairs(pairs: impl IntoIterator<Item = (String, WordInfo)>) -> Self {
        Clusters {
            map: pairs.into_iter().collect(),
            train: FastMap::default(),
            auto: FastMap::default(),
        }
    }

    /// Read the gzip text format.
    pub fn from_gz(bytes: &[u8]) -> std::io::Result<Self> {
        let mut s = String::new();
        if bytes.starts_with(&[0x1f, 0x8b]) {
            flate2::read::GzDecoder::new(bytes).read_to_string(&mut s)?;
        } else {
            // already inflated (the build embeds it so: faster start-up)
            s = String::from_utf8(bytes.to_vec())
                .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e))?;
        }
        let mut c = Clusters::default();
        for line in s.lines() {
            let f: Vec<&str> = line.split('\t').collect();
            match f.as_slice() {
                ["#T", w, v] => {
                    if let Ok(v) = v.parse() {
                        c.train.insert(w.to_string(), v);
                    }
                }
                ["#S", w, v] => {
                    if let Ok(v) = v.parse() {
                        c.train.insert(format!("#{w}"), v);
                    }
                }
                ["#A", w, v] => {
                    if let Ok(v) = v.parse() {
                        c.auto.insert(w.to_string(), v);
                    }
                }
                [w, fine, coarse, art, freq, rest @ ..] if rest.len() <= 3 => {
                    let p = |x: &str| x.parse::<u16>().unwrap_or(0);
                    c.map.insert(
                        w.to_string(),
                        WordInfo {
                            fine: p(fine),
                            coarse: p(coarse),
                            article: p(art) as u8,
                            freq: p(freq) as u8,
                            finer: rest.first().map(|x| p(x)).unwrap_or(0),
                            emb: rest.get(1).map(|x| p(x)).unwrap_or(0),
                            emb_finer: rest.get(2).map(|x| p(x)).unwrap_or(0),
                        },
                    );
                }
                _ => {}
            }
        }
        Ok(c)
    }

    /// Write the gzip text format (sorted, so output is reproducible).
    pub fn to_gz(&self) -> std::io::Result<Vec<u8>> {
        use std::io::Write;
        let mut v: Vec<_> = self.map.iter().collect();
        v.sort_by(|a, b| a.0.cmp(b.0));
        let mut g = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        for (w, i) in v {
            write!(
                g,
                "{w}\t{}\t{}\t{}\t{}",
                i.fine, i.coarse, i.article, i.freq
            )?;
            if i.finer != 0 || i.emb != 0 {
                write!(g, "\t{}", i.finer)?;
            }
            if i.emb != 0 {
                write!(g, "\t{}\t{}", i.emb, i.emb_finer)?;
            }
            writeln!(g)?;
        }
        let mut t: Vec<_> = self.train.iter().collect();
        t.sort();
        for (w, v) in t {
            match w.strip_prefix('#') {
                Some(stem) if !stem.is_empty() => writeln!(g, "#S\t{stem}\t{v}")?,
                _ => writeln!(g, "#T\t{w}\t{v}")?,
            }
        }
        let mut a: Vec<_> = self.auto.iter().collect();
        a.sort();
        for (w, v) in a {
            writeln!(g, "#A\t{w}\t{v}")?;
        }
        g.finish()
    }
}
