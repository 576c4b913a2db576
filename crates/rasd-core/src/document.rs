//! The [`Document`] that flows through every stage, and [`Span`].

use crate::layers::{EntityMention, NumberMention, PlaceMention, Sentence, TimeMention, Token};
use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};

/// Half-open range `[start, end)` of `char` offsets into the original text.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }
    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }
    pub fn contains(&self, other: &Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    pub fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }
    /// Smallest span covering both.
    pub fn cover(&self, other: &Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
}

/// One article being analysed: the original text and the layers that the
/// pipeline stages add to it.
///
/// All layer spans are `char` offsets into [`Document::text`]. Stages that
/// work on byte offsets (regexes, Aho-Corasick) convert with
/// [`Document::char_of_byte`] and [`Document::byte_of_char`].
#[derive(Debug, Clone, Default)]
pub struct Document {
    pub id: String,
    pub source: Option<String>,
    pub title: Option<String>,
    /// The original body text, never modified.
    pub text: String,
    /// Publication date: the anchor of relative dates.
    pub published: Option<NaiveDate>,
    /// The moment relative expressions resolve against (defaults to the
    /// publication date at 00:00 in the article's zone when known).
    pub reference: Option<DateTime<FixedOffset>>,
    /// byte offset of each char, plus one final entry = text.len().
    char_bytes: Vec<usize>,
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
    pub numbers: Vec<NumberMention>,
    pub times: Vec<TimeMention>,
    pub places: Vec<PlaceMention>,
    pub entities: Vec<EntityMention>,
    /// Non-fatal problems found while analysing (shown in the report).
    pub warnings: Vec<String>,
}

impl Document {
    /// A document over `text` with no layers yet.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Self {
        let text = text.into();
        let mut char_bytes: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        char_bytes.push(text.len());
        Document {
            id: id.into(),
            text,
            char_bytes,
            ..Default::default()
        }
    }

    /// Number of `char`s in the text.
    pub fn char_len(&self) -> usize {
        self.char_bytes.len() - 1
    }

    /// Byte offset of char offset `c` (clamped to the end).
    pub fn byte_of_char(&self, c: usize) -> usize {
        let i = c.min(self.char_bytes.len() - 1);
        self.char_bytes[i]
    }

    /// Char offset of byte offset `b` (the char containing `b`; clamped).
    pub fn char_of_byte(&self, b: usize) -> usize {
        match self.char_bytes.binary_search(&b) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        }
    }

    /// Char span of a byte range.
    pub fn span_of_bytes(&self, start: usize, end: usize) -> Span {
        let s = self.char_of_byte(start);
        let e = match self.char_bytes.binary_search(&end) {
            Ok(i) => i,
            Err(i) => i,
        };
        Span::new(s, e.min(self.char_len()))
    }

    /// The original text under a char span (empty if out of range).
    pub fn slice(&self, span: Span) -> &str {
        let s = self.byte_of_char(span.start);
        let e = self.byte_of_char(span.end.max(span.start));
        self.text.get(s..e).unwrap_or("")
    }

    /// The sentence containing char offset `c`, if sentences were split.
    pub fn sentence_at(&self, c: usize) -> Option<&Sentence> {
        let i = self.sentences.partition_point(|s| s.span.end <= c);
        self.sentences.get(i).filter(|s| s.span.start <= c)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_byte_round_trip_on_arabic() {
        let d = Document::new("t", "قاعدة عين الأسد 2021");
        assert_eq!(d.char_len(), 20);
        let b = d.byte_of_char(6);
        assert_eq!(d.char_of_byte(b), 6);
        assert_eq!(d.slice(Span::new(6, 9)), "عين");
        let sp = d.span_of_bytes(b, b + "عين".len());
        assert_eq!(sp, Span::new(6, 9));
        assert_eq!(d.slice(Span::new(16, 99)), "2021");
        assert_eq!(d.slice(Span::new(30, 10)), "");
    }
}
