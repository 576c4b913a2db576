use crate::Span;
use serde::{Deserialize, Serialize};

/// How a stated number bounds the quantity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    Exact,
    AtLeast,
    AtMost,
    About,
    Range,
}

/// A number written in digits (any script), words, or a dual noun
/// (layer `numbers`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NumberMention {
    #[serde(flatten)]
    pub span: Span,
    pub text: String,
    pub value: f64,
    pub min: Option<f64>,
    pub max: Option<f64>,
    pub qualifier: Qualifier,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub ordinal: bool,
    /// For a dual noun or "number + noun", the counted noun (normalised stem), e.g. "صاروخ".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub noun: Option<String>,
}
