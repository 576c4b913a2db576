//! The embedded SQLite backend: one file in the data directory, WAL journal,
//! FTS5 full-text index over the normalised article texts.

use crate::error::{Ctx, Result};
use crate::filter::{event_filter, Dialect, Filter, Param};
use crate::ingest::{self, EventRow, MemberRow, NewArticle, Tx};
use crate::model::{
    Counts, EventId, EventMember, EventQuery, IngestOutcome, Page, StoredArticle, StoredEvent,
    MAX_LIMIT,
};
use crate::Store;
use rasd_core::{Article, Event, Report};
use rusqlite::{params, Connection, OptionalExtension, ToSql};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

const SCHEMA: &str = r#"
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles(
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    hash TEXT NOT NULL UNIQUE,
    source TEXT, url TEXT, published TEXT, title TEXT, category TEXT,
    text TEXT NOT NULL,
    report TEXT NOT NULL,
    minhash BLOB NOT NULL,
    near_dup_of TEXT,
    similarity REAL,
    ingested_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS article_bands(band INTEGER NOT NULL, article_id TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS article_bands_band ON article_bands(band);
CREATE VIRTUAL TABLE IF NOT EXISTS article_fts USING fts5(body, content='', tokenize='unicode61 remove_diacritics 2');
CREATE TABLE IF NOT EXISTS events(
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    family TEXT, event_type TEXT, sub_event_type TEXT, event_date TEXT,
    country TEXT, admin1 TEXT, admin1_norm TEXT, lat REAL, lon REAL,
    fatalities INTEGER, n_reports INTEGER NOT NULL,
    event TEXT NOT NULL, explanation TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS events_family_date ON events(family, event_date);
CREATE INDEX IF NOT EXISTS events_date ON events(event_date);
CREATE INDEX IF NOT EXISTS events_country ON events(country, admin1_norm);
CREATE INDEX IF NOT EXISTS events_point ON events(lat, lon);
CREATE TABLE IF NOT EXISTS event_members(
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id INTEGER NOT NULL REFERENCES events(id),
    article_id TEXT NOT NULL REFERENCES articles(id),
    idx INTEGER NOT NULL,
    event TEXT NOT NULL,
    explanation TEXT NOT NULL,
    UNIQUE(article_id, idx)
);
CREATE INDEX IF NOT EXISTS event_members_event ON event_members(event_id);
INSERT OR IGNORE INTO meta(key, value) VALUES ('schema_version', '1');
"#;

/// SQLite store (see the module doc). Writes go through one connection,
/// reads through another, so readers are not blocked by a long ingest (WAL).
pub struct SqliteStore {
    path: PathBuf,
    write: Mutex<Connection>,
    read: Mutex<Connection>,
}

impl std::fmt::Debug for SqliteStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SqliteStore")
            .field("path", &self.path)
            .finish()
    }
}

fn connect(path: &Path) -> Result<Connection> {
    let c = Connection::open(path).ctx(&format!("opening {}", path.display()))?;
    c.busy_timeout(std::time::Duration::from_secs(30))
        .ctx("setting busy timeout")?;
    c.execute_batch("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;")
        .ctx("setting pragmas")?;
    Ok(c)
}

impl SqliteStore {
    /// Open or create `data_dir/rasd.sqlite` (creating `data_dir`).
    pub fn open(data_dir: &Path) -> Result<SqliteStore> {
        std::fs::create_dir_all(data_dir)
            .ctx(&format!("creating data dir {}", data_dir.display()))?;
        Self::open_file(&data_dir.join(crate::SQLITE_FILE))
    }

    /// Open or create the database file at `path`.
    pub fn open_file(path: &Path) -> Result<SqliteStore> {
        let w = connect(path)?;
        w.execute_batch(SCHEMA).ctx("creating schema")?;
        let r = connect(path)?;
        tracing::debug!(path = %path.display(), "opened sqlite store");
        Ok(SqliteStore {
            path: path.to_path_buf(),
            write: Mutex::new(w),
            read: Mutex::new(r),
        })
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    fn reader(&self) -> MutexGuard<'_, Connection> {
        // a panic while holding the lock leaves the connection usable
        self.read.lock().unwrap_or_else(|p| p.into_inner())
    }
}

struct SqliteTx<'a>(&'a rusqlite::Transaction<'a>);

impl Tx for SqliteTx<'_> {
    fn article_id_by_hash(&mut self, hash: &str) -> Result<Option<String>> {
        self.0
            .query_row("SELECT id FROM articles WHERE hash = ?1", [hash], |r| {
                r.get(0)
            })
            .optional()
            .ctx("looking up content hash")
    }

    fn article_id_taken(&mut self, id: &str) -> Result<bool> {
        self.0
            .query_row("SELECT 1 FROM articles WHERE id = ?1", [id], |_| Ok(()))
            .optional()
            .map(|o| o.is_some())
            .ctx("looking up article id")
    }

    fn band_matches(&mut self, bands: &[i64]) -> Result<Vec<(String, Vec<u8>)>> {
        let mut stmt = self
            .0
            .prepare_cached(
                "SELECT DISTINCT a.id, a.minhash FROM article_bands b JOIN articles a ON a.id = b.article_id WHERE b.band = ?1 LIMIT 32",
            )
            .ctx("preparing band lookup")?;
        let mut out: Vec<(String, Vec<u8>)> = Vec::new();
        for b in bands {
            let rows = stmt
                .query_map([b], |r| {
                    Ok((r.get::<_, String>(0)?, r.get::<_, Vec<u8>>(1)?))
                })
                .ctx("band lookup")?;
            for row in rows {
                let row = row.ctx("band lookup row")?;
                if !out.iter().any(|(i, _)| *i == row.0) {
                    out.push(row);
                }
            }
        }
        Ok(out)
    }

    fn insert_article(&mut self, a: &NewArticle<'_>) -> Result<()> {
        let art = a.article;
        self.0
            .prepare_cached(
                "INSERT INTO articles(id, hash, source, url, published, title, category, text, report, minhash, near_dup_of, similarity, ingested_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
            )
            .ctx("preparing article insert")?
            .execute(params![
                a.id,
                a.hash,
                art.source,
                art.url,
                art.published,
                art.title,
                art.category,
                art.text,
                a.report_json,
                a.minhash,
                a.near_dup_of,
                a.similarity.map(f64::from),
                a.ingested_at
            ])
            .ctx("inserting article")?;
        let rowid = self.0.last_insert_rowid();
        self.0
            .prepare_cached("INSERT INTO article_fts(rowid, body) VALUES (?1, ?2)")
            .ctx("preparing fts insert")?
            .execute(params![rowid, a.search_text])
            .ctx("indexing article text")?;
        let mut st = self
            .0
            .prepare_cached("INSERT INTO article_bands(band, article_id) VALUES (?1, ?2)")
            .ctx("preparing band insert")?;
        for b in &a.bands {
            st.execute(params![b, a.id]).ctx("inserting band")?;
        }
        Ok(())
    }

    fn candidate_events(&mut self, family: &str, lo: &str, hi: &str) -> Result<Vec<EventId>> {
        let mut st = self
            .0
            .prepare_cached(
                "SELECT id FROM events WHERE family = ?1 AND event_date BETWEEN ?2 AND ?3 ORDER BY id DESC LIMIT 200",
            )
            .ctx("preparing candidate lookup")?;
        let rows = st
            .query_map(params![family, lo, hi], |r| r.get(0))
            .ctx("candidate lookup")?;
        rows.collect::<std::result::Result<Vec<_>, _>>()
            .ctx("candidate row")
    }

    fn merged(&mut self, id: EventId) -> Result<(Event, String, i64)> {
        let (ev, expl, n): (String, String, i64) = self
            .0
            .prepare_cached("SELECT event, explanation, n_reports FROM events WHERE id = ?1")
            .ctx("preparing merged lookup")?
            .query_row([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .ctx("merged event lookup")?;
        Ok((
            serde_json::from_str(&ev).ctx("reading merged event")?,
            expl,
            n,
        ))
    }

    fn members(&mut self, id: EventId, limit: usize) -> Result<Vec<MemberRow>> {
        let mut st = self
            .0
            .prepare_cached(
                "SELECT article_id, idx, event, explanation FROM event_members WHERE event_id = ?1 ORDER BY seq LIMIT ?2",
            )
            .ctx("preparing member lookup")?;
        let rows = st
            .query_map(params![id, limit as i64], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, i64>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                ))
            })
            .ctx("member lookup")?;
        let mut out = Vec::new();
        for row in rows {
            let (article_id, idx, ev, _explanation) = row.ctx("member row")?;
            let _ = idx;
            out.push(MemberRow {
                article_id,
                event: serde_json::from_str(&ev).ctx("reading stored event")?,
            });
        }
        Ok(out)
    }

    fn insert_event(&mut self, row: &EventRow) -> Result<EventId> {
        self.0
            .prepare_cached(
                "INSERT INTO events(family, event_type, sub_event_type, event_date, country, admin1, admin1_norm, lat, lon, fatalities, n_reports, event, explanation)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
            )
            .ctx("preparing event insert")?
            .execute(rusqlite::params_from_iter(ingest::event_row_values!(row, &dyn ToSql)))
            .ctx("inserting event")?;
        Ok(self.0.last_insert_rowid())
    }

    fn update_event(&mut self, id: EventId, row: &EventRow) -> Result<()> {
        self.0
            .prepare_cached(
                "UPDATE events SET family=?1, event_type=?2, sub_event_type=?3, event_date=?4, country=?5, admin1=?6, admin1_norm=?7, lat=?8, lon=?9, fatalities=?10, n_reports=?11, event=?12, explanation=?13 WHERE id=?14",
            )
            .ctx("preparing event update")?
            .execute(rusqlite::params_from_iter(
                ingest::event_row_values!(row, &dyn ToSql).into_iter().chain([&id as &dyn ToSql]),
            ))
            .ctx("updating event")?;
        Ok(())
    }

    fn insert_member(
        &mut self,
        event_id: EventId,
        article_id: &str,
        index: usize,
        event_json: &str,
        explanation: &str,
    ) -> Result<()> {
        self.0
            .prepare_cached(
                "INSERT INTO event_members(event_id, article_id, idx, event, explanation) VALUES (?1, ?2, ?3, ?4, ?5)",
            )
            .ctx("preparing member insert")?
            .execute(params![event_id, article_id, index as i64, event_json, explanation])
            .ctx("inserting event member")?;
        Ok(())
    }

    fn article_events(&mut self, article_id: &str) -> Result<Vec<EventId>> {
        article_events(self.0, article_id)
    }
}

fn article_events(c: &Connection, article_id: &str) -> Result<Vec<EventId>> {
    let mut st = c
        .prepare_cached("SELECT event_id FROM event_members WHERE article_id = ?1 ORDER BY idx")
        .ctx("preparing article events")?;
    let rows = st
        .query_map([article_id], |r| r.get(0))
        .ctx("article events")?;
    rows.collect::<std::result::Result<Vec<_>, _>>()
        .ctx("article event row")
}

fn load_event(c: &Connection, id: EventId) -> Result<Option<StoredEvent>> {
    let row: Option<(String, String)> = c
        .prepare_cached("SELECT event, explanation FROM events WHERE id = ?1")
        .ctx("preparing event lookup")?
        .query_row([id], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()
        .ctx("event lookup")?;
    let Some((ev, explanation)) = row else {
        return Ok(None);
    };
    let event: Event = serde_json::from_str(&ev).ctx("reading merged event")?;
    let mut st = c
        .prepare_cached(
            "SELECT m.article_id, m.idx, a.source, a.published, m.event, m.explanation
             FROM event_members m LEFT JOIN articles a ON a.id = m.article_id
             WHERE m.event_id = ?1 ORDER BY m.seq",
        )
        .ctx("preparing members")?;
    let rows = st
        .query_map([id], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, Option<String>>(2)?,
                r.get::<_, Option<String>>(3)?,
                r.get::<_, String>(4)?,
                r.get::<_, String>(5)?,
            ))
        })
        .ctx("members")?;
    let mut reports = Vec::new();
    let mut article_ids: Vec<String> = Vec::new();
    for row in rows {
        let (article_id, idx, source, published, ev, expl) = row.ctx("member row")?;
        if !article_ids.contains(&article_id) {
            article_ids.push(article_id.clone());
        }
        reports.push(EventMember {
            article_id,
            index: usize::try_from(idx).unwrap_or(0),
            source,
            published,
            event: serde_json::from_str(&ev).ctx("reading member event")?,
            explanation: expl,
        });
    }
    Ok(Some(StoredEvent {
        id,
        event,
        reports,
        article_ids,
        merge_explanation: explanation,
    }))
}

/// FTS5 query: every word, quoted (AND).
pub(crate) fn fts_query(words: &[String]) -> String {
    words
        .iter()
        .map(|w| format!("\"{}\"", w.replace('"', "")))
        .collect::<Vec<_>>()
        .join(" ")
}

impl Store for SqliteStore {
    fn backend(&self) -> &'static str {
        "sqlite"
    }

    fn ingest_batch(&self, items: &[(Article, Report)]) -> Result<Vec<IngestOutcome>> {
        let mut conn = self.write.lock().unwrap_or_else(|p| p.into_inner());
        let tx = conn.transaction().ctx("starting transaction")?;
        let mut out = Vec::with_capacity(items.len());
        {
            let mut t = SqliteTx(&tx);
            for (a, r) in items {
                out.push(ingest::ingest_one(&mut t, a, r)?);
            }
        }
        tx.commit().ctx("committing batch")?;
        Ok(out)
    }

    fn article_by_hash(&self, hash: &str) -> Result<Option<String>> {
        self.reader()
            .query_row("SELECT id FROM articles WHERE hash = ?1", [hash], |r| {
                r.get(0)
            })
            .optional()
            .ctx("looking up content hash")
    }

    fn article(&self, id: &str) -> Result<Option<StoredArticle>> {
        let c = self.reader();
        type Row = (
            String,
            Option<String>,
            Option<String>,
            Option<String>,
            Option<String>,
            Option<String>,
            String,
            String,
            Option<String>,
            Option<f64>,
            String,
        );
        let row: Option<Row> = c
            .query_row(
                "SELECT hash, source, url, published, title, category, text, report, near_dup_of, similarity, ingested_at FROM articles WHERE id = ?1",
                [id],
                |r| {
                    Ok((
                        r.get(0)?,
                        r.get(1)?,
                        r.get(2)?,
                        r.get(3)?,
                        r.get(4)?,
                        r.get(5)?,
                        r.get(6)?,
                        r.get(7)?,
                        r.get(8)?,
                        r.get(9)?,
                        r.get(10)?,
                    ))
                },
            )
            .optional()
            .ctx("article lookup")?;
        let Some((hash, source, url, published, title, category, text, report, near, sim, at)) =
            row
        else {
            return Ok(None);
        };
        Ok(Some(StoredArticle {
            article: Article {
                id: id.to_string(),
                source,
                url,
                published,
                title,
                text,
                category,
            },
            report: serde_json::from_str(&report).ctx("reading stored report")?,
            hash,
            near_duplicate_of: near,
            similarity: sim.map(|s| s as f32),
            events: article_events(&c, id)?,
            ingested_at: at,
        }))
    }

    fn events(&self, q: &EventQuery) -> Result<Page<StoredEvent>> {
        let Filter { where_sql, params } = event_filter(q, Dialect::Sqlite);
        let ps: Vec<Box<dyn ToSql>> = params
            .into_iter()
            .map(|p| -> Box<dyn ToSql> {
                match p {
                    Param::Text(t) => Box::new(t),
                    Param::Real(x) => Box::new(x),
                }
            })
            .collect();
        let limit = q.limit.min(MAX_LIMIT);
        let c = self.reader();
        let refs: Vec<&dyn ToSql> = ps.iter().map(|b| b.as_ref()).collect();
        let total: i64 = c
            .query_row(
                &format!("SELECT COUNT(*) FROM events e {where_sql}"),
                refs.as_slice(),
                |r| r.get(0),
            )
            .ctx("counting events")?;
        let sql = format!(
            "SELECT e.id FROM events e {where_sql} ORDER BY e.event_date IS NULL, e.event_date DESC, e.id DESC LIMIT {limit} OFFSET {}",
            q.offset
        );
        let ids: Vec<EventId> = {
            let mut st = c.prepare(&sql).ctx("preparing event query")?;
            let rows = st
                .query_map(refs.as_slice(), |r| r.get(0))
                .ctx("event query")?;
            rows.collect::<std::result::Result<_, _>>()
                .ctx("event query row")?
        };
        Page::load(ids, total, limit, q.offset, |id| load_event(&c, id))
    }

    fn event(&self, id: EventId) -> Result<Option<StoredEvent>> {
        load_event(&self.reader(), id)
    }

    fn counts(&self) -> Result<Counts> {
        let c = self.reader();
        let n = |sql: &str| -> Result<u64> {
            let v: i64 = c.query_row(sql, [], |r| r.get(0)).ctx(sql)?;
            Ok(u64::try_from(v).unwrap_or(0))
        };
        Ok(Counts {
            articles: n("SELECT COUNT(*) FROM articles")?,
            near_duplicates: n("SELECT COUNT(*) FROM articles WHERE near_dup_of IS NOT NULL")?,
            events: n("SELECT COUNT(*) FROM events")?,
            event_reports: n("SELECT COUNT(*) FROM event_members")?,
        })
    }
}
