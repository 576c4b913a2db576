//! Types the store reads and writes.

use chrono::NaiveDate;
use rasd_core::{Article, Event, Report};
use serde::{Deserialize, Serialize};

/// Id of a merged event (unique in one store).
pub type EventId = i64;

/// What happened to an ingested article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum IngestStatus {
    /// Stored for the first time.
    New,
    /// The same text (content hash) was already stored under `of`; nothing
    /// was written.
    Duplicate { of: String },
    /// Stored, and linked to an earlier article with nearly the same text
    /// (a re-published wire copy): estimated Jaccard similarity of their word
    /// shingles.
    NearDuplicate { of: String, similarity: f32 },
}

/// The result of ingesting one article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IngestOutcome {
    /// The id the article is stored under (for a duplicate: the stored one).
    /// Usually the article's own id; when that id was already used by a
    /// different text, `"<id>~<first 8 hex digits of its hash>"`.
    pub article_id: String,
    #[serde(flatten)]
    pub status: IngestStatus,
    /// Merged events the article's primary events went into, in the order of
    /// its report's primary events.
    pub events: Vec<EventId>,
    /// How many of those events were created by this article.
    pub new_events: usize,
    /// How many joined an event already reported by another article.
    pub merged_events: usize,
}

/// A stored article with its report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoredArticle {
    /// The article as ingested (`id` is the stored id).
    pub article: Article,
    /// Its extraction report.
    pub report: Report,
    /// Content hash ([`crate::dedup::content_hash`]).
    pub hash: String,
    /// Earlier article this one nearly duplicates, with the similarity.
    pub near_duplicate_of: Option<String>,
    pub similarity: Option<f32>,
    /// Merged events its primary events belong to.
    pub events: Vec<EventId>,
    /// RFC 3339 time of ingestion.
    pub ingested_at: String,
}

/// One report of a merged event: the event as one article extracted it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventMember {
    pub article_id: String,
    /// Index into that article's `report.events`.
    pub index: usize,
    pub source: Option<String>,
    pub published: Option<String>,
    pub event: Event,
    /// Why this report joined the event (which criteria matched), or
    /// "first report".
    pub explanation: String,
}

/// A merged event: one real event with every report of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoredEvent {
    pub id: EventId,
    /// The combined record ([`crate::merge::combine`]): fields of the best
    /// located report, fatalities/injuries by the conservative rule (minimum
    /// of the reported non-null figures), every claim of every report.
    pub event: Event,
    /// Every report, in ingestion order.
    pub reports: Vec<EventMember>,
    /// Distinct article ids, in ingestion order.
    pub article_ids: Vec<String>,
    /// One line per joining report: which merge criteria matched.
    pub merge_explanation: String,
}

/// A bounding box in degrees (WGS 84).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct BBox {
    pub min_lon: f64,
    pub min_lat: f64,
    pub max_lon: f64,
    pub max_lat: f64,
}

impl BBox {
    /// Parse `min_lon,min_lat,max_lon,max_lat`.
    pub fn parse(s: &str) -> Option<BBox> {
        let v: Vec<f64> = s
            .split(',')
            .map(|p| p.trim().parse::<f64>())
            .collect::<std::result::Result<_, _>>()
            .ok()?;
        match v.as_slice() {
            [a, b, c, d] if a <= c && b <= d => Some(BBox {
                min_lon: *a,
                min_lat: *b,
                max_lon: *c,
                max_lat: *d,
            }),
            _ => None,
        }
    }

    /// Whether the point is inside (edges included).
    pub fn contains(&self, lat: f64, lon: f64) -> bool {
        lat >= self.min_lat && lat <= self.max_lat && lon >= self.min_lon && lon <= self.max_lon
    }
}

/// Filters for [`crate::Store::events`]. Empty filters match everything.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct EventQuery {
    /// Event date on or after.
    pub date_from: Option<NaiveDate>,
    /// Event date on or before.
    pub date_to: Option<NaiveDate>,
    /// ISO 3166-1 alpha-2 (case-insensitive).
    pub country: Option<String>,
    /// Admin1 name (compared after name normalisation).
    pub admin1: Option<String>,
    /// ACLED event type, or a sub-event type.
    pub event_type: Option<String>,
    /// Events whose point lies in the box.
    pub bbox: Option<BBox>,
    /// Full-text search over the texts of the articles reporting the event.
    pub text: Option<String>,
    /// Page size (capped at 10,000).
    pub limit: usize,
    pub offset: usize,
}

impl Default for EventQuery {
    fn default() -> Self {
        EventQuery {
            date_from: None,
            date_to: None,
            country: None,
            admin1: None,
            event_type: None,
            bbox: None,
            text: None,
            limit: 100,
            offset: 0,
        }
    }
}

/// Largest page [`crate::Store::events`] returns.
pub const MAX_LIMIT: usize = 10_000;

/// One page of results.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Page<T> {
    pub items: Vec<T>,
    /// Number of matches over all pages.
    pub total: u64,
    pub limit: usize,
    pub offset: usize,
}

impl<T> Page<T> {
    /// The page of the rows `ids` (in order), each loaded with `load`
    /// (rows gone in between are skipped), out of `total` matches.
    pub(crate) fn load<E>(
        ids: impl IntoIterator<Item = crate::EventId>,
        total: i64,
        limit: usize,
        offset: usize,
        mut load: impl FnMut(crate::EventId) -> std::result::Result<Option<T>, E>,
    ) -> std::result::Result<Self, E> {
        let mut items = Vec::new();
        for id in ids {
            if let Some(x) = load(id)? {
                items.push(x);
            }
        }
        Ok(Page {
            items,
            total: u64::try_from(total).unwrap_or(0),
            limit,
            offset,
        })
    }
}

/// Row counts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counts {
    pub articles: u64,
    pub near_duplicates: u64,
    /// Merged events.
    pub events: u64,
    /// Event reports (one per primary event of a stored report).
    pub event_reports: u64,
}
