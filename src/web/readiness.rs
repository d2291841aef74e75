//! Readiness and the drain before a shutdown.
//!
//! `GET /ready` answers 200 while the server takes new work and 503 from the
//! moment `SIGTERM` or Ctrl-C arrives. The server then keeps serving for the
//! configured `drain` seconds, so that a load balancer probing `/ready` takes
//! it out of rotation before it stops accepting connections, and only then
//! shuts down gracefully (Rocket's `shutdown.grace` and `shutdown.mercy`).
//! A second signal during the drain ends it at once.
//!
//! Rocket's own signal handling is turned off for this: it would stop
//! accepting at the first signal.

use std::time::Duration;

use prometheus::IntGauge;
use rocket::http::Status;
use rocket::response::status::Custom;
use rocket::serde::json::{Json, Value, json};
use rocket::tokio::signal::unix::{Signal, SignalKind, signal};
use rocket::{Build, Rocket, Shutdown, State, get, tokio};

use super::headers::Fresh;
use super::logging;
use crate::config::Settings;

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

    fn stop_taking_work(&self) {
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

/// `SIGTERM` and `SIGINT` (Ctrl-C), listened to from the moment they are
/// created: a signal that arrives before the server is up is not lost.
pub struct StopSignals {
    term: Signal,
    interrupt: Signal,
}

impl StopSignals {
    /// Listens for the stop signals; must run inside the server's runtime.
    pub fn listen() -> std::io::Result<Self> {
        Ok(Self {
            term: signal(SignalKind::terminate())?,
            interrupt: signal(SignalKind::interrupt())?,
        })
    }

    async fn next(&mut self) {
        tokio::select! {
            _ = self.term.recv() => {}
            _ = self.interrupt.recv() => {}
        }
    }
}

/// `rocket` with Rocket's own stop signals turned off, as `drain` takes them.
pub fn without_rocket_signals(rocket: Rocket<Build>) -> Rocket<Build> {
    let figment = rocket
        .figment()
        .clone()
        .merge(("shutdown.ctrlc", false))
        .merge(("shutdown.signals", Vec::<String>::new()));
    rocket.configure(figment)
}

/// Waits for a stop signal, answers `/ready` with 503 from then on, keeps
/// serving for the configured drain (or until a second signal), then asks
/// the server to shut down.
pub async fn drain(
    mut signals: StopSignals,
    readiness: Readiness,
    settings: Settings,
    shutdown: Shutdown,
) {
    signals.next().await;
    let seconds = settings.drain;
    // Said before /ready changes, so that whoever sees the 503 finds the
    // reason in the log already.
    if seconds > 0 {
        logging::notice(
            &settings,
            &format!("draining: /ready answers 503; stopping in {seconds} s"),
        );
    }
    readiness.stop_taking_work();
    tokio::select! {
        _ = tokio::time::sleep(Duration::from_secs(seconds.into())) => {}
        _ = signals.next() => {}
    }
    shutdown.notify();
}
