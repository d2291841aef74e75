//! Stopping without dropping a request. At `SIGTERM` or Ctrl-C the server
//! keeps serving for the configured `drain` seconds with `/ready` answering
//! 503 (see [`crate::web::operations::probes`]), so that a load balancer
//! probing it takes it out of rotation before it stops accepting
//! connections, and only then shuts down gracefully (Rocket's
//! `shutdown.grace` and `shutdown.mercy`). A second signal during the drain
//! ends it at once.
//!
//! Rocket's own signal handling is turned off for this: it would stop
//! accepting at the first signal.

use std::time::Duration;

use rocket::tokio::signal::unix::{Signal, SignalKind, signal};
use rocket::{Build, Rocket, Shutdown, tokio};

use crate::log::{self, Level, LogSettings};
use crate::web::operations::probes::Readiness;

/// `SIGTERM` and `SIGINT` (Ctrl-C), listened to from the moment they are
/// created: a signal that arrives before the server is up is not lost.
pub(super) struct StopSignals {
    term: Signal,
    interrupt: Signal,
}

impl StopSignals {
    /// Listens for the stop signals; must run inside the server's runtime.
    pub(super) fn listen() -> std::io::Result<Self> {
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
pub(super) fn without_rocket_signals(rocket: Rocket<Build>) -> Rocket<Build> {
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
pub(super) async fn drain(
    mut signals: StopSignals,
    readiness: Readiness,
    seconds: u32,
    log: LogSettings,
    shutdown: Shutdown,
) {
    signals.next().await;
    // Said before /ready changes, so that whoever sees the 503 finds the
    // reason in the log already.
    if seconds > 0 {
        let line = format!("draining: /ready answers 503; stopping in {seconds} s");
        log::notice(log, Level::Info, &line);
    }
    readiness.stop_taking_work();
    tokio::select! {
        _ = tokio::time::sleep(Duration::from_secs(seconds.into())) => {}
        _ = signals.next() => {}
    }
    shutdown.notify();
}
