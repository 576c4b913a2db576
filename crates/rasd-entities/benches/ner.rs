//! Tagging throughput (tokens/s) of `EntityTagger::tag` on real news.
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use rasd_core::Document;
use rasd_entities::EntityTagger;
use std::io::Read;
use std::path::PathBuf;

fn news_docs() -> Option<Vec<Document>> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/data/news/ant-2018.jsonl.gz");
    let f = std::fs::File::open(&p).ok()?;
    let mut s = String::new();
    flate2::read::GzDecoder::new(f)
        .read_to_string(&mut s)
        .ok()?;
    let mut docs = Vec::new();
    for line in s.lines().take(500) {
        let v: serde_json::Value = serde_json::from_str(line).ok()?;
        let text = v["text"].as_str().unwrap_or("").to_string();
        let mut d = Document::new("b", text);
        rasd_text::analyze(&mut d);
        docs.push(d);
    }
    Some(docs)
}

fn bench(c: &mut Criterion) {
    let Some(docs) = news_docs() else {
        if std::env::var("CI").is_ok() {
            panic!("../shared/data/news missing (CI=true)");
        }
        eprintln!("../shared/data/news not found: skipping the NER benchmark");
        return;
    };
    let tagger = EntityTagger::new();
    let tokens: usize = docs.iter().map(|d| d.tokens.len()).sum();
    let mut g = c.benchmark_group("entities");
    g.throughput(Throughput::Elements(tokens as u64));
    g.sample_size(10);
    g.bench_function("tag_500_ant_articles", |b| {
        b.iter_batched_ref(
            || docs.clone(),
            |docs| {
                let mut n = 0;
                for d in docs.iter_mut() {
                    tagger.tag(d);
                    n += d.entities.len();
                }
                n
            },
            criterion::BatchSize::LargeInput,
        )
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
