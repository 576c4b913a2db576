use crate::Span;
use serde::{Deserialize, Serialize};

/// Granularity of a time value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Grain {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Quarter,
    Year,
}

/// A temporal expression (layer `times`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TimeMention {
    #[serde(flatten)]
    pub span: Span,
    pub text: String,
    /// ISO-8601 with the reference's UTC offset, e.g. `2021-07-05T14:45:00+03:00`;
    /// None when the expression cannot be resolved (no reference).
    pub value: Option<String>,
    pub grain: Grain,
    /// Interval start/end (end exclusive), for ranges and coarse periods.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
    /// `gregorian` or `hijri`.
    pub calendar: String,
    /// True when the expression is only a clock time (no date part), e.g. "2:45 عصراً".
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub clock_only: bool,
    /// True when the value was resolved relative to the reference ("أمس").
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub relative: bool,
}
