//! Event extraction, and the [`Pipeline`] that runs every stage over an
//! article: text → time → places → entities/actors → events.
//!
//! Extraction is rule-based and general: lexicons of Arabic news vocabulary
//! ([`cues`]) read clause by clause over the layers of the [`rasd_core::Document`]
//! (numbers, times, places, entities), then merged into events.

pub mod actors;
mod args;
mod casualties;
pub mod cues;
mod extract;
mod notes;
pub mod pipeline;
pub mod view;

pub use extract::{Class, Extractor};
pub use pipeline::{Pipeline, PipelineError};
