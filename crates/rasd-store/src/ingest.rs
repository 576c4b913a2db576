//! The ingest algorithm, shared by both backends through [`Tx`].

use crate::dedup::{content_hash, MinHash, NEAR_DUP_THRESHOLD};
use crate::error::{Ctx, Result};
use crate::merge;
use crate::model::{EventId, IngestOutcome, IngestStatus};
use rasd_core::{Article, Event, Report, Role};

/// An article row to insert.
pub(crate) struct NewArticle<'a> {
    pub id: &'a str,
    pub hash: &'a str,
    pub article: &'a Article,
    pub report_json: String,
    pub minhash: Vec<u8>,
    /// Empty when the text is too short to compare.
    pub bands: Vec<i64>,
    pub near_dup_of: Option<String>,
    pub similarity: Option<f32>,
    pub ingested_at: String,
    /// Normalised text for full-text search.
    pub search_text: String,
}

/// The filterable summary of a merged event.
pub(crate) struct EventRow {
    pub family: Option<String>,
    pub event_type: Option<String>,
    pub sub_event_type: Option<String>,
    pub event_date: Option<String>,
    pub country: Option<String>,
    pub admin1: Option<String>,
    /// `normalize_name(admin1)`, for filtering.
    pub admin1_norm: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub fatalities: Option<i64>,
    pub n_reports: i64,
    pub event_json: String,
    pub explanation: String,
}

/// The 13 values of an [`EventRow`] as an array of `$t` (each backend's
/// `&dyn ToSql`), in the column order of both backends' insert and update
/// statements.
macro_rules! event_row_values {
    ($row:expr, $t:ty) => {{
        let values: [$t; 13] = [
            &$row.family,
            &$row.event_type,
            &$row.sub_event_type,
            &$row.event_date,
            &$row.country,
            &$row.admin1,
            &$row.admin1_norm,
            &$row.lat,
            &$row.lon,
            &$row.fatalities,
            &$row.n_reports,
            &$row.event_json,
            &$row.explanation,
        ];
        values
    }};
}
pub(crate) use event_row_values;

/// A stored member of a merged event.
pub(crate) struct MemberRow {
    pub article_id: String,
    pub event: Event,
}

/// The operations the ingest algorithm needs, inside one transaction.
pub(crate) trait Tx {
    fn article_id_by_hash(&mut self, hash: &str) -> Result<Option<String>>;
    fn article_id_taken(&mut self, id: &str) -> Result<bool>;
    /// Articles sharing at least one LSH band: (id, MinHash bytes).
    fn band_matches(&mut self, bands: &[i64]) -> Result<Vec<(String, Vec<u8>)>>;
    fn insert_article(&mut self, a: &NewArticle<'_>) -> Result<()>;
    /// Events of this family whose date is in `[lo, hi]` (YYYY-MM-DD).
    fn candidate_events(&mut self, family: &str, lo: &str, hi: &str) -> Result<Vec<EventId>>;
    /// The first `limit` members of an event, in ingestion order.
    fn members(&mut self, id: EventId, limit: usize) -> Result<Vec<MemberRow>>;
    /// The combined record of an event, its explanation and its number of
    /// reports.
    fn merged(&mut self, id: EventId) -> Result<(Event, String, i64)>;
    fn insert_event(&mut self, row: &EventRow) -> Result<EventId>;
    fn update_event(&mut self, id: EventId, row: &EventRow) -> Result<()>;
    fn insert_member(
        &mut self,
        event_id: EventId,
        article_id: &str,
        index: usize,
        event_json: &str,
        explanation: &str,
    ) -> Result<()>;
    /// Event ids of an article's members (for a duplicate's outcome).
    fn article_events(&mut self, article_id: &str) -> Result<Vec<EventId>>;
}

fn words(s: &str) -> impl Iterator<Item = String> + '_ {
    s.split(|c: char| !c.is_alphanumeric() && !rasd_text::is_diacritic(c) && c != '\u{0640}')
        .map(rasd_text::norm_word)
        .filter(|w| !w.is_empty())
}

/// The search key of a normalised word: its most stripped stem (clitics and
/// the article removed: للصليب and الصليب are both صليب), lower-cased.
fn search_key(w: &str) -> String {
    rasd_text::stems(w)
        .pop()
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| w.to_string())
        .to_lowercase()
}

/// Text indexed for full-text search: the search keys of every word of the
/// title and text (normalised: alef/ya/hamza unified, diacritics dropped,
/// clitics stripped), so that spelling variants and prefixed forms match.
pub(crate) fn search_text(article: &Article) -> String {
    let mut keys: Vec<String> = Vec::new();
    if let Some(t) = &article.title {
        keys.extend(words(t).map(|w| search_key(&w)));
    }
    keys.extend(words(&article.text).map(|w| search_key(&w)));
    keys.join(" ")
}

/// The search keys of a full-text query (all must match).
pub(crate) fn search_query(q: &str) -> Vec<String> {
    words(q).map(|w| search_key(&w)).collect()
}

/// How many members of a group a new report is compared with (the first
/// ones): bounds the cost of joining a large group.
pub(crate) const COMPARE_MEMBERS: usize = 12;

pub(crate) fn event_row(
    combined: &Event,
    family: Option<String>,
    n_reports: i64,
    explanation: String,
) -> Result<EventRow> {
    let loc = combined.location.as_ref();
    Ok(EventRow {
        family,
        event_type: combined.event_type.clone(),
        sub_event_type: combined.sub_event_type.clone(),
        event_date: merge::event_date(combined).map(|d| d.format("%Y-%m-%d").to_string()),
        country: loc
            .and_then(|l| l.country.clone())
            .map(|c| c.to_ascii_uppercase()),
        admin1: loc.and_then(|l| l.admin1.clone()),
        admin1_norm: loc
            .and_then(|l| l.admin1.as_deref())
            .map(rasd_eval::normalize_name),
        lat: loc.and_then(|l| l.lat).filter(|v| v.is_finite()),
        lon: loc.and_then(|l| l.lon).filter(|v| v.is_finite()),
        fatalities: combined.fatalities.map(i64::from),
        n_reports,
        event_json: serde_json::to_string(combined).ctx("serialising merged event")?,
        explanation,
    })
}

/// Ingest one article (inside the caller's transaction).
pub(crate) fn ingest_one<T: Tx>(
    tx: &mut T,
    article: &Article,
    report: &Report,
) -> Result<IngestOutcome> {
    let hash = content_hash(&article.text);
    if let Some(of) = tx.article_id_by_hash(&hash)? {
        let events = tx.article_events(&of)?;
        return Ok(IngestOutcome {
            article_id: of.clone(),
            status: IngestStatus::Duplicate { of },
            events,
            new_events: 0,
            merged_events: 0,
        });
    }
    let mut id = if article.id.trim().is_empty() {
        format!("h-{}", &hash[..16])
    } else {
        article.id.trim().to_string()
    };
    if tx.article_id_taken(&id)? {
        let mut n = 8;
        loop {
            let cand = format!("{id}~{}", &hash[..n]);
            if !tx.article_id_taken(&cand)? {
                id = cand;
                break;
            }
            n += 4;
            if n > hash.len() {
                return Err(crate::StoreError::Corrupt(format!(
                    "cannot find a free id for article {id}"
                )));
            }
        }
    }
    let mh = MinHash::of_text(&article.text);
    let mut near: Option<(String, f32)> = None;
    let bands = if mh.comparable() {
        mh.bands()
    } else {
        Vec::new()
    };
    if !bands.is_empty() {
        for (cid, bytes) in tx.band_matches(&bands)? {
            if let Some(other) = MinHash::from_bytes(&bytes) {
                let s = mh.similarity(&other);
                if s >= NEAR_DUP_THRESHOLD && near.as_ref().is_none_or(|(_, b)| s > *b) {
                    near = Some((cid, s));
                }
            }
        }
    }
    let mut stored_article = article.clone();
    stored_article.id.clone_from(&id);
    let mut stored_report = report.clone();
    stored_report.id.clone_from(&id);
    tx.insert_article(&NewArticle {
        id: &id,
        hash: &hash,
        article: &stored_article,
        report_json: serde_json::to_string(&stored_report).ctx("serialising report")?,
        minhash: mh.to_bytes(),
        bands,
        near_dup_of: near.as_ref().map(|(i, _)| i.clone()),
        similarity: near.as_ref().map(|(_, s)| *s),
        ingested_at: chrono::Utc::now().to_rfc3339(),
        search_text: search_text(article),
    })?;

    let mut events = Vec::new();
    let (mut new_events, mut merged_events) = (0, 0);
    for (index, ev) in report.events.iter().enumerate() {
        if ev.role != Role::Primary {
            continue;
        }
        let ev_json = serde_json::to_string(ev).ctx("serialising event")?;
        let mut joined = None;
        if let (Some(fam), Some(d)) = (merge::family(ev), merge::event_date(ev)) {
            let lo = (d - chrono::Duration::days(merge::MAX_DAYS)).format("%Y-%m-%d");
            let hi = (d + chrono::Duration::days(merge::MAX_DAYS)).format("%Y-%m-%d");
            let mut ids = tx.candidate_events(&fam, &lo.to_string(), &hi.to_string())?;
            ids.sort_unstable(); // oldest first: ties go to the earliest event
            let mut cands: Vec<(EventId, Vec<MemberRow>)> = Vec::with_capacity(ids.len());
            for eid in ids {
                cands.push((eid, tx.members(eid, COMPARE_MEMBERS)?));
            }
            let pick = merge::best_group(
                &id,
                ev,
                cands.iter().map(|(_, ms)| {
                    ms.iter()
                        .map(|m| (m.article_id.as_str(), &m.event))
                        .collect::<Vec<_>>()
                }),
            );
            if let Some((ci, m)) = pick {
                let eid = cands[ci].0;
                let expl = merge::explain(&id, index, &m);
                tx.insert_member(eid, &id, index, &ev_json, &expl)?;
                // incremental combination: the stored combined record + this report
                let (cur, cur_expl, n) = tx.merged(eid)?;
                let mut combined = merge::combine(&[&cur, ev])
                    .ok_or_else(|| crate::StoreError::Corrupt("empty combination".into()))?;
                // the date of the first reports stands (a report one day off does not move it)
                if cur.event_date.is_some() {
                    combined.event_date.clone_from(&cur.event_date);
                    combined.time_precision = cur.time_precision.or(combined.time_precision);
                }
                let row = event_row(
                    &combined,
                    merge::family(&cur),
                    n + 1,
                    format!("{cur_expl}\n{expl}"),
                )?;
                tx.update_event(eid, &row)?;
                joined = Some(eid);
            }
        }
        match joined {
            Some(eid) => {
                merged_events += 1;
                events.push(eid);
            }
            None => {
                let expl = format!("{id}#{index}: first report");
                let eid = tx.insert_event(&event_row(ev, merge::family(ev), 1, expl.clone())?)?;
                tx.insert_member(eid, &id, index, &ev_json, &expl)?;
                new_events += 1;
                events.push(eid);
            }
        }
    }
    Ok(IngestOutcome {
        status: match near {
            Some((of, similarity)) => IngestStatus::NearDuplicate { of, similarity },
            None => IngestStatus::New,
        },
        article_id: id,
        events,
        new_events,
        merged_events,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn search_keys_match_spelling_variants_and_clitics() {
        let a = Article {
            id: "x".into(),
            title: Some("هجوم".into()),
            text: "موظف في اللجنة الدولية للصليب الأحمر".into(),
            ..Default::default()
        };
        let indexed: Vec<String> = search_text(&a).split(' ').map(str::to_string).collect();
        for k in search_query("الصليب الاحمر هجوم") {
            assert!(indexed.contains(&k), "{k} not in {indexed:?}");
        }
        assert!(!indexed.contains(&search_query("البصرة")[0]));
    }
}
