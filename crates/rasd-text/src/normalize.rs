//! Lookup normalisation with a map back to original offsets.

use crate::is_diacritic;

/// Normalise one char for lookups; `None` drops it (diacritics, tatweel,
/// zero-width and bidi controls).
pub fn normalize_char(c: char) -> Option<char> {
    if is_diacritic(c) {
        return None;
    }
    Some(match c {
        '\u{0640}' => return None,
        '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2066}'..='\u{2069}'
        | '\u{FEFF}'
        | '\u{061C}' => return None,
        'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
        'ى' | 'ی' | 'ي' => 'ي',
        'ة' => 'ه',
        'ؤ' => 'و',
        'ئ' => 'ي',
        'ک' => 'ك',
        '\u{00A0}' | '\u{2007}' | '\u{202F}' => ' ',
        '،' => ',',
        '؛' => ';',
        '؟' => '?',
        '«' | '»' | '“' | '”' | '„' => '"',
        '‘' | '’' => '\'',
        '٠'..='٩' => char::from(b'0' + (c as u32 - '٠' as u32) as u8),
        '۰'..='۹' => char::from(b'0' + (c as u32 - '۰' as u32) as u8),
        c if c.is_ascii_uppercase() => c.to_ascii_lowercase(),
        c => c,
    })
}

/// Normalised text and, for each char of it, the char offset in the original.
#[derive(Debug, Clone, Default)]
pub struct Normalized {
    pub text: String,
    /// `orig[i]` = original char offset of normalised char `i`; one extra
    /// final entry = original length.
    pub orig: Vec<usize>,
}

impl Normalized {
    /// Original char span of a normalised char range.
    pub fn orig_span(&self, start: usize, end: usize) -> rasd_core::Span {
        let s = self.orig.get(start).copied().unwrap_or(0);
        let e = if end == 0 {
            s
        } else {
            self.orig.get(end - 1).map(|x| x + 1).unwrap_or(s)
        };
        rasd_core::Span::new(s, e.max(s))
    }
}

/// Normalise `s`, keeping the offset map.
pub fn normalize(s: &str) -> Normalized {
    let mut text = String::with_capacity(s.len());
    let mut orig = Vec::with_capacity(s.len());
    let mut n = 0;
    for (i, c) in s.chars().enumerate() {
        if let Some(d) = normalize_char(c) {
            text.push(d);
            orig.push(i);
        }
        n = i + 1;
    }
    orig.push(n);
    Normalized { text, orig }
}

/// Normalised form of a word (no offset map).
pub fn norm_word(s: &str) -> String {
    s.chars().filter_map(normalize_char).collect()
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
}
