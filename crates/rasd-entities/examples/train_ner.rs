//! Train the NER model without the CLI (same as `rasd train ner`):
//! `cargo run --release -p rasd-entities --example train_ner -- [epochs] [news_limit]`
use rasd_entities::ner::TrainOptions;
use rasd_entities::training::{run, TrainConfig};
use std::path::PathBuf;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let epochs = args
        .get(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(TrainOptions::default().epochs);
    let news_limit = args.get(2).and_then(|a| a.parse().ok()).unwrap_or(0);
    let min_count = args.get(3).and_then(|a| a.parse().ok()).unwrap_or(2);
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let shared = root.join("../../../shared/data");
    let cfg = TrainConfig {
        train: shared.join("ner/anercorp-train.conll"),
        test: Some(shared.join("ner/anercorp-test.conll")),
        aqmar: Some(shared.join("ner/aqmar.conll")),
        news: if news_limit == usize::MAX {
            vec![]
        } else {
            vec![shared.join("news/ant-2018.jsonl.gz")]
        },
        news_limit,
        k: 512,
        vectors: Default::default(),
        out: root.join("models"),
        tune: true,
        options: TrainOptions {
            epochs,
            min_count,
            ..Default::default()
        },
    };
    match run(&cfg, |l| eprintln!("{l}")) {
        Ok(r) => {
            println!(
                "rows {} bytes {} cluster words {}",
                r.rows, r.model_bytes, r.cluster_words
            );
            if let Some(t) = r.test {
                println!("ANERcorp test:\n{}", t.table());
            }
            if let Some(t) = r.aqmar {
                println!("AQMAR (PER/LOC/ORG):\n{}", t.table());
            }
        }
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(1);
        }
    }
}
