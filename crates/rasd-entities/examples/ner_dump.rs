//! Write the embedded model's predictions on a CoNLL file as
//! `token gold pred` lines, for error analysis:
//! `cargo run --release -p rasd-entities --example ner_dump -- FILE.conll OUT.tsv`
use rasd_entities::ner;
use rasd_entities::{builtin_clusters, builtin_model};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let (Some(input), Some(out)) = (args.get(1), args.get(2)) else {
        return Err("usage: ner_dump FILE.conll OUT.tsv".into());
    };
    let model = builtin_model().ok_or("no embedded NER model")?;
    let corpus = ner::read_conll(&std::fs::read_to_string(input)?);
    let preds = ner::predict(&model, &corpus, &builtin_clusters());
    let w = std::io::BufWriter::new(std::fs::File::create(out)?);
    ner::write_predictions(w, &corpus, &preds)?;
    Ok(())
}
