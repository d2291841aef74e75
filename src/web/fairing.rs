//! What happens around every request, in one fairing: a path with a
//! trailing slash is answered as the path without it; every response gets
//! the security headers, the API's CORS and a 405's `Allow`; the rate limit
//! ([`super::rate_limit`]) judges the request and its fields are set; the metrics
//! ([`super::metrics`]) and the log line ([`super::log`]) are written.
//! [`Fresh`] is the one header an answer asks for itself: not to be cached.
//!
//! One fairing rather than one each: Rocket boxes a future for every
//! fairing callback, twice per request and fairing.

use std::sync::Arc;
use std::time::Instant;

use rocket::fairing::{Fairing, Info, Kind};
use rocket::http::uri::Origin;
use rocket::http::{Header, Status};
use rocket::{Data, Orbit, Request, Response, Rocket};

use super::log::RequestLog;
use super::metrics::Metrics;
use super::rate_limit::{Limiter, Verdict};

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
        set_headers(request, response);
        if let Some(limiter) = &self.limiter {
            limiter.set_headers(*request.local_cache(Verdict::default), response);
        }
        super::compression::compress_response(request, response).await;
        let elapsed = request.local_cache(|| Arrival(Instant::now())).0.elapsed();
        if let Some(metrics) = &self.metrics {
            metrics.finished(request, response, elapsed);
        }
        self.log.record(request, response, elapsed);
    }
}

/// The policy for every response: scripts, styles, fetches and form
/// submissions (the zone picker's) to this origin only, nothing inline, no
/// framing, no referrer.
const HEADERS: [(&str, &str); 5] = [
    (
        "Content-Security-Policy",
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; \
         connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    ),
    ("X-Content-Type-Options", "nosniff"),
    ("X-Frame-Options", "DENY"),
    ("Referrer-Policy", "no-referrer"),
    ("Cross-Origin-Opener-Policy", "same-origin"),
];

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

/// Sets [`HEADERS`] on `response`, CORS on the API's and `Allow` on a 405.
fn set_headers<'r>(request: &'r Request<'_>, response: &mut Response<'r>) {
    for (name, value) in HEADERS {
        response.set_header(Header::new(name, value));
    }
    let api = request.uri().path().starts_with("/api/");
    if api {
        // Any page may call the API from a browser.
        response.set_header(Header::new("Access-Control-Allow-Origin", "*"));
    }
    if response.status() == Status::MethodNotAllowed {
        let allow = if api {
            "GET, HEAD, OPTIONS"
        } else {
            "GET, HEAD"
        };
        response.set_header(Header::new("Allow", allow));
    }
}

/// An answer that must not be cached: it is only true for a moment.
#[derive(rocket::Responder)]
pub struct Fresh<T> {
    inner: T,
    cache: Header<'static>,
}

impl<T> Fresh<T> {
    pub fn new(inner: T) -> Self {
        Self {
            inner,
            cache: Header::new("Cache-Control", "no-store"),
        }
    }
}
