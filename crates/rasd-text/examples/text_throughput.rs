//! Throughput on real news measured in process CPU time (robust on a loaded
//! machine): `cargo run --release -p rasd-text --example text_throughput -- [articles]`.

use rasd_core::Document;
use std::io::BufRead;

/// Process CPU time (user + system) in seconds, from /proc/self/stat.
fn cpu_secs() -> f64 {
    let s = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let after = s.rsplit_once(')').map(|x| x.1).unwrap_or("");
    let f: Vec<&str> = after.split_whitespace().collect();
    let ticks = |i: usize| f.get(i).and_then(|x| x.parse::<f64>().ok()).unwrap_or(0.0);
    (ticks(11) + ticks(12)) / 100.0
}

fn main() {
    let max: usize = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(4000);
    let dir =
        std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/news");
    let mut docs = Vec::new();
    for f in ["ant-2018.jsonl.gz", "saudinewsnet-2015.jsonl.gz"] {
        let Ok(file) = std::fs::File::open(dir.join(f)) else {
            eprintln!("{f} not found");
            continue;
        };
        let r = std::io::BufReader::new(flate2::read::GzDecoder::new(file));
        for line in r.lines().map_while(Result::ok).take(max / 2) {
            if let Ok(v) = serde_json::from_str::<serde_json::Value>(&line) {
                docs.push(v["text"].as_str().unwrap_or("").to_string());
            }
        }
    }
    let bytes: usize = docs.iter().map(String::len).sum();
    let mb = bytes as f64 / 1e6;
    println!("{} articles, {:.1} MB", docs.len(), mb);
    type Stage = fn(&str) -> usize;
    let stages: [(&str, Stage); 5] = [
        ("normalize", |t| rasd_text::normalize(t).text.len()),
        ("tokenize", |t| {
            let mut d = Document::new("b", t);
            rasd_text::tokenize(&mut d);
            d.tokens.len()
        }),
        ("normalize+tokenize+sentences", |t| {
            let n = rasd_text::normalize(t);
            let mut d = Document::new("b", t);
            rasd_text::tokenize(&mut d);
            rasd_text::split_sentences(&mut d);
            d.sentences.len() + n.text.len()
        }),
        ("numbers (after tokens)", |t| {
            let mut d = Document::new("b", t);
            rasd_text::tokenize(&mut d);
            rasd_text::numbers(&mut d);
            d.numbers.len()
        }),
        ("analyze", |t| {
            let mut d = Document::new("b", t);
            rasd_text::analyze(&mut d);
            d.numbers.len()
        }),
    ];
    let only = std::env::args().nth(2);
    for (name, f) in stages {
        if only.as_deref().is_some_and(|o| !name.starts_with(o)) {
            continue;
        }
        let c0 = cpu_secs();
        let w0 = std::time::Instant::now();
        let mut n = 0;
        for _ in 0..3 {
            for t in &docs {
                n += f(t);
            }
        }
        let cpu = cpu_secs() - c0;
        let wall = w0.elapsed().as_secs_f64();
        println!(
            "{name:32} {:7.1} MB/s CPU ({:7.0} articles/s CPU), {:6.1} MB/s wall  [{n}]",
            3.0 * mb / cpu.max(1e-9),
            3.0 * docs.len() as f64 / cpu.max(1e-9),
            3.0 * mb / wall
        );
    }
}
