//! Arabic text foundation for rasd.
//!
//! - [`normalize_char`] / [`normalize`]: lookup normalisation that keeps a map
//!   back to original offsets (diacritics, tatweel, alef/ya variants, digits...).
//! - [`tokenize`] and [`split_sentences`]: the `tokens` and `sentences` layers.
//! - [`stems`]: clitic segmentation candidates for dictionary lookups.
//! - [`numbers`]: the `numbers` layer.
//! - [`analyze`]: all of the above on a [`Document`].

use rasd_core::{Document, Sentence, Span, Token, TokenKind};

mod normalize;
mod numbers;

pub use normalize::{norm_word, normalize, normalize_char, Normalized};
pub use numbers::{numbers, parse_number_words};

/// Run every text stage on `doc`: tokens, sentences, numbers.
pub fn analyze(doc: &mut Document) {
    tokenize(doc);
    split_sentences(doc);
    numbers(doc);
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_diacritic(c) || c == '\u{0640}'
}

/// Arabic diacritics (tashkeel) and Quranic marks.
pub fn is_diacritic(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}' | '\u{0610}'..='\u{061A}')
}

/// Fill `doc.tokens`: words (Arabic/Latin letters and digits), numbers with
/// inner separators (3,500 ٣٬٥٠٠ 2:45 1.5), punctuation.
pub fn tokenize(doc: &mut Document) {
    let mut tokens = Vec::new();
    let chars: Vec<char> = doc.text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() || c.is_control() || is_format(c) {
            i += 1;
            continue;
        }
        let start = i;
        let kind;
        if c.is_numeric() {
            while i < chars.len() {
                let d = chars[i];
                let sep = matches!(d, ',' | '.' | ':' | '٬' | '٫' | '/')
                    && i + 1 < chars.len()
                    && chars[i + 1].is_numeric();
                if d.is_numeric() || (sep && i > start) {
                    i += if sep { 2 } else { 1 };
                } else {
                    break;
                }
            }
            kind = TokenKind::Number;
        } else if is_word_char(c) {
            while i < chars.len() && is_word_char(chars[i]) && !chars[i].is_numeric() {
                i += 1;
            }
            kind = TokenKind::Word;
        } else {
            i += 1;
            kind = if c.is_ascii_punctuation() || is_arabic_punct(c) || c.is_alphanumeric() {
                TokenKind::Punct
            } else {
                TokenKind::Symbol
            };
        }
        let text: String = chars[start..i].iter().collect();
        let norm = norm_word(&text);
        let stem = stems(&norm).last().cloned().unwrap_or_else(|| norm.clone());
        tokens.push(Token {
            span: Span::new(start, i),
            text,
            norm,
            stem,
            kind,
        });
    }
    doc.tokens = tokens;
}

fn is_format(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}' | '\u{061C}')
}

fn is_arabic_punct(c: char) -> bool {
    matches!(
        c,
        '،' | '؛' | '؟' | '«' | '»' | '“' | '”' | '‘' | '’' | '…' | '–' | '—'
    )
}

/// Fill `doc.sentences` (requires tokens): a sentence ends at `.`, `!`, `?`,
/// `؟`, or at a line break (headlines have no final punctuation).
pub fn split_sentences(doc: &mut Document) {
    let mut out = Vec::new();
    let mut paragraph = 0;
    let mut first_tok = 0;
    let line_break_between = |doc: &Document, a: usize, b: usize| -> usize {
        doc.slice(Span::new(a, b)).matches('\n').count()
    };
    let n = doc.tokens.len();
    for i in 0..n {
        let t = &doc.tokens[i];
        let end_punct = matches!(t.text.as_str(), "." | "!" | "?" | "؟");
        let next_break = if i + 1 < n {
            line_break_between(doc, t.span.end, doc.tokens[i + 1].span.start)
        } else {
            1
        };
        if end_punct || next_break > 0 || i + 1 == n {
            let s = Span::new(doc.tokens[first_tok].span.start, t.span.end);
            out.push(Sentence {
                span: s,
                paragraph,
                tokens: (first_tok, i + 1),
            });
            first_tok = i + 1;
            if next_break > 0 {
                paragraph += 1;
            }
        }
    }
    doc.sentences = out;
}

/// Candidate stems of a normalised word, from the word itself to the most
/// stripped form: proclitics و ف ب ل ك ال لل, future س before a verb prefix.
/// The caller tries each against its lexicon.
pub fn stems(norm: &str) -> Vec<String> {
    let mut out = vec![norm.to_string()];
    let mut w: &str = norm;
    // conjunction
    for p in ["و", "ف"] {
        if let Some(r) = w.strip_prefix(p) {
            if r.chars().count() >= 2 {
                w = r;
                out.push(w.to_string());
            }
            break;
        }
    }
    // preposition + article
    for p in ["بال", "كال", "فال", "لل", "ال", "ب", "ل", "ك"] {
        if let Some(r) = w.strip_prefix(p) {
            if r.chars().count() >= 2 {
                w = r;
                out.push(w.to_string());
                if p.ends_with('ل') && p != "ل" || p == "لل" {
                    break;
                }
                if let Some(r2) = w.strip_prefix("ال") {
                    if r2.chars().count() >= 2 {
                        w = r2;
                        out.push(w.to_string());
                    }
                }
            }
            break;
        }
    }
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_and_sentences_keep_offsets() {
        let mut d = Document::new("t", "عنوان بلا نقطة\nقتل 3,500 شخص. وأصيب آخرون");
        analyze(&mut d);
        assert!(d.tokens.iter().any(|t| t.text == "3,500"));
        assert_eq!(d.sentences.len(), 3);
        for t in &d.tokens {
            assert_eq!(d.slice(t.span), t.text);
        }
        assert_eq!(d.slice(d.sentences[0].span), "عنوان بلا نقطة");
    }

    #[test]
    fn clitic_stems() {
        assert!(stems(&norm_word("وبالرمادي")).contains(&"رمادي".to_string()));
        assert!(stems(&norm_word("للقوات")).contains(&"قوات".to_string()));
        assert!(stems(&norm_word("لداعش")).contains(&"داعش".to_string()));
        assert!(stems(&norm_word("بمحافظة")).contains(&"محافظه".to_string()));
    }
}
