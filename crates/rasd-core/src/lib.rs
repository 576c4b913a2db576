//! Shared types of the rasd pipeline.
//!
//! Text flows through the pipeline as one [`Document`]: the original article
//! text plus layers (tokens, sentences, numbers, times, places, entities) that
//! each stage adds. Every span is a [`Span`] of Unicode scalar (Rust `char`)
//! offsets into the ORIGINAL text, as the contract in
//! `shared/spec/event-record.md` requires, so that a reader can highlight
//! exactly what the system read whatever normalisation happened inside.
//!
//! The output types ([`Report`], [`Event`], ...) are the contract's JSON shape.

pub mod article;
pub mod document;
pub mod layers;
pub mod record;

pub use article::{Article, ArticleError};
pub use document::{Document, Span};
pub use layers::*;
pub use record::*;
