//! Article store (SQLite by default, PostgreSQL/PostGIS at scale), ingest
//! readers, cross-article merging and exports.

pub mod merge;
