//! Numbers in digits (all scripts) and words (stub: digits and basic words).

use rasd_core::{Document, NumberMention, Qualifier, TokenKind};

/// Value of a number word sequence (e.g. "ثلاثة", "خمسة وعشرون").
pub fn parse_number_words(words: &str) -> Option<f64> {
    let w = crate::norm_word(words);
    let v = match w.as_str() {
        "واحد" | "واحده" => 1.0,
        "اثنان" | "اثنين" | "اثنتان" | "اثنتين" => 2.0,
        "ثلاثه" | "ثلاث" => 3.0,
        "اربعه" | "اربع" => 4.0,
        "خمسه" | "خمس" => 5.0,
        "سته" | "ست" => 6.0,
        "سبعه" | "سبع" => 7.0,
        "ثمانيه" | "ثماني" | "ثمان" => 8.0,
        "تسعه" | "تسع" => 9.0,
        "عشره" | "عشر" => 10.0,
        _ => return None,
    };
    Some(v)
}

/// Fill `doc.numbers` from the tokens.
pub fn numbers(doc: &mut Document) {
    let mut out = Vec::new();
    for t in &doc.tokens {
        let v = if t.kind == TokenKind::Number {
            t.norm
                .replace([',', '٬'], "")
                .replace('٫', ".")
                .parse::<f64>()
                .ok()
        } else {
            parse_number_words(&t.text)
        };
        if let Some(v) = v {
            out.push(NumberMention {
                span: t.span,
                text: t.text.clone(),
                value: v,
                min: Some(v),
                max: Some(v),
                qualifier: Qualifier::Exact,
                ordinal: false,
                noun: None,
            });
        }
    }
    doc.numbers = out;
}
