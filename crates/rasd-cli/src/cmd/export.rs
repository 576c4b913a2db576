//! `rasd export --format jsonl|acled-csv|geojson|plover [filters] [-o FILE]`

use super::events::QueryArgs;
use crate::config::Config;
use anyhow::Context;
use clap::ValueEnum;
use rasd_store::export::{Exporter, Format as ExportFormat};
use std::io::Write;
use std::path::PathBuf;

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq)]
pub enum Format {
    /// One merged event (every report, claim, merge explanation) a line.
    Jsonl,
    /// ACLED's CSV columns.
    AcledCsv,
    /// GeoJSON FeatureCollection.
    Geojson,
    /// PLOVER JSON records.
    Plover,
}

#[derive(clap::Args, Debug)]
pub struct Args {
    #[arg(long, value_enum, default_value = "jsonl")]
    pub format: Format,
    #[command(flatten)]
    pub query: QueryArgs,
    /// At most this many events.
    #[arg(long)]
    pub limit: Option<usize>,
    /// Output file (default: stdout).
    #[arg(long, short)]
    pub output: Option<PathBuf>,
}

pub fn run(cfg: &Config, args: Args) -> anyhow::Result<i32> {
    let store = args.query.open(cfg)?;
    let mut q = args.query.query()?;
    let fmt = match args.format {
        Format::Jsonl => ExportFormat::Jsonl,
        Format::AcledCsv => ExportFormat::AcledCsv,
        Format::Geojson => ExportFormat::GeoJson,
        Format::Plover => ExportFormat::Plover,
    };
    let w: Box<dyn Write> = match &args.output {
        Some(p) => Box::new(std::io::BufWriter::new(
            std::fs::File::create(p).with_context(|| format!("creating {}", p.display()))?,
        )),
        None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
    };
    let mut ex = Exporter::new(w, fmt, chrono::Utc::now().timestamp());
    ex.begin()?;
    let max = args.limit.unwrap_or(usize::MAX);
    let mut written = 0usize;
    q.offset = 0;
    while written < max {
        q.limit = (max - written).min(1000);
        let page = store.events(&q)?;
        if page.items.is_empty() {
            break;
        }
        for e in &page.items {
            ex.write(e)?;
        }
        written += page.items.len();
        q.offset += page.items.len();
        if q.offset as u64 >= page.total {
            break;
        }
    }
    let n = ex.finish()?;
    if args.output.is_some() {
        eprintln!("rasd: exported {n} event(s)");
    }
    Ok(0)
}
