//! `rasd train ner`: train the NER model (word clusters from unlabelled
//! news + averaged structured perceptron on ANERcorp), evaluate it on the
//! ANERcorp test split and AQMAR, and write `ner.bin.gz` / `clusters.tsv.gz`.
//! Rebuild `rasd` afterwards to embed the new model.

use crate::config::Config;

/// A path where "" is allowed and means "skip" (clap's path parser refuses
/// empty values).
fn path_or_empty(s: &str) -> Result<PathBuf, std::convert::Infallible> {
    Ok(PathBuf::from(s))
}
use rasd_entities::ner::TrainOptions;
use rasd_entities::training::{self, TrainConfig};
use std::path::PathBuf;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// What to train: `ner`.
    pub what: String,
    /// ANERcorp training split.
    #[arg(long, default_value = "../shared/data/ner/anercorp-train.conll")]
    pub train: PathBuf,
    /// ANERcorp test split (evaluated after training; "" to skip).
    #[arg(long, default_value = "../shared/data/ner/anercorp-test.conll", value_parser = path_or_empty)]
    pub test: PathBuf,
    /// AQMAR corpus, out-of-domain evaluation ("" to skip).
    #[arg(long, default_value = "../shared/data/ner/aqmar.conll", value_parser = path_or_empty)]
    pub aqmar: PathBuf,
    /// Unlabelled news (.jsonl.gz) for word clusters and embeddings;
    /// repeatable (the news lexicon tags the first 10,000 articles read).
    /// Only corpora whose licence allows shipping derived data: the
    /// clusters file lists their words. SaudiNewsNet has no licence (its
    /// README: evaluation and benchmarks only), so it is not a default.
    #[arg(long, default_value = "../shared/data/news/ant-2018.jsonl.gz")]
    pub news: Vec<PathBuf>,
    /// Articles read per news file (0 = all).
    #[arg(long, default_value_t = 0)]
    pub news_limit: usize,
    /// Number of word clusters (0 = no clusters).
    #[arg(long, default_value_t = 512)]
    pub clusters: usize,
    /// Word vectors clustered: `neighbours` (left/right neighbour counts),
    /// `skip-gram` (word2vec embeddings), or `both` (two sets of clusters).
    #[arg(long, default_value = "both", value_parser = ["neighbours", "skip-gram", "both"])]
    pub vectors: String,
    /// Perceptron epochs.
    #[arg(long, default_value_t = TrainOptions::default().epochs)]
    pub epochs: usize,
    /// Skip tuning the O penalty on held-out training data.
    #[arg(long)]
    pub no_tune: bool,
    /// Output directory of the model files.
    #[arg(long, default_value = "crates/rasd-entities/models")]
    pub out: PathBuf,
}

fn opt_path(p: PathBuf) -> Option<PathBuf> {
    (!p.as_os_str().is_empty()).then_some(p)
}

pub fn run(_cfg: &Config, args: Args) -> anyhow::Result<i32> {
    if args.what != "ner" {
        anyhow::bail!("unknown model {:?} (available: ner)", args.what);
    }
    let cfg = TrainConfig {
        train: args.train,
        test: opt_path(args.test),
        aqmar: opt_path(args.aqmar),
        news: if args.clusters == 0 {
            Vec::new()
        } else {
            args.news
                .into_iter()
                .filter(|p| !p.as_os_str().is_empty())
                .collect()
        },
        news_limit: args.news_limit,
        k: args.clusters,
        vectors: match args.vectors.as_str() {
            "neighbours" => training::WordVectors::Neighbours,
            "skip-gram" => training::WordVectors::SkipGram,
            _ => training::WordVectors::Both,
        },
        out: args.out.clone(),
        tune: !args.no_tune,
        options: TrainOptions {
            epochs: args.epochs,
            ..Default::default()
        },
    };
    let report = training::run(&cfg, |l| eprintln!("{l}"))?;
    println!(
        "model: {} rows, {} bytes, {} clustered words → {}",
        report.rows,
        report.model_bytes,
        report.cluster_words,
        args.out.display()
    );
    if let Some(s) = report.test {
        println!(
            "ANERcorp test (exact-span CoNLL F1, {} tokens):\n{}",
            s.tokens,
            s.table()
        );
    }
    if let Some(s) = report.aqmar {
        println!(
            "AQMAR (out of domain, PER/LOC/ORG, {} tokens):\n{}",
            s.tokens,
            s.table()
        );
    }
    Ok(0)
}
