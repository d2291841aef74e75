//! The web shell: Rocket routes over the clock, embedded assets, headers and logs.

mod api;
mod assets;
mod headers;
mod language;
mod log_writer;
mod logging;
mod methods;
mod metrics;
mod page_cache;
mod pages;
mod readiness;
mod requests;
mod site;
mod zone_list;
mod zone_pages;

use std::sync::Arc;
use std::time::Duration;

use rocket::config::LogLevel;
use rocket::shield::Shield;
use rocket::{Build, Rocket, catchers, routes};

use crate::config::Config;

pub(crate) use site::{Now, Site};

/// The server, reading the system clock.
pub fn rocket(config: &Config) -> Rocket<Build> {
    rocket_at(config, Now::System)
}

/// The server, reading the clock `now`.
pub(crate) fn rocket_at(config: &Config, now: Now) -> Rocket<Build> {
    let settings = &config.settings;
    // Rocket's own multi-line log is replaced by one line per request.
    let figment = config.figment().clone().merge(("log_level", LogLevel::Off));
    let readiness = readiness::Readiness::new();
    let rocket = rocket::custom(figment)
        .manage(Site {
            zone: settings.timezone.first().to_owned(),
            lang: settings.lang,
            zones: config.zones.clone(),
            now,
            zone_list: Default::default(),
            pages: Arc::default(),
        })
        .manage(readiness.clone())
        .mount(
            "/",
            routes![pages::index, api::health, readiness::ready, assets::file],
        )
        .mount("/", zone_pages::routes())
        .mount("/api", api::routes())
        .mount("/", methods::not_allowed())
        .register("/", catchers![pages::not_found, pages::error])
        .register("/api", catchers![api::not_found, api::error])
        // An empty Shield replaces Rocket's default one: the same headers are
        // set by `EveryRequest` at a fraction of the cost.
        .attach(Shield::new());
    let log = logging::RequestLog::new(config);
    if settings.metrics {
        let metrics = metrics::Metrics::new();
        metrics.register(readiness.gauge());
        let metrics = Arc::new(metrics);
        rocket
            .manage(metrics.clone())
            .mount("/", routes![metrics::metrics])
            .attach(requests::EveryRequest {
                log,
                metrics: Some(metrics),
            })
    } else {
        rocket.attach(requests::EveryRequest { log, metrics: None })
    }
}

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
/// `/ready` answering 503, then lets in-flight requests finish.
pub fn serve(config: &Config) -> Result<(), ServeError> {
    watch_tzdb(config);
    let rocket = readiness::without_rocket_signals(rocket(config));
    let settings = config.settings.clone();
    let launched = rocket::execute(async move {
        // Listening before the server is up, so that no signal is missed.
        let signals = readiness::StopSignals::listen()
            .map_err(|error| ServeError::Other(format!("cannot listen for signals: {error}")))?;
        let launched = async {
            let rocket = rocket.ignite().await?;
            let readiness = rocket
                .state::<readiness::Readiness>()
                .expect("managed by rocket_at")
                .clone();
            rocket::tokio::spawn(readiness::drain(
                signals,
                readiness,
                settings,
                rocket.shutdown(),
            ));
            rocket.launch().await
        };
        Ok::<_, ServeError>(launched.await)
    });
    // The server has stopped: the lines of its last requests go out now.
    log_writer::flush();
    match launched? {
        Ok(_) => Ok(()),
        // The configured grace and mercy periods ran out with connections
        // still open; Rocket closed them, as configured. The server did stop.
        Err(error) if matches!(error.kind(), rocket::error::ErrorKind::Shutdown(..)) => {
            eprintln!(
                "moscow-time: stopped; connections still open after the grace period were closed"
            );
            Ok(())
        }
        Err(error) => Err(match error.kind() {
            rocket::error::ErrorKind::Bind(reason) => ServeError::Bind {
                address: config.settings.address,
                port: config.settings.port,
                source_name: config.source_of("port"),
                reason: std::io::Error::new(reason.kind(), reason.to_string()),
            },
            other => ServeError::Other(other.to_string()),
        }),
    }
}

/// Checks the tz database folder every `tzdb_reload` seconds, switching to
/// new rules when its files change, and logs each change once.
fn watch_tzdb(config: &Config) {
    let every = config.settings.tzdb_reload;
    if every == 0 || config.settings.tzdb == crate::tzdb::Choice::Embedded {
        return;
    }
    let (zones, settings) = (config.zones.clone(), config.settings.clone());
    let spawned = std::thread::Builder::new()
        .name("tzdb-watch".into())
        .spawn(move || {
            // The first look notes the folder as it was read at start-up.
            zones.refresh();
            loop {
                std::thread::sleep(Duration::from_secs(every));
                if let Some(change) = zones.refresh() {
                    logging::notice(&settings, &change);
                }
            }
        });
    if let Err(error) = spawned {
        logging::notice(
            &config.settings,
            &format!("tz database changes will not be seen: {error}"),
        );
    }
}
