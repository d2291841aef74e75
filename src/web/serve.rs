//! Serving, and stopping without dropping a request.
//!
//! The server runs until `SIGTERM` or Ctrl-C. It then keeps serving for the
//! configured `drain` seconds with `/ready` answering 503 (see
//! [`super::probes`]), so that a load balancer probing it takes it out of
//! rotation before it stops accepting connections, and only then shuts down
//! gracefully (Rocket's `shutdown.grace` and `shutdown.mercy`). A second
//! signal during the drain ends it at once.
//!
//! Rocket's own signal handling is turned off for this: it would stop
//! accepting at the first signal.

use std::time::Duration;

use rocket::fairing::AdHoc;
use rocket::tokio::signal::unix::{Signal, SignalKind, signal};
use rocket::{Build, Rocket, Shutdown, tokio};

use super::log::{self, Level};
use super::probes::Readiness;
use crate::config::Settings;
use crate::host_clock::{self, Change};
use crate::startup::Runtime;

/// Why the server could not run.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    /// The address could not be bound.
    #[error("cannot listen on {address}:{port} (port set by {source_name}): {reason}")]
    Bind {
        address: std::net::IpAddr,
        port: u16,
        source_name: String,
        reason: std::io::Error,
    },
    /// Anything else Rocket reports.
    #[error("server failed: {0}")]
    Other(String),
}

/// Serves until `SIGTERM` or Ctrl-C, drains for the configured seconds with
/// `/ready` answering 503, then lets in-flight requests finish. The tz
/// database's folder is watched for new rules meanwhile, and the system
/// clock's state.
pub fn serve(runtime: &Runtime) -> Result<(), ServeError> {
    let settings = runtime.config.settings.clone();
    let every = Duration::from_secs(settings.tzdb_reload);
    let reporting = settings.clone();
    let watched = runtime.zones.watch(every, move |change| {
        log::notice(&reporting, Level::Info, change);
    });
    warn_unless_watched(&settings, watched, "tz database changes will not be seen");
    // Watched from liftoff on, so that the line saying the server is up
    // comes first and a clock already off at start-up is said after it.
    let watch_runtime = runtime.clone();
    let rocket = without_rocket_signals(super::rocket(runtime)).attach(AdHoc::on_liftoff(
        "clock watch",
        move |_| {
            Box::pin(async move {
                watch_the_clock(&watch_runtime);
                watch_geoip(&watch_runtime);
            })
        },
    ));
    let drain_settings = settings.clone();
    let launched = rocket::execute(async move {
        // Listening before the server is up, so that no signal is missed.
        let signals = StopSignals::listen()
            .map_err(|error| ServeError::Other(format!("cannot listen for signals: {error}")))?;
        let launched = async {
            let rocket = rocket.ignite().await?;
            let readiness = rocket
                .state::<Readiness>()
                .expect("managed by rocket_at")
                .clone();
            let shutdown = rocket.shutdown();
            tokio::spawn(drain(signals, readiness, drain_settings, shutdown));
            rocket.launch().await
        };
        Ok::<_, ServeError>(launched.await)
    });
    // The server has stopped: the lines of its last requests go out now.
    log::flush();
    match launched? {
        Ok(_) => Ok(()),
        // The configured grace and mercy periods ran out with connections
        // still open; Rocket closed them, as configured. The server did stop.
        Err(error) if matches!(error.kind(), rocket::error::ErrorKind::Shutdown(..)) => {
            let line = "stopped; connections still open after the grace period were closed";
            log::notice(&settings, Level::Warn, line);
            Ok(())
        }
        Err(error) => Err(match error.kind() {
            rocket::error::ErrorKind::Bind(reason) => ServeError::Bind {
                address: settings.address,
                port: settings.port,
                source_name: runtime.config.source_of("port"),
                reason: std::io::Error::new(reason.kind(), reason.to_string()),
            },
            other => ServeError::Other(other.to_string()),
        }),
    }
}

/// Reads the system clock's state every few seconds, saying in the log once
/// when it changes: a warning when the clock becomes untrustworthy, a line
/// of information when it recovers or cannot be read.
fn watch_the_clock(runtime: &Runtime) {
    let settings = runtime.config.settings.clone();
    let reporting = settings.clone();
    let watched = runtime
        .host_clock
        .watch(host_clock::WATCH_EVERY, move |change: &Change| {
            let bad = change.to.trust().is_bad();
            let level = if bad { Level::Warn } else { Level::Info };
            let mut line = change.to_string();
            if bad && reporting.clock_check {
                line.push_str("; /ready answers 503 (clock_check)");
            }
            log::notice(&reporting, level, &line);
        });
    warn_unless_watched(
        &settings,
        watched,
        "the system clock's state will not be read again",
    );
}

/// Says which GeoIP database is in use, if one is named, and looks at its
/// file for a new one every `geoip_reload` seconds, saying in the log once
/// when what is in use changes or a new file cannot be used.
fn watch_geoip(runtime: &Runtime) {
    let Some(geoip) = &runtime.geoip else {
        return;
    };
    let settings = runtime.config.settings.clone();
    let reporting = settings.clone();
    let every = Duration::from_secs(settings.geoip_reload);
    let watched = geoip.watch(every, move |line, usable| {
        let level = if usable { Level::Info } else { Level::Warn };
        log::notice(&reporting, level, line);
    });
    warn_unless_watched(
        &settings,
        watched,
        "GeoIP database changes will not be seen",
    );
}

/// Says in the log, as a warning, what goes unseen when a watcher's thread
/// could not be started.
fn warn_unless_watched(settings: &Settings, watched: std::io::Result<()>, unseen: &str) {
    if let Err(error) = watched {
        log::notice(settings, Level::Warn, &format!("{unseen}: {error}"));
    }
}

/// `SIGTERM` and `SIGINT` (Ctrl-C), listened to from the moment they are
/// created: a signal that arrives before the server is up is not lost.
struct StopSignals {
    term: Signal,
    interrupt: Signal,
}

impl StopSignals {
    /// Listens for the stop signals; must run inside the server's runtime.
    fn listen() -> std::io::Result<Self> {
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
fn without_rocket_signals(rocket: Rocket<Build>) -> Rocket<Build> {
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
async fn drain(
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
        let line = format!("draining: /ready answers 503; stopping in {seconds} s");
        log::notice(&settings, Level::Info, &line);
    }
    readiness.stop_taking_work();
    tokio::select! {
        _ = tokio::time::sleep(Duration::from_secs(seconds.into())) => {}
        _ = signals.next() => {}
    }
    shutdown.notify();
}
