use crate::Span;
use serde::{Deserialize, Serialize};

/// A resolved place mention (layer `places`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlaceMention {
    #[serde(flatten)]
    pub span: Span,
    pub text: String,
    pub gazetteer_id: Option<String>,
    /// English (ACLED-style) name.
    pub name: String,
    pub name_ar: Option<String>,
    /// ISO 3166-1 alpha-2.
    pub country: Option<String>,
    pub admin1: Option<String>,
    pub admin2: Option<String>,
    pub admin3: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    /// ACLED geo_precision: 1 place itself, 2 near/part of, 3 region only.
    pub geo_precision: u8,
    /// For relative locations ("70 كم غرب الرمادي"): the anchor place's name.
    pub anchor: Option<String>,
    /// Place type: country, admin1, admin2, city, village, neighbourhood, facility, ...
    #[serde(default)]
    pub kind: String,
    /// Population when known (used for salience).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub population: Option<u64>,
}
