//! What the server needs from a store: the [`Backend`] trait, its query and
//! result types, and [`MemBackend`], an in-memory implementation (tests,
//! and `rasd serve --memory`).

use rasd_core::{Article, Event, Report, Role};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::sync::{Mutex, PoisonError};

/// Errors of a backend.
#[derive(Debug, thiserror::Error)]
pub enum BackendError {
    /// The store failed (I/O, SQL...).
    #[error("store error: {0}")]
    Store(String),
    /// The input cannot be stored as given.
    #[error("invalid input: {0}")]
    Invalid(String),
}

/// Filters of `GET /v1/events` (same as `rasd events`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct EventQuery {
    /// First event date, inclusive (`YYYY-MM-DD`).
    pub from: Option<String>,
    /// Last event date, inclusive (`YYYY-MM-DD`).
    pub to: Option<String>,
    /// ISO 3166-1 alpha-2 country code.
    pub country: Option<String>,
    /// First-level administrative division (ACLED spelling).
    pub admin1: Option<String>,
    /// ACLED event type or sub-event type.
    pub event_type: Option<String>,
    /// `[min_lon, min_lat, max_lon, max_lat]`.
    pub bbox: Option<[f64; 4]>,
    /// Free text searched in notes, places, actors and article text.
    pub text: Option<String>,
    /// Include background events too (default: primary only).
    pub include_background: bool,
    /// Page size.
    pub limit: usize,
    /// Rows to skip.
    pub offset: usize,
}

/// One event as listed (one row per merged event).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventRow {
    /// Stable event id (use with `GET /v1/events/{id}`).
    pub id: String,
    /// The article of the representative report.
    pub article_id: String,
    /// How many reports (articles) describe this event.
    pub reports: usize,
    /// The representative record.
    #[serde(flatten)]
    pub event: Event,
}

/// A page of events.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct EventPage {
    /// Events matching the filters (all pages).
    pub total: usize,
    /// This page.
    pub events: Vec<EventRow>,
}

/// One report of an event: the article and what it says about the event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventReport {
    pub article_id: String,
    pub title: Option<String>,
    pub source: Option<String>,
    pub url: Option<String>,
    pub published: Option<String>,
    /// The article body: the evidence and claim spans index it (chars).
    pub text: String,
    /// The event as this report gives it (evidence, claims).
    pub event: Event,
}

/// An event with all its reports and their claims.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventDetail {
    pub id: String,
    /// The representative record.
    pub event: Event,
    pub reports: Vec<EventReport>,
}

/// A stored article and its report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoredArticle {
    pub article: Article,
    pub report: Option<Report>,
    /// Ids of the (merged) events this article reports.
    #[serde(default)]
    pub event_ids: Vec<String>,
}

/// Sizes of the store.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Counts {
    pub articles: u64,
    pub events: u64,
}

/// The result of ingesting one article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Ingested {
    pub id: String,
    /// Ids of the (merged) events of the article.
    pub event_ids: Vec<String>,
    /// false when the article was already stored (it is replaced).
    pub new: bool,
}

/// The store operations the server uses. Implementations are synchronous
/// (the server calls them from blocking threads) and shared across threads.
pub trait Backend: Send + Sync + 'static {
    /// Short name for health/metrics (`memory`, `sqlite`...).
    fn name(&self) -> &str;
    /// Store an article and its report (replacing an article with that id).
    fn ingest(&self, article: &Article, report: &Report) -> Result<Ingested, BackendError>;
    /// An article by id.
    fn article(&self, id: &str) -> Result<Option<StoredArticle>, BackendError>;
    /// Events matching the query, newest first.
    fn events(&self, q: &EventQuery) -> Result<EventPage, BackendError>;
    /// One event with its reports.
    fn event(&self, id: &str) -> Result<Option<EventDetail>, BackendError>;
    /// Numbers of articles and events.
    fn counts(&self) -> Result<Counts, BackendError>;
}

/// In-memory backend. Cross-article merging uses
/// [`rasd_store::merge::merge_reports`]; an event id is
/// `<article id>:<event index>` of the group's first report.
#[derive(Debug, Default)]
pub struct MemBackend {
    inner: Mutex<MemInner>,
}

#[derive(Debug, Default)]
struct MemInner {
    articles: BTreeMap<String, (Article, Report)>,
    /// event id -> members (article id, event index); rebuilt on ingest.
    groups: BTreeMap<String, Vec<(String, usize)>>,
    /// (article id, event index) -> event id.
    member_of: BTreeMap<(String, usize), String>,
}

impl MemInner {
    fn regroup(&mut self) {
        let groups = rasd_store::merge::merge_reports(self.articles.values().map(|(_, r)| r));
        self.groups.clear();
        self.member_of.clear();
        for g in groups {
            let Some((aid, i)) = g.first() else { continue };
            let id = format!("{aid}:{i}");
            for m in &g {
                self.member_of.insert(m.clone(), id.clone());
            }
            self.groups.insert(id, g);
        }
        // Background events are not merged: each is its own event.
        for (aid, (_, r)) in &self.articles {
            for (i, e) in r.events.iter().enumerate() {
                if e.role == Role::Background {
                    let key = (aid.clone(), i);
                    if !self.member_of.contains_key(&key) {
                        let id = format!("{aid}:{i}");
                        self.member_of.insert(key.clone(), id.clone());
                        self.groups.insert(id, vec![key]);
                    }
                }
            }
        }
    }

    fn event_of(&self, m: &(String, usize)) -> Option<&Event> {
        self.articles.get(&m.0).and_then(|(_, r)| r.events.get(m.1))
    }

    fn event_ids_of(&self, aid: &str) -> Vec<String> {
        let mut ids: Vec<String> = self
            .member_of
            .iter()
            .filter(|((a, _), _)| a == aid)
            .map(|(_, id)| id.clone())
            .collect();
        ids.dedup();
        ids
    }
}

impl MemBackend {
    /// An empty store.
    pub fn new() -> Self {
        Self::default()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, MemInner> {
        self.inner.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

fn eq_ci(a: Option<&str>, b: &str) -> bool {
    a.is_some_and(|a| a.trim().eq_ignore_ascii_case(b.trim()))
}

/// Does `e` (reported by `article`) pass the filters of `q`?
pub fn event_matches(q: &EventQuery, e: &Event, article: Option<&Article>) -> bool {
    if !q.include_background && e.role != Role::Primary {
        return false;
    }
    if q.from.is_some() || q.to.is_some() {
        let Some(d) = e.event_date.as_deref() else {
            return false;
        };
        if q.from.as_deref().is_some_and(|f| d < f) || q.to.as_deref().is_some_and(|t| d > t) {
            return false;
        }
    }
    let loc = e.location.as_ref();
    if let Some(c) = &q.country {
        if !eq_ci(loc.and_then(|l| l.country.as_deref()), c) {
            return false;
        }
    }
    if let Some(a) = &q.admin1 {
        if !eq_ci(loc.and_then(|l| l.admin1.as_deref()), a) {
            return false;
        }
    }
    if let Some(t) = &q.event_type {
        if !eq_ci(e.event_type.as_deref(), t) && !eq_ci(e.sub_event_type.as_deref(), t) {
            return false;
        }
    }
    if let Some([x0, y0, x1, y1]) = q.bbox {
        let (Some(lat), Some(lon)) = (loc.and_then(|l| l.lat), loc.and_then(|l| l.lon)) else {
            return false;
        };
        if lon < x0 || lon > x1 || lat < y0 || lat > y1 {
            return false;
        }
    }
    if let Some(t) = q.text.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
        let needle = t.to_lowercase();
        let mut hay: Vec<&str> = vec![e.notes.as_str()];
        if let Some(l) = loc {
            hay.extend(l.name.as_deref());
            hay.extend(l.name_ar.as_deref());
            hay.extend(l.admin1.as_deref());
        }
        for a in [&e.actor1, &e.assoc_actor_1, &e.actor2, &e.assoc_actor_2]
            .into_iter()
            .flatten()
        {
            hay.push(&a.name);
            hay.extend(a.name_ar.as_deref());
        }
        if let Some(a) = article {
            hay.push(&a.text);
            hay.extend(a.title.as_deref());
        }
        if !hay.iter().any(|h| h.to_lowercase().contains(&needle)) {
            return false;
        }
    }
    true
}

impl Backend for MemBackend {
    fn name(&self) -> &str {
        "memory"
    }

    fn ingest(&self, article: &Article, report: &Report) -> Result<Ingested, BackendError> {
        if article.id.trim().is_empty() {
            return Err(BackendError::Invalid("article id is empty".into()));
        }
        let mut g = self.lock();
        let new = g
            .articles
            .insert(article.id.clone(), (article.clone(), report.clone()))
            .is_none();
        g.regroup();
        Ok(Ingested {
            id: article.id.clone(),
            event_ids: g.event_ids_of(&article.id),
            new,
        })
    }

    fn article(&self, id: &str) -> Result<Option<StoredArticle>, BackendError> {
        let g = self.lock();
        Ok(g.articles.get(id).map(|(a, r)| StoredArticle {
            article: a.clone(),
            report: Some(r.clone()),
            event_ids: g.event_ids_of(id),
        }))
    }

    fn events(&self, q: &EventQuery) -> Result<EventPage, BackendError> {
        let g = self.lock();
        let mut rows: Vec<EventRow> = Vec::new();
        for (id, members) in &g.groups {
            // An event matches when any of its reports matches.
            let hit = members.iter().find(|m| {
                let art = g.articles.get(&m.0).map(|(a, _)| a);
                g.event_of(m).is_some_and(|e| event_matches(q, e, art))
            });
            let Some(first) = members.first() else {
                continue;
            };
            if hit.is_none() {
                continue;
            }
            if let Some(e) = g.event_of(first) {
                rows.push(EventRow {
                    id: id.clone(),
                    article_id: first.0.clone(),
                    reports: members.len(),
                    event: e.clone(),
                });
            }
        }
        rows.sort_by(|a, b| {
            b.event
                .event_date
                .cmp(&a.event.event_date)
                .then_with(|| a.id.cmp(&b.id))
        });
        let total = rows.len();
        let events = rows.into_iter().skip(q.offset).take(q.limit).collect();
        Ok(EventPage { total, events })
    }

    fn event(&self, id: &str) -> Result<Option<EventDetail>, BackendError> {
        let g = self.lock();
        let Some(members) = g.groups.get(id) else {
            return Ok(None);
        };
        let mut reports = Vec::new();
        for m in members {
            let Some((a, r)) = g.articles.get(&m.0) else {
                continue;
            };
            let Some(e) = r.events.get(m.1) else { continue };
            reports.push(EventReport {
                article_id: a.id.clone(),
                title: a.title.clone(),
                source: a.source.clone(),
                url: a.url.clone(),
                published: a.published.clone(),
                text: a.text.clone(),
                event: e.clone(),
            });
        }
        let Some(first) = reports.first() else {
            return Ok(None);
        };
        Ok(Some(EventDetail {
            id: id.to_string(),
            event: first.event.clone(),
            reports,
        }))
    }

    fn counts(&self) -> Result<Counts, BackendError> {
        let g = self.lock();
        Ok(Counts {
            articles: g.articles.len() as u64,
            events: g.groups.len() as u64,
        })
    }
}
