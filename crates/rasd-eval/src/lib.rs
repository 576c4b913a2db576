//! Scoring of predicted reports against gold event files, exactly as
//! `shared/spec/event-record.md` ("How a prediction is scored") describes:
//!
//! 1. predicted primary events are matched one-to-one to gold events of the
//!    same article (same `event_type`, `event_date` within 1 day or both null,
//!    locations within 50 km or the same admin1 when either side has no
//!    point), maximising the number of matches;
//! 2. detection precision / recall / F1;
//! 3. field accuracy on matched pairs (`sub_event_type`, `event_date`,
//!    `country`, `admin1`, point within 25 km, `actor1`, `fatalities`), with
//!    the gold `skip` fields left out and `optional` gold events neither
//!    rewarded nor penalised;
//! 4. pairwise precision / recall / F1 of cross-article merging (`groups.json`).

mod gold;
mod names;
mod score;

pub use gold::{load_gold_dir, GoldArticle, GoldError, GoldEvent, GoldSet};
pub use names::normalize_name;
pub use score::{haversine_km, score, FieldScore, MergeScore, Scores};
