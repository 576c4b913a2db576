//! Event extraction over an analysed [`Document`].

use rasd_core::{Document, Event};

/// Reads events from a document whose layers are filled.
#[derive(Debug, Default)]
pub struct Extractor {}

impl Extractor {
    pub fn new() -> Self {
        Extractor {}
    }

    /// Every event the document reports, primary and background.
    pub fn extract(&self, _doc: &Document) -> Vec<Event> {
        Vec::new()
    }
}
