//! Write the embedded model's predictions on a CoNLL file as
//! `token gold pred` lines, for error analysis:
//! `cargo run --release -p rasd-entities --example ner_dump -- FILE.conll OUT.tsv`
use rasd_entities::ner::{self, LABELS};
use rasd_entities::{builtin_clusters, builtin_model};
use std::io::Write;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let (Some(input), Some(out)) = (args.get(1), args.get(2)) else {
        return Err("usage: ner_dump FILE.conll OUT.tsv".into());
    };
    let model = builtin_model().ok_or("no embedded NER model")?;
    let corpus = ner::read_conll(&std::fs::read_to_string(input)?);
    let preds = ner::predict(&model, &corpus, &builtin_clusters());
    let mut w = std::io::BufWriter::new(std::fs::File::create(out)?);
    for (s, p) in corpus.iter().zip(&preds) {
        for ((tok, gold), pl) in s.iter().zip(p) {
            writeln!(w, "{tok}\t{}\t{}", LABELS[*gold], LABELS[*pl])?;
        }
        writeln!(w)?;
    }
    Ok(())
}
