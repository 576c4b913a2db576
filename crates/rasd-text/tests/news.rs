//! Robustness on real news (`../shared/data/news/`): layer invariants hold
//! on every article, and the numbers layer keeps years, dates and clock
//! times out of the quantities.

mod common;

use rasd_core::{Document, NumberKind, TokenKind};
use std::io::BufRead;

#[test]
fn real_news_layers_are_consistent() {
    let Some(path) = common::shared("data/news/ant-2018.jsonl.gz") else {
        return;
    };
    let f = std::fs::File::open(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let r = std::io::BufReader::new(flate2::read::GzDecoder::new(f));
    let (mut docs, mut tokens, mut sentences) = (0usize, 0usize, 0usize);
    let mut kinds = std::collections::HashMap::new();
    for line in r.lines().map_while(Result::ok).step_by(50).take(400) {
        let v: serde_json::Value = serde_json::from_str(&line).expect("json line");
        let text = v["text"].as_str().unwrap_or("").to_string();
        let mut d = Document::new("n", text);
        rasd_text::analyze(&mut d);
        docs += 1;
        tokens += d.tokens.len();
        sentences += d.sentences.len();
        for t in &d.tokens {
            assert_eq!(d.slice(t.span), t.text);
        }
        let mut next = 0;
        for s in &d.sentences {
            assert_eq!(s.tokens.0, next);
            next = s.tokens.1;
            // a sentence never spans a line break
            assert!(!d.slice(s.span).contains('\n'), "{:?}", d.slice(s.span));
        }
        assert_eq!(next, d.tokens.len());
        for m in &d.numbers {
            assert_eq!(d.slice(m.span), m.text);
            *kinds.entry(m.kind).or_insert(0usize) += 1;
            if m.kind == NumberKind::Quantity && !m.ordinal {
                // a bare 4-digit 19xx/20xx at the end of a clause is a year
                let first = d
                    .tokens
                    .iter()
                    .find(|t| t.span.start == m.span.start)
                    .expect("mention starts at a token");
                if first.kind == TokenKind::Number && m.span == first.span {
                    let y = m.value;
                    let next = d.tokens.iter().find(|t| t.span.start >= m.span.end);
                    let clause_end = next.map(|t| t.kind != TokenKind::Word).unwrap_or(true);
                    assert!(
                        !(clause_end && (1990.0..=2030.0).contains(&y) && first.text.len() == 4),
                        "year read as quantity: {}",
                        d.slice(rasd_core::Span::new(
                            m.span.start.saturating_sub(30),
                            m.span.end + 10
                        ))
                    );
                }
            }
        }
    }
    println!("{docs} articles, {tokens} tokens, {sentences} sentences, numbers by kind: {kinds:?}");
    assert!(docs >= 300, "too few articles read: {docs}");
    assert!(kinds.get(&NumberKind::Year).copied().unwrap_or(0) > 50);
    assert!(kinds.get(&NumberKind::Quantity).copied().unwrap_or(0) > 200);
}

#[test]
fn numbers_layer_json_shape() {
    let mut d = Document::new("j", "قتل أكثر من 20 شخصا في الحادي والعشرين من مارس 2021");
    rasd_text::analyze(&mut d);
    let v = serde_json::to_value(&d.numbers).expect("serialise");
    let first = &v[0];
    for k in ["start", "end", "text", "value", "min", "max", "qualifier"] {
        assert!(first.get(k).is_some(), "missing {k} in {first}");
    }
    assert_eq!(first["qualifier"], "at_least");
    assert_eq!(first["min"], 21.0);
    assert!(first["max"].is_null());
    assert_eq!(first["noun"], "شخص");
    assert_eq!(v[1]["ordinal"], true);
    assert_eq!(v[1]["kind"], "date");
    assert_eq!(v[2]["kind"], "year");
    assert!(first.get("ordinal").is_none(), "ordinal only when true");
}
