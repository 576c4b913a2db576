//! Batched, resumable ingest: articles are extracted in parallel and stored
//! in transactions of `batch_size` articles. Articles whose text is already
//! stored (content hash) are skipped BEFORE extraction, so re-running an
//! interrupted ingest only extracts what was not committed; an interrupted
//! transaction leaves nothing behind, so nothing is lost or stored twice.

use crate::dedup::content_hash;
use crate::model::IngestStatus;
use crate::{Result, Store};
use rasd_core::{Article, Report};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};

/// Counts of one ingest run.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct IngestStats {
    /// Articles read.
    pub read: u64,
    /// Stored for the first time (near-duplicates included).
    pub new: u64,
    /// Of which near-duplicates of a stored article.
    pub near_duplicates: u64,
    /// Already stored (same text): skipped.
    pub duplicates: u64,
    /// Could not be extracted (reported through the failure callback).
    pub failed: u64,
    /// Merged events created.
    pub new_events: u64,
    /// Reports that joined an event of another article.
    pub merged_events: u64,
}

type Extract<'a> = dyn Fn(&Article) -> std::result::Result<Report, String> + Sync + 'a;
type OnFailure<'a> = dyn FnMut(&Article, &str) + 'a;
type OnBatch<'a> = dyn FnMut(&IngestStats, usize) + 'a;

/// The batch driver: [`BatchIngest::push`] articles, then
/// [`BatchIngest::finish`].
pub struct BatchIngest<'a> {
    store: &'a dyn Store,
    extract: Box<Extract<'a>>,
    on_failure: Box<OnFailure<'a>>,
    on_batch: Box<OnBatch<'a>>,
    batch_size: usize,
    pending: Vec<Article>,
    stats: IngestStats,
}

impl<'a> BatchIngest<'a> {
    /// A driver storing into `store`, extracting reports with `extract`
    /// (called in parallel), committing every `batch_size` articles.
    pub fn new(
        store: &'a dyn Store,
        batch_size: usize,
        extract: impl Fn(&Article) -> std::result::Result<Report, String> + Sync + 'a,
    ) -> Self {
        BatchIngest {
            store,
            extract: Box::new(extract),
            on_failure: Box::new(|_, _| {}),
            on_batch: Box::new(|_, _| {}),
            batch_size: batch_size.max(1),
            pending: Vec::new(),
            stats: IngestStats::default(),
        }
    }

    /// Called for each article whose extraction failed (the batch goes on).
    pub fn on_failure(mut self, f: impl FnMut(&Article, &str) + 'a) -> Self {
        self.on_failure = Box::new(f);
        self
    }

    /// Called after each committed batch with the running counts and the
    /// number of articles in the batch.
    pub fn on_batch(mut self, f: impl FnMut(&IngestStats, usize) + 'a) -> Self {
        self.on_batch = Box::new(f);
        self
    }

    /// Queue one article; commits a batch when full.
    pub fn push(&mut self, article: Article) -> Result<()> {
        self.stats.read += 1;
        self.pending.push(article);
        if self.pending.len() >= self.batch_size {
            self.flush()?;
        }
        Ok(())
    }

    /// Running counts.
    pub fn stats(&self) -> &IngestStats {
        &self.stats
    }

    /// Extract and commit what is queued.
    pub fn flush(&mut self) -> Result<()> {
        if self.pending.is_empty() {
            return Ok(());
        }
        let batch = std::mem::take(&mut self.pending);
        let n = batch.len();
        let mut todo = Vec::with_capacity(n);
        for a in batch {
            if self
                .store
                .article_by_hash(&content_hash(&a.text))?
                .is_some()
            {
                self.stats.duplicates += 1;
            } else {
                todo.push(a);
            }
        }
        let extract = &self.extract;
        let results: Vec<(Article, std::result::Result<Report, String>)> = todo
            .into_par_iter()
            .map(|a| {
                let r = extract(&a);
                (a, r)
            })
            .collect();
        let mut items = Vec::with_capacity(results.len());
        for (a, r) in results {
            match r {
                Ok(rep) => items.push((a, rep)),
                Err(msg) => {
                    self.stats.failed += 1;
                    (self.on_failure)(&a, &msg);
                }
            }
        }
        for o in self.store.ingest_batch(&items)? {
            match o.status {
                IngestStatus::New => self.stats.new += 1,
                IngestStatus::NearDuplicate { .. } => {
                    self.stats.new += 1;
                    self.stats.near_duplicates += 1;
                }
                IngestStatus::Duplicate { .. } => self.stats.duplicates += 1,
            }
            self.stats.new_events += o.new_events as u64;
            self.stats.merged_events += o.merged_events as u64;
        }
        (self.on_batch)(&self.stats, n);
        Ok(())
    }

    /// Commit the rest and return the counts.
    pub fn finish(mut self) -> Result<IngestStats> {
        self.flush()?;
        Ok(self.stats)
    }
}
