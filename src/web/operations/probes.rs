//! The probes that a load balancer, an orchestrator or a person asks: is the
//! server up, and does it take new work?
//!
//! `GET /health` answers 200 while the server is up, and names the tz
//! database in use (and, when its folder broke since or files in it were
//! skipped, why), the system clock's state and the GeoIP database's;
//! `GET /ready` answers 200 while the server takes new work and 503 from
//! the moment it was asked to stop (see [`crate::web::serve`]), and, with
//! `clock_check`, while the kernel says the system clock cannot be trusted
//! to the second.

use prometheus::IntGauge;
use rocket::http::Status;
use rocket::response::status::Custom;
use rocket::serde::json::Json;
use rocket::{State, get};

use crate::host_clock::{HostClock, Trust};
use crate::web::Site;
use crate::web::layers::headers::Fresh;
use crate::worldtime::status::{ClockHealth, GeoIpHealth, Health, Ready, TzdbHealth};

/// Whether the server takes new work: 1 until it is asked to stop, then 0.
/// Kept in a Prometheus gauge, so that `/metrics` reports it as it is. With
/// `clock_check`, the system clock whose state `/ready` also answers for.
#[derive(Clone)]
pub struct Readiness(IntGauge, Option<HostClock>);

impl Readiness {
    /// Ready until asked to stop, and, with `clock_check`, while `clock`
    /// is not known to be untrustworthy.
    pub fn new(clock_check: Option<HostClock>) -> Self {
        let gauge = IntGauge::new(
            "moscow_time_ready",
            "1 while the server takes new work; 0 from the moment it was asked to stop.",
        )
        .expect("valid metric");
        gauge.set(1);
        Self(gauge, clock_check)
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

/// `GET /ready`: 200 while the server takes new work, 503 while it drains
/// and, with `clock_check`, while the clock is unsynchronized or may be
/// more than a second off. A clock whose state is unknown is no reason.
#[get("/ready")]
pub fn ready(readiness: &State<Readiness>) -> Custom<Fresh<Json<Ready>>> {
    let answer = |status, clock| Fresh::new(Json(Ready { status, clock }));
    if !readiness.is_ready() {
        return Custom(Status::ServiceUnavailable, answer("draining", None));
    }
    if let Some(clock) = &readiness.1 {
        let state = clock.current();
        let status = match state.trust() {
            Trust::Unsynchronized => Some("clock unsynchronized"),
            Trust::ErrorTooLarge => Some("clock error too large"),
            Trust::Trusted | Trust::Unknown => None,
        };
        if let Some(status) = status {
            let clock = Some(ClockHealth::new(&state));
            return Custom(Status::ServiceUnavailable, answer(status, clock));
        }
    }
    Custom(Status::Ok, answer("ready", None))
}

/// `GET /health`: up, which tz database answers, and what the kernel says
/// about the system clock. Always 200: a restart would not mend the clock.
#[get("/health")]
pub fn health(site: &State<Site>, clock: &State<HostClock>) -> Fresh<Json<Health>> {
    Fresh::new(Json(Health {
        status: "ok",
        tzdb: TzdbHealth::new(&site.database(), site.tzdb_problem()),
        clock: ClockHealth::new(&clock.current()),
        geoip: site.geoip().map(|geoip| GeoIpHealth::new(geoip.status())),
    }))
}
