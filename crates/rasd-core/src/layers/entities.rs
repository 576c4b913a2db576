use crate::Span;
use serde::{Deserialize, Serialize};

/// Entity class.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum EntityKind {
    PER,
    ORG,
    LOC,
    FAC,
    MISC,
}

/// An actor in ACLED naming, e.g. `Military Forces of Iraq (2020-)` with inter 1.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ActorRef {
    pub name: String,
    /// ACLED interaction code 1-8.
    pub inter: u8,
    /// ISO country the actor belongs to, when national.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
}

/// A named entity (layer `entities`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EntityMention {
    #[serde(flatten)]
    pub span: Span,
    pub text: String,
    #[serde(rename = "type")]
    pub kind: EntityKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actor: Option<ActorRef>,
}
