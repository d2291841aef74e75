//! The layers every request passes, in one fairing: a path with a trailing
//! slash is answered as the path without it; the rate limit
//! ([`rate_limit`]) judges the request and its fields are set; every
//! response gets the headers of [`headers`]; bodies are compressed as the
//! client asks ([`compression`]); the metrics
//! ([`crate::web::operations::metrics`]) and the log line ([`request_log`])
//! are written. [`methods`] answers the 405s.
//!
//! One fairing rather than one each: Rocket boxes a future for every
//! fairing callback, twice per request and fairing.

pub mod compression;
pub mod headers;
pub mod methods;
pub mod rate_limit;
pub mod request_log;

use std::sync::Arc;
use std::time::Instant;

use rocket::fairing::{Fairing, Info, Kind};
use rocket::http::uri::Origin;
use rocket::{Data, Orbit, Request, Response, Rocket};

use crate::web::operations::metrics::Metrics;
use rate_limit::{Limiter, Verdict};
use request_log::RequestLog;

/// When a request arrived, kept in its local cache for the log and the metrics.
struct Arrival(Instant);

/// Headers, the rate limit and metrics (when on) and the request log, for
/// every request.
pub struct EveryRequest {
    pub log: RequestLog,
    pub metrics: Option<Arc<Metrics>>,
    pub limiter: Option<Arc<Limiter>>,
}

#[rocket::async_trait]
impl Fairing for EveryRequest {
    fn info(&self) -> Info {
        Info {
            name: "Headers, rate limit, metrics and the request log",
            kind: Kind::Request | Kind::Response | Kind::Liftoff,
        }
    }

    async fn on_liftoff(&self, rocket: &Rocket<Orbit>) {
        self.log.liftoff(rocket);
    }

    async fn on_request(&self, request: &mut Request<'_>, _: &mut Data<'_>) {
        request.local_cache(|| Arrival(Instant::now()));
        without_trailing_slash(request);
        if let Some(metrics) = &self.metrics {
            metrics.started();
        }
        if let Some(limiter) = &self.limiter {
            // Judged here, answered by `rate_limit::routes`, which read it.
            let verdict = limiter.check(request.client_ip(), request.uri().path().as_str());
            request.local_cache(|| verdict);
            if let (Verdict::Limited { .. }, Some(metrics)) = (verdict, &self.metrics) {
                metrics.rate_limited();
            }
        }
    }

    async fn on_response<'r>(&self, request: &'r Request<'_>, response: &mut Response<'r>) {
        headers::set_headers(request, response);
        if let Some(limiter) = &self.limiter {
            limiter.set_headers(*request.local_cache(Verdict::default), response);
        }
        if let Err(error) = compression::compress_response(request, response).await {
            let line = format!(
                "{} {}: the body could not be read to compress it: {error}",
                request.method(),
                request.uri()
            );
            self.log.error(&line);
        }
        let elapsed = request.local_cache(|| Arrival(Instant::now())).0.elapsed();
        if let Some(metrics) = &self.metrics {
            metrics.finished(request, response, elapsed);
        }
        self.log.record(request, response, elapsed);
    }
}

/// Answers a path with a trailing slash as the path without it: clients
/// build URLs both ways, and `/api/ip/` is `/api/ip`.
fn without_trailing_slash(request: &mut Request<'_>) {
    let uri = request.uri();
    let path = uri.path().as_str();
    if path.len() > 1 && path.ends_with('/') {
        let trimmed = path.trim_end_matches('/');
        let trimmed = if trimmed.is_empty() { "/" } else { trimmed };
        let target = match uri.query() {
            Some(query) => format!("{trimmed}?{query}"),
            None => trimmed.to_owned(),
        };
        if let Ok(origin) = Origin::parse_owned(target) {
            request.set_uri(origin);
        }
    }
}
