//! Tag articles and print the places layer (a debugging tool).
//!
//! `cargo run -p rasd-geo --example geotag -- DATA_DIR FILE.json|FILE.jsonl.gz [ID...]`

use rasd_core::Document;
use rasd_geo::{Gazetteer, Geocoder};
use std::io::BufRead;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let data_dir = std::path::PathBuf::from(args.get(1).ok_or("usage: DATA_DIR FILE [ID...]")?);
    let t = std::time::Instant::now();
    let gaz = Gazetteer::open_default(&data_dir)?;
    eprintln!("open_default: {:?} ({} records)", t.elapsed(), gaz.len());
    let geo = Geocoder::new(gaz);
    let ids: Vec<String> = match std::env::var("GEO_IDS") {
        Ok(f) => std::fs::read_to_string(f)?
            .lines()
            .map(|l| l.trim().to_string())
            .filter(|l| !l.is_empty())
            .collect(),
        Err(_) => Vec::new(),
    };
    for path in args.iter().skip(2) {
        let mut arts: Vec<serde_json::Value> = Vec::new();
        if path.ends_with(".gz") {
            let r =
                std::io::BufReader::new(flate2::read::GzDecoder::new(std::fs::File::open(path)?));
            for l in r.lines() {
                let v: serde_json::Value = serde_json::from_str(&l?)?;
                let id = v["id"].as_str().unwrap_or("").to_string();
                if ids.is_empty() || ids.iter().any(|i| **i == id) {
                    arts.push(v);
                }
            }
        } else {
            arts.push(serde_json::from_str(&std::fs::read_to_string(path)?)?);
        }
        for a in arts {
            let mut doc = Document::new(
                a["id"].as_str().unwrap_or(""),
                a["text"].as_str().unwrap_or(""),
            );
            rasd_text::analyze(&mut doc);
            geo.tag(&mut doc);
            for p in &doc.places {
                println!(
                    "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{:.3}\t{:.3}\t{}\t{}",
                    doc.id,
                    p.span.start,
                    p.span.end,
                    p.text,
                    p.name,
                    p.country.as_deref().unwrap_or(""),
                    p.admin1.as_deref().unwrap_or(""),
                    p.lat.unwrap_or(0.0),
                    p.lon.unwrap_or(0.0),
                    p.kind,
                    p.geo_precision
                );
            }
        }
    }
    Ok(())
}
