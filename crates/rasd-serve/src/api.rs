//! The JSON API handlers and the request middleware (rate limits, metrics).

use crate::backend::{EventPage, EventQuery, EventRow};
use crate::error::ApiError;
use crate::limits::Metrics;
use crate::AppState;
use axum::extract::{ConnectInfo, FromRequest, MatchedPath, Path, Query, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use rasd_core::Article;
use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde_json::{json, Value};
use std::net::SocketAddr;
use std::time::Instant;

/// A JSON body whose rejections are [`ApiError`]s.
pub struct ApiJson<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for ApiJson<T> {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        match Json::<T>::from_request(req, state).await {
            Ok(Json(v)) => Ok(ApiJson(v)),
            Err(rej) => Err(rej.into()),
        }
    }
}

/// The API routes (state still to be given).
pub(crate) fn routes(_state: AppState) -> Router<AppState> {
    Router::new()
        .route("/v1/extract", post(extract))
        .route("/v1/articles", post(ingest))
        .route("/v1/articles/{id}", get(article))
        .route("/v1/events", get(events))
        .route("/v1/events/{id}", get(event))
        .route("/v1/health", get(health))
        .route("/healthz", get(health))
        .route("/metrics", get(metrics))
        .route("/openapi.json", get(openapi))
}

/// JSON 404 for unknown paths.
pub(crate) async fn not_found(uri: axum::http::Uri) -> ApiError {
    ApiError::not_found(format!("no route for {}", uri.path()))
}

/// JSON 405.
pub(crate) async fn method_not_allowed(method: Method, uri: axum::http::Uri) -> ApiError {
    ApiError::new(
        StatusCode::METHOD_NOT_ALLOWED,
        "method_not_allowed",
        format!("{method} is not allowed on {}", uri.path()),
    )
}

/// Rate limits (per client address; POST and GET have separate buckets)
/// and request metrics.
pub(crate) async fn track(State(st): State<AppState>, req: Request, next: Next) -> Response {
    let t0 = Instant::now();
    let method = req.method().clone();
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map(|m| m.as_str().to_string())
        .unwrap_or_else(|| "unmatched".to_string());
    let client = req
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0.ip());
    let limiter = if method == Method::GET || method == Method::HEAD {
        &st.inner.read_limiter
    } else {
        &st.inner.write_limiter
    };
    let resp = match limiter.check(client) {
        Ok(()) => next.run(req).await,
        Err(wait) => {
            Metrics::inc(&st.inner.metrics.rate_limited);
            let secs = wait.as_secs_f64().ceil().max(1.0) as u64;
            let mut e = ApiError::new(
                StatusCode::TOO_MANY_REQUESTS,
                "rate_limited",
                format!("too many requests; retry in {secs} s"),
            );
            e.retry_after = Some(secs);
            e.into_response()
        }
    };
    st.inner.metrics.record(
        method.as_str(),
        &route,
        resp.status().as_u16(),
        t0.elapsed().as_secs_f64(),
    );
    resp
}

/// Check the Bearer token of a write request.
fn authorize(st: &AppState, headers: &HeaderMap) -> Result<(), ApiError> {
    let Some(expected) = st.inner.config.token.as_deref().filter(|t| !t.is_empty()) else {
        Metrics::inc(&st.inner.metrics.unauthorized);
        return Err(ApiError::new(
            StatusCode::FORBIDDEN,
            "writes_disabled",
            "this server has no token configured, so write endpoints are disabled \
             (set config `token`, env RASD_TOKEN or `rasd serve --token`)",
        ));
    };
    let given = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| {
            let (scheme, rest) = v.trim().split_once(' ')?;
            scheme.eq_ignore_ascii_case("bearer").then(|| rest.trim())
        });
    match given {
        Some(g) if constant_time_eq(g.as_bytes(), expected.as_bytes()) => Ok(()),
        Some(_) => {
            Metrics::inc(&st.inner.metrics.unauthorized);
            Err(ApiError::new(
                StatusCode::UNAUTHORIZED,
                "unauthorized",
                "wrong token",
            ))
        }
        None => {
            Metrics::inc(&st.inner.metrics.unauthorized);
            Err(ApiError::new(
                StatusCode::UNAUTHORIZED,
                "unauthorized",
                "write endpoints need `Authorization: Bearer <token>`",
            ))
        }
    }
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Run the pipeline on a blocking thread.
async fn run_pipeline(st: &AppState, article: Article) -> Result<rasd_core::Report, ApiError> {
    if article.id.trim().is_empty() {
        return Err(ApiError::unprocessable("article `id` is missing or empty"));
    }
    if article.text.trim().is_empty() {
        return Err(ApiError::unprocessable(format!(
            "article {:?} has no `text`",
            article.id
        )));
    }
    let ex = st.inner.extractor.clone();
    let r = tokio::task::spawn_blocking(move || ex.extract(&article))
        .await
        .map_err(|e| ApiError::internal(format!("pipeline task failed: {e}")))?;
    Metrics::inc(&st.inner.metrics.articles_processed);
    r.map_err(|m| {
        Metrics::inc(&st.inner.metrics.pipeline_errors);
        ApiError::unprocessable(m)
    })
}

/// Call the backend on a blocking thread.
async fn with_backend<T: Send + 'static>(
    st: &AppState,
    f: impl FnOnce(&dyn crate::Backend) -> Result<T, crate::BackendError> + Send + 'static,
) -> Result<T, ApiError> {
    let b = st.inner.backend.clone();
    tokio::task::spawn_blocking(move || f(b.as_ref()))
        .await
        .map_err(|e| ApiError::internal(format!("store task failed: {e}")))?
        .map_err(|e| match e {
            crate::BackendError::Invalid(m) => ApiError::unprocessable(m),
            crate::BackendError::Store(m) => {
                tracing::error!(error = %m, "store error");
                ApiError::unavailable(format!("store error: {m}"))
            }
        })
}

/// `POST /v1/extract`: article in, report out (nothing stored).
async fn extract(
    State(st): State<AppState>,
    ApiJson(article): ApiJson<Article>,
) -> Result<Json<rasd_core::Report>, ApiError> {
    Ok(Json(run_pipeline(&st, article).await?))
}

/// `POST /v1/articles`: extract and store one article (object) or many
/// (array). Needs the token.
async fn ingest(
    State(st): State<AppState>,
    headers: HeaderMap,
    ApiJson(body): ApiJson<Value>,
) -> Result<Response, ApiError> {
    authorize(&st, &headers)?;
    let (single, items) = match body {
        Value::Array(v) => (false, v),
        v @ Value::Object(_) => (true, vec![v]),
        _ => {
            return Err(ApiError::bad_request(
                "expected an article object or an array of articles",
            ))
        }
    };
    if items.len() > st.inner.config.max_batch {
        return Err(ApiError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            "batch_too_large",
            format!(
                "{} articles in one request; the limit is {}",
                items.len(),
                st.inner.config.max_batch
            ),
        ));
    }
    let mut ok = Vec::new();
    let mut errors = Vec::new();
    for (i, item) in items.into_iter().enumerate() {
        let res = async {
            let article: Article = serde_json::from_value(item)
                .map_err(|e| ApiError::unprocessable(format!("not an article: {e}")))?;
            let report = run_pipeline(&st, article.clone()).await?;
            let n = report.events.len();
            let stored = with_backend(&st, move |b| b.ingest(&article, &report)).await?;
            Metrics::inc(&st.inner.metrics.articles_ingested);
            Ok::<_, ApiError>(json!({
                "id": stored.id, "new": stored.new, "events": n, "event_ids": stored.event_ids,
            }))
        }
        .await;
        match res {
            Ok(v) => ok.push(v),
            Err(e) if single => return Err(e),
            Err(e) => errors.push(json!({"index": i, "code": e.code, "message": e.message})),
        }
    }
    let status = if ok.is_empty() && !errors.is_empty() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::CREATED
    };
    let body = if single {
        ok.into_iter().next().unwrap_or(Value::Null)
    } else {
        json!({"ingested": ok, "errors": errors})
    };
    Ok((status, Json(body)).into_response())
}

/// `GET /v1/articles/{id}`.
async fn article(
    State(st): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<crate::StoredArticle>, ApiError> {
    let id2 = id.clone();
    with_backend(&st, move |b| b.article(&id2))
        .await?
        .map(Json)
        .ok_or_else(|| ApiError::not_found(format!("no article {id:?}")))
}

/// `GET /v1/events/{id}`: the event with its reports and claims.
async fn event(
    State(st): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<crate::EventDetail>, ApiError> {
    let id2 = id.clone();
    with_backend(&st, move |b| b.event(&id2))
        .await?
        .map(Json)
        .ok_or_else(|| ApiError::not_found(format!("no event {id:?}")))
}

/// Query string of `GET /v1/events`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventParams {
    pub from: Option<String>,
    pub to: Option<String>,
    pub country: Option<String>,
    pub admin1: Option<String>,
    #[serde(rename = "type")]
    pub event_type: Option<String>,
    pub bbox: Option<String>,
    #[serde(alias = "q")]
    pub text: Option<String>,
    /// `primary` (default) or `all`.
    pub role: Option<String>,
    pub limit: Option<String>,
    pub offset: Option<String>,
    /// `json` (default) or `geojson`.
    pub format: Option<String>,
}

fn nonempty(s: Option<String>) -> Option<String> {
    s.map(|s| s.trim().to_string()).filter(|s| !s.is_empty())
}

fn parse_date(name: &str, v: Option<String>) -> Result<Option<String>, ApiError> {
    let Some(v) = nonempty(v) else {
        return Ok(None);
    };
    chrono::NaiveDate::parse_from_str(&v, "%Y-%m-%d").map_err(|_| {
        ApiError::bad_request(format!("`{name}` must be a date YYYY-MM-DD, got {v:?}"))
    })?;
    Ok(Some(v))
}

impl EventParams {
    /// Validate into a backend query (`max_page` caps `limit`).
    pub fn to_query(&self, max_page: usize) -> Result<EventQuery, ApiError> {
        let num = |name: &str, v: &Option<String>, default: usize| -> Result<usize, ApiError> {
            match nonempty(v.clone()) {
                None => Ok(default),
                Some(s) => s.parse::<usize>().map_err(|_| {
                    ApiError::bad_request(format!(
                        "`{name}` must be a non-negative integer, got {s:?}"
                    ))
                }),
            }
        };
        let limit = num("limit", &self.limit, 100)?;
        if limit == 0 || limit > max_page {
            return Err(ApiError::bad_request(format!(
                "`limit` must be between 1 and {max_page}"
            )));
        }
        let offset = num("offset", &self.offset, 0)?;
        let bbox = match nonempty(self.bbox.clone()) {
            None => None,
            Some(s) => {
                let v: Vec<f64> = s
                    .split(',')
                    .map(|x| x.trim().parse::<f64>())
                    .collect::<Result<_, _>>()
                    .map_err(|_| {
                        ApiError::bad_request(format!(
                            "`bbox` must be min_lon,min_lat,max_lon,max_lat; got {s:?}"
                        ))
                    })?;
                match v.as_slice() {
                    [a, b, c, d] if a <= c && b <= d && v.iter().all(|x| x.is_finite()) => {
                        Some([*a, *b, *c, *d])
                    }
                    _ => {
                        return Err(ApiError::bad_request(format!(
                            "`bbox` must be 4 numbers min_lon,min_lat,max_lon,max_lat with min <= max; got {s:?}"
                        )))
                    }
                }
            }
        };
        let include_background = match nonempty(self.role.clone()).as_deref() {
            None | Some("primary") => false,
            Some("all") => true,
            Some(r) => {
                return Err(ApiError::bad_request(format!(
                    "`role` must be `primary` or `all`, got {r:?}"
                )))
            }
        };
        let from = parse_date("from", self.from.clone())?;
        let to = parse_date("to", self.to.clone())?;
        if let (Some(f), Some(t)) = (&from, &to) {
            if f > t {
                return Err(ApiError::bad_request("`from` is after `to`"));
            }
        }
        Ok(EventQuery {
            from,
            to,
            country: nonempty(self.country.clone()),
            admin1: nonempty(self.admin1.clone()),
            event_type: nonempty(self.event_type.clone()),
            bbox,
            text: nonempty(self.text.clone()),
            include_background,
            limit,
            offset,
        })
    }
}

/// `GET /v1/events`: filtered, paginated; GeoJSON with `format=geojson` or
/// `Accept: application/geo+json`.
async fn events(
    State(st): State<AppState>,
    headers: HeaderMap,
    q: Result<Query<EventParams>, axum::extract::rejection::QueryRejection>,
) -> Result<Response, ApiError> {
    let Query(params) = q?;
    let query = params.to_query(st.inner.config.max_page)?;
    let geojson = match nonempty(params.format.clone()).as_deref() {
        Some("geojson") => true,
        Some("json") => false,
        Some(f) => {
            return Err(ApiError::bad_request(format!(
                "`format` must be `json` or `geojson`, got {f:?}"
            )))
        }
        None => headers
            .get(header::ACCEPT)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|a| a.contains("application/geo+json")),
    };
    let (limit, offset) = (query.limit, query.offset);
    let page = with_backend(&st, move |b| b.events(&query)).await?;
    let next = (offset + page.events.len() < page.total).then_some(offset + page.events.len());
    if geojson {
        let mut resp = Json(to_geojson(&page, limit, offset, next)).into_response();
        resp.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/geo+json"),
        );
        return Ok(resp);
    }
    Ok(Json(json!({
        "total": page.total, "limit": limit, "offset": offset, "next_offset": next,
        "events": page.events,
    }))
    .into_response())
}

/// A page of events as a GeoJSON FeatureCollection (events without a point
/// have a `null` geometry).
pub fn to_geojson(page: &EventPage, limit: usize, offset: usize, next: Option<usize>) -> Value {
    let features: Vec<Value> = page.events.iter().map(feature).collect();
    json!({
        "type": "FeatureCollection",
        "total": page.total, "limit": limit, "offset": offset, "next_offset": next,
        "features": features,
    })
}

fn feature(r: &EventRow) -> Value {
    let e = &r.event;
    let loc = e.location.as_ref();
    let geometry = match (loc.and_then(|l| l.lon), loc.and_then(|l| l.lat)) {
        (Some(lon), Some(lat)) => json!({"type": "Point", "coordinates": [lon, lat]}),
        _ => Value::Null,
    };
    json!({
        "type": "Feature",
        "id": r.id,
        "geometry": geometry,
        "properties": {
            "id": r.id,
            "article_id": r.article_id,
            "reports": r.reports,
            "role": e.role,
            "event_type": e.event_type,
            "sub_event_type": e.sub_event_type,
            "event_date": e.event_date,
            "country": loc.and_then(|l| l.country.clone()),
            "admin1": loc.and_then(|l| l.admin1.clone()),
            "location": loc.and_then(|l| l.name.clone()),
            "location_ar": loc.and_then(|l| l.name_ar.clone()),
            "geo_precision": loc.and_then(|l| l.geo_precision),
            "actor1": e.actor1.as_ref().map(|a| a.name.clone()),
            "actor2": e.actor2.as_ref().map(|a| a.name.clone()),
            "fatalities": e.fatalities,
            "injuries": e.injuries,
            "notes": e.notes,
        }
    })
}

/// `GET /v1/health` and `/healthz`.
async fn health(State(st): State<AppState>) -> Response {
    let counts = with_backend(&st, |b| b.counts()).await;
    let assets = crate::web::assets_available(&st);
    let (status, body) = match counts {
        Ok(c) => (
            StatusCode::OK,
            json!({
                "status": "ok", "version": env!("CARGO_PKG_VERSION"),
                "store": st.inner.backend.name(), "articles": c.articles, "events": c.events,
                "uptime_seconds": st.inner.started.elapsed().as_secs(),
                "web_assets": assets, "writes_enabled": st.inner.config.token.is_some(),
            }),
        ),
        Err(e) => (
            StatusCode::SERVICE_UNAVAILABLE,
            json!({"status": "error", "store": st.inner.backend.name(), "message": e.message}),
        ),
    };
    (status, Json(body)).into_response()
}

/// `GET /metrics` (Prometheus text format).
async fn metrics(State(st): State<AppState>) -> Response {
    let counts = with_backend(&st, |b| b.counts()).await.ok();
    let body = st.inner.metrics.render(
        counts.as_ref().map(|c| c.articles),
        counts.as_ref().map(|c| c.events),
    );
    (
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/plain; version=0.0.4; charset=utf-8"),
        )],
        body,
    )
        .into_response()
}

/// `GET /openapi.json`.
async fn openapi() -> Json<Value> {
    Json(crate::openapi::document())
}
