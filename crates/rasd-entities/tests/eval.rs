//! Data-driven evaluation of the embedded NER model and the actor
//! dictionary on `../shared` (read in place).
//!
//! Run with `cargo test -p rasd-entities --test eval -- --nocapture` to see
//! the tables. Fails loudly when `../shared` is missing and `CI=true`.

use rasd_core::{Document, EntityKind};
use rasd_entities::ner::{self, Scores};
use rasd_entities::{actors, builtin_clusters, builtin_model, EntityTagger};
use std::path::PathBuf;

fn shared() -> Option<PathBuf> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared");
    if p.join("data").is_dir() {
        return Some(p);
    }
    if std::env::var("CI").map(|v| v == "true").unwrap_or(false) {
        panic!(
            "../shared (reference data) is missing at {} while CI=true",
            p.display()
        );
    }
    eprintln!("../shared not found at {}: skipping", p.display());
    None
}

fn eval(file: &str, ignore: &[EntityKind]) -> Option<Scores> {
    let sh = shared()?;
    let model = builtin_model().expect("the NER model must be embedded (models/ner.bin.gz)");
    let text = std::fs::read_to_string(sh.join("data/ner").join(file))
        .unwrap_or_else(|e| panic!("reading {file}: {e}"));
    let corpus = ner::read_conll(&text);
    Some(ner::evaluate(&model, &corpus, &builtin_clusters(), ignore))
}

#[test]
fn anercorp_test_split_exact_span_f1() {
    let Some(s) = eval("anercorp-test.conll", &[]) else {
        return;
    };
    println!(
        "ANERcorp test, exact-span CoNLL ({} tokens):\n{}",
        s.tokens,
        s.table()
    );
    assert_eq!(s.overall.gold, 2231, "gold entity count of the test split");
    // floors just under what the committed model reaches (74.7 overall:
    // PER 76.0, LOC 87.6, ORG 60.6, MISC 52.9; reproducible with
    // `rasd train ner` and the current actor dictionary — the dictionary
    // feeds the news lexicon, so growing it moves these by about ±0.6)
    assert!(
        s.overall.f1() >= 0.745,
        "overall F1 {:.2}",
        100.0 * s.overall.f1()
    );
    assert!(s.f1_of(EntityKind::LOC) >= 0.87);
    assert!(s.f1_of(EntityKind::PER) >= 0.755);
    assert!(s.f1_of(EntityKind::ORG) >= 0.60);
    assert!(s.f1_of(EntityKind::MISC) >= 0.525);
}

#[test]
fn aqmar_out_of_domain_f1() {
    let Some(s) = eval("aqmar.conll", &[EntityKind::MISC]) else {
        return;
    };
    println!(
        "AQMAR (out of domain; PER/LOC/ORG, MIS* ignored), {} tokens:\n{}",
        s.tokens,
        s.table()
    );
    // just under the committed model (51.9; 52.7 before the skip-gram
    // clusters)
    assert!(
        s.overall.f1() >= 0.51,
        "overall F1 {:.2}",
        100.0 * s.overall.f1()
    );
}

/// Every gold actor1/actor2 of the development events should be found by
/// the tagger in its article (after localisation to the event country).
#[test]
fn dev_gold_actors_are_found_in_their_articles() {
    let Some(sh) = shared() else { return };
    let dir = sh.join("data/events-dev");
    let tagger = EntityTagger::new();
    let (mut found, mut total) = (0, 0);
    let mut missing = Vec::new();
    let mut files: Vec<_> = std::fs::read_dir(dir.join("gold"))
        .expect("gold dir")
        .flatten()
        .collect();
    files.sort_by_key(|f| f.path());
    for f in files {
        let gold: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(f.path()).expect("gold")).expect("json");
        let art: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(dir.join("articles").join(f.file_name())).expect("article"),
        )
        .expect("json");
        let text = format!(
            "{}\n{}",
            art["title"].as_str().unwrap_or(""),
            art["text"].as_str().unwrap_or("")
        );
        let mut doc = Document::new("d", text);
        rasd_text::analyze(&mut doc);
        tagger.tag(&mut doc);
        let events = gold["events"].as_array().cloned().unwrap_or_default();
        for e in events {
            let iso = e["country"].as_str().unwrap_or("").to_string();
            for k in ["actor1", "actor2"] {
                let Some(name) = e[k].as_str().or_else(|| e[k]["name"].as_str()) else {
                    continue;
                };
                total += 1;
                let ok = doc
                    .entities
                    .iter()
                    .filter_map(|m| m.actor.as_ref())
                    .any(|a| {
                        let l = actors::localize(a, &iso);
                        l.name == name || a.name == name
                    });
                if ok {
                    found += 1;
                } else {
                    missing.push(format!("{}: {name}", f.file_name().to_string_lossy()));
                }
            }
        }
    }
    println!("dev gold actors found: {found}/{total}; missing: {missing:#?}");
    assert!(total >= 30, "expected the dev gold actors, got {total}");
    assert!(found * 10 >= total * 8, "found only {found}/{total}");
}

/// The fast setting (first stage only) still tags well, and the accurate one
/// (both stages) is the better of the two.
#[test]
fn fast_mode_is_the_first_stage() {
    let Some(sh) = shared() else { return };
    let model = builtin_model().expect("the NER model must be embedded (models/ner.bin.gz)");
    assert_eq!(model.stage_count(), 2);
    let text = std::fs::read_to_string(sh.join("data/ner/anercorp-test.conll"))
        .unwrap_or_else(|e| panic!("reading anercorp-test.conll: {e}"));
    let corpus = ner::read_conll(&text);
    let fast = model.clone().first_stage_only();
    assert_eq!(fast.stage_count(), 1);
    let f = ner::evaluate(&fast, &corpus, &builtin_clusters(), &[]);
    let a = ner::evaluate(&model, &corpus, &builtin_clusters(), &[]);
    println!(
        "fast {:.1} / accurate {:.1}",
        100.0 * f.overall.f1(),
        100.0 * a.overall.f1()
    );
    assert!(f.overall.f1() >= 0.65, "fast F1 {:.3}", f.overall.f1());
    assert!(a.overall.f1() > f.overall.f1());
}
