//! The probes that a load balancer, an orchestrator or a person asks: is the
//! server up, and does it take new work?
//!
//! `GET /health` answers 200 while the server is up, and names the tz
//! database in use (and, when its folder broke since or files in it were
//! skipped, why), the system clock's state and the GeoIP database's;
//! `GET /ready` answers 200 while the server takes new work and 503 from
//! the moment it was asked to stop (see [`super::serve`]), and, with
//! `clock_check`, while the kernel says the system clock cannot be trusted
//! to the second.

use chrono::SecondsFormat;
use prometheus::IntGauge;
use rocket::http::Status;
use rocket::response::status::Custom;
use rocket::serde::json::{Json, Value, json};
use rocket::{State, get};

use super::Site;
use super::fairing::Fresh;
use crate::geoip::GeoIp;
use crate::host_clock::{ClockState, HostClock, Trust};
use crate::tzdb::{EMBEDDED_VERSION, Source};

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
pub fn ready(readiness: &State<Readiness>) -> Custom<Fresh<Json<Value>>> {
    let unavailable = |body| Custom(Status::ServiceUnavailable, Fresh::new(Json(body)));
    if !readiness.is_ready() {
        return unavailable(json!({ "status": "draining" }));
    }
    if let Some(clock) = &readiness.1 {
        let state = clock.current();
        let status = match state.trust() {
            Trust::Unsynchronized => Some("clock unsynchronized"),
            Trust::ErrorTooLarge => Some("clock error too large"),
            Trust::Trusted | Trust::Unknown => None,
        };
        if let Some(status) = status {
            return unavailable(json!({ "status": status, "clock": clock_json(&state) }));
        }
    }
    Custom(Status::Ok, Fresh::new(Json(json!({ "status": "ready" }))))
}

/// `GET /health`: up, which tz database answers, and what the kernel says
/// about the system clock. Always 200: a restart would not mend the clock.
#[get("/health")]
pub fn health(site: &State<Site>, clock: &State<HostClock>) -> Fresh<Json<Value>> {
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
            "problem": site.tzdb_problem(),
            "skipped": database.skipped().iter().take(10).collect::<Vec<_>>(),
            "skipped_count": database.skipped().len(),
        },
        "clock": clock_json(&clock.current()),
        "geoip": site.geoip().map(geoip_json),
    })))
}

/// The GeoIP database as `/health` shows it: the file, the database in use
/// (null before one could be read), and why the file as it is now cannot be
/// used (null when it is the one in use).
fn geoip_json(geoip: &GeoIp) -> Value {
    let status = geoip.status();
    json!({
        "path": status.path.display().to_string(),
        "database": status.database.map(|db| json!({
            "type": db.database_type,
            "built": db.built.to_rfc3339_opts(SecondsFormat::Secs, true),
            "ip_version": db.ip_version,
            "bytes": db.bytes,
        })),
        "problem": status.problem,
    })
}

/// The clock's state as `/health` and `/ready` show it: node_exporter's
/// `timex` figures in seconds, or `"synchronized": null` and why, when the
/// kernel could not be asked.
fn clock_json(state: &ClockState) -> Value {
    match state {
        ClockState::Known(clock) => json!({
            "synchronized": clock.synchronized,
            "max_error_seconds": clock.max_error,
            "estimated_error_seconds": clock.estimated_error,
            "offset_seconds": clock.offset,
            "frequency_adjustment_ratio": clock.frequency_ratio,
            "tai_offset_seconds": clock.tai_offset,
            "status": clock.status,
            "leap": clock.leap.as_str(),
            "source": "adjtimex",
        }),
        ClockState::Unknown(reason) => json!({
            "synchronized": null,
            "state": "unknown",
            "reason": reason,
            "source": "adjtimex",
        }),
    }
}
