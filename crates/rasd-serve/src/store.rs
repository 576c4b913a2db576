//! [`Backend`] over a [`rasd_store::Store`] (SQLite or PostgreSQL).
//!
//! Store event ids are integers; the API shows them as strings (a non-numeric
//! id is simply not found). The store keeps only primary events, so
//! `role=all` lists the same events as the default.

use crate::backend::{
    Backend, BackendError, Counts, EventDetail, EventPage, EventQuery, EventReport, EventRow,
    Ingested, StoredArticle,
};
use rasd_core::{Article, Report};
use rasd_store::{IngestStatus, Store, StoreError};
use std::collections::HashMap;

/// The server's view of a [`Store`].
pub struct StoreBackend {
    store: Box<dyn Store>,
}

impl StoreBackend {
    /// Wrap an open store.
    pub fn new(store: Box<dyn Store>) -> Self {
        StoreBackend { store }
    }
}

fn err(e: StoreError) -> BackendError {
    BackendError::Store(e.to_string())
}

fn date(s: &Option<String>) -> Result<Option<chrono::NaiveDate>, BackendError> {
    s.as_deref()
        .map(|d| {
            chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d")
                .map_err(|_| BackendError::Invalid(format!("not a date: {d:?}")))
        })
        .transpose()
}

impl Backend for StoreBackend {
    fn name(&self) -> &str {
        self.store.backend()
    }

    fn ingest(&self, article: &Article, report: &Report) -> Result<Ingested, BackendError> {
        let o = self.store.ingest(article, report).map_err(err)?;
        Ok(Ingested {
            id: o.article_id,
            event_ids: o.events.iter().map(|i| i.to_string()).collect(),
            new: !matches!(o.status, IngestStatus::Duplicate { .. }),
        })
    }

    fn article(&self, id: &str) -> Result<Option<StoredArticle>, BackendError> {
        Ok(self.store.article(id).map_err(err)?.map(|s| StoredArticle {
            article: s.article,
            report: Some(s.report),
            event_ids: s.events.iter().map(|i| i.to_string()).collect(),
        }))
    }

    fn events(&self, q: &EventQuery) -> Result<EventPage, BackendError> {
        let sq = rasd_store::EventQuery {
            date_from: date(&q.from)?,
            date_to: date(&q.to)?,
            country: q.country.clone(),
            admin1: q.admin1.clone(),
            event_type: q.event_type.clone(),
            bbox: q.bbox.map(|[a, b, c, d]| rasd_store::BBox {
                min_lon: a,
                min_lat: b,
                max_lon: c,
                max_lat: d,
            }),
            text: q.text.clone(),
            limit: q.limit,
            offset: q.offset,
        };
        let page = self.store.events(&sq).map_err(err)?;
        Ok(EventPage {
            total: usize::try_from(page.total).unwrap_or(usize::MAX),
            events: page
                .items
                .into_iter()
                .map(|e| EventRow {
                    id: e.id.to_string(),
                    article_id: e
                        .article_ids
                        .first()
                        .cloned()
                        .or_else(|| e.reports.first().map(|r| r.article_id.clone()))
                        .unwrap_or_default(),
                    reports: e.reports.len(),
                    event: e.event,
                })
                .collect(),
        })
    }

    fn event(&self, id: &str) -> Result<Option<EventDetail>, BackendError> {
        let Ok(n) = id.trim().parse::<i64>() else {
            return Ok(None);
        };
        let Some(e) = self.store.event(n).map_err(err)? else {
            return Ok(None);
        };
        let mut arts: HashMap<String, Option<Article>> = HashMap::new();
        let mut reports = Vec::new();
        for m in e.reports {
            if !arts.contains_key(&m.article_id) {
                let a = self.store.article(&m.article_id).map_err(err)?;
                arts.insert(m.article_id.clone(), a.map(|s| s.article));
            }
            let a = arts.get(&m.article_id).cloned().flatten();
            reports.push(EventReport {
                title: a.as_ref().and_then(|a| a.title.clone()),
                url: a.as_ref().and_then(|a| a.url.clone()),
                source: m
                    .source
                    .or_else(|| a.as_ref().and_then(|a| a.source.clone())),
                published: m.published,
                text: a.map(|a| a.text).unwrap_or_default(),
                article_id: m.article_id,
                event: m.event,
            });
        }
        Ok(Some(EventDetail {
            id: e.id.to_string(),
            event: e.event,
            reports,
        }))
    }

    fn counts(&self) -> Result<Counts, BackendError> {
        let c = self.store.counts().map_err(err)?;
        Ok(Counts {
            articles: c.articles,
            events: c.events,
        })
    }
}
