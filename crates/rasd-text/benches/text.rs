//! Throughput of the text stages on real news (`../shared/data/news/`):
//! normalise + tokenise + sentences, and the full `analyze` (with numbers).
//! Reports MB/s of UTF-8 input on one core.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use rasd_core::Document;
use std::io::BufRead;
use std::path::PathBuf;

/// Up to `max` article bodies from the shared news files.
fn articles(max: usize) -> Vec<String> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/news");
    let mut out = Vec::new();
    for f in ["ant-2018.jsonl.gz", "saudinewsnet-2015.jsonl.gz"] {
        let p = dir.join(f);
        let Ok(file) = std::fs::File::open(&p) else {
            if std::env::var("CI").map(|v| v == "true").unwrap_or(false) {
                panic!("{} missing (CI=true)", p.display());
            }
            eprintln!("SKIP: {} not found", p.display());
            continue;
        };
        let r = std::io::BufReader::new(flate2::read::GzDecoder::new(file));
        for line in r.lines().map_while(Result::ok).take(max / 2) {
            if let Ok(v) = serde_json::from_str::<serde_json::Value>(&line) {
                if let Some(t) = v["text"].as_str() {
                    out.push(t.to_string());
                }
            }
        }
    }
    out
}

fn bench(c: &mut Criterion) {
    let docs = articles(2000);
    if docs.is_empty() {
        return;
    }
    let bytes: usize = docs.iter().map(|d| d.len()).sum();
    eprintln!("{} articles, {:.1} MB", docs.len(), bytes as f64 / 1e6);
    let mut g = c.benchmark_group("text");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(10);
    g.bench_function("normalize+tokenize+sentences", |b| {
        b.iter(|| {
            let mut n = 0;
            for t in &docs {
                let norm = rasd_text::normalize(t);
                let mut d = Document::new("b", t.as_str());
                rasd_text::tokenize(&mut d);
                rasd_text::split_sentences(&mut d);
                n += d.sentences.len() + norm.text.len();
            }
            n
        })
    });
    g.bench_function("analyze (tokens+sentences+numbers)", |b| {
        b.iter(|| {
            let mut n = 0;
            for t in &docs {
                let mut d = Document::new("b", t.as_str());
                rasd_text::analyze(&mut d);
                n += d.numbers.len();
            }
            n
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
