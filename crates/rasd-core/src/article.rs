//! The input article (contract: "Input: an article").

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// One news article as the contract describes it.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Article {
    /// Stable identifier (file stem for `.txt` input).
    pub id: String,
    #[serde(default)]
    pub source: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
    /// `YYYY-MM-DD` (a full RFC 3339 timestamp is accepted too).
    #[serde(default)]
    pub published: Option<String>,
    #[serde(default)]
    pub title: Option<String>,
    /// Paragraphs separated by `\n`.
    #[serde(default)]
    pub text: String,
    #[serde(default)]
    pub category: Option<String>,
}

/// Errors found while validating an article.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum ArticleError {
    #[error("article {id:?}: `published` is not a date (YYYY-MM-DD): {value:?}")]
    BadPublished { id: String, value: String },
}

impl Article {
    /// The publication date, if given and valid. A full timestamp
    /// (`2021-07-05T10:00:00+03:00`) yields its date part.
    pub fn published_date(&self) -> Result<Option<NaiveDate>, ArticleError> {
        let Some(p) = self.published.as_deref().map(str::trim) else {
            return Ok(None);
        };
        if p.is_empty() {
            return Ok(None);
        }
        let head = p.get(..10).unwrap_or(p);
        NaiveDate::parse_from_str(head, "%Y-%m-%d")
            .map(Some)
            .map_err(|_| ArticleError::BadPublished {
                id: self.id.clone(),
                value: p.to_string(),
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn published_parses_date_and_timestamp() {
        let mut a = Article {
            id: "x".into(),
            published: Some("2021-07-05".into()),
            ..Default::default()
        };
        assert_eq!(
            a.published_date().unwrap(),
            NaiveDate::from_ymd_opt(2021, 7, 5)
        );
        a.published = Some("2021-07-05T10:00:00+03:00".into());
        assert_eq!(
            a.published_date().unwrap(),
            NaiveDate::from_ymd_opt(2021, 7, 5)
        );
        a.published = Some("5 July".into());
        assert!(a.published_date().is_err());
        a.published = None;
        assert_eq!(a.published_date().unwrap(), None);
    }
}
