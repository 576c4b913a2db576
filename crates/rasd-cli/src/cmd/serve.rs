//! `rasd serve`: the HTTP API and the web page (crate `rasd-serve`) over the
//! store of the data dir (SQLite, or PostgreSQL with config `database`).

use crate::config::Config;
use anyhow::Context;
use std::path::PathBuf;
use std::sync::Arc;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Address to listen on. Env RASD_BIND; config `bind`; default 127.0.0.1:8080.
    #[arg(long, env = "RASD_BIND")]
    pub bind: Option<String>,
    /// Bearer token required by write endpoints (POST /v1/articles).
    /// Env RASD_TOKEN; config `token`. Without one, writes are refused.
    #[arg(long, env = "RASD_TOKEN", hide_env_values = true)]
    pub token: Option<String>,
    /// Directory holding the map's npm packages (leaflet, world-atlas,
    /// topojson-client), as installed by scripts/setup.sh. Env RASD_WEB_ASSETS;
    /// default: the set-up script's install dir, else <data-dir>/web/node_modules.
    #[arg(long, env = "RASD_WEB_ASSETS")]
    pub assets_dir: Option<PathBuf>,
    /// Largest accepted request body, in bytes.
    #[arg(long, default_value_t = 2 * 1024 * 1024)]
    pub max_body: usize,
    /// Sustained GET requests per second per client (burst: 4x).
    #[arg(long, default_value_t = 50.0)]
    pub read_rate: f64,
    /// Sustained POST requests per second per client (burst: 4x).
    #[arg(long, default_value_t = 5.0)]
    pub write_rate: f64,
    /// Keep articles in memory only (nothing is written to the data dir's store).
    #[arg(long)]
    pub memory: bool,
}

fn rate(per_second: f64) -> anyhow::Result<rasd_serve::RateLimit> {
    anyhow::ensure!(
        per_second.is_finite() && per_second > 0.0,
        "rates must be positive numbers"
    );
    Ok(rasd_serve::RateLimit {
        per_second,
        burst: (per_second * 4.0).ceil().clamp(1.0, u32::MAX as f64) as u32,
    })
}

pub fn run(cfg: &Config, args: Args) -> anyhow::Result<i32> {
    let bind = args
        .bind
        .or_else(|| cfg.bind.clone())
        .unwrap_or_else(|| "127.0.0.1:8080".to_string());
    let token = args
        .token
        .or_else(|| cfg.token.clone())
        .filter(|t| !t.trim().is_empty());
    if token.is_none() {
        eprintln!(
            "rasd serve: no token configured (config `token`, env RASD_TOKEN or --token): \
             write endpoints are disabled"
        );
    }
    let data_dir = cfg.data_dir()?;
    let pipeline = cfg.pipeline()?;
    let backend: Arc<dyn rasd_serve::Backend> = if args.memory {
        Arc::new(rasd_serve::MemBackend::new())
    } else {
        let store = rasd_store::open(&data_dir, cfg.database.as_deref())
            .with_context(|| format!("opening the store in {}", data_dir.display()))?;
        Arc::new(rasd_serve::StoreBackend::new(store))
    };
    let assets_dir = args
        .assets_dir
        .filter(|d| d.is_dir())
        .or_else(|| rasd_serve::default_assets_dir(Some(&data_dir)));
    let config = rasd_serve::ServeConfig {
        token,
        max_body_bytes: args.max_body,
        read_rate: rate(args.read_rate)?,
        write_rate: rate(args.write_rate)?,
        assets_dir,
        ..Default::default()
    };
    let state = rasd_serve::AppState::new(backend, Arc::new(pipeline), config);
    if !rasd_serve::web::assets_available(&state) {
        eprintln!(
            "rasd serve: map assets not found (run scripts/setup.sh or set RASD_WEB_ASSETS): \
             the page will list events without the map"
        );
    }
    rasd_serve::run_blocking(&bind, state, |addr| {
        eprintln!("rasd serve: listening on http://{addr}/ (API: /v1, OpenAPI: /openapi.json)");
    })?;
    Ok(0)
}
