//! Serving: the web server and, when a port is set for it, the UDP
//! timezone server ([`crate::timezoned`]) run until `SIGTERM` or Ctrl-C,
//! then stop without dropping a request ([`shutdown`]): both keep
//! answering through the drain, and the UDP server stops when the web
//! server begins its graceful shutdown. What the settings name is watched
//! meanwhile (see [`Runtime::watch`]).

mod shutdown;

use rocket::fairing::AdHoc;
use rocket::tokio;

use crate::log::{self, Level, LogSettings};
use crate::startup::Runtime;
use crate::timezoned::Timezoned;
use crate::web::operations::metrics::Metrics;
use crate::web::operations::probes::Readiness;
use shutdown::{StopSignals, drain, without_rocket_signals};

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
    /// The UDP port could not be bound.
    #[error(
        "cannot listen on UDP {address}:{port} (timezoned_port set by {source_name}): {reason}"
    )]
    BindUdp {
        address: std::net::IpAddr,
        port: u16,
        source_name: String,
        reason: std::io::Error,
    },
    /// The stop signals could not be listened for.
    #[error("cannot listen for signals: {0}")]
    Signals(#[source] std::io::Error),
    /// Anything else Rocket reports, in its words: its error value itself
    /// cannot be kept, as it must be inspected where it arises.
    #[error("server failed: {0}")]
    Launch(String),
}

/// Serves until `SIGTERM` or Ctrl-C, drains for the configured seconds with
/// `/ready` answering 503, then lets in-flight requests finish. The tz
/// database's folder, the system clock's state and the GeoIP file are
/// watched meanwhile.
pub fn serve(runtime: &Runtime) -> Result<(), ServeError> {
    let settings = &runtime.config.settings;
    let log = LogSettings::new(settings);
    let udp = settings
        .timezoned_port
        .map(|port| {
            let interval = std::time::Duration::from_secs(settings.timezoned_interval);
            let (zones, geoip) = (runtime.zones.clone(), runtime.geoip.clone());
            Timezoned::bind(settings.address, port, interval, zones, geoip, log).map_err(|reason| {
                ServeError::BindUdp {
                    address: settings.address,
                    port,
                    source_name: runtime.config.source_of("timezoned_port"),
                    reason,
                }
            })
        })
        .transpose()?;
    // Watched from liftoff on, so that the line saying the server is up
    // comes first and a clock already off at start-up is said after it.
    let watched = runtime.clone();
    let rocket = without_rocket_signals(crate::web::rocket(runtime)).attach(AdHoc::on_liftoff(
        "watch what the settings name",
        move |_| Box::pin(async move { watched.watch() }),
    ));
    let rocket = match udp {
        Some(udp) => {
            if let Some(metrics) = rocket.state::<std::sync::Arc<Metrics>>() {
                metrics.register(udp.counters().packets.clone());
                metrics.register(udp.counters().answers.clone());
            }
            // Started at liftoff, so that its line follows the one saying
            // the web server is up; it stops when the web server begins to.
            rocket.attach(AdHoc::on_liftoff("timezoned", move |rocket| {
                let stop = rocket.shutdown();
                Box::pin(async move {
                    tokio::spawn(async move {
                        if let Err(error) = udp.run(stop).await {
                            let line = format!("the UDP server stopped: {error}");
                            log::notice(log, Level::Error, &line);
                        }
                    });
                })
            }))
        }
        None => rocket,
    };
    let drain_seconds = settings.drain;
    let launched = rocket::execute(async move {
        // Listening before the server is up, so that no signal is missed.
        let signals = StopSignals::listen().map_err(ServeError::Signals)?;
        let launched = async {
            let rocket = rocket.ignite().await?;
            let readiness = rocket
                .state::<Readiness>()
                .expect("managed by rocket_at")
                .clone();
            let shutdown = rocket.shutdown();
            tokio::spawn(drain(signals, readiness, drain_seconds, log, shutdown));
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
            log::notice(log, Level::Warn, line);
            Ok(())
        }
        Err(error) => Err(match error.kind() {
            rocket::error::ErrorKind::Bind(reason) => ServeError::Bind {
                address: settings.address,
                port: settings.port,
                source_name: runtime.config.source_of("port"),
                reason: std::io::Error::new(reason.kind(), reason.to_string()),
            },
            other => ServeError::Launch(other.to_string()),
        }),
    }
}
