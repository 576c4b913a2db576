//! Plain HTTP tests of every endpoint (in-process, `tower::ServiceExt::oneshot`).

mod common;

use axum::body::Body;
use axum::http::{header, HeaderMap, Method, Request, StatusCode};
use axum::Router;
use common::{articles, char_find, config_with_token, state, TOKEN};
use http_body_util::BodyExt;
use rasd_serve::{router, RateLimit, ServeConfig};
use serde_json::{json, Value};
use tower::ServiceExt;

struct Resp {
    status: StatusCode,
    headers: HeaderMap,
    body: Vec<u8>,
}

impl Resp {
    fn json(&self) -> Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&self.body)))
    }
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
    /// Asserts the JSON error shape and returns its code.
    fn error_code(&self) -> String {
        let v = self.json();
        assert_eq!(v["error"]["status"], self.status.as_u16(), "{v}");
        assert!(
            v["error"]["message"]
                .as_str()
                .is_some_and(|m| !m.is_empty()),
            "{v}"
        );
        v["error"]["code"].as_str().unwrap_or_default().to_string()
    }
}

async fn send(app: &Router, req: Request<Body>) -> Resp {
    let resp = app.clone().oneshot(req).await.unwrap();
    let status = resp.status();
    let headers = resp.headers().clone();
    let body = resp
        .into_body()
        .collect()
        .await
        .unwrap()
        .to_bytes()
        .to_vec();
    Resp {
        status,
        headers,
        body,
    }
}

async fn get(app: &Router, uri: &str) -> Resp {
    send(app, Request::get(uri).body(Body::empty()).unwrap()).await
}

async fn post(app: &Router, uri: &str, token: Option<&str>, body: &Value) -> Resp {
    let mut b = Request::post(uri).header(header::CONTENT_TYPE, "application/json");
    if let Some(t) = token {
        b = b.header(header::AUTHORIZATION, format!("Bearer {t}"));
    }
    send(app, b.body(Body::from(body.to_string())).unwrap()).await
}

/// An app with the three example articles ingested.
async fn loaded() -> Router {
    let app = router(state(config_with_token()));
    let r = post(&app, "/v1/articles", Some(TOKEN), &json!(articles())).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text());
    app
}

#[tokio::test]
async fn health_reports_store_and_counts() {
    let app = loaded().await;
    for uri in ["/v1/health", "/healthz"] {
        let r = get(&app, uri).await;
        assert_eq!(r.status, StatusCode::OK);
        let v = r.json();
        assert_eq!(v["status"], "ok");
        assert_eq!(v["store"], "memory");
        assert_eq!(v["articles"], 3);
        assert_eq!(v["events"], 3);
        assert_eq!(v["writes_enabled"], true);
    }
}

#[tokio::test]
async fn extract_returns_report_and_stores_nothing() {
    let app = router(state(config_with_token()));
    let a = &articles()[0];
    let r = post(&app, "/v1/extract", None, &json!(a)).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text());
    let v = r.json();
    assert_eq!(v["id"], "t-mosul-1");
    assert_eq!(v["events"][0]["location"]["name"], "Mosul");
    // the place span indexes the original text in chars
    let span = &v["events"][0]["location"]["span"];
    let (s, e) = (
        span["start"].as_u64().unwrap() as usize,
        span["end"].as_u64().unwrap() as usize,
    );
    let got: String = a.text.chars().skip(s).take(e - s).collect();
    assert_eq!(got, "الموصل");
    let h = get(&app, "/v1/health").await.json();
    assert_eq!(h["articles"], 0);
}

#[tokio::test]
async fn extract_errors_are_json() {
    let app = router(state(ServeConfig {
        max_body_bytes: 4096,
        ..config_with_token()
    }));
    // not JSON content type
    let r = send(
        &app,
        Request::post("/v1/extract").body(Body::from("{}")).unwrap(),
    )
    .await;
    assert_eq!(r.status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
    assert_eq!(r.error_code(), "unsupported_media_type");
    // malformed JSON
    let r = send(
        &app,
        Request::post("/v1/extract")
            .header(header::CONTENT_TYPE, "application/json")
            .body(Body::from("{\"id\": "))
            .unwrap(),
    )
    .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert_eq!(r.error_code(), "invalid_json");
    // wrong shape
    let r = post(&app, "/v1/extract", None, &json!({"id": 5, "text": "x"})).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(r.error_code(), "invalid_body");
    // no text
    let r = post(&app, "/v1/extract", None, &json!({"id": "a", "text": "  "})).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(r.error_code(), "invalid_article");
    // pipeline rejection
    let r = post(
        &app,
        "/v1/extract",
        None,
        &json!({"id": "a", "text": "REJECT this"}),
    )
    .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.json()["error"]["message"]
        .as_str()
        .unwrap()
        .contains("rejected"));
    // too large
    let big = "ا".repeat(5000);
    let r = post(&app, "/v1/extract", None, &json!({"id": "a", "text": big})).await;
    assert_eq!(r.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(r.error_code(), "payload_too_large");
}

#[tokio::test]
async fn ingest_requires_the_token() {
    let app = router(state(config_with_token()));
    let a = json!(articles()[0]);
    let r = post(&app, "/v1/articles", None, &a).await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    assert_eq!(r.error_code(), "unauthorized");
    assert!(r.headers.contains_key(header::WWW_AUTHENTICATE));
    let r = post(&app, "/v1/articles", Some("wrong-token-123"), &a).await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    let r = send(
        &app,
        Request::post("/v1/articles")
            .header(header::CONTENT_TYPE, "application/json")
            .header(header::AUTHORIZATION, TOKEN)
            .body(Body::from(a.to_string()))
            .unwrap(),
    )
    .await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED, "token without Bearer");
    assert_eq!(get(&app, "/v1/health").await.json()["articles"], 0);
    let r = post(&app, "/v1/articles", Some(TOKEN), &a).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text());
    let v = r.json();
    assert_eq!(v["id"], "t-mosul-1");
    assert_eq!(v["new"], true);
    assert_eq!(v["events"], 1);
    assert_eq!(v["event_ids"].as_array().unwrap().len(), 1);
    // again: replaced, not new
    let r = post(&app, "/v1/articles", Some(TOKEN), &a).await;
    assert_eq!(r.json()["new"], false);
    assert_eq!(get(&app, "/v1/health").await.json()["articles"], 1);
    let m = get(&app, "/metrics").await.text();
    assert!(m.contains("rasd_unauthorized_total 3"), "{m}");
}

#[tokio::test]
async fn writes_are_disabled_without_a_configured_token() {
    let app = router(state(ServeConfig::default()));
    let r = post(
        &app,
        "/v1/articles",
        Some("anything"),
        &json!(articles()[0]),
    )
    .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert_eq!(r.error_code(), "writes_disabled");
    assert_eq!(
        get(&app, "/v1/health").await.json()["writes_enabled"],
        false
    );
}

#[tokio::test]
async fn batch_ingest_reports_each_item() {
    let app = router(state(ServeConfig {
        max_batch: 3,
        ..config_with_token()
    }));
    let mut items = vec![
        json!(articles()[0]),
        json!({"id": "bad", "text": "REJECT"}),
        json!("nope"),
    ];
    let r = post(&app, "/v1/articles", Some(TOKEN), &json!(items)).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text());
    let v = r.json();
    assert_eq!(v["ingested"].as_array().unwrap().len(), 1);
    let errs = v["errors"].as_array().unwrap();
    assert_eq!(errs.len(), 2);
    assert_eq!(errs[0]["index"], 1);
    assert_eq!(errs[1]["index"], 2);
    items.push(json!(articles()[1]));
    let r = post(&app, "/v1/articles", Some(TOKEN), &json!(items)).await;
    assert_eq!(r.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(r.error_code(), "batch_too_large");
    let r = post(&app, "/v1/articles", Some(TOKEN), &json!(42)).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn article_by_id() {
    let app = loaded().await;
    let r = get(&app, "/v1/articles/t-aleppo-2").await;
    assert_eq!(r.status, StatusCode::OK);
    let v = r.json();
    assert_eq!(v["article"]["id"], "t-aleppo-2");
    assert!(v["article"]["text"].as_str().unwrap().contains("حلب"));
    assert_eq!(v["report"]["events"][0]["event_type"], "Protests");
    assert_eq!(v["event_ids"].as_array().unwrap().len(), 1);
    let r = get(&app, "/v1/articles/nope").await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert_eq!(r.error_code(), "not_found");
}

fn ids(v: &Value) -> Vec<String> {
    v["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["article_id"].as_str().unwrap().to_string())
        .collect()
}

#[tokio::test]
async fn events_filters_and_pagination() {
    let app = loaded().await;
    let v = get(&app, "/v1/events").await.json();
    assert_eq!(v["total"], 3);
    // newest first
    assert_eq!(ids(&v), ["t-mosul-1", "t-aleppo-2", "t-desert-3"]);
    assert_eq!(v["next_offset"], Value::Null);
    let cases: &[(&str, &[&str])] = &[
        ("country=IQ", &["t-mosul-1"]),
        ("country=sy", &["t-aleppo-2"]),
        ("admin1=Nineveh", &["t-mosul-1"]),
        ("from=2024-03-11&to=2024-03-13", &["t-aleppo-2"]),
        ("from=2024-03-12", &["t-mosul-1", "t-aleppo-2"]),
        ("type=Protests", &["t-aleppo-2"]),
        ("type=Shelling/artillery/missile%20attack", &["t-mosul-1"]),
        ("bbox=35,30,40,40", &["t-aleppo-2"]),
        ("bbox=35,30,45,40", &["t-mosul-1", "t-aleppo-2"]),
        // text: Arabic in the article text, percent-encoded
        (
            "text=%D8%B5%D8%AD%D8%B1%D8%A7%D9%88%D9%8A%D8%A9",
            &["t-desert-3"],
        ),
        ("q=mosul", &["t-mosul-1"]),
        ("country=IQ&type=Protests", &[]),
    ];
    for (q, want) in cases {
        let r = get(&app, &format!("/v1/events?{q}")).await;
        assert_eq!(r.status, StatusCode::OK, "{q}: {}", r.text());
        let v = r.json();
        assert_eq!(ids(&v), *want, "{q}");
        assert_eq!(v["total"], want.len(), "{q}");
    }
    let v = get(&app, "/v1/events?limit=1&offset=1").await.json();
    assert_eq!(ids(&v), ["t-aleppo-2"]);
    assert_eq!(v["total"], 3);
    assert_eq!(v["next_offset"], 2);
    let v = get(&app, "/v1/events?limit=2&offset=2").await.json();
    assert_eq!(ids(&v), ["t-desert-3"]);
    assert_eq!(v["next_offset"], Value::Null);
}

#[tokio::test]
async fn events_bad_parameters_are_400() {
    let app = loaded().await;
    for q in [
        "from=yesterday",
        "from=2024-03-14&to=2024-03-01",
        "bbox=1,2,3",
        "bbox=10,0,0,10",
        "limit=0",
        "limit=100000",
        "limit=-1",
        "offset=x",
        "role=weird",
        "format=xml",
        "colour=red",
    ] {
        let r = get(&app, &format!("/v1/events?{q}")).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{q}: {}", r.text());
        let code = r.error_code();
        assert!(
            code == "bad_request" || code == "invalid_query",
            "{q}: {code}"
        );
    }
}

#[tokio::test]
async fn events_as_geojson() {
    let app = loaded().await;
    let r = get(&app, "/v1/events?format=geojson").await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.headers[header::CONTENT_TYPE], "application/geo+json");
    let v = r.json();
    assert_eq!(v["type"], "FeatureCollection");
    let f = v["features"].as_array().unwrap();
    assert_eq!(f.len(), 3);
    assert_eq!(f[0]["geometry"]["type"], "Point");
    assert_eq!(f[0]["geometry"]["coordinates"], json!([43.13, 36.34]));
    assert_eq!(f[0]["properties"]["location"], "Mosul");
    assert_eq!(f[0]["properties"]["fatalities"], 3);
    assert_eq!(f[2]["geometry"], Value::Null, "no place -> null geometry");
    // Accept header works too
    let r = send(
        &app,
        Request::get("/v1/events?country=SY")
            .header(header::ACCEPT, "application/geo+json")
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(r.json()["features"][0]["properties"]["country"], "SY");
}

#[tokio::test]
async fn event_detail_has_reports_and_claims() {
    let app = loaded().await;
    let list = get(&app, "/v1/events?country=IQ").await.json();
    let id = list["events"][0]["id"].as_str().unwrap().to_string();
    let enc: String = id.replace(':', "%3A");
    let r = get(&app, &format!("/v1/events/{enc}")).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text());
    let v = r.json();
    assert_eq!(v["id"], id);
    let reports = v["reports"].as_array().unwrap();
    assert_eq!(reports.len(), 1);
    let text = reports[0]["text"].as_str().unwrap();
    let claims = reports[0]["event"]["claims"].as_array().unwrap();
    assert_eq!(claims.len(), 2);
    assert_eq!(claims[0]["source"], "مصدر أمني");
    assert_eq!(claims[0]["says"]["fatalities"], 3);
    assert_eq!(claims[1]["source"], "قيادة العمليات المشتركة");
    assert_eq!(claims[1]["says"]["fatalities"], 4);
    // the claim span is the claim's line in the original text
    let s = claims[1]["span"]["start"].as_u64().unwrap() as usize;
    let want = char_find(text, "في حين قالت", 0).unwrap();
    assert_eq!(s, want.start);
    let r = get(&app, "/v1/events/none%3A0").await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert_eq!(r.error_code(), "not_found");
}

#[tokio::test]
async fn metrics_count_requests() {
    let app = loaded().await;
    get(&app, "/v1/events").await;
    get(&app, "/v1/events").await;
    let r = get(&app, "/metrics").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.headers[header::CONTENT_TYPE]
        .to_str()
        .unwrap()
        .starts_with("text/plain"));
    let m = r.text();
    assert!(
        m.contains(
            "rasd_http_requests_total{method=\"GET\",route=\"/v1/events\",status=\"200\"} 2"
        ),
        "{m}"
    );
    assert!(m.contains(
        "rasd_http_requests_total{method=\"POST\",route=\"/v1/articles\",status=\"201\"} 1"
    ));
    assert!(m.contains("rasd_articles_ingested_total 3"));
    assert!(m.contains("rasd_store_events 3"));
}

#[tokio::test]
async fn rate_limit_answers_429_with_retry_after() {
    let app = router(state(ServeConfig {
        write_rate: RateLimit {
            per_second: 0.01,
            burst: 2,
        },
        ..config_with_token()
    }));
    let a = json!(articles()[1]);
    for _ in 0..2 {
        assert_eq!(
            post(&app, "/v1/extract", None, &a).await.status,
            StatusCode::OK
        );
    }
    let r = post(&app, "/v1/extract", None, &a).await;
    assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(r.error_code(), "rate_limited");
    let wait: u64 = r.headers[header::RETRY_AFTER]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(wait >= 1);
    // reads have their own bucket
    assert_eq!(get(&app, "/v1/health").await.status, StatusCode::OK);
    assert!(get(&app, "/metrics")
        .await
        .text()
        .contains("rasd_rate_limited_total 1"));
}

#[tokio::test]
async fn unknown_routes_and_methods_are_json() {
    let app = loaded().await;
    let r = get(&app, "/v1/nothing").await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert_eq!(r.error_code(), "not_found");
    let r = send(
        &app,
        Request::builder()
            .method(Method::DELETE)
            .uri("/v1/events")
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(r.status, StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(r.error_code(), "method_not_allowed");
}

#[tokio::test]
async fn openapi_lists_every_endpoint_and_they_answer() {
    let app = loaded().await;
    let r = get(&app, "/openapi.json").await;
    assert_eq!(r.status, StatusCode::OK);
    let doc = r.json();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    let paths = doc["paths"].as_object().unwrap();
    for p in [
        "/v1/extract",
        "/v1/articles",
        "/v1/articles/{id}",
        "/v1/events",
        "/v1/events/{id}",
        "/v1/health",
        "/healthz",
        "/metrics",
        "/openapi.json",
    ] {
        assert!(paths.contains_key(p), "{p} missing from OpenAPI");
    }
    let ev_id = get(&app, "/v1/events?limit=1").await.json()["events"][0]["id"]
        .as_str()
        .unwrap()
        .replace(':', "%3A");
    for (p, item) in paths {
        let uri = p.replace(
            "{id}",
            if p.contains("articles") {
                "t-mosul-1"
            } else {
                &ev_id
            },
        );
        for m in item.as_object().unwrap().keys() {
            let r = match m.as_str() {
                "get" => get(&app, &uri).await,
                "post" => post(&app, &uri, Some(TOKEN), &json!(articles()[2])).await,
                other => panic!("unexpected method {other}"),
            };
            assert!(
                r.status.is_success(),
                "{m} {uri}: {} {}",
                r.status,
                r.text()
            );
            // every documented status of that operation is a real status
            for code in item[m]["responses"].as_object().unwrap().keys() {
                assert!(
                    code.parse::<u16>().is_ok_and(|c| (200..600).contains(&c)),
                    "{p} {code}"
                );
            }
        }
    }
}

#[tokio::test]
async fn web_page_and_assets() {
    let dir = tempfile::tempdir().unwrap();
    let app = router(state(ServeConfig {
        assets_dir: Some(dir.path().to_path_buf()),
        ..config_with_token()
    }));
    let r = get(&app, "/").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.headers[header::CONTENT_TYPE]
        .to_str()
        .unwrap()
        .starts_with("text/html"));
    let html = r.text();
    assert!(html.contains("dir=\"rtl\"") && html.contains("/static/app.js"));
    let js = get(&app, "/static/app.js").await;
    assert_eq!(js.status, StatusCode::OK);
    assert!(js.text().contains("Array.from(text)"));
    assert_eq!(get(&app, "/static/app.css").await.status, StatusCode::OK);
    // assets missing -> JSON 404 naming the fix, health says so
    let r = get(&app, "/assets/leaflet/dist/leaflet.js").await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert!(r.text().contains("setup.sh"));
    assert_eq!(get(&app, "/v1/health").await.json()["web_assets"], false);
    // installed -> served with a content type
    for f in rasd_serve::web::MAP_FILES {
        let p = dir.path().join(f);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(&p, format!("/* {f} */")).unwrap();
    }
    std::fs::write(dir.path().join("secret.txt"), "no").unwrap();
    let r = get(&app, "/assets/leaflet/dist/leaflet.js").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.headers[header::CONTENT_TYPE]
        .to_str()
        .unwrap()
        .starts_with("text/javascript"));
    assert_eq!(r.text(), "/* leaflet/dist/leaflet.js */");
    assert_eq!(
        get(&app, "/assets/world-atlas/countries-50m.json")
            .await
            .headers[header::CONTENT_TYPE],
        "application/json"
    );
    assert_eq!(get(&app, "/v1/health").await.json()["web_assets"], true);
    for bad in [
        "/assets/secret.txt",
        "/assets/leaflet/dist/../../secret.txt",
        "/assets/leaflet/dist/%2e%2e/%2e%2e/secret.txt",
    ] {
        assert_eq!(get(&app, bad).await.status, StatusCode::NOT_FOUND, "{bad}");
    }
}
