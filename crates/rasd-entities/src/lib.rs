//! Named entities and ACLED-style actors.
//!
//! API: [`EntityTagger::tag`] fills `Document::entities`.

use rasd_core::Document;

/// Entity tagger (NER model + actor dictionary).
#[derive(Debug, Default)]
pub struct EntityTagger {}

impl EntityTagger {
    /// The tagger with the built-in actor dictionary and model.
    pub fn new() -> Self {
        EntityTagger {}
    }

    /// Fill `doc.entities` (requires the text layers).
    pub fn tag(&self, _doc: &mut Document) {}
}
