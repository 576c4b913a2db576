//! Arabic text foundation for rasd.
//!
//! - [`normalize_char`] / [`normalize`] / [`normalize_with`]: lookup
//!   normalisation that keeps a map back to original offsets (diacritics,
//!   tatweel, alef/ya/hamza variants, Persian letters, invisible controls,
//!   punctuation, quotes, digits...).
//! - [`tokenize`] and [`split_sentences`]: the `tokens` and `sentences` layers.
//! - [`stems`] / [`best_stem`]: clitic segmentation candidates for dictionary
//!   lookups.
//! - [`numbers`]: the `numbers` layer (digits, number words, dual nouns,
//!   ordinals, qualifiers, years/dates/clock times told apart).
//! - [`analyze`]: all of the above on a [`Document`].
//!
//! Every span produced here is a `char` span into the original text.

use rasd_core::{Document, Sentence, Span, Token, TokenKind};

pub mod fasthash;
mod normalize;
mod numbers;
mod segment;
pub mod wordcache;

pub use normalize::{
    is_invisible, norm_word, normalize, normalize_char, normalize_char_with, normalize_with,
    NormOptions, Normalized,
};
pub use numbers::{numbers, parse_number, parse_number_words};
pub use segment::{
    best_stem, is_definite, protected_words, stem_candidates, stems, strip_conj_prep, Stems,
};

/// Run every text stage on `doc`: tokens, sentences, numbers.
pub fn analyze(doc: &mut Document) {
    tokenize(doc);
    split_sentences(doc);
    numbers(doc);
}

/// Arabic diacritics (tashkeel) and Quranic marks.
#[inline]
pub fn is_diacritic(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}' | '\u{0610}'..='\u{061A}')
}

/// A decimal digit in ASCII, Arabic-Indic (٠-٩) or Persian (۰-۹) script.
#[inline]
pub fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || matches!(c, '٠'..='٩' | '۰'..='۹')
}

/// A letter of a word (not a digit).
#[inline]
fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else if matches!(c, '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' | '\u{0671}'..='\u{06D3}')
    {
        true
    } else if matches!(c, '\u{0600}'..='\u{0620}' | '\u{064B}'..='\u{0670}') {
        false
    } else {
        c.is_alphabetic() && !is_digit(c)
    }
}

/// Chars that may continue an Arabic word: letters, diacritics, tatweel.
#[inline]
fn is_word_cont(c: char) -> bool {
    is_letter(c) || is_diacritic(c) || c == '\u{0640}'
}

#[inline]
fn is_num_sep(c: char) -> bool {
    matches!(c, ',' | '.' | ':' | '٬' | '٫' | '/')
}

fn is_arabic_punct(c: char) -> bool {
    matches!(
        c,
        '،' | '؛' | '؟' | '«' | '»' | '“' | '”' | '‘' | '’' | '…' | '–' | '—' | '٪' | '۔'
    )
}

/// A hashtag's marks, which separate words like a space: `#` before an
/// Arabic letter (U+0621–063A, 0641–064A, 0671–06D3), `_` between two
/// (`#مقتل_شخصين`, `#سيارة_مفخخة` read "مقتل شخصين", "سيارة مفخخة").
fn is_hashtag_mark(chars: &[char], i: usize) -> bool {
    let arabic = |j: Option<usize>| {
        j.and_then(|j| chars.get(j)).is_some_and(|&c| {
            matches!(c, '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' | '\u{0671}'..='\u{06D3}')
        })
    };
    match chars.get(i) {
        Some('#') => arabic(Some(i + 1)),
        Some('_') => arabic(i.checked_sub(1)) && arabic(Some(i + 1)),
        _ => false,
    }
}

/// Fill `doc.tokens` from `doc.text`:
/// - numbers in any digit script with inner separators (`3,500` `٣٬٥٠٠`
///   `2:45` `1.5` `12/3/2018`), a leading minus or decimal point when it
///   follows a space (`-1.2`, `.77`);
/// - Arabic words (diacritics, tatweel and zero-width controls inside a word
///   stay in the token; `norm` drops them);
/// - Latin words with inner digits, hyphens and apostrophes (`F-16`,
///   `COVID-19`, `Ta'izz`);
/// - a hashtag's `#` and `_` separate words like a space (no token);
/// - runs of dots (`..`, `...`) as one punctuation token; every other
///   punctuation or symbol char as its own token.
///
/// `norm` is [`norm_word`] of the text; `stem` is [`best_stem`] of `norm`.
pub fn tokenize(doc: &mut Document) {
    let chars: Vec<char> = doc.text.chars().collect();
    let n = chars.len();
    let mut tokens = Vec::with_capacity(n / 5 + 1);
    let mut i = 0;
    while i < n {
        let c = chars[i];
        if c.is_whitespace() || c.is_control() || is_invisible(c) || is_hashtag_mark(&chars, i) {
            i += 1;
            continue;
        }
        let start = i;
        let prev_space = start == 0 || {
            let p = chars[start - 1];
            p.is_whitespace() || matches!(p, '(' | '[' | '"' | '«' | '“')
        };
        let next_digit = i + 1 < n && is_digit(chars[i + 1]);
        let kind;
        if is_digit(c) || (matches!(c, '-' | '−' | '.' | '٫') && next_digit && prev_space) {
            i += 1;
            while i < n {
                let d = chars[i];
                if is_digit(d) {
                    i += 1;
                } else if is_num_sep(d) && i + 1 < n && is_digit(chars[i + 1]) {
                    i += 2;
                } else {
                    break;
                }
            }
            kind = TokenKind::Number;
        } else if c.is_ascii_alphabetic() {
            i += 1;
            while i < n {
                let d = chars[i];
                if d.is_ascii_alphanumeric() {
                    i += 1;
                } else if matches!(d, '-' | '\'' | '’')
                    && i + 1 < n
                    && chars[i + 1].is_ascii_alphanumeric()
                {
                    i += 2;
                } else {
                    break;
                }
            }
            kind = TokenKind::Word;
        } else if is_letter(c) || is_diacritic(c) || c == '\u{0640}' {
            i += 1;
            while i < n {
                let d = chars[i];
                if is_word_cont(d) && !d.is_ascii() {
                    i += 1;
                } else if is_invisible(d) {
                    // zero-width inside a word
                    let mut j = i + 1;
                    while j < n && is_invisible(chars[j]) {
                        j += 1;
                    }
                    if j < n && is_word_cont(chars[j]) && !chars[j].is_ascii() {
                        i = j;
                    } else {
                        break;
                    }
                } else {
                    break;
                }
            }
            kind = TokenKind::Word;
        } else if c == '.' {
            while i < n && chars[i] == '.' {
                i += 1;
            }
            kind = TokenKind::Punct;
        } else {
            i += 1;
            kind = if c.is_ascii_punctuation() || is_arabic_punct(c) {
                TokenKind::Punct
            } else {
                TokenKind::Symbol
            };
        }
        let b0 = doc.byte_of_char(start);
        let b1 = doc.byte_of_char(i);
        let text = doc.text.get(b0..b1).unwrap_or("").to_string();
        let mut norm = String::with_capacity(text.len());
        normalize::push_norm(&mut norm, chars[start..i].iter().copied());
        let stem = best_stem(&norm).to_string();
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

/// Abbreviations (normalised, without the dot) after which `.` does not end
/// a sentence.
const ABBREVIATIONS: &[&str] = &[
    "د", "م", "ص", "ج", "ه", "ق", "ا", "ش", "مr", "mr", "mrs", "ms", "dr", "st", "no", "vs", "jr",
    "sr", "prof", "gen", "col", "lt", "sgt", "capt", "inc", "co", "ltd", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "كم", "ملم", "سم", "مم",
];

fn is_sentence_end(t: &Token) -> bool {
    matches!(
        t.text.as_str(),
        "." | "!" | "?" | "؟" | "۔" | "!!" | "؟!" | "?!"
    )
}

fn is_closer(t: &Token) -> bool {
    matches!(
        t.text.as_str(),
        "»" | "\"" | "”" | "’" | "'" | ")" | "]" | "!" | "?" | "؟" | "." | "…"
    ) || t.text.starts_with("..")
}

/// Whether `next` opens a new statement with a discourse opener ("من جهته"،
/// "من جانبها"، "في سياق متصل"، "على صعيد آخر"، "في غضون ذلك").
fn opens_statement(next: &[Token]) -> bool {
    let w = |k: usize| next.get(k).map_or("", |t| t.norm.as_str());
    let first = w(0).strip_prefix('و').unwrap_or(w(0));
    matches!(
        (first, w(1), w(2)),
        (
            "من",
            "جهته" | "جهتها" | "جانبه" | "جانبها" | "جانبهم" | "جهتهم",
            _
        ) | ("من", "جهه" | "ناحيه", "اخري" | "ثانيه")
            | ("في", "سياق", "متصل" | "اخر")
            | ("في", "غضون", "ذلك")
            | ("علي", "صعيد", "اخر" | "متصل")
    )
}

/// Whether the text between two char offsets contains a line break.
fn line_break_between(doc: &Document, a: usize, b: usize) -> bool {
    if b <= a {
        return false;
    }
    doc.slice(Span::new(a, b))
        .chars()
        .any(|c| matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}'))
}

/// Fill `doc.sentences` (requires tokens). A sentence ends:
/// - at `.` `!` `?` `؟` `۔`, together with the closing quotes, brackets and
///   extra marks glued to it (`.»` `?!` `.")`), except `.` right after an
///   abbreviation or single letter (`د.` `أ.ف.ب`) or glued to the next word
///   (`العربية.نت`) — runs of dots (`..` `...`) do not end a sentence;
/// - at a line break (headlines have no final punctuation); each line is
///   a new paragraph;
/// - at the end of the text.
pub fn split_sentences(doc: &mut Document) {
    let mut out = Vec::new();
    let n = doc.tokens.len();
    let mut paragraph = 0;
    let mut first_tok = 0;
    let mut i = 0;
    while i < n {
        let t = &doc.tokens[i];
        let mut end = false;
        let mut last = i;
        if is_sentence_end(t) {
            // "العربية.نت", "U.S.A": a dot glued to a short Latin or web
            // word does not end a sentence; a dot glued to a long Arabic word
            // is a missing space ("قال.وأضاف") and does.
            let glued_next = t.text == "."
                && doc
                    .tokens
                    .get(i + 1)
                    .map(|nx| {
                        nx.span.start == t.span.end
                            && nx.kind == TokenKind::Word
                            && (nx.text.is_ascii()
                                || matches!(nx.norm.as_str(), "نت" | "كوم" | "اورغ")
                                || nx.norm.chars().count() == 1)
                    })
                    .unwrap_or(false);
            // "د. أحمد", "أ.ف.ب" — but "2018 م." and "1440 هـ." end sentences
            let abbrev = t.text == "."
                && i > first_tok
                && {
                    let p = &doc.tokens[i - 1];
                    p.span.end == t.span.start
                        && p.kind == TokenKind::Word
                        && (p.norm.chars().count() == 1 || ABBREVIATIONS.contains(&p.norm.as_str()))
                }
                && !(i >= 2 && doc.tokens[i - 2].kind == TokenKind::Number);
            if !glued_next && !abbrev {
                end = true;
                // absorb glued closers
                while last + 1 < n {
                    let nx = &doc.tokens[last + 1];
                    if nx.span.start == doc.tokens[last].span.end && is_closer(nx) {
                        last += 1;
                    } else {
                        break;
                    }
                }
            }
        }
        // "... حلب القديمة»، من جهتها، أعلنت ...": a comma before a
        // discourse opener ends a run-on sentence (comma-chained wire copy)
        if !end && matches!(t.text.as_str(), "،" | ",") && opens_statement(&doc.tokens[i + 1..]) {
            end = true;
        }
        let next_break = if last + 1 < n {
            line_break_between(
                doc,
                doc.tokens[last].span.end,
                doc.tokens[last + 1].span.start,
            )
        } else {
            true
        };
        if end || next_break {
            let s = Span::new(doc.tokens[first_tok].span.start, doc.tokens[last].span.end);
            out.push(Sentence {
                span: s,
                paragraph,
                tokens: (first_tok, last + 1),
            });
            first_tok = last + 1;
            if next_break {
                paragraph += 1;
            }
        }
        i = last + 1;
    }
    doc.sentences = out;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(s: &str) -> Document {
        let mut d = Document::new("t", s);
        analyze(&mut d);
        d
    }

    fn sents(d: &Document) -> Vec<&str> {
        d.sentences.iter().map(|s| d.slice(s.span)).collect()
    }

    #[test]
    fn tokens_and_sentences_keep_offsets() {
        let d = doc("عنوان بلا نقطة\nقتل 3,500 شخص. وأصيب آخرون");
        assert!(d.tokens.iter().any(|t| t.text == "3,500"));
        assert_eq!(d.sentences.len(), 3);
        for t in &d.tokens {
            assert_eq!(d.slice(t.span), t.text);
        }
        assert_eq!(d.slice(d.sentences[0].span), "عنوان بلا نقطة");
        assert_eq!(d.sentences[1].paragraph, 1);
    }

    #[test]
    fn hashtag_marks_separate_words() {
        let d = doc("أسفر عن #مقتل_شخصين في #مقديشو و#test_tag و_x");
        let words: Vec<&str> = d.tokens.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(
            words,
            [
                "أسفر",
                "عن",
                "مقتل",
                "شخصين",
                "في",
                "مقديشو",
                "و",
                "#",
                "test",
                "_",
                "tag",
                "و",
                "_",
                "x"
            ]
        );
        for t in &d.tokens {
            assert_eq!(d.slice(t.span), t.text);
        }
    }

    #[test]
    fn number_tokens_in_all_scripts() {
        let d = doc("سقط ٣٬٥٠٠ و3,500 و۱۲ عند 2:45 يوم 12/3/2018 بنسبة -1.5 و.77");
        let nums: Vec<&str> = d
            .tokens
            .iter()
            .filter(|t| t.kind == TokenKind::Number)
            .map(|t| t.text.as_str())
            .collect();
        assert_eq!(
            nums,
            ["٣٬٥٠٠", "3,500", "۱۲", "2:45", "12/3/2018", "-1.5", "77"]
        );
        let t = d
            .tokens
            .iter()
            .find(|t| t.text == "٣٬٥٠٠")
            .map(|t| t.norm.clone());
        assert_eq!(t.as_deref(), Some("3,500"));
    }

    #[test]
    fn words_keep_invisibles_and_latin_compounds() {
        let d = doc("طائرات F-16 و COVID-19 في بغ\u{200C}داد #شريف_منير");
        let words: Vec<&str> = d.tokens.iter().map(|t| t.norm.as_str()).collect();
        assert!(words.contains(&"f-16"));
        assert!(words.contains(&"covid-19"));
        assert!(words.contains(&"بغداد"));
        assert!(words.contains(&"شريف") && words.contains(&"منير"));
        for t in &d.tokens {
            assert_eq!(d.slice(t.span), t.text);
        }
    }

    #[test]
    fn sentence_rules_for_news() {
        let d = doc("قال د. أحمد إن الهجوم وقع.» ثم غادر. نقلت العربية.نت الخبر (أ.ف.ب). انتهى");
        assert_eq!(
            sents(&d),
            [
                "قال د. أحمد إن الهجوم وقع.»",
                "ثم غادر.",
                "نقلت العربية.نت الخبر (أ.ف.ب).",
                "انتهى"
            ]
        );
        let d = doc("السجن 3 سنوات لمخرج.. والفنان في ورطة\nهل انفصلت؟! نعم. بلغ 3.5 مليون");
        assert_eq!(
            sents(&d),
            [
                "السجن 3 سنوات لمخرج.. والفنان في ورطة",
                "هل انفصلت؟!",
                "نعم.",
                "بلغ 3.5 مليون"
            ]
        );
        assert_eq!(d.sentences[1].paragraph, 1);
        assert_eq!(d.sentences[3].paragraph, 1);
        let d = doc("سقط الصاروخ على حلب»، من جهتها، أعلنت الرابطة أن ثلاثة فقدوا، فيما قال");
        assert_eq!(
            sents(&d),
            [
                "سقط الصاروخ على حلب»،",
                "من جهتها، أعلنت الرابطة أن ثلاثة فقدوا، فيما قال"
            ]
        );
        let d = doc("وقع عام 1440 هـ. قال.وأضاف أنه زار U.S.A أمس");
        assert_eq!(
            sents(&d),
            ["وقع عام 1440 هـ.", "قال.", "وأضاف أنه زار U.S.A أمس"]
        );
    }

    #[test]
    fn sentences_partition_tokens() {
        let d = doc("أ. ب. ج\n\n\"نعم.\" لا!\n");
        let mut next = 0;
        for s in &d.sentences {
            assert_eq!(s.tokens.0, next);
            assert!(s.tokens.1 > s.tokens.0);
            next = s.tokens.1;
        }
        assert_eq!(next, d.tokens.len());
    }

    #[test]
    fn token_stems_for_lookup() {
        let d = doc("وبالرمادي للقوات لداعش بمحافظة بغداد");
        let st: Vec<&str> = d.tokens.iter().map(|t| t.stem.as_str()).collect();
        assert_eq!(st, ["رمادي", "قوات", "داعش", "محافظه", "بغداد"]);
    }
}
