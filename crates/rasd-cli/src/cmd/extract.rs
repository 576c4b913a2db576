//! `rasd extract FILE... [--published YYYY-MM-DD] [--format json|jsonl|text]`

use crate::config::Config;
use crate::input::read_articles;
use anyhow::Context;
use clap::ValueEnum;
use std::io::Write;
use std::path::PathBuf;

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq)]
pub enum Format {
    Json,
    Jsonl,
    Text,
}

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Article files: .txt, .json (one article), .jsonl (one per line), or - for stdin.
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// Publication date for .txt input (YYYY-MM-DD): anchors relative dates.
    #[arg(long)]
    pub published: Option<String>,
    #[arg(long, value_enum, default_value = "json")]
    pub format: Format,
}

pub fn run(cfg: &Config, args: Args) -> anyhow::Result<i32> {
    if let Some(p) = &args.published {
        chrono::NaiveDate::parse_from_str(p, "%Y-%m-%d")
            .with_context(|| format!("--published {p:?} is not YYYY-MM-DD"))?;
    }
    let pipeline = cfg.pipeline()?;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let mut reports = Vec::new();
    let mut failures = 0usize;
    for f in &args.files {
        read_articles(f, args.published.as_deref(), &mut |r| match r {
            Ok(article) => match pipeline.process(&article) {
                Ok(rep) => reports.push((rep, article.text)),
                Err(e) => {
                    failures += 1;
                    eprintln!("rasd: {}: {e}", f.display());
                }
            },
            Err(bad) => {
                failures += 1;
                eprintln!("rasd: {bad}");
            }
        });
        // stream JSON Lines / text as we go
        if args.format != Format::Json {
            for (rep, text) in reports.drain(..) {
                match args.format {
                    Format::Jsonl => writeln!(out, "{}", serde_json::to_string(&rep)?)?,
                    _ => write!(out, "{}", super::text::report_with_text(&rep, Some(&text)))?,
                }
            }
        }
    }
    if args.format == Format::Json {
        let reports: Vec<_> = reports.into_iter().map(|(r, _)| r).collect();
        if reports.len() == 1 {
            serde_json::to_writer_pretty(&mut out, &reports[0])?;
        } else {
            serde_json::to_writer_pretty(&mut out, &reports)?;
        }
        writeln!(out)?;
    }
    if failures > 0 {
        eprintln!("rasd: {failures} record(s) could not be processed");
        return Ok(1);
    }
    Ok(0)
}
