//! The probes that a load balancer, an orchestrator or a person asks: is the
//! server up, and does it take new work?
//!
//! `GET /health` answers 200 while the server is up, and names the tz
//! database in use; `GET /ready` answers 200 while the server takes new work
//! and 503 from the moment it was asked to stop (see [`super::serve`]).

use prometheus::IntGauge;
use rocket::http::Status;
use rocket::response::status::Custom;
use rocket::serde::json::{Json, Value, json};
use rocket::{State, get};

use super::Site;
use super::fairing::Fresh;
use crate::tzdb::{EMBEDDED_VERSION, Source};

/// Whether the server takes new work: 1 until it is asked to stop, then 0.
/// Kept in a Prometheus gauge, so that `/metrics` reports it as it is.
#[derive(Clone)]
pub struct Readiness(IntGauge);

impl Readiness {
    pub fn new() -> Self {
        let gauge = IntGauge::new(
            "moscow_time_ready",
            "1 while the server takes new work; 0 from the moment it was asked to stop.",
        )
        .expect("valid metric");
        gauge.set(1);
        Self(gauge)
    }

    /// The gauge, for the metrics registry.
    pub fn gauge(&self) -> IntGauge {
        self.0.clone()
    }

    fn is_ready(&self) -> bool {
        self.0.get() == 1
    }

    /// From now on `/ready` answers 503.
    pub fn stop_taking_work(&self) {
        self.0.set(0);
    }
}

/// `GET /ready`: 200 while the server takes new work, 503 while it drains.
#[get("/ready")]
pub fn ready(readiness: &State<Readiness>) -> Custom<Fresh<Json<Value>>> {
    if readiness.is_ready() {
        Custom(Status::Ok, Fresh::new(Json(json!({ "status": "ready" }))))
    } else {
        Custom(
            Status::ServiceUnavailable,
            Fresh::new(Json(json!({ "status": "draining" }))),
        )
    }
}

/// `GET /health`: up, and which tz database answers.
#[get("/health")]
pub fn health(site: &State<Site>) -> Fresh<Json<Value>> {
    let database = site.database();
    let path = match database.source() {
        Source::System(dir) => Some(dir.display().to_string()),
        Source::Embedded => None,
    };
    Fresh::new(Json(json!({
        "status": "ok",
        "tzdb": {
            "in_use": database.to_string(),
            "version": database.version(),
            "path": path,
            "embedded": EMBEDDED_VERSION,
        },
    })))
}
