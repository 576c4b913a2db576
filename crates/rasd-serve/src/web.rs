//! The web page: its own HTML/JS/CSS are embedded in the binary; the map's
//! npm packages are served from [`crate::ServeConfig::assets_dir`] under
//! `/assets/` when installed (the page works without them, minus the map).

use crate::error::ApiError;
use crate::AppState;
use axum::extract::{Path, State};
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use std::path::{Component, PathBuf};

/// The page.
pub const INDEX_HTML: &str = include_str!("../web/index.html");
/// Its script.
pub const APP_JS: &str = include_str!("../web/app.js");
/// Its style sheet.
pub const APP_CSS: &str = include_str!("../web/app.css");

/// Files of the npm packages that may be served (prefixes under the assets dir).
pub const ASSET_PREFIXES: &[&str] = &["leaflet/dist/", "world-atlas/", "topojson-client/dist/"];

/// The files the map needs: all present means the map can be shown.
pub const MAP_FILES: &[&str] = &[
    "leaflet/dist/leaflet.js",
    "leaflet/dist/leaflet.css",
    "topojson-client/dist/topojson-client.min.js",
    "world-atlas/countries-50m.json",
];

pub(crate) fn routes() -> Router<AppState> {
    Router::new()
        .route("/", get(index))
        .route("/index.html", get(index))
        .route("/static/app.js", get(app_js))
        .route("/static/app.css", get(app_css))
        .route("/assets/{*path}", get(asset))
}

fn text(ct: &'static str, body: &'static str) -> Response {
    (
        [
            (header::CONTENT_TYPE, HeaderValue::from_static(ct)),
            (header::CACHE_CONTROL, HeaderValue::from_static("no-cache")),
        ],
        body,
    )
        .into_response()
}

async fn index() -> Response {
    text("text/html; charset=utf-8", INDEX_HTML)
}

async fn app_js() -> Response {
    text("text/javascript; charset=utf-8", APP_JS)
}

async fn app_css() -> Response {
    text("text/css; charset=utf-8", APP_CSS)
}

/// Are all the map's files installed?
pub fn assets_available(st: &AppState) -> bool {
    st.inner
        .config
        .assets_dir
        .as_ref()
        .is_some_and(|d| MAP_FILES.iter().all(|f| d.join(f).is_file()))
}

/// The file of an `/assets/` path, if it is allowed (no `..`, whitelisted prefix).
pub fn asset_path(dir: &std::path::Path, rel: &str) -> Option<PathBuf> {
    if !ASSET_PREFIXES.iter().any(|p| rel.starts_with(p)) {
        return None;
    }
    let rel = std::path::Path::new(rel);
    if !rel.components().all(|c| matches!(c, Component::Normal(_))) {
        return None;
    }
    Some(dir.join(rel))
}

fn content_type(path: &std::path::Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()) {
        Some("js") | Some("mjs") => "text/javascript; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("json") => "application/json",
        Some("png") => "image/png",
        Some("svg") => "image/svg+xml",
        _ => "application/octet-stream",
    }
}

async fn asset(State(st): State<AppState>, Path(rel): Path<String>) -> Result<Response, ApiError> {
    let missing = || {
        ApiError::not_found(format!(
            "asset {rel:?} is not installed (run scripts/setup.sh, or set RASD_WEB_ASSETS)"
        ))
    };
    let dir = st.inner.config.assets_dir.as_ref().ok_or_else(missing)?;
    let path = asset_path(dir, &rel).ok_or_else(missing)?;
    let bytes = tokio::fs::read(&path).await.map_err(|_| missing())?;
    Ok((
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static(content_type(&path)),
            ),
            (
                header::CACHE_CONTROL,
                HeaderValue::from_static("public, max-age=3600"),
            ),
        ],
        bytes,
    )
        .into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn asset_paths_are_confined() {
        let d = std::path::Path::new("/x");
        assert_eq!(
            asset_path(d, "leaflet/dist/leaflet.js"),
            Some(PathBuf::from("/x/leaflet/dist/leaflet.js"))
        );
        assert_eq!(asset_path(d, "leaflet/dist/../../../etc/passwd"), None);
        assert_eq!(asset_path(d, "leaflet/package.json"), None);
        assert_eq!(asset_path(d, "/etc/passwd"), None);
    }

    #[test]
    fn page_references_its_script_and_assets() {
        assert!(INDEX_HTML.contains("/static/app.js"));
        assert!(INDEX_HTML.contains("/static/app.css"));
        for f in MAP_FILES {
            assert!(
                APP_JS.contains(&format!("/assets/{f}")),
                "app.js does not load {f}"
            );
        }
    }
}
