//! Annotation layers added to a [`crate::Document`] by the pipeline stages.
//! Each layer is owned by one stage crate; its item type lives here so that
//! every later stage can read it. Field names are those of `rasd annotate`.

mod entities;
mod numbers;
mod places;
mod text;
mod times;

pub use entities::{ActorRef, EntityKind, EntityMention};
pub use numbers::{NumberKind, NumberMention, Qualifier};
pub use places::PlaceMention;
pub use text::{Sentence, Token, TokenKind};
pub use times::{Grain, TimeMention};
