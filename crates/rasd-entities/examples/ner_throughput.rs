//! Tagging throughput on real news, in tokens per second of CPU time of
//! the (single) tagging thread, and per wall-clock second:
//! `cargo run --release -p rasd-entities --example ner_throughput -- [articles]`
use rasd_core::Document;
use rasd_entities::EntityTagger;
use std::io::Read;
use std::path::PathBuf;

/// CPU seconds used by this thread (Linux: utime+stime of /proc/thread-self/stat).
fn cpu_seconds() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/thread-self/stat").ok()?;
    let rest = s.rsplit_once(')')?.1;
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ut: f64 = f.get(11)?.parse().ok()?;
    let st: f64 = f.get(12)?.parse().ok()?;
    Some((ut + st) / 100.0)
}

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(1000);
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/data/news/ant-2018.jsonl.gz");
    let mut s = String::new();
    let f = std::fs::File::open(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
    flate2::read::GzDecoder::new(f)
        .read_to_string(&mut s)
        .expect("gzip");
    let mut docs = Vec::new();
    for line in s.lines().take(n) {
        let v: serde_json::Value = serde_json::from_str(line).expect("json");
        let mut d = Document::new("b", v["text"].as_str().unwrap_or("").to_string());
        rasd_text::analyze(&mut d);
        docs.push(d);
    }
    let tagger = EntityTagger::new();
    let tokens: usize = docs.iter().map(|d| d.tokens.len()).sum();
    let (mut done, mut ents) = (0usize, 0usize);
    let (mut cpu, mut wall) = (0f64, 0f64);
    while cpu < 5.0 {
        let mut batch = docs.clone();
        let c0 = cpu_seconds().unwrap_or(0.0);
        let t0 = std::time::Instant::now();
        for d in batch.iter_mut() {
            tagger.tag(d);
            ents += d.entities.len();
        }
        wall += t0.elapsed().as_secs_f64();
        cpu += cpu_seconds().unwrap_or(0.0) - c0;
        done += tokens;
    }
    println!(
        "{} articles, {} tokens/pass, {} entities: {:.0} tokens/s (thread CPU), {:.0} tokens/s (wall), {:.0} articles/s (CPU)",
        docs.len(),
        tokens,
        ents,
        done as f64 / cpu,
        done as f64 / wall,
        (done as f64 / tokens as f64) * docs.len() as f64 / cpu
    );
}
