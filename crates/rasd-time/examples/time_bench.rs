//! Benchmark/evaluation driver used by `scripts/bench-time.sh`.
//!
//! ```text
//! time_bench --corpus FILE[:duckling|:news] ... [--dump OUT.jsonl] [--articles A.jsonl.gz --limit N]
//! ```
//! Prints one JSON summary line: strict accuracy (value+grain) and phrases/s
//! over the corpora, and with `--articles` the articles/s of `TimeTagger::tag`
//! on real news. `--dump` writes rasd's reading of every case (for the Python
//! side to score both systems the same way).

use rasd_core::Document;
use rasd_time::corpus::{check, load_jsonl, main_mention, tagger_for, Case};
use rasd_time::{Convention, TimeTagger};
use std::io::{BufRead, BufReader, Write};
use std::path::PathBuf;
use std::time::Instant;

fn main() -> anyhow_free::Result<()> {
    let mut corpora: Vec<(PathBuf, Convention)> = Vec::new();
    let mut dump: Option<PathBuf> = None;
    let mut articles: Option<PathBuf> = None;
    let mut limit = 2000usize;
    let mut show = 0usize;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--corpus" => {
                let v = args.next().ok_or("--corpus needs a value")?;
                let (p, c) = match v.rsplit_once(':') {
                    Some((p, "duckling")) => (p.to_string(), Convention::Duckling),
                    Some((p, "news")) => (p.to_string(), Convention::News),
                    _ => (v.clone(), Convention::News),
                };
                corpora.push((PathBuf::from(p), c));
            }
            "--dump" => dump = Some(PathBuf::from(args.next().ok_or("--dump needs a value")?)),
            "--articles" => {
                articles = Some(PathBuf::from(
                    args.next().ok_or("--articles needs a value")?,
                ))
            }
            "--limit" => limit = args.next().ok_or("--limit needs a value")?.parse()?,
            "--show" => show = args.next().ok_or("--show needs a value")?.parse()?,
            other => return Err(format!("unknown argument {other}").into()),
        }
    }
    let mut cases: Vec<Case> = Vec::new();
    for (p, c) in &corpora {
        cases.extend(load_jsonl(p, *c)?);
    }
    let news = tagger_for(Convention::News);
    let duck = tagger_for(Convention::Duckling);
    let pick = |c: &Case| match c.convention {
        Convention::News => &news,
        Convention::Duckling => &duck,
    };
    // Accuracy + dump.
    let mut passed = 0usize;
    let mut out = match &dump {
        Some(p) => Some(std::fs::File::create(p)?),
        None => None,
    };
    for c in &cases {
        let ms = pick(c).parse_with(&c.text, Some(c.reference));
        let ok = check(c.expected.as_ref(), &ms);
        passed += usize::from(ok);
        if let Some(f) = out.as_mut() {
            let got = main_mention(&ms).map(|m| {
                serde_json::json!({"value": m.value, "from": m.from, "to": m.to, "grain": m.grain})
            });
            let exp = c.expected.as_ref().map(|e| {
                serde_json::json!({"value": e.value, "from": e.from, "to": e.to, "grain": e.grain})
            });
            let conv = match c.convention {
                Convention::News => "news",
                Convention::Duckling => "duckling",
            };
            let row = serde_json::json!({"text": c.text, "reference": c.reference.to_rfc3339(),
                "convention": conv, "expected": exp, "rasd": got, "rasd_strict": ok});
            writeln!(f, "{row}")?;
        }
    }
    // Throughput over the phrases: repeat until at least one second.
    let start = Instant::now();
    let mut n = 0usize;
    let mut found = 0usize;
    while start.elapsed().as_secs_f64() < 1.0 {
        for c in &cases {
            found += pick(c).parse_with(&c.text, Some(c.reference)).len();
            n += 1;
        }
    }
    let secs = start.elapsed().as_secs_f64();
    let mut summary = serde_json::json!({
        "cases": cases.len(),
        "strict_passed": passed,
        "strict_accuracy": passed as f64 / cases.len().max(1) as f64,
        "phrases_per_sec": n as f64 / secs,
        "mentions_seen": found,
    });
    if let Some(p) = articles {
        let f = std::fs::File::open(&p)?;
        let r = BufReader::new(flate2::read::GzDecoder::new(f));
        let mut docs = Vec::new();
        for line in r.lines() {
            let line = line?;
            let v: serde_json::Value = serde_json::from_str(&line)?;
            let text = v["text"].as_str().unwrap_or("").to_string();
            let mut d = Document::new(v["id"].as_str().unwrap_or(""), text);
            d.published = v["published"]
                .as_str()
                .and_then(|s| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").ok());
            docs.push(d);
            if docs.len() >= limit {
                break;
            }
        }
        let start = Instant::now();
        let mut starts = 0usize;
        for d in &docs {
            starts += rasd_time::prefilter_count(&d.text);
        }
        let pre_secs = start.elapsed().as_secs_f64();
        summary["prefilter_articles_per_sec"] = (docs.len() as f64 / pre_secs).into();
        summary["prefilter_starts"] = starts.into();
        let tagger = TimeTagger::new();
        let chars: usize = docs.iter().map(|d| d.text.chars().count()).sum();
        let start = Instant::now();
        let mut mentions = 0usize;
        for d in docs.iter_mut() {
            tagger.tag(d);
            mentions += d.times.len();
        }
        let secs = start.elapsed().as_secs_f64();
        summary["articles"] = docs.len().into();
        summary["articles_per_sec"] = (docs.len() as f64 / secs).into();
        summary["article_chars_per_sec"] = (chars as f64 / secs).into();
        summary["article_mentions"] = mentions.into();
        for d in docs.iter().take(show) {
            for m in &d.times {
                eprintln!(
                    "{}\t{:?}\t{}\t{:?}\t{:?}",
                    d.published.map(|p| p.to_string()).unwrap_or_default(),
                    m.text,
                    m.value.as_deref().unwrap_or("-"),
                    m.grain,
                    m.to
                );
            }
        }
    }
    println!("{summary}");
    Ok(())
}

/// Minimal boxed-error result (the example avoids extra dependencies).
mod anyhow_free {
    pub type Result<T> = std::result::Result<T, Box<dyn std::error::Error>>;
}
