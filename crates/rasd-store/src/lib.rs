//! Article store (SQLite by default, PostgreSQL/PostGIS at scale), ingest
//! readers, near-duplicate detection, cross-article merging and exports.
//!
//! The entry point is the object-safe [`Store`] trait, implemented by
//! [`SqliteStore`] (embedded, WAL, FTS5) and [`PgStore`] (PostgreSQL, with
//! PostGIS when the extension is available). [`open`] picks one from a data
//! directory and an optional `postgres://` URL.
//!
//! Ingesting stores an article once (content hash of its whitespace-collapsed
//! text), links near-duplicates (MinHash over normalised word shingles, with
//! LSH bands), stores its [`Report`], and merges each primary event into an
//! existing stored event that reports the same real event (see [`merge`]), or
//! creates a new one.

pub mod batch;
pub mod dedup;
pub mod error;
pub mod export;
mod filter;
mod ingest;
pub mod merge;
pub mod model;
pub mod pg;
pub mod progress;
pub mod readers;
pub mod sqlite;

pub use error::{Result, StoreError};
pub use model::{
    BBox, Counts, EventId, EventMember, EventQuery, IngestOutcome, IngestStatus, Page,
    StoredArticle, StoredEvent,
};
pub use pg::PgStore;
pub use rasd_core::{Article, Event, Report};
pub use sqlite::SqliteStore;

use std::path::Path;

/// File name of the SQLite database inside the data directory.
pub const SQLITE_FILE: &str = "rasd.sqlite";

/// A store of articles, their reports, and merged events.
///
/// Object-safe and `Send + Sync`: share one `Arc<dyn Store>` between threads.
/// Every write is atomic: an article, its report and its events are stored
/// together or not at all.
pub trait Store: Send + Sync {
    /// Backend name: `"sqlite"` or `"postgres"`.
    fn backend(&self) -> &'static str;

    /// Store one article with its report (one transaction).
    fn ingest(&self, article: &Article, report: &Report) -> Result<IngestOutcome> {
        let mut v = self.ingest_batch(&[(article.clone(), report.clone())])?;
        v.pop()
            .ok_or_else(|| StoreError::Corrupt("ingest_batch returned no outcome".into()))
    }

    /// Store many articles with their reports in ONE transaction (all or
    /// nothing), in order. Outcomes are returned in the same order.
    fn ingest_batch(&self, items: &[(Article, Report)]) -> Result<Vec<IngestOutcome>>;

    /// The id of the stored article whose text has this content hash
    /// ([`dedup::content_hash`]), if any: lets a resumed ingest skip the
    /// extraction of articles it already stored.
    fn article_by_hash(&self, hash: &str) -> Result<Option<String>>;

    /// One stored article with its text and report.
    fn article(&self, id: &str) -> Result<Option<StoredArticle>>;

    /// Merged events matching the query, newest first (event date, then id).
    fn events(&self, query: &EventQuery) -> Result<Page<StoredEvent>>;

    /// One merged event with every report and claim, the article ids and the
    /// merge explanation.
    fn event(&self, id: EventId) -> Result<Option<StoredEvent>>;

    /// Row counts for health checks and metrics.
    fn counts(&self) -> Result<Counts>;
}

/// Open (creating if needed) the store: PostgreSQL when `database` is a
/// `postgres://` or `postgresql://` URL, else SQLite in
/// `data_dir/rasd.sqlite` (the directory is created if missing).
pub fn open(data_dir: &Path, database: Option<&str>) -> Result<Box<dyn Store>> {
    match database.map(str::trim).filter(|s| !s.is_empty()) {
        Some(url) if url.starts_with("postgres://") || url.starts_with("postgresql://") => {
            Ok(Box::new(PgStore::connect(url)?))
        }
        Some(url) if url.starts_with("sqlite:") => {
            let p = url
                .trim_start_matches("sqlite://")
                .trim_start_matches("sqlite:");
            Ok(Box::new(SqliteStore::open_file(Path::new(p))?))
        }
        Some(other) => Err(StoreError::BadUrl(other.to_string())),
        None => Ok(Box::new(SqliteStore::open(data_dir)?)),
    }
}
