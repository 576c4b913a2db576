//! Word clusters learnt by rasd from unlabelled news: each frequent
//! normalised stem gets a cluster id. Stored as gzip text, one
//! `stem<TAB>cluster` a line.

use std::collections::HashMap;
use std::io::Read;

/// Stem → cluster id.
#[derive(Debug, Clone, Default)]
pub struct Clusters {
    map: HashMap<String, u16>,
}

impl Clusters {
    /// Cluster of a normalised stem.
    pub fn get(&self, stem: &str) -> Option<u16> {
        self.map.get(stem).copied()
    }

    /// Number of words with a cluster.
    pub fn len(&self) -> usize {
        self.map.len()
    }

    /// True when no word has a cluster.
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// Build from pairs.
    pub fn from_pairs(pairs: impl IntoIterator<Item = (String, u16)>) -> Self {
        Clusters {
            map: pairs.into_iter().collect(),
        }
    }

    /// Read the gzip text format.
    pub fn from_gz(bytes: &[u8]) -> std::io::Result<Self> {
        let mut s = String::new();
        flate2::read::GzDecoder::new(bytes).read_to_string(&mut s)?;
        let mut map = HashMap::new();
        for line in s.lines() {
            if let Some((w, c)) = line.split_once('\t') {
                if let Ok(c) = c.trim().parse::<u16>() {
                    map.insert(w.to_string(), c);
                }
            }
        }
        Ok(Clusters { map })
    }

    /// Write the gzip text format (sorted, so output is reproducible).
    pub fn to_gz(&self) -> std::io::Result<Vec<u8>> {
        use std::io::Write;
        let mut v: Vec<_> = self.map.iter().collect();
        v.sort();
        let mut g = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        for (w, c) in v {
            writeln!(g, "{w}\t{c}")?;
        }
        g.finish()
    }
}
