//! Development harness: train on ANERcorp with the committed word clusters
//! (no cluster learning), evaluate on the test split and AQMAR, and write
//! the test predictions (`token gold pred` lines) for error analysis:
//! `cargo run --release -p rasd-entities --example ner_dev -- [epochs] [out.tsv]`
//!
//! Options from the environment (defaults: `TrainOptions::default()`):
//! `MINC`, `FOLDS`, `STAGES`, `WINDOW`, `SFOLDS`, `ENS`, `SEED`, `NEWS`
//! (articles tagged for the news lexicon), `RELEARN=k` (relearn k clusters
//! from all of ANT, `VOCAB` stems), `SWEEP=1` (print test F1 around the
//! tuned O penalty, for information only). Nothing is written to `models/`.
use rasd_core::EntityKind;
use rasd_entities::ner::{self, TrainOptions, LABELS};
use rasd_entities::training::{news_corpus, read_corpus, read_news, train_model};
use rasd_entities::{builtin_clusters, ner::NerModel};
use std::io::Write;
use std::path::PathBuf;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let epochs = args
        .get(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(TrainOptions::default().epochs);
    let dump = args.get(2).cloned();
    let shared = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/ner");
    let train = read_corpus(&shared.join("anercorp-train.conll"))?;
    let test = read_corpus(&shared.join("anercorp-test.conll"))?;
    let aqmar = read_corpus(&shared.join("aqmar.conll"))?;
    let env = |k: &str, d: usize| {
        std::env::var(k)
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(d)
    };
    let def = TrainOptions::default();
    let mut clusters = builtin_clusters();
    let n_news = env("NEWS", def.news_articles);
    let relearn = env("RELEARN", 0);
    let texts = if n_news > 0 || relearn > 0 {
        read_news(
            &[shared.join("../news/ant-2018.jsonl.gz")],
            if relearn > 0 { 0 } else { n_news },
        )?
    } else {
        Vec::new()
    };
    if relearn > 0 {
        let t0 = std::time::Instant::now();
        clusters = rasd_entities::training::learn_clusters(
            &texts,
            relearn,
            env("VOCAB", 80_000),
            def.seed,
        );
        eprintln!("clusters relearnt in {:.1}s", t0.elapsed().as_secs_f64());
    }
    let news = news_corpus(
        &texts,
        &TrainOptions {
            news_articles: n_news,
            ..def.clone()
        },
    );
    eprintln!("news: {} tokens", news.tokens());
    let opts = TrainOptions {
        epochs,
        min_count: env("MINC", def.min_count),
        folds: env("FOLDS", def.folds),
        stages: env("STAGES", def.stages),
        ensemble: env("ENS", def.ensemble),
        seed: env("SEED", def.seed as usize) as u64,
        window: env("WINDOW", def.window),
        stage_folds: env("SFOLDS", def.stage_folds),
        news_articles: n_news,
        ..def
    };
    let t0 = std::time::Instant::now();
    let (bytes, rows) = train_model(&train, &mut clusters, &news, &opts, true, |l| {
        eprintln!("{l}")
    })?;
    eprintln!("trained in {:.1}s", t0.elapsed().as_secs_f64());
    let model = NerModel::from_bytes(&bytes)?;
    let preds = ner::predict(&model, &test, &clusters);
    let s = ner::score(&test, &preds, &[]);
    println!("rows {rows} bytes {}", bytes.len());
    println!("ANERcorp test:\n{}", s.table());
    let a = ner::evaluate(&model, &aqmar, &clusters, &[EntityKind::MISC]);
    println!("AQMAR:\n{}", a.table());
    if std::env::var("SWEEP").is_ok() {
        // information only: test F1 around the tuned O penalty
        for d in -6..=6 {
            let mut m = model.clone();
            m.add_o_penalty(d as f32 * 2.0);
            let f = ner::evaluate(&m, &test, &clusters, &[]).overall.f1();
            eprintln!("test: extra O penalty {:+} → F1 {:.2}", d * 2, 100.0 * f);
        }
    }
    if let Some(p) = dump {
        let mut f = std::io::BufWriter::new(std::fs::File::create(p)?);
        for (sent, pr) in test.iter().zip(&preds) {
            for ((tok, g), p) in sent.iter().zip(pr) {
                writeln!(f, "{tok}\t{}\t{}", LABELS[*g], LABELS[*p])?;
            }
            writeln!(f)?;
        }
    }
    Ok(())
}
