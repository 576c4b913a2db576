//! The whole-article pipeline.

use crate::Extractor;
use chrono::{DateTime, FixedOffset, NaiveDate, TimeZone};
use rasd_core::{Article, ArticleError, Document, Report};
use rasd_entities::EntityTagger;
use rasd_geo::{Gazetteer, Geocoder};
use rasd_time::TimeTagger;

/// Errors that stop one article (the batch goes on).
#[derive(Debug, thiserror::Error)]
pub enum PipelineError {
    #[error(transparent)]
    Article(#[from] ArticleError),
    #[error("article {0:?} has no text")]
    Empty(String),
}

/// All stages, built once and shared (`&self`) by every worker.
#[derive(Debug)]
pub struct Pipeline {
    pub time: TimeTagger,
    pub geo: Geocoder,
    pub entities: EntityTagger,
    pub events: Extractor,
}

/// Which layers to run (for `rasd annotate`).
#[derive(Debug, Clone, Copy)]
pub struct Layers {
    pub times: bool,
    pub places: bool,
    pub entities: bool,
}

impl Layers {
    pub const ALL: Layers = Layers {
        times: true,
        places: true,
        entities: true,
    };
}

impl Pipeline {
    /// A pipeline over the given gazetteer.
    pub fn new(gazetteer: Gazetteer) -> Self {
        Pipeline {
            time: TimeTagger::new(),
            geo: Geocoder::new(gazetteer),
            entities: EntityTagger::new(),
            events: Extractor::new(),
        }
    }

    /// The same pipeline with the NER at speed/accuracy setting `mode`.
    pub fn with_ner(mut self, mode: rasd_entities::NerMode) -> Self {
        // the tagger Pipeline::new loaded, not a second copy of the model
        self.entities = self.entities.into_mode(mode);
        self
    }

    /// Build the document for an article: validates the article and sets the
    /// reference moment (publication date at 00:00, UTC+03:00 unless
    /// `reference` overrides it).
    pub fn document(
        &self,
        article: &Article,
        reference: Option<DateTime<FixedOffset>>,
    ) -> Result<Document, PipelineError> {
        let published = article.published_date()?;
        let mut doc = Document::new(article.id.clone(), article.text.clone());
        doc.source = article.source.clone();
        doc.title = article.title.clone();
        doc.published = published;
        doc.reference = reference.or_else(|| published.and_then(midnight));
        Ok(doc)
    }

    /// Run the analysis layers on a document.
    pub fn analyze(&self, doc: &mut Document, layers: Layers) {
        rasd_text::analyze(doc);
        if layers.times {
            self.time.tag(doc);
        }
        if layers.places {
            self.geo.tag(doc);
        }
        if layers.entities {
            self.entities.tag(doc);
        }
    }

    /// The report of one article.
    pub fn process(&self, article: &Article) -> Result<Report, PipelineError> {
        let mut doc = self.document(article, None)?;
        if doc.text.trim().is_empty() {
            return Err(PipelineError::Empty(article.id.clone()));
        }
        self.analyze(&mut doc, Layers::ALL);
        let events = self.events.extract(&doc);
        Ok(Report {
            id: article.id.clone(),
            published: doc.published.map(|d| d.format("%Y-%m-%d").to_string()),
            language: "ar".into(),
            source: article.source.clone(),
            title: article.title.clone(),
            events,
            entities: doc.entities,
            times: doc.times,
            warnings: doc.warnings,
        })
    }
}

/// Midnight of `d` in the default news zone (UTC+03:00: Baghdad, Riyadh,
/// Damascus summer). A reference with an explicit offset overrides it.
fn midnight(d: NaiveDate) -> Option<DateTime<FixedOffset>> {
    let tz = FixedOffset::east_opt(3 * 3600)?;
    tz.from_local_datetime(&d.and_hms_opt(0, 0, 0)?).single()
}
