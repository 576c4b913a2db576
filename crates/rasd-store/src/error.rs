//! Store errors.

/// Result of store operations.
pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// What went wrong in the store, with the operation that failed.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// SQLite failed.
    #[error("sqlite: {context}: {source}")]
    Sqlite {
        context: String,
        #[source]
        source: rusqlite::Error,
    },
    /// PostgreSQL failed.
    #[error("postgres: {context}: {source}")]
    Postgres {
        context: String,
        #[source]
        source: postgres::Error,
    },
    /// A file could not be read or created.
    #[error("{context}: {source}")]
    Io {
        context: String,
        #[source]
        source: std::io::Error,
    },
    /// Stored JSON could not be (de)serialised.
    #[error("json: {context}: {source}")]
    Json {
        context: String,
        #[source]
        source: serde_json::Error,
    },
    /// `database` is neither a postgres:// nor a sqlite: URL.
    #[error("unsupported database URL {0:?} (expected postgres://... or sqlite:PATH)")]
    BadUrl(String),
    /// The stored data is not what this version expects.
    #[error("stored data is inconsistent: {0}")]
    Corrupt(String),
}

/// Adds context to backend errors.
pub(crate) trait Ctx<T> {
    fn ctx(self, context: &str) -> Result<T>;
}

impl<T> Ctx<T> for std::result::Result<T, rusqlite::Error> {
    fn ctx(self, context: &str) -> Result<T> {
        self.map_err(|source| StoreError::Sqlite {
            context: context.to_string(),
            source,
        })
    }
}

impl<T> Ctx<T> for std::result::Result<T, postgres::Error> {
    fn ctx(self, context: &str) -> Result<T> {
        self.map_err(|source| StoreError::Postgres {
            context: context.to_string(),
            source,
        })
    }
}

impl<T> Ctx<T> for std::result::Result<T, serde_json::Error> {
    fn ctx(self, context: &str) -> Result<T> {
        self.map_err(|source| StoreError::Json {
            context: context.to_string(),
            source,
        })
    }
}

impl<T> Ctx<T> for std::result::Result<T, std::io::Error> {
    fn ctx(self, context: &str) -> Result<T> {
        self.map_err(|source| StoreError::Io {
            context: context.to_string(),
            source,
        })
    }
}
