//! `rasd annotate [--layers ...] [--reference ...] FILE|-`: every analysis
//! layer with `start`/`end` char offsets into the input.

use crate::config::Config;
use anyhow::Context;
use rasd_core::Article;
use rasd_events::pipeline::Layers;
use serde_json::json;
use std::path::PathBuf;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Input text file, or - for stdin.
    pub file: PathBuf,
    /// Comma-separated layers: tokens,sentences,numbers,times,places,entities.
    #[arg(long, default_value = "tokens,sentences,numbers,times,places,entities")]
    pub layers: String,
    /// The moment relative expressions resolve against, e.g. 2021-07-05T12:00:00+03:00.
    #[arg(long)]
    pub reference: Option<String>,
    /// Publication date (YYYY-MM-DD); the default reference.
    #[arg(long)]
    pub published: Option<String>,
}

const KNOWN: [&str; 6] = [
    "tokens",
    "sentences",
    "numbers",
    "times",
    "places",
    "entities",
];

pub fn run(cfg: &Config, args: Args) -> anyhow::Result<i32> {
    let wanted: Vec<&str> = args
        .layers
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    for w in &wanted {
        if !KNOWN.contains(w) {
            anyhow::bail!("unknown layer {w:?}; known: {}", KNOWN.join(","));
        }
    }
    let reference = args
        .reference
        .as_deref()
        .map(|r| {
            chrono::DateTime::parse_from_rfc3339(r)
                .with_context(|| format!("--reference {r:?} is not YYYY-MM-DDTHH:MM:SS±HH:MM"))
        })
        .transpose()?;
    let mut text = None;
    crate::input::read_articles(&args.file, args.published.as_deref(), &mut |r| {
        if text.is_none() {
            text = Some(r);
        }
    });
    let article: Article = match text {
        Some(Ok(a)) => a,
        Some(Err(bad)) => anyhow::bail!("{bad}"),
        None => anyhow::bail!("{}: no article", args.file.display()),
    };
    let layers = Layers {
        times: wanted.contains(&"times"),
        places: wanted.contains(&"places") || wanted.contains(&"entities"),
        entities: wanted.contains(&"entities"),
    };
    // places need no entities; entities may use places
    let pipeline = if layers.places {
        cfg.pipeline()?
    } else {
        rasd_events::Pipeline::new(rasd_geo::Gazetteer::builtin())
    };
    let mut doc = pipeline.document(&article, reference)?;
    pipeline.analyze(&mut doc, layers);
    let mut out = serde_json::Map::new();
    out.insert("id".into(), json!(doc.id));
    out.insert(
        "reference".into(),
        json!(doc.reference.map(|r| r.to_rfc3339())),
    );
    for w in &wanted {
        let v = match *w {
            "tokens" => serde_json::to_value(&doc.tokens)?,
            "sentences" => serde_json::to_value(&doc.sentences)?,
            "numbers" => serde_json::to_value(&doc.numbers)?,
            "times" => serde_json::to_value(&doc.times)?,
            "places" => serde_json::to_value(&doc.places)?,
            _ => serde_json::to_value(&doc.entities)?,
        };
        out.insert((*w).to_string(), v);
    }
    println!("{}", serde_json::to_string_pretty(&out)?);
    Ok(0)
}
