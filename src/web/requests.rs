//! What happens around every request, in one fairing: the trailing-slash
//! rewrite and the security headers ([`super::headers`]), the metrics
//! ([`super::metrics`]) and the log line ([`super::logging`]).
//!
//! One fairing rather than one each: Rocket boxes a future for every
//! fairing callback, twice per request and fairing.

use std::sync::Arc;
use std::time::Instant;

use rocket::fairing::{Fairing, Info, Kind};
use rocket::{Data, Orbit, Request, Response, Rocket};

use super::headers;
use super::logging::RequestLog;
use super::metrics::Metrics;

/// When a request arrived, kept in its local cache for the log and the metrics.
struct Arrival(Instant);

/// Headers, metrics (when on) and the request log, for every request.
pub struct EveryRequest {
    pub log: RequestLog,
    pub metrics: Option<Arc<Metrics>>,
}

#[rocket::async_trait]
impl Fairing for EveryRequest {
    fn info(&self) -> Info {
        Info {
            name: "Headers, metrics and the request log",
            kind: Kind::Request | Kind::Response | Kind::Liftoff,
        }
    }

    async fn on_liftoff(&self, rocket: &Rocket<Orbit>) {
        self.log.liftoff(rocket);
    }

    async fn on_request(&self, request: &mut Request<'_>, _: &mut Data<'_>) {
        request.local_cache(|| Arrival(Instant::now()));
        headers::without_trailing_slash(request);
        if let Some(metrics) = &self.metrics {
            metrics.started();
        }
    }

    async fn on_response<'r>(&self, request: &'r Request<'_>, response: &mut Response<'r>) {
        headers::set_on(request, response);
        let elapsed = request.local_cache(|| Arrival(Instant::now())).0.elapsed();
        if let Some(metrics) = &self.metrics {
            metrics.finished(request, response, elapsed);
        }
        self.log.record(request, response, elapsed);
    }
}
