//! `rasd events`: query stored (merged) events.

use crate::config::Config;
use anyhow::Context;
use clap::ValueEnum;
use rasd_store::{BBox, EventQuery, StoredEvent};
use std::io::Write;

/// Filters shared by `rasd events` and `rasd export`.
#[derive(clap::Args, Debug, Clone, Default)]
pub struct QueryArgs {
    /// Event date on or after (YYYY-MM-DD).
    #[arg(long)]
    pub from: Option<String>,
    /// Event date on or before (YYYY-MM-DD).
    #[arg(long)]
    pub to: Option<String>,
    /// Country (ISO 3166-1 alpha-2, e.g. IQ).
    #[arg(long)]
    pub country: Option<String>,
    /// Admin1 (governorate/province) name.
    #[arg(long)]
    pub admin1: Option<String>,
    /// ACLED event type or sub-event type, e.g. "Battles" or "Air/drone strike".
    #[arg(long = "type")]
    pub event_type: Option<String>,
    /// Bounding box: min_lon,min_lat,max_lon,max_lat.
    #[arg(long, allow_hyphen_values = true)]
    pub bbox: Option<String>,
    /// Full-text search in the reporting articles.
    #[arg(long)]
    pub text: Option<String>,
    /// Database URL (postgres://...), overriding the config's `database`.
    #[arg(long, env = "RASD_DATABASE")]
    pub database: Option<String>,
}

impl QueryArgs {
    /// The store query (limit/offset set by the caller).
    pub fn query(&self) -> anyhow::Result<EventQuery> {
        let date = |s: &Option<String>, flag: &str| -> anyhow::Result<Option<chrono::NaiveDate>> {
            s.as_deref()
                .map(|d| {
                    chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d")
                        .with_context(|| format!("--{flag} {d:?} is not YYYY-MM-DD"))
                })
                .transpose()
        };
        let bbox =
            match &self.bbox {
                Some(b) => Some(BBox::parse(b).with_context(|| {
                    format!("--bbox {b:?} is not min_lon,min_lat,max_lon,max_lat")
                })?),
                None => None,
            };
        Ok(EventQuery {
            date_from: date(&self.from, "from")?,
            date_to: date(&self.to, "to")?,
            country: self.country.clone(),
            admin1: self.admin1.clone(),
            event_type: self.event_type.clone(),
            bbox,
            text: self.text.clone(),
            ..Default::default()
        })
    }

    /// Open the configured store.
    pub fn open(&self, cfg: &Config) -> anyhow::Result<Box<dyn rasd_store::Store>> {
        let database = self.database.clone().or_else(|| cfg.database.clone());
        rasd_store::open(&cfg.data_dir()?, database.as_deref()).context("opening the store")
    }
}

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq)]
pub enum Format {
    Table,
    Json,
    Jsonl,
}

#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(flatten)]
    pub query: QueryArgs,
    /// Show one event (every report, claim and the merge explanation).
    #[arg(long)]
    pub id: Option<i64>,
    #[arg(long, default_value_t = 50)]
    pub limit: usize,
    #[arg(long, default_value_t = 0)]
    pub offset: usize,
    #[arg(long, value_enum, default_value = "table")]
    pub format: Format,
}

fn table_line(e: &StoredEvent) -> String {
    let ev = &e.event;
    let loc = ev.location.clone().unwrap_or_default();
    format!(
        "{:>6}  {:<10}  {:<28}  {:<2} {:<18} {:<18}  {:>4}  {}  {}",
        e.id,
        ev.event_date.as_deref().unwrap_or("-"),
        ev.sub_event_type
            .as_deref()
            .or(ev.event_type.as_deref())
            .unwrap_or("-"),
        loc.country.as_deref().unwrap_or("-"),
        loc.admin1.as_deref().unwrap_or("-"),
        loc.name.as_deref().unwrap_or("-"),
        ev.fatalities
            .map(|f| f.to_string())
            .unwrap_or_else(|| "-".into()),
        e.reports.len(),
        e.article_ids.join(","),
    )
}

pub fn run(cfg: &Config, args: Args) -> anyhow::Result<i32> {
    let store = args.query.open(cfg)?;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    if let Some(id) = args.id {
        let Some(e) = store.event(id)? else {
            eprintln!("rasd: no event {id}");
            return Ok(1);
        };
        match args.format {
            Format::Table => {
                writeln!(out, "{}", table_line(&e))?;
                writeln!(out, "notes: {}", e.event.notes)?;
                writeln!(out, "merge:")?;
                for l in e.merge_explanation.lines() {
                    writeln!(out, "  {l}")?;
                }
                for m in &e.reports {
                    writeln!(
                        out,
                        "report {}#{} ({}): fatalities {}, {} claim(s)",
                        m.article_id,
                        m.index,
                        m.source.as_deref().unwrap_or("unknown source"),
                        m.event
                            .fatalities
                            .map(|f| f.to_string())
                            .unwrap_or_else(|| "null".into()),
                        m.event.claims.len()
                    )?;
                }
            }
            Format::Json => writeln!(out, "{}", serde_json::to_string_pretty(&e)?)?,
            Format::Jsonl => writeln!(out, "{}", serde_json::to_string(&e)?)?,
        }
        return Ok(0);
    }
    let mut q = args.query.query()?;
    q.limit = args.limit;
    q.offset = args.offset;
    let page = store.events(&q)?;
    match args.format {
        Format::Table => {
            writeln!(
                out,
                "{:>6}  {:<10}  {:<28}  {:<2} {:<18} {:<18}  {:>4}  reports  articles",
                "id", "date", "type", "cc", "admin1", "location", "dead"
            )?;
            for e in &page.items {
                writeln!(out, "{}", table_line(e))?;
            }
            writeln!(
                out,
                "{} of {} event(s) (offset {})",
                page.items.len(),
                page.total,
                page.offset
            )?;
        }
        Format::Json => writeln!(out, "{}", serde_json::to_string_pretty(&page)?)?,
        Format::Jsonl => {
            for e in &page.items {
                writeln!(out, "{}", serde_json::to_string(e)?)?;
            }
        }
    }
    Ok(0)
}
