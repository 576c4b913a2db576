//! Loading a gold directory (`articles/`, `gold/`, `groups.json`).

use rasd_core::Article;
use serde::Deserialize;
use std::path::{Path, PathBuf};

/// Errors while reading gold data.
#[derive(Debug, thiserror::Error)]
pub enum GoldError {
    #[error("cannot read {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: invalid JSON: {source}")]
    Json {
        path: PathBuf,
        #[source]
        source: serde_json::Error,
    },
    #[error("{0}: no gold files found (expected <dir>/gold/*.json)")]
    Empty(PathBuf),
}

/// One gold event (gold format of the spec).
#[derive(Debug, Clone, Deserialize, Default)]
pub struct GoldEvent {
    #[serde(default)]
    pub role: Option<String>,
    pub event_type: Option<String>,
    pub sub_event_type: Option<String>,
    pub event_date: Option<String>,
    pub time_precision: Option<u8>,
    pub country: Option<String>,
    pub admin1: Option<String>,
    pub location: Option<String>,
    pub location_ar: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub geo_precision: Option<u8>,
    pub actor1: Option<String>,
    pub actor2: Option<String>,
    pub fatalities: Option<u32>,
    pub injuries: Option<u32>,
    #[serde(default)]
    pub evidence: Option<String>,
    #[serde(default)]
    pub skip: Vec<String>,
    #[serde(default)]
    pub optional: bool,
}

#[derive(Debug, Clone, Deserialize)]
struct GoldFile {
    id: String,
    #[serde(default)]
    events: Vec<GoldEvent>,
}

/// One article with its gold events.
#[derive(Debug, Clone)]
pub struct GoldArticle {
    pub id: String,
    pub article: Option<Article>,
    pub events: Vec<GoldEvent>,
}

/// The whole gold set.
#[derive(Debug, Clone, Default)]
pub struct GoldSet {
    pub articles: Vec<GoldArticle>,
    /// Groups of (article id, gold event index) describing one real event.
    pub groups: Vec<Vec<(String, usize)>>,
}

fn read_json<T: for<'de> Deserialize<'de>>(path: &Path) -> Result<T, GoldError> {
    let s = std::fs::read_to_string(path).map_err(|source| GoldError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    serde_json::from_str(&s).map_err(|source| GoldError::Json {
        path: path.to_path_buf(),
        source,
    })
}

/// Load `dir/gold/*.json`, the matching `dir/articles/*.json` where present,
/// and `dir/groups.json` where present.
pub fn load_gold_dir(dir: &Path) -> Result<GoldSet, GoldError> {
    let gold_dir = dir.join("gold");
    let rd = std::fs::read_dir(&gold_dir).map_err(|source| GoldError::Io {
        path: gold_dir.clone(),
        source,
    })?;
    let mut paths: Vec<PathBuf> = rd
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    paths.sort();
    if paths.is_empty() {
        return Err(GoldError::Empty(dir.to_path_buf()));
    }
    let mut set = GoldSet::default();
    for p in paths {
        let g: GoldFile = read_json(&p)?;
        let ap = dir.join("articles").join(format!("{}.json", g.id));
        let article = if ap.exists() {
            Some(read_json::<Article>(&ap)?)
        } else {
            None
        };
        let events = g
            .events
            .into_iter()
            .filter(|e| e.role.as_deref().unwrap_or("primary") == "primary")
            .collect();
        set.articles.push(GoldArticle {
            id: g.id,
            article,
            events,
        });
    }
    let gp = dir.join("groups.json");
    if gp.exists() {
        #[derive(Deserialize)]
        struct Member {
            id: String,
            event: usize,
        }
        #[derive(Deserialize)]
        struct Group {
            members: Vec<Member>,
        }
        #[derive(Deserialize)]
        struct Groups {
            groups: Vec<Group>,
        }
        let g: Groups = read_json(&gp)?;
        set.groups = g
            .groups
            .into_iter()
            .map(|g| g.members.into_iter().map(|m| (m.id, m.event)).collect())
            .collect();
    }
    Ok(set)
}
