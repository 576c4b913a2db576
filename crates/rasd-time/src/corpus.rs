//! Scoring against time corpora in JSON Lines (Duckling's Arabic corpus in
//! `../shared/data/temporal/duckling-ar-time.jsonl` and our own news cases):
//! `{"text", "reference", "expected": {value, grain} | {from, to, grain} | null}`.
//! A case passes when the longest mention found has the expected value and
//! grain (for intervals: from, to and grain); `null` means nothing may parse.

use crate::{Convention, TimeOptions, TimeTagger};
use chrono::{DateTime, FixedOffset};
use rasd_core::{Grain, TimeMention};
use serde::Deserialize;
use std::path::{Path, PathBuf};

/// Errors reading a corpus file.
#[derive(Debug, thiserror::Error)]
pub enum CorpusError {
    /// The file could not be read.
    #[error("cannot read {path}: {source}")]
    Io {
        /// File path.
        path: PathBuf,
        /// Cause.
        source: std::io::Error,
    },
    /// A line is not a valid case.
    #[error("{path}:{line}: {msg}")]
    Bad {
        /// File path.
        path: PathBuf,
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        msg: String,
    },
}

/// Expected result of a case.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Expected {
    /// Instant value (ISO-8601 with offset).
    #[serde(default)]
    pub value: Option<String>,
    /// Interval start.
    #[serde(default)]
    pub from: Option<String>,
    /// Interval end (exclusive).
    #[serde(default)]
    pub to: Option<String>,
    /// Grain.
    pub grain: Grain,
}

/// One corpus case.
#[derive(Debug, Clone)]
pub struct Case {
    /// Input text.
    pub text: String,
    /// The "now" of the case.
    pub reference: DateTime<FixedOffset>,
    /// Expected reading, or None when nothing may parse.
    pub expected: Option<Expected>,
    /// Convention the expectation follows.
    pub convention: Convention,
}

#[derive(Deserialize)]
struct Row {
    text: String,
    reference: String,
    expected: Option<Expected>,
    #[serde(default)]
    convention: Option<String>,
}

/// Load a JSONL corpus; rows without a `convention` field get `default`.
pub fn load_jsonl(path: &Path, default: Convention) -> Result<Vec<Case>, CorpusError> {
    let body = std::fs::read_to_string(path).map_err(|source| CorpusError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let mut out = Vec::new();
    for (n, line) in body.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let bad = |msg: String| CorpusError::Bad {
            path: path.to_path_buf(),
            line: n + 1,
            msg,
        };
        let row: Row = serde_json::from_str(line).map_err(|e| bad(e.to_string()))?;
        let reference =
            DateTime::parse_from_rfc3339(&row.reference).map_err(|e| bad(e.to_string()))?;
        let convention = match row.convention.as_deref() {
            None => default,
            Some("news") => Convention::News,
            Some("duckling") => Convention::Duckling,
            Some(other) => return Err(bad(format!("unknown convention {other:?}"))),
        };
        out.push(Case {
            text: row.text,
            reference,
            expected: row.expected,
            convention,
        });
    }
    Ok(out)
}

/// The mention a whole-phrase case is judged on: the longest (first on ties).
pub fn main_mention(ms: &[TimeMention]) -> Option<&TimeMention> {
    let mut best: Option<&TimeMention> = None;
    for m in ms {
        if best.is_none_or(|b| m.span.len() > b.span.len()) {
            best = Some(m);
        }
    }
    best
}

/// Does the tagger output match the expectation?
pub fn check(expected: Option<&Expected>, ms: &[TimeMention]) -> bool {
    let Some(e) = expected else {
        return ms.is_empty();
    };
    let Some(m) = main_mention(ms) else {
        return false;
    };
    if m.grain != e.grain {
        return false;
    }
    match (&e.from, &e.to) {
        (Some(f), Some(t)) => m.from.as_ref() == Some(f) && m.to.as_ref() == Some(t),
        _ => e.value.is_some() && m.value == e.value && m.from.is_none(),
    }
}

/// Result of scoring a corpus.
#[derive(Debug, Clone, Default)]
pub struct Score {
    /// Cases scored.
    pub total: usize,
    /// Cases passed.
    pub passed: usize,
    /// Failed cases: (text, what rasd said).
    pub failures: Vec<(String, String)>,
}

impl Score {
    /// Pass rate in [0, 1].
    pub fn rate(&self) -> f64 {
        if self.total == 0 {
            0.0
        } else {
            self.passed as f64 / self.total as f64
        }
    }
}

/// Tagger for a convention with default options otherwise.
pub fn tagger_for(c: Convention) -> TimeTagger {
    TimeTagger::with_options(TimeOptions {
        convention: c,
        ..TimeOptions::default()
    })
}

/// Score `cases`, each with a tagger of its own convention.
pub fn score(cases: &[Case]) -> Score {
    let news = tagger_for(Convention::News);
    let duck = tagger_for(Convention::Duckling);
    let mut s = Score::default();
    for c in cases {
        let t = match c.convention {
            Convention::News => &news,
            Convention::Duckling => &duck,
        };
        let ms = t.parse_with(&c.text, Some(c.reference));
        s.total += 1;
        if check(c.expected.as_ref(), &ms) {
            s.passed += 1;
        } else {
            let got = main_mention(&ms)
                .map(|m| {
                    format!(
                        "{:?} value={:?} from={:?} to={:?} grain={:?}",
                        m.text, m.value, m.from, m.to, m.grain
                    )
                })
                .unwrap_or_else(|| "nothing".into());
            s.failures.push((c.text.clone(), got));
        }
    }
    s
}
