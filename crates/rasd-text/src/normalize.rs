//! Lookup normalisation with a map back to original offsets.
//!
//! Normalisation is for *lookups* (lexicons, gazetteers, number words); the
//! original text is never modified, and every normalised char remembers the
//! original char it came from, so matches found on normalised text are
//! reported with spans into the original.

use crate::is_diacritic;

/// Which optional foldings [`normalize_with`] applies. The default (used by
/// [`normalize`], [`normalize_char`] and [`norm_word`]) folds everything.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NormOptions {
    /// ة → ه (ta marbuta). Default `true`.
    pub ta_marbuta: bool,
    /// ى (alef maqsura) and Persian ی → ي. Default `true`.
    pub alef_maqsura: bool,
    /// Hamza carriers ؤ → و and ئ → ي. Default `true`.
    pub hamza: bool,
    /// Arabic-Indic and Persian digits → ASCII digits, ٫ → `.`, ٬ → `,`. Default `true`.
    pub digits: bool,
    /// Arabic punctuation and typographic quotes/dashes → ASCII. Default `true`.
    pub punct: bool,
    /// ASCII upper case → lower case. Default `true`.
    pub lowercase: bool,
}

impl Default for NormOptions {
    fn default() -> Self {
        NormOptions {
            ta_marbuta: true,
            alef_maqsura: true,
            hamza: true,
            digits: true,
            punct: true,
            lowercase: true,
        }
    }
}

/// Zero-width, bidi-control and other invisible format characters that are
/// dropped by normalisation (ZWSP, ZWNJ, ZWJ, LRM/RLM, embeddings/overrides,
/// isolates, BOM, Arabic letter mark, soft hyphen, word joiner).
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}'
            | '\u{061C}'
            | '\u{00AD}'
    )
}

/// Normalise one char for lookups with all foldings on; `None` drops it
/// (diacritics, tatweel, zero-width and bidi controls).
///
/// Folds: alef variants (أ إ آ ٱ ٲ ٳ) → ا; ى ی ي → ي; ة → ه; ؤ → و; ئ → ي;
/// ک ڪ → ك; ە ہ ۀ → ه; Arabic-Indic/Persian digits → ASCII; ، ؛ ؟ ٪ ٫ ٬ ۔ →
/// ASCII; Arabic and Western quotes → `"` / `'`; dashes → `-`; NBSP and other
/// spaces → ` `; ASCII upper → lower.
#[inline]
pub fn normalize_char(c: char) -> Option<char> {
    normalize_char_with(c, &NormOptions::default())
}

/// [`normalize_char`] with explicit options.
#[inline]
pub fn normalize_char_with(c: char, o: &NormOptions) -> Option<char> {
    if c.is_ascii() {
        return Some(if o.lowercase {
            c.to_ascii_lowercase()
        } else {
            c
        });
    }
    if is_diacritic(c) || c == '\u{0640}' || is_invisible(c) {
        return None;
    }
    Some(match c {
        'أ' | 'إ' | 'آ' | 'ٱ' | 'ٲ' | 'ٳ' => 'ا',
        'ى' | 'ی' | 'ې' | 'ۍ' if o.alef_maqsura => 'ي',
        'ي' => 'ي',
        'ة' if o.ta_marbuta => 'ه',
        'ۀ' | 'ە' | 'ہ' => 'ه',
        'ؤ' if o.hamza => 'و',
        'ئ' if o.hamza => 'ي',
        'ک' | 'ڪ' => 'ك',
        '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => ' ',
        '٠'..='٩' if o.digits => char::from(b'0' + (c as u32 - '٠' as u32) as u8),
        '۰'..='۹' if o.digits => char::from(b'0' + (c as u32 - '۰' as u32) as u8),
        '٫' if o.digits => '.',
        '٬' if o.digits => ',',
        '،' if o.punct => ',',
        '؛' if o.punct => ';',
        '؟' if o.punct => '?',
        '٪' if o.punct => '%',
        '۔' if o.punct => '.',
        '«' | '»' | '“' | '”' | '„' | '‟' | '″' if o.punct => '"',
        '‘' | '’' | '‚' | '‛' | '′' if o.punct => '\'',
        '‹' | '›' if o.punct => '"',
        '–' | '—' | '‒' | '―' | '−' | '‐' | '‑' if o.punct => '-',
        '…' if o.punct => '.',
        c => c,
    })
}

/// An Arabic letter that every normalisation keeps as is (fast path).
#[inline]
fn is_plain_arabic(c: char) -> bool {
    matches!(c, '\u{0621}'..='\u{064A}')
        && !matches!(c, 'أ' | 'إ' | 'آ' | 'ى' | 'ة' | 'ؤ' | 'ئ' | '\u{0640}')
}

/// The two chars a lam-alef presentation-form ligature stands for.
#[inline]
fn lam_alef(c: char) -> Option<[char; 2]> {
    match c {
        '\u{FEF5}'..='\u{FEFC}' => Some(['ل', 'ا']),
        _ => None,
    }
}

/// Normalised text and, for each char of it, the char offset in the original.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Normalized {
    /// The normalised text.
    pub text: String,
    /// `orig[i]` = original char offset of normalised char `i`; one extra
    /// final entry = original length (in chars).
    pub orig: Vec<usize>,
}

impl Normalized {
    /// Original char span of a normalised char range `[start, end)`.
    /// Out-of-range offsets are clamped; the result always lies inside the
    /// original text.
    pub fn orig_span(&self, start: usize, end: usize) -> rasd_core::Span {
        let last = self.orig.last().copied().unwrap_or(0);
        let n = self.orig.len().saturating_sub(1);
        let start = start.min(n);
        let end = end.min(n).max(start);
        let s = self.orig.get(start).copied().unwrap_or(last);
        let e = if end == start {
            s
        } else {
            self.orig.get(end - 1).map(|x| x + 1).unwrap_or(s)
        };
        rasd_core::Span::new(s, e.max(s).min(last))
    }

    /// Original char span of a normalised *byte* range (e.g. a regex or
    /// Aho-Corasick match on [`Normalized::text`]).
    pub fn orig_span_of_bytes(&self, start: usize, end: usize) -> rasd_core::Span {
        let cs = self.text.get(..start).map(|p| p.chars().count());
        let ce = self.text.get(..end).map(|p| p.chars().count());
        match (cs, ce) {
            (Some(s), Some(e)) => self.orig_span(s, e),
            _ => {
                let last = self.orig.last().copied().unwrap_or(0);
                rasd_core::Span::new(last, last)
            }
        }
    }

    /// Number of chars in the normalised text.
    pub fn char_len(&self) -> usize {
        self.orig.len().saturating_sub(1)
    }
}

/// Normalise `s` with all foldings, keeping the offset map.
pub fn normalize(s: &str) -> Normalized {
    normalize_with(s, &NormOptions::default())
}

/// Normalise `s` with the given options, keeping the offset map.
pub fn normalize_with(s: &str, o: &NormOptions) -> Normalized {
    let mut text = String::with_capacity(s.len());
    let mut orig = Vec::with_capacity(s.len());
    let mut n = 0;
    for (i, c) in s.chars().enumerate() {
        if is_plain_arabic(c) {
            text.push(c);
            orig.push(i);
        } else if let Some(pair) = lam_alef(c) {
            for d in pair {
                text.push(d);
                orig.push(i);
            }
        } else if let Some(d) = normalize_char_with(c, o) {
            text.push(d);
            orig.push(i);
        }
        n = i + 1;
    }
    orig.push(n);
    Normalized { text, orig }
}

/// Normalised form of a word (no offset map), all foldings on.
pub fn norm_word(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    push_norm(&mut out, s.chars());
    out
}

/// Append the normalised form of `chars` to `out`.
#[inline]
pub(crate) fn push_norm(out: &mut String, chars: impl Iterator<Item = char>) {
    for c in chars {
        if is_plain_arabic(c) {
            out.push(c);
        } else if let Some(pair) = lam_alef(c) {
            out.push(pair[0]);
            out.push(pair[1]);
        } else if let Some(d) = normalize_char(c) {
            out.push(d);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises_and_maps_back() {
        let n = normalize("الأَنْبَار ٢٠٢١");
        assert_eq!(n.text, "الانبار 2021");
        let sp = n.orig_span(8, 12);
        assert_eq!(sp, rasd_core::Span::new(11, 15));
    }

    #[test]
    fn folds_letters_digits_punct_invisibles() {
        assert_eq!(norm_word("إسرائيل"), "اسراييل");
        assert_eq!(norm_word("مستشفى"), "مستشفي");
        assert_eq!(norm_word("کرکوک"), "كركوك");
        assert_eq!(norm_word("ایران"), "ايران");
        assert_eq!(norm_word("مؤتمر"), "موتمر");
        assert_eq!(norm_word("ٱلله"), "الله");
        assert_eq!(norm_word("قــــوات"), "قوات");
        assert_eq!(norm_word("بغ\u{200C}داد\u{200F}"), "بغداد");
        assert_eq!(norm_word("۱۲٣"), "123");
        assert_eq!(norm_word("٣٫٥"), "3.5");
        assert_eq!(norm_word("«قال»، ثم؛ لماذا؟"), "\"قال\", ثم; لماذا?");
        assert_eq!(norm_word("a\u{00A0}B"), "a b");
        assert_eq!(norm_word("\u{FEFB}"), "لا");
    }

    #[test]
    fn ta_marbuta_only_when_asked() {
        let o = NormOptions {
            ta_marbuta: false,
            ..NormOptions::default()
        };
        assert_eq!(normalize_with("محافظة", &o).text, "محافظة");
        assert_eq!(normalize("محافظة").text, "محافظه");
    }

    #[test]
    fn spans_survive_dropped_and_expanded_chars() {
        // tatweel and diacritics dropped, ligature expanded
        let s = "قـــوَّات \u{FEFB}";
        let n = normalize(s);
        assert_eq!(n.text, "قوات لا");
        assert_eq!(n.orig_span(0, 4), rasd_core::Span::new(0, 9));
        assert_eq!(n.orig_span(5, 7), rasd_core::Span::new(10, 11));
        let b = n.text.find("لا").unwrap_or(0);
        assert_eq!(
            n.orig_span_of_bytes(b, b + "لا".len()),
            rasd_core::Span::new(10, 11)
        );
    }
}
