//! The PostgreSQL backend (with PostGIS when the extension is available).
//!
//! Same tables as SQLite; full-text search is a `tsvector` (`simple`
//! configuration) over the normalised texts with a GIN index; with PostGIS,
//! events carry a `geometry(Point, 4326)` with a GiST index that serves the
//! bounding-box filter.

use crate::error::{Ctx, Result};
use crate::filter::{event_filter, Dialect, Filter, Param};
use crate::ingest::{self, EventRow, MemberRow, NewArticle, Tx};
use crate::model::{
    Counts, EventId, EventMember, EventQuery, IngestOutcome, Page, StoredArticle, StoredEvent,
    MAX_LIMIT,
};
use crate::{Store, StoreError};
use postgres::types::ToSql;
use postgres::{Client, NoTls};
use rasd_core::{Article, Event, Report};
use std::sync::{Mutex, MutexGuard};

const SCHEMA: &str = r#"
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles(
    seq BIGSERIAL PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    hash TEXT NOT NULL UNIQUE,
    source TEXT, url TEXT, published TEXT, title TEXT, category TEXT,
    text TEXT NOT NULL,
    report TEXT NOT NULL,
    minhash BYTEA NOT NULL,
    near_dup_of TEXT,
    similarity REAL,
    ingested_at TEXT NOT NULL,
    search TSVECTOR
);
CREATE INDEX IF NOT EXISTS articles_search ON articles USING GIN(search);
CREATE TABLE IF NOT EXISTS article_bands(band BIGINT NOT NULL, article_id TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS article_bands_band ON article_bands(band);
CREATE TABLE IF NOT EXISTS events(
    id BIGSERIAL PRIMARY KEY,
    family TEXT, event_type TEXT, sub_event_type TEXT, event_date TEXT,
    country TEXT, admin1 TEXT, admin1_norm TEXT,
    lat DOUBLE PRECISION, lon DOUBLE PRECISION,
    fatalities BIGINT, n_reports BIGINT NOT NULL,
    event TEXT NOT NULL, explanation TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS events_family_date ON events(family, event_date);
CREATE INDEX IF NOT EXISTS events_date ON events(event_date);
CREATE INDEX IF NOT EXISTS events_country ON events(country, admin1_norm);
CREATE TABLE IF NOT EXISTS event_members(
    seq BIGSERIAL PRIMARY KEY,
    event_id BIGINT NOT NULL REFERENCES events(id),
    article_id TEXT NOT NULL REFERENCES articles(id),
    idx BIGINT NOT NULL,
    event TEXT NOT NULL,
    explanation TEXT NOT NULL,
    UNIQUE(article_id, idx)
);
CREATE INDEX IF NOT EXISTS event_members_event ON event_members(event_id);
CREATE INDEX IF NOT EXISTS event_members_article ON event_members(article_id);
INSERT INTO meta(key, value) VALUES ('schema_version', '1') ON CONFLICT DO NOTHING;
"#;

const POSTGIS_SCHEMA: &str = r#"
ALTER TABLE events ADD COLUMN IF NOT EXISTS geom geometry(Point, 4326);
CREATE INDEX IF NOT EXISTS events_geom ON events USING GIST(geom);
"#;

/// PostgreSQL store (see the module doc).
pub struct PgStore {
    client: Mutex<Client>,
    postgis: bool,
    schema: Option<String>,
}

impl std::fmt::Debug for PgStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PgStore")
            .field("postgis", &self.postgis)
            .field("schema", &self.schema)
            .finish()
    }
}

fn valid_schema_name(s: &str) -> bool {
    !s.is_empty()
        && s.len() < 60
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        && !s.starts_with(|c: char| c.is_ascii_digit())
}

impl PgStore {
    /// Connect to `url` (`postgres://user:pass@host:port/db`) and create the
    /// tables in the default schema if missing.
    pub fn connect(url: &str) -> Result<PgStore> {
        Self::connect_in_schema(url, None)
    }

    /// Like [`PgStore::connect`], with the tables in their own schema
    /// (created if missing; lower-case ASCII letters, digits and `_`): lets
    /// several stores share one database (tests).
    pub fn connect_in_schema(url: &str, schema: Option<&str>) -> Result<PgStore> {
        let mut client = Client::connect(url, NoTls).ctx("connecting")?;
        if let Some(s) = schema {
            if !valid_schema_name(s) {
                return Err(StoreError::BadUrl(format!("schema name {s:?}")));
            }
            client
                .batch_execute(&format!(
                    "CREATE SCHEMA IF NOT EXISTS {s}; SET search_path TO {s}, public;"
                ))
                .ctx("creating schema")?;
        }
        // PostGIS if it is installed (creating it needs rights we may lack).
        let mut postgis = client
            .query_opt("SELECT 1 FROM pg_extension WHERE extname = 'postgis'", &[])
            .ctx("checking for postgis")?
            .is_some();
        if !postgis {
            postgis = client
                .batch_execute("CREATE EXTENSION IF NOT EXISTS postgis")
                .is_ok();
        }
        client.batch_execute(SCHEMA).ctx("creating tables")?;
        if postgis {
            client
                .batch_execute(POSTGIS_SCHEMA)
                .ctx("adding the PostGIS column")?;
        } else {
            tracing::warn!("PostGIS is not available: bbox filters use plain lat/lon columns");
        }
        Ok(PgStore {
            client: Mutex::new(client),
            postgis,
            schema: schema.map(str::to_string),
        })
    }

    /// Whether the PostGIS column and index are in use.
    pub fn has_postgis(&self) -> bool {
        self.postgis
    }

    /// Drop the store's schema with everything in it (only for a store
    /// opened with [`PgStore::connect_in_schema`]; a no-op otherwise).
    pub fn drop_schema(&self) -> Result<()> {
        if let Some(s) = &self.schema {
            self.lock()
                .batch_execute(&format!("DROP SCHEMA IF EXISTS {s} CASCADE"))
                .ctx("dropping schema")?;
        }
        Ok(())
    }

    fn lock(&self) -> MutexGuard<'_, Client> {
        self.client.lock().unwrap_or_else(|p| p.into_inner())
    }
}

struct PgTx<'a, 'b> {
    tx: &'a mut postgres::Transaction<'b>,
    postgis: bool,
}

fn opt_f32(v: Option<f32>) -> Option<f32> {
    v.filter(|x| x.is_finite())
}

impl Tx for PgTx<'_, '_> {
    fn article_id_by_hash(&mut self, hash: &str) -> Result<Option<String>> {
        Ok(self
            .tx
            .query_opt("SELECT id FROM articles WHERE hash = $1", &[&hash])
            .ctx("looking up content hash")?
            .map(|r| r.get(0)))
    }

    fn article_id_taken(&mut self, id: &str) -> Result<bool> {
        Ok(self
            .tx
            .query_opt("SELECT 1 FROM articles WHERE id = $1", &[&id])
            .ctx("looking up article id")?
            .is_some())
    }

    fn band_matches(&mut self, bands: &[i64]) -> Result<Vec<(String, Vec<u8>)>> {
        let rows = self
            .tx
            .query(
                "SELECT DISTINCT a.id, a.minhash FROM article_bands b JOIN articles a ON a.id = b.article_id WHERE b.band = ANY($1) LIMIT 64",
                &[&bands],
            )
            .ctx("band lookup")?;
        Ok(rows.iter().map(|r| (r.get(0), r.get(1))).collect())
    }

    fn insert_article(&mut self, a: &NewArticle<'_>) -> Result<()> {
        let art = a.article;
        self.tx
            .execute(
                "INSERT INTO articles(id, hash, source, url, published, title, category, text, report, minhash, near_dup_of, similarity, ingested_at, search)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, to_tsvector('simple', $14))",
                &[
                    &a.id,
                    &a.hash,
                    &art.source,
                    &art.url,
                    &art.published,
                    &art.title,
                    &art.category,
                    &art.text,
                    &a.report_json,
                    &a.minhash,
                    &a.near_dup_of,
                    &opt_f32(a.similarity),
                    &a.ingested_at,
                    &a.search_text.to_lowercase(),
                ],
            )
            .ctx("inserting article")?;
        if !a.bands.is_empty() {
            self.tx
                .execute(
                    "INSERT INTO article_bands(band, article_id) SELECT unnest($1::BIGINT[]), $2",
                    &[&a.bands, &a.id],
                )
                .ctx("inserting bands")?;
        }
        Ok(())
    }

    fn candidate_events(&mut self, family: &str, lo: &str, hi: &str) -> Result<Vec<EventId>> {
        let rows = self
            .tx
            .query(
                "SELECT id FROM events WHERE family = $1 AND event_date BETWEEN $2 AND $3 ORDER BY id DESC LIMIT 200",
                &[&family, &lo, &hi],
            )
            .ctx("candidate lookup")?;
        Ok(rows.iter().map(|r| r.get(0)).collect())
    }

    fn merged(&mut self, id: EventId) -> Result<(Event, String, i64)> {
        let r = self
            .tx
            .query_one(
                "SELECT event, explanation, n_reports FROM events WHERE id = $1",
                &[&id],
            )
            .ctx("merged event lookup")?;
        let ev: String = r.get(0);
        Ok((
            serde_json::from_str(&ev).ctx("reading merged event")?,
            r.get(1),
            r.get(2),
        ))
    }

    fn members(&mut self, id: EventId, limit: usize) -> Result<Vec<MemberRow>> {
        let rows = self
            .tx
            .query(
                "SELECT article_id, idx, event, explanation FROM event_members WHERE event_id = $1 ORDER BY seq LIMIT $2",
                &[&id, &(limit as i64)],
            )
            .ctx("member lookup")?;
        let mut out = Vec::with_capacity(rows.len());
        for r in rows {
            let ev: String = r.get(2);
            out.push(MemberRow {
                article_id: r.get(0),
                event: serde_json::from_str(&ev).ctx("reading stored event")?,
            });
        }
        Ok(out)
    }

    fn insert_event(&mut self, row: &EventRow) -> Result<EventId> {
        let r = self
            .tx
            .query_one(
                "INSERT INTO events(family, event_type, sub_event_type, event_date, country, admin1, admin1_norm, lat, lon, fatalities, n_reports, event, explanation)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id",
                &ingest::event_row_values!(row, &(dyn ToSql + Sync)),
            )
            .ctx("inserting event")?;
        let id: i64 = r.get(0);
        self.set_geom(id)?;
        Ok(id)
    }

    fn update_event(&mut self, id: EventId, row: &EventRow) -> Result<()> {
        self.tx
            .execute(
                "UPDATE events SET family=$1, event_type=$2, sub_event_type=$3, event_date=$4, country=$5, admin1=$6, admin1_norm=$7, lat=$8, lon=$9, fatalities=$10, n_reports=$11, event=$12, explanation=$13 WHERE id=$14",
                &[ingest::event_row_values!(row, &(dyn ToSql + Sync)).as_slice(), &[&id]].concat(),
            )
            .ctx("updating event")?;
        self.set_geom(id)
    }

    fn insert_member(
        &mut self,
        event_id: EventId,
        article_id: &str,
        index: usize,
        event_json: &str,
        explanation: &str,
    ) -> Result<()> {
        self.tx
            .execute(
                "INSERT INTO event_members(event_id, article_id, idx, event, explanation) VALUES ($1, $2, $3, $4, $5)",
                &[&event_id, &article_id, &(index as i64), &event_json, &explanation],
            )
            .ctx("inserting event member")?;
        Ok(())
    }

    fn article_events(&mut self, article_id: &str) -> Result<Vec<EventId>> {
        let rows = self
            .tx
            .query(
                "SELECT event_id FROM event_members WHERE article_id = $1 ORDER BY idx",
                &[&article_id],
            )
            .ctx("article events")?;
        Ok(rows.iter().map(|r| r.get(0)).collect())
    }
}

impl PgTx<'_, '_> {
    fn set_geom(&mut self, id: EventId) -> Result<()> {
        if self.postgis {
            self.tx
                .execute(
                    "UPDATE events SET geom = CASE WHEN lat IS NULL OR lon IS NULL THEN NULL
                     ELSE ST_SetSRID(ST_MakePoint(lon, lat), 4326) END WHERE id = $1",
                    &[&id],
                )
                .ctx("setting event point")?;
        }
        Ok(())
    }
}

fn load_event(c: &mut Client, id: EventId) -> Result<Option<StoredEvent>> {
    let Some(row) = c
        .query_opt(
            "SELECT event, explanation FROM events WHERE id = $1",
            &[&id],
        )
        .ctx("event lookup")?
    else {
        return Ok(None);
    };
    let ev: String = row.get(0);
    let event: Event = serde_json::from_str(&ev).ctx("reading merged event")?;
    let rows = c
        .query(
            "SELECT m.article_id, m.idx, a.source, a.published, m.event, m.explanation
             FROM event_members m LEFT JOIN articles a ON a.id = m.article_id
             WHERE m.event_id = $1 ORDER BY m.seq",
            &[&id],
        )
        .ctx("members")?;
    let mut reports = Vec::with_capacity(rows.len());
    let mut article_ids: Vec<String> = Vec::new();
    for r in rows {
        let article_id: String = r.get(0);
        if !article_ids.contains(&article_id) {
            article_ids.push(article_id.clone());
        }
        let ev: String = r.get(4);
        reports.push(EventMember {
            article_id,
            index: usize::try_from(r.get::<_, i64>(1)).unwrap_or(0),
            source: r.get(2),
            published: r.get(3),
            event: serde_json::from_str(&ev).ctx("reading member event")?,
            explanation: r.get(5),
        });
    }
    Ok(Some(StoredEvent {
        id,
        event,
        reports,
        article_ids,
        merge_explanation: row.get(1),
    }))
}

impl Store for PgStore {
    fn backend(&self) -> &'static str {
        "postgres"
    }

    fn ingest_batch(&self, items: &[(Article, Report)]) -> Result<Vec<IngestOutcome>> {
        let mut c = self.lock();
        let mut tx = c.transaction().ctx("starting transaction")?;
        let mut out = Vec::with_capacity(items.len());
        {
            let mut t = PgTx {
                tx: &mut tx,
                postgis: self.postgis,
            };
            for (a, r) in items {
                out.push(ingest::ingest_one(&mut t, a, r)?);
            }
        }
        tx.commit().ctx("committing batch")?;
        Ok(out)
    }

    fn article_by_hash(&self, hash: &str) -> Result<Option<String>> {
        Ok(self
            .lock()
            .query_opt("SELECT id FROM articles WHERE hash = $1", &[&hash])
            .ctx("looking up content hash")?
            .map(|r| r.get(0)))
    }

    fn article(&self, id: &str) -> Result<Option<StoredArticle>> {
        let mut c = self.lock();
        let Some(r) = c
            .query_opt(
                "SELECT hash, source, url, published, title, category, text, report, near_dup_of, similarity, ingested_at FROM articles WHERE id = $1",
                &[&id],
            )
            .ctx("article lookup")?
        else {
            return Ok(None);
        };
        let report: String = r.get(7);
        let events: Vec<EventId> = c
            .query(
                "SELECT event_id FROM event_members WHERE article_id = $1 ORDER BY idx",
                &[&id],
            )
            .ctx("article events")?
            .iter()
            .map(|r| r.get(0))
            .collect();
        Ok(Some(StoredArticle {
            article: Article {
                id: id.to_string(),
                source: r.get(1),
                url: r.get(2),
                published: r.get(3),
                title: r.get(4),
                category: r.get(5),
                text: r.get(6),
            },
            report: serde_json::from_str(&report).ctx("reading stored report")?,
            hash: r.get(0),
            near_duplicate_of: r.get(8),
            similarity: r.get(9),
            events,
            ingested_at: r.get(10),
        }))
    }

    fn events(&self, q: &EventQuery) -> Result<Page<StoredEvent>> {
        let dialect = Dialect::Postgres {
            postgis: self.postgis,
        };
        let Filter { where_sql, params } = event_filter(q, dialect);
        let ps: Vec<Box<dyn ToSql + Sync>> = params
            .into_iter()
            .map(|p| -> Box<dyn ToSql + Sync> {
                match p {
                    Param::Text(t) => Box::new(t),
                    Param::Real(x) => Box::new(x),
                }
            })
            .collect();
        let limit = q.limit.min(MAX_LIMIT);
        let refs: Vec<&(dyn ToSql + Sync)> = ps.iter().map(|b| b.as_ref()).collect();
        let mut c = self.lock();
        let total: i64 = c
            .query_one(
                &format!("SELECT COUNT(*) FROM events e {where_sql}"),
                refs.as_slice(),
            )
            .ctx("counting events")?
            .get(0);
        let sql = format!(
            "SELECT e.id FROM events e {where_sql} ORDER BY e.event_date DESC NULLS LAST, e.id DESC LIMIT {limit} OFFSET {}",
            q.offset
        );
        let ids: Vec<EventId> = c
            .query(&sql, refs.as_slice())
            .ctx("event query")?
            .iter()
            .map(|r| r.get(0))
            .collect();
        Page::load(ids, total, limit, q.offset, |id| load_event(&mut c, id))
    }

    fn event(&self, id: EventId) -> Result<Option<StoredEvent>> {
        load_event(&mut self.lock(), id)
    }

    fn counts(&self) -> Result<Counts> {
        let mut c = self.lock();
        let r = c
            .query_one(
                "SELECT (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM articles WHERE near_dup_of IS NOT NULL),
                        (SELECT COUNT(*) FROM events), (SELECT COUNT(*) FROM event_members)",
                &[],
            )
            .ctx("counting")?;
        let n = |i: usize| u64::try_from(r.get::<_, i64>(i)).unwrap_or(0);
        Ok(Counts {
            articles: n(0),
            near_duplicates: n(1),
            events: n(2),
            event_reports: n(3),
        })
    }
}
