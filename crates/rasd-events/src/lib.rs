//! Event extraction, and the [`Pipeline`] that runs every stage over an
//! article: text → time → places → entities/actors → events.

mod extract;
pub mod pipeline;

pub use extract::Extractor;
pub use pipeline::{Pipeline, PipelineError};
