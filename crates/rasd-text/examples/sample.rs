//! Print the numbers layer (or sentences) of a few real news articles, for
//! eyeballing: `cargo run -p rasd-text --example sample -- [numbers|sentences] [skip] [count]`.

use rasd_core::Document;
use std::io::BufRead;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let what = args.get(1).map(String::as_str).unwrap_or("numbers");
    let skip: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(0);
    let count: usize = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(20);
    let path = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/data/news/ant-2018.jsonl.gz");
    let Ok(f) = std::fs::File::open(&path) else {
        eprintln!("{} not found", path.display());
        return;
    };
    let r = std::io::BufReader::new(flate2::read::GzDecoder::new(f));
    for line in r.lines().map_while(Result::ok).skip(skip).take(count) {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(&line) else {
            continue;
        };
        let text = v["text"].as_str().unwrap_or("").to_string();
        let mut d = Document::new(v["id"].as_str().unwrap_or(""), text);
        rasd_text::analyze(&mut d);
        println!("=== {}", d.id);
        if what == "sentences" {
            for s in &d.sentences {
                println!("  [{}] {}", s.paragraph, d.slice(s.span));
            }
            continue;
        }
        for m in &d.numbers {
            let ctx = rasd_core::Span::new(m.span.start.saturating_sub(20), m.span.end + 20);
            println!(
                "  {:?} v={} min={:?} max={:?} {:?}{}{} noun={:?} | {}",
                m.text,
                m.value,
                m.min,
                m.max,
                m.qualifier,
                if m.ordinal { " ORD" } else { "" },
                if m.kind.is_quantity() {
                    String::new()
                } else {
                    format!(" {:?}", m.kind)
                },
                m.noun,
                d.slice(ctx).replace('\n', " / ")
            );
        }
    }
}
