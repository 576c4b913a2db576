//! HTTP API and web page over the store (`rasd serve`).
//!
//! Build an [`AppState`] from a [`Backend`] (the store), an [`Extract`]
//! (normally [`rasd_events::Pipeline`]) and a [`ServeConfig`], then either
//! get the axum [`Router`] with [`router`] (tests: `tower::ServiceExt::oneshot`)
//! or run it with [`serve`] / [`run_blocking`].
//!
//! Endpoints (see [`openapi::document`], served at `/openapi.json`):
//! `POST /v1/extract`, `POST /v1/articles` (token), `GET /v1/articles/{id}`,
//! `GET /v1/events`, `GET /v1/events/{id}`, `GET /v1/health` (also
//! `/healthz`), `GET /metrics`, and the web page at `/`.

pub mod api;
pub mod backend;
pub mod error;
pub mod limits;
pub mod openapi;
pub mod store;
pub mod web;

pub use backend::{
    Backend, BackendError, Counts, EventDetail, EventPage, EventQuery, EventReport, EventRow,
    Ingested, MemBackend, StoredArticle,
};
pub use error::ApiError;
pub use limits::{Metrics, RateLimit, RateLimiter};
pub use store::StoreBackend;

use axum::Router;
use rasd_core::{Article, Report};
use std::future::Future;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

/// Runs the extraction pipeline on one article.
pub trait Extract: Send + Sync + 'static {
    /// The report of `article`, or a message saying why it was rejected.
    fn extract(&self, article: &Article) -> Result<Report, String>;
}

impl Extract for rasd_events::Pipeline {
    fn extract(&self, article: &Article) -> Result<Report, String> {
        self.process(article).map_err(|e| e.to_string())
    }
}

/// An [`Extract`] from a closure (tests, custom pipelines).
pub struct FnExtract<F>(pub F);

impl<F> Extract for FnExtract<F>
where
    F: Fn(&Article) -> Result<Report, String> + Send + Sync + 'static,
{
    fn extract(&self, article: &Article) -> Result<Report, String> {
        (self.0)(article)
    }
}

/// Settings of the server.
#[derive(Debug, Clone)]
pub struct ServeConfig {
    /// Bearer token required by write endpoints. `None`: writes are refused.
    pub token: Option<String>,
    /// Largest accepted request body (bytes).
    pub max_body_bytes: usize,
    /// Largest number of articles in one `POST /v1/articles`.
    pub max_batch: usize,
    /// Largest page of `GET /v1/events`.
    pub max_page: usize,
    /// Rate limit of GET requests, per client address.
    pub read_rate: RateLimit,
    /// Rate limit of POST requests, per client address.
    pub write_rate: RateLimit,
    /// Directory holding the npm packages of the map (`leaflet`,
    /// `world-atlas`, `topojson-client`): served under `/assets/`.
    pub assets_dir: Option<PathBuf>,
}

impl Default for ServeConfig {
    fn default() -> Self {
        ServeConfig {
            token: None,
            max_body_bytes: 2 * 1024 * 1024,
            max_batch: 1000,
            max_page: 1000,
            read_rate: RateLimit {
                per_second: 50.0,
                burst: 200,
            },
            write_rate: RateLimit {
                per_second: 5.0,
                burst: 20,
            },
            assets_dir: None,
        }
    }
}

/// Shared state of the handlers (cheap to clone).
#[derive(Clone)]
pub struct AppState {
    pub(crate) inner: Arc<Inner>,
}

pub(crate) struct Inner {
    pub backend: Arc<dyn Backend>,
    pub extractor: Arc<dyn Extract>,
    pub config: ServeConfig,
    pub metrics: Metrics,
    pub read_limiter: RateLimiter,
    pub write_limiter: RateLimiter,
    pub started: Instant,
}

impl AppState {
    /// State over a backend and an extractor.
    pub fn new(
        backend: Arc<dyn Backend>,
        extractor: Arc<dyn Extract>,
        config: ServeConfig,
    ) -> Self {
        AppState {
            inner: Arc::new(Inner {
                backend,
                extractor,
                read_limiter: RateLimiter::new(config.read_rate),
                write_limiter: RateLimiter::new(config.write_rate),
                config,
                metrics: Metrics::default(),
                started: Instant::now(),
            }),
        }
    }

    /// The server's counters.
    pub fn metrics(&self) -> &Metrics {
        &self.inner.metrics
    }
}

/// The whole application: API, OpenAPI document, metrics and web page.
pub fn router(state: AppState) -> Router {
    api::routes(state.clone())
        .merge(web::routes())
        .fallback(api::not_found)
        .method_not_allowed_fallback(api::method_not_allowed)
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            api::track,
        ))
        .layer(axum::extract::DefaultBodyLimit::max(
            state.inner.config.max_body_bytes,
        ))
        .with_state(state)
}

/// The directory of the map's npm packages: `$RASD_WEB_ASSETS`, else the
/// set-up script's install dir in this source tree, else
/// `<data_dir>/web/node_modules`, else `./crates/rasd-serve/web/npm/node_modules`.
/// Only existing directories are returned.
pub fn default_assets_dir(data_dir: Option<&std::path::Path>) -> Option<PathBuf> {
    let mut c: Vec<PathBuf> = Vec::new();
    if let Some(p) = std::env::var_os("RASD_WEB_ASSETS") {
        c.push(PathBuf::from(p));
    }
    c.push(PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/web/npm/node_modules"
    )));
    if let Some(d) = data_dir {
        c.push(d.join("web").join("node_modules"));
    }
    c.push(PathBuf::from("crates/rasd-serve/web/npm/node_modules"));
    c.into_iter().find(|p| p.is_dir())
}

/// Errors of [`run_blocking`].
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    #[error("cannot bind {addr}: {source}")]
    Bind {
        addr: String,
        #[source]
        source: std::io::Error,
    },
    #[error("server error: {0}")]
    Io(#[from] std::io::Error),
}

/// Serve `state` on an already bound listener until `shutdown` resolves.
pub async fn serve(
    listener: tokio::net::TcpListener,
    state: AppState,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let app = router(state).into_make_service_with_connect_info::<SocketAddr>();
    axum::serve(listener, app)
        .with_graceful_shutdown(shutdown)
        .await
}

/// Bind `bind` (e.g. `127.0.0.1:8080`) and serve until Ctrl-C. `on_bound`
/// is told the actual address (useful with port 0).
pub fn run_blocking(
    bind: &str,
    state: AppState,
    on_bound: impl FnOnce(SocketAddr),
) -> Result<(), ServeError> {
    // Extraction is CPU-bound and each thread that runs it keeps per-thread
    // caches (NER words, gazetteer walks; ~25 MB when warm): a blocking pool
    // of tokio's default 512 threads would only add memory under load.
    let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .max_blocking_threads((2 * cores).max(4))
        .build()?;
    rt.block_on(async move {
        let listener = tokio::net::TcpListener::bind(bind)
            .await
            .map_err(|source| ServeError::Bind {
                addr: bind.to_string(),
                source,
            })?;
        let addr = listener.local_addr()?;
        tracing::info!(%addr, "rasd serve listening");
        on_bound(addr);
        serve(listener, state, async {
            let _ = tokio::signal::ctrl_c().await;
            tracing::info!("shutting down");
        })
        .await?;
        Ok(())
    })
}
