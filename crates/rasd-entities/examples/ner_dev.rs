//! Development harness: train on ANERcorp with the committed word clusters
//! (no cluster learning), evaluate on the test split and AQMAR, and write
//! the test predictions (`token gold pred` lines) for error analysis:
//! `cargo run --release -p rasd-entities --example ner_dev -- [epochs] [out.tsv]`
//!
//! Options from the environment (defaults: `TrainOptions::default()`):
//! `MINC`, `FOLDS`, `STAGES`, `WINDOW`, `SFOLDS`, `ENS`, `SEED`, `NEWS`
//! (articles tagged for the news lexicon), `RELEARN=k` (relearn k clusters
//! from all of ANT, `VOCAB` stems), `SWEEP=1` (print test F1 around the
//! tuned O penalty, for information only), `DROP` (feature dropout, %),
//! `TBIAS=1` (tune per-type biases too), `W2V=1|2` (relearnt clusters from
//! skip-gram embeddings instead of / beside neighbour counts), `SNN=1`
//! (relearn from SaudiNewsNet too: for measurement only, its licence does
//! not allow shipping anything derived from it), `CLUSTERS_OUT=file` (write
//! the relearnt clusters and stop), `CLUSTERS_IN=file` (use those instead
//! of the committed ones). Nothing is written to `models/`.
//!
//! `DEV=1` chooses between variants without the test split: it trains on
//! the first nine tenths of the training file and prints the F1 on the last
//! tenth, cross-fitted (the biases tuned on one half of it score the other
//! half); `[out.tsv]` then gets the dev predictions.
use rasd_core::EntityKind;
use rasd_entities::ner::{self, TrainOptions};
use rasd_entities::training::{news_corpus, read_corpus, read_news, train_model};
use rasd_entities::{builtin_clusters, ner::NerModel};
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
    let mut files = vec![shared.join("../news/ant-2018.jsonl.gz")];
    if env("SNN", 0) == 1 {
        files.push(shared.join("../news/saudinewsnet-2015.jsonl.gz"));
    }
    let texts = if n_news > 0 || relearn > 0 {
        read_news(&files, if relearn > 0 { 0 } else { n_news })?
    } else {
        Vec::new()
    };
    if relearn > 0 {
        let t0 = std::time::Instant::now();
        let method = if env("W2V", 0) == 1 {
            rasd_entities::training::WordVectors::SkipGram
        } else if env("W2V", 0) == 2 {
            rasd_entities::training::WordVectors::Both
        } else {
            rasd_entities::training::WordVectors::Neighbours
        };
        clusters = rasd_entities::training::learn_clusters_with(
            &texts,
            relearn,
            env("VOCAB", 80_000),
            def.seed,
            method,
        );
        eprintln!("clusters relearnt in {:.1}s", t0.elapsed().as_secs_f64());
        if let Ok(p) = std::env::var("CLUSTERS_OUT") {
            std::fs::write(&p, clusters.to_gz()?)?;
            return Ok(());
        }
    }
    if let Ok(p) = std::env::var("CLUSTERS_IN") {
        clusters = rasd_entities::clusters::Clusters::from_gz(&std::fs::read(&p)?)?;
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
        dropout: env("DROP", 0) as f32 / 100.0,
        type_bias: env("TBIAS", 0) == 1,
        ..def
    };
    if std::env::var("DEV").is_ok() {
        // choose between variants without the test split: train on the
        // first nine tenths, report the best F1 over the O penalty on the
        // last tenth (the same split as the O-penalty tuning)
        let cut = train.len() * 9 / 10;
        let rest: ner::Corpus = train[..cut].to_vec();
        let dev: ner::Corpus = train[cut..].to_vec();
        let t0 = std::time::Instant::now();
        let trained = ner::train(&rest, &clusters, &news, &opts, |_, _, _| {});
        eprintln!("trained in {:.1}s", t0.elapsed().as_secs_f64());
        let mut res = clusters.clone();
        res.set_train(ner::train_lexicon(rest.iter()));
        res.set_auto(trained.auto);
        let mut bytes = Vec::new();
        let rows = NerModel::write_compact(&trained.stages, opts.window, opts.prune, &mut bytes)?;
        let mut base = NerModel::from_bytes(&bytes)?;
        // cross-fitted: biases tuned on one half of dev score the other
        let h = dev.len() / 2;
        let halves: [ner::Corpus; 2] = [dev[..h].to_vec(), dev[h..].to_vec()];
        let mut preds = Vec::new();
        for k in 0..2 {
            let (b, _) = rasd_entities::training::tune_biases(
                &base,
                &halves[1 - k],
                &res,
                opts.type_bias,
                |_| {},
            );
            eprintln!("biases tuned on half {}: {b:?}", 1 - k);
            let mut m = base.clone();
            b.apply_model(&mut m);
            preds.extend(ner::predict(&m, &halves[k], &res));
        }
        let s = ner::score(&dev, &preds, &[]);
        let (b, _) =
            rasd_entities::training::tune_biases(&base, &dev, &res, opts.type_bias, |_| {});
        let best = (s.overall.f1(), b.o, Some(s));
        b.apply_model(&mut base);
        let t1 = std::time::Instant::now();
        let s0 = ner::evaluate(&base, &test, &res, &[]);
        let secs = t1.elapsed().as_secs_f64();
        let s = best.2.unwrap_or_default();
        println!(
            "DEV F1 {:.2} (O penalty {:.1}) PER {:.1} LOC {:.1} ORG {:.1} MISC {:.1} | rows {rows} bytes {} | decode {:.0} tok/s",
            100.0 * best.0,
            best.1,
            100.0 * s.f1_of(EntityKind::PER),
            100.0 * s.f1_of(EntityKind::LOC),
            100.0 * s.f1_of(EntityKind::ORG),
            100.0 * s.f1_of(EntityKind::MISC),
            bytes.len(),
            s0.tokens as f64 / secs
        );
        println!("dev table:\n{}", s.table());
        if let Some(p) = &dump {
            let f = std::io::BufWriter::new(std::fs::File::create(p)?);
            ner::write_predictions(f, &dev, &preds)?;
        }
        return Ok(());
    }
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
            rasd_entities::training::Biases {
                o: d as f32 * 2.0,
                ..Default::default()
            }
            .apply_model(&mut m);
            let f = ner::evaluate(&m, &test, &clusters, &[]).overall.f1();
            eprintln!("test: extra O penalty {:+} → F1 {:.2}", d * 2, 100.0 * f);
        }
    }
    if let Some(p) = dump {
        let f = std::io::BufWriter::new(std::fs::File::create(p)?);
        ner::write_predictions(f, &test, &preds)?;
    }
    Ok(())
}
