//! Configuration: flags > env vars > config file > defaults.

use anyhow::Context;
use serde::Deserialize;
use std::path::{Path, PathBuf};

/// Settings shared by every command.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// Where the gazetteer index and the SQLite database live.
    pub data_dir: Option<PathBuf>,
    /// `postgres://...` to use PostgreSQL instead of SQLite.
    pub database: Option<String>,
    /// HTTP bind address for `rasd serve`.
    pub bind: Option<String>,
    /// Bearer token required by write endpoints of `rasd serve`.
    pub token: Option<String>,
    /// NER speed/accuracy: `accurate` (default, both stages) or `fast`
    /// (first stage only). Env `RASD_NER` overrides.
    pub ner: Option<String>,
}

impl Config {
    /// Load the config file (explicit path, ./rasd.toml, or the user config)
    /// and apply the `--data-dir` override.
    pub fn load(path: Option<&Path>, data_dir: Option<PathBuf>) -> anyhow::Result<Config> {
        let candidates: Vec<PathBuf> = match path {
            Some(p) => vec![p.to_path_buf()],
            None => {
                let mut v = vec![PathBuf::from("rasd.toml")];
                if let Some(d) = dirs::config_dir() {
                    v.push(d.join("rasd").join("config.toml"));
                }
                v
            }
        };
        let mut cfg = Config::default();
        for p in candidates {
            if p.exists() {
                let s = std::fs::read_to_string(&p)
                    .with_context(|| format!("reading config {}", p.display()))?;
                cfg = toml::from_str(&s)
                    .with_context(|| format!("parsing config {}", p.display()))?;
                break;
            } else if path.is_some() {
                anyhow::bail!("config file {} does not exist", p.display());
            }
        }
        if data_dir.is_some() {
            cfg.data_dir = data_dir;
        }
        Ok(cfg)
    }

    /// The data directory (created if missing): configured, else the per-user
    /// data dir (`~/.local/share/rasd`), else `./.rasd`.
    pub fn data_dir(&self) -> anyhow::Result<PathBuf> {
        let d = self
            .data_dir
            .clone()
            .or_else(|| dirs::data_dir().map(|d| d.join("rasd")))
            .unwrap_or_else(|| PathBuf::from(".rasd"));
        std::fs::create_dir_all(&d)
            .with_context(|| format!("creating data dir {}", d.display()))?;
        Ok(d)
    }

    /// The pipeline over the default gazetteer of the data dir.
    pub fn pipeline(&self) -> anyhow::Result<rasd_events::Pipeline> {
        let dir = self.data_dir()?;
        let gaz = rasd_geo::Gazetteer::open_default(&dir)
            .with_context(|| format!("opening gazetteer in {}", dir.display()))?;
        Ok(rasd_events::Pipeline::new(gaz).with_ner(self.ner_mode()?))
    }

    /// The NER setting: env `RASD_NER`, else the config file, else accurate.
    pub fn ner_mode(&self) -> anyhow::Result<rasd_entities::NerMode> {
        let v = std::env::var("RASD_NER")
            .ok()
            .or_else(|| self.ner.clone())
            .unwrap_or_default();
        v.parse().map_err(|e: String| anyhow::anyhow!(e))
    }
}
