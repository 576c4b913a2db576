use crate::Span;
use serde::{Deserialize, Serialize};

/// How a stated number bounds the quantity.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// The number as stated (`min == max == value`).
    #[default]
    Exact,
    /// "at least", "more than", "no fewer than", vague plurals (`max` null).
    AtLeast,
    /// "fewer than", "no more than", "up to" (`min` null).
    AtMost,
    /// "about", "nearly", "some" (`min == max == value`, the stated figure).
    About,
    /// "between 5 and 10", "5-10", "5 or 6", "a few" (`min` and `max` set).
    Range,
}

/// What a number measures. Only [`NumberKind::Quantity`] counts things; the
/// other kinds are numbers that must not be read as counts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NumberKind {
    /// A count or amount ("3 صواريخ", "عشرات القتلى", "صاروخان").
    #[default]
    Quantity,
    /// A calendar year ("عام 2021", "مارس 2018", "1440 هـ").
    Year,
    /// A day of the month or a numeric date ("5 يوليو", "12/3/2018").
    Date,
    /// A clock time ("2:45", "الساعة 10"); `value` = hours + minutes / 60.
    Time,
    /// A percentage ("50%", "20 في المئة").
    Percent,
    /// A fraction written with a slash ("77/100").
    Fraction,
    /// An amount of money (the counted noun is a currency).
    Money,
}

impl NumberKind {
    /// Whether this is the default kind (serde helper).
    pub fn is_quantity(&self) -> bool {
        *self == NumberKind::Quantity
    }
}

/// A number written in digits (any script), words, or a dual noun
/// (layer `numbers`).
///
/// `span`/`text` cover everything read to decide the value and qualifier:
/// the qualifier words ("أكثر من"), the number, a multiplier ("ألف"), and a
/// trailing qualifier ("على الأقل") with the noun between.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct NumberMention {
    #[serde(flatten)]
    pub span: Span,
    pub text: String,
    /// The stated number (for a range, its lower end; for a vague plural,
    /// its lower bound).
    pub value: f64,
    /// Lower bound of the quantity, or null when unbounded below.
    pub min: Option<f64>,
    /// Upper bound of the quantity, or null when unbounded above.
    pub max: Option<f64>,
    pub qualifier: Qualifier,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub ordinal: bool,
    /// For a dual noun or "number + noun", the counted noun (normalised stem), e.g. "صاروخ".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub noun: Option<String>,
    /// Span of the counted noun in the original text, when `noun` is set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub noun_span: Option<Span>,
    /// What the number measures; years, dates, clock times and percentages
    /// are marked so that they are not counted as quantities.
    #[serde(default, skip_serializing_if = "NumberKind::is_quantity")]
    pub kind: NumberKind,
    /// A vague amount ("عشرات", "بضعة", "عدة"): `min`/`max` follow the
    /// documented convention of `rasd-text`, not a stated figure.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub vague: bool,
}
