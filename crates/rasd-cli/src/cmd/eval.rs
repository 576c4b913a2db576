//! `rasd eval --gold DIR`: run extraction on the gold articles and score it
//! as `shared/spec/event-record.md` describes.

use crate::config::Config;
use anyhow::Context;
use std::collections::HashMap;
use std::path::PathBuf;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Gold directory with articles/, gold/ and optionally groups.json.
    #[arg(long)]
    pub gold: PathBuf,
    /// Also list per-article counts and field mistakes.
    #[arg(long, short)]
    pub verbose: bool,
    /// Print the scores as JSON.
    #[arg(long)]
    pub json: bool,
}

pub fn run(cfg: &Config, args: Args) -> anyhow::Result<i32> {
    let gold = rasd_eval::load_gold_dir(&args.gold)
        .with_context(|| format!("loading gold set {}", args.gold.display()))?;
    let pipeline = cfg.pipeline()?;
    let mut preds = HashMap::new();
    for ga in &gold.articles {
        let Some(article) = &ga.article else {
            eprintln!(
                "rasd: {}: no article text in articles/, scored as no prediction",
                ga.id
            );
            continue;
        };
        match pipeline.process(article) {
            Ok(r) => {
                preds.insert(ga.id.clone(), r);
            }
            Err(e) => eprintln!("rasd: {}: {e}", ga.id),
        }
    }
    let merged = rasd_store::merge::merge_reports(preds.values());
    let scores = rasd_eval::score(&gold, &preds, Some(&merged));
    if args.json {
        let fields: serde_json::Map<String, serde_json::Value> = scores
            .fields
            .iter()
            .map(|(n, f)| ((*n).to_string(), serde_json::json!(f.accuracy())))
            .collect();
        let v = serde_json::json!({
            "articles": scores.articles, "gold_events": scores.gold_events,
            "predicted_events": scores.predicted_events, "matched": scores.matched,
            "precision": scores.precision(), "recall": scores.recall(), "f1": scores.f1(),
            "fields": fields,
            "merge_f1": scores.merge.map(|m| m.f1()),
        });
        println!("{}", serde_json::to_string_pretty(&v)?);
    } else {
        print!("{scores}");
    }
    if args.verbose {
        println!("\nper article (matched/gold/predicted):");
        for (id, m, g, p) in &scores.per_article {
            println!("  {m}/{g}/{p}  {id}");
        }
        println!("\nfield mistakes on matched events:");
        for (id, f, g, p) in &scores.mistakes {
            println!("  {id}  {f}: gold {g}  predicted {p}");
        }
    }
    Ok(0)
}
