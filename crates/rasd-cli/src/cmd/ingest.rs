//! `rasd ingest PATH...`: extract and store articles (SQLite in the data
//! directory, or PostgreSQL with `database = "postgres://..."`).
//!
//! Resumable: batches are committed in transactions and articles already
//! stored (same text) are skipped before extraction, so after an
//! interruption (even `kill -9`) the same command picks up where it stopped
//! without losing or duplicating anything.

use crate::config::Config;
use crate::input::read_articles;
use anyhow::Context;
use rasd_store::batch::BatchIngest;
use rasd_store::progress::Progress;
use std::path::PathBuf;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Files or directories: .txt, .html, .json, .jsonl (.jsonl.gz), RSS/Atom (.xml, .rss, .atom), or - for stdin.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Publication date for inputs that carry none (YYYY-MM-DD).
    #[arg(long)]
    pub published: Option<String>,
    /// Articles per transaction.
    #[arg(long, default_value_t = 200)]
    pub batch: usize,
    /// Database URL (postgres://...), overriding the config's `database`.
    #[arg(long, env = "RASD_DATABASE")]
    pub database: Option<String>,
    /// Print the final counts as JSON.
    #[arg(long)]
    pub json: bool,
}

pub fn run(cfg: &Config, args: Args) -> anyhow::Result<i32> {
    if let Some(p) = &args.published {
        chrono::NaiveDate::parse_from_str(p, "%Y-%m-%d")
            .with_context(|| format!("--published {p:?} is not YYYY-MM-DD"))?;
    }
    let dir = cfg.data_dir()?;
    let database = args.database.clone().or_else(|| cfg.database.clone());
    let store = rasd_store::open(&dir, database.as_deref()).context("opening the store")?;
    let pipeline = cfg.pipeline()?;
    let progress = Progress::articles();
    let bad_records = std::cell::Cell::new(0u64);
    let mut ingest = BatchIngest::new(store.as_ref(), args.batch, |a| {
        pipeline.process(a).map_err(|e| e.to_string())
    })
    .on_failure(|a, msg| progress.println(&format!("rasd: article {}: {msg}", a.id)))
    .on_batch(|st, n| {
        progress.inc(n as u64);
        progress.message(format!(
            "{} new, {} duplicate, {} events, {} merged",
            st.new, st.duplicates, st.new_events, st.merged_events
        ));
    });
    let mut fatal: Option<anyhow::Error> = None;
    for p in &args.paths {
        read_articles(p, args.published.as_deref(), &mut |r| {
            if fatal.is_some() {
                return;
            }
            match r {
                Ok(a) => {
                    if let Err(e) = ingest.push(a) {
                        fatal = Some(anyhow::Error::new(e).context("storing a batch"));
                    }
                }
                Err(bad) => {
                    bad_records.set(bad_records.get() + 1);
                    progress.println(&format!("rasd: {bad}"));
                }
            }
        });
        if let Some(e) = fatal.take() {
            progress.finish();
            return Err(e);
        }
    }
    let stats = ingest.finish().context("storing the last batch")?;
    progress.finish();
    let counts = store.counts()?;
    if args.json {
        let v = serde_json::json!({
            "read": stats.read, "new": stats.new, "duplicates": stats.duplicates,
            "near_duplicates": stats.near_duplicates, "failed": stats.failed,
            "bad_records": bad_records.get(), "new_events": stats.new_events,
            "merged_events": stats.merged_events, "store": counts, "backend": store.backend(),
        });
        println!("{v}");
    } else {
        println!(
            "ingested {} article(s): {} new ({} near-duplicate), {} already stored, {} failed, {} bad record(s); {} new event(s), {} report(s) merged into existing events",
            stats.read, stats.new, stats.near_duplicates, stats.duplicates, stats.failed,
            bad_records.get(), stats.new_events, stats.merged_events
        );
        println!(
            "store ({}): {} articles, {} events, {} event reports",
            store.backend(),
            counts.articles,
            counts.events,
            counts.event_reports
        );
    }
    if stats.failed > 0 || bad_records.get() > 0 {
        return Ok(1);
    }
    Ok(0)
}
