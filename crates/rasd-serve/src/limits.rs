//! Per-client token-bucket rate limiting, and the server's counters.

use std::collections::{BTreeMap, HashMap};
use std::net::IpAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, PoisonError};
use std::time::{Duration, Instant};

/// A token bucket: `burst` requests at once, refilled at `per_second`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RateLimit {
    /// Sustained requests per second.
    pub per_second: f64,
    /// Requests allowed at once.
    pub burst: u32,
}

impl RateLimit {
    /// No limit.
    pub const UNLIMITED: RateLimit = RateLimit {
        per_second: f64::INFINITY,
        burst: u32::MAX,
    };
}

#[derive(Debug, Clone, Copy)]
struct Bucket {
    tokens: f64,
    last: Instant,
}

/// Token buckets per client address (`None` = unknown client, e.g. an
/// in-process request: one shared bucket).
#[derive(Debug)]
pub struct RateLimiter {
    limit: RateLimit,
    buckets: Mutex<HashMap<Option<IpAddr>, Bucket>>,
}

/// Clients tracked before idle buckets are dropped.
const MAX_CLIENTS: usize = 10_000;

impl RateLimiter {
    /// A limiter with the given limit.
    pub fn new(limit: RateLimit) -> Self {
        RateLimiter {
            limit,
            buckets: Mutex::new(HashMap::new()),
        }
    }

    /// Take one token for `client` at `now`: `Ok(())`, or `Err(wait)` with
    /// the time until a token is available.
    pub fn check_at(&self, client: Option<IpAddr>, now: Instant) -> Result<(), Duration> {
        if !self.limit.per_second.is_finite() {
            return Ok(());
        }
        let burst = f64::from(self.limit.burst.max(1));
        let rate = self.limit.per_second.max(1e-9);
        let mut map = self.buckets.lock().unwrap_or_else(PoisonError::into_inner);
        if map.len() >= MAX_CLIENTS && !map.contains_key(&client) {
            // Drop buckets that are full again (idle clients).
            map.retain(|_, b| {
                let t = b.tokens + now.saturating_duration_since(b.last).as_secs_f64() * rate;
                t < burst
            });
        }
        let b = map.entry(client).or_insert(Bucket {
            tokens: burst,
            last: now,
        });
        let elapsed = now.saturating_duration_since(b.last).as_secs_f64();
        b.tokens = (b.tokens + elapsed * rate).min(burst);
        b.last = now;
        if b.tokens >= 1.0 {
            b.tokens -= 1.0;
            Ok(())
        } else {
            Err(Duration::from_secs_f64((1.0 - b.tokens) / rate))
        }
    }

    /// [`RateLimiter::check_at`] now.
    pub fn check(&self, client: Option<IpAddr>) -> Result<(), Duration> {
        self.check_at(client, Instant::now())
    }
}

/// Counters exported at `/metrics` (Prometheus text format).
#[derive(Debug, Default)]
pub struct Metrics {
    /// (method, route, status) -> count.
    requests: Mutex<BTreeMap<(String, String, u16), u64>>,
    /// (method, route) -> (count, total seconds).
    latency: Mutex<BTreeMap<(String, String), (u64, f64)>>,
    /// Articles run through the pipeline (extract + ingest).
    pub articles_processed: AtomicU64,
    /// Articles stored.
    pub articles_ingested: AtomicU64,
    /// Pipeline failures.
    pub pipeline_errors: AtomicU64,
    /// Requests refused by the rate limiter.
    pub rate_limited: AtomicU64,
    /// Requests refused for a missing/wrong token.
    pub unauthorized: AtomicU64,
}

impl Metrics {
    /// Count one answered request.
    pub fn record(&self, method: &str, route: &str, status: u16, secs: f64) {
        {
            let mut m = self.requests.lock().unwrap_or_else(PoisonError::into_inner);
            *m.entry((method.to_string(), route.to_string(), status))
                .or_insert(0) += 1;
        }
        let mut l = self.latency.lock().unwrap_or_else(PoisonError::into_inner);
        let e = l
            .entry((method.to_string(), route.to_string()))
            .or_insert((0, 0.0));
        e.0 += 1;
        e.1 += secs;
    }

    /// Increment a counter.
    pub fn inc(c: &AtomicU64) {
        c.fetch_add(1, Ordering::Relaxed);
    }

    /// The Prometheus text exposition, with the store sizes as gauges.
    pub fn render(&self, articles: Option<u64>, events: Option<u64>) -> String {
        use std::fmt::Write;
        let mut s = String::new();
        let _ = writeln!(
            s,
            "# HELP rasd_http_requests_total HTTP requests answered.\n# TYPE rasd_http_requests_total counter"
        );
        for ((m, r, st), n) in self
            .requests
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .iter()
        {
            let _ = writeln!(
                s,
                "rasd_http_requests_total{{method=\"{m}\",route=\"{}\",status=\"{st}\"}} {n}",
                esc(r)
            );
        }
        let _ = writeln!(
            s,
            "# HELP rasd_http_request_seconds Time spent answering requests.\n# TYPE rasd_http_request_seconds summary"
        );
        for ((m, r), (n, t)) in self
            .latency
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .iter()
        {
            let _ = writeln!(
                s,
                "rasd_http_request_seconds_count{{method=\"{m}\",route=\"{}\"}} {n}",
                esc(r)
            );
            let _ = writeln!(
                s,
                "rasd_http_request_seconds_sum{{method=\"{m}\",route=\"{}\"}} {t:.6}",
                esc(r)
            );
        }
        for (name, help, c) in [
            (
                "rasd_articles_processed_total",
                "Articles run through the pipeline.",
                &self.articles_processed,
            ),
            (
                "rasd_articles_ingested_total",
                "Articles stored by this process.",
                &self.articles_ingested,
            ),
            (
                "rasd_pipeline_errors_total",
                "Articles the pipeline rejected.",
                &self.pipeline_errors,
            ),
            (
                "rasd_rate_limited_total",
                "Requests refused by the rate limiter.",
                &self.rate_limited,
            ),
            (
                "rasd_unauthorized_total",
                "Write requests refused for a missing or wrong token.",
                &self.unauthorized,
            ),
        ] {
            let _ = writeln!(
                s,
                "# HELP {name} {help}\n# TYPE {name} counter\n{name} {}",
                c.load(Ordering::Relaxed)
            );
        }
        for (name, help, v) in [
            ("rasd_store_articles", "Articles in the store.", articles),
            ("rasd_store_events", "Events in the store.", events),
        ] {
            if let Some(v) = v {
                let _ = writeln!(s, "# HELP {name} {help}\n# TYPE {name} gauge\n{name} {v}");
            }
        }
        s
    }
}

fn esc(s: &str) -> String {
    s.replace('\\', "\\\\").replace('"', "\\\"")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bucket_allows_burst_then_refills() {
        let rl = RateLimiter::new(RateLimit {
            per_second: 2.0,
            burst: 3,
        });
        let t0 = Instant::now();
        let ip: Option<IpAddr> = "127.0.0.1".parse().ok();
        for _ in 0..3 {
            assert!(rl.check_at(ip, t0).is_ok());
        }
        let wait = rl.check_at(ip, t0).unwrap_err();
        assert!(wait > Duration::from_millis(400) && wait <= Duration::from_millis(500));
        // another client has its own bucket
        assert!(rl.check_at("127.0.0.2".parse().ok(), t0).is_ok());
        // half a second later one token is back, not two
        let t1 = t0 + Duration::from_millis(500);
        assert!(rl.check_at(ip, t1).is_ok());
        assert!(rl.check_at(ip, t1).is_err());
    }

    #[test]
    fn unlimited_never_refuses() {
        let rl = RateLimiter::new(RateLimit::UNLIMITED);
        let t0 = Instant::now();
        for _ in 0..10_000 {
            assert!(rl.check_at(None, t0).is_ok());
        }
    }

    #[test]
    fn metrics_render_counts() {
        let m = Metrics::default();
        m.record("GET", "/v1/events", 200, 0.01);
        m.record("GET", "/v1/events", 200, 0.03);
        Metrics::inc(&m.rate_limited);
        let s = m.render(Some(4), None);
        assert!(s.contains(
            "rasd_http_requests_total{method=\"GET\",route=\"/v1/events\",status=\"200\"} 2"
        ));
        assert!(s.contains("rasd_rate_limited_total 1"));
        assert!(s.contains("rasd_store_articles 4"));
        assert!(!s.contains("rasd_store_events "));
    }
}
