//! One event-query filter for both backends: the `WHERE` conditions of an
//! [`EventQuery`] with numbered placeholders in the backend's style, and
//! backend-neutral parameters that each backend binds its own way.

use crate::ingest;
use crate::model::EventQuery;

/// A query parameter.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Param {
    Text(String),
    Real(f64),
}

/// The SQL dialect of a backend.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Dialect {
    /// `?1` placeholders, `COLLATE NOCASE`, FTS5 text search.
    Sqlite,
    /// `$1` placeholders, `lower()`, `tsvector` text search; PostGIS
    /// envelopes when the extension is there.
    Postgres { postgis: bool },
}

/// `WHERE ...` (or nothing) and its parameters.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Filter {
    pub where_sql: String,
    pub params: Vec<Param>,
}

impl Filter {
    fn bind(&mut self, d: Dialect, p: Param) -> String {
        self.params.push(p);
        match d {
            Dialect::Sqlite => format!("?{}", self.params.len()),
            Dialect::Postgres { .. } => format!("${}", self.params.len()),
        }
    }
}

/// The filter of event query `q` in dialect `d`.
pub(crate) fn event_filter(q: &EventQuery, d: Dialect) -> Filter {
    let mut f = Filter {
        where_sql: String::new(),
        params: Vec::new(),
    };
    let mut wh: Vec<String> = Vec::new();
    if let Some(x) = q.date_from {
        let x = f.bind(d, Param::Text(x.format("%Y-%m-%d").to_string()));
        wh.push(format!("e.event_date >= {x}"));
    }
    if let Some(x) = q.date_to {
        let x = f.bind(d, Param::Text(x.format("%Y-%m-%d").to_string()));
        wh.push(format!("e.event_date <= {x}"));
    }
    if let Some(c) = q.country.as_deref().filter(|s| !s.is_empty()) {
        let x = f.bind(d, Param::Text(c.trim().to_ascii_uppercase()));
        wh.push(format!("e.country = {x}"));
    }
    if let Some(a) = q.admin1.as_deref().filter(|s| !s.is_empty()) {
        let x = f.bind(d, Param::Text(rasd_eval::normalize_name(a)));
        wh.push(format!("e.admin1_norm = {x}"));
    }
    if let Some(t) = q.event_type.as_deref().filter(|s| !s.is_empty()) {
        wh.push(match d {
            Dialect::Sqlite => {
                let x = f.bind(d, Param::Text(t.trim().to_string()));
                format!(
                    "(e.event_type = {x} COLLATE NOCASE OR e.sub_event_type = {x} COLLATE NOCASE)"
                )
            }
            Dialect::Postgres { .. } => {
                let x = f.bind(d, Param::Text(t.trim().to_lowercase()));
                format!("(lower(e.event_type) = {x} OR lower(e.sub_event_type) = {x})")
            }
        });
    }
    if let Some(b) = q.bbox {
        let w = f.bind(d, Param::Real(b.min_lon));
        let s = f.bind(d, Param::Real(b.min_lat));
        let e = f.bind(d, Param::Real(b.max_lon));
        let n = f.bind(d, Param::Real(b.max_lat));
        wh.push(match d {
            Dialect::Postgres { postgis: true } => format!(
                "e.geom && ST_MakeEnvelope({w}::float8, {s}::float8, {e}::float8, {n}::float8, 4326)"
            ),
            _ => format!("e.lon BETWEEN {w} AND {e} AND e.lat BETWEEN {s} AND {n}"),
        });
    }
    if let Some(t) = q.text.as_deref() {
        let words = ingest::search_query(t);
        if !words.is_empty() {
            wh.push(match d {
                Dialect::Sqlite => {
                    let x = f.bind(d, Param::Text(crate::sqlite::fts_query(&words)));
                    format!(
                        "e.id IN (SELECT m.event_id FROM event_members m JOIN articles a ON a.id = m.article_id
                      WHERE a.seq IN (SELECT rowid FROM article_fts WHERE article_fts MATCH {x}))"
                    )
                }
                Dialect::Postgres { .. } => {
                    let x = f.bind(d, Param::Text(words.join(" ")));
                    format!(
                        "e.id IN (SELECT m.event_id FROM event_members m JOIN articles a ON a.id = m.article_id
                      WHERE a.search @@ plainto_tsquery('simple', {x}))"
                    )
                }
            });
        }
    }
    if !wh.is_empty() {
        f.where_sql = format!("WHERE {}", wh.join(" AND "));
    }
    f
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::BBox;

    #[test]
    fn placeholders_follow_the_dialect_and_params_their_order() {
        let q = EventQuery {
            country: Some(" iq ".into()),
            event_type: Some("Battles".into()),
            bbox: Some(BBox {
                min_lon: 40.0,
                min_lat: 30.0,
                max_lon: 45.0,
                max_lat: 35.0,
            }),
            ..Default::default()
        };
        let s = event_filter(&q, Dialect::Sqlite);
        assert!(s.where_sql.contains("e.country = ?1"), "{}", s.where_sql);
        assert!(s.where_sql.contains("COLLATE NOCASE"));
        assert!(s
            .where_sql
            .contains("e.lon BETWEEN ?3 AND ?5 AND e.lat BETWEEN ?4 AND ?6"));
        assert_eq!(s.params[0], Param::Text("IQ".into()));
        assert_eq!(s.params[1], Param::Text("Battles".into()));
        let p = event_filter(&q, Dialect::Postgres { postgis: true });
        assert!(p.where_sql.contains("e.country = $1"), "{}", p.where_sql);
        assert!(p.where_sql.contains("lower(e.event_type) = $2"));
        assert!(p.where_sql.contains("ST_MakeEnvelope($3::float8"));
        assert_eq!(p.params[1], Param::Text("battles".into()));
        assert_eq!(p.params.len(), 6);
        let none = event_filter(&EventQuery::default(), Dialect::Sqlite);
        assert!(none.where_sql.is_empty() && none.params.is_empty());
    }
}
