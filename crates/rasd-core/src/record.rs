//! The output contract: one [`Report`] per article, holding [`Event`]s.
//! Field names follow `shared/spec/event-record.md` (ACLED's codebook).

use crate::{EntityMention, Span, TimeMention};
use serde::{Deserialize, Serialize};

/// One report per article.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Report {
    pub id: String,
    pub published: Option<String>,
    pub language: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    pub events: Vec<Event>,
    #[serde(default)]
    pub entities: Vec<EntityMention>,
    #[serde(default)]
    pub times: Vec<TimeMention>,
    #[serde(default)]
    pub warnings: Vec<String>,
}

/// `primary`: reported as news; `background`: recalled history or context.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Primary,
    Background,
}

/// PLOVER event type and mode.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Plover {
    pub event_type: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mode: Option<String>,
}

/// ACLED-style location.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Location {
    pub name: Option<String>,
    pub name_ar: Option<String>,
    pub country: Option<String>,
    pub admin1: Option<String>,
    pub admin2: Option<String>,
    pub admin3: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub geo_precision: Option<u8>,
    pub gazetteer_id: Option<String>,
    pub span: Option<Span>,
    /// Anchor place of a relative location.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anchor: Option<String>,
}

/// An actor slot of an event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Actor {
    pub name: String,
    pub name_ar: Option<String>,
    pub inter: u8,
    pub span: Option<Span>,
}

/// A counted quantity (rockets, drones, vehicles...).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    pub what: String,
    pub min: Option<f64>,
    pub max: Option<f64>,
    pub qualifier: crate::Qualifier,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub according_to: Option<String>,
    pub span: Option<Span>,
}

/// What one source says.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    pub source: String,
    pub via: Option<String>,
    pub anonymous: bool,
    pub says: ClaimSays,
    pub span: Option<Span>,
}

/// The content of a claim.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClaimSays {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub quantities: Vec<Quantity>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fatalities: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub injuries: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub damage: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub weapons: Vec<String>,
}

/// An accusation of responsibility.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Accusation {
    pub actor: String,
    pub by: Option<String>,
    /// false for a habitual accusation ("usually accuses").
    pub specific: bool,
    pub span: Option<Span>,
}

/// Who claimed, who was accused, who denied.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Responsibility {
    pub claimed_by: Vec<String>,
    pub accused: Vec<Accusation>,
    pub denied_by: Vec<String>,
}

/// One event record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub role: Role,
    pub event_type: Option<String>,
    pub sub_event_type: Option<String>,
    pub disorder_type: Option<String>,
    pub plover: Option<Plover>,
    pub event_date: Option<String>,
    pub time: Option<String>,
    pub time_precision: Option<u8>,
    pub location: Option<Location>,
    pub actor1: Option<Actor>,
    pub assoc_actor_1: Option<Actor>,
    pub actor2: Option<Actor>,
    pub assoc_actor_2: Option<Actor>,
    pub fatalities: Option<u32>,
    pub injuries: Option<u32>,
    #[serde(default)]
    pub weapons: Vec<String>,
    #[serde(default)]
    pub quantities: Vec<Quantity>,
    #[serde(default)]
    pub claims: Vec<Claim>,
    #[serde(default)]
    pub responsibility: Responsibility,
    pub notes: String,
    #[serde(default)]
    pub evidence: Vec<Span>,
    pub confidence: f32,
}

impl Event {
    /// An empty event of the given role, to be filled in.
    pub fn empty(role: Role) -> Self {
        Event {
            role,
            event_type: None,
            sub_event_type: None,
            disorder_type: None,
            plover: None,
            event_date: None,
            time: None,
            time_precision: None,
            location: None,
            actor1: None,
            assoc_actor_1: None,
            actor2: None,
            assoc_actor_2: None,
            fatalities: None,
            injuries: None,
            weapons: Vec::new(),
            quantities: Vec::new(),
            claims: Vec::new(),
            responsibility: Responsibility::default(),
            notes: String::new(),
            evidence: Vec::new(),
            confidence: 0.0,
        }
    }
}

/// ACLED event types with their sub-types and disorder type
/// (ACLED codebook, 2023 edition).
pub const ACLED_TYPES: &[(&str, &str, &[&str])] = &[
    (
        "Battles",
        "Political violence",
        &[
            "Armed clash",
            "Government regains territory",
            "Non-state actor overtakes territory",
        ],
    ),
    (
        "Explosions/Remote violence",
        "Political violence",
        &[
            "Chemical weapon",
            "Air/drone strike",
            "Suicide bomb",
            "Shelling/artillery/missile attack",
            "Remote explosive/landmine/IED",
            "Grenade",
        ],
    ),
    (
        "Violence against civilians",
        "Political violence",
        &[
            "Sexual violence",
            "Attack",
            "Abduction/forced disappearance",
        ],
    ),
    (
        "Protests",
        "Demonstrations",
        &[
            "Peaceful protest",
            "Protest with intervention",
            "Excessive force against protesters",
        ],
    ),
    (
        "Riots",
        "Demonstrations",
        &["Violent demonstration", "Mob violence"],
    ),
    (
        "Strategic developments",
        "Strategic developments",
        &[
            "Agreement",
            "Arrests",
            "Change to group/activity",
            "Disrupted weapons use",
            "Headquarters or base established",
            "Looting/property destruction",
            "Non-violent transfer of territory",
            "Other",
        ],
    ),
];

/// The event type and disorder type of an ACLED sub-event type.
pub fn acled_parent(sub_event_type: &str) -> Option<(&'static str, &'static str)> {
    ACLED_TYPES
        .iter()
        .find(|(_, _, subs)| subs.contains(&sub_event_type))
        .map(|(t, d, _)| (*t, *d))
}

/// PLOVER event type and mode of an ACLED sub-event type (the one mapping
/// used by the extractor and by the exports). `None` for an unknown
/// sub-type.
pub fn plover_of(sub_event_type: &str) -> Option<(&'static str, Option<&'static str>)> {
    Some(match sub_event_type {
        "Armed clash" | "Government regains territory" | "Non-state actor overtakes territory" => {
            ("FIGHT", Some("firearms"))
        }
        "Chemical weapon" => ("ASSAULT", Some("chemical")),
        "Air/drone strike" => ("ASSAULT", Some("aerial")),
        "Shelling/artillery/missile attack" => ("ASSAULT", Some("artillery")),
        "Suicide bomb" | "Remote explosive/landmine/IED" | "Grenade" => {
            ("ASSAULT", Some("explosion"))
        }
        "Sexual violence" => ("ASSAULT", Some("sexual")),
        "Abduction/forced disappearance" => ("ASSAULT", Some("abduct")),
        "Attack" => ("ASSAULT", Some("firearms")),
        "Peaceful protest" | "Protest with intervention" => ("PROTEST", Some("demonstrate")),
        "Excessive force against protesters" => ("ASSAULT", Some("firearms")),
        "Violent demonstration" | "Mob violence" => ("PROTEST", Some("riot")),
        "Arrests" => ("COERCE", Some("arrest")),
        "Agreement" => ("AGREE", None),
        "Disrupted weapons use" | "Looting/property destruction" => ("COERCE", Some("seize")),
        "Non-violent transfer of territory" => ("RETREAT", Some("withdraw")),
        "Headquarters or base established" | "Change to group/activity" => ("MOBILIZE", None),
        "Other" => ("COERCE", None),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_acled_sub_type_has_a_plover_type() {
        for (_, _, subs) in super::ACLED_TYPES {
            for s in *subs {
                assert!(super::plover_of(s).is_some(), "{s}");
            }
        }
        assert_eq!(super::plover_of("nonsense"), None);
    }

    use super::*;

    #[test]
    fn acled_has_six_types_and_25_subtypes() {
        assert_eq!(ACLED_TYPES.len(), 6);
        let n: usize = ACLED_TYPES.iter().map(|t| t.2.len()).sum();
        assert_eq!(n, 25);
        assert_eq!(
            acled_parent("Shelling/artillery/missile attack"),
            Some(("Explosions/Remote violence", "Political violence"))
        );
        assert_eq!(acled_parent("nonsense"), None);
    }

    #[test]
    fn event_serialises_contract_field_names() {
        let e = Event::empty(Role::Primary);
        let v = serde_json::to_value(&e).unwrap();
        for k in [
            "role",
            "event_type",
            "sub_event_type",
            "disorder_type",
            "plover",
            "event_date",
            "time",
            "time_precision",
            "location",
            "actor1",
            "assoc_actor_1",
            "actor2",
            "assoc_actor_2",
            "fatalities",
            "injuries",
            "weapons",
            "quantities",
            "claims",
            "responsibility",
            "notes",
            "evidence",
            "confidence",
        ] {
            assert!(v.get(k).is_some(), "missing {k}");
        }
        assert_eq!(v["role"], "primary");
    }
}
