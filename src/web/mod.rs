//! The web shell: the route table over the clock. Each job has its file:
//! [`serve`] runs and stops the server, [`probes`] answer `/health` and
//! `/ready`, [`state`] is what handlers share, [`fairing`] wraps every
//! request (headers, metrics, the log line), [`log`] writes the log,
//! [`pages`] the HTML pages, [`api`] the JSON API, [`clock_sync`] the
//! server's time for clients that set their clocks by it, [`scheduling`]
//! conversions and a zone's changes, [`metrics`]
//! `/metrics`, [`assets`] `/static`, [`methods`] the 405s, and
//! [`rate_limit`] the 429s of the per-client rate limit.

mod api;
mod assets;
mod clock_sync;
pub mod compression;
mod fairing;
mod log;
mod methods;
mod metrics;
mod pages;
mod probes;
mod rate_limit;
mod scheduling;
mod serve;
mod state;

use std::sync::Arc;

use rocket::config::LogLevel;
use rocket::shield::Shield;
use rocket::{Build, Rocket, catchers, routes};

use crate::startup::Runtime;

pub use serve::{ServeError, serve};
pub(crate) use state::{Now, Site};

/// The server, reading the system clock.
pub fn rocket(runtime: &Runtime) -> Rocket<Build> {
    rocket_at(runtime, Now::System)
}

/// The server, reading the clock `now`.
pub(crate) fn rocket_at(runtime: &Runtime, now: Now) -> Rocket<Build> {
    let settings = &runtime.config.settings;
    // Rocket's own multi-line log is replaced by one line per request.
    let figment = runtime
        .config
        .figment()
        .clone()
        .merge(("log_level", LogLevel::Off));
    let clock_check = settings.clock_check.then(|| runtime.host_clock.clone());
    let readiness = probes::Readiness::new(clock_check);
    let rocket = rocket::custom(figment)
        .manage(readiness.clone())
        .manage(runtime.host_clock.clone())
        .mount(
            "/",
            routes![
                pages::index,
                probes::health,
                probes::ready,
                assets::file,
                assets::zones
            ],
        )
        .mount("/", pages::zones::routes())
        .mount("/api", api::routes())
        .mount(
            "/api",
            routes![
                clock_sync::clock,
                clock_sync::unix_seconds,
                clock_sync::unix_milliseconds,
                scheduling::conversion,
                scheduling::transitions
            ],
        )
        .mount("/", methods::not_allowed())
        .register("/", catchers![pages::not_found, pages::error])
        .register("/api", catchers![api::not_found, api::error])
        // An empty Shield replaces Rocket's default one: the same headers are
        // set by `EveryRequest` at a fraction of the cost.
        .attach(Shield::new());
    let log = log::RequestLog::new(runtime);
    let limiter = settings
        .rate_limit
        .map(|setting| Arc::new(rate_limit::Limiter::new(setting, rate_limit::MAX_CLIENTS)));
    let rocket = if limiter.is_some() {
        rocket.mount("/", rate_limit::routes())
    } else {
        rocket
    };
    let rocket = if settings.metrics {
        let metrics = metrics::Metrics::new();
        metrics.register(readiness.gauge());
        metrics.register(metrics::ClockMetrics::new(runtime.host_clock.clone()));
        if let Some(geoip) = &runtime.geoip {
            metrics.register(metrics::GeoIpMetrics::new(geoip.clone()));
        }
        let metrics = Arc::new(metrics);
        rocket
            .manage(metrics.clone())
            .mount("/", routes![metrics::metrics])
            .attach(fairing::EveryRequest {
                log,
                metrics: Some(metrics),
                limiter,
            })
    } else {
        rocket.attach(fairing::EveryRequest {
            log,
            metrics: None,
            limiter,
        })
    };
    // Last, so that the state knows every route: the zone pages leave
    // their paths to them.
    let route_prefixes = state::route_prefixes(rocket.routes(), pages::zones::RANK);
    let site = Site::new(
        settings.timezone.first(),
        settings.lang,
        runtime.zones.clone(),
        now,
        route_prefixes,
    );
    rocket.manage(site.with_geoip(runtime.geoip.clone()))
}
