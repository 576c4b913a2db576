use crate::Span;
use serde::{Deserialize, Serialize};

/// Coarse class of a token.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TokenKind {
    Word,
    Number,
    Punct,
    Symbol,
}

/// A token of the original text (layer `tokens`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Token {
    #[serde(flatten)]
    pub span: Span,
    pub text: String,
    /// Normalised form (alef/ya/digits unified, diacritics and tatweel dropped).
    pub norm: String,
    /// Stem after clitic segmentation (normalised), for lookups.
    pub stem: String,
    pub kind: TokenKind,
}

/// A sentence (layer `sentences`). Headlines and lines without final
/// punctuation end at the line break.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Sentence {
    #[serde(flatten)]
    pub span: Span,
    /// Index of the paragraph (line) the sentence is in.
    pub paragraph: usize,
    /// Token index range `[first, last)` into `Document::tokens`.
    pub tokens: (usize, usize),
}
